/**
 * Round thirty-four, fix34y: behaviour tests of earlier rounds that the classifier trained on the tuned files
 * (round thirty-four's retrain) read differently, mended by making the rules sure of each kind of message; with
 * sentences of our own of each kind and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly, keeps, neverActs, slots } from './acted.js';

describe("a credential's line, then value lines with their reasons in brackets (value-lines.ts)", () => {
  exactly([
    { text: 'token. tokyo (the demo is there, latency)', intent: 'token', region: 'ap-northeast-1' },
    { text: 'token. frankfurt (data must stay in the EU)', intent: 'token', region: 'eu-central-1' },
    { text: 'token. 2h (long review with legal)', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'token please. 2h. dublin (GDPR, customer data)',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'eu-west-1',
    },
    {
      text: 'key for ads. 30 days (policy max for vendors)',
      intent: 'create_key',
      businessUnit: 'ads',
      expiryDays: 30,
    },
  ]);
  // (A story line names no Region of the request.)
  slots([
    ['token. we moved to frankfurt (new office)', { intent: 'token', region: null }],
    ['token. last year it was virginia (before the migration)', { intent: 'token', region: null }],
  ]);
});

describe('a key form typed as JSON with a short word after it, which the classifier took for a look-up', () => {
  exactly([
    {
      text: '{"team": "search-ads", "expiry_days": 60} please',
      intent: 'create_key',
      businessUnit: 'search-ads',
      expiryDays: 60,
    },
    {
      text: '{"team": "ops-ml", "expiry_days": 30} pls',
      intent: 'create_key',
      businessUnit: 'ops-ml',
      expiryDays: 30,
    },
  ]);
  neverActs([
    '{"team": "growth", "expiry_days": 90} is our old portal schema, fyi',
    '{"team": "growth", "owner": "ana"} pls',
  ]);
});

describe('a second kind offered in a question, then one chosen (key-kind.ts kindOfferedThenChosen)', () => {
  it.each([
    ["I'd like an api key for growth. or an access key? not sure, api key I guess", 'growth', 'api-key'],
    ['need an access key for payments. or an api key? hmm, access key', 'payments', 'access-key'],
  ])('%j is a key for %s, %s', (text, unit, kind) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit, parse.keyKind]).toEqual(['create_key', unit, kind]);
  });
  // (A question left open, or one that weighs them again, chooses nothing: never acted on.)
  neverActs([
    "I'd like an access key for sales-ops. or an api key? which one is better?",
    "I'd like an access key for sales-ops. or an api key?",
  ]);
});

describe('Portuguese "(nós) temos que X": our own duty told, as "we have to X" (surface.ts)', () => {
  keeps([
    ['temos que revogar a chave de growth', 'revoke', 'growth'],
    ['nós temos que rotar a chave de payments', 'rotate', 'payments'],
    ['vocês têm que rotar a chave de growth', 'rotate', 'growth'],
    ['eles têm que revogar a chave de ads', 'revoke', 'ads'],
    ['o que temos para growth?', 'details', 'growth'],
  ]);
  neverActs(['temos que revogar a chave de growth', 'nós temos que rotar a chave de payments']);
  it('"vocês têm que rotar a chave de growth" is still acted on', () => {
    expect(acted('vocês têm que rotar a chave de growth')).toBe(true);
  });
});
