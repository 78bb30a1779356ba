/**
 * Round eighteen's review fixes (reviewer B, items 2–8): a take-back regex that took 2^n steps, a
 * reason for a removal read as a take-back, a record told in one sentence that dropped the next
 * sentence's request, take-backs whose told reason was still acted on, and help read as unknown.
 * The reviewer's sentences, then sentences of our own of the same kind, then look-alikes that keep
 * their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

describe('item 5: a run of "hmm"s before a take-back parses (the regex is linear, not 2^n)', () => {
  it.each([
    `token for 2h? ${'hmm '.repeat(26)}no`,
    `token for 2h? ${'hmmm, '.repeat(26)}no`,
    `token for 2h? ${'hmm '.repeat(500)}no`,
    `token for 2h? ${'um ok hmm '.repeat(200)}x`,
    `revoke the ads key ${'ok no '.repeat(330)}x`,
    `rotate the ads key? ${'ummm, hmm. '.repeat(180)}nah`,
  ])('%#', (text) => {
    // A 2,000-character text of pauses: the test would time out if the pattern backtracked exponentially.
    expect(parseRequest(text).intent).toBeDefined();
    expect(acted(text)).toBeTypeOf('boolean');
  });
  it('a run of pauses before "don\'t need it" is still a take-back', () => {
    expect(acted("token for 2h? hmm hmm, don't need it anymore")).toBe(false);
    expect(acted("token for 2h? hmmm, um, ok, don't need it anymore")).toBe(false);
  });
});

describe("item 3: 'revoke X — actually we don't need it anymore' gives the reason for a removal", () => {
  keeps([
    // the reviewer's
    ["revoke the search key — actually we don't need it anymore", 'revoke', 'search'],
    ["deprovision legacy-maps, actually, we don't need it anymore", 'deprovision', 'legacy-maps'],
    ["please revoke my old key. ok, don't need it anymore", 'revoke'],
    ["can you revoke the ads key? um, we don't need it anymore", 'revoke', 'ads'],
    ["revoke the ads key please, ah, we don't need it anymore", 'revoke', 'ads'],
    // our own
    ["delete the growth key, ok, nobody needs it... actually we don't need it anymore", 'revoke', 'growth'],
    ["please deprovision old-analytics — hmm, they don't need it any more", 'deprovision', 'old-analytics'],
    ["revoke the kyc key? actually, we won't need it after all", 'revoke', 'kyc'],
    [
      "can you revoke the billing key, um, finance doesn't use it, ok, we don't need it anymore",
      'revoke',
      'billing',
    ],
  ]);
});

describe('item 3 look-alikes: a real turn still takes a removal back, and a pause still takes back a token or key', () => {
  nothingAsked([
    "please revoke the billing key. no wait, don't need that anymore, finance already moved off it",
    "revoke the ads key? nah, don't need to after all",
    "deprovision growth? actually no wait, we don't need to",
    "token for 2h? hmm, don't need it anymore",
    "can I get a token for 4 hours? actually, don't need it after all",
    "create a key for growth? ok, we won't need one after all",
    "new key for ads please. um, don't need it anymore",
  ]);
});

describe('item 4: a record told in one sentence does not drop a request in the next', () => {
  keeps([
    ['details of the project are in the ticket. token for 4h please', 'token'],
    ['details on the ads key are in the runbook. token for 2h please', 'token'],
    ['history for the growth key is in the wiki. token for 30 minutes', 'token'],
    ['logs for the kyc service are in splunk. can I get a token for 1h', 'token'],
    ['details of the breach are in the ticket. need a token for 4 hours', 'token'],
  ]);
  it('the reviewer\'s "key for ml-team please" is no longer dropped as a told record', () => {
    expect(parseRequest('details for the ml team are in the doc; key for ml-team please').reason).not.toBe(
      'tells where a record is',
    );
  });
});

describe('item 4 look-alikes: a record told with nothing asked after it stays told', () => {
  nothingAsked([
    'details of the FDR-114 fault are in the incident report',
    'full details of the outage were in the email. thanks',
    'full details of the outage were in the email. the ads key was fine',
    'details of POL-88 are in the file. it was reviewed twice',
  ]);
});

describe('item 2: a reason told after a take-back in common shapes asks nothing', () => {
  nothingAsked([
    // the reviewer's
    'revoke the ads key? nah, that was a sandbox key',
    'rotate the ads key. never mind, that key was already rotated',
    'revoke the growth key. never mind, this key is a test one',
    'revoke the ads key? nah, was just a dummy key',
    'revoke the ads key. never mind, just a test key',
    'revoke the ads key. ignore me, turns out the key was fine',
    'rotate the billing key? never mind, turns out the key never left the vault',
    'token for 2h. never mind, I still have a token',
    'token for 2h. never mind, I have a valid token already',
    'token for 2h. never mind, found an old token',
    // our own
    'rotate the kyc key? nah, those keys were already rotated by sec',
    'token for 6h. never mind, we already have a token from ci',
    'deprovision search? scratch that, turns out they still use it',
    'new key for legal-ops. never mind, found the old key in the vault',
    'revoke the payments key? nah, was only a staging key',
  ]);
});

describe('item 2 look-alikes: corrections and new asks after a take-back keep (as before)', () => {
  keeps([
    ['revoke ads? no wait, growth', 'revoke', 'growth'],
    ['token for 2h? no wait, 4h', 'token'],
    ['rotate the billing key? actually, the payments key', 'rotate', 'payments'],
  ]);
  it('"no, I wanted 4h" is a wish, not a telling', () => {
    expect(parseRequest('token for 2h? no, i wanted 4h').intent).toBe('token');
  });
});

const intentOf = (rows: [string, string][]) =>
  it.each(rows)('%j', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acted(text)).toBe(false);
  });

describe('item 6: approval of our things named by a model, stage or approver asks about approvals', () => {
  intentOf([
    ['how long does claude approval take?', 'help'],
    ['how long does opus approval take', 'help'],
    ['how long does model approval take?', 'help'],
    ['how long does prod approval take?', 'help'],
    ['how long does director approval take?', 'help'],
    ['how long does ciso approval take', 'help'],
    ['how long does cost centre approval take', 'help'],
    ['how long does haiku approval usually take', 'help'],
    ['how long does the llama model approval take?', 'help'],
    ['how long does vp approval take for a new key', 'help'],
    ['how long does production approval take', 'help'],
    // look-alikes: other trades' approvals stay other
    ['how long does IRB approval take?', 'unknown'],
    ['how long does switching permit approval take these days?', 'unknown'],
    ['how long does travel approval take?', 'unknown'],
    ['how long does vendor approval take', 'unknown'],
  ]);
});

describe('items 7 and 8: "someone in here" and the bot greeted by a name of its own', () => {
  intentOf([
    ['could someone in here explain the difference between haiku and sonnet?', 'help'],
    ['hi @bedrockbot', 'help'],
    ['hello bedrockbot', 'help'],
    ['hi claudebot', 'help'],
    ['hey botty', 'help'],
    ['hi mate', 'help'],
    ['hello world', 'help'],
    ['good morning sir', 'help'],
    ['hey keybot', 'help'],
    ['hello bedrock-bot', 'help'],
    // look-alikes: people of a team, and a person greeted by name
    ['is anyone from procurement around?', 'unknown'],
    ['anybody in HR know the leave policy?', 'unknown'],
    ['hi sam', 'unknown'],
    ['morning priya', 'unknown'],
  ]);
});
