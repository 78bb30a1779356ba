import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

/**
 * Round fourteen's review (fixc): problems confirmed in Title Case names, a name's number, slang verbs
 * and a question taken back. The reviewers' texts, sentences of the same kind written before the
 * parser's answers were looked at, and look-alikes whose reading must not change.
 */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

describe('1. a Title Case run ends before a key word, a time, a region or a role', () => {
  unitOf([
    // The reviewer's texts.
    ['please revoke the Growth Key asap', 'growth'],
    ['revoke the Marketing Token', 'marketing'],
    ['rotate the Growth Access Key', 'growth'],
    ['revoke the Growth Keys', 'growth'],
    ['can you rotate the Payments Key for us', 'payments'],
    ['rotate the Growth Credentials', 'growth'],
    ['rotate the Ads Key for Growth', 'ads'],
    ['revoke the key for Growth ASAP', 'growth'],
    ['revoke the key for Growth Now', 'growth'],
    ['revoke the key for Growth EOD', 'growth'],
    ['rotate the key for Growth Today', 'growth'],
    ['revoke the key for Growth Tomorrow Morning', 'growth'],
    ['create a key for Growth US', 'growth'],
    ['revoke key for Growth Team Lead', 'growth-team'],
    // Of the same kind, our own.
    ['rotate the Legal Bedrock Key today', 'legal'],
    ['revoke the Risk Access Keys now', 'risk'],
    ['make a key for Sales Tonight', 'sales'],
    ['create a key for Support Next Week', 'support'],
    ['revoke the Finance Secret please', 'finance'],
    ['create a key for Payments UK', 'payments'],
  ]);
  // Look-alikes: Title Case names of round fourteen stay whole.
  unitOf([
    ['create a key for team Llama Drama please', 'llama-drama'],
    ['revoke the key for the Model Risk team, it leaked', 'model-risk-team'],
    ['can you rotate the key for the Prompt Goblins', 'prompt-goblins'],
    ['rotate the access key of the Late Shift please', 'late-shift'],
    ['could you make an api key for team Pixel Pirates', 'pixel-pirates'],
  ]);
});

describe('2. a question answered "no, keep it" is taken back', () => {
  it.each([
    'Ditch the growth key? No, keep it.',
    'Yank the growth key? No, keep it.',
    'Axe the growth key? no, keep it',
    'Revoke the growth key? No, keep it.',
    'revoke the ads key? no, keep them, we still need them',
    'revoke the sales key? no, we still need it',
    'deprovision the growth unit? no, keep it',
    'revoke the growth key? no, keep the key',
  ])('%j → unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  // Look-alikes: "keep" that takes nothing back.
  it.each([
    ['rotate the key but keep it for 30 days', 'rotate'],
    ['create a key for growth, keep it short-lived', 'create_key'],
    ['revoke the growth key, keep the ads key', 'revoke'],
  ])('%j → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('3. a key taken out of a file or a page is no revocation', () => {
  it.each([
    'ditch the growth key from the config, use the secret manager instead',
    'yank the growth key out of the env file',
    'zap the growth key from the logs',
    'axe the growth key from the README',
    'yank the growth key from the wiki page',
    'remove the growth key from the config',
    'revoke the growth key from the config',
    'delete the ads token from the repo',
    'strip the marketing api key out of the script before you push',
  ])('%j → unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  // Look-alikes: revocations that name a time or a unit after "from".
  it.each([
    ['revoke the growth key', 'revoke'],
    ['revoke the growth key from yesterday', 'revoke'],
    ['yank the ads key please', 'revoke'],
  ])('%j → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('3. a slang verb of removal is asked about and never deprovisions', () => {
  it.each([
    ['ditch the growth unit entirely', 'growth'],
    ['yank the ads key please', 'ads'],
    ['zap the growth unit', 'growth'],
    ['axe every key of the growth unit', 'growth'],
    ['ditch the marketing token', 'marketing'],
  ])('%j → revoke for %s, asked', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBe(unit);
    expect(acts(r)).toBe(false);
  });
  // Look-alikes: our own verbs still act.
  it.each([
    ['deprovision the growth unit entirely', 'deprovision'],
    ['revoke the growth key', 'revoke'],
  ])('%j → %s, acted on', (text, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(acts(r)).toBe(true);
  });
});

describe("4. a company's function or a team's noun takes no short number", () => {
  unitOf([
    // The reviewer's texts.
    ['create a key for growth 7', 'growth'],
    ['create a key for ads 10', 'ads'],
    ['create a key for ads 21', 'ads'],
    ['create a key for growth 28', 'growth'],
    ['create a key for growth 7, expiry 7 days', 'growth'],
    ['revoke the key for growth 1', 'growth'],
    ['rotate the key for growth 2 now', 'growth'],
    ['rotate the key for the team 2', null],
    // Of the same kind, our own.
    ['create a key for marketing 5', 'marketing'],
    ['create a key for sales 3 please', 'sales'],
    ['rotate the key for finance 12', 'finance'],
    ['create a key for payments 7', 'payments'],
  ]);
  // Look-alikes: numbered groups keep their number.
  unitOf([
    ['create a key for hack 12', 'hack-12'],
    ['rotate the squad 7 key', 'squad-7'],
    ['create a key for team hack 9 please', 'hack-9'],
    ['rotate the pod 3 key', 'pod-3'],
    ['create key for squad 7, 45 days', 'squad-7'],
  ]);
});

describe('an occasion in Title Case is no Title Case name', () => {
  unitOf([
    ['create a key for the Quarterly Business Review', null],
    ['need a token for the Annual Sales Summit', null],
    ['create a key for the Model Risk team', 'model-risk-team'],
  ]);
});
