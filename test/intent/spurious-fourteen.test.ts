import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly } from './acted.js';

/**
 * Round fourteen (spurious): a unit taken from words that name nothing (a verb in -ing, an occasion,
 * a kind of key many units hold, a pronoun, a thing made), and short requests read as `unknown` (slang
 * verbs, "show me X", "anything provisioned for X yet?", "the one for X", a work ticket). Written
 * before the parser's answers were looked at; look-alikes (real units that are English words:
 * growth, search, ads, risk, billing) must keep their unit. Labels follow test/intent/data/README.md.
 */
/** Only the unit is checked (the intent of these questions is not what this file is about). */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

describe('a word in -ing after "been", "was", "keeps" is a verb, never a unit', () => {
  unitOf([
    ["who's been issuing tokens? weird traffic from the vpn", null],
    ['who has been sharing api keys in public channels?', null],
    ['who has been creating keys this week?', null],
    ['who was rotating keys last night?', null],
    ['someone keeps generating new api keys, can you check?', null],
    ["who's been revoking access keys in the last 7 days?", null],
    ['who was minting tokens for the offsite?', null],
    ['they started handing out access keys to contractors', null],
  ]);
  // Look-alikes: units whose names end in -ing.
  unitOf([
    ['rotate the marketing key', 'marketing'],
    ['what did pricing spend last month?', 'pricing'],
    ['history for forecasting', 'forecasting'],
    ['rotate the accounting keys', 'accounting'],
    ['create a key for the ranking team', 'ranking-team'],
    ['is billing key still valid?', 'billing'],
  ]);
});

describe('an occasion or a kind of key many units hold names no unit', () => {
  exactly([
    { text: 'pls rotate all the hack keys before the judges see the repos', intent: 'rotate', all: true },
    { text: 'revoke every key from hack week', intent: 'revoke', all: true },
    { text: 'revoke all keys from the innovation sprint', intent: 'revoke', all: true },
    { text: 'revoke all the demo keys now that the conference is over', intent: 'revoke', all: true },
    { text: 'rotate every hackathon key tonight', intent: 'rotate', all: true },
    { text: 'revoke all the workshop keys', intent: 'revoke', all: true },
    { text: 'rotate all keys from launch day', intent: 'rotate', all: true },
    { text: 'revoke all keys from the summer jam', intent: 'revoke', all: true },
    // Look-alikes: real units that are English words, and an occasion given as a unit's name.
    { text: 'rotate all the growth keys', intent: 'rotate', businessUnit: 'growth', all: true },
    { text: 'revoke all the ads keys', intent: 'revoke', businessUnit: 'ads', all: true },
    { text: 'rotate all the search keys', intent: 'rotate', businessUnit: 'search', all: true },
    { text: 'revoke every key of risk', intent: 'revoke', businessUnit: 'risk', all: true },
    { text: 'rotate the key of team hack-17', intent: 'rotate', businessUnit: 'hack-17' },
    { text: 'tear down everything for hack week', intent: 'deprovision', businessUnit: 'hack-week' },
  ]);
  unitOf([
    ['create a key for the hack week unit', 'hack-week'],
    ['spend by unit for the previous month please, for the cost-centre reconciliation', null],
    ['how much have we burned on bedrock for the playtest summaries?', null],
    ['what did we spend on bedrock for the interview transcripts last month?', null],
    ['rotate yours', null],
    ['show me the money', null],
  ]);
});

describe('slang verbs and short requests', () => {
  exactly([
    { text: 'yank the build-farm key', intent: 'revoke', businessUnit: 'build-farm' },
    { text: 'yank the ads key please', intent: 'revoke', businessUnit: 'ads' },
    { text: 'zap the old search key', intent: 'revoke', businessUnit: 'search' },
    { text: 'ditch the old ads key', intent: 'revoke', businessUnit: 'ads' },
    { text: 'axe the growth api key', intent: 'revoke', businessUnit: 'growth', keyKind: 'api-key' },
    { text: 'revoke the one for growth', intent: 'revoke', businessUnit: 'growth' },
    { text: 'rotate the one for ads please', intent: 'rotate', businessUnit: 'ads' },
    { text: 'revoke that one for risk', intent: 'revoke', businessUnit: 'risk' },
    { text: 'show me ads', intent: 'details', businessUnit: 'ads' },
    { text: 'show me growth', intent: 'details', businessUnit: 'growth' },
    { text: 'show me search please', intent: 'details', businessUnit: 'search' },
    { text: 'show us payments, thanks', intent: 'details', businessUnit: 'payments' },
    { text: 'anything provisioned for s4-narrative yet?', intent: 'details', businessUnit: 's4-narrative' },
    { text: 'anything provisioned for growth?', intent: 'details', businessUnit: 'growth' },
    { text: 'anything set up for ads yet?', intent: 'details', businessUnit: 'ads' },
    { text: 'anything configured for the search team?', intent: 'details', businessUnit: 'search-team' },
    {
      text: 'anything done on voice-casting in the past 2 months?',
      intent: 'history',
      businessUnit: 'voice-casting',
      period: { kind: 'days', days: 60 },
    },
    {
      text: 'has anything happened to the ads keys this month?',
      intent: 'history',
      businessUnit: 'ads',
      period: { kind: 'month', monthsAgo: 0 },
    },
    {
      text: 'deprovision legacy-search and close the ticket',
      intent: 'deprovision',
      businessUnit: 'legacy-search',
    },
    {
      text: 'the pilot is over, please deprovision ocr-lab and update the ticket',
      intent: 'deprovision',
      businessUnit: 'ocr-lab',
    },
  ]);
  // Look-alikes: the same words about things that are not ours.
  exactly([
    { text: 'ditch the meeting', intent: 'unknown' },
    { text: 'axe the friday standup', intent: 'unknown' },
    { text: 'show me around the office', intent: 'unknown' },
    { text: 'anything provisioned yet?', intent: 'unknown' },
    { text: 'anything happened at the offsite?', intent: 'unknown' },
    { text: 'something happened to my laptop', intent: 'unknown' },
    { text: 'rotate the one for the coffee rota', intent: 'unknown' },
    { text: 'cancel my train ticket', intent: 'unknown' },
    { text: 'can you check the festival tickets', intent: 'unknown' },
    { text: 'deprovision the jira sandbox and update the ticket', intent: 'unknown' },
    { text: 'key binding for dodge got reset in the latest build', intent: 'unknown' },
    { text: 'can you reset my key bindings?', intent: 'unknown' },
    { text: 'we went dutch on the team lunch', intent: 'unknown' },
  ]);
});
