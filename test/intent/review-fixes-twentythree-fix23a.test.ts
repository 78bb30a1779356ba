/**
 * Review A of round twenty-three (the lead's and notours23's readers): texts of our own that probe each new
 * reader's edges, and a sweep of five trades the round did not use (a hotel spa, an airport ground crew, a
 * film set, a bakery chain, a call centre). Each group: what went wrong, and the look-alikes that must keep
 * their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe("a policy's rule is about keys in general, not one unit's key asked now", () => {
  keeps([
    ['per policy, revoke the growth key for all of growth', 'revoke', 'growth'],
    ['per policy, revoke the growth key on friday', 'revoke', 'growth'],
    ['per policy, rotate the ads key after the leak', 'rotate', 'ads'],
    ['as per the standard, revoke the key of the falcon unit when it ends', 'revoke'],
  ]);
  neverActs([
    'per policy, revoke keys of leavers within 24h',
    'policy: rotate all keys after a leak',
    'according to the security standard, revoke any keys of contractors within a day',
    'per policy, rotate api keys every 90 days',
  ]);
});

describe('a held token told of as failing, then a new one asked with its lifetime', () => {
  it('"my token is invalid, token for growth 2h" asks a 2h token', () => {
    const p = parseRequest('my token is invalid, token for growth 2h');
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(7200);
  });
  it('"my token died. 2h" asks a 2h token', () => {
    const p = parseRequest('my token died. 2h');
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(7200);
  });
  nothingAsked([
    'my token for 4h says invalid signature',
    'the 2h token gives ExpiredTokenException',
    "my token for 4h doesn't work with the eu endpoint",
    'my token for 2h stopped working after 30 min',
  ]);
});

describe('how long a thing takes to change its state is no lifetime (airport ground crew, bakery)', () => {
  neverActs([
    'the ground power unit needs 2h to charge',
    'the backup generator unit needs 30 min to warm up',
    'the cooling unit needs 4h to cool down',
    'the dough needs 3 days to rest',
  ]);
  keeps([
    ['the growth unit needs a key for 30 days', 'create_key', 'growth'],
    ['the ads unit needs a 2h token', 'token'],
    ['I need a token for 2h to finish the eval', 'token'],
  ]);
});

describe('"among" names no unit', () => {
  keeps([
    ['on-call rotates among the leads, rotate the ads key please', 'rotate', 'ads'],
    ['the key passes amongst the leads; revoke the growth key now', 'revoke', 'growth'],
  ]);
});

describe('"scheduled" puts off the change only when the change is what is scheduled', () => {
  it.each([
    'token for 2h please, my shift is scheduled for tonight',
    'I need a token for 4h, meeting scheduled for 10am',
    "rotate the growth key now please, the cron's scheduled for 3 but it's broken",
  ])('%j is acted on', (text) => {
    expect(acted(text)).toBe(true);
  });
  // (merge45's retrain gives the key 0.899 of the classifier, under SURE_ACTION: asked, not put off.)
  it('"create a key for growth, demo scheduled for next week" is a key for growth, not put off', () => {
    expect(parseRequest('create a key for growth, demo scheduled for next week')).toMatchObject({
      intent: 'create_key',
      businessUnit: 'growth',
    });
  });
  neverActs([
    'rotate the ads key, scheduled Sat 02:00',
    'rotate the ads key, scheduled for tomorrow',
    'revoke the growth key - it is scheduled for friday',
    'rotation of the ads key is scheduled for monday',
  ]);
});

describe("a key in another's system is theirs; a team named with those words is ours", () => {
  keeps([
    ['create a new key for client-portal in the partner accounts team', 'create_key'],
    ['rotate the key for growth in the customer accounts team', 'rotate'],
  ]);
  neverActs([
    "create an api key in the client's staging tenant",
    "generate a new api key in the customer's prod account for the integration",
    'please rotate the api key in their tenant, the client asked',
  ]);
});

describe("an everyday thing's token is none of ours; a team named after it is ours", () => {
  keeps([
    ['token for the printers team 3h', 'token'],
    ['token for the lockers squad, 2h', 'token'],
  ]);
  nothingAsked([
    'token for the printer, 2h, the one in the basement',
    'tokens for the laundry room are at reception',
  ]);
});

describe('a measure\'s "/" (m/s, h/day) is no lifetime; a slash before other words keeps it', () => {
  it.each([
    ['token for 4h/growth team', 14400],
    ['token for 2h/please', 7200],
    ['token 2h/growth', 7200],
  ] as const)('%j keeps its lifetime', (text, ttl) => {
    expect(parseRequest(text).ttlSeconds).toBe(ttl);
  });
  neverActs(['cranes stop above 20 m/s', 'the belt runs at 2 m/s and the mixer at 3 h/day']);
});

describe('Slack markup, code and the policy named last say the same as the plain text', () => {
  neverActs([
    '*rotate* the ads key, _scheduled_ Sat 02:00',
    'revoke keys of leavers within 24h, per policy',
    'rotate all api keys after a leak (as per our security policy)',
    '`per policy, revoke keys of leavers within 24h`',
    'rotate the ads key? *already done* by <@U123>',
    'revoke the growth key - _already done_',
  ]);
  keeps([
    ['revoke the growth key within the hour, per policy', 'revoke', 'growth'],
    ['*rotate* the ads key now, the _scheduled_ job needs it', 'rotate', 'ads'],
  ]);
});

describe('sweep of five trades the round did not use (hotel spa, airport ground crew, film set, bakery chain, call centre): none acts', () => {
  neverActs([
    'the spa token for the sauna expires after 2h, guests can buy another at reception',
    'rotate the towels in the steam room every 30 min',
    "revoke the guest's wristband access to the pool after checkout",
    'the locker key for cabin 12 is with the spa manager',
    'create a new treatment package for the couples massage, 90 min',
    "the massage therapist's rota rotates between the two spas each week",
    'disable the jacuzzi for cleaning at 3pm',
    'the sauna token machine is broken again, guests keep asking',
    'renew the spa membership for room 402 for 30 days',
    'the key card for the spa suite stopped working, front desk will issue a new one',
    'give the guest in 305 a new key card, she lost hers',
    'deprovision the old booking tablet at the spa desk',
    'the hydrotherapy pool access closes at 9pm',
    'cancel the 4pm facial booking for mrs lee',
    "the spa's wifi password rotates monthly",
    'revoke the day pass for the guest who was rude',
    'the gym tokens last 1h, then the treadmill stops',
    'shut down the steam room for maintenance tomorrow',
    'the aromatherapy oils expire after 6 months',
    'rotate the robes on the heated rail',
    'the ramp token for stand 14 expires at 1400',
    'revoke the airside pass of the contractor who left',
    'the tug at gate 22 is out for repair, disable it for the inspection',
    'rotate the baggage carts between stands 3 and 4',
    'the pushback crew rotates among the three shifts',
    'create a new stand allocation for the A380, 3 hours on stand 12',
    'the de-icing token for the rig expires after 45 min',
    'the fuel bowser key is with the ramp supervisor',
    "our belt loader's key rotates between the team leads",
    'the ground power unit needs 2h to charge',
    'issue a new hi-vis vest to the new starter',
    'the ramp access opens at 5am',
    'revoke the ramp permit for the catering truck',
    'the ATC slot token expires in 20 min, ask ops for a new slot',
    'cancel the crew bus booking for 0600',
    'rotate the chocks on the aircraft at gate 9',
    'the airside driving licence for Tomasz expires next week',
    'keys for the tow tractors are with the shift lead',
    'disable the jet bridge at gate 4 for servicing',
    'the call sheet says we rotate the extras every 2h',
    "revoke the runner's set pass, he walked off",
    'the grip truck key is with the best boy',
    'the prop gun permit expires tomorrow, armourer will send a new one',
    'create a new call sheet for day 14',
    'deprovision the crane camera after the wrap',
    'rotate the lights on the dolly track between takes',
    'the studio access closes at midnight',
    'the director wants a 4h block for the night scene',
    'the trailer keys for the lead actor are with the 2nd AD',
    'cancel the location permit for the bridge shoot',
    'the catering token for lunch lasts 1 day',
    'disable the fog machine for the cleaning crew',
    "the drone pilot's licence got revoked last year",
    'the continuity script rotates between the two supervisors',
    "revoke the extras' access to the makeup trailer",
    'shut down the generator for the refuel and service',
    'the clapperboard battery lasts 8h',
    'the dailies link expires after 48 hours, post will send a new one',
    'our stunt coordinator needs 2 days of prep',
    'rotate the sourdough starters in the proofing room every 12 hours',
    'the oven at the Leeds branch is out for servicing, disable it for the repair',
    'revoke the franchise licence for the Bristol shop',
    'the delivery van key is with the night baker',
    'create a new recipe card for the rye loaf, 45 min bake',
    'the croissant dough needs 3 days to rest',
    'deprovision the old till at the Hull branch',
    'the bakery loyalty tokens expire after 90 days',
    'rotate the stock in the cold room',
    'cancel the flour order for Friday',
    'the bakery app voucher expires tomorrow',
    'our head baker rotates between the three branches',
    'keys for the Leeds shop are with the manager',
    'the proofer access opens at 4am',
    "revoke the supplier's access to the stock portal",
    'the mixer needs a 2h clean',
    'disable mixer 3 for the deep clean',
    'give the new baker a locker key',
    'the cake display rotates between lemon and chocolate weekly',
    "revoke the bakery's hygiene rating sticker? no, that's not how it works",
    'the agent tokens for the queue expire after 8h, then they log in again',
    'rotate the agents on the complaints line every 2 hours',
    'the call recording access for supervisors closes at 6',
    "revoke the agent's access to the CRM after her last shift",
    'the headset key is with the team leader',
    'create a new IVR menu for the billing line',
    'the softphone token expires after 12h',
    'cancel the callback for customer 88123',
    'deprovision the old Avaya handsets',
    'the script rotates among the three team leads',
    'disable the queue for the system maintenance tonight',
    "the agent's licence for Genesys expires next week, vendor will send a new one",
    'the break rota rotates weekly',
    "revoke the caller's subscription as requested",
    "revoke the customer's direct debit mandate",
    'the credentials for the dialler are held by IT',
    'shut down line 3 for the switch upgrade installation',
    'the wallboard refreshes every 30 s',
    'the average handle time is 4 min',
    'the SLA for callbacks is 2h',
    'rotate the seating plan on floor 2 between teams',
    'hey team, just a heads up that the ads key was rotated yesterday by Priya',
    'FYI we revoked the growth key last week after the audit',
    'if anyone needs a token, ask the bot with /bedrock token 2h',
    'the bot gave me a 4h token this morning, works great',
    'remember: rotate keys every 90 days',
    'in the training deck: "/bedrock revoke growth --all"',
    'docs example: /bedrock rotate ads',
    'the runbook says: deprovision the unit after the project ends',
    'I wonder if we should rotate the ads key at some point',
    "should we revoke the growth key? let's discuss Monday",
    'last quarter we created a key for growth for 30 days',
    'did someone create a key for the pharmacy team?',
    'lol my token for 2h expired during lunch',
    'my manager said I could ask for a token for 8h next week',
    'the intern asked me how to rotate a key',
    'the new hire onboarding doc mentions deprovision growth',
    'the vending machine token for the break room is 50p',
    'tokens for the laundry room are at reception',
    'the hotel key card for room 12 expires at checkout',
    'the wifi token for guests lasts 24 hours',
    'revoke the parking permit for bay 14',
    'the crane permit for tomorrow got revoked',
    "the arcade tokens for the kids' party",
    'rotate the mattresses in rooms 200 to 220',
    'the spa voucher for Mrs Patel expires in 30 days',
    "the pilot's medical certificate expires next month",
    "the ramp's security badge for Omar was revoked",
    "the set's insurance certificate expires in 2 weeks",
    "the bakery's gas safety certificate expires Friday",
    'create a guest account on the spa tablet',
    'the kiosk token for the canteen lasts all day',
    'the pool table tokens are behind the bar',
    "disable the spa's online booking for the refurb works",
    'the ticket for the film premiere is with Jo',
    "the film's final cut is with the studio",
    'the key grip for day 3 is Dave',
    'the answer key for the barista test is with the trainer',
    'the key to the bakery safe is with the owner',
    'the master key for the hotel is held by security',
    'stop the conveyor for the belt repair',
    'switch off oven 2 for the inspection',
    'pause the dough line for the cleaning',
    "our airport's contract with the caterer was cancelled",
    "the call centre's outsourcing contract was suspended",
    "the hotel's booking for the conference was cancelled",
    'revoke the key card of the guest in 404 at checkout',
    'the room key for 208 stops working after checkout at 11',
    'the guest token for the EV charger lasts 4h',
    "the spa's keycode rotates daily",
  ]);
});

describe("the sweep's real requests in the same trades are acted on", () => {
  it.each([
    'token for 2h please',
    'can I get a bedrock token for 4 hours? working on the spa booking bot',
    'need a token for 90 min for the ramp-ops dashboard',
    'create a key for the spa-bookings team',
    'create an api key for the ground-ops unit, owner is omar@example.com',
    'rotate the film-vfx key please',
    'revoke the bakery-pos key, it leaked in a screenshot',
    'deprovision the callcentre-pilot unit, project is over',
    'hi bot, 3h token please, doing the crew rota model',
    'please rotate the key for call-analytics',
    'revoke all keys for the old set-design unit',
    'create a key for the hotel-concierge team for 30 days',
    'token 45m',
    'I need a token for the afternoon, 4h',
    'could you rotate the ramp-planning key now?',
    'rotate the bakery-forecast key, we think it leaked',
    'give me a 2 hour token',
    '/bedrock token 8h',
    'create key for unit spa-analytics, owner @maria',
    'please deprovision the film-archive unit',
    'revoke key AKIA1234567890ABCD please',
    'we need a new key for the call-qa team',
    'get me a token for 6 hours for the night shift analysis',
    "rotate the growth key, schedule doesn't matter, now please",
    'the ads key leaked, revoke it now',
    'token for 2h, my old one expired',
    'my token expired, can I get a new one for 2h',
    'new token please, 1h',
    'can you create a key for the bakery-loyalty team?',
    'rotate the call-routing key today please',
    'deprovision unit airside-ml',
    'create a key for dr-okafor-lab',
    'create a key for the Okafor lab',
    'revoke the key for the film-dailies service',
    'token for 3h for the spa-chatbot',
    'create a key for the hotel-revenue team, expires in 90 days',
    'please rotate the ramp-ai key, scheduled maintenance is done',
    "rotate the ads key, it's scheduled to expire tomorrow",
    'token for 4h please, the vans route model needs it',
    'create a key for the van-routing team',
    'I need a token for 2h for the trucks-eta model',
    'token for 2h for the printer-fleet analytics',
    "per the team's request, rotate the growth key now",
    'per Sam, please rotate the ads key',
    'rotate the client-portal key',
    'create a key for partner-insights in our account',
    'revoke the key for the partner-accounts team',
    'please create a key for the ms-analytics team',
    'token for 8h, scheduled for the 10am run',
  ])('%j is acted on', (text) => {
    expect(acted(text)).toBe(true);
  });
});

describe('"van" before a Dutch name\'s article is the name\'s, no vehicle (lexicon.ts vehicles)', () => {
  keeps([
    ['rotate the key of Jan van der Berg', 'rotate'],
    ['revoke the key Pieter van den Broek holds', 'revoke'],
  ]);
  nothingAsked(['need a key for the van for 4 hours tomorrow']);
});
