import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { plainTypography } from '../../src/intent/typography.js';

const oneByte = (s: string): boolean => serialize(s)[2] === 0x22;

describe('typographic quotes and spaces are read as plain ones (typography.ts)', () => {
  it.each([
    ['I’m locked out, token for 2h pls', "I'm locked out, token for 2h pls"],
    ['key for “growth-ml”, owner ana@acme.com', 'key for "growth-ml", owner ana@acme.com'],
    ['rotate the ‘ads’ key\u200b please', "rotate the 'ads' key please"],
    ['token for 2\u2009h in eu\u2011west-1', 'token for 2 h in eu\u2011west-1'],
    ['deprovision phil 3 — the course is gone', 'deprovision phil 3 - the course is gone'],
    ['token for 2–3 hours', 'token for 2-3 hours'],
  ])('%j reads as %j, held one byte a character when nothing else is past Latin-1', (typed, plain) => {
    const out = plainTypography(typed);
    expect(out).toBe(plain);
    expect(oneByte(out)).toBe(![...plain].some((c) => c.charCodeAt(0) > 0xff));
  });

  it('text in other scripts and emoji stay as typed', () => {
    expect(plainTypography('トークンを2時間お願いします')).toBe('トークンを2時間お願いします');
    expect(plainTypography('token 2h 🙏 it’s urgent')).toBe("token 2h 🙏 it's urgent");
    expect(plainTypography('ABSK… is the key — rotate it')).toBe('ABSK… is the key - rotate it');
  });

  it.each([
    ["delete the whole unit for PHIL 3 - the course isn't offered anymore", 'phil-3'],
    ['api key for hack 12 - plant hackathon on friday, 7 days is enough', 'hack-12'],
    ['rotate the key for cohort 12 - the old one leaked', 'cohort-12'],
  ])('a spaced hyphen ends a short name and its number as a dash does: %j', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['I’m locked out of prod, token for 2h pls', { intent: 'token', ttlSeconds: 7200 }],
    [
      'can you rotate the “fraud-ml” key? it’s in a screenshot',
      { intent: 'rotate', businessUnit: 'fraud-ml' },
    ],
    ['don’t revoke the ads key, it’s fine', { intent: 'unknown' }],
    [
      'delete the whole unit for PHIL 3 — the course isn’t offered anymore',
      { intent: 'deprovision', businessUnit: 'phil-3' },
    ],
    [
      'api key for hack 12 — plant hackathon on friday, 7 days is enough',
      { intent: 'create_key', businessUnit: 'hack-12', expiryDays: 7 },
    ],
  ])('%j is read as its plain spelling is', (typed, expected) => {
    expect(parseRequest(typed)).toMatchObject(expected);
    expect(parseRequest(typed)).toEqual(parseRequest(plainTypography(typed)));
  });
});
