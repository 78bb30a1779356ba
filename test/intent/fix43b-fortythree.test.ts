/**
 * Round forty-three, fix43b (tuned-styles-long, -lay, -followups): the kinds of writing the three style files of
 * long messages, lay staff and follow-ups share. Sentences of our own of each kind, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a change said instead of a negated one: after a preamble, in lay words, and set against its noun', () => {
  reads([
    [
      "Re my revoke request earlier: no, actually, don't revoke the hull-scan key, just rotate it",
      'rotate',
      'hull-scan',
    ],
    ["Re: yesterday's revoke request — don't revoke crew-chat's key, just rotate it", 'rotate', 'crew-chat'],
    ["please don't take the invoice-bot key away, just change it", 'rotate', 'invoice-bot'],
    ["don't revoke the menu-ai key, only change it please", 'rotate', 'menu-ai'],
    ['menu-ai: a rotation, not a revoke — the kitchen screens need it', 'rotate', 'menu-ai'],
    ['a rotation for hull-scan please, not a deprovision', 'rotate', 'hull-scan'],
  ]);
  // look-alikes: the key kept, a change of its owner, and a remark on a word keep their reading
  nothingAsked([
    "don't take the invoice-bot key away, just leave it",
    "don't take the invoice-bot key away, just change it to bob",
    'not a revoke fan tbh',
  ]);
  // a change said instead is asked about before anything is done
  neverActs([
    "please don't take the invoice-bot key away, just change it",
    'menu-ai: a rotation, not a revoke',
  ]);
});

describe('where a system runs, in a clause of its own beside one that tells, or as what it runs as', () => {
  slots([
    [
      'the berth-planner job runs in Ireland, it gets triggered every 10 minutes by the port system. access key for berth-planner please',
      { intent: 'create_key', businessUnit: 'berth-planner', region: 'eu-west-1' },
    ],
    [
      'It now runs as a nightly Fargate task in Frankfurt. Could we get an api key for cargo-scan, 60 days?',
      { intent: 'create_key', businessUnit: 'cargo-scan', region: 'eu-central-1', expiryDays: 60 },
    ],
    [
      'the team wants the tariff-bot to call Bedrock from our Airflow in Oregon. Key for tariff-bot, 30 days',
      { intent: 'create_key', businessUnit: 'tariff-bot', region: 'us-west-2', expiryDays: 30 },
    ],
  ]);
  // look-alikes: a place where something ran in the past states no Region of the request
  slots([
    [
      'the old berth-planner job ran in Ireland until March, we moved it since. access key for berth-planner please',
      { intent: 'create_key', region: null },
    ],
  ]);
});

describe('a value corrected: thought again, and a bare number with how long it holds', () => {
  slots([
    [
      'key for quay-cams, 60 days, no wait, make it 20 until the pilot ends',
      { intent: 'create_key', expiryDays: 20 },
    ],
    ['key for quay-cams, 90 days... on reflection 30 days', { intent: 'create_key', expiryDays: 30 }],
    ['token 2h, on second thought 4h', { intent: 'token', ttlSeconds: 14400 }],
    ['key for quay-cams, 90 days, make it 45 for now', { intent: 'create_key', expiryDays: 45 }],
  ]);
  // look-alikes: thinking again with no value takes the request back; a number of people is no value
  nothingAsked(['token 2h, on second thought, leave it']);
  slots([['token 3h, no 2 people need it', { intent: 'token', ttlSeconds: 10800 }]]);
});

describe("one's own units: 'the ones where I'm owner', and 'can you list mine?' ending a message", () => {
  slots([
    ['list please, only the ones where I am owner', { intent: 'list', owner: 'me' }],
    ["show the ones where i'm the owner", { intent: 'list', owner: 'me' }],
    ['I look after a few of these bedrock units — could you show me mine?', { intent: 'list', owner: 'me' }],
    ['can you list mine pls', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: "mine" with another thing asked, and a change of one's own, are no list of one's units
  slots([
    ["can you show mine and ads' keys?", { owner: null }],
    ['can you rotate mine?', { owner: null }],
  ]);
});

describe('key kinds asked as a lay person asks: what a token is, a kind likened to a lay login, one asked then set against', () => {
  slots([
    [
      'sorry, basic one: what is a token? IT keeps telling me to get one',
      { intent: 'help', topic: 'key-kinds' },
    ],
    ['what is a token exactly?', { intent: 'help', topic: 'key-kinds' }],
    [
      'is the "API key" our vendor keeps going on about the same as the AI login you hand out?',
      { intent: 'help', topic: 'key-kinds' },
    ],
    [
      'what is an api key exactly, vs the access key we got last year',
      { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    ],
  ]);
  // look-alikes: a token's limit, what a token is for, and the two kinds weighed in one breath keep their reading
  slots([
    ["what's the token limit?", { topic: 'limits' }],
    ['what is a token for?', { topic: 'token' }],
    ['what is an access key vs the api key?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
});

describe('how to ask for a key, by a newcomer: never done before, where to start, how to say who owns it', () => {
  slots([
    ["I've never set up a key for a squad before, where do I start", { intent: 'help', topic: 'create_key' }],
    ['the bot wants an owner — how do we give the owner?', { intent: 'help', topic: 'create_key' }],
  ]);
  // look-alikes: a rule with "before" as a conjunction stays refused, and a request after the story stands
  nothingAsked(['never revoke a key before the new one is live']);
  neverActs(['never revoke a key before the new one is live']);
  slots([['never asked for a token before. token 2h pls', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('one more token asked as "one" for hours, after a story that names a system or a unit', () => {
  slots([
    [
      '> Token issued, expires in 2h\nnot long enough for the nightly batch, give me one for 8h instead',
      { intent: 'token', ttlSeconds: 28800 },
    ],
    [
      'ran out in the middle of the hull-scan backfill. another one pls, 3h',
      { intent: 'token', ttlSeconds: 10800 },
    ],
  ]);
  // look-alikes: a key word of its own, a key said to last, and days keep their reading
  slots([
    ['another one for the batch pipeline pls, a long-lived key this time', { intent: 'create_key' }],
    [
      'hull-scan needs another key, 30 days',
      { intent: 'create_key', businessUnit: 'hull-scan', expiryDays: 30 },
    ],
  ]);
});

describe('a key asked in fields joined by slashes, one field a usual lifetime alone', () => {
  slots([
    [
      'key: berth-planner / api key / 90 / frankfurt',
      { intent: 'create_key', businessUnit: 'berth-planner', expiryDays: 90, region: 'eu-central-1' },
    ],
    [
      'access key: quay-cams | 60 | ohio',
      { intent: 'create_key', businessUnit: 'quay-cams', expiryDays: 60 },
    ],
  ]);
  // look-alikes: an unusual number, and a lifetime with its unit, keep their reading
  slots([
    ['key: quay-cams / api key / 37 / ohio', { expiryDays: null }],
    ['key: quay-cams / api key / 30 days / 2 owners', { expiryDays: 30 }],
  ]);
});

describe('a Region set against the one not meant, at the end of a line of its own', () => {
  slots([
    [
      "token 3h... and it's for eu-west-1 this time, not oregon",
      { intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' },
    ],
    ['token 1h. in tokyo this time, not sydney', { intent: 'token', region: 'ap-northeast-1' }],
  ]);
  // look-alike: a story of places with "not" states no Region of the request
  slots([['we ran the demo in tokyo, not sydney. token 2h please', { intent: 'token', region: null }]]);
});

describe('the same Region as the last time, told with the place it was', () => {
  slots([
    [
      'the old token ran out, need another for 4h, same region as before which was frankfurt',
      { intent: 'token', ttlSeconds: 14400, region: 'eu-central-1' },
    ],
  ]);
  // look-alike: a place told of the past with no Region asked states none
  slots([['token 3h. we were in tokyo last time', { intent: 'token', region: null }]]);
});
