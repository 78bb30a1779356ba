import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round twelve (markers): the correction and withdrawal markers stated once (correction-markers.ts),
 * and the values a correction replaces read at the marker, not by their order in the text.
 */
describe('of several periods, the one right after a correction marker is the request’s', () => {
  it.each([
    ['show the key history for march, sorry, i meant for april', { month: 4 }],
    ['history for march, no wait, in april', { month: 4 }],
    ['audit log for sales in january — oops, for february', { month: 2 }],
    ['history for growth in may? nvm, in june', { month: 6 }],
    ['history for the data team for last month, sorry, this month', { kind: 'month', monthsAgo: 0 }],
    ['key history for october... actually for september', { month: 9 }],
    ['history for finance this month — correction: last month', { kind: 'month', monthsAgo: 1 }],
    ['audit log for infra in august, wait no, in july please', { month: 7 }],
  ])('"%s"', (text, period) => {
    expect(parseRequest(text).period).toMatchObject(period);
  });
});

describe('a correction of something else leaves the first period the request’s', () => {
  it.each([
    ['history of sales for march — sorry, i meant growth, the one from april is fine', 3, 'growth'],
    ['audit log for finance in march, sorry i meant treasury (since april they own it)', 3, 'treasury'],
    ['history for payroll in june, actually for people-ops, they took it over in july', 6, 'people-ops'],
    ['what did ml-core do in may? sorry, ml-infra, not the june one', 5, 'ml-infra'],
  ])('"%s"', (text, month, unit) => {
    const r = parseRequest(text);
    expect(r.period).toMatchObject({ month });
    expect(r.businessUnit).toBe(unit);
  });
});

describe('one period and no correction: unchanged', () => {
  it.each([
    ['history for sales in march', 3],
    ['sorry to bother, history for sales in march', 3],
    ['actually, could I see the audit log for april?', 4],
  ])('"%s"', (text, month) => {
    expect(parseRequest(text).period).toMatchObject({ month });
  });
});

describe('a unit corrected after a possessive', () => {
  it.each([
    ["revoke forecasting's key — wait no, revoke benchmarks'", 'benchmarks'],
    ["revoke forecasting's key — wait no, benchmarks' key", 'benchmarks'],
    ["revoke payroll's key. no wait, revoke treasury's", 'treasury'],
    ["rotate marketing's keys — sorry, i meant ads-ops's keys", 'ads-ops'],
    ["rotate the claims key, sorry, underwriters'", 'underwriters'],
    ["revoke ledger's key... oops, billing's", 'billing'],
    ['history for sales last month, no wait, growth; the other one I have', 'growth'],
    ["rotate search's key. nah, ranking's", 'ranking'],
  ])('"%s"', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a possessive after a marker that is no correction leaves the unit', () => {
  it.each([
    ["revoke the sales key — sorry, benchmarks' ci uses it", 'sales'],
    ["rotate the finance key, actually finance's auditors asked for it", 'finance'],
  ])('"%s"', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a command corrected before its object: the command said after the marker', () => {
  it.each([
    ['rotate, no actually revoke the finance key', 'revoke', 'finance'],
    ['deprovision, no actually rotate the ops key', 'rotate', 'ops'],
    ['rotate the payroll key, no sorry, revoke it', 'revoke', 'payroll'],
    ['revoke the finance key — wait no, rotate it', 'rotate', 'finance'],
    ['revoke, no wait, rotate the key for risk-ml', 'rotate', 'risk-ml'],
    ['rotate no sorry revoke the claims key', 'revoke', 'claims'],
    ['revoke the billing key... no actually just rotate it', 'rotate', 'billing'],
    ['rotate, no i meant revoke the key for geo-api', 'revoke', 'geo-api'],
  ])('"%s"', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });
});

describe('a "no" that refuses stays a negation', () => {
  it.each([
    'no, do not revoke the finance key',
    'rotate? no, revoke nothing yet',
    'no actually revoking it would break ci',
    'revoke the finance key. no. leave it',
    'no rotate of the sales key this week',
  ])('"%s" is not acted on', (text) => {
    const r = parseRequest(text);
    expect(r.intent === 'unknown' || r.confidence < 0.9 || r.question !== undefined).toBe(true);
  });
});

describe('the marker table keeps the look-alikes of a correction', () => {
  it.each([
    ['sorry to bother, rotate the sales key', 'rotate', 'sales'],
    ['rotate the sales key, sorry for the late ask', 'rotate', 'sales'],
    ['i meant to ask: revoke the qa key please', 'revoke', 'qa'],
  ])('"%s"', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });
});

describe('a withdrawal word followed by a period or another owner’s name corrects, it takes nothing back', () => {
  it.each([
    ["rotate search's key. nah, ranking's", { intent: 'rotate', businessUnit: 'ranking' }],
    ["rotate search's key. nah, ranking's key", { intent: 'rotate', businessUnit: 'ranking' }],
    ["rotate the sales key. nope, legal's", { intent: 'rotate', businessUnit: 'legal' }],
    ['history for growth in may? nvm, in june', { intent: 'history', period: { month: 6 } }],
    ['audit log for ops in march. scratch that, in april', { intent: 'history', period: { month: 4 } }],
  ])('"%s"', (text, slots) => {
    expect(parseRequest(text)).toMatchObject(slots);
  });
});

describe('a withdrawal followed by a status, a person’s doing or the same name still takes it back', () => {
  it.each([
    'rotate the sales key. nah, it’s fine',
    "rotate the sales key. nah, it's fine",
    "rotate the sales key. nah, tom's on it",
    "revoke the infra key. nvm, infra's",
    "rotate search's key. nah, search's fine as it is",
    "revoke the ads key. never mind, that's sorted",
    'history for sales in may. nvm',
  ])('"%s" is not acted on', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('a bare month right after a correction marker, a month said before it, is the month corrected to', () => {
  it.each([
    ['show the key history for march, sorry, i meant april', { month: 4 }],
    ['show the key history for march. sorry, april', { month: 4 }],
    ['history for last month, no wait, september', { month: 9 }],
    ['audit log for ops in july — oops, june', { month: 6 }],
    ['spend for sales in october, i meant november', { month: 11 }],
    ['history for march, no wait, april please', { month: 4 }],
  ])('"%s"', (text, period) => {
    expect(parseRequest(text).period).toMatchObject(period);
  });
});

describe('a month word after a marker that corrects no month is no period', () => {
  it.each([
    ['sorry, may I see the history for march', { month: 3 }],
    ['history for june. actually, may I also get a token', { month: 6 }],
  ])('"%s"', (text, period) => {
    expect(parseRequest(text).period).toMatchObject(period);
  });
  it('"history for sales, sorry, april is when it happened" states no month asked for', () => {
    expect(parseRequest('history for sales, sorry, april is when it happened').period).toBeNull();
  });
});
