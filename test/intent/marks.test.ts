import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { scanDurations } from '../../src/intent/durations.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { markPasted } from '../../src/intent/pasted.js';
import { scanPeriods } from '../../src/intent/periods.js';
import { prepare } from '../../src/intent/prepare.js';
import { scanRegions } from '../../src/intent/regions.js';

/**
 * V8 keeps a string one byte a character only while every character fits in Latin-1; the serializer says which form
 * a string is held in ('"' one byte a character, 'c' two). A pattern run on a two-byte string is compiled a second
 * time for that width and both copies are kept: the parser's marks must not make a one-byte text two-byte (marks.ts).
 */
const oneByte = (s: string): boolean => serialize(s)[2] === 0x22;

describe('the parser marks what it lifts without widening the text (marks.ts)', () => {
  it.each([
    ['a Region', () => scanRegions('token in frankfurt for 2h').text, 'xxregion'],
    ['a duration', () => scanDurations('token for 2 and a half hours').text, 'xxdur'],
    ['a period', () => scanPeriods('history for growth last month').text, 'xxperiod'],
    [
      'a pasted block',
      () => markPasted('new one pls\n```ExpiredTokenException: token expired```'),
      'new one',
    ],
    ['an emoji code', () => prepare('token for 2h :pray: thanks').text, 'xxdur'],
    ['accents taken off', () => prepare('un token para el equipo de diseño por 2 horas').text, 'diseno'],
  ])('%s: the text stays one byte a character', (_kind, read, expected) => {
    const text = read();
    expect(text).toContain(expected);
    expect(oneByte(text)).toBe(true);
  });

  it('a text typed past Latin-1 is still read whole, then held one byte a character', () => {
    const p = prepare('token for 2h in frankfurt — thanks ’n all');
    expect(p.durations[0]?.seconds).toBe(7200);
    expect(p.regions[0]?.code).toBe('eu-central-1');
    expect(oneByte(p.text)).toBe(true);
  });

  it.each([
    ['token \u00010\u0001 for 2h', { intent: 'token', ttlSeconds: 7200, region: null }],
    ['token for \u00030\u0003 2h in eu-west-1', { intent: 'token', ttlSeconds: 7200, region: 'eu-west-1' }],
    ['history for growth \u00020\u0002', { intent: 'history', businessUnit: 'growth', period: null }],
    ['token 3h\u0004 please', { intent: 'token', ttlSeconds: 10800 }],
    ['token \u00052h\u0006 in eu-west-1 please', { intent: 'token', ttlSeconds: 7200, region: 'eu-west-1' }],
  ])('a mark typed in a message is read as a space: %j', (text, expected) => {
    expect(parseRequest(text)).toMatchObject(expected);
  });
});
