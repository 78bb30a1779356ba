/**
 * Round twenty-one, fix21c: what code review C found in units21's unit readers (findings 1–8): each
 * finding's texts, sentences of our own of each kind, and look-alikes that must keep their reading.
 * Written before the parser's answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

/** Whatever the text reads as, its unit is none of these. */
const notUnit = (rows: [string, string][]) =>
  it.each(rows)('%j is not %j', (text, wrong) => {
    expect(parseRequest(text).businessUnit ?? null).not.toBe(wrong);
  });

describe('1. "we are unit X" names the writers\' unit only when the request names no other unit', () => {
  keeps([
    [
      "we are unit data-platform. please deprovision unit ml-sandbox, it's been retired",
      'deprovision',
      'ml-sandbox',
    ],
    [
      "our unit is data-platform. please deprovision unit ml-sandbox, it's been retired",
      'deprovision',
      'ml-sandbox',
    ],
    ['we are unit data-platform. please deprovision project ml-sandbox', 'deprovision', 'ml-sandbox'],
    [
      'we are unit data-platform. please rotate the key for unit ml-sandbox, which we also run',
      'rotate',
      'ml-sandbox',
    ],
    ['we are unit data-platform. can you create a key for team ml-sandbox?', 'create_key', 'ml-sandbox'],
    [
      'hi, we are unit crm-scorecards. could you create a key for unit loyalty-app? they asked us to raise it for them',
      'create_key',
      'loyalty-app',
    ],
    // our own
    ['we are unit data-platform. please revoke the key for unit ml-sandbox', 'revoke', 'ml-sandbox'],
    ['our unit is pay-core. deprovision unit legacy-etl please', 'deprovision', 'legacy-etl'],
    ["we're unit subs-ml. rotate the key for team captions-ops", 'rotate', 'captions-ops'],
    ['we are unit crm-scorecards, please create a key for unit loyalty-app', 'create_key', 'loyalty-app'],
    [
      'hi! we are unit mod-queue. can you revoke the key of unit spam-filter, it leaked',
      'revoke',
      'spam-filter',
    ],
    ['our unit is risk-core; please deprovision unit fraud-lab', 'deprovision', 'fraud-lab'],
  ]);
  // look-alikes: a description in the request still gives way to the self-name (units21's texts)
  keeps([
    ['can you make key for team of market risk? we are unit mr-var-engine', 'create_key', 'mr-var-engine'],
    ['need a long-term key for the lettings people, our unit is lettings-crm', 'create_key', 'lettings-crm'],
    ['revoke our key, it leaked. we are unit asset-tagging', 'revoke', 'asset-tagging'],
  ]);
});

describe("2. a who's/what's question ranks below a request in another sentence", () => {
  keeps([
    ["who's the owner of the fraud-ops unit? revoke the risk-ml key now, it leaked", 'revoke', 'risk-ml'],
    ["who's the owner of fraud-ops? the risk-ml key leaked, revoke it now", 'revoke', 'risk-ml'],
  ]);
  notUnit([
    ["who's in the growth-lab team? the risk-ml key leaked, revoke it", 'growth-lab-team'],
    ["what's the growth-lab team up to? rotate the risk-ml key asap", 'growth-lab-team'],
  ]);
  keeps([
    // our own
    ["who's the owner of the pricing-core unit? rotate the ads-ml key now", 'rotate', 'ads-ml'],
    ["what's the risk-ops unit doing? revoke the growth-ml key, it leaked", 'revoke', 'growth-ml'],
    ['whos running the fraud-ops unit? create a key for team risk-ml please', 'create_key', 'risk-ml'],
    ['who’s the owner of fraud-ops? deprovision unit legacy-etl', 'deprovision', 'legacy-etl'],
    ["who's the owner of the search-core unit? please rotate the key for unit ads-ml", 'rotate', 'ads-ml'],
  ]);
  // look-alikes: the question alone, or with a story after it, keeps its unit
  keeps([
    [
      "who's the owner of the highlights-gen unit? need to ask them about the goal clips",
      'details',
      'highlights-gen',
    ],
    ["who's the owner of the payments-core unit?", 'details', 'payments-core'],
  ]);
});

