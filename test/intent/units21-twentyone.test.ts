/**
 * Round twenty-one, units21: which words name the business unit, from round twenty's blind files (now
 * tuned-{bank,property,streaming}). Sentences of our own, written before the parser's answer was looked at
 * (other units, verbs, word orders, lengths, Slack markup), and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe('a backticked code name after a description is the unit', () => {
  reads([
    ['long-term key for the card fraud scorer `cf.scorer`', 'create_key', 'cf-scorer'],
    ['new api key for the payments reconciliation job `pay.recon`', 'create_key', 'pay-recon'],
    ['rotate the key of the mortgage pricing engine `mtg.pricing` pls', 'rotate', 'mtg-pricing'],
    ['the `clipTagger` unit can go, deprovision pls', 'deprovision', 'clip-tagger'],
    [
      'we shut the podcast app so the `podcastPlayer` unit can go. deprovision it',
      'deprovision',
      'podcast-player',
    ],
    ['revoke the keys for the lease renewals bot `leaseRenewals`', 'revoke', 'lease-renewals'],
    ['details for the subtitles pipeline `subs.pipeline`', 'details', 'subs-pipeline'],
    ['what did the arrears chaser `arrears_chaser` spend last month?', 'spend', 'arrears-chaser'],
  ]);
  // requests whose other reading is right; code in chit-chat names no unit
  reads([
    ['rotate the key for `payments-gateway`', 'rotate', 'payments-gateway'],
    ['new key for `fraudDetector`', 'create_key', 'fraud-detector'],
    ['team _ClaimsVision_ needs a new key', 'create_key', 'claimsvision'],
  ]);
  nothingAsked([
    'the open banking aggregator `ob.aggregator` is down again',
    'renamed `f1Companion` to `f1Hub` in the repo, fyi',
    'the config lives in `settings.yaml` for the card fraud scorer',
    'the `podcastPlayer` unit had a great month',
  ]);
});

describe('"we are unit X" / "our unit is X" names the unit over a description', () => {
  reads([
    ['can you make key for team of market risk? we are unit mr-var-engine', 'create_key', 'mr-var-engine'],
    ['need a long-term key for the lettings people, our unit is lettings-crm', 'create_key', 'lettings-crm'],
    ['hello, please key for the team of subtitles. we are unit subs-ml.', 'create_key', 'subs-ml'],
    [
      'please create a key for credit ops, our unit is credit-decisioning',
      'create_key',
      'credit-decisioning',
    ],
    ['hi, rotate key of team payments please, we are unit pay-core', 'rotate', 'pay-core'],
    ['key for the content moderation folks pls — our unit is mod-queue', 'create_key', 'mod-queue'],
    ['api key for block maintenance team? we are unit maint-ops. thanks', 'create_key', 'maint-ops'],
    ['revoke our key, it leaked. we are unit asset-tagging', 'revoke', 'asset-tagging'],
  ]);
  nothingAsked([
    'we are unit crm-scorecards since the reorg',
    'our unit is lettings-crm now, just so you all know',
    'we are a small unit, only four people',
  ]);
});

describe('the name after a colon at the end of a request is the unit', () => {
  reads([
    [
      "no token please, it's for a nightly batch that reconciles every ledger entry: ledger-recon",
      'create_key',
      'ledger-recon',
    ],
    [
      'long-term key please, for the service that tags every clip with topics: clip-tagger',
      'create_key',
      'clip-tagger',
    ],
    [
      'need a permanent key for the job that prices every rent review: rent-pricer',
      'create_key',
      'rent-pricer',
    ],
    ['an api key for our scoring service: risk-scorer', 'create_key', 'risk-scorer'],
    [
      'please set up a key for the thing that summarises every call: call-summary',
      'create_key',
      'call-summary',
    ],
    ['key for the nightly fraud job: fraud-nightly', 'create_key', 'fraud-nightly'],
    ['rotate the key of the job that scores loans: loan-scorer', 'rotate', 'loan-scorer'],
  ]);
  nothingAsked(['the nightly job that scores every card transaction for fraud: still failing']);
  // Left (an intent reading, not the unit's): the rules read create_key tenant-faq, but a message opened by
  // "not a token" is doubted as a statement and read unknown; never acted on either way.
  neverActs(['not a token, a real key — for the bot that answers tenant questions: tenant-faq']);
  // (read as details of the fraud job before this round, and still; never acted on)
  neverActs(['status of the fraud job: green']);
});

describe('several plain words before "unit"/"team"/"squad"/"pod"/"desk"/"office" are the name', () => {
  nothingAsked(['key holders for the site office', 'who has keys for the house?']);
  reads([
    ['change the AI key of the customer care assist unit', 'rotate', 'customer-care-assist'],
    ['what did the live sports clipping unit cost us in April 2026?', 'spend', 'live-sports-clipping'],
    ['what do we have for the sports desk', 'details', 'sports-desk'],
    ['key holders for the growth ops pod?', 'details', 'growth-ops-pod'],
    ['revoke the key held by the Lease Administration Office', 'revoke', 'lease-administration-office'],
    ['rotate the key of the card disputes squad', 'rotate', 'card-disputes-squad'],
    ['what keys does the rights desk have?', 'details', 'rights-desk'],
    ['who holds keys for the credit risk pod', 'details', 'credit-risk-pod'],
    ['revoke the key held by the Service Charge Office', 'revoke', 'service-charge-office'],
    ['what did the ad ops pod spend last month?', 'spend', 'ad-ops-pod'],
  ]);
  // furniture, premises and places stay none
  nothingAsked([
    'the key to my desk drawer is missing',
    'the front desk has the key for the meeting room',
    'the contact centre assist unit was demoed at the all-hands',
    'the rights desk is closed till monday',
    'greetings from the Lisbon office',
  ]);
});

describe('adversarial texts stay fast', () => {
  it.each([
    'key for the '.repeat(170),
    'everything for the q2 '.repeat(100),
    `\`${'aB1'.repeat(600)}\``,
    `\`f1${'Ab'.repeat(900)}\``,
    'key holders for '.repeat(130),
    'we are unit '.repeat(170),
    `for x: ${'a-'.repeat(900)}`,
    ' model owned by '.repeat(130),
    'the a b c d unit '.repeat(120),
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 2000)));
  });
});

describe('the team that owns a credential wins over the system it is for', () => {
  reads([
    ['key for the churn model owned by the retention squad', 'create_key', 'retention-squad'],
    ['key for the pricing model owned by the yield team', 'create_key', 'yield-team'],
    ['api key for the recs model owned by the discovery pod', 'create_key', 'discovery-pod'],
    ['rotate the key for the fraud model owned by the risk squad', 'rotate', 'risk-squad'],
    ['new key for the arrears model run by the collections team', 'create_key', 'collections-team'],
    ['revoke the key of the valuation model owned by the Asset Office', 'revoke', 'asset-office'],
  ]);
  keeps([
    ['which models can the retention squad use?', 'models'],
    ['what models are there', 'models'],
  ]);
});

describe('the unit of the question or request wins over the story around it', () => {
  reads([
    [
      "who's the owner of the highlights-gen unit? need to ask them about the goal clips",
      'details',
      'highlights-gen',
    ],
    ['who owns the subs-ml unit? want to ask about the french captions', 'details', 'subs-ml'],
    [
      'who is the owner of the lettings-crm unit? need to talk about the void reports',
      'details',
      'lettings-crm',
    ],
    [
      "hi bedrock bot — the lettings app calls Bedrock from the backend for the viewing assistant, so the 12h tokens won't do. could you set up a long-term api key for `lettings-backend`? 90 days is fine",
      'create_key',
      'lettings-backend',
    ],
    [
      'the clip team runs the auto-highlights bot overnight so tokens expire too soon. can you make a long-term key for `clip-batch`?',
      'create_key',
      'clip-batch',
    ],
    [
      'our card app needs Bedrock for the dispute helper in the backend. could you create an api key for `cards-backend` please',
      'create_key',
      'cards-backend',
    ],
  ]);
});

describe('a named event with a qualifier that owns keys is a unit; a period or occasion is not', () => {
  reads([
    ['tear down everything for the Q2 hackathon', 'deprovision', 'q2-hackathon'],
    ['tear down everything for the 2025 summit', 'deprovision', '2025-summit'],
    ['shut down everything for the spring-launch pilot', 'deprovision', 'spring-launch-pilot'],
    ['tear down everything for the Q3 hackathon please', 'deprovision', 'q3-hackathon'],
    ['tear down everything for hack week', 'deprovision', 'hack-week'],
    ['tear down everything for the 2026 offsite', 'deprovision', '2026-offsite'],
    ['shut down everything for hack day', 'deprovision', 'hack-day'],
    ['tear down everything for the 2025 spring summit.', 'deprovision', '2025-spring-summit'],
  ]);
  nothingAsked([
    'shut everything down for the summer',
    'shut everything down for the storm',
    'shut everything down for the fire drill',
    'shut everything down for safety reasons',
    'shut everything down for the maintenance window',
    'shut down everything for the storm',
    'shut down everything for the fire drill',
    'shut down everything for safety reasons',
    'shut down everything for summer',
    'shut down everything for the hackathon',
    'we tore down everything for the Q2 hackathon last week',
    'Dave, can you tear down everything for the Q2 hackathon stand?',
    'ops said: tear down everything for the Q2 hackathon',
    'Dave, can you tear down everything for the 2025 summit',
    'my manager told me: shut down everything for the 2025 summit',
  ]);
});
