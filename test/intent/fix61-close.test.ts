/**
 * Round sixty-one, at its close: two readings the closing retrain exposed, fixed where they are read rather than left to
 * the classifier.
 *  - a supposition asking what would break, whatever the words name ("hypothetically, if we shut down the pricing unit,
 *    what would break?" read as that unit's details, or a deprovision): the team weighing it, nothing asked
 *    (fallout-wondered.ts, now past any reading, not only help);
 *  - "same owner as the token": a comparison with another credential's owner, so "as" is never reported as an owner
 *    that cannot be right (slots.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a supposition asking what would break is never a request', () => {
  it.each([
    'hypothetically, if we shut down the returns unit, what would break?',
    'hypothetically if we deprovisioned the search unit what would break',
    'suppose we revoked the ledger-sync key, what might stop working?',
  ])('%s', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('unknown');
    expect(r.question).toBeUndefined();
  });

  it('the request itself, without the supposition, still acts', () => {
    expect(parseRequest('deprovision the search unit').intent).toBe('deprovision');
  });
});

describe('"same owner as" compares owners and states none', () => {
  it.each([
    'api key for checkout, same owner as the token?',
    'new key for fraud-lab, same owner as last time',
  ])('%s', (text) => {
    const r = parseRequest(text);
    expect(r.owner).toBeNull();
    expect((r.problems ?? []).filter((p) => p.slot === 'owner')).toEqual([]);
  });

  it('an owner that cannot be right is still reported', () => {
    const r = parseRequest('new key for fraud-lab, owner banana');
    expect((r.problems ?? []).map((p) => p.slot)).toContain('owner');
  });
});
