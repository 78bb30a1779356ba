import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Slots as people write them: several phrasings of each kind (none taken from the corpus's test split). */
describe("durations: what the request asks for, not a story's time, a key's age or a policy", () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['i need a token. 3 hours should be enough', 'ttlSeconds', 10800],
    ['token pls. 90 min is fine', 'ttlSeconds', 5400],
    [
      'ok so yesterday I spent 4 hours fighting IAM, today I just want a token for an hour please',
      'ttlSeconds',
      3600,
    ],
    ['it took 3 hours to debug, now a token for 2h please', 'ttlSeconds', 7200],
    ['we waited like 2 hours for approval last time; token for 1h', 'ttlSeconds', 3600],
    ['why does my token say expired after like 1 hour', 'ttlSeconds', null],
    ['token for one (1) hour', 'ttlSeconds', 3600],
    ['token for 2 (two) hours', 'ttlSeconds', 7200],
    ['token for three (3) hours', 'ttlSeconds', 10800],
    ['token for half an hr', 'ttlSeconds', 1800],
    ['token for half a min', 'ttlSeconds', null],
    ['token for minus 30 minutes', 'ttlSeconds', null],
    ['token for negative 2 hours', 'ttlSeconds', null],
    ["rotate growth's key and make the new one last 60 days", 'expiryDays', 60],
    ['key for sales that should last 90 days', 'expiryDays', 90],
    ['who created keys last week?', 'period', { kind: 'days', days: 7 }],
    ['audit for sept 2026', 'period', { kind: 'named-month', month: 9, year: 2026 }],
    ['what is the cost of bedrock for forecast since 3 months', 'period', { kind: 'days', days: 90 }],
    ['/bedrock history --bu checkout --days 30', 'period', { kind: 'days', days: 30 }],
    ['/bedrock create-key --bu growth --days 30', 'expiryDays', 30],
    [
      'Our 90-day rotation policy kicks in tomorrow; please rotate the key for checkout-api.',
      'expiryDays',
      null,
    ],
    ['the 30 day rule says so, rotate the ads key', 'expiryDays', null],
    [
      'they want every credential younger than 90 days, please rotate the key for analytics',
      'expiryDays',
      null,
    ],
    ['key for compliance-bot, the last one lasted 90 days but this one should be 30', 'expiryDays', 30],
    [
      'how much did growth spend on bedrock... sorry I meant last month, not this month',
      'period',
      { kind: 'month', monthsAgo: 1 },
    ],
    [
      'on thursday the ml-ops folks in frankfurt rotated their key (fine). please rotate the recsys key now and give the new one 30 days',
      'expiryDays',
      30,
    ],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

describe("Regions: the request's place, not the story's", () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['need bedrock token. frankfurt would be great', 'region', 'eu-central-1'],
    [
      'we had an incident in ireland last night and I want to check something: details for checkout-api pls',
      'region',
      null,
    ],
    [
      'on thursday the ml-ops folks in frankfurt rotated their key (fine). please rotate the recsys key now and give the new one 30 days',
      'region',
      null,
    ],
    [
      'the recsys service is still running with that key in us-west-2 for now. please rotate the recsys key',
      'region',
      null,
    ],
    [
      'last sprint we burned 2 million tokens. I need a bedrock token for 2h in oregon',
      'region',
      'us-west-2',
    ],
    ['token in japan 45m', 'region', 'ap-northeast-1'],
    ['token in ireland 2 hours', 'region', 'eu-west-1'],
    ['history in eu-west-1', 'region', 'eu-west-1'],
    ['deprovision the ml-sandbox in oregon', 'region', 'us-west-2'],
    ['what got created in frankfurt this week', 'region', 'eu-central-1'],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

describe('owner: the person the credential is for or who is named as its owner', () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['can <@U024BE7LH> get a key for 2 hours?', 'owner', 'U024BE7LH'],
    ['could <@U0ANDRE001> get an api key? he has a workshop', 'owner', 'U0ANDRE001'],
    ['revoke the token of <@U0OLDDEV001>, he moved teams', 'owner', 'U0OLDDEV001'],
    ['who gave <@U0INTERN002> a token yesterday', 'owner', 'U0INTERN002'],
    ['is the contact for billing still <@U0BILLING01>?', 'owner', 'U0BILLING01'],
    ['create a key for insights, with <@U0CILEAD42> as the owner', 'owner', 'U0CILEAD42'],
    ['key for data-eng, <@U0DATAOWN1> is the owner', 'owner', 'U0DATAOWN1'],
    ['ping <@U0PING0001> when the key for sales is ready', 'owner', null],
    ['new api key for the fraud team owner sara at acme dot com', 'owner', 'sara@acme.com'],
    ['create key for team hr-assist owner anna dot berg at acme dot com', 'owner', 'anna.berg@acme.com'],
    ['token for carlos at acme dot io for two hours', 'owner', 'carlos@acme.io'],
    [
      'key for analytics owner bob@acme.com \u2014 actually make it alice@acme.com',
      'owner',
      'alice@acme.com',
    ],
    ['key for fraud team owner joe@acme.io \u2014 sorry, owner is jo@acme.io', 'owner', 'jo@acme.io'],
    ['key for ads, owner <@U0AAAAAAA1>, sorry I meant <@U0BBBBBBB2>', 'owner', 'U0BBBBBBB2'],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

describe('all: every key with revoke or rotate, everything in a list', () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['rotate everything, we had a leak', 'all', true],
    ['rotat all', 'all', true],
    ['rev all ads', 'all', true],
    ['rotate keys for ALL units', 'all', true],
    ['revoke tokens of bob@acme.com, he left', 'all', true],
    ['revoke the bedrock api keys for doc-summarizer', 'all', true],
    ['ls -a', 'all', true],
    [
      'The finance key leaked in #general yesterday, it was up for 20 minutes. Please revoke the finance keys.',
      'all',
      true,
    ],
    ['our old sales key expired last week. please revoke the sales key too', 'all', false],
    ['not rotate, revoke. all keys for legacy-search', 'all', true],
    ['gimme the full list of units with keys', 'all', true],
    ['please rotate the key for checkout-api, everything else can wait', 'all', false],
    ['rotate the sales key every 90 days', 'all', false],
    ["revoke the ads key, that's all", 'all', false],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

describe('key kind and provider: named as a credential or a model, not in passing', () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['newkey search-ranking ak', 'keyKind', 'access-key'],
    ['rotate the support-bot api key, sorry I meant the access key', 'keyKind', 'access-key'],
    ['new key for ads, access key. actually make it an api key', 'keyKind', 'api-key'],
    ['revoke the access key for treasury-forecast, keep the API key', 'keyKind', 'access-key'],
    ['need access keys for team legacy-batch, boto2 doesnt do bearer', 'keyKind', 'access-key'],
    ['api keu for supportbot 30 days', 'keyKind', 'api-key'],
    ['what is diference between api key and access key', 'keyKind', null],
    ['create_key bu=search-api kind=api-key exp=90', 'keyKind', 'api-key'],
    ['/bedrock create-key -bu risk-engine -kind api', 'keyKind', 'api-key'],
    ['/bedrock key --team=mobile-apps --type=access-key', 'keyKind', 'access-key'],
    ['team: ad-ranker\nauth: access_key\nneed creds for this, long term', 'keyKind', 'access-key'],
    ['new key for growth, ak please', 'keyKind', 'access-key'],
    ['yesterday I spent 4 hours fighting IAM, token for an hour please', 'keyKind', null],
    ['need IAM keys for the etl-runner', 'keyKind', 'access-key'],
    ["what's the command to rotate a key", 'provider', null],
    ['can i use the slash command in a private channel', 'provider', null],
    ['which regions have cohere command r', 'provider', 'cohere'],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

/** The request sentence's values, not the story's; a short value line or a correction is the request's. */
describe('values of the request in a longer message', () => {
  it.each<[string, string, unknown]>([
    [
      'We have 3 batch jobs that run at midnight; those have their own key. Separately, I want to debug by hand today. A token for 2 hours would do.',
      'ttlSeconds',
      7200,
    ],
    ['<@U0BOT0001> same as yesterday please: a token for 6 hours in ireland', 'region', 'eu-west-1'],
    ['token for the Tokyo region, 2 hours. no, make it Osaka actually', 'region', 'ap-northeast-3'],
    ['token for the Tokyo region, 2 hours. no, make it Osaka actually', 'ttlSeconds', 7200],
    ["I've got an interview panel in an hour. Token for 30 min please?", 'ttlSeconds', 1800],
    ['our demo is in 3 hours and I need a token for 90 minutes', 'ttlSeconds', 5400],
    [
      'Our Mumbai team is 5 people, they will ask later. I need one for me only: token for 3 hours in mumbai region.',
      'region',
      'ap-south-1',
    ],
    [
      'Regarding ticket SUP-4412 (customer sees 403s since 9am): I want to reproduce it with a fresh token. 1 hour is enough.',
      'ttlSeconds',
      3600,
    ],
    ['tok 3600s', 'ttlSeconds', 3600],
    ['token 300s', 'invalid', ['ttlSeconds']],
    ['tok 6h (edit: 5h)', 'ttlSeconds', 18000],
    ['create key for fraud-alerts, 90 days. wait, 60 is enough', 'expiryDays', 60],
    ['token for 0 hours? lol no. 1 hour.', 'ttlSeconds', 3600],
    ['I was told to ask for a token in us-east-9, 2 hours. Is that a thing?', 'invalid', ['region']],
    ['Key for risk-scoring please, 60 days (edit: 90, compliance wants a quarter)', 'expiryDays', 90],
    ['Policy says 90 days max. Please rotate all keys for finance-reporting.', 'expiryDays', null],
    ['our github workflow runs 50 times a day, it needs a long-term key for ci-runner', 'expiryDays', null],
    ['sorry, I was away for 2 hours. what did I miss?', 'ttlSeconds', null],
  ])('%s → %s %j', (text, slot, want) => {
    const r = parseRequest(text);
    const got = slot === 'invalid' ? (r.problems ?? []).map((p) => p.slot) : r[slot as keyof ParseResult];
    expect(got).toEqual(want);
  });
});