describe('3. "the <word> day" is an occasion, never a unit', () => {
  nothingAsked([
    'shut down everything for the snow day',
    'shut down everything for the strike day',
    'shut down everything for the sick day',
    'shut down everything for the big day',
    'shut down everything for the wedding day',
    'shut down everything for the funeral day',
    'shut down everything for the election day',
    'shut down everything for the polling day',
    'shut down everything for the evacuation day',
    'shut down everything for the duvet day',
    'shut down everything for the quiet day',
    'shut down everything for the fire safety day',
    // our own
    'tear down everything for the rainy day',
    'shut everything down for the training day',
    'shut down everything for the open day',
    'tear down everything for the bank holiday day',
    'shut down everything for the moving day',
    'shut down everything for snow day',
  ]);
  keeps([
    ['shut down everything for hack day', 'deprovision', 'hack-day'],
    ['tear down everything for hack day please', 'deprovision', 'hack-day'],
    ['tear down everything for hack week', 'deprovision', 'hack-week'],
    ['deprovision the hack-day unit', 'deprovision', 'hack-day'],
    ['tear down everything for the tender sprint', 'deprovision', 'tender-sprint'],
  ]);
});

describe('4. an owned-by owner is a team, never a person or a vendor; questions keep their intent', () => {
  neverActs([
    'new key for the arrears model owned by jane',
    "new key for the arrears model run by jane's team",
    'key for the churn model owned by the vendor',
    'key for the churn model owned by our partner acme',
    // our own
    'new key for the churn model owned by bob',
    'key for the pricing model built by the vendor',
    'key for the recs model run by our supplier',
    'need a key for the arrears model managed by mike',
  ]);
  notUnit([
    ['new key for the arrears model owned by jane', 'jane'],
    // (Round twenty-four's retrain: "new key for the arrears model run by jane's team" is asked about as a key
    // for arrears, never acted on (neverActs above); the unit it offers is wrong and is listed as left.)
    ['key for the churn model owned by the vendor', 'churn'],
    ['key for the churn model owned by our partner acme', 'partner-acme'],
  ]);
  keeps([
    ['audit log of the key for the pricing model run by the yield team', 'history'],
    [
      "what's the history of the key for the churn model owned by the retention squad?",
      'history',
      'retention-squad',
    ],
    ['which models does the key for the churn model owned by the retention squad allow?', 'models'],
    // our own
    ['show the history of the key for the pricing model owned by the yield team', 'history'],
  ]);
  // (left: base reads these as unknown and help, never acted; not this finding's kind)
  neverActs([
    'audit trail of the key for the recs model owned by the discovery pod',
    'which models can the key for the fraud model owned by the risk squad call?',
  ]);
  // (left: "the fraud model" names the unit "fraud" as on base; never the person's team)
  notUnit([["create a key for the fraud model owned by sarah's team", 'sarahs-team']]);
  // the owning team still wins (units21's texts and our own)
  keeps([
    ['key for the churn model owned by the retention squad', 'create_key', 'retention-squad'],
    ['new key for the arrears model run by the collections team', 'create_key', 'collections-team'],
    ['please create a key for the scoring model owned by the credit squad', 'create_key', 'credit-squad'],
    ['need a key for the recs model built by the discovery pod', 'create_key', 'discovery-pod'],
    ['we need an api key for the pricing model maintained by the yield-ops team', 'create_key'],
  ]);
});

