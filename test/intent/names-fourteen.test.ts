import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

/**
 * Round fourteen (names): a unit's name of more than one word, written before the parser's answers
 * were looked at. Names in Title Case in lower-case prose (title-names.ts), two words said as a name
 * ("loc pipeline", "member services"), a name and its number ("hack 12"), a label's value of several
 * words ("Unit: revenue cycle") and a bracket holding a name's initials ("(dpo)"). Labels follow
 * test/intent/data/README.md ("Units are written as named", "Names said in words").
 */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

describe('a name in Title Case is one name', () => {
  unitOf([
    ['create a key for team Llama Drama please', 'llama-drama'],
    ['can you rotate the key for the Prompt Goblins', 'prompt-goblins'],
    ['revoke the key for the Model Risk team, it leaked', 'model-risk-team'],
    ['Business unit: Doc Intel\nplease create a long-term key', 'doc-intel'],
    ['could you make an api key for team Pixel Pirates', 'pixel-pirates'],
    ['rotate the access key of the Late Shift please', 'late-shift'],
    ['hey, revoke all keys for the Claims Triage team', 'claims-triage-team'],
    ['how much did the Fraud Signals team spend last month?', 'fraud-signals-team'],
    ['Team: Byte Me\nneed an api key for 14 days', 'byte-me'],
    ['deprovision bedrock for team Cosmic Latte, the hackathon is over', 'cosmic-latte'],
    ['what keys does team Quantum Toast have?', 'quantum-toast'],
    ['show me the history for team Rubber Ducks', 'rubber-ducks'],
  ]);
});

describe('a bracket holding the initials of the name before it gives its short name', () => {
  unitOf([
    ['create an access key for the Know Your Customer unit (kyc)', 'kyc'],
    ['create key for the Records Retention Office (rro), 30 days', 'rro'],
  ]);
});

describe('two words said as a name, where a unit is named', () => {
  unitOf([
    ['make a key for loc pipeline', 'loc-pipeline'],
    ['a key for data pipeline please', 'data-pipeline'],
    ['revoke the key for guest services', 'guest-services'],
    ['rotate member services key', 'member-services'],
    ['rotate patient services key', 'patient-services'],
    ['create a key for ingest pipeline, 30 days', 'ingest-pipeline'],
    ['rotate the key for loc pipeline now', 'loc-pipeline'],
    ['unit: revenue cycle. need a key for 90 days', 'revenue-cycle'],
    ['unit: order cycle\nrotate the key', 'order-cycle'],
    ['bu: field ops. new key please', 'field-ops'],
  ]);
});

describe('a name and its number', () => {
  unitOf([
    ['create a key for hack 12', 'hack-12'],
    ['rotate the squad 7 key', 'squad-7'],
    ['create a key for team hack 9 please', 'hack-9'],
    ['create a long-term key for hack 7', 'hack-7'],
    ['revoke every key for team hack 21', 'hack-21'],
    ['rotate the pod 3 key', 'pod-3'],
    ['key for hack 12 for 5 days', 'hack-12'],
    ['create key for squad 7, 45 days', 'squad-7'],
  ]);
});

describe('look-alikes keep their reading', () => {
  unitOf([
    ['rotate it now', null],
    ['revoke my token', null],
    ['create key for testing tomorrow', null],
    ['create a key for growth now', 'growth'],
    ['create key for search today', 'search'],
    ['create a key for the London office', null],
    ['create a key for growth, Claude Sonnet access', 'growth'],
    ['can I use Amazon Bedrock in Frankfurt for the ads team?', null],
    ['rotate the growth key. Cost Explorer shows a spike', 'growth'],
    ['revoke the key for ads 30 days early', 'ads'],
    ['a key for growth 90', 'growth'],
    ['make a key for the Meta Llama tests for ads', 'ads'],
    ['REVOKE THE ADS KEY NOW', 'ads'],
    ['key for the new pipeline please', null],
    ['create a key for the data pipeline', null],
    ['Hi Team, please rotate the growth key', 'growth'],
    ['create a token for 2 hours', null],
  ]);
  it.each([
    'We had lunch with the Prompt Goblins yesterday, great demo',
    'the Model Risk team says hi 👋',
    'Llama Drama won the hackathon!',
    'supply chain is slow this quarter',
  ])('%j is acted on by no one', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });
});
