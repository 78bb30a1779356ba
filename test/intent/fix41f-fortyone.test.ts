/**
 * Round forty-one, fix41f (tuned-styles-northern): Danish "I" (you, plural) after "kan"/"har" and "resten af dagen";
 * Finnish "mikä on …?" (what is); Dutch "kosten van" and "keurt … goed" without an article; a Nordic "the key" glued
 * to a unit's name ("-nøkkelen", "-nøglen", "-nyckeln"); Danish and Norwegian "i 3 døgn" read as the language once
 * the unit of time is English; Finnish ":lle" after a mention, read as "xxuser" (all more-languages.ts).
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Danish "I" (you) after a verb that asks, and "resten af dagen"', () => {
  slots([
    ['har I Mistral?', { intent: 'models', provider: 'mistral' }],
    ['kan I lave et token til mig for resten af dagen?', { intent: 'token' }],
  ]);
  // look-alikes: English "can I" stays the asker's own question; a Danish remark asks nothing
  keeps([['can I get a token for 2h?', 'token']]);
  nothingAsked(['har I set vejret i dag?']);
});

describe('Finnish "mikä on …?" asks what a thing is', () => {
  slots([['mikä on api key? olen uusi täällä', { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' }]]);
  neverActs(['mikä on paras kahvila Tampereella?']);
});

describe('Dutch "kosten van" a unit and "keurt … goed" without an article', () => {
  slots([
    [
      'kosten van ferry-planner in maart 2026',
      {
        intent: 'spend',
        businessUnit: 'ferry-planner',
        period: { kind: 'named-month', month: 3, year: 2026 },
      },
    ],
    ['wie keurt sleutels goed voor ons team?', { intent: 'help', topic: 'approvals' }],
    ['wie keurt api keys goed?', { intent: 'help', topic: 'approvals' }],
  ]);
  // look-alike: a cost of another thing is nothing of ours
  neverActs(['de kosten van de nieuwe koffiemachine zijn hoog']);
});

describe('a Nordic "the key" glued to a unit\'s name is the unit and its key', () => {
  reads([
    ['roter fish-health-nøkkelen nå', 'rotate', 'fish-health'],
    ['slet harbour-cams-nøglen med det samme', 'revoke', 'harbour-cams'],
    ['rotera grid-forecast-nyckeln idag', 'rotate', 'grid-forecast'],
  ]);
  // look-alike: a plain name keeps its name
  keeps([['roter fish-health nå', 'rotate', 'fish-health']]);
});

describe('Danish and Norwegian "i N døgn": the language known, its small words read', () => {
  // (two days is past a token's longest: read as asked, never acted on)
  slots([['et token i 2 døgn til havne-appen?', { intent: 'token' }]]);
  neverActs(['et token i 2 døgn til havne-appen?']);
  slots([['token i 4 timer', { intent: 'token', ttlSeconds: 14400 }]]);
});

describe('Finnish ":lle" after a mention: for that person', () => {
  slots([
    ['tokeni <@U05ANNIKA>:lle kolmeksi tunniksi', { intent: 'token', owner: 'U05ANNIKA', ttlSeconds: 10800 }],
  ]);
  // look-alike: with (":n kanssa") names no owner
  neverActs(['puhuin <@U05ANNIKA>:n kanssa tokeneista']);
});
