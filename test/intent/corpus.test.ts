import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { CORPUS } from './corpus.js';

const SLOTS = ['businessUnit', 'owner', 'ttlSeconds', 'region', 'keyKind', 'expiryDays'] as const;

describe('request corpus', () => {
  it('has at least 150 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CORPUS)('%s', (text, expected) => {
    const got = parseRequest(text);
    const want: Record<string, unknown> = { intent: expected.intent };
    const have: Record<string, unknown> = { intent: got.intent };
    for (const slot of SLOTS) {
      want[slot] = expected[slot] ?? null;
      have[slot] = got[slot];
    }
    for (const extra of ['keyId', 'all', 'longTerm', 'provider'] as const) {
      if (extra in expected) {
        want[extra] = expected[extra];
        have[extra] = got[extra];
      }
    }
    expect(have).toEqual(want);
  });
});