describe('5. a team phrase after "cc"/"loop in"/"with" is copied, never the unit', () => {
  keeps([
    ['rotate the key for claims, cc the claims service team', 'rotate', 'claims'],
    ['create a key for digital, cc the digital service team', 'create_key', 'digital'],
    ['rotate the key for search, cc the search service desk', 'rotate', 'search'],
    ['revoke the key for lettings, cc the lettings service charge office', 'revoke', 'lettings'],
    // our own
    ['revoke the key for payments, cc the payments service team', 'revoke', 'payments'],
    ['create a key for claims, with the claims support team in the loop', 'create_key', 'claims'],
    ['deprovision unit lettings, cc the lettings admin office', 'deprovision', 'lettings'],
    ['rotate the key for digital and cc the digital service desk', 'rotate', 'digital'],
    ['rotate the key for ads, cc the ads ops team', 'rotate', 'ads'],
    ['revoke the key for growth and cc our growth platform team', 'revoke', 'growth'],
  ]);
  // the trade run the finder's word opens is still the unit
  keeps([
    ['rotate the key for the digital service team', 'rotate', 'digital-service-team'],
    ['create a key for the claims service team', 'create_key', 'claims-service-team'],
  ]);
});

describe('6. a name after a colon only after a description of what the key is for', () => {
  keeps([
    ['create a key for the fraud team in this account: sandbox-dev', 'create_key', 'fraud-team'],
    ['create a key for the fraud team with the tag: ml-batch', 'create_key', 'fraud-team'],
    ['create a key for the fraud team using the profile: sso-admin', 'create_key', 'fraud-team'],
    // our own
    ['rotate the key for the fraud team, account: prod-main', 'rotate', 'fraud-team'],
    ['create a key for the risk squad with role: admin-ro', 'create_key', 'risk-squad'],
    ['create a key for the fraud team under the label: batch-v2', 'create_key', 'fraud-team'],
    ['create a key for the claims team, account: prod-main', 'create_key', 'claims-team'],
    ['need a key for the search team, profile: dev-sso', 'create_key', 'search-team'],
  ]);
  // a description of the key's purpose, then its name, keeps the name (units21's texts and our own)
  keeps([
    ['key for the nightly fraud job: fraud-nightly', 'create_key', 'fraud-nightly'],
    ['rotate the key of the job that scores loans: loan-scorer', 'rotate', 'loan-scorer'],
    ['new key for fraud: txn-scorer', 'create_key', 'txn-scorer'],
    ['long-term key for the job that matches rent payments: rent-matcher', 'create_key', 'rent-matcher'],
  ]);
});

describe('7. an event qualifier is name-like, not any adjective', () => {
  nothingAsked([
    'tear down everything for the first hackathon',
    'tear down everything for the big hackathon',
    'tear down everything for the 2025 expo, the booth and banners go back to storage',
    // our own
    'tear down everything for the next summit',
    'shut down everything for the annual conference',
    'tear down everything for the last offsite',
    'tear down everything for the great hackathon',
    'shut down everything for the second workshop',
  ]);
  notUnit([['revoke everything for the upcoming workshop', 'upcoming-workshop']]);
  keeps([
    ['tear down everything for the Q2 hackathon', 'deprovision', 'q2-hackathon'],
    ['tear down everything for the 2025 summit', 'deprovision', '2025-summit'],
    ['shut down everything for the spring-launch pilot', 'deprovision', 'spring-launch-pilot'],
  ]);
});

describe('told: "ops said: tear down everything for hack week" is someone else\'s order', () => {
  nothingAsked([
    'ops said: tear down everything for hack week',
    'ops said: shut everything down for atlas',
    // our own
    'my manager told me: shut down everything for hack week',
    'the email says: tear down everything for hack day',
    'ops said: tear down everything for the tender sprint',
  ]);
  neverActs([
    'Dave, can you tear down everything for hack week?',
    'i was told to tear down everything for hack week',
  ]);
  keeps([['please tear down everything for hack week', 'deprovision', 'hack-week']]);
});

describe('the new patterns stay fast on adversarial text', () => {
  it.each([
    ' model owned by the '.repeat(110),
    `new key for the a b c model owned by ${'x '.repeat(900)}`,
    `everything for the ${'summer '.repeat(280)}`,
    `for the job that ${'a '.repeat(950)}: x-y`,
    `ops said: ${'teardown everything for '.repeat(80)}`,
    `who's ${'a? '.repeat(600)} revoke it`,
    `we are unit a-b. ${'cc the a b team, '.repeat(110)}`,
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 2000)));
  });
});
