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
    'offboard José and Dev from the payments unit',
    'remove priya.sharma@corp.com from the payments unit',
  ]);
  // look-alikes: a key taken from a unit, a unit taken off Bedrock or a list, a person's clause beside a request
  reads([
    ['remove the key from the ads unit', 'revoke', 'ads'],
    ['remove Ads from bedrock please', 'deprovision', 'ads'],
    ['remove Payments key from the ads team', 'revoke', 'payments'],
    ['revoke the payments key and remove Priya from the payments team', 'revoke', 'payments'],
  ]);
  neverActs(['remove Growth from the list of units']);
  // (merge38: round thirty-eight's retrain reads "remove Growth from the list of units" as nothing asked rather than a
  // removal asked about; either acts on nothing, which is what this holds. The removal asked about is left to the next
  // round.)
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
  it.each([
    'can I log into the AI tool for an hour?',
    "I'd like to log into the AI tool for an hour",
    'can I please log into the AI tool for an hour?',
    'need to log into the AI tool for 2 hours',
  ])('%j still asks for a token', (text) => {
    expect(parseRequest(text).intent).toBe('token');
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

describe('a shift dictated after "rotate" is no unit; a unit dictated after a command keeps its number', () => {
  nothingAsked(['rotate night shift two please']);
  reads([
    ['deprovision drydock planner two', 'deprovision', 'drydock-planner-2'],
    ['rotate field ops two', 'rotate', 'field-ops-2'],
    ['revoke demo triage three', 'revoke', 'demo-triage-3'],
  ]);
});

describe("the retrain's moved readings, held by kind", () => {
  reads([['risk-ml wants to get a new key', 'create_key', 'risk-ml']]);
  nothingAsked([
    'need bedrock for 2 hours for dave',
    'more than 12 hours possible? asking for the hotel checkout',
  ]);
});
