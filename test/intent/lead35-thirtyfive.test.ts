/**
 * Round thirty-five, the lead's fixes: two behaviour tests of earlier rounds that the retrain on round thirty-four's
 * blind files broke, fixed in the rules by kind. Sentences of our own, and look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { nothingAsked, neverActs, stillActs } from './acted.js';

describe('a request weighed against doing without it, answered by the writer for the request (alternative-chosen.ts requestChosen)', () => {
  stillActs([
    'token 4h? or should I just wait... yeah no, token 4h please',
    'key for growth? or should we just reuse the ads one.. no, key for growth pls',
    'token 2h? or should i just do it tomorrow… nah, token 2h please',
  ]);
  // answered for doing without: nothing asked; the answer a value of ours: still the request, never withdrawn
  nothingAsked([
    "token 2h? or should we just wait... nah, we'll wait",
    'token 4h? or should I just finish it tomorrow… yeah, tomorrow',
  ]);
});

describe('a noun phrase joined by "and" to what the writer had is told, not asked (mood.ts HAD_BEFORE)', () => {
  neverActs([
    'I had a key for growth, and a token for 2h yesterday',
    'we had a key for ads, and a token for 4h last week',
    'I got a token for 3h, and a key for growth on monday',
  ]);
  // with "please" the noun phrase asks: the token is offered (the story before it still keeps it from being done as
  // it stands)
  it('"I had a key for growth, and a token for 2h please" offers the token', () => {
    const parse = parseRequest('I had a key for growth, and a token for 2h please');
    expect(parse.question?.alternatives.map((a) => a.intent)).toContain('token');
  });
});
