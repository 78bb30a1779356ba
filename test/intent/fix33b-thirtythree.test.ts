/**
 * Round thirty-three, fix33b: units, owners and Regions read from the tuned files of round thirty-two
 * (courier network, public library service, record label). Sentences of our own of each kind, and
 * look-alikes that must keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe("a unit's name dictated: a small number said or typed at its end, or 'dash' between its words", () => {
  reads([
    ['an api key for tracking chat three sixty please', 'create_key', 'tracking-chat-360'],
    ['create a key, unit is oral history two', 'create_key', 'oral-history-2'],
    ['create key for local studies dash index', 'create_key', 'local-studies-index'],
    [
      'create a key for demo triage two please. dictating this in the car sorry',
      'create_key',
      'demo-triage-2',
    ],
    ['tear down the bedrock setup for hack week 3', 'deprovision', 'hack-week-3'],
    ['rotate the key for field ops two', 'rotate', 'field-ops-2'],
    ['new key for returns desk four twenty please', 'create_key', 'returns-desk-420'],
    ['revoke the key for north dash depot', 'revoke', 'north-depot'],
    ['long-term key for the midlands dash ops unit', 'create_key', 'midlands-ops'],
  ]);
  // Look-alikes: a number of days, hours or keys; a numbered list; a name of one word before a number.
  keeps([
    ['key for growth 90', 'create_key', 'growth'],
    ['token for 2 hours', 'token'],
    ['key for growth and one for ads', 'create_key', 'growth'],
  ]);
  slots([
    ['token for the next three hours', { businessUnit: null, ttlSeconds: 10800 }],
    [
      'Agenda for IT catch-up:\n1. Bedrock key rotation schedule\n2. Laptop refresh for Nairobi office\n3. AOB',
      { businessUnit: null },
    ],
  ]);
});

describe("a correction whose name comes before 'I mean' ('ah nope, eta-apology I mean')", () => {
  reads([
    ["revoke route-explain's key — ah nope, eta-apology I mean", 'revoke', 'eta-apology'],
    ["revoke route-explain's key, no wait, eta-apology I mean", 'revoke', 'eta-apology'],
    ["rotate growth's key, sorry, ads I mean", 'rotate', 'ads'],
    ['rotate the ads key - oh no, the growth key I mean', 'rotate', 'growth'],
  ]);
  // Look-alikes: "I mean" with no name before it, or a thing that is no unit.
  keeps([
    ['token for 2h, I mean', 'token'],
    ['rotate the growth key, the one for prod I mean', 'rotate', 'growth'],
  ]);
});

describe("a Region added in a sentence of its own after 'oh and' ('oh and in milan if possible')", () => {
  slots([
    ["token for 8h, new drivers' briefing notes. oh and in milan if possible", { region: 'eu-south-1' }],
    ['token for 8h. oh also in milan', { region: 'eu-south-1' }],
    ['token for 4 hours please. Oh, and in Frankfurt if you can', { region: 'eu-central-1' }],
  ]);
  // Look-alike: a story about the place after "oh and" states no Region.
  slots([['token for 3h. oh and in frankfurt we had a great time', { region: null }]]);
});

describe('two units, the second marked by its noun: the first named is the request, and the bot asks which first', () => {
  reads([
    ['deprovision stock-weeding and the old hold-list-forecast unit', 'deprovision', 'stock-weeding'],
    ['deprovision tour-routing and the old setlist-bot unit', 'deprovision', 'tour-routing'],
    ["revoke tour-routing and the setlist-bot team's key", 'revoke', 'tour-routing'],
  ]);
  neverActs(['deprovision stock-weeding and the old hold-list-forecast unit']);
  // Look-alike: one unit, marked by its noun.
  reads([['deprovision the old hold-list-forecast unit', 'deprovision', 'hold-list-forecast']]);
  stillActs(['deprovision the old hold-list-forecast unit']);
});

describe("the asker's own token first, then one for a person mentioned: the owner is the asker's", () => {
  slots([
    ['token 2h for me and one for <@U07LEILA9> too pls', { intent: 'token', owner: null }],
    ['token 3h for me and 3h for <@U04RHIAN55> too pls', { intent: 'token', owner: null }],
    ['token for me and another one for <@U07LEILA9> please', { intent: 'token', owner: null }],
  ]);
  // Look-alikes: a token for the person alone, or instead of the asker.
  slots([
    ['token for <@U07LEILA9>', { owner: 'U07LEILA9' }],
    ['token 2h for <@U07LEILA9>, not for me', { owner: 'U07LEILA9' }],
  ]);
});

describe('which units a whole organisation has on the bot: the list, the organisation no unit', () => {
  reads([
    ['what units does the library service have on the bot?', 'list', null],
    ['what teams does the council have on bedrock?', 'list', null],
  ]);
  // Look-alike: a unit's keys asked for stays a read of that unit.
  reads([['what keys does the library service have on the bot?', 'details', 'library']]);
});

describe('what has been going on with a unit lately: its history', () => {
  reads([
    ["what's been going on with meta-clean lately", 'history', 'meta-clean'],
    ['what has been going on with ledger-sync this month?', 'history', 'ledger-sync'],
  ]);
  // Look-alikes: the same words about anything else ask nothing.
  nothingAsked(["what's been going on with the weather lately", "what's been going on with you lately"]);
});

describe("a formal revocation, said as a noun ('proceed with the revocation of the credentials of unit X')", () => {
  slots([
    [
      'Please proceed with the revocation of the credentials of unit sync-team.',
      { intent: 'revoke', businessUnit: 'sync-team', all: true },
    ],
    [
      'Please proceed with the revocation of the key of unit sync-team.',
      { intent: 'revoke', businessUnit: 'sync-team' },
    ],
  ]);
  // Look-alikes: a revocation told of, or the process asked about, is no revocation asked for.
  neverActs([
    'the revocation of the growth key went fine yesterday',
    'what is the revocation process?',
    'Agenda: 1. key revocation policy 2. lunch',
  ]);
});
