/**
 * Round thirty-one, fixer C: readings of the rules held against the classifier trained on the tuned files, which
 * overruled them on sentences outside the corpus. Sentences of our own, and the near ones that must keep their
 * reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked, reads, slots } from './acted.js';

describe('what is had or set up for an everyday occasion asks nothing (everyday-asked.ts)', () => {
  nothingAsked([
    'what have we got for breakfast tomorrow?',
    "what's set up for the holiday party?",
    'what does the finance team have for lunch on friday?',
    'which games are set up for the party?',
  ]);
  reads([
    ['what do we have for talent-acquisition?', 'details', 'talent-acquisition'],
    ['what keys do we have for the lunch-bot?', 'details', 'lunch-bot'],
  ]);
});

describe("a thing's 'unit' word removed is no unit deprovisioned, whatever the classifier reads (unit-words.ts)", () => {
  nothingAsked(['delete the unit cost row and its notes from the spreadsheet']);
  keeps([['remove the unit churn-lab along with its keys', 'deprovision', 'churn-lab']]);
});

describe("every unit's keys asked by a state stay a list (fleet-query.ts)", () => {
  reads([
    ['any keys expiring next week?', 'list', null],
    ['keys expiring soon for growth-ml?', 'details', 'growth-ml'],
  ]);
});

describe("one unit's keys or Bedrock access asked as a list are its details (one-unit-read.ts)", () => {
  reads([
    ['list the keys of ads-ml', 'details', 'ads-ml'],
    ['show me the creds for kyc-bot', 'details', 'kyc-bot'],
    ['who has access to bedrock for the fraud-ml unit? asking for the review', 'details', 'fraud-ml'],
    ['list the units', 'list', null],
    ['who has access to bedrock? asking for the review', 'list', null],
  ]);
});

describe("a key asked for a named unit with 'please' is a key request, asked about first (one-unit-read.ts)", () => {
  it.each([
    ['could churn-lab please get a key?', 'churn-lab'],
    ['can the ads team pls get a new key?', 'ads-team'],
  ])('%s', (text, unit) => {
    const p = parseRequest(text);
    expect([p.intent, p.businessUnit]).toEqual(['create_key', unit]);
    expect(acted(text)).toBe(false);
  });
  reads([['does churn-lab have a key?', 'details', 'churn-lab']]);
});

describe('a key for hours with its long-term word denied is a token (rules.ts longTermDenied)', () => {
  slots([['a key for 2 hours please, nothing permanent', { intent: 'token', ttlSeconds: 7200 }]]);
  reads([['need a permanent key for ledger-sync', 'create_key', 'ledger-sync']]);
});

describe('a read asked by its noun first, or what was done to a unit, holds (parse-request.ts READ_NOUN_FOR)', () => {
  reads([
    ['history for the payments platform', 'history', 'payments-platform'],
    ['spend breakdown for ads-ml last month', 'spend', 'ads-ml'],
    ['what has been done to the growth keys this month?', 'history', 'growth'],
  ]);
  nothingAsked(['history of the old mill: built in 1850, burnt down twice']);
});

describe("Danish and Norwegian 'kan du lave/lage' marks the language (more-languages.ts)", () => {
  slots([
    ['kan du lave et token til 2 timer?', { intent: 'token', ttlSeconds: 7200 }],
    ['kan du lage et token i 4 timer', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  nothingAsked(['kan du lave mad i aften?']);
});
