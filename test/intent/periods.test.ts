import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { scanPeriods } from '../../src/intent/periods.js';

describe('periods', () => {
  it.each([
    ['last month', { kind: 'month', monthsAgo: 1 }],
    ['the previous month', { kind: 'month', monthsAgo: 1 }],
    ['this month', { kind: 'month', monthsAgo: 0 }],
    ['so far this month', { kind: 'month', monthsAgo: 0 }],
    ['mtd', { kind: 'month', monthsAgo: 0 }],
    ['two months ago', { kind: 'month', monthsAgo: 2 }],
    ['in the last 30 days', { kind: 'days', days: 30 }],
    ['past two weeks', { kind: 'days', days: 14 }],
    ['over the last 3 months', { kind: 'days', days: 90 }],
    ['last week', { kind: 'days', days: 7 }],
    ['past month', { kind: 'days', days: 30 }],
    ['in march', { kind: 'named-month', month: 3, year: null }],
    ['during october 2025', { kind: 'named-month', month: 10, year: 2025 }],
    ['in sept', { kind: 'named-month', month: 9, year: null }],
  ])('reads "%s"', (text, period) => {
    const scan = scanPeriods(`spend for sales ${text}`);
    expect(scan.found).toEqual([period]);
    expect(scan.text).toContain('xxperiod');
  });

  it.each([
    ['this quarter', { kind: 'quarter', quartersAgo: 0 }],
    ['quarter to date', { kind: 'quarter', quartersAgo: 0 }],
    ['qtd', { kind: 'quarter', quartersAgo: 0 }],
    ['last quarter', { kind: 'quarter', quartersAgo: 1 }],
    ['the previous qtr', { kind: 'quarter', quartersAgo: 1 }],
    ['two quarters ago', { kind: 'quarter', quartersAgo: 2 }],
    ['in q3', { kind: 'named-quarter', quarter: 3, year: null }],
    ['for q2 2026', { kind: 'named-quarter', quarter: 2, year: 2026 }],
  ])('reads the quarter "%s" apart, leaving its words in the text', (text, period) => {
    const scan = scanPeriods(`spend for sales ${text}`);
    expect(scan.found).toEqual([]);
    expect(scan.quarter).toEqual(period);
    expect(scan.text).toBe(`spend for sales ${text}`);
  });

  it('states a quarter only when no other period is stated', () => {
    expect(scanPeriods('saved 2,100 hours in q3. spend so far this month?').found).toEqual([
      { kind: 'month', monthsAgo: 0 },
    ]);
  });

  it('reads no quarter out of a piece of work named by its quarter ("the Q3 accruals", "in Q4 planning")', () => {
    expect(scanPeriods('finance is doing the q3 accruals, spend for september').found).toEqual([
      { kind: 'named-month', month: 9, year: null },
    ]);
    expect(scanPeriods('we talked about it in q4 planning').found).toEqual([]);
    expect(scanPeriods('token for the q3 launch').found).toEqual([]);
  });

  it('reads no month out of "may I" or a name', () => {
    expect(scanPeriods('may i have a token').found).toEqual([]);
    expect(scanPeriods('key for jan on the data team').found).toEqual([]);
  });
});

describe('spend requests', () => {
  it.each([
    ['spend for marketing', 'marketing', null],
    ['what did data-eng spend on bedrock last month', 'data-eng', { kind: 'month', monthsAgo: 1 }],
    ['bedrock cost of the ads team in the last 30 days', 'ads-team', { kind: 'days', days: 30 }],
    ['how much has risk-scoring burned this month', 'risk-scoring', { kind: 'month', monthsAgo: 0 }],
  ])('"%s" is spend for %s', (text, unit, period) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('spend');
    expect(r.businessUnit).toBe(unit);
    expect(r.period).toEqual(period);
  });

  it('reads the period of a history request too', () => {
    const r = parseRequest('history for marketing last week');
    expect([r.intent, r.businessUnit, r.period]).toEqual(['history', 'marketing', { kind: 'days', days: 7 }]);
    const deleted = parseRequest('what got deleted in march');
    expect(deleted.intent).toBe('history');
    expect(deleted.period).toEqual({ kind: 'named-month', month: 3, year: null });
  });

  it("takes someone's own spending for no request", () => {
    for (const text of ['I spent the morning on the key rotation doc', 'what did you spend on lunch'])
      expect(parseRequest(text).intent).toBe('unknown');
  });

  it('keeps a period out of requests that cannot state one', () => {
    const r = parseRequest('key for marketing, we used 40 dollars last month');
    expect(r.period).toBeNull();
  });
});
