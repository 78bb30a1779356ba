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
