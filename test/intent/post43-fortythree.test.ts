import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round forty-three, after the merge: readings the retrained classifier no longer rescued, and a dash now read as a
 * spaced hyphen (typography.ts), held by rules of their own, with look-alikes that must not move.
 */
const ACTING = new Set(['token', 'create_key', 'rotate', 'revoke', 'deprovision']);

describe('read by their own rules', () => {
  it.each([
    ['before anybody revokes the ads-ranker key - the demo tomorrow needs it', { intent: 'unknown' }],
    ['hold on, before someone rotates the growth key - the cron still reads it', { intent: 'unknown' }],
    ['I got a 2h token but it expired already, another one pls', { intent: 'token' }],
    ['my token died an hour ago, so one more please', { intent: 'token' }],
    ['what region do tokens get issued in?', { intent: 'help' }],
    ['*Summary:* Bedrock workshop for the growth team', { intent: 'unknown' }],
    [
      "approval of billing-sync's api key - who signed it off?",
      { intent: 'history', businessUnit: 'billing-sync' },
    ],
    [
      'token for 2h... never mind, I don’t need it anymore',
      { intent: 'unknown', reason: 'request withdrawn' },
    ],
  ])('%j', (text, expected) => {
    expect(parseRequest(text)).toMatchObject(expected);
  });

  it.each([
    'before anybody uses it again - revoke the vendor-matching key',
    'token for 2h, another one for Sam tomorrow',
  ])('a request after the same words still asks: %j', (text) => {
    expect(ACTING.has(parseRequest(text).intent)).toBe(true);
  });

  it.each([
    'which region is the london team in?',
    'we got a token yesterday and another one is planned',
    'approval of the budget for the growth team - who signed it off?',
  ])('nothing of ours acted on: %j', (text) => {
    const read = parseRequest(text);
    expect(ACTING.has(read.intent) && read.question === undefined).toBe(false);
  });
});
