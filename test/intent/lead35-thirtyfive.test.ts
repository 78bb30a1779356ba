/**
 * Round thirty-five, the lead's fixes: two behaviour tests of earlier rounds that the retrain on round thirty-four's
 * blind files broke, fixed in the rules by kind. Sentences of our own, and look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, neverActs, nothingAsked, slots, stillActs } from './acted.js';

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

describe('three readings the merged fixes moved, put back by kind', () => {
  // Swedish "byte" (a change) is an English word too: a unit's name in Title Case keeps it (more-languages.ts)
  slots([
    ['create a key for the Byte Me team', { intent: 'create_key', businessUnit: 'byte-me-team' }],
    ['Team: Byte Me\nneed an api key for 14 days', { intent: 'create_key', businessUnit: 'byte-me' }],
  ]);
  // the bot by another name is no other tool: who may get at it is help (mood.ts NOT_A_TOOL)
  exactly([
    { text: 'how do interns get access to the assistant?', intent: 'help', topic: 'general' },
    { text: 'how do freelancers get access to the assistant?', intent: 'help', topic: 'general' },
  ]);
  nothingAsked(['access to the crm admin for the new intern, who approves that one?']);
  // a polite word glued to its number is still a request in form (mood.ts wordsOf), asked about, never taken as talk
  it.each(['pls3 hours token for growth', 'plz2 hours token'])('%j is read as a token', (text) => {
    expect(parseRequest(text).intent).toBe('token');
  });
});
