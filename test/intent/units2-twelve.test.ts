import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round twelve (units2): the business unit new authors write — a team's name of several capitalised
 * words ending in a team noun, a key's receiver, the owning team said in the next sentence, and the
 * real unit read over the nouns of the story around it.
 */
const cases = (rows: [string, string, string][]) =>
  it.each(rows)('"%s"', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

describe('a team of several capitalised words ending in a team noun is named whole', () => {
  cases([
    ['create a key for the Quality Engineering Guild, 30 days', 'create_key', 'quality-engineering-guild'],
    [
      'please deprovision the Field Sales team, they merged into partnerships',
      'deprovision',
      'field-sales-team',
    ],
    ['rotate the key of the Data Quality Squad', 'rotate', 'data-quality-squad'],
    ['new api key for the Platform Reliability Guild please', 'create_key', 'platform-reliability-guild'],
    [
      'offboard the Manual Regression team, the suite is automated now',
      'deprovision',
      'manual-regression-team',
    ],
    ['how much did the Mobile Growth group spend last month?', 'spend', 'mobile-growth-group'],
  ]);
});

describe('"the whole X group": the team noun stays in the name', () => {
  cases([
    ['we need one key for the entire data-science group, 60 days', 'create_key', 'data-science-group'],
    ['please rotate the keys of the whole ml-infra squad', 'rotate', 'ml-infra-squad'],
    ['one api key for the whole search-eng guild please', 'create_key', 'search-eng-guild'],
    ['a single key for the whole fraud-ops team would be enough, 90 days', 'create_key', 'fraud-ops-team'],
  ]);
});

describe('the one a key was given or issued to is its unit', () => {
  cases([
    ['revoke the key we gave to falcon-labs yesterday', 'revoke', 'falcon-labs'],
    ['please revoke the key given to heron last week', 'revoke', 'heron'],
    ['rotate the key issued to pelican', 'rotate', 'pelican'],
    ['revoke the key that was handed to marmoset on monday', 'revoke', 'marmoset'],
    ['rotate the credentials issued to ledger-sync', 'rotate', 'ledger-sync'],
    ['kindly revoke the access key given to wombat', 'revoke', 'wombat'],
  ]);
  // A team that gave the key owns it: its receiver is no unit then.
  cases([
    ['disable the key the data team gave to acme please', 'revoke', 'data-team'],
    ['revoke the key the growth squad handed to the vendor', 'revoke', 'growth-squad'],
  ]);
});

describe('the owning team said in the next sentence wins over the system', () => {
  cases([
    [
      'key for the churn-predictor please. It is owned by the retention team.',
      'create_key',
      'retention-team',
    ],
    [
      'Could we get an API key for the invoice-reader? It is owned by the finops team.',
      'create_key',
      'finops-team',
    ],
    [
      "new key for the pricing-engine, 30 days. It's owned by the revenue-ops team.",
      'create_key',
      'revenue-ops-team',
    ],
    ["can you rotate the key of the triage-bot? it's owned by the sre team", 'rotate', 'sre-team'],
  ]);
});

describe('the real unit is read over the nouns of the story', () => {
  cases([
    [
      'my manager asked about the spike — how much did search-ranking spend last week?',
      'spend',
      'search-ranking',
    ],
    ['ops pinged me about the jump, what did fraud-ml cost last month?', 'spend', 'fraud-ml'],
    [
      'For the quarterly audit deck I need the history of kyc-ops for the last 2 months.',
      'history',
      'kyc-ops',
    ],
    ['For the board review pack I need the key history of doc-intel for march.', 'history', 'doc-intel'],
    ["what's on billing-bot? The offshore team says their key stopped working", 'details', 'billing-bot'],
    ["what's set up for claims-triage? the night shift team can't get in", 'details', 'claims-triage'],
  ]);
});

describe('"bu" as a person\'s title (Indonesian "Mrs") before a name and mention is no unit marker', () => {
  cases([
    ['create API key for team Garuda, owner bu Ratna <@U07RATNA3>', 'create_key', 'garuda'],
    ['rotate the key of team Rajawali, ask bu Sari <@U07SARI01> if unsure', 'rotate', 'rajawali'],
    ['key for team Elang please, bu Dewi <@U07DEWI001> will own it', 'create_key', 'elang'],
    ['new key for team Komodo, owner pak Budi <@U07BUDI01>', 'create_key', 'komodo'],
    ['key for bu growth', 'create_key', 'growth'],
    ['create key, bu finance, 30 days', 'create_key', 'finance'],
  ]);
});

describe('a document the request is for ("the Q3 wrap-up deck") names no unit', () => {
  cases([
    ['For the Q3 wrap-up deck I need the history of kyc for the last month', 'history', 'kyc'],
    ['For the year-end audit report, what did fraud-ml spend in 2026?', 'spend', 'fraud-ml'],
    ['For the board-review deck: what did doc-intel cost last month?', 'spend', 'doc-intel'],
    ['for my quarter-end report I need the key history of ledger-sync', 'history', 'ledger-sync'],
    ['For the vendor close-out report, show the history of claims-ops', 'history', 'claims-ops'],
    ['show the growth report', 'details', 'growth'],
  ]);
});

describe('look-alikes that keep their reading', () => {
  cases([
    ['create a key for the growth team', 'create_key', 'growth-team'],
    ['key for the churn-predictor please', 'create_key', 'churn-predictor'],
    ['revoke the growth key', 'revoke', 'growth'],
    ['what did the marketing team spend last month?', 'spend', 'marketing-team'],
    ['history of legal-ops for the last 3 months', 'history', 'legal-ops'],
    ['create a key for the platform-eng group', 'create_key', 'platform-eng-group'],
  ]);
  it.each([
    'the Test Automation Guild meets on fridays',
    'the key given to me last week stopped working, why?',
    'finance pinged me about the jump in costs',
    'the Field Sales team merged into partnerships last quarter',
    'ok who spent the whole cloud budget on gpus, confess',
    'the offshore team says their key stopped working',
  ])('"%s" is acted on by nobody', (text) => {
    const r = parseRequest(text);
    expect(['help', 'unknown']).toContain(r.intent);
  });
});
