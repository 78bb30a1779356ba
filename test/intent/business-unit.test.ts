import { describe, expect, it } from 'vitest';
import { normalizeBusinessUnit } from '../../src/intent/business-unit.js';

describe('normalizeBusinessUnit', () => {
  it.each([
    ['Marketing Team', 'marketing-team'],
    ['data_science', 'data-science'],
    ['Production-API', 'production-api'],
    ["Marketing's", 'marketing'],
    ['R&D!', 'rd'],
    ['  --sales--  ', 'sales'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeBusinessUnit(raw)).toBe(want);
  });

  it('returns null when nothing is left', () => {
    expect(normalizeBusinessUnit('!!!')).toBeNull();
  });
});
