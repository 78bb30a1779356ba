/**
 * Round twenty-four, known24: wrong actions and misreadings the lead found in its own sweeps (its own
 * sentences, no label file holds them). Per kind: sentences of our own written before the parser's answer
 * was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must
 * not change (above all non-requests with the same words, which must never act).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, stillActs } from './acted.js';
import { expectNoHang } from './hang-guard.js';

describe("another person's need, with a question about how they may ask: nothing asked of the bot now", () => {
  neverActs([
    'Sam wants a token for 2h, can he DM you directly?',
    'Priya needs a key for the search team, can she just message the bot herself?',
    'my manager wants a token for 4h — should he ask in #bedrock-access or DM you?',
    'Tom wants an api key for billing, is he allowed to ask you directly?',
    'lena needs a token for 3 hours, can she ping you herself or does it have to go via me?',
    'Sam needs a token for 2h',
    'jo wants a token for tomorrow morning, can she just DM u',
  ]);
  stillActs([
    'token for 2h please, VPN is back',
    'can I get a token for 2h?',
    'Sam needs a token for 2h, can you make one for him? owner <@U04SAM0001>',
  ]);
  nothingAsked(['Sam wants to know if he can DM the bot directly', 'can Priya DM you directly?']);
});

describe('a request put off by the asker ("…, will try later") asks nothing now', () => {
  nothingAsked([
    'need a token for 2h but my VPN is down, will try later',
    'wanted a token for 3h but the laptop died, will ask again tomorrow',
    'need a key for the ads team but waiting on approval from my lead, will come back later',
    'gonna need a token for 4 hours but im on the train rn, ill try later',
    'i need to rotate the growth key but not today, will do it next week',
    'need a token for 1h but *my VPN is down* — will try again in a bit',
  ]);
  stillActs([
    'token for 2h please, VPN is back',
    'need a token for 2h, my VPN was down earlier',
    'need a token for 3h, tried earlier but it failed',
  ]);
  neverActs(['will try later', 'my VPN is down, will try the token later']);
});

describe('a future need told ("next sprint we need a key …") is not asked', () => {
  nothingAsked([
    'next sprint we need a key for the recsys team',
    'next quarter we will need an api key for the fraud-ml squad',
    'in Q3 we need a key for the pricing team',
    'from next month the search team needs a key',
    'next week we need a token for the workshop',
  ]);
  stillActs([
    'we need a key for the recsys team',
    'create a key for recsys today, we need it next sprint',
    'next sprint we need a key for recsys, can you create it now?',
  ]);
  neverActs(['next sprint we need to rotate the growth key', 'next sprint we will revoke the old keys']);
});

describe('"access" for people to a place or a system is no Bedrock key', () => {
  nothingAsked([
    'create access for Airport Shuttle Bus Drivers',
    'create access for the new warehouse pickers',
    'please set up access for Night Shift Nurses',
    'give access to the cleaning crew for the loading dock',
    'create building access for the visiting auditors',
  ]);
  reads([
    ['create an access key for the shuttle-bus team', 'create_key', 'shuttle-bus-team'],
    ['create an api key for the shuttle-bus team', 'create_key', 'shuttle-bus-team'],
  ]);
  stillActs(['create an access key for the shuttle-bus team', 'access key for growth, 30 days']);
});

describe("tearing down an event's set-up is no unit of ours", () => {
  nothingAsked([
    'tear down everything for the big pilot',
    'tear down everything for the jury trial',
    'tear down everything for the summer fete',
    'pls tear down everything for the wedding reception',
    'tear down all the stuff for the trade fair',
    'shut down everything for the school play',
  ]);
  reads([
    ['tear down everything for hack week', 'deprovision', 'hack-week'],
    ['shut down everything for growth', 'deprovision', 'growth'],
    ['tear down everything for the doc-intel unit', 'deprovision', 'doc-intel'],
  ]);
});

describe('a physical key (off the hook, lost at a place) is not ours', () => {
  nothingAsked([
    'take the key off hook',
    'take the van key off the hook pls',
    'grab the key off the hook by the door',
    'take the keys off the hook when you leave',
    'disable the estate agency office key, someone lost it at the pub',
    'disable the warehouse office key, someone lost it on the bus',
    'cancel the depot key, i lost it at the station',
  ]);
  reads([
    ['disable the harbour master office key', 'revoke', 'harbour-master-office'],
    ['take the api key off hiring-ops', 'revoke', 'hiring-ops'],
    ['revoke the growth key, someone leaked it in the channel', 'revoke', 'growth'],
    ['disable the payroll desk key, someone pasted it in #general', 'revoke', 'payroll-desk'],
  ]);
});

describe('keys listed in an attachment the bot cannot see: ask, never act', () => {
  neverActs([
    'list of keys attached, revoke all of them',
    'see attached list of keys, revoke them all',
    'the attached spreadsheet has the keys, please rotate every one',
    'keys are in the screenshot above, revoke all of them',
    'revoke all the keys in the attached file',
    'keys in the attached csv — pls revoke them',
  ]);
  reads([
    ['revoke all keys for growth', 'revoke', 'growth'],
    ['list all the keys', 'list', null],
  ]);
  nothingAsked(['attached the list of keys from the audit, fyi']);
});

describe("a customer's key in our own product is not a Bedrock key of ours", () => {
  nothingAsked([
    'revoke the key for customer #88 in the app',
    'rotate the api key for customer 1234 in the portal',
    'revoke the key of user #5521 in our app',
    'disable the key for tenant 42 in the admin panel',
    'revoke posting rights for customer BLUE-FOX, they stopped paying',
    'remove the extra credits for client 7 in the portal',
  ]);
  reads([
    ['revoke the key for customer-360', 'revoke', 'customer-360'],
    ['revoke the key for the customer-insights team', 'revoke', 'customer-insights-team'],
    ['rotate the key for customer three sixty', 'rotate', 'customer-360'],
  ]);
});

describe("a unit's key said to need rotating is a request to rotate it", () => {
  reads([
    ["the data desk's key needs rotating", 'rotate', 'data-desk'],
    ['the growth key needs rotating', 'rotate', 'growth'],
    ["risk-ml's key needs to be rotated", 'rotate', 'risk-ml'],
    ['the search team key needs rotating asap', 'rotate', 'search-team'],
    ["the ads key needs revoking, it's in a public repo", 'revoke', 'ads'],
  ]);
  nothingAsked(["the growth key doesn't need rotating", 'the car key needs replacing']);
  // (Asked whether it needs rotating: a question, help or nothing, never the rotation.)
  neverActs(['does the growth key need rotating?', 'the growth key needs rotating?']);
});

describe('a year inside a name keeps the words after it', () => {
  reads([
    ['key for the summer 2025 hackathon', 'create_key', 'summer-2025-hackathon'],
    ['api key for the spring 2026 bootcamp', 'create_key', 'spring-2026-bootcamp'],
    ['revoke the key for the winter 2024 hackathon', 'revoke', 'winter-2024-hackathon'],
    ['key for the summer 2025 cohort, 30 days', 'create_key', 'summer-2025-cohort'],
  ]);
  reads([
    // (A season joined to its year alone is a date, sweep24b: a year inside another name stays.)
    ['key for hack-2025', 'create_key', 'hack-2025'],
    ['key for the summer 2025 team', 'create_key', 'summer-2025-team'],
  ]);
  nothingAsked(['the summer 2025 hackathon was great']);
});

describe('a remark about spend with a request to show it asks for spend', () => {
  it.each([
    'our spend is way up this month, can you show me?',
    'spend looks high this month — can you show me?',
    'our bedrock spend jumped this month, can u show me',
    'spend is way up this month, show me pls',
  ])('%j', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('spend');
    expect(parse.period).toEqual({ kind: 'month', monthsAgo: 0 });
  });
  nothingAsked(['our spend is way up this month 😬', 'our spend is way up this month, lol']);
  // (Still read as spend, a read never acted on: someone else will show it. Left for a later round.)
  neverActs(['spend is way up this month, finance will show us on friday']);
});

describe('adversarial texts stay fast', () => {
  it.each([
    'next sprint we need '.repeat(110),
    'tear down everything for the '.repeat(80),
    'take the key off the hook '.repeat(80),
    'customer #88 in the app '.repeat(90),
    'list of keys attached '.repeat(100),
    'needs rotating '.repeat(140),
    'summer 2025 '.repeat(180),
    `spend is up ${' '.repeat(2000)}show me`,
    'will try later '.repeat(140),
    'access for '.repeat(200),
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 2000)));
  });
});
