import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round fifteen, slots other than the unit: sentences of each kind written before the parser's answers
 * were looked at (labels follow test/intent/data/README.md), with look-alikes that must not change.
 */
describe('expiry said after the request, as a flag or as a command argument', () => {
  exactly([
    {
      text: 'api key for growth that should expire after 30 days',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'new api key for growth, expiring after 45 days',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: 'could the ranker service get a Bedrock API key? We want it to expire after 120 days.',
      intent: 'create_key',
      businessUnit: 'ranker',
      keyKind: 'api-key',
      expiryDays: 120,
    },
    {
      text: 'new access key for ledger-sync please. It runs in their nightly job, so 60 days.',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      keyKind: 'access-key',
      expiryDays: 60,
    },
    {
      text: 'Can we set up an API key for the geo-search project? It should end with the pilot, i.e. in 30 days.',
      intent: 'create_key',
      businessUnit: 'geo-search',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'create_key growth api-key expiry=45',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: 'create_key ads access-key exp=60',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'access-key',
      expiryDays: 60,
    },
    {
      text: 'create_key ledger access-key days=30',
      intent: 'create_key',
      businessUnit: 'ledger',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: '/bedrock create_key billing-ops access-key 90',
      intent: 'create_key',
      businessUnit: 'billing-ops',
      keyKind: 'access-key',
      expiryDays: 90,
    },
    {
      text: 'create-key search-api api-key 14',
      intent: 'create_key',
      businessUnit: 'search-api',
      keyKind: 'api-key',
      expiryDays: 14,
    },
    // Look-alikes: a key's state, an age, a story: no expiry.
    { text: 'the growth key expires in 5 days, rotate it', intent: 'rotate', businessUnit: 'growth' },
    { text: 'rotate the ads key, it expires in 3 days', intent: 'rotate', businessUnit: 'ads' },
    { text: 'our old key was set to expire after 90 days and it did', intent: 'unknown' },
    { text: 'the token stopped working, it died after 2 hours', intent: 'unknown' },
    { text: 'the client contract ends in 30 days, so 30 days', intent: 'unknown' },
    {
      text: 'the last key was valid for 90 days. make a new one for ads',
      intent: 'create_key',
      businessUnit: 'ads',
    },
  ]);
});

describe("the asker's own units by another name: owner me", () => {
  exactly([
    { text: 'which groups are mine', intent: 'list', owner: 'me' },
    { text: 'which systems am i owner for', intent: 'list', owner: 'me' },
    { text: 'list my services please', intent: 'list', owner: 'me' },
    { text: 'show me all the apps that I own', intent: 'list', owner: 'me', all: true },
    { text: '/bedrock list --mine', intent: 'list', owner: 'me' },
    { text: 'which services do I own', intent: 'list', owner: 'me' },
    // Look-alikes: someone else's, or not about owning.
    { text: 'which services are on bedrock?', intent: 'list' },
    { text: 'list the services', intent: 'list' },
    { text: 'list services owned by <@U0ANA1234>', intent: 'list', owner: 'U0ANA1234' },
    { text: 'which groups use claude?', intent: 'unknown' },
    { text: 'which projects are yours?', intent: 'unknown' },
    { text: "are these services mine or ana's? nobody told me", intent: 'unknown' },
  ]);
});

describe('an IAM user key is an access key', () => {
  exactly([
    {
      text: 'I need an IAM user key for the ledger-sync job',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      keyKind: 'access-key',
    },
    {
      text: 'create an IAM key for growth',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'access-key',
    },
    {
      text: 'new iam user access key for ads please',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'access-key',
    },
    {
      text: 'can the ledger service get IAM user credentials? 90 days',
      intent: 'create_key',
      businessUnit: 'ledger',
      keyKind: 'access-key',
      expiryDays: 90,
    },
    {
      text: 'rotate the IAM user key for search-ranking',
      intent: 'rotate',
      businessUnit: 'search-ranking',
      keyKind: 'access-key',
    },
    {
      text: 'revoke the iam user keys of billing-ops',
      intent: 'revoke',
      businessUnit: 'billing-ops',
      keyKind: 'access-key',
      // ("keys" with revoke: all of them, README.)
      all: true,
    },
    // Look-alikes: an IAM user talked about, no credential asked for.
    { text: 'our IAM user for ads got deleted, what now?', intent: 'unknown' },
    { text: 'the IAM user policy for growth is wrong', intent: 'unknown' },
  ]);
});

describe('which key: "the one in <Region>" said after the request', () => {
  exactly([
    {
      text: 'rotate the growth key. the one in eu-west-1',
      intent: 'rotate',
      businessUnit: 'growth',
      region: 'eu-west-1',
    },
    {
      text: "rotate billing's api key. that one in tokyo",
      intent: 'rotate',
      businessUnit: 'billing',
      keyKind: 'api-key',
      region: 'ap-northeast-1',
    },
    {
      text: 'details for growth. the one in us-east-1',
      intent: 'details',
      businessUnit: 'growth',
      region: 'us-east-1',
    },
    { text: 'token for 2h. the one in sydney', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-2' },
    {
      text: "revoke ledger-sync's key. the one in us-west-2",
      intent: 'revoke',
      businessUnit: 'ledger-sync',
      region: 'us-west-2',
    },
    {
      text: 'revoke the ads access key. the one in frankfurt please',
      intent: 'revoke',
      businessUnit: 'ads',
      keyKind: 'access-key',
      region: 'eu-central-1',
    },
    {
      text: 'revoke the recsys key. the one in ireland, thanks',
      intent: 'revoke',
      businessUnit: 'recsys',
      region: 'eu-west-1',
    },
    {
      text: "rotate the search key. the key that's in oregon",
      intent: 'rotate',
      businessUnit: 'search',
      region: 'us-west-2',
    },
    // Look-alikes: a place in a story.
    { text: 'we moved everything to ireland. the one in frankfurt is gone', intent: 'unknown' },
    { text: 'I visited the office. the one in tokyo', intent: 'unknown' },
    { text: 'rotate the ads key. the old one was in us-east-1', intent: 'rotate', businessUnit: 'ads' },
  ]);
});
