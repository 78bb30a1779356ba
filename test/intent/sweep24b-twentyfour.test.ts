/**
 * Round twenty-four, sweep24b: requests acted on with the wrong unit, owner or lifetime when more than one
 * name-like thing stands near the request (a second team, an office, a date, an e-mail of someone else).
 * Sentences of our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads } from './acted.js';

type OwnerRow = readonly [text: string, intent: string, unit: string | null, owner: string | null];

const owns = (rows: OwnerRow[]) =>
  it.each(rows)('%j', (text, intent, unit, owner) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null, parse.owner ?? null]).toEqual([intent, unit, owner]);
  });

describe('a team that tells, after the request, what it said, noticed or will do is not the unit asked for', () => {
  reads([
    ['rotate the key for search-api, the sre team noticed it in the logs', 'rotate', 'search-api'],
    ['pls make an api key for churn, the analytics team will query it too', 'create_key', 'churn'],
    ['new long term key for pricing, the finance team says its ok', 'create_key', 'pricing'],
    ['deprovision orion — the infra team already moved the workloads', 'deprovision', 'orion'],
    ['create a key for growth, the data team reviewed it', 'create_key', 'growth'],
    ['revoke the key for *ledger*, the Compliance Team flagged it', 'revoke', 'ledger'],
    [
      'api key for the fraud-ml squad, our Madrid office needs it for the pilot',
      'create_key',
      'fraud-ml-squad',
    ],
    ['key for checkout pls, same as the one the search team has', 'create_key', 'checkout'],
  ]);
  reads([
    ['the support team wants a key for ticket-triage', 'create_key', 'ticket-triage'],
    ['api key for our scoring service, the fraud team needs it', 'create_key', 'fraud-team'],
    ['revoke the key for the fraud team', 'revoke', 'fraud-team'],
  ]);
  nothingAsked([
    'the security team said the growth key is fine',
    'the platform team said to ask here about vpn access',
    "the payments team will use billing's dashboard too",
  ]);
});

describe('a name set aside with "not" is not the unit, the one asked for is', () => {
  reads([
    ['new api key for risk-ml — not for the fraud team', 'create_key', 'risk-ml'],
    ['create an api key for churn not for the growth-analytics team', 'create_key', 'churn'],
    ['key for `doc-intel` pls, not for the doc-ai squad', 'create_key', 'doc-intel'],
    ['rotate ledger, not the finance team’s key', 'rotate', 'ledger'],
    ['revoke the payments-api key, NOT the billing-api one', 'revoke', 'payments-api'],
    ['revoke the search key, not the one of the ads team', 'revoke', 'search'],
    ['rotate the billing-api key pls — not the ones for the payments squad', 'rotate', 'billing-api'],
  ]);
  reads([
    ['revoke the key for the billing team', 'revoke', 'billing-team'],
    ['rotate the key of the growth-analytics team, not mine', 'rotate', 'growth-analytics-team'],
  ]);
  nothingAsked([
    'not for the growth team, this lunch is for ads',
    'ads, not the growth team, won the hackathon',
  ]);
  neverActs(["don't create a key for growth, and not for the ads team either"]);
});

describe('a season or a month with its year is a date, not a unit beside the one asked for', () => {
  reads([
    ['api key for ledger for the winter 2025 offsite pls', 'create_key', 'ledger'],
    ["rotate kyc's key before the spring 2026 audit", 'rotate', 'kyc'],
    ['new key for pricing (for the autumn 2025 launch)', 'create_key', 'pricing'],
    ['a key for recsys, it is for our fall 2024 pilot, 30 days', 'create_key', 'recsys'],
    ['key for checkout, its for the Summer 2025 hackathon', 'create_key', 'checkout'],
  ]);
  reads([
    ['key for hack 12', 'create_key', 'hack-12'],
    ['tear down everything for the summer 2025 hackathon', 'deprovision', 'summer-2025-hackathon'],
    ['rotate the squad 7 key', 'rotate', 'squad-7'],
  ]);
  nothingAsked(['the summer 2025 hackathon was great', 'winter 2025 offsite photos are in the drive']);
});

describe("an e-mail or mention given as another role's (manager, lead, approver) is no owner", () => {
  owns([
    ['key for ledger pls, my boss is kim@acme.com', 'create_key', 'ledger', null],
    ['api key for churn. my lead is <@U0LEAD0001>', 'create_key', 'churn', null],
    ['api key for growth, my manager is bob@acme.com', 'create_key', 'growth', null],
    ['new key for pricing; the approver is dan@acme.com', 'create_key', 'pricing', null],
  ]);
  owns([
    ['api key for growth, the owner is bob@acme.com', 'create_key', 'growth', 'bob@acme.com'],
    ['api key for growth, owner will be my manager bob@acme.com', 'create_key', 'growth', 'bob@acme.com'],
    ['key for growth, the owner will be my deputy, <@U0DEP00001>', 'create_key', 'growth', 'U0DEP00001'],
  ]);
  nothingAsked(['my manager is bob@acme.com', 'fyi my lead is <@U0LEAD0001> now']);
});

describe('an office named as a place (in, at, visiting) is premises, not the unit', () => {
  reads([
    ['key for claims-triage for the folks in the Porto office', 'create_key', 'claims-triage'],
    ['api key for payroll, we sit in the Leeds office', 'create_key', 'payroll'],
    ["rotate the key for growth, i'm at the Austin office this week", 'rotate', 'growth'],
    ['new key for doc-intel, demoing at the Berlin office tmrw', 'create_key', 'doc-intel'],
  ]);
  reads([
    ['an api key for the Risk Office', 'create_key', 'risk-office'],
    ['a key for the Privacy Office please', 'create_key', 'privacy-office'],
  ]);
  nothingAsked(['greetings from the Oslo office', "we're at the Berlin office next week"]);
});

describe('a team given its name in brackets in a clause of its own after the request is story', () => {
  reads([
    ['offboard atlas — the new squad (vega) takes it over', 'deprovision', 'atlas'],
    ['revoke the key for ledger, the old team (lumen) left', 'revoke', 'ledger'],
    ['rotate pricing, the other team (delta) keeps theirs', 'rotate', 'pricing'],
    ['deprovision nimbus, the new team (orion) takes over', 'deprovision', 'nimbus'],
  ]);
  reads([
    ['api key for the Know-Your-Customer unit (kyc)', 'create_key', 'kyc'],
    ['key for the new team (orion) please', 'create_key', 'orion'],
    ['rotate the key of the data protection office (dpo)', 'rotate', 'dpo'],
  ]);
  nothingAsked(['the new team (orion) takes over nimbus next week']);
});

describe('a unit named as such beside an asset or a code in the story is what "it" is', () => {
  reads([
    [
      'we are retiring SAT-07 in may and the `sat07-ops` unit goes too: deprovision it pls',
      'deprovision',
      'sat07-ops',
    ],
    [
      'decommissioning GS-4 tomorrow; the `gs4-telemetry` bedrock unit goes with it — please deprovision it',
      'deprovision',
      'gs4-telemetry',
    ],
    [
      'the AB-12 rover is scrapped, so the rover-ops bedrock unit can go. deprovision it',
      'deprovision',
      'rover-ops',
    ],
  ]);
  reads([['deprovision the `sat07-ops` unit', 'deprovision', 'sat07-ops']]);
  neverActs(["we're decommissioning SAT-02 next week", 'the `sat07-ops` unit goes live in may']);
});

describe('a thing removed in the story ("I removed the commit") is not the unit whose key leaked', () => {
  reads([
    [
      'I pasted the key of ocr-batch in a public gist. I deleted the gist but we must rotate the key. Please rotate.',
      'rotate',
      'ocr-batch',
    ],
    ['the key of fraud-ml was in my commit. I reverted the commit, please rotate it', 'rotate', 'fraud-ml'],
    [
      'Yesterday I leaked the key of doc-ai in a screenshot. I removed the screenshot. please rotate',
      'rotate',
      'doc-ai',
    ],
  ]);
  nothingAsked(['I removed the commit, all good', 'I reverted the commit with the typo']);
});
