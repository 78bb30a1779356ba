/**
 * Round twenty, fix20a: what code review A found in round twenty's parser changes (reviews20/REVIEW-A.md),
 * each finding's texts plus look-alikes of our own that must keep working, written before the parser's
 * answer was looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, neverActs, nothingAsked } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

/** Acted on with this unit: an order the bot carries out. */
const actsOn = (rows: [text: string, intent: string, unit: string][]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
    expect(acted(text)).toBe(true);
  });

describe('1. a time period after "everything for (the)" is not a unit', () => {
  nothingAsked([
    'shut down everything for the summer',
    'shut down everything for the christmas break',
    'can you shut down everything for the night',
    'shut down all for the night pls',
    'could you close down it all for the maintenance window',
    'can you shut everything down for the night',
    'could you close it all down for the maintenance window',
    'shut down everything for the weekend',
    'shut down everything for the holidays',
    'tear down everything for the day',
    'wind down everything for the easter holidays please',
    'shut everything down for the long weekend',
    'close it all down for the winter',
    'shut down everything for the evening',
    'shut down all of it for the quarter',
    'shut everything down for the bank holiday pls',
  ]);
  actsOn([
    ['shut down everything for hack week', 'deprovision', 'hack-week'],
    ['shut everything down for atlas', 'deprovision', 'atlas'],
    ['shut down everything for phoenix', 'deprovision', 'phoenix'],
    ['tear down everything for the tender sprint', 'deprovision', 'tender-sprint'],
    ['close it all down for old-crm', 'deprovision', 'old-crm'],
  ]);
});

describe('2. "shut everything down for X" told, quoted or put to a person is not acted on', () => {
  const told = [
    'ops said: shut everything down for atlas',
    'Bob said, shut everything down for atlas',
    'my manager told me: shut everything down for atlas',
    'Dave, can you shut everything down for atlas',
    'ops said: shut down everything for atlas',
    'my manager told me: shut down everything for atlas',
    'Priya, can you shut down everything for atlas',
    'the CFO said: close it all down for phoenix',
    'Sam, could you shut everything down for atlas?',
    'legal told us: wind down everything for atlas',
  ];
  neverActs(told);
  // Asked about, as its "deprovision" form, or unknown (a question put to a person may read as help):
  // never more than that form.
  it.each(told)('%j reads as its "deprovision" form, or unknown', (text) => {
    const plain = text.replace(
      /(?:shut|close|wind)\s+(?:down\s+)?(?:everything|it all|all)\s+(?:down\s+)?for\s+/,
      'deprovision ',
    );
    expect(['unknown', 'help', parseRequest(plain).intent]).toContain(parseRequest(text).intent);
  });
  neverActs([
    'thank you, I just shut everything down for atlas',
    'you shut everything down for atlas yesterday and broke prod',
    'did you shut everything down for atlas?',
    'do not, I repeat, shut everything down for atlas',
    'Last week, shut everything down for atlas was the plan',
  ]);
  actsOn([
    ['shut everything down for atlas', 'deprovision', 'atlas'],
    ['please shut everything down for atlas', 'deprovision', 'atlas'],
    ['can you shut everything down for atlas', 'deprovision', 'atlas'],
    ['project wrapped. shut everything down for atlas', 'deprovision', 'atlas'],
    ['shut down everything for hack week', 'deprovision', 'hack-week'],
    ['shut down everything for phoenix please', 'deprovision', 'phoenix'],
  ]);
});

describe("3. a numbered place after another trade's thing is not a unit of ours", () => {
  nothingAsked([
    'rotate the tyres for plant 3 please',
    'deprovision the scaffold for site 14',
    'revoke access for building 3 please',
    'rotate the crops for field 7',
    'deprovision the cranes for site 9 today',
  ]);
  neverActs([
    'revoke the parking permit for site 14 now',
    'rotate the pallets for warehouse 3',
    'revoke the badge for building 3',
  ]);
  reads([
    ['api key for site 14 for 90 days', 'create_key', 'site-14'],
    ['rotate the key for site 14', 'rotate', 'site-14'],
    ['deprovision site 14', 'deprovision', 'site-14'],
    ['revoke the api key for plant 3', 'revoke', 'plant-3'],
    ['site 14 is flooded again', 'unknown', null],
  ]);
});

describe('4. "what\'s our AI bill looking like" is spend, with no unit', () => {
  it.each([
    "what's our AI bill looking like",
    "what's our AI bill looking like?",
    "how's our AI bill looking",
    'what is our AI spend looking like',
    "what's our AI bill looking like lately",
  ])('%j', (text) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual(['spend', null]);
  });
  reads([
    ["what's our bedrock bill looking like", 'spend', null],
    ["what's the growth team's AI bill looking like", 'spend', 'growth-team'],
  ]);
  nothingAsked(["what's the weather looking like", 'how is the new hire looking']);
});

describe('5. the copied-mention rule reads "can you" before the copy only, and a copy at the end', () => {
  actsOn([
    [
      '<@U0AB12CD> rotate the growth key. cc <@U9ZZ88YY> can you confirm the deploy picked it up?',
      'rotate',
      'growth',
    ],
    ['<@U0AB12CD> rotate growth, cc <@U9ZZ88YY>', 'rotate', 'growth'],
  ]);
  neverActs([
    '<@U0AB12CD> can you revoke the aml key? <@U9ZZ88YY> fyi',
    '<@U0AB12CD> can you revoke the aml key? cc <@U9ZZ88YY>',
    '<@U0AB12CD> could you rotate the growth key? <@U9ZZ88YY> FYI.',
    '<@U0AB12CD> can you revoke the aml key? <@U9ZZ88YY> for visibility',
  ]);
});

describe('6. a name and its number followed by long whitespace parses in linear time', () => {
  const texts = [
    `for lab 1${' '.repeat(2000)}`,
    `for lab 1${'\t'.repeat(2000)}`,
    `for lab 1${'\n'.repeat(2000)}`,
    `site 14${' '.repeat(2000)}`,
    `team 7${' \n'.repeat(1000)}`,
    `site 1\n${'\n'.repeat(1990)}x`,
    `rotate the key for lab 1${' '.repeat(1970)}x`,
    `for site 1${' '.repeat(2000)}`,
  ];
  parsesWithoutHanging(texts);
});
