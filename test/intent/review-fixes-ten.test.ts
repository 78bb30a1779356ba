/**
 * Round ten's review: readings a user would notice, each with the look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe('what may happen is no rotation', () => {
  it.each(['the key of growth could change', 'the api key for billing can change.'])(
    '"%s" is not acted on',
    (t) => {
      expect(acts(parseRequest(t))).toBe(false);
    },
  );
  it('"key of analytics please exchange" still asks to rotate analytics', () => {
    expect(parseRequest('key of analytics please exchange')).toMatchObject({
      intent: 'rotate',
      businessUnit: 'analytics',
    });
  });
});

describe('a request taken back', () => {
  it.each([
    'revoke AKIA6YU8IO0PA2SD4FGH\nignore: wrong acct',
    'revoke AKIA6YU8IO0PA2SD4FGH\nignore (wrong acct)',
    'revoke the growth key\npls ignore',
    'deprovision marketing\njust ignore',
    'create a key for growth. hold it',
  ])('"%s" is not acted on', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
});

describe('a substitution', () => {
  it('inside pasted code is a sed command, not a correction', () => {
    expect(parseRequest('```\nsed -e s/foo/revoke/ x\n```\nrotate the growth key').intent).toBe('rotate');
  });
  it('that swaps the verb is asked about before anything is done', () => {
    const r = parseRequest('rotate the growth key s/rotate/revoke/');
    expect(r.intent).toBe('revoke');
    expect(acts(r)).toBe(false);
  });
  it('that renames the unit takes the new name', () => {
    expect(parseRequest('revoke the growth key s/growth/marketing/').businessUnit).toBe('marketing');
  });
});

describe('clock times and lengths', () => {
  it.each(['token, standup 09:15h', 'need a token, the meeting is at 10:30 hrs'])(
    '"%s" states no lifetime',
    (t) => {
      expect(parseRequest(t).ttlSeconds).toBeNull();
    },
  );
  it('"token 1:30h" is an hour and a half', () => {
    expect(parseRequest('token 1:30h').ttlSeconds).toBe(5400);
  });
});

describe('the same message read twice reads the same', () => {
  it('a stated need after a remark for later is still asked about', () => {
    const first = parseRequest('we must rotate the key of payments');
    parseRequest('heads up everyone, before the audit next week we must rotate the growth key');
    expect(parseRequest('we must rotate the key of payments')).toEqual(first);
  });
});

describe('typos, spoken full stops and airport codes', () => {
  it('"keyy" is the key', () => {
    expect(parseRequest('rotate keyy for marketing').businessUnit).toBe('marketing');
  });
  it('"the grace period" is no spoken full stop', () => {
    expect(parseRequest('key for growth for the grace period and owner is lee at acme dot com').owner).toBe(
      'lee@acme.com',
    );
  });
  it.each([
    ['rotate the key for lhr', 'lhr'],
    ['deprovision gru', 'gru'],
  ])('"%s" names the unit %s, not a Region', (t, unit) => {
    const r = parseRequest(t);
    expect(r.businessUnit).toBe(unit);
    expect(r.region).toBeNull();
  });
  it.each([
    ['tok 2h iad pls', 'us-east-1'],
    ['models in nrt', 'ap-northeast-1'],
  ])('"%s" is in %s', (t, region) => {
    expect(parseRequest(t).region).toBe(region);
  });
});
