import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('lifetimes written with fractions', () => {
  it.each([
    ['token for 2½h please', 9000],
    ['token 1¾ hours', 6300],
    ['need a token for ¾h', 2700],
    ['a token for 1⅓ hours', 4800],
    ['token, 3/4 of an hour is enough', 2700],
    ['can I get a token for 1/2 an hour', 1800],
    ['token for 2 1/2 hours in oregon', 9000],
    ['token 4 3/4h', 17100],
    ['token for 2:30 hours', 9000],
    ['token valid 1:45h', 6300],
  ])('%s → %i s', (text, seconds) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(seconds);
  });

  it('a key lifetime with a slash fraction of days', () => {
    // Half a day is below a key's one-day minimum; reported, never rounded to a value.
    expect(parseRequest('key for growth, 1 1/2 days').expiryDays).not.toBe(1);
  });

  it.each([
    ['token for 2h, ticket 3/4 of the backlog', 7200],
    ['token 3h, deploy at 2:30', 10800],
    ['token for 2h, 50/50 chance I need more', 7200],
  ])('a slash or colon that is no fraction of a lifetime: %s', (text, seconds) => {
    expect(parseRequest(text).ttlSeconds).toBe(seconds);
  });

  it('a numbered list keeps its next item out of the lifetime', () => {
    const r = parseRequest(
      'could you provide:\n1. a short-term token\n2. valid for 2 hours\n5. in eu-west-1',
    );
    expect(r).toMatchObject({ intent: 'token', ttlSeconds: 7200, region: 'eu-west-1' });
    const one = parseRequest('please:\n- a token for 4 hours\n- 20 of us will share it');
    expect(one.ttlSeconds).toBe(14400);
  });

  it('minutes said after the hours on one line still count', () => {
    expect(parseRequest('token for 3h30 please').ttlSeconds).toBe(12600);
    expect(parseRequest('token for two hours fifteen').ttlSeconds).toBe(8100);
    expect(parseRequest('token 1h 30 please').ttlSeconds).toBe(5400);
  });
});

describe('zero, and "no, better …" corrections', () => {
  it.each([
    ['token for zero hours please', 'ttlSeconds'],
    ['create a key for growth valid zero days', 'expiryDays'],
  ])('a lifetime of zero is stated and refused: %s', (text, slot) => {
    const r = parseRequest(text);
    expect(r.problems).toEqual([expect.objectContaining({ slot })]);
  });

  it('"zero" that counts no time stays no lifetime', () => {
    const r = parseRequest('we have zero tokens left, token for 3h please');
    expect(r.ttlSeconds).toBe(10800);
    expect(r.problems).toBeUndefined();
  });

  it.each([
    ['token for 2 hours, oh no, better 4 hours', 14400],
    ['token 6h. no, rather 5h', 18000],
    ["token for 1h... no let's say 2h", 7200],
  ])('the value after "no, better/rather/let\'s say" wins: %s', (text, seconds) => {
    expect(parseRequest(text).ttlSeconds).toBe(seconds);
  });

  it('"no better" that is no correction keeps the one value', () => {
    expect(parseRequest('no better way than a token for 2h, please').ttlSeconds).toBe(7200);
  });
});

describe("a form's lifetime field with its unit in brackets", () => {
  it('Expiry (days), Lifetime (d), Validity (days) give the key lifetime', () => {
    expect(parseRequest('Business unit: claims-ml\nKey type: API key\nExpiry (days): 45').expiryDays).toBe(
      45,
    );
    expect(parseRequest('new key for claims-ml\nlifetime (d) = 120').expiryDays).toBe(120);
    expect(parseRequest('key for claims-ml, validity (days): 30, owner ana@acme.io')).toMatchObject({
      expiryDays: 30,
      owner: 'ana@acme.io',
    });
  });

  it('TTL (hours) gives the token lifetime, and an impossible one is refused', () => {
    expect(parseRequest('token please\nTTL (hours): 3').ttlSeconds).toBe(10800);
    const r = parseRequest('token please\nTTL (hours): 30');
    expect(r.ttlSeconds).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ slot: 'ttlSeconds' })]);
  });

  it('a bracket that holds no unit is left alone', () => {
    expect(parseRequest('key for claims-ml (prod) for 60 days').expiryDays).toBe(60);
  });
});
