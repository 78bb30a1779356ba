import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round sixteen, slots other than the unit and the topic: sentences of each kind written before the
 * parser's answers were looked at (labels follow test/intent/data/README.md), with look-alikes that must
 * not change.
 */
describe('the person a token is for, named in words with the mention beside them', () => {
  exactly([
    { text: 'token for Mei (<@U07MEI0001>), 2h', intent: 'token', owner: 'U07MEI0001', ttlSeconds: 7200 },
    {
      text: 'a 3 hour token for our new data analyst — <@U07ANA0002>',
      intent: 'token',
      owner: 'U07ANA0002',
      ttlSeconds: 10800,
    },
    {
      text: 'one token for the VP of sales (<@U07VPS0003>), 45 minutes please',
      intent: 'token',
      owner: 'U07VPS0003',
      ttlSeconds: 2700,
    },
    {
      text: 'Token for Jonas from legal (<@U07JON0004>) — ninety minutes',
      intent: 'token',
      owner: 'U07JON0004',
      ttlSeconds: 5400,
    },
    {
      text: 'user <@U07USR0005> is requesting a bedrock token for 1 hour',
      intent: 'token',
      owner: 'U07USR0005',
      ttlSeconds: 3600,
    },
    {
      text: 'forwarding: <@U07FWD0006> is asking for a token, 2 hours, Frankfurt',
      intent: 'token',
      owner: 'U07FWD0006',
      ttlSeconds: 7200,
      region: 'eu-central-1',
    },
    {
      text: 'which tokens went to <@U07HIS0007> in march?',
      intent: 'history',
      owner: 'U07HIS0007',
      period: { kind: 'named-month', month: 3, year: null },
    },
    {
      text: 'show me the tokens that have gone to <@U07HIS0008> in the last 7 days',
      intent: 'history',
      owner: 'U07HIS0008',
      period: { kind: 'days', days: 7 },
    },
    // Look-alikes: whom one speaks to or thanks, and a unit's key asked for by someone, name no owner.
    { text: 'thanks for the help <@U07THX0009>! token for 2h please', intent: 'token', ttlSeconds: 7200 },
    { text: 'sorry for the noise. <@U07BOT0010> token 2h', intent: 'token', ttlSeconds: 7200 },
    {
      text: '<@U07REQ0011> is asking for an api key for growth',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
    },
    {
      text: 'which tokens did <@U07DID0012> create last month?',
      intent: 'history',
      period: { kind: 'month', monthsAgo: 1 },
    },
  ]);
});

describe('a key named by an ID in capitals, a pasted secret acted on, a hash after "key id"', () => {
  exactly([
    { text: 'revoke ABSKdGVzdGtleVhZWg', intent: 'revoke', keyId: 'ABSKdGVzdGtleVhZWg' },
    {
      text: 'rotate the growth key ABSKqWeRtYuIoP',
      intent: 'rotate',
      businessUnit: 'growth',
      keyId: 'ABSKqWeRtYuIoP',
    },
    { text: 'what is ABSKmYkEyNaMe attached to?', intent: 'details', keyId: 'ABSKmYkEyNaMe' },
    {
      text: 'rotate ABSKQmVkcm9ja0FQSUtleVNlY3JldA for claims-ml',
      intent: 'rotate',
      businessUnit: 'claims-ml',
      invalid: ['keyId'],
    },
    {
      text: 'please revoke ABSKc2VjcmV0LWtleS1mb3ItYWRz for fraud-ml asap',
      intent: 'revoke',
      businessUnit: 'fraud-ml',
      invalid: ['keyId'],
    },
    {
      text: 'revoke key id sha1:4b2c9d8e7f6a5b4c for search-api',
      intent: 'revoke',
      businessUnit: 'search-api',
      invalid: ['keyId'],
    },
    {
      text: 'rotate key id md5: 7a6b5c4d3e2f1a0b9c8d for ads',
      intent: 'rotate',
      businessUnit: 'ads',
      invalid: ['keyId'],
    },
    { text: 'rotate key ABSK4f9c2e71 please', intent: 'rotate', keyId: 'ABSK4f9c2e71' },
    // Look-alikes: an AWS ID stays an ID; a plain word after rotate is no key.
    { text: 'revoke AKIAIOSFODNN7EXAMPLE', intent: 'revoke', keyId: 'AKIAIOSFODNN7EXAMPLE' },
    { text: 'rotate the key for absk-team', intent: 'rotate', businessUnit: 'absk-team' },
  ]);
});

