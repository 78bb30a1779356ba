/**
 * Round twelve's lead fixes: what the helpers found late and the review of the whole round found, each
 * with the look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe('a request found needless after a marker is taken back', () => {
  it.each([
    "rotate the sales key? no actually it's fine",
    "rotate the sales key? actually it's fine",
    'rotate the sales key? no actually, all good',
    "token for 2h? no actually it's fine",
    "token for 2h? oh we're good, thanks",
    "revoke the payroll key. hmm, it's ok lol",
    'create a key for growth-emea, 90 days. nah all sorted',
    "deprovision sandbox-old? wait, we're covered",
  ])('"%s" acts on nothing', (t) => {
    const r = parseRequest(t);
    expect(acts(r)).toBe(false);
    expect(r.businessUnit).not.toBe('fine');
  });
  it.each([
    ["token for 2h please, i'm fine with any region", 'token', 7200],
    ['token 2h? no, 3h is fine', 'token', 10800],
    ["need a token for 3h, actually it's fine if it's only 1h", 'token', 3600],
    ['token for 3h. no wait, make it 4h, 4h is fine', 'token', 14400],
  ])('"%s" is still a request', (t, intent, ttl) => {
    const r = parseRequest(t);
    expect(r.intent).toBe(intent);
    expect(r.ttlSeconds).toBe(ttl);
  });
  it('a rotate with "it\'s fine" that is no take-back keeps its request', () => {
    expect(parseRequest("rotate the growth key please. it's fine, they know").intent).toBe('rotate');
  });
});

describe('a key ID in a form other than AWS is the key, never a unit', () => {
  it.each([
    ['revoke `ci-9b3e71aa` now please', 'revoke', 'ci-9b3e71aa', null],
    ['rotate key id 4f9c2e10 on search-api', 'rotate', '4f9c2e10', 'search-api'],
    ['rotate key ID: `kx_55d0a3` for billing', 'rotate', 'kx_55d0a3', 'billing'],
    ['disable AKIAQ7XK2M4P9 asap, it was in a screenshot', 'revoke', 'AKIAQ7XK2M4P9', null],
    ['revoke key 0ddba11e9 for payroll', 'revoke', '0ddba11e9', 'payroll'],
    ['rotate key id AKIAIOSFODNN7EXAMPLE on fixtures-svc', 'rotate', 'AKIAIOSFODNN7EXAMPLE', 'fixtures-svc'],
  ])('"%s"', (t, intent, keyId, unit) => {
    const r = parseRequest(t);
    expect(r.intent).toBe(intent);
    expect(r.keyId).toBe(keyId);
    expect(r.businessUnit).toBe(unit);
  });
  it.each([
    ['revoke the key for team-42 please', 'team-42'],
    ['rotate the fraud-ml-v2 key', 'fraud-ml-v2'],
    ['rotate key for customer-360', 'customer-360'],
    ['revoke `ads-ranking-v1` keys', 'ads-ranking-v1'],
    ['rotate the gpt4o-eval key', 'gpt4o-eval'],
  ])('a name with digits stays the unit: "%s"', (t, unit) => {
    const r = parseRequest(t);
    expect(r.keyId).toBeNull();
    expect(r.businessUnit).toBe(unit);
  });
  it('a commit hash in the story is no key ID', () => {
    expect(parseRequest('rotate the search key, commit 7f3a9c21 leaked it').keyId).toBeNull();
  });
});
