/**
 * Round seventeen, leftovers17: four kinds round sixteen left. Sentences written before the parser's
 * answer was looked at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

describe('a key ID written as a placeholder names no key: refused as keyId, never a unit', () => {
  exactly([
    { text: 'revoke ABSKXXXXXXXX', intent: 'revoke', invalid: ['keyId'] },
    { text: 'rotate key ABSK-----', intent: 'rotate', invalid: ['keyId'] },
    { text: 'the key ABSK… needs revoking', intent: 'revoke', invalid: ['keyId'] },
    {
      text: 'please revoke AKIAXXXXXXXXXXXXXXXX for growth',
      intent: 'revoke',
      businessUnit: 'growth',
      invalid: ['keyId'],
    },
    { text: 'revoke <key id>', intent: 'revoke', invalid: ['keyId'] },
    { text: 'rotate &lt;key-id&gt; for ads', intent: 'rotate', businessUnit: 'ads', invalid: ['keyId'] },
    { text: 'details for AKIA****7VNM', intent: 'details', invalid: ['keyId'] },
    { text: 'can you kill ABSKxxxxxxxx? it leaked', intent: 'revoke', invalid: ['keyId'] },
    { text: 'revoke {key_id} of search', intent: 'revoke', businessUnit: 'search', invalid: ['keyId'] },
    {
      text: 'rotate ABSK... for payments asap',
      intent: 'rotate',
      businessUnit: 'payments',
      invalid: ['keyId'],
    },
  ]);
  it('says the placeholder back and asks nothing', () => {
    const parse = parseRequest('revoke ABSKXXXXXXXX');
    expect(parse.keyId).toBeNull();
    expect(parse.problems?.[0]?.stated).toBe('ABSKXXXXXXXX');
    expect(parse.question).toBeUndefined();
    expect(acted('rotate key ABSK-----')).toBe(false);
  });
  describe('look-alikes: real IDs stay IDs', () => {
    exactly([
      { text: 'revoke ABSK7f3a91', intent: 'revoke', keyId: 'ABSK7f3a91' },
      { text: 'rotate AKIAIOSFODNN7EXAMPLE', intent: 'rotate', keyId: 'AKIAIOSFODNN7EXAMPLE' },
      {
        text: 'who issued access key AKIAX3COST9KQ2WE7VNM and when?',
        intent: 'history',
        keyId: 'AKIAX3COST9KQ2WE7VNM',
        keyKind: 'access-key',
      },
      {
        text: 'revoke ABSK-demo-key-771 for hr-analytics, demo is over',
        intent: 'revoke',
        businessUnit: 'hr-analytics',
        keyId: 'ABSK-demo-key-771',
      },
    ]);
  });
});

describe('who uses the key, said after the request, names no unit', () => {
  exactly([
    { text: 'rotate the ads key, every team uses it', intent: 'rotate', businessUnit: 'ads' },
    {
      text: 'rotate the risk api key, each team uses it daily',
      intent: 'rotate',
      businessUnit: 'risk',
      keyKind: 'api-key',
    },
    { text: 'rotate the key for search since every team uses it', intent: 'rotate', businessUnit: 'search' },
    { text: 'revoke the billing key, no team uses it anymore', intent: 'revoke', businessUnit: 'billing' },
    { text: 'please rotate the ads key — every team hits it', intent: 'rotate', businessUnit: 'ads' },
    { text: 'Team relies on it heavily, so rotate the growth key', intent: 'rotate', businessUnit: 'growth' },
    { text: 'rotate the ads key, team payments uses it too', intent: 'rotate', businessUnit: 'ads' },
    {
      text: 'rotate the growth key; the data team calls it hourly',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    { text: 'rotate the search key, half the company calls it', intent: 'rotate', businessUnit: 'search' },
  ]);
  describe('look-alikes: a team named keeps its name', () => {
    exactly([
      { text: 'new key for team search please', intent: 'create_key', businessUnit: 'search' },
      { text: 'rotate the key, team payments relies on it', intent: 'rotate', businessUnit: 'payments' },
      { text: 'rotate key for team runs-ml', intent: 'rotate', businessUnit: 'runs-ml' },
      { text: 'team growth needs a key', intent: 'create_key', businessUnit: 'growth' },
    ]);
  });
});

describe('a unit named alone after "nope" / "nah" corrects the request', () => {
  exactly([
    { text: 'revoke the ads key? nope, billing', intent: 'revoke', businessUnit: 'billing' },
    { text: 'revoke the ads key — nope, billing’s', intent: 'revoke', businessUnit: 'billing' },
    { text: 'rotate the ads key. nah, growth', intent: 'rotate', businessUnit: 'growth' },
    { text: 'rotate the ads key? nah, the growth one', intent: 'rotate', businessUnit: 'growth' },
    { text: 'revoke the search key. nope, sorry, payments', intent: 'revoke', businessUnit: 'payments' },
    { text: "rotate the search key? nope, ledgerly's key", intent: 'rotate', businessUnit: 'ledgerly' },
    { text: 'rotate ads? nope, fraud-ml', intent: 'rotate', businessUnit: 'fraud-ml' },
    { text: 'rotate ads… no wait, growth', intent: 'rotate', businessUnit: 'growth' },
  ]);
  describe('look-alikes: real take-backs stay taken back', () => {
    exactly([
      { text: 'revoke the ads key? nope, keep it', intent: 'unknown' },
      { text: 'nope, never mind', intent: 'unknown' },
      { text: 'revoke the ads key? nope', intent: 'unknown' },
      { text: 'revoke the ads key? nah, dumb idea', intent: 'unknown' },
      { text: 'revoke the ads key? nope, overkill', intent: 'unknown' },
      { text: 'revoke the ads key? nah, not today', intent: 'unknown' },
      { text: 'revoke the ads key? nope, all good', intent: 'unknown' },
      { text: "rotate growth's key? nope, premature", intent: 'unknown' },
      { text: 'revoke the ads key? nope, wrong channel', intent: 'unknown' },
      { text: 'revoke the ads key? nope, growth uses it', intent: 'unknown' },
    ]);
  });
});

describe('a mention after a token for a purpose or an event is no owner', () => {
  exactly([
    { text: 'token for the workshop — <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the workshop: <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the hackathon, <@U01ABCDEF>', intent: 'token' },
    { text: 'token for the workshop (<@U01ABCDEF>)', intent: 'token' },
    { text: 'token 3h for the offsite — <@U02QWERTY>', intent: 'token', ttlSeconds: 10800 },
    { text: 'a 2h token for the demo, <@U02QWERTY>', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for the training session - <@U02QWERTY>', intent: 'token' },
    { text: 'can I get a token for testing please — <@U03ZXCVBN>', intent: 'token' },
  ]);
  describe('look-alikes: the one the token is for, or the owner named, is the owner', () => {
    exactly([
      { text: 'token for Ravi (<@U01ABCDEF>)', intent: 'token', owner: 'U01ABCDEF' },
      { text: 'token for our new analyst — <@U01ABCDEF>', intent: 'token', owner: 'U01ABCDEF' },
      { text: 'a token for my colleague <@U01ABCDEF>', intent: 'token', owner: 'U01ABCDEF' },
      { text: 'token for <@U01ABCDEF>', intent: 'token', owner: 'U01ABCDEF' },
      { text: 'token for the workshop, owner <@U01ABCDEF>', intent: 'token', owner: 'U01ABCDEF' },
      { text: 'token for the workshop — for <@U01ABCDEF>', intent: 'token', owner: 'U01ABCDEF' },
    ]);
  });
});
