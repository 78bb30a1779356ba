import { describe, expect, it } from 'vitest';
import { scanDurations } from '../../src/intent/durations.js';
import { parseRequest } from '../../src/intent/parse-request.js';

const seconds = (text: string): number[] => scanDurations(text).found.map((d) => d.seconds);

describe('scanDurations', () => {
  it.each([
    ['6h', 21_600],
    ['90m', 5400],
    ['45 min', 2700],
    ['30 minutes', 1800],
    ['1.5 hours', 5400],
    ['an hour', 3600],
    ['half an hour', 1800],
    ['2 hours', 7200],
    ['12h', 43_200],
    ['1h30m', 5400],
    ['1 hour 30 minutes', 5400],
    ['an hour and a half', 5400],
    ['twelve hours', 43_200],
    ['4 hrs', 14_400],
  ])('%s', (text, want) => {
    expect(seconds(text)).toEqual([want]);
    expect(scanDurations(text).found[0]?.dayUnit).toBe(false);
  });

  it('marks day-or-longer units as key lifetimes', () => {
    const found = scanDurations('expires in 90 days, or 2 weeks, or 3 months, a 30-day key').found;
    expect(found.map((d) => [d.seconds / 86_400, d.dayUnit])).toEqual([
      [90, true],
      [14, true],
      [90, true],
      [30, true],
    ]);
  });

  it('leaves words and region codes alone', () => {
    expect(seconds('a model in us-east-1 for me')).toEqual([]);
    expect(seconds('2 more keys')).toEqual([]);
  });
});

/** Word numbers, fractions and shorthand in general, inside a request. */
describe('token lifetimes as people write them', () => {
  it.each([
    ['token for three quarters of an hour', 2700],
    ['token for four and a half hours', 16200],
    ['token 2 and a half hours', 9000],
    ['token for an hour and a half', 5400],
    ['token 1,5h', 5400],
    ['token for 90 min.', 5400],
    ['i need another 4 hours on my token', 14400],
    ['give me a token for another two hours', 7200],
    ['token for two and a quarter hours', 8100],
    ['token for one hour and a quarter', 4500],
    ['token for a quarter of an hour', 900],
    ['token for twenty-five minutes', 1500],
    ['token for forty five mins', 2700],
    ['token for 1h30', 5400],
    ['token for 1 hr 15 min', 4500],
    ['token for 2hrs', 7200],
    ['token for 3hs', 10800],
    ['token 6hr pls', 21600],
    ['token for a couple of hours', 7200],
    ['token for half a day', 43200],
    ['tok 3/4h', 2700],
    ['token 2 std pls', 7200],
    ['token for 1,5 std please', 5400],
    ['two hours and twenty minutes of token, please', 8400],
    ['token for one hour and 15 minutes', 4500],
    ['Can I have a token for to hours', 7200],
    ['token for for hours please', 14_400],
    ['bhai mujhe ek token chahiye, 2 ghante ke liye', 7200],
  ])('%s → %s s', (text, want) => {
    expect(parseRequest(text).ttlSeconds).toBe(want);
  });
});

/** A value that cannot be right is refused with its reason, never clamped to a limit. */
describe('impossible lifetimes', () => {
  it.each([
    ['token for 48 hours', ['ttlSeconds']],
    ['token -1h', ['ttlSeconds']],
    ['token 0m', ['ttlSeconds']],
    ['token for 5 min', ['ttlSeconds']],
    ['token for 13 hours', ['ttlSeconds']],
    ['token for 2 days', ['ttlSeconds']],
    ['key for sales 0 days', ['expiryDays']],
    ['token for minus one hour', ['ttlSeconds']],
  ])('%s → invalid %j', (text, slots) => {
    const r = parseRequest(text);
    expect(r.ttlSeconds).toBeNull();
    expect(r.expiryDays).toBeNull();
    expect((r.problems ?? []).map((p) => p.slot)).toEqual(slots);
  });
});

/** Key lifetimes in days: a month is 30, a quarter 90; an age is no lifetime. */
describe('key lifetimes', () => {
  it.each<[string, number | null]>([
    ['key for sales valid for a month', 30],
    ['key for sales valid for a quarter', 90],
    ['key for sales, one year', 365],
    ['key for sales expiring in 2 weeks', 14],
    ['key for ads, six months', 180],
    ['key for ads for half a year', 180],
    ['the key is 60 days old, rotate it for marketing', null],
    ['marketing key created 90 days ago, please rotate', null],
    ['create key bu:growth days:30 owner:ana@acme.io', 30],
    ['create key --bu growth --days 30', 30],
    ['key for sales, days=90', 90],
    ['create_key bu=search-api kind=api-key exp=90', 90],
    ['necesitamos una key para el equipo latam-sales, por 6 meses, gracias', 180],
    ['Wir brauchen einen key für team Einkauf, bitte für 6 Monate', 180],
    ['api key for team pricing-ml expires in 30 dsys', 30],
    ['key for collections-india, 1 saal', 365],
  ])('%s → %s days', (text, want) => {
    expect(parseRequest(text).expiryDays).toBe(want);
  });
});
