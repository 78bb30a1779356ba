import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round forty-five, the lead's own kinds (not from a blind file).
 */
const ACTING = new Set(['token', 'create_key', 'rotate', 'revoke', 'deprovision']);

describe('one more key for the unit of a negated change (negation.ts keyMadeBesides)', () => {
  // The old key stays and another is made: a long-term key of the unit named with the change said no to, never a
  // token for the writer (the rules' reading of "a key for them") nor nothing at all. Asked first: the text says no.
  it.each([
    [
      "don't rotate cargo-ocr, just create a second api key for them",
      { intent: 'create_key', businessUnit: 'cargo-ocr', keyKind: 'api-key' },
    ],
    [
      "don't rotate product-copy, just create a second key for it",
      { intent: 'create_key', businessUnit: 'product-copy' },
    ],
    [
      "don't rotate the cargo-ocr key, just create a second one for them",
      { intent: 'create_key', businessUnit: 'cargo-ocr' },
    ],
    [
      'no need to revoke the growth key, make another one for it',
      { intent: 'create_key', businessUnit: 'growth' },
    ],
    [
      "don't revoke ml-ops's access key, just make another access key for them please",
      { intent: 'create_key', businessUnit: 'ml-ops', keyKind: 'access-key' },
    ],
  ])('%j', (text, expected) => {
    expect(parseRequest(text)).toMatchObject(expected);
  });

  it.each([
    "don't rotate the playlist, just make a new one for them",
    "they didn't rotate cargo-ocr, they created another key",
    "don't rotate cargo-ocr yet; we'll create another key for them next week",
  ])('%j makes nothing', (text) => {
    expect(ACTING.has(parseRequest(text).intent)).toBe(false);
  });
});
