/**
 * Round twenty-two, the lead (from units22's report, which found "create access for Dave" acted on a unit
 * "dave"): a person's given name alone names no unit (data README: a person names no unit), so no IAM user
 * is made, rotated or revoked for "dave"; the request asks instead. A group of the person's, a system named
 * with a noun after it, and a unit that happens to be a short word ("seo") keep their readings.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

describe('a given name alone is no unit', () => {
  it.each([
    'create access for Dave',
    'create a key for dave',
    'key for Priya please',
    'new api key for Tom, 90 days',
  ])('%j names no unit and is not acted on', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
    expect(acted(text)).toBe(false);
  });
});

describe('a rotation or revocation for a person names no unit (the bot then asks which unit: core/text-requests.ts)', () => {
  it.each(['rotate the key for sam', 'revoke the key for jane'])('%j', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('names that are units keep them', () => {
  exactly([
    // (a unit taken down by a person's name is named so: round seventeen's "offboard alex 2" → alex)
    { text: 'deprovision priya', intent: 'deprovision', businessUnit: 'priya' },
    { text: 'create key for seo', intent: 'create_key', businessUnit: 'seo' },
    { text: 'Dana needs a key for payroll', intent: 'create_key', businessUnit: 'payroll' },
    { text: 'rotate the key for max-pricing', intent: 'rotate', businessUnit: 'max-pricing' },
  ]);
});
