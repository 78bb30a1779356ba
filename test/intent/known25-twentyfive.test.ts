/**
 * Round twenty-five, known25: wrong actions and misreadings the lead found in its own sweeps (its own
 * sentences, no label file holds them). Per kind: sentences of our own written before the parser's answer
 * was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must
 * not change (above all non-requests with the same words, which must never act).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, keeps, neverActs, nothingAsked, reads, stillActs } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

describe("a trade's stock rotation (oldest out first) is no key rotation", () => {
  nothingAsked([
    'rotate stock daily, oldest bread out first',
    'remember to rotate the stock on the dairy shelf, oldest milk to the front',
    'pls rotate stock in the walk-in fridge before close',
    'rotate the stock weekly — first in, first out',
    'can someone rotate stock on aisle 4? old yoghurts at the back again',
    'Rotate stock every morning. FIFO!',
    'stock rotation: oldest cans to the front',
  ]);
  reads([
    ['rotate the stock-sync key', 'rotate', 'stock-sync'],
    ['rotate the key for the stock team', 'rotate', 'stock-team'],
  ]);
  stillActs(['rotate the stock-sync key', 'rotate the key for the stock team', 'rotate the growth key']);
  neverActs(['stock is rotating nicely this week', 'we rotate stock daily']);
});

describe('a physical key (bent, cut, lost, copied, spare, on a ring) is not ours', () => {
  nothingAsked([
    "create a key for the mixer safety guard, the old one's bent",
    'need a new key for the forklift, the old one snapped in the ignition',
    'can we get a spare key cut for the loading bay door?',
    'need a copy of the key cut for the staff lockers, mine is lost',
    'new key for the cash drawer pls, the old one is bent',
    'create a key for the boiler room — the old one fell off my key ring',
    'need a key for the van, lost mine on the ring somewhere',
  ]);
  reads([['create a key for the safety-guard team', 'create_key', 'safety-guard-team']]);
  stillActs(['create a key for the safety-guard team', 'new api key for the mixer team please']);
});

describe("a person's access to a place or a piece of equipment is no key of ours", () => {
  nothingAsked([
    "revoke Gary's ramp access, he left on friday",
    "remove Tom's forklift access, he moved to nights",
    "revoke Sarah's badge access to the lab, she's on leave",
    "please revoke dave's gate access asap",
    "take away Priya's door access — last day was yesterday",
    "revoke Mo's loading-dock access",
  ]);
  stillActs(['revoke the ramp-access key for growth', 'revoke the growth key, Gary left on friday']);
});

describe("a duration told of the person is not the token's lifetime", () => {
  exactly([
    { text: 'can I get a token, I have been working over 12 hours', intent: 'token' },
    { text: "token please, I've been on shift for 10 hours", intent: 'token' },
    { text: 'need a token — been up for 14 hours lol', intent: 'token' },
    { text: 'can i get a token pls, been debugging this for 3 hours', intent: 'token' },
    { text: 'token pls, I waited 2 hours for the VPN', intent: 'token' },
    { text: 'token for 2h, I have been waiting 3 hours', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for 12 hours', intent: 'token', ttlSeconds: 43200 },
    { text: 'can I get a token for 4 hours, been working all day', intent: 'token', ttlSeconds: 14400 },
  ]);
  stillActs(['token for 12 hours']);
  nothingAsked(['I have been working over 12 hours']);
});

describe('a key and a token asked together: the first request is handled', () => {
  exactly([
    {
      text: 'a key for growth 90 days and a token for 4h',
      intent: 'create_key',
      businessUnit: 'growth',
      expiryDays: 90,
    },
    {
      text: 'an api key for ads, 30 days, and also a token for 2h',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'key for billing 60 days + a token for 1h',
      intent: 'create_key',
      businessUnit: 'billing',
      expiryDays: 60,
    },
    { text: 'a token for 4h and a key for growth 90 days', intent: 'token', ttlSeconds: 14400 },
    { text: 'a key for growth 90 days', intent: 'create_key', businessUnit: 'growth', expiryDays: 90 },
  ]);
});

describe('a held token told of as run out, then a new one asked: the new one', () => {
  exactly([
    { text: 'my token ran out, token for 2h', intent: 'token', ttlSeconds: 7200 },
    { text: 'my token expired — new token for 3h pls', intent: 'token', ttlSeconds: 10800 },
    { text: 'token timed out again. token 4h', intent: 'token', ttlSeconds: 14400 },
    { text: 'ugh my token died, can I get a token for 1h?', intent: 'token', ttlSeconds: 3600 },
  ]);
  stillActs(['my token ran out, token for 2h']);
  neverActs(['my token ran out', 'my token for 2h ran out', 'my token expired after 2h, weird']);
});

describe("a business's model in a unit's name is no question about Bedrock models", () => {
  it.each([
    'create a key for the churn model owned by data science',
    'can I get a key for our fraud model, 30 days',
  ])('%j asks for a key', (text) => {
    expect(parseRequest(text).intent).toBe('create_key');
  });
  reads([
    ['which models can I use?', 'models', null],
    ['list models', 'models', null],
  ]);
});

describe('politeness said to the bot ("when you get a chance") is no condition and no other person', () => {
  exactly([
    {
      text: 'when you have a sec could you create a key for growth-ml? owner me',
      intent: 'create_key',
      businessUnit: 'growth-ml',
      // (No owner slot: "owner me" names the asker, as the corpus labels it: "can we spin up a key for pricing-ml, owner me".)
    },
    { text: 'when you get a chance, rotate the growth-ml key', intent: 'rotate', businessUnit: 'growth-ml' },
    { text: 'whenever you get a moment pls revoke the ads key', intent: 'revoke', businessUnit: 'ads' },
    { text: 'when u have a sec, rotate the *billing* key', intent: 'rotate', businessUnit: 'billing' },
  ]);
  // (Round forty-eight's retrain put the classifier's probability of 'when you have a sec could you create a key for
  // growth-ml? owner me' at 0.895, under SURE_ACTION's 0.9 (0.904 before): still read as that key above, now asked
  // about with buttons before it is made.)
  stillActs([
    'when you get a chance, rotate the growth-ml key',
    'whenever you get a moment pls revoke the ads key',
  ]);
  neverActs([
    '<@U0PRIYA> when you get a sec could you create a key for growth-ml?',
    'when the migration is done, rotate the growth-ml key',
    'when the new one is live, revoke the ads key',
  ]);
});

describe('a question weighing a token against a key is help on key kinds', () => {
  exactly([
    {
      text: 'for the nightly batch job is it better to get a token or an api key?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'quick q: should we use short-lived tokens or a proper key for our ECS service?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is it better to use a token or get a long-term key for the crawler?',
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
  keeps([['get a proper key for the onboarding service', 'create_key']]);
  // (The lead's own sentence is still read as a key for "flow", asked, never acted on: a unit named beside
  // the weighing wins over it; left for the lead, see the known25 report.)
  neverActs([
    "Hey team 👋 quick q — for the new onboarding flow we're building, is it better to use short-lived tokens or get a proper key for the service? we call bedrock from a lambda",
  ]);
  stillActs(['token for 2h']);
});

describe('adversarial texts do not hang the parser', () => {
  parsesWithoutHanging(
    [
      'rotate stock '.repeat(150),
      'the old one is bent '.repeat(100),
      "revoke gary's ramp access ".repeat(80),
      'I have been working over 12 hours '.repeat(60),
      'my token ran out '.repeat(120),
      'when you get a chance '.repeat(90),
      `is it better to use a token ${' '.repeat(2000)}or a key`,
      'arrears model '.repeat(150),
    ].map((t) => t.slice(0, 2000)),
  );
});
