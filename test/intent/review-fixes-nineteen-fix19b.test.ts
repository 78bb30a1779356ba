/**
 * Round nineteen's review fixes (reviewer B): regexes that backtracked for seconds on runs of
 * whitespace, and false actions. The reviewer's sentences, then sentences of our own of the same kind,
 * then look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

/** Parses the text and says how long it took (ms). */
function timed(text: string): number {
  const start = performance.now();
  parseRequest(text);
  acted(text);
  return performance.now() - start;
}

describe('item 1: runs of whitespace parse quickly (no `\\s*` before `\\s*` or `\\W*`)', () => {
  parseRequest('warm up');
  it.each([
    // the reviewer's
    `new api key for ads, 30 days${' '.repeat(1900)}thanks`,
    `new api key for ads, 30 days.${' '.repeat(1900)}thanks`,
    `create key ads${' '.repeat(1950)}api key 9x`,
    `need an api key for ads. table:${' \n'.repeat(800)}`,
    // our own
    `create key ads api-key 90${' '.repeat(1950)}x`,
    `.${' '.repeat(1950)}create key ads api-key 90`,
    `rotate key growth access-key${' \n'.repeat(900)}90 x`,
    `need a token for growth!${'\n'.repeat(1950)}ok`,
    `nobody.${' . '.repeat(650)}x`,
    `okr. ${'\n \t'.repeat(650)}policy`,
    `when${' '.repeat(1000)}*${' '.repeat(990)}: later`,
    `team${' '.repeat(1000)}*${' '.repeat(990)}: Doc Intel`,
  ])('%#', (text) => {
    // A 2,000-character text: seconds (or a timeout) if a pattern backtracked quadratically or worse.
    expect(timed(text)).toBeLessThan(1500);
  });
  keeps([
    ['the printer jammed. unrelated: /bedrock create-key menu-ocr api-key 45', 'create_key'],
    ['/bedrock create-key customer-comms api-key 90', 'create_key', 'customer-comms'],
    ['create_key ads access-key 30 us-east-1', 'create_key', 'ads'],
    ['btw: create key ads api-key 90', 'create_key', 'ads'],
  ]);
  it('a command still states its days', () => {
    expect(parseRequest('/bedrock create-key customer-comms api-key 90').expiryDays).toBe(90);
    expect(
      parseRequest('the printer jammed. unrelated: /bedrock create-key menu-ocr api-key 45').expiryDays,
    ).toBe(45);
    expect(parseRequest('the printer jammed.\n/bedrock create-key menu-ocr api-key 45').expiryDays).toBe(45);
    expect(parseRequest('create key: clause-library / api-key / 90 / <@U123>').expiryDays).toBe(90);
  });
});

describe('item 2: a negation written in capitals is still translated ("bitte NICHT … rotieren")', () => {
  nothingAsked([
    // the reviewer's
    'bitte NICHT den ads key rotieren',
    'Bitte NICHT den Key von growth widerrufen',
    'per favore NON revocare la chiave di growth',
    'bitte den ads Schlüssel NICHT rotieren',
    'ne PAS révoquer la clé de ads',
    'NON ruotare la chiave di ads',
    'ads key NICHT rotieren!!',
    // our own
    'por favor NO revoques la clave de growth',
    'NÃO revogue a chave de growth por favor',
    'bitte NICHT den Schlüssel von billing löschen',
    'per favore NON ruotare la chiave di billing',
  ]);
  it('a token asked for with a capitalised negation is not acted on', () => {
    expect(acted('bitte NICHT den token für ads erstellen')).toBe(false);
  });
  keeps([
    // look-alikes: an acronym in an English text stays a name; foreign requests stay requests
    ["rotate the MES team's key", 'rotate', 'mes-team'],
    ['revoke the key of the MES team', 'revoke', 'mes-team'],
    ["the MES team's andon summariser", 'unknown'],
    ['bitte den ads key rotieren', 'rotate', 'ads'],
    ['per favore revoca la chiave di growth', 'revoke', 'growth'],
    ['the NON profit key, rotate it for growth', 'rotate'],
  ]);
});

describe('item 3: a bot command told or quoted is not asked for', () => {
  nothingAsked([
    // the reviewer's
    'fyi the old command was: create key ads api-key 90',
    "don't run this: /bedrock create-key ads api-key 90",
    'the docs example is: /bedrock create-key growth api-key 30',
    // our own
    "don't run this.\n/bedrock create-key ads api-key 90",
    'do not run: create key billing api-key 60',
    'we used to run create key ads api-key 90 by hand',
    'never run this: /bedrock rotate-key growth access-key 30',
  ]);
  it.each([
    'what does this do? /bedrock create-key ads api-key 90',
    'the example in the docs is /bedrock create-key ads api-key 90, can you explain it?',
    'how does this work? create key growth api-key 30',
  ])('a question about a command is help: %j', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acted(text)).toBe(false);
  });
  keeps([
    // look-alikes: commands asked for
    ['please run this: /bedrock create-key ads api-key 90', 'create_key', 'ads'],
    ['no rush: create key ads api-key 90', 'create_key', 'ads'],
    [
      "ah so that's what I was missing. /bedrock create-key supply-chain api-key 120d",
      'create_key',
      'supply-chain',
    ],
    ['that was a typo. create key ads api-key 90', 'create_key', 'ads'],
    ['never mind the old one.\ncreate key growth api-key 30', 'create_key', 'growth'],
  ]);
});
