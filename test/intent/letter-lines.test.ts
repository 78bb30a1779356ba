import { describe, expect, it } from 'vitest';
import { letterRanges } from '../../src/intent/letter.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';

/** The lines of a message that letter.ts leaves out as the letter around the request. */
function leftOut(text: string): string[] {
  const p = prepare(text).text;
  return letterRanges(p).map(([a, b]) => p.slice(a, b).trim());
}

describe("a signature's phone number is left out", () => {
  it.each([
    ['token for 2h\nTel: 030 1234567', 'tel: 030 1234567'],
    ['token 2h\nM: 0171 234 5678', 'm: 0171 234 5678'],
    ['rotate the ads key\nPriya Nair\n+91 98450 67890', '+91 98450 67890'],
  ])('%s', (text, line) => {
    expect(leftOut(text)).toContain(line);
  });

  it('an unlabelled number under a sign-off', () => {
    const text = 'Hello,\n\nA token for 1 hour please.\n\nBest regards,\nAiko Mori\n03 5555 0142';
    expect(leftOut(text).some((l) => l.endsWith('03 5555 0142'))).toBe(true);
    expect(parseRequest(text).ttlSeconds).toBe(3600);
  });

  it('the office in a signature names no Region', () => {
    const parse = parseRequest('Token for 3 hours please.\n\nCheers,\nNiamh\nDublin | +353 1 555 0133');
    expect(parse.intent).toBe('token');
    expect(parse.region).toBeNull();
  });
});

describe('a line of digits outside a signature is part of the message', () => {
  it.each([
    'please create a key for growth in this account\n123456789012\nthanks',
    'revoke the key with id\n4817 2290 1133 07',
    'rotate key 12345678\nthanks',
    'details for the billing account:\n0042 7781 3390',
  ])('%s', (text) => {
    expect(leftOut(text).some((l) => /\d{4}/.test(l))).toBe(false);
  });
});
