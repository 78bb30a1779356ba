/**
 * Round eighteen, units18b: the unit named after a verb phrase ("the key held by X", "the key X uses",
 * "every key X has"), names cut short ("the control room team", "winter readiness week") and a
 * person's login ("the tom account"). Sentences of our own, written before the parser's answer was
 * looked at, with look-alikes that must not change (people, lifetimes, keys "from" an occasion).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

/** Only the unit: the intent of these is the intent rules' (a person's account alone asks nothing of ours). */
const unitOf = (rows: [text: string, unit: string | null][]) =>
  it.each(rows)('%j', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

describe('the holder named in a clause after a key is the unit', () => {
  reads([
    ['revoke the key held by the Claims Automation Unit', 'revoke', 'claims-automation'],
    ['rotate the keys used by the search team', 'rotate', 'search-team'],
    ['revoke the key run by the Fraud Analytics Desk today', 'revoke', 'fraud-analytics-desk'],
    ['revoke the key the payments team uses', 'revoke', 'payments-team'],
    ['rotate the key the Data Platform Office uses, it leaked', 'rotate', 'data-platform-office'],
    ['rotate every key the Permits Office has', 'rotate', 'permits-office'],
    ['please rotate all the keys the Marketing Analytics team owns', 'rotate', 'marketing-analytics-team'],
    ['revoke the key held by the Parks Department once the pilot ends', 'revoke', 'parks-department'],
    ['rotate the key managed by the Grid Operations Cell', 'rotate', 'grid-operations-cell'],
    ['show me the details of the key held by the Records Office', 'details', 'records-office'],
    ['rotate the keys held by growth', 'rotate', 'growth'],
    ['rotate every key growth has', 'rotate', 'growth'],
  ]);
});

describe('a person who holds a key names no unit; other readings stay', () => {
  reads([
    ['revoke the key held by Priya', 'revoke', null],
    ['rotate the key Sam uses', 'rotate', null],
    ['revoke the key used by Tom for testing', 'revoke', null],
    ['rotate the key held by growth', 'rotate', 'growth'],
    ['rotate the key we use for ads', 'rotate', 'ads'],
    ['revoke the key held by risk', 'revoke', 'risk'],
    ['revoke the key the vendor uses for search', 'revoke', 'search'],
  ]);
});

describe('a name is kept whole: an everyday word inside a team name, an occasion ending in a time noun', () => {
  reads([
    ['an api key for the control tower team, 90 days', 'create_key', 'control-tower-team'],
    ['bedrock spend for the control room team last month', 'spend', 'control-room-team'],
    ['rotate the aws key for the control room desk', 'rotate', 'control-room-desk'],
    ['revoke the key for customer appreciation week', 'revoke', 'customer-appreciation-week'],
    ['deprovision everything for storm readiness week', 'deprovision', 'storm-readiness-week'],
    ['new api key for the launch day team', 'create_key', 'launch-day-team'],
    ['tear down everything for hack week', 'deprovision', 'hack-week'],
  ]);
});

describe('a lifetime or a time after a name is no part of it; keys from an occasion name none', () => {
  reads([
    ['a key for growth for a week', 'create_key', 'growth'],
    ['a key for ads next week', 'create_key', 'ads'],
    ['rotate the search key this week', 'rotate', 'search'],
    ['a key for risk, one week', 'create_key', 'risk'],
    ['key for growth, expires in a week', 'create_key', 'growth'],
    ['revoke the control key', 'revoke', 'control'],
    ['spend for growth this week', 'spend', 'growth'],
    ['revoke every key from innovation week', 'revoke', null],
  ]);
});

describe("a given name before 'account' or 'user' is a person's login, no unit", () => {
  unitOf([
    ['rotate the tom account', null],
    ['revoke the priya user', null],
    ['rotate the key for the sam account', null],
    ['details for the raj account', null],
    ['revoke the key of the alice user please', null],
    ['rotate the ben account key', null],
    ['what does the kate account have?', null],
    ['revoke the maria user today', null],
  ]);
  reads([
    ['revoke the key for the billing account', 'revoke', 'billing-account'],
    ['what do we have for the Hartmann account?', 'details', 'hartmann'],
    ['revoke the key of the acme account', 'revoke', 'acme'],
    ['rotate the growth user key', 'rotate', 'growth'],
    ['details for the vellum account', 'details', 'vellum'],
    ['rotate the risk account key', 'rotate', 'risk'],
  ]);
});
