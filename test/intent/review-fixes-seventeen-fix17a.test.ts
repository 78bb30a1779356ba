import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round seventeen's review (fix17a): take-backs and corrections. The reviewer's texts, sentences of our
 * own of the same kind, and look-alikes whose reading must not change.
 */

describe('items 0-1: whom one speaks to, or the unit withdrawn, names no correction: the take-back holds', () => {
  it.each([
    // The reviewer's
    "revoke the infra key. nvm, infra's",
    'rotate the key for the nope team',
    'revoke the ads key? nope, sorry team',
    'revoke the ads key? nope sorry team',
    'deprovision growth? nah, sorry team',
    'deprovision growth? nope, the team',
    'revoke the ads key? nope. sorry team!',
    'revoke the ads key? nah, bot',
    'revoke the ads key? nope, sorry ops',
    // Our own
    'rotate the billing key? nah, sorry folks',
    'revoke growth? nope, sorry everyone',
    'deprovision the search unit? nah, guys',
    'rotate the kyc key. nope, sorry squad',
    "rotate ranking's key. nah, ranking's",
    'revoke the fraud key? nope sorry crew',
    'revoke the ads key? nope, all',
    'rotate the ads key? nope, ads team',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('item 2: a time or an unnamed "which" after the take-back names no unit', () => {
  it.each([
    // The reviewer's
    'rotate the ads key? nope, 5pm',
    'rotate the ads key? nope, 10am',
    'rotate the ads key? nah, different team',
    'revoke the ads key? nope, security team',
    // Our own
    'rotate the ads key? nope, 10:30am',
    'revoke the growth key? nah, q3',
    'deprovision search? nope, h2',
    'rotate the kyc key? nah, tomorrow',
    'revoke the fraud key? nope, other team',
    'rotate the billing key? nah, wrong one',
    'revoke the ads key? nope, another team',
    'rotate payments? nope, same team',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('item 3: "no" after a question, then a word that names nothing, takes the request back', () => {
  it.each([
    // The reviewer's
    'rotate payments? no, kidding',
    'revoke the ads key? no, sorry, never',
    'deprovision growth? no, sorry, oops',
    // Our own
    'rotate payments? no',
    'revoke the growth key? no.',
    'rotate the kyc key? nah',
    'deprovision search? no, sorry',
    'revoke the fraud key? no, joking',
    'rotate the billing key? no, never mind me',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('look-alikes: a unit named alone, a value, or a new command after the take-back still correct', () => {
  it.each([
    ['revoke the ads key? nope, billing', { intent: 'revoke', businessUnit: 'billing' }],
    ['revoke the ads key? nope, sorry, billing', { intent: 'revoke', businessUnit: 'billing' }],
    ['rotate the ads key? nah, the growth one', { intent: 'rotate', businessUnit: 'growth' }],
    ["revoke the ads key? nope, billing's", { intent: 'revoke', businessUnit: 'billing' }],
    ['rotate the ads key? no, billing', { intent: 'rotate', businessUnit: 'billing' }],
    ["rotate search's key. nah, ranking's", { intent: 'rotate', businessUnit: 'ranking' }],
    ['revoke the ads key? nope, legal team', { intent: 'revoke' }],
    ['token for ads 2h? no, 4h', { intent: 'token', ttlSeconds: 14_400 }],
    ['rotate ads at 10:30am', { intent: 'rotate', businessUnit: 'ads' }],
    ['rotate the key for the legal team', { intent: 'rotate', businessUnit: 'legal-team' }],
  ])('"%s"', (text, slots) => {
    expect(parseRequest(text)).toMatchObject(slots);
  });
});
