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

describe('key IDs', () => {
  it('"id" before an AWS key ID is no unit', () => {
    const r = parseRequest('rotate key id AKIAIOSFODNN7EXAMPLE on fixtures-svc');
    expect([r.intent, r.keyId, r.businessUnit]).toEqual(['rotate', 'AKIAIOSFODNN7EXAMPLE', 'fixtures-svc']);
  });
  it.each([
    'our secret key 9f8e7d6c5b4a39281706f5e4d3c2b1a0 leaked, revoke the growth key',
    'revoke growth key, secret: `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`',
    'rotate the growth key, see commit `4f9c2e10ab`',
  ])('a secret or a hash is never a key ID: "%s"', (t) => {
    expect(parseRequest(t).keyId).toBeNull();
  });
  it('an AWS key ID is kept over a commit hash beside it', () => {
    expect(parseRequest('revoke AKIAIOSFODNN7EXAMPLE for growth, leaked in commit `4f9c2e10ab`').keyId).toBe(
      'AKIAIOSFODNN7EXAMPLE',
    );
  });
});

// What the review of round twelve's whole diff found; each acted or took a wrong value.
describe('deleting things about keys is no revoke', () => {
  it.each([
    'delete the messages about api keys',
    'delete the logs containing api keys',
    'remove the docs referencing growth keys',
    'delete the branches containing api keys',
    'purge the logs mentioning api keys',
    'delete the slack messages leaking api keys',
  ])('"%s" acts on nothing', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
  it.each([
    ["revoke the pages builder's api key", 'revoke'],
    ['rotate the docs portal key', 'rotate'],
  ])('a credential named after its owner is still ours: "%s"', (t, intent) => {
    expect(parseRequest(t).intent).toBe(intent);
  });
});

describe("a withdrawal followed by a time or nobody's is a withdrawal", () => {
  it.each([
    "token for 2h. nah, tonight's",
    "revoke AKIAIOSFODNN7EXAMPLE. nah, tonight's",
    "rotate the growth key. nah, today's",
    "rotate the growth key... nah, friday's",
    "revoke the growth key. nah, someone's",
    "revoke the growth key. nah, nobody's",
    'token for 2h in tokyo. forget it, the old one in osaka still works',
  ])('"%s" acts on nothing', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
  it("another unit named as an owner's still corrects", () => {
    const r = parseRequest("rotate search's key. nah, ranking's");
    expect([r.intent, r.businessUnit]).toEqual(['rotate', 'ranking']);
  });
});

describe("a spoken number before a story's possessive names no unit", () => {
  it.each([
    "rotate the growth key before release two's launch",
    "revoke the growth key, episode five's script leaked it",
    "rotate the key for growth, since apollo eleven's anniversary",
  ])('"%s" keeps growth', (t) => {
    expect(parseRequest(t).businessUnit).toBe('growth');
  });
  it.each([
    ["rotate customer three sixty's key", 'customer-360'],
    ["revoke vision two's api key please", 'vision-2'],
    ["rotate vision two's secret", 'vision-2'],
    ["rotate vision two's really old key", 'vision-2'],
  ])('"%s" is still %s', (t, unit) => {
    expect(parseRequest(t).businessUnit).toBe(unit);
  });
});

describe('a kind asked for like or instead of a token is chosen', () => {
  it.each([
    ['create an access key for growth, like the token but permanent?', 'access-key'],
    ['can you make an access key for growth, like the token we had but permanent?', 'access-key'],
    ['can you create an api key for growth rather than a token?', 'api-key'],
  ])('"%s" states %s', (t, kind) => {
    expect(parseRequest(t).keyKind).toBe(kind);
  });
  it.each([
    'should I use an api key instead of a token?',
    'is an access key safer than a token?',
    'is a token like an api key?',
  ])('"%s" weighs, and states none', (t) => {
    expect(parseRequest(t).keyKind).toBeNull();
  });
});

describe('names and wishes the round had narrowed too far', () => {
  it('"mid-market" is a unit', () => {
    expect(parseRequest('rotate the mid-market key').businessUnit).toBe('mid-market');
  });
  it.each([
    ['create key for growth mid-afternoon', 'growth'],
    ['create key for marketing mid-june', 'marketing'],
    ['revoke the key for growth mid-campaign', 'growth'],
  ])('a time after mid- is no part of the unit: "%s"', (t, unit) => {
    expect(parseRequest(t).businessUnit).toBe(unit);
  });
  it.each(['rotate key reports', 'revoke keys pages'])('a unit after "key" is no other object: "%s"', (t) => {
    expect(acts(parseRequest(t))).toBe(true);
  });
  it.each([
    "create key for growth, wait it's fine, make it 90 days instead",
    "revoke the growth key. no wait, it's fine - revoke the search key instead",
  ])('"fine" is never the unit: "%s"', (t) => {
    expect(parseRequest(t).businessUnit).not.toBe('fine');
  });
  it("the writer's own wish acts as a request", () => {
    const r = parseRequest("I'd like the growth key rotated please");
    expect([r.intent, acts(r)]).toEqual(['rotate', true]);
  });
  it.each([
    'we need the growth key deleted from the wiki page, thanks',
    'security needs the leaked key removed from github, thanks',
    'HR asked to offboard hr-analytics but we said no',
    'HR asked to offboard hr-analytics, I told them to wait',
    'legal asked to revoke the growth key, is that even allowed?',
  ])('"%s" is no request', (t) => {
    expect(parseRequest(t).intent).toBe('unknown');
  });
  it('a relayed request is still asked about', () => {
    const r = parseRequest('security wants the ads-api key revoked today, thanks');
    expect([r.intent, r.businessUnit, acts(r)]).toEqual(['revoke', 'ads-api', false]);
  });
});

describe('values corrected', () => {
  it("a month that is a person's name is no period corrected to", () => {
    expect(
      parseRequest('spend for growth this month. sorry, june from finance asked me to check').period,
    ).toEqual({
      kind: 'month',
      monthsAgo: 0,
    });
  });
  it('a month corrected to that ends its clause is taken', () => {
    expect(parseRequest('spend for growth in march, no wait, april please').period).toEqual({
      kind: 'named-month',
      month: 4,
      year: null,
    });
  });
  it.each(['spend for march, sorry, april for growth', 'history for march, no wait, april for growth'])(
    'a month corrected to, then more of the request: "%s"',
    (t) => {
      expect(parseRequest(t).period).toEqual({ kind: 'named-month', month: 4, year: null });
    },
  );
  it('"no, just B" keeps B, wherever else A is named', () => {
    expect(
      parseRequest(
        'revoke AKIAIOSFODNN7EXAMPLE and AKIAI44QH8DHBEXAMPLE for growth, no, just AKIAI44QH8DHBEXAMPLE, AKIAIOSFODNN7EXAMPLE is still used by ci',
      ).keyId,
    ).toBe('AKIAI44QH8DHBEXAMPLE');
  });
  it('"no, just B" narrows two key IDs to B', () => {
    expect(
      parseRequest('revoke AKIAIOSFODNN7EXAMPLE and AKIAI44QH8DHBEXAMPLE, no, just AKIAI44QH8DHBEXAMPLE')
        .keyId,
    ).toBe('AKIAI44QH8DHBEXAMPLE');
  });
});
