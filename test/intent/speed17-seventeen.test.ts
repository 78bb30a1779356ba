import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { wordsIn } from '../../src/intent/words-in.js';

// Round seventeen (speed17): the words of a string are read once however often a parse asks for them
// (words-in.ts keeps the last eight strings' lists). The kept lists may never change an answer.

const WORD = /[a-z0-9_']+/g;
const fresh = (text: string): string[] => text.match(WORD) ?? [];

const TEXTS = [
  '',
  '   ',
  '?!',
  "growth's key, please",
  'rotate the key for search-api',
  'rotate the key for search_api',
  'token 2h xxregion for xxemail pls',
  "we'd like a key for the ads team. it's for the q3 launch",
  'the release is for 45 minutes tonight, i need access for 2 hours',
  'revoke xxkeyid — no wait, keep it',
];

describe('words-in: the words of a string, read once', () => {
  it('gives the words the pattern finds, asked once or again', () => {
    for (const text of TEXTS) {
      expect(wordsIn(text)).toEqual(fresh(text));
      expect(wordsIn(text)).toEqual(fresh(text));
    }
  });

  it('keeps no list past the last eight strings, and never mixes two strings up', () => {
    const many = Array.from({ length: 40 }, (_, i) => `key ${i} for unit${i % 9}`);
    for (const text of many) expect(wordsIn(text)).toEqual(fresh(text));
    for (const text of [...many].reverse()) expect(wordsIn(text)).toEqual(fresh(text));
    // (Two strings of the same length and other words.)
    expect(wordsIn('rotate ads')).toEqual(['rotate', 'ads']);
    expect(wordsIn('revoke ml1')).toEqual(['revoke', 'ml1']);
    expect(wordsIn('rotate ads')).toEqual(['rotate', 'ads']);
  });

  it('parses a text the same the first time and again after others', () => {
    const texts = [
      'rotate the key for search-api please',
      'Our key leaked in a screenshot. Rotate the growth key, please.',
      'when the contractor leaves we will need to revoke their key',
      'can I get a token for 2h in tokyo?',
      'hey team, happy friday',
      'what does recsys have? key kind, expiry, owner?',
    ];
    const first = texts.map((t) => JSON.stringify(parseRequest(t)));
    for (const t of [...texts].reverse()) parseRequest(t);
    expect(texts.map((t) => JSON.stringify(parseRequest(t)))).toEqual(first);
  });
});
