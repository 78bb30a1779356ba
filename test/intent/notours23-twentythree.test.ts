/**
 * Round twenty-three, notours23: non-requests that the parser read as an acting intent, from round
 * twenty-two's blind files (now tuned-{port,farmcoop,staffing}). Sentences of our own for each kind,
 * written before the parser's answer was looked at, and look-alikes that must not change; then a sweep of
 * five trades the corpus lacks, using our words for their own things.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe('where a credential is kept ("X are with Khalid, ask him") asks nothing', () => {
  nothingAsked([
    'credentials for the customs portal (AGS) are with Khalid, ask him',
    'the login for the weighbridge system is with Marta, ping her',
    'keys for the tachograph portal are with Joost in planning',
    'api credentials for the EDI gateway are with the vendor, ask Priya',
    '*credentials* for the CMR app r with Bas — ask him not me',
    'the SFTP credentials for the bank feed are held by treasury, ask them',
  ]);
  keeps([
    ['I need credentials for the customs-portal unit, 30 days', 'create_key', 'customs-portal'],
    ['api key for customs-portal, Khalid will own it', 'create_key', 'customs-portal'],
  ]);
  neverActs([
    'the bedrock credentials for growth are with Khalid now',
    'credentials for growth? Khalid has them, ask him',
  ]);
});

describe("another vendor's key that expires, and the vendor renews it, asks nothing", () => {
  nothingAsked([
    'the Navis API key for the N4 integration expires in 30 days, vendor will send a new one',
    'our Twilio api key expires in 14 days, Twilio sends a fresh one automatically',
    'heads up: the DHL API key for the label printer expires in 60 days, DHL will mail us a new one',
    'the Maersk api-key for track&trace expires in 30 days, their support issues the replacement',
    'fyi the weather API key runs out in 7 days, the provider emails a new one',
  ]);
  keeps([
    ['api key for navis-integration, expires in 30 days', 'create_key', 'navis-integration'],
    ['api key for unit navis, 30 days', 'create_key', 'navis'],
  ]);
  neverActs(['the growth api key expires in 30 days, I guess someone will ask for a new one']);
});

describe('rotating things that are no credential (tyres, wheels, crops, stock, shifts) asks nothing', () => {
  nothingAsked([
    'rotate the tyres on SC-14 and SC-15 this weekend pls, workshop',
    'can someone rotate the tires on truck 7 before friday',
    'rotate the wheels on RTG-3 and RTG-4 tomorrow pls',
    'pls rotate the crops in field B-12 next season',
    'rotate the stock in cold store 2, oldest pallets to the front',
    'rotate the night shift for the reach stacker drivers',
  ]);
  keeps([
    ['rotate the sc-14 key', 'rotate', 'sc-14'],
    ['rotate the tyres-app key pls', 'rotate', 'tyres-app'],
    ['rotate the key for the workshop team', 'rotate', 'workshop-team'],
  ]);
  nothingAsked(['we rotate the tyres every 20k km']);
});

describe('a measure (m/s, km/h, ms) is no lifetime', () => {
  nothingAsked([
    'Rotterdam region weather warning: wind 9 bft tonight, cranes stop above 20 m/s',
    'gusts up to 25 m/s expected in the Hamburg region, all cranes stop',
    'wind 18 m/s at the quay, stop the cranes',
    'speed limit on the terminal is 30 km/h, tell the drivers',
    'latency is 120 ms in the frankfurt region since the deploy',
  ]);
  neverActs(['the reach stacker does 25 km/h max, 2h to clear the yard']);
  reads([
    ['token for 20 min', 'token', null],
    ['token for 45 min in eu-west-1', 'token', null],
  ]);
});

describe("another system's tokens, and a change of their lifetime put to the team, ask nothing", () => {
  nothingAsked([
    'the truckers complain the booking tokens expire after 30 min, can we make it 2h?',
    'visitors say the wifi tokens expire after 1h, can we make it 4h?',
    'the kiosk session tokens time out after 15 min, could we make it 1h?',
    'drivers say the gate pass tokens expire after 2h, can IT make it 8h?',
    'the crane simulator token for the trainees expires after 4h, then they login again',
    'the VPN token lasts 8h, after that you just log in again',
    'the yard app token expires after 12 hours, then the drivers re-login',
    'fyi the LMS session token is valid for 2h, then it asks for the password again',
  ]);
  keeps([
    ['token for 30 min, no make it 2h', 'token'],
    ['token for 4h', 'token'],
    ['token for the trainees, 4h', 'token'],
  ]);
  neverActs(['my token expires after 30 min, can we make it 2h?']);
});

describe("a leading mention of a person with the bot cc'd at the end is put to the person", () => {
  nothingAsked([
    '<@U02DUTY001> can you rotate the pcs-connector key pls cc <@U0BEDRK01>',
    '<@U07ALICE22> pls revoke the ads key when you can, cc <@U0BOT12345>',
    '<@U03MARK999> could you create a key for growth, 30 days? cc: <@U0BEDRK01>',
  ]);
  keeps([
    // (an order to the first mention, no "can you": the bot's, as the corpus labels "<@U0BOTID> rotate
    // the orion key please, cc <@U0ORI5555>")
    ["<@U05OPS0001> rotate billing's key today pls /cc <@U0BEDRK01>", 'rotate', 'billing'],
    ['<@U0BEDRK01> rotate the pcs-connector key', 'rotate', 'pcs-connector'],
    ['<@U02DUTY001> fyi — <@U0BEDRK01> revoke the payments key', 'revoke', 'payments'],
    ['rotate the pcs-connector key pls cc <@U02DUTY001>', 'rotate', 'pcs-connector'],
  ]);
});

describe('"block" as a place or a reservation, and another system\'s history, ask nothing', () => {
  nothingAsked([
    'reefer temp history 12h for the whole block please, inspector from NVWA is here',
    'can you pull the door sensor history 24h for block C, insurance wants it',
    'block the 14:00 slot for the customs inspection',
    'please block out friday afternoon for the audit',
    'GPS history for the whole block of straddle carriers, last 12h pls',
  ]);
  keeps([
    ['block the key for ads', 'revoke', 'ads'],
    ['history for growth last 7 days', 'history', 'growth'],
  ]);
});

describe("a grant of another trade revoked, a machine taken out for work, a place's access hours", () => {
  nothingAsked([
    "please revoke the locum's access to the dispensing robot, he left on friday",
    'revoke the standing order for the ward 5 paracetamol top-up',
    'revoke the crane permit for the jack-up vessel, the weather window closed',
    'disable turbine 12 for the blade repair, 6h job',
    'turnstile access for away fans closes 15 min before kick-off',
    'the audio guide tokens expire after 2h, visitors want all day, can we make it 8h?',
    'the CD register key rotates between the two senior pharmacists each week',
  ]);
  keeps([
    ['revoke the key for the permit team', 'revoke', 'permit-team'],
    ['revoke the ads key, the permit for the pilot expired', 'revoke', 'ads'],
    ['disable the growth key for the maintenance window', 'revoke', 'growth'],
    ['suspend the orders-api key', 'revoke', 'orders-api'],
    ['disable the key for pump-3 during the inspection', 'revoke', 'pump-3'],
    ['give me a token for 2h, the booking tokens expire after 30 min', 'token'],
    ['the booking tokens expire after 30 min, I need a token for 2h pls', 'token'],
    ['the visitor wifi token lasts 8h, I need a bedrock token for 2h', 'token'],
    ['wind 20 m/s, token for 3h please', 'token'],
    ['the credentials for growth are with Khalid, please rotate them', 'rotate', 'growth'],
    ['the api key for growth expires in 30 days, please send a new one', 'create_key', 'growth'],
    ['rotate the key in eu-west-1 for growth', 'rotate', 'growth'],
  ]);
});

/**
 * The sweep: 150 non-requests of five trades the corpus lacks (a hospital pharmacy, a football club, a
 * wind farm, a museum, a law court), with our words for their own things. None is ever acted on.
 */
