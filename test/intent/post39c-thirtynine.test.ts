/**
 * Round thirty-nine, the review of the merged fixers' work (post39c): a rotation's cadence beside a key asked for, a
 * picture turned round, a person booked to translate, a tech's agents and pods after a place, a group's own change
 * relayed, a mention who is the sentence's subject, a practice asked about, and a fallback after a question to the
 * channel; each with look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe("a rotation's cadence drops the lifetime only where nothing of a new key is asked", () => {
  slots([
    [
      'create a key for growth on a 90 day rotation',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 90 },
    ],
    [
      'set up a key for legal-ops with 90-day rotation',
      { intent: 'create_key', businessUnit: 'legal-ops', expiryDays: 90 },
    ],
    [
      'rotate the ads key, new one for 60 days rotation period',
      { intent: 'rotate', businessUnit: 'ads', expiryDays: 60 },
    ],
    ['make a key for payroll on a 30-day rotation', { businessUnit: 'payroll', expiryDays: 30 }],
  ]);
  // look-alikes: the schedule alone, a rotation asked, no lifetime
  slots([
    ['the 60-day rotation of the claims-bot key is due, go ahead', { intent: 'rotate', expiryDays: null }],
    ['90-day rotation is due on repair-quotes, pls rotate', { intent: 'rotate', expiryDays: null }],
  ]);
});

describe('a one-word name before a number that is no time needs a key or unit word, or our command bare', () => {
  nothingAsked([
    'can you rotate the photo one eighty',
    'just rotate the slide one eighty',
    'rotate the picture three sixty',
  ]);
  // look-alikes: a key or unit said, or the command right before the name
  reads([
    ['please rotate portal three sixty', 'rotate', 'portal-360'],
    ['rotate the key for portal three sixty', 'rotate', 'portal-360'],
    ['api key for portal three sixty five', 'create_key', 'portal-365'],
  ]);
});

describe('a form that books a person to translate or transcribe asks no token', () => {
  nothingAsked([
    'Interpreter booking\nDuration: 2h\nPurpose: translating for the Lyon client visit',
    'Court reporter booking\nDuration: 4h\nPurpose: transcribe the deposition',
    'How long: 2h\nReason: dentist appointment\nApprover: my manager',
  ]);
  // look-alikes: a text translated, or a person's form that names our model, asks a token
  slots([
    [
      'Duration: 3h\nPurpose: translate the sale catalogue into Japanese',
      { intent: 'token', ttlSeconds: 10_800 },
    ],
    [
      'Interpreter booking\nDuration: 2h\nPurpose: testing Claude translating the Lyon brief',
      { intent: 'token', ttlSeconds: 7200 },
    ],
  ]);
});

describe("after a tech word, 'agents' and 'pods' are no firm or team: the place stays the Region", () => {
  slots([
    ['I need a token for the Oregon bedrock agents, 4h', { intent: 'token', region: 'us-west-2' }],
    ['token 2h in Frankfurt eks pods', { intent: 'token', region: 'eu-central-1' }],
    ['token 2h in Frankfurt kubernetes pods please', { intent: 'token', region: 'eu-central-1' }],
  ]);
  // look-alikes: a trade's agents, a team's pod
  slots([
    ['token for the Tokyo travel agents, 2h', { intent: 'token', region: null }],
    ['the Japan Equities pod needs a token for 2h', { intent: 'token', region: null }],
  ]);
});

describe("a group's own change or credential, relayed, stays its unit", () => {
  it('"the payments team is asking: can you revoke the old key?" is a revoke of payments-team, asked', () => {
    const parse = parseRequest('the payments team is asking: can you revoke the old key?');
    expect([parse.intent, parse.businessUnit]).toEqual(['revoke', 'payments-team']);
  });
  slots([
    ['ads wants the usual: a key for 90 days', { intent: 'create_key', businessUnit: 'ads', expiryDays: 90 }],
  ]);
  // look-alikes: a look-up relayed names no unit
  reads([
    ['group treasury asks: what did Bedrock cost in March 2026?', 'spend', null],
    ['internal audit asks: log of all key events in February 2026', 'history', null],
  ]);
});

describe("a leading mention that is the sentence's subject is not the one asked for spare time", () => {
  slots([
    [
      '<@U07ALICE> needs a token for 2h, whenever you have time',
      { intent: 'token', owner: 'U07ALICE', ttlSeconds: 7200 },
    ],
    [
      '<@U07ALICE> is the owner; create a key for growth when you have some time',
      { intent: 'create_key', businessUnit: 'growth' },
    ],
  ]);
  // look-alikes: the mention spoken to, asked for their time, is a person asked
  nothingAsked([
    '<@U07ALICE> can you revoke the growth key when you have time',
    '<@U07ALICE> when you have some time, rotate the ads key',
  ]);
});

describe('a practice asked about names no unit', () => {
  reads([
    ["what's the best practice for keys in ci-cd?", 'help', null],
    ['best practices for storing keys in ci-cd pipelines?', 'help', null],
  ]);
  // look-alike: the unit named for its details
  reads([['show me the ci-cd unit', 'details', 'ci-cd']]);
});

describe('a request after a question to the channel, opened by a fallback, is still asked', () => {
  it('"can anyone share their token? if not I need a token" asks a token', () => {
    expect(parseRequest('can anyone share their token? if not I need a token').intent).toBe('token');
  });
  stillActs(['can anyone share their token? otherwise I need a token for 2h']);
  // look-alikes: the fallback that asks nothing
  neverActs([
    'can anyone share their token? if not, never mind',
    "does anyone have a spare token? if not I'll ask tomorrow",
  ]);
});
