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
