import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round sixteen (units): the business unit on text nobody tuned on. Sentences written before the
 * parser's answers were looked at, by kind of error, with look-alikes that must not change. Labels follow
 * test/intent/data/README.md ("Units are written as named", "No unit": a person's team names none).
 */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit ?? null).toBe(unit);
  });

describe("a person's team names no unit; a unit the request names after it does", () => {
  unitOf([
    ["create an api key for Maria's team, 60 days", null],
    ["rotate Ahmed's team's key please", null],
    ["for Jonas's squad — revoke the billing-sync key", 'billing-sync'],
    ["revoke the access key of Kenji's group, they left", null],
    ["new key for Olu's team please, 90 days", null],
    ["for Dana's team: rotate the fraud-ml key", 'fraud-ml'],
    ["what does Marco's team have? it's pricing-lab", 'pricing-lab'],
    ["api key for Sam's crew, 30 days", null],
    ["Request for Ines's team: api key, unit `treasury-fx`, 365 days", 'treasury-fx'],
  ]);
  // Look-alikes: a unit's own possessive, a team's possessive and a desk's stay names.
  unitOf([
    ["rotate growth's key", 'growth'],
    // ("the data desk's key needs rotating", a need told, is read as nothing since round twenty-three's retrain, a
    // desk's key being a door's as often in the corpus; asked in so many words, the desk's possessive is its name.)
    ["please rotate the data desk's key", 'data-desk'],
    ["rotate the analytics team's key", 'analytics-team'],
    ["revoke marketing's access key", 'marketing'],
    ['create a key for the search team', 'search-team'],
    ["rotate the billing-svc's key", 'billing-svc'],
  ]);
  it('a remark about a person’s team is not acted on', () => {
    expect(acted("Lena's team hit a big milestone today")).toBe(false);
    expect(acted("I'll ask Kim's team whether they still rotate the old key")).toBe(false);
  });
});

describe('an everyday, greeting or subject word naming a desk or team before its group noun', () => {
  unitOf([
    ['rotate the photo desk key', 'photo-desk'],
    ['history for photo desk 2 months ago', 'photo-desk'],
    ['api key pls for the reliability team, expiry 2 weeks', 'reliability-team'],
    ['new key for the performance squad, 60 days', 'performance-squad'],
    ['what does the morning briefing team have?', 'morning-briefing-team'],
    ['revoke the games desk key', 'games-desk'],
    ['key for the latency group, 90 days', 'latency-group'],
    ['rotate the books desk key', 'books-desk'],
    ['how much did the travel desk spend last month?', 'travel-desk'],
  ]);
  // Look-alikes: greetings to the channel, furniture and premises, a chat group.
  unitOf([
    ['hi team, can someone rotate the growth key', 'growth'],
    ['morning team! rotate the growth key please', 'growth'],
    ['good morning team, rotate the ads key', 'ads'],
    ['rotate the sports desk key', 'sports-desk'],
    [
      'please rotate all keys of plant-ops-pune, an intern pasted one in the shift WhatsApp group',
      'plant-ops-pune',
    ],
  ]);
  it('furniture, premises and everyday things are not acted on', () => {
    for (const text of [
      "I'm at my desk all morning",
      'the front desk has the spare key',
      'my desk key is lost',
      'rotate the key to my desk drawer',
      'lost the key to the photo room',
      'rotate the coffee rota',
      'the photo desk is moving to the third floor',
      'the morning team standup ran late',
    ])
      expect(acted(text), text).toBe(false);
  });
});

describe('a word the request uses as a verb, an adverb, a figure or an occasion names no unit', () => {
  // The word after "can you" / "could u" is a verb ("pull spend", "grab spend").
  unitOf([
    ['can you pull spend for all units for last month?', null],
    ['could you grab spend for last quarter', null],
    ['would you check spend for last week', null],
    ['can you fetch spend for ads last month', 'ads'],
    ['can you get spend for the growth team', 'growth-team'],
    ["can you rotate growth's key", 'growth'],
    ['could you make a key for pre-sales', 'pre-sales'],
  ]);
  // An adverb after a unit, a figure asked for.
  unitOf([
    ['how much did we burn? the checkout-api unit specifically', 'checkout-api'],
    ['ME wants a number: cost for growth last month', 'growth'],
    ['need numbers: spend for risk, last quarter', 'risk'],
    ['spend for the search unit mainly, last month', 'search'],
  ]);
  // A time before or after an occasion; keys from an occasion.
  unitOf([
    ['rotate all keys, post-launch hygiene', null],
    ['pre-release check: rotate the ads key', 'ads'],
    ['revoke every key from the data summit', null],
    ['revoke the keys from the spring bootcamp', null],
    ['tear down everything for hack week', 'hack-week'],
  ]);
});

describe('a unit corrected to a desk, a squad or a name after "unit"', () => {
  unitOf([
    ['Create a key for the metro desk. Wait, no — for the travel desk.', 'travel-desk'],
    ['create key for unit spc-analytics, wait no, for unit spc-dashboard', 'spc-dashboard'],
    ['rotate the metro desk key, no sorry, the sports desk key', 'sports-desk'],
    ['key for the ads squad, no wait, the search squad', 'search-squad'],
    ['revoke the key for unit billing-v1, I meant unit billing-v2', 'billing-v2'],
    ['rotate sales, no wait, sales-ops', 'sales-ops'],
    ['key for the supply-chain team — I meant supply-planning, sorry', 'supply-planning'],
    ['create a key for the data desk, 30 days', 'data-desk'],
  ]);
});