describe('an adverb after "owner" is no owner', () => {
  exactly([
    { text: 'is the owner still Dana for risk-ml?', intent: 'details', businessUnit: 'risk-ml' },
    { text: 'who is the owner of growth now', intent: 'details', businessUnit: 'growth' },
    {
      text: 'new key for ledger-sync, owner is still <@U07OWN0013>',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      owner: 'U07OWN0013',
    },
    // Look-alike: a name as the owner is refused.
    {
      text: 'new key for ledger-sync, owner dana',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      invalid: ['owner'],
    },
  ]);
});

describe("a bare number after a key's expiry is its days; never a token's", () => {
  exactly([
    {
      text: 'api key for search-rank. Expiry 60.',
      intent: 'create_key',
      businessUnit: 'search-rank',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'new access key for billing-etl, expires in 120',
      intent: 'create_key',
      businessUnit: 'billing-etl',
      keyKind: 'access-key',
      expiryDays: 120,
    },
    {
      text: 'key for claims-ml expiring in 45, owner <@U07EXP0001>',
      intent: 'create_key',
      businessUnit: 'claims-ml',
      owner: 'U07EXP0001',
      expiryDays: 45,
    },
    {
      text: 'rotate the ads-ranker api key, expiry 30 on the new one please',
      intent: 'rotate',
      businessUnit: 'ads-ranker',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'Could you set up an API key for doc-intel? expiry 365, thanks',
      intent: 'create_key',
      businessUnit: 'doc-intel',
      keyKind: 'api-key',
      expiryDays: 365,
    },
    // Look-alikes: a key's state now, a token, a date.
    { text: 'token for 2h, expires in 3', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'api key for growth, expiry 90 days',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
      expiryDays: 90,
    },
  ]);
});

describe('a Region after "region", with a reason after "since"; a place before a premises word', () => {
  exactly([
    {
      text: 'token for the offsite, 3 hours. region dublin since most of us are in Ireland',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'eu-west-1',
    },
    {
      text: 'need a token for 2h. region tokyo since we are testing latency there',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'ap-northeast-1',
    },
    {
      text: 'token 4h. Frankfurt region, since they are all EU users',
      intent: 'token',
      ttlSeconds: 14400,
      region: 'eu-central-1',
    },
    { text: 'token 2h for the Paris bureau, the correspondent needs it', intent: 'token', ttlSeconds: 7200 },
    { text: 'a token for the Sydney newsroom, 1 hour', intent: 'token', ttlSeconds: 3600 },
    { text: 'token for 3h for our Mumbai studio', intent: 'token', ttlSeconds: 10800 },
    // Look-alikes: the place alone names the Region.
    { text: 'token 2h London', intent: 'token', ttlSeconds: 7200, region: 'eu-west-2' },
    { text: 'token 2h in Paris for the bureau', intent: 'token', ttlSeconds: 7200, region: 'eu-west-3' },
  ]);
});

describe('a sentence that opens with a model and says what it is for names the provider', () => {
  exactly([
    {
      text: 'token pls, 3h. mistral large for the translation test',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'mistral',
    },
    {
      text: 'token 2h. Claude for the release notes draft',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
    {
      text: 'need a token, 1 hour. titan for the embeddings job',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'amazon',
    },
    {
      text: 'token 45 min. llama 3.1 for the eval notebook',
      intent: 'token',
      ttlSeconds: 2700,
      provider: 'meta',
    },
    // Look-alike: something else that is "for" something names none.
    { text: 'token 2h. The meeting is for the release notes', intent: 'token', ttlSeconds: 7200 },
  ]);
});

describe("a key's kind written alone as an item of the request", () => {
  exactly([
    {
      text: 'key for the Risk Office (risk-office), access, 30 days',
      intent: 'create_key',
      businessUnit: 'risk-office',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'new key for ledger-sync, 60 days, api',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'key for growth; kind: iam; 90 days',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'access-key',
      expiryDays: 90,
    },
    {
      text: 'long-term key for doc-intel, type api',
      intent: 'create_key',
      businessUnit: 'doc-intel',
      keyKind: 'api-key',
    },
    // Look-alikes: no key, or "api" inside a phrase.
    { text: 'token 2h, api, thanks', intent: 'token', ttlSeconds: 7200 },
    { text: 'rotate the growth key, api access is broken', intent: 'rotate', businessUnit: 'growth' },
  ]);
});
