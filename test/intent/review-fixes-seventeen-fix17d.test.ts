import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round seventeen's review (fix17d, items 4-7): a history question followed by a command of ours, a
 * request with "in theory" after it (approval stays a condition), a need of ours after a sentence of doubt, and
 * the polite words before a keeping written once. The reviewer's texts, sentences of our own of the
 * same kind, and look-alikes whose reading must not change.
 */

describe('item 4: a later sentence commanding our change is no history question, and it waits for the answer', () => {
  it.each([
    // The reviewer's
    ['was the ads key rotated after the leak? if not, rotate it now please', 'rotate', 'ads'],
    ['has the kyc key been rotated since the incident? if not please rotate it', 'rotate', 'kyc'],
    // Our own
    ["was the payments key revoked before the outage? if it wasn't, revoke it", 'revoke', 'payments'],
    [
      'has the growth key been rotated since monday? if not, please rotate the growth key',
      'rotate',
      'growth',
    ],
    [
      "who's been rotating the obs-charting key? stop it. rotate it once more please",
      'rotate',
      'obs-charting',
    ],
    ['was the search key revoked after the incident? if not, please revoke it', 'revoke', 'search'],
  ])('"%s" is %s for %s, asked about, never acted on', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(acted(text)).toBe(false);
  });
  it('"were the search keys rotated after the breach? rotate them now if not" is no history question', () => {
    const text = 'were the search keys rotated after the breach? rotate them now if not';
    expect(parseRequest(text).intent).not.toBe('history');
    expect(acted(text)).toBe(false);
  });
  it.each([
    // Look-alikes: the question alone, or with a remark, stays history
    'was the ads key rotated after the leak?',
    'has the kyc key been rotated since the incident?',
    'was the trust-safety key rotated before or after 02:00?',
    'when was the last rotation on payments-gateway?',
    'who has been revoking the ads keys lately?',
    'has the kyc key been rotated since the incident? just checking',
    'was the ads key rotated after the leak? asking for the postmortem',
  ])('"%s" stays history', (text) => {
    expect(parseRequest(text).intent).toBe('history');
  });
});

describe('item 5: "in theory" after the request hedges no unmarked request; approval is a condition', () => {
  it.each([
    // The reviewer's
    ['can i get a token for 2h, in theory the cli picks it up', 7200],
    // Our own
    ['can i get a token for 3h, in principle the sdk reads it', 10800],
    ['could i get a token for 1h, theoretically the env var is enough', 3600],
  ])('"%s" is a token for %i seconds', (text, ttl) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(ttl);
  });
  it.each([
    // Look-alikes: hedged before the request, on someone's say, or asked with its question mark
    'just curious, could I have a 12h token for my boss if he asked?',
    'in theory could i get a token for a day',
    'hypothetically, could I get a 16h token?',
    'if my manager agrees could i have a token for 8h',
    'can i get a token for someone else',
    "with my manager's approval, could I get a 24h token?",
    // On a condition, with or without its question mark (the data README: "with CAB approval" is one;
    // the reviewer read "with my manager's approval, can i get a token for 8h" as approval stated, the
    // convention as approval supposed, and the convention stands)
    "with my manager's approval, can i get a token for 8h",
    "with my lead's approval, could i get a token for 4h",
    'with the approval of my manager, can i get a token for 6h',
  ])('"%s" stays help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acted(text)).toBe(false);
  });
  it.each([
    ['could i get a token for 8h', 28800],
    ['with approval from Sam, token 6h please', 21600],
  ])('"%s" stays a token', (text, ttl) => {
    expect(parseRequest(text).intent).toBe('token');
    expect(parseRequest(text).ttlSeconds).toBe(ttl);
  });
});

describe('item 6: a need of ours after a sentence of doubt alone asks nothing', () => {
  it.each([
    // The reviewer's
    'Not sure. We need to rotate the payments key',
    // Our own
    'Maybe. We need to rotate the ads key',
    'No idea. We need to revoke the growth key',
    'Dunno. we need to rotate the kyc key',
    'Hmm, no idea tbh. We need to rotate the search key',
    'Perhaps. we must revoke the ranking key',
    'idk. we need to rotate the billing key',
    "I don't know. We have to rotate the fraud key",
  ])('"%s" is no rotate or revoke', (text) => {
    expect(['unknown', 'help']).toContain(parseRequest(text).intent);
    expect(acted(text)).toBe(false);
  });
  it.each([
    // Look-alikes: a need told with no doubt before it is still asked about first
    ['We need to rotate the payments key', 'rotate'],
    ['Sure. We need to rotate the payments key', 'rotate'],
    ['The ads key leaked. We need to rotate the ads key', 'rotate'],
    ['Not sure which one broke. We need to rotate the payments key', 'rotate'],
  ])('"%s" stays %s, asked about', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acted(text)).toBe(false);
  });
});

describe('item 7: the polite words before a keeping (one source) still take the request back', () => {
  it.each([
    'rotate the ads key? no, thanks, please keep it',
    'deprovision growth? nah, pls leave it',
    'revoke the kyc key? no thank you — keep it',
    'rotate the ledger key? nope. kindly leave it, finance still runs the job on it',
    'rotate it? please keep the old one active for a day',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});
