import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round fourteen (speed14b): cheap tests before patterns that most texts cannot match: the glossary
 * step's test in three parts, character pairs before the glued-words, short-name-number and
 * hours-then-minutes rewrites, and the words every match of negation's TAKE_BACK has. These texts sit
 * at the edges of those tests (a verdict glued to its field, "don't." and "let's" split at the
 * apostrophe, a unit of another language glued to its number, glued phone typing, a tab before a
 * name's number): each expectation is the answer of main's build before the change (intent, unit, and
 * the token's lifetime in seconds or the key's in days).
 */
describe('gated rewrites and take-backs read what the full patterns read', () => {
  it.each([
    // (A verdict glued to its field takes the request back since the cheap hint learnt the verdict words.)
    ['rotate the ads key. status:rejected', 'unknown', null, null],
    ['create a key for growth. decision:declined', 'unknown', null, null],
    ['revoke the growth key, hmm, nope', 'unknown', null, null],
    ["rotate growth's key. don't.", 'unknown', null, null],
    ["revoke the key for ads. let's wait", 'unknown', null, null],
    ['token for growth 2h. ignore, wrong acct', 'unknown', null, null],
    ['rotate the ads key, nah', 'unknown', null, null],
    ["revoke the ads key. it's working again", 'unknown', null, null],
    ['revoke the ads key, on second thought no', 'unknown', null, null],
    ['rotate the search key jk', 'unknown', null, null],
    ['rotate the key for the nope team', 'unknown', null, null],
    ['create a key for doable', 'create_key', 'doable', null],
    ['token 12 stunden bitte für growth', 'token', null, 43200],
    ['token for growth 3std', 'token', null, 10800],
    ['token por favor for ads', 'token', null, null],
    ['buenos dias, token for ads 2h', 'token', null, 7200],
    ['bitte token growth', 'token', null, null],
    ['tokenfor growth', 'token', null, null],
    ['keypls for ads', 'create_key', 'ads', null],
    ['tokfor ads 2h', 'token', null, 7200],
    ['pls3 hours token for growth', 'token', null, null],
    ['rotate the key for hack 12', 'rotate', 'hack-12', null],
    ['token for squad\t7', 'token', null, null],
    ['token for team 3 hours', 'token', null, 10800],
    ['token 2h 30 for growth', 'token', null, 9000],
    ['token for growth 1 hour and 30', 'token', null, 5400],
    ['token 3 hrs 15 for ads', 'token', null, 11700],
    ['token for growth two days n a half', 'token', null, null],
  ] as const)('%j', (text, intent, unit, life) => {
    const p = parseRequest(text);
    expect([p.intent, p.businessUnit, p.ttlSeconds ?? p.expiryDays ?? null]).toEqual([intent, unit, life]);
  });
});
