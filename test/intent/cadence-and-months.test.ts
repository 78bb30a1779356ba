import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('durations that are no lifetime of the request', () => {
  it.each([
    'rotate the key for billing-ml, our rule is rotation every 60 days',
    'please rotate ads-core key, we have to do it every 30 days per policy',
    'rotate search-api key. audit wants it every other 45 days lol',
  ])('a cadence ("every N days") is no expiry: %s', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBeNull();
    expect(r.all).toBe(false);
  });

  it.each([
    'rotate the key for fraud-ml that expires in 12 days',
    'can you rotate the access key of recsys which is expiring in 5 days',
  ])("the rotated key's own expiry is its state, not the new lifetime: %s", (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBeNull();
  });

  it('the new key of a rotation still takes the lifetime given to it', () => {
    expect(parseRequest('rotate the key for fraud-ml, the new one should expire in 60 days').expiryDays).toBe(
      60,
    );
    expect(parseRequest('rotate the key for fraud-ml with 45 days').expiryDays).toBe(45);
  });

  it('how long something else is kept is no lifetime', () => {
    const r = parseRequest(
      'the key was in our logs, and logs are kept for 30 days. rotate it for doc-ai please',
    );
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBeNull();
    const t = parseRequest('chat transcripts are retained 7 days anyway; token for 3 hours please');
    expect(t).toMatchObject({ intent: 'token', ttlSeconds: 10800 });
  });

  it('a lifetime asked for "every day" use keeps its value', () => {
    expect(parseRequest('create a key for growth, 90 days, we use it every day').expiryDays).toBe(90);
  });
});

describe('a month named before what it cost', () => {
  it.each([
    ['September bedrock spend for growth', 9],
    ["what's the november cost for unit risk-ml?", 11],
    ['oct spend for ads-core pls', 10],
    ['february costs for kyc please', 2],
  ])('%s → month %i', (text, month) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('spend');
    expect(r.period).toEqual({ kind: 'named-month', month, year: null });
  });

  it.each([
    'we may spend more on bedrock next quarter, what did growth spend last month?',
    'how much did growth spend? costs march up every month',
  ])('a verb that spells a month names none: %s', (text) => {
    const r = parseRequest(text);
    expect(r.period?.kind === 'named-month').toBe(false);
  });
});
