/**
 * Round twenty-five, the lead's own sweeps: a question about every unit's keys by a state ("keys expiring
 * soon?", "stale keys?", "how many keys do we have in total") is a list of the units; it was read as one
 * unit's details, a help topic, history, or nothing, and "stale" was taken for a unit.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked } from './acted.js';

describe("every unit's keys asked by a state are a list of the units", () => {
  it.each([
    ['keys expiring soon?', null],
    ['which keys expire in the next 2 weeks?', null],
    ['any api keys about to expire?', 'api-key'],
    ['show me keys expiring this month', null],
    ['stale keys?', null],
    ['unused keys?', null],
    ["which keys haven't been used in 90 days", null],
    ['keys not used since june?', null],
    ['any access keys older than 180 days', 'access-key'],
    ['keys older than a year', null],
    ['how many keys do we have in total', null],
    ['how many active keys are there', null],
    ['how many bedrock keys exist right now', null],
    ['number of keys per team', null],
    ['count of active keys', null],
    ['total number of api keys?', 'api-key'],
  ])('%j', (text, keyKind) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('list');
    expect(parse.businessUnit).toBeNull();
    expect(parse.keyKind).toBe(keyKind);
  });
  keeps([
    ['how many keys does growth-ml have', 'details', 'growth-ml'],
    ['which growth-ml keys are older than 90 days', 'details', 'growth-ml'],
    ['keys expiring soon for ads-ml?', 'details', 'ads-ml'],
    ['rotate stale keys of growth-ml', 'rotate', 'growth-ml'],
  ]);
  nothingAsked([
    'how many keys do we have for the meeting rooms',
    'keys older than a year should be cut again by the locksmith',
    "the cabinet keys expiring? keys don't expire lol",
    'stale bread in the kitchen again',
    'number of keys handed out at reception today: 14',
    'count of visitors today?',
  ]);
});
