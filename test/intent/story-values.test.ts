import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe("someone else's request told in the story gives the request no value", () => {
  it("a partner's ask names no Region for the key", () => {
    const parse = parseRequest(
      "Our reseller in Singapore asked for 3 years of access for their connector, which our policy would never allow. I'll start small: create an API key for the reseller-sg unit, 60 days.",
    );
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe('reseller-sg');
    expect(parse.expiryDays).toBe(60);
    expect(parse.region).toBeNull();
  });

  it('look-alike: the Region of the request sentence stays', () => {
    const parse = parseRequest('The client asked me for a quick demo. Token for 3h in Frankfurt please.');
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(10_800);
    expect(parse.region).toBe('eu-central-1');
  });
});

describe('how often something is done is no lifetime', () => {
  it.each([
    'Our policy says keys get rotated every 60 days and the ledger unit is late. Rotate all keys for ledger please.',
    'we rotate every 30 days here, so rotate the key for growth now',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('rotate');
    expect(parse.expiryDays).toBeNull();
  });

  it('look-alike: a lifetime given with "for" stays', () => {
    const parse = parseRequest('rotate the key for growth, new one valid for 30 days');
    expect(parse.intent).toBe('rotate');
    expect(parse.expiryDays).toBe(30);
  });
});

describe('the request said again later: the value stated last wins', () => {
  it.each([
    ['a token for -3h... hm, no such thing. token for 3h.', 10_800],
    ['token for 20h? too long I guess. token for 6h then', 21_600],
    ['quote from before: token 1h\nok, token 4h then', 14_400],
  ])('%s', (text, seconds) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(seconds);
    expect(parse.problems ?? []).toEqual([]);
  });

  it('look-alike: a later sentence about an old token is no restatement of the lifetime', () => {
    const parse = parseRequest('token for 2h in tokyo. the token for 4h yesterday was too long');
    expect(parse.ttlSeconds).toBe(7200);
  });
});
