/**
 * Round forty-one, the review of the merged fixers' work (post41b): a passphrase-like secret after a credential word
 * stays masked; the people of a trade block a place only as "the <place> <people>"; a bare number before ")" is a
 * list's next item only when it is that item's number; a mention addressing a colleague is no owner; "unit test" is no
 * unit; "the long-term key rotation policy" asks of rotation; "<@bot> ? asking for a token" is no bare knock.
 */
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/intent/secrets.js';
import { keeps, reads, slots } from './acted.js';

describe('a versioned UpperCamelCase word after a credential word stays masked', () => {
  it.each([
    'my password is PurpleElephantV7 can you reset it',
    'the api key is SunnyBeachV3',
    'use secret BlueMonkeyDanceV12 for the login',
    'my passphrase is GreenTigerJumpV4',
    'token is RedRiverStoneV9 fyi',
    'the key for SunnyBeachV3',
  ])('%j', (text) => {
    expect(maskSecrets(text)).toContain('xxsecret');
  });
  // look-alikes: where it stands as a name, it is the unit's name
  reads([
    ['deprov `PerfumeQuizV2` 🧹', 'deprovision', 'perfume-quiz-v2'],
    ['deprov `GlowQuizV3`', 'deprovision', 'glow-quiz-v3'],
  ]);
});

describe('"in <place>" after a request keeps its Region though people follow', () => {
  slots([
    ['token 3h in Seoul because engineers there need it', { region: 'ap-northeast-2', ttlSeconds: 10800 }],
    ['need a token in Sydney where developers sit', { intent: 'token', region: 'ap-southeast-2' }],
    ['token for 2h Frankfurt our engineers need it', { region: 'eu-central-1', ttlSeconds: 7200 }],
    ['token 2h in Seoul my engineers are there', { region: 'ap-northeast-2' }],
    ['token 4h tokyo developers are waiting', { region: 'ap-northeast-1', ttlSeconds: 14400 }],
    ['token 3h Stockholm pianists', { region: 'eu-north-1' }],
    [
      'key for payments in London since developers are there',
      { intent: 'create_key', businessUnit: 'payments', region: 'eu-west-2' },
    ],
    ['token 2h in seoul, the checklists are done', { region: 'ap-northeast-2' }],
  ]);
  // look-alikes: "the <place> <people>" are the story's
  slots([
    ['deprovision team Rosewater, the Osaka perfumers ended the trial', { region: null }],
    ['token 2h for the pilot with the Lyon chemists', { region: null }],
  ]);
});

describe('a bare number before ")" is no minutes only as the next item\'s number', () => {
  slots([
    ['two things: 1) token for payments (1h 30) 2) list my keys', { ttlSeconds: 5400 }],
    ['1) get a token (2h 30) 2) then rotate the old one', { ttlSeconds: 9000 }],
    ['token (1h 30)', { ttlSeconds: 5400 }],
  ]);
  // look-alikes: the next item's number stays no minutes
  slots([
    ['1) token 2) 6h 3) Frankfurt', { ttlSeconds: 21600, region: 'eu-central-1' }],
    ['1) token 2) 2h 3) no region', { ttlSeconds: 7200 }],
  ]);
});

describe('a mention addressing a colleague after "he/she wants …" is no owner', () => {
  slots([
    ['she wants a token, 2h — <@U0AAA1>, can you approve?', { intent: 'token', owner: null }],
    ['he wants the token for payments — <@U0AAA1>, over to you', { owner: null }],
    ['he needs a new key for growth. <@U0AAA1>?', { intent: 'create_key', owner: null }],
    ['he needs the token today. <@U0AAA1>', { owner: null }],
  ]);
  // look-alikes: the mention set beside, with thanks at most after it, is the person
  slots([
    ['she wants a token for the client call, 1h — <@U0CLIENT>. thanks!', { owner: 'U0CLIENT' }],
    ['He wants a token for the board prep, 2h — <@U0BRD1>', { owner: 'U0BRD1' }],
    [
      "our intern needs access to the AI for the afternoon, 4 hours. He's <@U0INTERN>.",
      { owner: 'U0INTERN' },
    ],
  ]);
});

describe('"unit test" names no unit', () => {
  slots([
    ['rotate the key used in unit test fixtures', { businessUnit: null }],
    ['please rotate the key we put in unit test data', { businessUnit: null }],
    ['rotate the key used in unit tests data', { businessUnit: null }],
  ]);
});

describe('a noun after "long-term key" asks of that noun', () => {
  slots([['what is the long-term key rotation policy?', { intent: 'help', topic: 'rotate' }]]);
  // look-alike: the long-term key itself is a kind of key
  slots([['what is the long-term key?', { intent: 'help', topic: 'key-kinds' }]]);
});

describe('"<@bot> ? asking for" is a bare knock only before a person', () => {
  slots([
    ['<@U0BEDROCK> ? asking for a token', { intent: 'help', topic: 'token' }],
    ["<@U0BEDROCK> ... it's for payments", { intent: 'unknown' }],
    ['<@U0BEDROCK> ... asking for deprovision', { intent: 'unknown' }],
  ]);
  keeps([
    ['<@U0BEDROCK> ? asking for a colleague', 'help'],
    ['<@U0BEDROCK> ? asking for Maud', 'help'],
  ]);
});

describe('minor: an event of Bedrock in a headline, a code that is a word or a name', () => {
  slots([
    ['*Summary:* Bedrock training for the growth team', { intent: 'unknown' }],
    ['tok 3h mel', { intent: 'token', region: null }],
    ['tok 2h bah', { intent: 'token', region: null }],
  ]);
  // look-alikes: a headline asking of Bedrock, a code that is no word
  slots([
    ['Ticket HD-9001\nSummary: Bedrock spend for the legal team, last month', { intent: 'spend' }],
    ['tok 2h dub', { intent: 'token', region: 'eu-west-1' }],
  ]);
});