describe('the sweep: five trades, our words for their things, never acted on', () => {
  // a hospital pharmacy
  neverActs([
    'the controlled drugs cabinet key is with the charge nurse, ask her',
    'can someone rotate the stock in the CD fridge, oldest vials to the front',
    'list of expired meds for ward 7 is on the clipboard',
    'the pharmacy token machine for outpatients is broken again, queue is out the door',
    "please revoke the locum's access to the dispensing robot, he left on friday",
    'the insulin pens expire after 28 days once opened, label them pls',
    'history of the warfarin dosing for bed 12 is in the EPR',
    'who approved the extra methotrexate for ward 3?',
    'the Omnicell credentials for the night pharmacist are with the site manager',
    'spend on biosimilars went up 12% this quarter, finance wants a breakdown',
    'the model of infusion pump on ICU is the Alaris GP',
    'rotate the night shift so Priya gets a weekend off',
    'the fridge temp history for the vaccine fridge shows a spike at 3am',
    'deprovision the old pharmacy printer from the network, IT ticket is raised',
    'disable the alarm on the aseptic unit door for 20 min while they clean',
    'the antibiotic stewardship list needs updating before the audit',
    'the batch of amoxicillin expires in 30 days, supplier will send a replacement',
    'key for the drug trolley is missing again on ward 9',
    "can we extend the locum's badge access by 2 weeks",
    'the EPMA session token times out after 15 min, can we make it 30?',
    'revoke the standing order for the ward 5 paracetamol top-up',
    'access to the CD register is for pharmacists only',
    'region 4 pharmacy network meeting is on tuesday',
    'create a new label template for the dosette boxes',
    "the wholesaler's api key for the ordering portal expires in 14 days, they will email a new one",
    "approve the ward 8 stock top-up please, it's urgent",
    'history taking for new admissions is a nurse job not a pharmacy one',
    'the token for the car park barrier expires at midnight',
    'please list all patients on clozapine for the monitoring clinic',
    'the aseptic suite was offline for 4h this morning, batches delayed',
  ]);
  // a football club
  neverActs([
    'the stadium turnstile tokens expire after 90 min, can we make it 3h for the cup final?',
    'rotate the goalkeepers for the friendly on saturday',
    'the key to the kit room is with the groundsman, ask him',
    'revoke the season ticket for seat K-114, the holder was banned',
    'list of players out injured is on the whiteboard',
    'the ticketing api key expires in 30 days, Ticketmaster will send a new one',
    'spend on the new pitch drainage came in under budget',
    'history of the club since 1892 is in the museum shop',
    "access to the players' lounge is for staff and family only",
    'the model of the new team bus is a Setra ComfortClass',
    'disable the floodlights after 22:00, noise complaints',
    'create a new squad list for the U18 cup match',
    'the academy token for the training app lasts 2h, then the kids log in again',
    'approve the transfer budget by friday, says the chairman',
    'deprovision the old scoreboard, the new one is live',
    "the physio's credentials for the medical portal are with the club doctor",
    'the wind was 18 m/s during the match, the ball went everywhere',
    'rotate the pitch covers between the north and south stands',
    'region scouting for the east is with Dave now',
    'the hospitality credentials for the box suite are held by the events team',
    'can you list the fixtures for next month on the website',
    'the club shop stock expires after the season, new kit arrives in june',
    'revoke the press pass of the journalist who broke the embargo',
    'the VAR review took 4 min, fans were furious',
    "the kit sponsor's key for the photo portal runs out in 7 days, their agency issues the replacement",
    'who has the key to the trophy cabinet?',
    'history repeats itself, we lost 3-0 again',
    'the under-21s spend too much on pizza',
    'rotate the grass on the training pitch next week',
    'turnstile access for away fans closes 15 min before kick-off',
  ]);
  // a wind farm
  neverActs([
    'the turbine SCADA credentials are with the OEM, ask Lars',
    'rotate the blades on WTG-07 for the inspection photos',
    'wind 25 m/s at hub height, all turbines in storm mode',
    'the SCADA session tokens expire after 30 min, can we make it 2h for the night shift?',
    'list of turbines due a gearbox service is on the planner',
    'the Vestas api key for the performance portal expires in 60 days, Vestas will send a new one',
    'revoke the crane permit for the jack-up vessel, the weather window closed',
    'history of the pitch bearing faults on T14 is in the CMS',
    'the model of the new nacelle is V236',
    'disable turbine 12 for the blade repair, 6h job',
    'access to the offshore substation needs a GWO certificate',
    'region north sea is the windiest this week',
    'create a new work order for the yaw motor on WTG-03',
    'the vessel transfer token for the CTV expires after 12h, then the crew logs in again',
    'spend on spare parts is over budget this quarter',
    'deprovision the old met mast, the lidar replaced it',
    'approve the permit to work for the transformer outage',
    'the keys for the substation padlocks are with the site lead',
    'rotate the crew on the CTV every 2 weeks',
    "the blade inspection drone's credentials are with the vendor, ask them",
    'power curve history for the whole farm, last 12h please, the grid operator asked',
    'the turbine alarm history for T07 shows icing at 4am',
    "the grid operator's token for the curtailment API lasts 4h, then it renews itself",
    'revoke the hot work permit for the nacelle, the job is done',
    'list all turbines with yaw errors above 5 degrees',
    'the turbines stop above 25 m/s, restart below 20 m/s',
    'the OEM will issue a new firmware key next month',
    'access to the blade yard is closed tomorrow',
    'rotate the CTV crews between the two farms next month',
    'expire the old safety briefing, the new one is out',
  ]);
  // a museum
  neverActs([
    'the display case keys are with the head of collections, ask her',
    "rotate the textiles in gallery 4, they've had 6 months of light",
    'the audio guide tokens expire after 2h, visitors want all day, can we make it 8h?',
    'list of loans for the Rembrandt show is with the registrar',
    "revoke the lender's access to the loan portal after the return",
    'history of the vase is on the label, 1750s Meissen',
    'the model of the dinosaur in the atrium is being repaired',
    'spend on conservation went up with the new humidity system',
    'access to the stores is by appointment only',
    "the museum's ticketing api key expires in 30 days, the vendor sends a fresh one",
    "deprovision the old kiosk in the foyer, it's broken",
    'approve the loan agreement for the Tate, the director signed',
    'create a new condition report for the tapestry',
    'humidity history for gallery 2, last 24h, the lender is asking',
    'the gallery temp is 21 degrees, keep it under 22',
    'disable the motion sensor in room 6 during the install',
    'the wifi tokens for school groups last 3h, then the teachers ask again',
    'the credentials for the collection database are with IT, ask Ben',
    'rotate the objects in the handling collection every term',
    'revoke the photography ban for the press preview',
    'region loans are handled by the regional museums network',
    "the object's provenance history has a gap 1938-1945",
    'the crate keys are held by the courier, ask him at the dock',
    "the curators' key for the archive app runs out in 14 days, the supplier will mail a new one",
    'list the objects going to the Berlin show, registrar needs it',
    'the Egyptian gallery closes for 4h tomorrow for filming',
    'expire the temporary exhibition passes after the opening',
    'who has the key to the basement store?',
    'spend on insurance for the loan exhibition is huge',
    'the judge revoked bail for the defendant in court 3',
  ]);
  // a law court
  neverActs([
    "the court's e-filing credentials are with the clerk, ask her",
    'rotate the jurors on the panel, two are off sick',
    'list of cases for tomorrow is on the court board',
    'the e-filing portal token expires after 30 min, can we make it 2h for the long briefs?',
    'history of the case goes back to 2019',
    "access to the judges' corridor is by swipe only",
    "revoke the barrister's access to the evidence portal, case closed",
    'approve the adjournment request for case 24-118',
    "the court's api key for the legal database expires in 30 days, Westlaw will send a new one",
    "disable the microphone in court 2, it's feeding back",
    'deprovision the old dock camera, the new one works',
    'create a new hearing slot for the family court',
    'the model of the new witness screen is on order',
    'spend on interpreters is way over this year',
    'region 3 court listings are delayed',
    'the key to the jury room is with the usher',
    "the witness's credentials as an expert were challenged",
    'rotate the security staff between the two entrances',
    'the remote hearing tokens last 4h, then the parties re-join',
    'please revoke the injunction, the parties settled',
    'list the exhibits for case 24-102, the clerk needs it',
    'the CVP session tokens expire after 1h, could we make it 3h for trials?',
    'the order expires in 30 days unless renewed by the court',
    'the wind was 30 km/h at the court steps, the tent blew away',
    "the judge's key for the bench terminal runs out in 7 days, HMCTS issues the replacement",
    'history of appeals for this judge is public',
    'grant access to the public gallery for the school visit',
    "the court's Westlaw credentials are with the library, ask them",
  ]);
  // (two more: a key passed round people, a machine taken out for work)
  neverActs([
    'the CD register key rotates between the two senior pharmacists each week',
    'disable the gearbox heater on WTG-09 for the oil change, 3h job',
  ]);
});
