/**
 * speed15: joined-units.ts now tries each of its patterns with any unit-shaped name first (compiled
 * once) and runs the unit's own pattern only where that one matches. The answers must not change:
 * two units still ask which first, whatever the pattern, and look-alikes with "and" still do not.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

const asksWhichFirst = (text: string): string | undefined => parseRequest(text).question?.text;

describe('two units named for one action still ask which first', () => {
  it.each([
    ["rotate growth's and ads' keys", ['growth', 'ads']],
    ['revoke the fraud-ml key and the risk key', ['fraud-ml', 'risk']],
    ['rotate the keys for claims-ai and billing please', ['claims-ai', 'billing']],
    ['deprovision old-analytics and legacy-etl', ['old-analytics', 'legacy-etl']],
    ['revoke the search, ads and risk keys', ['search', 'ads', 'risk']],
    ['rotate the keys for growth, payments and ledger', ['growth', 'payments', 'ledger']],
    ['revoke the card-ops key. also the card-disputes key', ['card-ops', 'card-disputes']],
    ['rotate the geo_web key and the geo-routing key', ['geo-web', 'geo-routing']],
  ])('%s', (text, units) => {
    const question = asksWhichFirst(text);
    expect(question).toMatch(/units: I do one request at a time/);
    for (const u of units) expect(question).toContain(u);
  });
});

describe('look-alikes with "and" ask no "which first"', () => {
  it.each([
    'please set up a long-lived key for the payments team and make <@W012A3CDE> the owner',
    'rotate the growth key and tell me when it is done',
    'revoke the ads key and the old one too',
    'create a key for search-ranking and send it to me',
    'deprovision nimbus and archive its logs',
    'rotate the risk key and also my token',
  ])('%s', (text) => {
    expect(asksWhichFirst(text) ?? '').not.toMatch(/I do one request at a time/);
  });
});
