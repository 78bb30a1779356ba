/**
 * Round thirty-seven, the lead: a form whose fields ask for an action while the prose around them tells of the
 * fields as a record, of the past, or of a need in doubt ("for reference, last quarter we used / App = … / TTL = 2h"):
 * offered as a question, never carried out as it stands; prose that asks as well keeps the request. And the
 * ocean blind file's one text acted on: an everyday word of another trade one edit from ours ("krill are a key
 * species" read as "kill … key"), now kept as written from a larger word list.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { nothingAsked, reads, stillActs, neverActs } from './acted.js';

describe('a form shown as a record, of the past or of a need in doubt: asked about, never acted on', () => {
  const records = [
    'for reference, last quarter we used\nApp = doc-search\nTTL = 2h',
    'what we had before was\nTeam: search\nDuration: 4h\nnot sure we still need it',
    'fyi this is the old ticket\nTeam: payments\nType: rotate',
    'pasting the setup we ran back in March, for context\nService: ledger-sync\nTTL: 3 hours',
  ];
  neverActs(records);
  it.each(records)('%j is offered as a question', (text) => {
    expect(parseRequest(text).question).toBeDefined();
  });
});

describe('a form with prose that asks, or with no prose: the request stands', () => {
  stillActs([
    'App = doc-search\nTTL = 2h',
    'last time it ran out too early, can I get\nTTL: 4h\nApp: doc-search',
    'same as last time please\nApp: doc-search\nTTL: 2h',
  ]);
});

describe('an everyday word of another trade one edit from ours: meant as written, nothing asked', () => {
  nothingAsked([
    'krill are a key species in this survey',
    'the krill samples from the key stations came back',
    'the minke count is the key figure this season',
  ]);
  // look-alikes: our own words misspelt are still read
  reads([
    ['rotat the ads key', 'rotate', 'ads'],
    ['revok the growth key', 'revoke', 'growth'],
  ]);
});

describe('whether one can see who did something to any key: the history help, not the history read', () => {
  it.each(['can I see who rotated a key?', 'could we find out who revoked any keys?'])('%j', (text) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.topic]).toEqual(['help', 'history']);
  });
  // look-alikes: one key asked of, or the bot asked to look: the history read
  reads([
    ['can I see who rotated the ads key?', 'history', 'ads'],
    ['can you check who rotated a key yesterday', 'history', null],
  ]);
});
