/**
 * Session fifty (said-outright.ts, and the mood and not-ours readers beside it): kinds of message that ask in so many
 * words, which round forty-nine's retrain left to a classifier leaning to nothing. Sentences of our own of each kind,
 * and look-alikes that keep their reading. An action held this way is asked about (a question with buttons), never
 * carried out as it stands.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

/** Read as the action on the unit, and asked about first: never carried out as it stands. */
const askedFirst = (rows: [string, string, string][]) =>
  it.each(rows)('%j is asked about', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
    expect(parse.question).toBeDefined();
  });

describe('our action ordered with "please" after a told clause', () => {
  askedFirst([
    ['the plan is approved, please create the key for growth now', 'create_key', 'growth'],
    ['the plan is approved, kindly deprovision old-crm', 'deprovision', 'old-crm'],
  ]);
  // look-alike: another trade's thing ordered the same way is nothing of ours
  nothingAsked(['the cab approved the change, please rotate the locks on the server room']);
});

describe('what was spent, asked of the bot, on our things or on nothing named', () => {
  reads([
    ['how much did we spend on bedrock last month?', 'spend', null],
    ['how much did we spend on claude in october?', 'spend', null],
    ['our bedrock spend jumped, can you show me?', 'spend', null],
    ['how much did we spend in us-east-1 last month?', 'spend', null],
  ]);
  // look-alikes: what was spent on another thing
  nothingAsked([
    'how much did we spend on port dues in Bodrum in October?',
    'how much did we spend on pizza for the offsite?',
    '¿cuánto hemos gastado en el catering de la feria?',
  ]);
});

describe("a credential's history asked, a unit named", () => {
  reads([
    ["what's the history of the key for search-api?", 'history', 'search-api'],
    ["what's the history of the token for the reporting squad?", 'history', 'reporting-squad'],
  ]);
  // look-alike: another thing's history
  nothingAsked(['price history of the bund future looks off']);
});

describe('a token asked as a question, its Region taken back and named again', () => {
  slots([
    ['token in tokyo? no wait, Singapore', { intent: 'token', region: 'ap-southeast-1' }],
    ['a token in ohio? nah, london', { intent: 'token', region: 'eu-west-2' }],
  ]);
  // look-alike: two places weighed, nothing taken back
  nothingAsked(['is ohio or frankfurt closer? no idea']);
});

describe('a bare go-ahead after a told clause that names our action', () => {
  askedFirst([
    ['the 90-day rotation of the ledger-api key is due, go ahead', 'rotate', 'ledger-api'],
    ['the rotation of the ledger-api key is due, please proceed', 'rotate', 'ledger-api'],
  ]);
  // look-alikes: a go-ahead for something else, or held back
  nothingAsked([
    'we rotated the ledger-api key yesterday, go ahead and close the ticket',
    "the ledger-api key rotation is due next month, don't go ahead yet",
  ]);
});

describe('a request said in so many words: "I request", French "je demande"', () => {
  askedFirst([
    ['je demande une clé pour growth', 'create_key', 'growth'],
    ['nous demandons une clé pour growth', 'create_key', 'growth'],
  ]);
  reads([['i request a key for growth-ml, 90 days', 'create_key', 'growth-ml']]);
  // look-alikes: a request reported as someone else's wish, or put off
  neverActs([
    "mon manager veut que je demande une clé pour le projet Teranga, mais j'attends son mail de confirmation",
  ]);
  reads([['before i request a key for growth, who approves?', 'help', null]]);
});

describe("a person's access to another system taken away, said with of or for, and in Indonesian", () => {
  nothingAsked([
    'please remove access for john to the payroll system, he resigned',
    'revoke access of Maria to the HR portal, she left',
    'tolong cabut akses Pak Hendro ke sistem absensi',
  ]);
  // look-alikes: a unit's access to ours
  reads([['tolong cabut akses unit gudang-ai ke bedrock', 'revoke', 'gudang-ai']]);
  neverActs(['revoke access for growth to the bedrock models']);
});
