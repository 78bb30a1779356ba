/**
 * Round eighteen, speed18: the rules read the business unit on first use (lazy-unit.ts). A parse whose
 * unit was never asked for still carries it, in its place, to every copy and to its JSON; a text that
 * asks for a unit gets it whichever step reads it first.
 */
import { describe, expect, it } from 'vitest';
import { emptyParse } from '../../src/core/request.js';
import { filledAs, withLazyUnit } from '../../src/intent/lazy-unit.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a parse whose unit is read on first use', () => {
  it('reads the unit once, and only when asked', () => {
    let reads = 0;
    const lazy = withLazyUnit({ ...emptyParse(), intent: 'rotate', reason: 'r' }, () => {
      reads += 1;
      return 'growth';
    });
    expect(reads).toBe(0);
    expect(lazy.businessUnit).toBe('growth');
    expect(lazy.businessUnit).toBe('growth');
    expect(reads).toBe(1);
  });
  it('copies and writes as JSON like a plain parse, keys in the same order', () => {
    const plain = { ...emptyParse(), intent: 'revoke' as const, businessUnit: 'ads', reason: 'r' };
    const lazy = withLazyUnit({ ...plain, businessUnit: null }, () => 'ads');
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
    expect(Object.keys({ ...lazy })).toEqual(Object.keys(plain));
    expect({ ...lazy, intent: 'rotate' }).toEqual({ ...plain, intent: 'rotate' });
  });
  it('keeps a value written before it is read, and the problems found', () => {
    const problems = [{ slot: 'region' as const, stated: 'mars-1', reason: 'no Region' }];
    const lazy = withLazyUnit({ ...emptyParse(), intent: 'rotate', problems }, () => 'growth');
    lazy.businessUnit = 'ads';
    expect(lazy.businessUnit).toBe('ads');
    expect(lazy.problems).toBe(problems);
    expect(Object.keys(lazy).at(-1)).toBe('problems');
  });
  it('a reading as another intent reads the unit from the first parse, not before', () => {
    let reads = 0;
    const lazy = withLazyUnit({ ...emptyParse(), intent: 'help' }, () => {
      reads += 1;
      return 'search';
    });
    const other = filledAs(lazy, 'details', 0.7, 'why', (base) => ({ ...base, region: 'eu-west-1' }));
    expect(reads).toBe(0);
    expect(other).toMatchObject({
      intent: 'details',
      businessUnit: 'search',
      region: 'eu-west-1',
      confidence: 0.7,
    });
    expect(reads).toBe(1);
  });
});

describe('the unit of a parse, whichever step reads it first', () => {
  const cases: [string, string, string | null][] = [
    ['rotate the growth key', 'rotate', 'growth'],
    ['please revoke all keys for ads-platform', 'revoke', 'ads-platform'],
    ['deprovision old-analytics', 'deprovision', 'old-analytics'],
    ['what keys does growth have?', 'details', 'growth'],
    ['new api key for the claims-triage unit, 90 days', 'create_key', 'claims-triage'],
    ['how much did search spend last month?', 'spend', 'search'],
    ['when was the ledger-sync key last rotated?', 'history', 'ledger-sync'],
    ['token for 2h please', 'token', null],
    ['list all business units', 'list', null],
    ['how do I rotate a key?', 'help', null],
    ['lost my house keys again lol', 'unknown', null],
  ];
  for (const [text, intent, unit] of cases)
    it(text, () => {
      const parse = parseRequest(text);
      expect(parse.intent).toBe(intent);
      expect(parse.businessUnit).toBe(unit);
    });
});
