/**
 * Review C of round twenty-four (requests24's and asks24's readers): texts of our own that probe each new
 * reader's edges. Each group: what went wrong, and the look-alikes that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs } from './acted.js';

describe("'+' joins a second request only when it asks of something else", () => {
  // A bare credential before "+", or a question after it about the credential just named: one question.
  neverActs([
    'token + how long does a token last?',
    'token + what is a token?',
    'key + what is a key?',
    "revoke growth + what's a key",
    'new key + how long does a key last?',
  ]);
  it('reads the bare-noun texts as the question they ask', () => {
    expect(parseRequest('token + how long does a token last?').intent).toBe('help');
    expect(parseRequest('token + what is a token?').intent).toBe('help');
  });
  keeps([
    ["token 4h + what's our spend this month?", 'token'],
    ['token 2h + revoke the growth key', 'revoke', 'growth'],
    ['rotate growth key + what models are in frankfurt', 'rotate', 'growth'],
  ]);
  it('keeps the lifetime of a token joined by "+"', () => {
    expect(parseRequest("token 4h + what's our spend this month?").ttlSeconds).toBe(4 * 3600);
  });
});

describe('a kind asked whether offered in a Region, then a request of its own', () => {
  keeps([['are tokens supported in sydney?? token 3h pls', 'token']]);
  it('keeps its lifetime', () => {
    expect(parseRequest('are tokens supported in sydney?? token 3h pls').ttlSeconds).toBe(3 * 3600);
  });
  neverActs([
    'are api keys available in frankfurt?',
    'are keys available in frankfurt? if so create one for growth',
    'are tokens supported in sydney? for 3h ones i mean',
  ]);
});

describe('"using …" after a token tells what it is for, unless it asks', () => {
  neverActs([
    'token 6h, using which region?',
    'token 6h, using it for the demo is fine?',
    'token 2h, using claude for this, would that work?',
  ]);
  keeps([
    ['token 6h, using titan embeddings to search the stock lists', 'token'],
    ['token 2h, using claude for the summaries', 'token'],
  ]);
  it('acts on the token told what it is for', () => {
    expect(acted('token 2h, using claude for the summaries')).toBe(true);
  });
});

describe('"what was done to …" as the subject of a statement is no question about the record', () => {
  it('keeps the request after the statement', () => {
    expect(parseRequest('what was done on the growth key was wrong, revoke it').intent).toBe('revoke');
    expect(parseRequest('what has been done to growth is a mess, rotate their key').intent).toBe('rotate');
  });
  keeps([
    ['what has been done on growth in the last 3 months?', 'history', 'growth'],
    ['what was done to growth?', 'history', 'growth'],
  ]);
});

describe('"sent to a contractor" is a key seen by others only when a key is what was sent', () => {
  keeps([
    ['the laptop was sent to a contractor for repair. new key for growth please', 'create_key', 'growth'],
    ['sent to the customer: our invoice. new key for growth please', 'create_key', 'growth'],
    ['the brochure was sent to the press, new key for growth please', 'create_key', 'growth'],
    ['our api key got sent to an agency. new key for growth please', 'rotate', 'growth'],
    ['the growth key was sent to a distributor, new key for growth please', 'rotate', 'growth'],
  ]);
});

describe('"key" as an adjective ("key metrics on the big screen") is no key seen by others', () => {
  keeps([
    ['new key for growth please, the key metrics are on the big screen', 'create_key', 'growth'],
    ['new key for growth pls, key takeaways are on the main screen', 'create_key', 'growth'],
    ['the key numbers went in the deck. new key for growth please', 'create_key', 'growth'],
    ['new key for growth please, the key demo was projected fine', 'create_key', 'growth'],
    ['new key for growth please. our key results were shown on the big screen', 'create_key', 'growth'],
    ['new key for growth pls, the key was on the shared screen during the call', 'rotate', 'growth'],
    ['the growth key ended up in the slide deck. new key for growth please', 'rotate', 'growth'],
  ]);
  neverActs(['the key metrics are on the big screen, so is the growth key rotation due?']);
});

describe('"what I need from you is …" sets aside only a story of its own before it', () => {
  neverActs([
    'Dana wrote: what I need from you is a key for growth',
    'not now — later what I need from you is a token 3h',
    'tomorrow, what I need from you is a token 3h',
    'I\'m writing the onboarding guide; step 2: "what I need from you is a key for growth". does that read ok?',
    "my boss says what I need from you is a key for growth but I don't think so",
  ]);
  keeps([
    [
      'jira is down again (not your problem) - what I need from you is the spend for beer-recs this month',
      'spend',
    ],
    ['growth keys all broken, not your problem — what I need from you is a token 4h', 'token'],
    ['what I need from you is a key for growth for 90 days', 'create_key', 'growth'],
    ['long week. what I need from you is a token for 3h', 'token'],
  ]);
});
