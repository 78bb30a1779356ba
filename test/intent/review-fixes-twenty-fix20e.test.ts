/**
 * Round twenty, fix20e (review D, "acted on at BASE and still at HEAD"): non-requests the bot carried
 * out. A request taken back by a joke marker after it, a request put to a person by a typed name, an
 * example or test line, a form whose status says it is done: none is acted on. Sentences of our own
 * per kind, and look-alikes that keep their request.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('a request taken back by a joke marker after it ("lol no", "kidding") is not acted on', () => {
  neverActs([
    'rotate the finance key lol no',
    'token for 2h? kidding',
    'revoke growth jk',
    'rotate the ads key haha no',
    'revoke the payments key lol jk',
    'create a key for marketing... kidding',
    'deprovision the atlas pilot haha no',
    'token for 8h lmao no',
    'new key for finance? just kidding',
    'rotate billing key 😂 no',
    'revoke ads, lol nope',
    'token for 12h? kidding!',
    "token for 2h? lol no, I'm done for today",
    'rotate the ads key haha no. wrong channel',
  ]);
  keeps([
    ['token 2h lol', 'token'],
    ['revoke the growth key, no kidding, it leaked', 'revoke', 'growth'],
    ['rotate the ads key lol, it leaked again', 'rotate', 'ads'],
    ['no kidding, rotate the finance key now', 'rotate', 'finance'],
    ['haha ok, token for 2h please', 'token'],
    ['rotate the ads key lol, no rush', 'rotate', 'ads'],
    ["I'm not kidding, revoke the ads key", 'revoke', 'ads'],
  ]);
});

describe('a request put to a person by a typed name is not acted on', () => {
  neverActs([
    'Sam, please rotate the finance key',
    'Sam, please rotate the finance key when you get a chance',
    'hey Priya could you revoke the marketing key',
    '@sam can you rotate the key for finance?',
    '@Sam create key for marketing',
    'Sam - create key for marketing please',
    'Sam, token for 2h?',
    'Dave, revoke the ads key please',
    'hi Maria, can you create a key for growth',
    '@priya rotate the billing key',
    'Tom could you deprovision the atlas pilot',
    'Anna, new key for finance?',
    'yo Kev, token for 4h please',
  ]);
  keeps([
    ['please rotate the finance key, Sam asked for it', 'rotate', 'finance'],
    ['Sam here, token for 2h please', 'token'],
    ['Bedrock, rotate the ads key', 'rotate', 'ads'],
    ['bot, token 2h', 'token'],
    ['hey, can you revoke the marketing key', 'revoke', 'marketing'],
    ['Priya here - please rotate the finance key', 'rotate', 'finance'],
    ['hi bedrock, create a key for growth', 'create_key', 'growth'],
    ['Finance, rotate key please', 'rotate'],
  ]);
});

describe('an example, a test line or a whole message in quote marks is not acted on', () => {
  neverActs([
    'for example: rotate the ads key',
    'for example: token for marketing for 2h',
    'e.g. /bedrock token 2h',
    'test message please ignore: revoke growth',
    'test message please ignore: token for 2h',
    'typo, ignore: create a key for finance',
    '"rotate the finance key"',
    'example: revoke the payments key',
    'eg: create a key for growth',
    'for instance: token for 8h',
    'testing, please ignore: deprovision atlas',
    '“revoke the ads key”',
    "'token for 2h'",
    'e.g. "rotate the billing key"',
  ]);
  keeps([
    ['rotate the ads key, for example the one in the ci job', 'rotate', 'ads'],
    ['token for 2h for testing', 'token'],
    ['create a key for the example-app team', 'create_key'],
    ['rotate the "finance" key', 'rotate', 'finance'],
  ]);
});

describe('a form marked done is a report, not acted on', () => {
  neverActs([
    'Duration: 2h\nTeam: the plant team\nType: token\nStatus: done',
    'Duration: 2h\nTeam: marketing\nType: token\nStatus: completed',
    'Token request (completed)\nDuration: 2h\nTeam: marketing',
    'Key request (done)\nTeam: finance\nType: key',
    'Type: token\nDuration: 4h\nTeam: growth\nStatus: Complete',
    'Status: closed\nType: token\nDuration: 2h',
    'Token request [done]\nDuration: 8h\nTeam: ads',
    'Duration: 1h\nType: token\nStatus: resolved',
  ]);
  keeps([
    ['Duration: 2h\nTeam: marketing\nType: token', 'token'],
    ['Duration: 2h\nTeam: marketing\nType: token\nStatus: new', 'token'],
    ['Token request\nDuration: 2h\nTeam: marketing\nStatus: pending', 'token'],
  ]);
});
