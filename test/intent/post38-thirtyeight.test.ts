/**
 * Round thirty-eight, the review of the merged fixers' work: kinds the merged rules carried out unasked or read as
 * another thing, each with look-alikes that keep their reading. Names and English words that switched a language's
 * glossary on; a change put off to tomorrow or later in another language; a door's, a mailbox's or an office's key;
 * English read as Dutch; a rename read as a rotation; a past told with the language's own verb.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, neverActs, reads, stillActs } from './acted.js';

describe('a name or an English word is no word of another language that rewrites the message', () => {
  neverActs([
    'ask Malik to rotate the growth key at 5pm',
    'Costa Rica offsite on friday, rotate the growth key',
    'tamam yaar, sab keys revoke mat karna',
  ]);
  // look-alikes: the request in plain English is still carried out
  stillActs([
    'rotate the growth key please',
    'need the dao service to use the new growth key, please rotate it',
  ]);
});

describe('a change put off to tomorrow or later in another language: asked about, never carried out now', () => {
  const later = [
    'badilisha key ya growth kesho',
    'batalkan key growth besok',
    'palitan ang key ng growth bukas',
    'rotier den Schlüssel für growth morgen',
    'growth ki key kal revoke kar dein',
  ];
  neverActs(later);
  it.each(later)('%j keeps its change, asked', (text) => {
    const parse = parseRequest(text);
    expect(['rotate', 'revoke']).toContain(parse.intent);
    expect(parse.question).toBeDefined();
  });
  // look-alikes: a morning greeted, and the change asked now, are carried out
  stillActs(['guten Morgen, rotier den Schlüssel für growth', 'badilisha key ya growth']);
});

describe("another thing's key, a proposal withdrawn, a rename: never carried out", () => {
  neverActs([
    'bytt ut nøkkelen til postkassen',
    'tausch den Schlüssel fürs Büro aus',
    'badilisha ufunguo wa mlango',
    'trekk tilbake forslaget om ny nøkkel',
    'Trek team key is checked in',
    'tafadhali badilisha jina la kitengo cha growth',
  ]);
  // look-alikes: the same verbs before a key of ours
  reads([
    ['bytt ut nøkkelen til growth', 'rotate', 'growth'],
    ['tausch den Schlüssel für growth aus', 'rotate', 'growth'],
    ['trek de key van ticket-scan in', 'revoke', 'ticket-scan'],
  ]);
});

describe("a revoke told as done with the language's own verb is a story", () => {
  it.each(['growth ki key mansookh kar di hai', 'growth er key ta batil kore diyechi'])('%j', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('short words of one language only in that language', () => {
  it('"3 dk entities" is English, not three minutes', () => {
    expect(parseRequest('we have 3 dk entities, each needs a key').ttlSeconds).toBeNull();
  });
  it('"90 dk" in Turkish is ninety minutes', () => {
    expect(parseRequest('token pls, 90 dk yeter').ttlSeconds).toBe(5400);
  });
  it("a key's 'for the' names what the key is for, not a unit ending in 'test'", () => {
    expect(parseRequest('rotate the key for the nightly regression test').businessUnit).toBeNull();
  });
});
