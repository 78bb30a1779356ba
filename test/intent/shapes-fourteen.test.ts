import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';
import { exactly } from './acted.js';

/**
 * Round fourteen (shapes): units written the way code and dashboards name services — dotted, underscored,
 * camelCase, with a version or an environment, in brackets, a namespace or a path — after every unit
 * reading (for, team, possessive, before "key", form fields, "unit:"), and look-alikes that name no unit.
 * Written before the parser's answers were looked at; labels follow test/intent/data/README.md ("Units
 * written as service names").
 */
describe('dotted names (ml.search.rank) are one name, dots as hyphens', () => {
  exactly([
    {
      text: 'create an api key for ml.search.rank, 90 days',
      intent: 'create_key',
      businessUnit: 'ml-search-rank',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    { text: 'rotate the ml.search.rank key please', intent: 'rotate', businessUnit: 'ml-search-rank' },
    {
      text: 'unit: ads.bidding.core — need an access key',
      intent: 'create_key',
      businessUnit: 'ads-bidding-core',
      keyKind: 'access-key',
    },
    {
      text: 'how much did ml.search.rank spend last month?',
      intent: 'spend',
      businessUnit: 'ml-search-rank',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: "ml.search.rank's key leaked, rotate it", intent: 'rotate', businessUnit: 'ml-search-rank' },
    {
      text: 'offboard data.lake.ingest, project is over',
      intent: 'deprovision',
      businessUnit: 'data-lake-ingest',
    },
    { text: 'rotate key for growth, see docs.acme.io/keys', intent: 'rotate', businessUnit: 'growth' },
    {
      text: 'Unit: ml.search.rank\nType: api key\nExpiry: 30 days',
      intent: 'create_key',
      businessUnit: 'ml-search-rank',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'the search.ranking.v2 team needs a key',
      intent: 'create_key',
      businessUnit: 'search-ranking-v2-team',
    },
    {
      text: 'team ml.search.rank wants an access key',
      intent: 'create_key',
      businessUnit: 'ml-search-rank',
      keyKind: 'access-key',
    },
    {
      text: 'history for ml.search.rank in the last 7 days',
      intent: 'history',
      businessUnit: 'ml-search-rank',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'rotate keys for geo.enrichment.batch, someone pasted it',
      intent: 'rotate',
      businessUnit: 'geo-enrichment-batch',
    },
    { text: 'details for fraud.scoring.prod', intent: 'details', businessUnit: 'fraud-scoring-prod' },
  ]);
});

describe('underscored names (payments_gateway) keep their parts, underscores as hyphens', () => {
  exactly([
    { text: 'create key for payments_gateway', intent: 'create_key', businessUnit: 'payments-gateway' },
    { text: 'rotate `payments_gateway_v2` key', intent: 'rotate', businessUnit: 'payments-gateway-v2' },
    { text: 'what keys does search_indexer have?', intent: 'details', businessUnit: 'search-indexer' },
    {
      text: 'team fraud_detection needs a new api key, 30 days',
      intent: 'create_key',
      businessUnit: 'fraud-detection',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    { text: 'deprovision legacy_recs_v1', intent: 'deprovision', businessUnit: 'legacy-recs-v1' },
    {
      text: 'history for claims_ocr last 30 days',
      intent: 'history',
      businessUnit: 'claims-ocr',
      period: { kind: 'days', days: 30 },
    },
    { text: 'revoke the key of doc_summarizer', intent: 'revoke', businessUnit: 'doc-summarizer' },
    {
      text: 'spend for ads_ranking this month',
      intent: 'spend',
      businessUnit: 'ads-ranking',
      period: { kind: 'month', monthsAgo: 0 },
    },
    { text: 'rotate recs_v2', intent: 'rotate', businessUnit: 'recs-v2' },
    {
      text: 'bu=payments_gateway days=60 create_key',
      intent: 'create_key',
      businessUnit: 'payments-gateway',
      expiryDays: 60,
    },
    { text: 'the recs_v2 key needs rotating', intent: 'rotate', businessUnit: 'recs-v2' },
    {
      text: 'new api key for `ads_bidding_core`',
      intent: 'create_key',
      businessUnit: 'ads-bidding-core',
      keyKind: 'api-key',
    },
    { text: 'rotate `ledger_sync_prod`', intent: 'rotate', businessUnit: 'ledger-sync-prod' },
  ]);
});

describe('camelCase names (fraudDetector, `FraudDetector`) break into hyphenated words', () => {
  exactly([
    {
      text: 'create a key for fraudDetector, owner ana@acme.io',
      intent: 'create_key',
      businessUnit: 'fraud-detector',
      owner: 'ana@acme.io',
    },
    { text: 'rotate the key for `FraudDetector`', intent: 'rotate', businessUnit: 'fraud-detector' },
    { text: 'details for searchIndexer', intent: 'details', businessUnit: 'search-indexer' },
    { text: "revoke recsRanker's key", intent: 'revoke', businessUnit: 'recs-ranker' },
    {
      text: 'unit: `invoiceParser`, api key, 60 days',
      intent: 'create_key',
      businessUnit: 'invoice-parser',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'how much did chatBackend spend last month',
      intent: 'spend',
      businessUnit: 'chat-backend',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'deprovision `LegacyRecommender`', intent: 'deprovision', businessUnit: 'legacy-recommender' },
    { text: 'new key for team mlPlatform please', intent: 'create_key', businessUnit: 'ml-platform' },
    {
      text: '*Team*: fraudDetector / owner: ana@acme.io / create key',
      intent: 'create_key',
      businessUnit: 'fraud-detector',
      owner: 'ana@acme.io',
    },
    { text: "please rotate recsRanker's keys, one leaked", intent: 'rotate', businessUnit: 'recs-ranker' },
    {
      text: 'can the mlPlatform team get a long-term key?',
      intent: 'create_key',
      businessUnit: 'ml-platform-team',
    },
    {
      text: 'how much did `PricingEngine` spend in March?',
      intent: 'spend',
      businessUnit: 'pricing-engine',
      period: { kind: 'named-month', month: 3, year: null },
    },
  ]);
});

describe('a Kubernetes namespace names what follows it; a path is one name', () => {
  exactly([
    {
      text: 'key for ns/search-indexer, 30 days',
      intent: 'create_key',
      businessUnit: 'search-indexer',
      expiryDays: 30,
    },
    { text: 'rotate the key for namespace search-indexer', intent: 'rotate', businessUnit: 'search-indexer' },
    {
      text: 'revoke keys for k8s namespace fraud-scoring',
      intent: 'revoke',
      businessUnit: 'fraud-scoring',
      all: true,
    },
    {
      text: 'what did namespace recs-online spend last month',
      intent: 'spend',
      businessUnit: 'recs-online',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'key for platform/ranker, 90 days',
      intent: 'create_key',
      businessUnit: 'platform-ranker',
      expiryDays: 90,
    },
    { text: 'deprovision ns/legacy-ranker', intent: 'deprovision', businessUnit: 'legacy-ranker' },
    { text: 'details for namespace payments-gw', intent: 'details', businessUnit: 'payments-gw' },
  ]);
});

describe('a version or an environment written in stays; one in brackets is story', () => {
  exactly([
    { text: 'details for `risk.scoring`', intent: 'details', businessUnit: 'risk-scoring' },
    {
      text: 'revoke all keys for team payments.ledger',
      intent: 'revoke',
      businessUnit: 'payments-ledger',
      all: true,
    },
    { text: 'create key for recs-v2', intent: 'create_key', businessUnit: 'recs-v2' },
    {
      text: 'key for billing-api-prod, 90 days',
      intent: 'create_key',
      businessUnit: 'billing-api-prod',
      expiryDays: 90,
    },
    { text: 'revoke the checkout (staging) key', intent: 'revoke', businessUnit: 'checkout' },
    {
      text: 'create an access key for checkout (prod)',
      intent: 'create_key',
      businessUnit: 'checkout',
      keyKind: 'access-key',
    },
    { text: 'details for search-api (staging)', intent: 'details', businessUnit: 'search-api' },
    { text: 'rotate the key for payments-v3-staging', intent: 'rotate', businessUnit: 'payments-v3-staging' },
    {
      text: 'spend for ranker-v2 last 7 days',
      intent: 'spend',
      businessUnit: 'ranker-v2',
      period: { kind: 'days', days: 7 },
    },
    { text: 'create a key for growth, put it in config.yaml', intent: 'create_key', businessUnit: 'growth' },
    { text: 'rotate the growth key, it was in src/main.py', intent: 'rotate', businessUnit: 'growth' },
    {
      text: 'create key for ads, owner j.smith@acme.io',
      intent: 'create_key',
      businessUnit: 'ads',
      owner: 'j.smith@acme.io',
    },
    { text: "revoke billing-api-prod's key", intent: 'revoke', businessUnit: 'billing-api-prod' },
    {
      text: 'create key for checkout (staging) please, 30 days',
      intent: 'create_key',
      businessUnit: 'checkout',
      expiryDays: 30,
    },
    { text: 'rotate the key for search-api (prod)', intent: 'rotate', businessUnit: 'search-api' },
    {
      text: 'create a key for checkout (uat), 30 days',
      intent: 'create_key',
      businessUnit: 'checkout',
      expiryDays: 30,
    },
    { text: 'revoke the key for `ranker` (dev)', intent: 'revoke', businessUnit: 'ranker' },
    { text: 'details for payments (production)', intent: 'details', businessUnit: 'payments' },
    { text: 'new key for claims-ocr (sandbox) pls', intent: 'create_key', businessUnit: 'claims-ocr' },
    { text: 'rotate checkout [staging]', intent: 'rotate', businessUnit: 'checkout' },
    {
      text: 'key for billing-api (qa env), 14 days',
      intent: 'create_key',
      businessUnit: 'billing-api',
      expiryDays: 14,
    },
    {
      text: 'spend for recs (preprod) last month',
      intent: 'spend',
      businessUnit: 'recs',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'create a key for search-indexer-staging',
      intent: 'create_key',
      businessUnit: 'search-indexer-staging',
    },
    { text: 'revoke the ranker-v3-dev key', intent: 'revoke', businessUnit: 'ranker-v3-dev' },
  ]);
});

describe('files, domains, versions, model IDs, errors and code in chit-chat name no unit', () => {
  exactly([
    { text: 'my config.yaml has the old key in it, lol', intent: 'unknown' },
    { text: 'main.py throws when the token expires', intent: 'unknown' },
    { text: 'api.example.com is down again', intent: 'unknown' },
    { text: 'we upgraded boto3 to v2.3.1 yesterday', intent: 'unknown' },
    { text: '`getToken()` returns null after the refresh', intent: 'unknown' },
    { text: 'the fraudDetector service is down again, anyone looking?', intent: 'unknown' },
    { text: 'token for 2h in us-east-1', intent: 'token', ttlSeconds: 7200, region: 'us-east-1' },
    { text: 'the logs in /var/log/app are full again', intent: 'unknown' },
    { text: 'deploy/api restarted fine after the key rotation last week', intent: 'unknown' },
    { text: 'which models can I use? anthropic.claude-3-haiku-20240307-v1:0 ok?', intent: 'models' },
    { text: 'I renamed getBedrockToken() to fetchToken() in the sdk wrapper', intent: 'unknown' },
    { text: 'anyone seen `ThrottlingException` from bedrock today?', intent: 'unknown' },
    { text: 'the chart at charts/ranker/values.yaml is wrong', intent: 'unknown' },
    { text: 'the new build of the recsRanker model is live, nice work all', intent: 'unknown' },
    { text: 'kubectl get pods -n search-indexer shows crashloop again', intent: 'unknown' },
    {
      text: "token for 3h please, it's for the notebook in ml.search.rank",
      intent: 'token',
      ttlSeconds: 10800,
    },
  ]);
});

describe('a file or a model ID in a question names no unit', () => {
  it.each([
    'our pods read the key from secrets.yaml, is that ok?',
    'is us.anthropic.claude-3-5-sonnet available in eu?',
  ])('%j', (text) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBeNull();
    expect(acts(parse)).toBe(false);
  });
});

describe('code in a request names no unit beside the real one', () => {
  exactly([
    {
      text: 'rotate the growth key, the error came from boto3.client.invoke',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    {
      text: "rotate growth's key, it's hardcoded in our appConfig",
      intent: 'rotate',
      businessUnit: 'growth',
    },
    {
      text: "create a key for ads, we'll load it with os.environ.get",
      intent: 'create_key',
      businessUnit: 'ads',
    },
    {
      text: 'revoke the key for risk-ml, it leaked via logger.debug.dump',
      intent: 'revoke',
      businessUnit: 'risk-ml',
    },
    {
      text: 'new key for search please, the old one is in settings.prod.yaml',
      intent: 'create_key',
      businessUnit: 'search',
    },
    {
      text: 'rotate the key for payments, it was in the userService class',
      intent: 'rotate',
      businessUnit: 'payments',
    },
    {
      text: 'token for 2h, calling bedrockRuntime.invokeModel from a notebook',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
});
