/**
 * Round eighteen, units18: kinds of business unit the round's tuning files (unseen-*.jsonl) got wrong,
 * with sentences of our own written before the parser's answer was looked at (other units, verbs and
 * word orders) and look-alikes that must not change (counts, lifetimes, meters, key numbers).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

describe('a name a three-digit number opens ("the 311 chatbot") keeps its number', () => {
  reads([
    ['rotate the key for the 411 helpline', 'rotate', '411-helpline'],
    ['new api key for the 360 feedback team, 60 days', 'create_key', '360-feedback-team'],
    ['what did the 911 dispatch team spend last month?', 'spend', '911-dispatch-team'],
    ['revoke the 211 helpdesk key', 'revoke', '211-helpdesk'],
    ['details for the 101 hotline please', 'details', '101-hotline'],
    ['history for the 511 traffic assistant over the last 2 weeks', 'history', '511-traffic-assistant'],
    ["deprovision the 311 pilot, it's finished", 'deprovision', '311-pilot'],
    ["can you rotate the 311 chatbot's key", 'rotate', '311-chatbot'],
    ['team: 411 helpline, rotate the key', 'rotate', '411-helpline'],
  ]);
});

describe('a number that counts, measures or names a key or a meter opens no name', () => {
  reads([
    ['new key for growth, 180 days', 'create_key', 'growth'],
    ['rotate the 3 keys for ads', 'rotate', 'ads'],
    ['spend for ads in the last 30 days', 'spend', 'ads'],
    ['revoke the 2 old keys of payments', 'revoke', 'payments'],
    ['rotate key 42 for growth', 'rotate', 'growth'],
    ['create a key for risk, 365 days, eu-west-1', 'create_key', 'risk'],
    ['a 90 day key for search please', 'create_key', 'search'],
    ['the 100 interns need keys for the search team', 'create_key', 'search-team'],
    ['Unit: 311 days\nKind: api key', 'create_key', null],
  ]);
});
