/**
 * Round thirty-seven, the review of the round's change: what it found the merged fixers' rules carried out that no one
 * asked for (Hinglish "hata do" with "mat", a person taken off a unit, Swahili "badilisha" and take-backs, people told
 * to log into the AI tool, a form shown as an example, a shift's name dictated after "rotate"), and the retrain's
 * moved readings: sentences of our own, and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, stillActs } from './acted.js';

describe('Hinglish: "mat" negates, only "poora hata do" removes a unit entirely', () => {
  nothingAsked([
    'payments-gateway unit mat hata do please',
    'payments-gateway unit ko abhi mat hata do please',
  ]);
  neverActs([
    'growth ki key rotate mat karo please',
    'payments-gateway unit se meri purani key hata do please',
    'payments-gateway unit se Priya ko hata do please',
  ]);
  reads([
    ['payments-gateway unit poora hata do please', 'deprovision', 'payments-gateway'],
    ['bio-polish ki key rotate kar do please', 'rotate', 'bio-polish'],
  ]);
});

describe('a person taken off a team or unit: not ours, nothing asked', () => {
  nothingAsked([
    'remove Priya from the payments-gateway unit please',
    'kick <@U0ABC1234> off the ads team',
    'take Marco Rossi off the growth squad',
  ]);
  // look-alikes: a key taken from a unit, a unit taken off Bedrock
  reads([
    ['remove the key from the ads unit', 'revoke', 'ads'],
    ['remove Ads from bedrock please', 'deprovision', 'ads'],
  ]);
});

describe('Swahili: "badilisha" is any change, and a take-back stops the request', () => {
  nothingAsked([
    'tafadhali badilisha jina la kitengo cha growth',
    'zungusha ufunguo wa growth? hapana, subiri',
    'zungusha ufunguo wa growth... acha, usijali',
  ]);
  neverActs(['ubatilishe ufunguo wa growth au la?']);
  stillActs(['tafadhali zungusha ufunguo wa growth']);
});

describe('people told to log into the AI tool, or telling they could not: no token for the writer', () => {
  neverActs([
    'interns: sign into the AI tool for 30 minutes and try the prompts',
    'log into the AI tool for 2 hours and review the drafts',
    "I couldn't log into the AI tool yesterday",
  ]);
  it('"can I log into the AI tool for an hour?" still asks for a token', () => {
    expect(parseRequest('can I log into the AI tool for an hour?').intent).toBe('token');
  });
});

describe('a form shown as an example or a record; prose that gives a reason keeps the request', () => {
  neverActs([
    'posting the old form so you can see the format, another team used it\nTeam: payments\nType: revoke',
    'for reference, last quarter we used\nApp = doc-search\nTTL = 2h\nwe will ask again when the project restarts',
  ]);
  stillActs([
    'still need this\nApp: doc-search\nTTL: 4h',
    'they no longer use it\nTeam: payments\nType: revoke',
  ]);
});

describe('a name dictated after "rotate" is no unit: a shift, a field', () => {
  nothingAsked(['rotate night shift two please']);
  reads([['deprovision drydock planner two', 'deprovision', 'drydock-planner-2']]);
});

describe("the retrain's moved readings, held by kind", () => {
  reads([
    ['risk-ml wants to get a new key', 'create_key', 'risk-ml'],
    ["c'est quoi le problème avec l'accès au wiki?", 'unknown', null],
  ]);
  nothingAsked([
    'need bedrock for 2 hours for dave',
    'more than 12 hours possible? asking for the hotel checkout',
  ]);
});
