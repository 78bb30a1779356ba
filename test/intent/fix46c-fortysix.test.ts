/**
 * Round forty-six, fix46c (tuned-payments, tuned-styles-long): kinds of writing the parser misread. Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('a request taken back, then named in brackets: the brackets are taken back too', () => {
  nothingAsked([
    'scratch my request from before (the 4h token). the offsite got moved, nobody needs it',
    'drop my earlier request (the api key for growth). we found another way',
    // (fix47d: the rules decide it, "cancel" ending its clause on "request": no longer the classifier's lean.)
    'cancel my request (the 2h token), the demo is off',
  ]);
  // look-alikes: a request with a bracket of its own is still asked
  slots([
    ['token 2h (for the demo)', { intent: 'token', ttlSeconds: 7200 }],
    ['rotate the growth key (it leaked)', { intent: 'rotate', businessUnit: 'growth' }],
  ]);
});

describe("Hinglish: the writer's own future ('kal karenge', 'kar denge'), no request", () => {
  nothingAsked([
    'rotate growth key kal karenge, aaj release hai',
    'ads ki key revoke kar denge, tension mat lo',
    'main billing ki key rotate kar lunga shaam ko',
  ]);
  neverActs(['kyc ki key kal rotate karenge']);
  // look-alikes: the asked forms stay requests
  slots([
    ['payments ki key rotate kar do', { intent: 'rotate', businessUnit: 'payments' }],
    ['growth ki key revoke karo', { intent: 'revoke', businessUnit: 'growth' }],
  ]);
});

describe('a colleague asked "can you" by an Indian or Gulf given name: put to that person', () => {
  nothingAsked([
    'Rohit can you get me a token for 3h? my bot access is broken',
    'Sneha could you revoke the chargeback key? I am on leave',
    'Faisal can you rotate the settlement key before the audit',
  ]);
  // look-alikes: the name in the story, or signing off, keeps the request
  slots([
    [
      'please change the key for vendor-qual, Rohit had it on screen',
      { intent: 'rotate', businessUnit: 'vendor-qual' },
    ],
    ['token 2h please, thanks, Mariam', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('a name before "repo" where something was found names the repository, no unit', () => {
  slots([
    [
      'details of AKIA4EXAMPLE7XQ2ZP9Q please, the scanner flagged it in the billing-etl repo',
      { intent: 'details', keyId: 'AKIA4EXAMPLE7XQ2ZP9Q', businessUnit: null },
    ],
    [
      'revoke AKIA4EXAMPLE7XQ2ZP9Q, found in an old branch of the growth-api repository',
      { intent: 'revoke', keyId: 'AKIA4EXAMPLE7XQ2ZP9Q', businessUnit: null },
    ],
  ]);
  // look-alikes: a key asked for a unit, or "for" the repo, keeps its unit
  slots([
    ['api key for the growth-etl repo', { intent: 'create_key', businessUnit: 'growth-etl' }],
    [
      'rotate the growth-etl key, it was committed to the growth-etl repo',
      { intent: 'rotate', businessUnit: 'growth-etl' },
    ],
  ]);
});

describe('a bare count "a day" is a rate, no lifetime', () => {
  slots([
    ['key for growth, we run 300 a day', { intent: 'create_key', businessUnit: 'growth', expiryDays: null }],
    [
      'access key for claims-intake please, it handles 200-ish a day',
      { intent: 'create_key', businessUnit: 'claims-intake', expiryDays: null },
    ],
    ['token 2 hrs, about 40 an hour', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: a lifetime of a day is still read
  slots([['key for growth for a day', { intent: 'create_key', businessUnit: 'growth', expiryDays: 1 }]]);
});

describe('a cost word before what is said of it ("the spend question") names no unit', () => {
  slots([
    [
      "following up on last week's spend question: the figure was for all units. this time just claims-ocr, last week",
      { intent: 'spend', businessUnit: 'claims-ocr' },
    ],
    ['spend numbers for ads last month', { intent: 'spend', businessUnit: 'ads' }],
  ]);
  // look-alikes: a unit after the cost word, or before it, is still read
  slots([
    ['last month spend ads', { intent: 'spend', businessUnit: 'ads' }],
    ["what was growth's spend last month", { intent: 'spend', businessUnit: 'growth' }],
  ]);
});

describe("a person's given name alone in a possessive owns no unit's credential", () => {
  slots([
    [
      "the old creds were tied to Priya's IAM user, which is wrong. so, bot: access key for claims-prod, owner <@U04ABCDE>",
      { intent: 'create_key', businessUnit: 'claims-prod', owner: 'U04ABCDE' },
    ],
  ]);
  // look-alike: a team's possessive still names the team
  slots([["rotate the data-science team's key", { intent: 'rotate', businessUnit: 'data-science-team' }]]);
});

describe('"and" or "of" inside a camelCase name is part of the name', () => {
  slots([
    [
      'key for `lostAndFound`, 60 days',
      { intent: 'create_key', businessUnit: 'lost-and-found', expiryDays: 60 },
    ],
    ['rotate the voiceOfGuest key', { intent: 'rotate', businessUnit: 'voice-of-guest' }],
  ]);
  // look-alike: a field of our words stays no name
  nothingAsked(['the keyAndToken field is empty in the config']);
});

describe('a vendor brand of words joined by "4" or "2" is no secret', () => {
  slots([
    [
      'Translations4Ships no longer works for us. Please revoke the guest-comms-team API key they used.',
      { intent: 'revoke', businessUnit: 'guest-comms-team', keyKind: 'api-key' },
    ],
  ]);
  // look-alike: a random mixed run after "key" is still refused and not repeated
  slots([['rotate key aB3dE5gH7jK9mN1pQ', { intent: 'rotate', keyId: null }]]);
});

describe('a command asked again after the try is told ("so again with one:")', () => {
  slots([
    [
      'I tried this morning and the bot said no owner, so again with one: create key for the pricing-api unit, owner <@U05ABCDE>, api key, 3 months',
      {
        intent: 'create_key',
        businessUnit: 'pricing-api',
        owner: 'U05ABCDE',
        keyKind: 'api-key',
        expiryDays: 90,
      },
    ],
    [
      "tried it, didn't work, trying again: api key for growth, 90 days",
      { intent: 'create_key', businessUnit: 'growth', keyKind: 'api-key', expiryDays: 90 },
    ],
  ]);
  // look-alike: a command told as the docs' example stays told
  nothingAsked(["don't run this: /bedrock create-key ads api-key 90"]);
});

describe('"shut the X unit down": a unit named by its coded name ended, a deprovisioning', () => {
  slots([
    [
      'the pilot was cancelled on Friday. shut the whole kiosk-assist unit down',
      { intent: 'deprovision', businessUnit: 'kiosk-assist' },
    ],
    ['please close down the kiosk-assist unit', { intent: 'deprovision', businessUnit: 'kiosk-assist' }],
  ]);
  // look-alikes: a ward or a machine, and an order told, are no order of ours
  nothingAsked(['shut down the intensive care unit', 'the cooling-tower unit shut down last night']);
  neverActs(['ops said: shut down the kiosk-assist unit']);
});

describe('Hinglish "same cheez" (the same thing): two kinds weighed, no kind stated', () => {
  slots([
    ['token aur api key same cheez hai kya?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['api key aur access key same cheez hai?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
  // look-alike: a token asked in Hinglish is still asked
  slots([['token chahiye teen ghante ke liye', { intent: 'token', ttlSeconds: 10800 }]]);
});
