/**
 * Round twenty-one, reads21: messages that ask nothing of the bot but read as a request (another trade's
 * access, tokens, fobs, records, listings, flats, spend and history as objects; systems named as not
 * ours; requests put to colleagues). Sentences of our own were written before the parser's answer was
 * looked at, with requests sharing the words that must still be read.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe("people's access to another system is not ours to revoke", () => {
  nothingAsked([
    'Access review: 14 leavers still have RACF access, please revoke by Friday',
    'revoke access for the ex-tenant of 2B on the Salto system please',
    'quarterly access review: 9 leavers still have Okta access, pls remove by EOM',
    'please revoke access for the former tenant of flat 4A on the door entry system',
    'three contractors still have SAP access after their end date, can we revoke it today?',
    '*Access review*: 6 leavers still on the mainframe, revoke their access by Friday',
    'remove the ex-employee’s access on the Salto app, they left in May',
    'leavers list attached — revoke their VPN and Salesforce access by Friday',
    'Please revoke the departed contractor’s access to the building management system',
    'can you revoke the old tenants’ access for unit 7D on the door entry system?',
  ]);
  keeps([
    ['revoke the key for unit-5c', 'revoke', 'unit-5c'],
    ["revoke the contractor's bedrock key for growth", 'revoke', 'growth'],
    ['access review done: revoke the keys for legacy-etl please', 'revoke', 'legacy-etl'],
    ['Access review: 14 leavers still have RACF access; also rotate the growth key', 'rotate', 'growth'],
    ['revoke the leavers-bot key', 'revoke', 'leavers-bot'],
  ]);
});

describe("another trade's tokens, credentials and fobs, and systems told as not ours", () => {
  nothingAsked([
    'Apple Pay token provisioning failing for Amex cards since 9am',
    'Rightmove feed credentials need renewing, not a bedrock thing, just flagging',
    "who's got the fob programmer? need to add two fobs for unit 11C",
    'Google Pay tokens not provisioning for Visa debit since the release',
    'card token refresh failing on the acquirer side, ops are on it',
    'network token provisioning for Mastercard is down again',
    'Zoopla API credentials expire next week, not a bedrock thing, just flagging',
    'the Xero login for accounts needs renewing — not a bedrock issue, fyi',
    'need three new fobs for flat 2A, tenant lost theirs',
    'the fob for the bin store at 11C stopped working, can someone add a new one?',
  ]);
  keeps([
    ['token for 2h please, debugging the apple pay token failures', 'token'],
    ['new api key for the rightmove-feed team please', 'create_key', 'rightmove-feed-team'],
    ['need a new api key for fob-admin, 90 days', 'create_key', 'fob-admin'],
    ['Apple Pay tokens failing since 9am. can I get a token for 2h to debug?', 'token'],
    ['rotate the key for card-tokens', 'rotate', 'card-tokens'],
    [
      'I have a job on the GPU box for 14 hours, unrelated to bedrock. meanwhile: token for 3h please',
      'token',
    ],
  ]);
});

describe("another trade's records, listings, flats, spend and history as the object", () => {
  nothingAsked([
    'can you pull the account history for the Jones complaint? last 6 months',
    'list of voids for the north region attached, 14 units empty as of Friday',
    'spend on concierge overtime this month is nuts',
    'can we list unit 5C on Rightmove yet?',
    'please list the units with expiring leases in the north region',
    'the regional manager for the Midlands wants the repairs history for every unit by Thursday',
    'Can you delete the viewing for unit 2C at 3pm, applicant cancelled',
    'Erm, the subtitle file of episode 7 have wrong timecodes, who I must tell?',
    'can you pull the transaction history for the Smith dispute? last 3 months',
    'can you pull the rent history for flat 3B, tenant disputes the arrears',
    'the area director wants the complaints history for every block by Monday',
    'spend on agency staff this quarter is way over budget',
    "what's our spend on catering this month?",
    'list of lets agreed for the south region attached, 6 units let as of today',
    'can we list flat 12A on Zoopla before the weekend?',
    'please list the flats with gas safety checks due in the north region',
    'can you cancel the viewing for flat 9D tomorrow, buyer pulled out',
    'delete the 10am appointment for unit 4F please, tenant rescheduled',
    'the captions for episode 12 are out of sync, who should I tell?',
    'the dub track on episode 3 is missing, who do I report this to?',
  ]);
  keeps([
    ['list the units', 'list'],
    ['please list the units', 'list'],
    ['list the units with keys expiring this month', 'list'],
    ['spend for the north-region team this month', 'spend', 'north-region-team'],
    ['what did growth spend on bedrock this month?', 'spend', 'growth'],
    ['history of the leasing-bot key', 'history', 'leasing-bot'],
    ['pull the audit history for the lettings team', 'history', 'lettings-team'],
    ['revoke the key for unit-2c', 'revoke', 'unit-2c'],
    ['can we list the keys for lettings?', 'details', 'lettings'],
    ['deprovision the viewings-app unit', 'deprovision', 'viewings-app'],
    ['spend on agency staff is nuts. revoke the ads key though', 'revoke', 'ads'],
    ['delete the bookings-api unit', 'deprovision', 'bookings-api'],
    ['what did the catering-ops team spend on bedrock last month?', 'spend', 'catering-ops-team'],
    ['revoke the key for the tenants-portal', 'revoke', 'tenants-portal'],
    ['rotate the key for the contractors team', 'rotate', 'contractors-team'],
  ]);
});

describe('a request put to colleagues', () => {
  nothingAsked([
    'can someone share their bedrock token with me for 5 mins? mine just expired',
    'could anyone lend me their token for 10 min? mine died mid-demo',
    'anyone able to share their api key with me quickly? the bot is slow',
    'can somebody DM me their bedrock key for the demo, just for an hour',
    "can I borrow someone's token for 5 mins?",
    'can one of you send me your token for an hour, mine expired',
  ]);
  keeps([
    ['can I share my token with my teammate?', 'help'],
    ['token for 2h? mine just expired', 'token'],
    ['can you give me a token for 2h, mine just expired', 'token'],
  ]);

  const bot = { botUserId: 'U05BEDROCK' };
  it.each([
    '<@U02B7XW4L> can you revoke the aml-narrator key? cc <@U05BEDROCK>',
    '<@U07ALICE> can you rotate the ledger-bot key? cc <@U05BEDROCK>',
    '<@U07ALICE> could you create a key for growth pls cc <@U05BEDROCK>',
  ])('%j, with the bot ID, is put to the first person', (text) => {
    expect(parseRequest(text, bot).intent).toBe('unknown');
  });
  it.each([
    ['<@U05BEDROCK> revoke the aml-narrator key, cc <@U07ALICE>', 'revoke'],
    ['<@U07ALICE> fyi — <@U05BEDROCK> revoke the payments key', 'revoke'],
  ])('%j, with the bot ID, is the bot’s', (text, intent) => {
    expect(parseRequest(text, bot).intent).toBe(intent);
  });
  // Without the ID, which mention is the bot cannot be told: asked, never done.
  neverActs([
    '<@U02B7XW4L> can you revoke the aml-narrator key? cc <@U05BEDROCK>',
    '<@U07ALICE> can you rotate the ledger-bot key? cc <@U05BEDROCK>',
  ]);
  it('without the ID, the one copied is not guessed', () => {
    expect(acted('<@U02B7XW4L> can you revoke the aml-narrator key? cc <@U05BEDROCK>')).toBe(false);
  });
});
