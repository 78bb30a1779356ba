/**
 * Round eleven's lead fixes: the blind set's last false action, and what the review found, each with the
 * look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe("a meme's format is a joke, not a request", () => {
  it.each([
    'me: needs a token. also me: forgets to ask for it for 3 hours',
    'nobody:\nliterally nobody:\nme: rotating the growth key at 3am',
    'pov: you asked for a 12h token and it expired during lunch',
    'no one: \nthe platform team: revoke every key on a friday',
    'me irl: create a key for sales-ops, forget where i put it',
  ])('"%s" is unknown', (t) => {
    const r = parseRequest(t);
    expect(acts(r)).toBe(false);
    expect(r.intent).toBe('unknown');
  });
  it.each([
    ['token 3h pls, owner: me', 'token'],
    ['key for growth, owner: me, 90 days', 'create_key'],
    ['for: me. token 2h', 'token'],
  ])('"%s" is still a request', (t, intent) => {
    expect(parseRequest(t).intent).toBe(intent);
  });
});
