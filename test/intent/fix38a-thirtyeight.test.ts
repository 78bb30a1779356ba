/**
 * Round thirty-eight, fix38a (tuned-ocean, tuned-forestry, tuned-fashion, tuned-dating, tuned-met, tuned-bakery): a
 * lifetime in Nordic number words, a half hour and a "døgn"; a fraction character of an hour; a Region before the kind
 * in a create-key command; Norwegian asks (a long-term key in one word, how long a key is valid, which units one owns,
 * taking a key back); Polish "prosimy o"; the one tokens were given to as a history's owner; a key's kind kept past
 * history's kind filter; the writer's own introduction; an occasion over and its unit torn down; a dictated name ending
 * in a deployment word; help topics (a place asked whether possible, a token handed to a tool, how a command works, a
 * maker named). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a lifetime in Danish, Norwegian or Swedish words: its seconds', () => {
  slots([
    ['kan jeg få et token i tre timer?', { intent: 'token', ttlSeconds: 10_800 }],
    [
      'trenger en token på fem timer i Stockholm',
      { intent: 'token', ttlSeconds: 18_000, region: 'eu-north-1' },
    ],
    ['jag behöver en token i fyra timmar', { intent: 'token', ttlSeconds: 14_400 }],
    ['kan jeg få token i en halvtime?', { intent: 'token', ttlSeconds: 1800 }],
    ['token i en halvtimme tack', { intent: 'token', ttlSeconds: 1800 }],
    ['kan jeg få et token i et kvarter?', { intent: 'token', ttlSeconds: 900 }],
  ]);
  // a "døgn" is a day: too long for a token, reported
  slots([['token for 3 døgn takk', { intent: 'token', ttlSeconds: null }]]);
  // look-alikes: the English words "to", "fire" before "timer"
  nothingAsked(['the fire timer went off again', 'switch the oven to timer mode']);
});

describe('a fraction character of an hour, and a Region before the kind in a create-key command', () => {
  slots([
    ['token for ¼ of an hour please', { intent: 'token', ttlSeconds: 900 }],
    ['a token for ¾h', { intent: 'token', ttlSeconds: 2700 }],
    [
      'create-key kelp-survey eu-west-1 api-key 30',
      {
        intent: 'create_key',
        businessUnit: 'kelp-survey',
        region: 'eu-west-1',
        keyKind: 'api-key',
        expiryDays: 30,
      },
    ],
  ]);
});

describe('Norwegian asks: a long-term key in one word, how long a key is valid, which units I own, a key taken back', () => {
  slots([
    [
      'kan vi få en langtidsnøkkel til enheten kelp-map?',
      { intent: 'create_key', businessUnit: 'kelp-map', longTerm: true },
    ],
    ['hvilke enheter eier jeg nå?', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['hvor lenge er nøkkelen til kelp-map gyldig?', 'details', 'kelp-map'],
    ['trekk tilbake nøkkelen til kelp-map', 'revoke', 'kelp-map'],
  ]);
  // look-alike: a question withdrawn is no key taken back
  nothingAsked(['jeg trekker tilbake spørsmålet mitt']);
});

describe('Polish "prosimy o" (we ask for): a request', () => {
  reads([['prosimy o rotację klucza magazyn-krk', 'rotate', 'magazyn-krk']]);
  slots([['prosilibyśmy o token na 2 godziny', { intent: 'token', ttlSeconds: 7200 }]]);
  // look-alike: asking for patience asks nothing of the bot
  nothingAsked(['Prosimy o cierpliwość']);
});

describe('the one tokens were given to is a history’s owner', () => {
  slots([
    [
      'how many tokens has ana.silva@reef.org been given this month?',
      { intent: 'history', owner: 'ana.silva@reef.org' },
    ],
    [
      'every token ana.silva@reef.org got from the bot this week',
      { intent: 'history', owner: 'ana.silva@reef.org' },
    ],
  ]);
});

describe('a key’s kind kept past history’s kind filter', () => {
  slots([
    [
      'show the audit log of api keys for kelp-map',
      { intent: 'history', businessUnit: 'kelp-map', keyKind: 'api-key' },
    ],
  ]);
});

describe('the writer’s own introduction names no unit', () => {
  slots([
    [
      'Mari from procurement here — what did Bedrock cost us last month?',
      { intent: 'spend', businessUnit: null },
    ],
  ]);
  // look-alike: someone of a team who needs a key for a unit named is that unit's request
  keeps([['someone from finance here needs a key for finance-ml', 'create_key', 'finance-ml']]);
});

describe('an occasion over, then its own unit torn down: the occasion’s unit, asked about first', () => {
  reads([
    ['the reef survey is done, please deprovision its unit', 'deprovision', 'reef-survey'],
    ['hack 12 is over, shut it all down', 'deprovision', 'hack-12'],
    ['the kelp summit wrapped on friday, tear down its unit please', 'deprovision', 'kelp-summit'],
  ]);
  neverActs(['the reef survey is done, please deprovision its unit', 'hack 12 is over, shut it all down']);
  // look-alike: a storm over is no unit
  nothingAsked(['the storm is over, shut it all down']);
});

describe('a dictated unit name ending in a deployment word', () => {
  reads([
    ['deprovision tide gauge relay staging', 'deprovision', 'tide-gauge-relay-staging'],
    ['revoke the key for kelp map viewer test', 'revoke', 'kelp-map-viewer-test'],
  ]);
  // look-alike: one word before the deployment word may be what is tested, no name
  slots([['need a key for analytics test', { businessUnit: null }]]);
});

describe('help topics', () => {
  slots([
    [
      'if we wanted a token in Tokyo, could we?',
      { intent: 'help', topic: 'regions', region: 'ap-northeast-1' },
    ],
    ['where do I paste the token in Insomnia?', { intent: 'help', topic: 'token' }],
    [
      'how do I pass the token to the bedrock runtime when calling llama?',
      { intent: 'help', topic: 'token' },
    ],
    ['how does rotation work? does the old key keep working?', { intent: 'help', topic: 'rotate' }],
    ['is AI21 available through you?', { intent: 'help', topic: 'models' }],
  ]);
  // look-alike: whether a place is safe for the token is safety (general)
  slots([
    [
      'where should i paste my token in the shared notebook, is that safe?',
      { intent: 'help', topic: 'general' },
    ],
  ]);
});
