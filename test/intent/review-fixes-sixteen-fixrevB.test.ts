import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

/**
 * Round sixteen's review fixes (fixrevB): review B's texts and our own of the same kind, with
 * look-alikes whose reading must not change. Labels follow test/intent/data/README.md.
 */
describe('a haiku after a determiner, before ":"/"about", or written is the poem, whatever model wrote it', () => {
  it.each([
    'a bedrock haiku: rotate the ads key, the old one fades',
    'Sonnet wrote this haiku — revoke the growth key, spring leaves fall',
    'claude wrote me a haiku: revoke the growth key now, leaked keys fall like leaves',
    'my claude haiku about keys: revoke the payments key, autumn wind',
    'opus made the haiku: rotate the ads key, moon over the lake',
    'the anthropic haiku about rotation — revoke the sales key, cherry blossoms',
    'our haiku: rotate the keys, revoke the old ones',
    'haiku about leaked keys — revoke the finance key, snow on the pine',
  ])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  exactly([
    { text: 'a haiku by the security team: rotate, revoke, repeat', intent: 'unknown' },
    { text: 'lol the AI wrote a haiku about our quarterly budget', intent: 'unknown' },
    { text: 'token for haiku please', intent: 'token', provider: 'anthropic' },
    { text: 'need a token to try haiku', intent: 'token', provider: 'anthropic' },
    { text: 'need a token to use haiku with bedrock', intent: 'token', provider: 'anthropic' },
    { text: 'token 2h to test claude haiku', intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    {
      text: 'the haiku vs sonnet comparison: token for 2h',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
    // (train29: the model measured states its maker, README "Provider", as the corpus's own label of this text does.)
    {
      text: 'need a token for the haiku latency benchmark. 20 min',
      intent: 'token',
      ttlSeconds: 1200,
      provider: 'anthropic',
    },
    {
      text: 'token for the sonnet vs haiku section of the blog post, 2h',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
  ]);
});

describe('a mention read on from the words ("pairing with <@U…>", "ty <@U…>") is no owner of the speaker\'s token', () => {
  exactly([
    { text: 'token for pairing with <@U01ABCDEF>', intent: 'token' },
    { text: 'token for a call with <@U01ABCDEF>', intent: 'token' },
    { text: 'token for debugging with <@U01ABCDEF>', intent: 'token' },
    { text: 'token for our 1:1 with <@U01ABCDEF>', intent: 'token' },
    { text: 'token for my demo tomorrow thanks <@U01ABCDEF>', intent: 'token' },
    { text: 'token for my eval ty <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the workshop per <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the workshop as discussed with <@U01ABCDEF>', intent: 'token' },
    { text: 'token for testing from <@U01ABCDEF>', intent: 'token' },
    { text: 'token for testing via <@U01ABCDEF>', intent: 'token' },
    { text: '2h token for the offsite, cc <@U01ABCDEF>', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for reviewing the PR by <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the migration (cc <@U01ABCDEF>)', intent: 'token' },
    // Look-alikes: the person named, the mention beside them.
    { text: 'token for Mei (<@U07MEI0001>), 2h', intent: 'token', owner: 'U07MEI0001', ttlSeconds: 7200 },
    {
      text: 'half a day token for our chief of staff please — <@U07ABC0001>',
      intent: 'token',
      owner: 'U07ABC0001',
      ttlSeconds: 43200,
    },
    { text: 'token for my colleague <@U07ABC0001>', intent: 'token', owner: 'U07ABC0001' },
    { text: 'token for the new intern, <@U07INT0001>', intent: 'token', owner: 'U07INT0001' },
  ]);
});

describe('a key that "has to be revoked", doubted, asked, quoted or due later, is no request; said now it is asked about', () => {
  it.each([
    'nobody thinks the ads key has to be revoked',
    'not convinced the ads key has to be revoked',
    'so the ads key has to be revoked?',
    'hey does the ads key have to be revoked',
    'Jira title: the ads key has to be revoked',
    'apparently the ads key has to be revoked',
    'the ads key has to be revoked in 30 days',
    'the ads key has to be revoked in two weeks',
    'ok so does the growth key need to be rotated',
    'the sales key must be rotated within 2 days',
    'no one said the ledger key must be revoked',
    'the finance key has to be rotated?? really',
  ])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  it.each([
    'nobody thinks the ads key has to be revoked',
    'apparently the ads key has to be revoked',
    'the ads key has to be revoked in 30 days',
    'no one said the ledger key must be revoked',
  ])('%j is not read as an action', (text) => {
    expect(['unknown', 'help']).toContain(parseRequest(text).intent);
  });
  it.each([
    ['the ads key has to be revoked', 'revoke'],
    ['the doc-intel key must be revoked, the vendor is gone', 'revoke'],
    ['Escalating: the ledger-recon key has to be revoked TODAY, it was in a deck', 'revoke'],
  ])('%j is still asked about as %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('a year or a date after "expiry" states no number of days; a bare number of up to three digits does', () => {
  it.each([
    'new api key for ads, expiry 2025',
    'new key for ads expiring in 2026, please',
    'new api key for ads, expiry 31.12.2025',
    'new api key for ads, expiry 31.12.',
    'api key for growth, expiration 12/31',
    'access key for payments, expires in 2030',
    'new key for sales-ops, expiry 1.6.2026 please',
  ])('%j has no expiryDays', (text) => {
    expect(parseRequest(text).expiryDays ?? null).toBeNull();
  });
  exactly([
    {
      text: 'new api key for ads, expiry 90',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    { text: 'a key for ads, expires in 60', intent: 'create_key', businessUnit: 'ads', expiryDays: 60 },
    {
      text: 'access key for payments, expiry 365, owner ana@x.com',
      intent: 'create_key',
      businessUnit: 'payments',
      keyKind: 'access-key',
      expiryDays: 365,
      owner: 'ana@x.com',
    },
  ]);
});

describe('"was it revoked? … when" asks when only as "…? when?" or "…, and when?", not a follow-up order ending in "when"', () => {
  it.each([
    'was the ads key revoked? if so, issue a new one and tell me when',
    "was the ads key rotated? if not, rotate it now, I don't care when",
    'was the sales key revoked? if yes rotate payments and ping me when',
  ])('%j is not read as history', (text) => {
    expect(parseRequest(text).intent).not.toBe('history');
  });
  exactly([
    { text: 'has the fraud-ops key been revoked yet? when?', intent: 'history', businessUnit: 'fraud-ops' },
    {
      text: 'so was the risk-scoring key revoked or not? and when?',
      intent: 'history',
      businessUnit: 'risk-scoring',
    },
    { text: 'was the growth key rotated, and when?', intent: 'history', businessUnit: 'growth' },
  ]);
});
