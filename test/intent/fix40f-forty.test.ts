/**
 * Round forty, fix40f (tuned-styles-northern): when a key runs out asked with the verb split around its subject
 * (Norwegian "når går … ut", Swedish "när går … ut", Danish "hvornår løber … ud", German "wann läuft … ab"); a key
 * named by its number in another language; a need hedged on a condition yet to come ("if we get … maybe we need a
 * key"); German perfect with the participle last ("hab … widerrufen", "wer hat … rotiert"); Danish "kan man få",
 * "hvordan laver man", "hvem har lavet hvad", "den sidste uge". Sentences of our own of each kind, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('when a key runs out, the verb split around its subject: details', () => {
  reads([
    ['når går nøkkelen til kelp-map ut?', 'details', 'kelp-map'],
    ['när löper nyckeln för kelp-map ut?', 'details', 'kelp-map'],
    ['hvornår løber nøglen til kelp-map ud?', 'details', 'kelp-map'],
    ['wann läuft der Schlüssel von kelp-map aus?', 'details', 'kelp-map'],
  ]);
  // look-alikes: a boat's leaving and a film's running are no key's
  nothingAsked(['når går båten ut?', 'wann läuft der Film ab?']);
});

describe('a key named by its number in another language: no key ID', () => {
  exactly([
    {
      text: 'slett nøkkel nr 2 for kelp-map',
      intent: 'revoke',
      businessUnit: 'kelp-map',
      invalid: ['keyId'],
    },
    { text: 'poista avain #4 kelp-mapilta', intent: 'revoke', businessUnit: 'kelp-map', invalid: ['keyId'] },
  ]);
  // look-alike: a lifetime in days after the key is no number of a key
  slots([
    [
      'opret en nøgle til kelp-map der udløber om 30 dage',
      { intent: 'create_key', businessUnit: 'kelp-map' },
    ],
  ]);
});

describe('a need hedged on a condition yet to come asks nothing', () => {
  nothingAsked([
    'hvis vi vinner anbudet trenger vi kanskje en nøkkel for det nye anlegget',
    'om vi får avtalet kanske vi behöver en nyckel till det',
    'falls wir den Auftrag bekommen, brauchen wir vielleicht einen Key',
    'if we land the tender maybe we need a key for it',
  ]);
  // look-alikes: asked after the supposition, or no hedge at all
  neverActs(['if we land the tender we might need a key for it, can you make one now?']);
  keeps([['opret en nøgle til kelp-map, måske i morgen', 'create_key', 'kelp-map']]);
});

describe('German perfect with the participle last: told or asked of the past', () => {
  reads([['wer hat den Schlüssel von kelp-map rotiert?', 'history', 'kelp-map']]);
  nothingAsked(['ich habe den Key von kelp-map heute widerrufen, nur zur Info']);
  // look-alike: the infinitive as a command keeps its request
  keeps([['bitte den Key von kelp-map widerrufen', 'revoke', 'kelp-map']]);
});

describe('Danish "kan man få", "hvordan laver man", "hvem har lavet hvad", "den sidste uge"', () => {
  slots([
    ['kan man få en access key i Irland?', { intent: 'help', topic: 'regions' }],
    ['hvordan laver man en nøgle?', { intent: 'help', topic: 'create_key' }],
    [
      'hvem har lavet hvad på kelp-map den sidste uge?',
      { intent: 'history', businessUnit: 'kelp-map', period: { kind: 'days', days: 7 } },
    ],
  ]);
  // look-alike: asked for a unit, "kan man få" still asks for its key
  reads([['kan man få en nøgle til kelp-map?', 'create_key', 'kelp-map']]);
});
