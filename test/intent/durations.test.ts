import { describe, expect, it } from 'vitest';
import { scanDurations } from '../../src/intent/durations.js';

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
