/**
 * Round forty-eight, fix48f (tuned-styles-aegean): Greek in Greek script, Greeklish, Cypriot Greek and Turkish, alone
 * or mixed with English, that the parser misread. Sentences of our own of each kind, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('Greek asking, commands and questions read whole ("μπορείς να μου δώσεις", "άλλαξε το κλειδί", "πόσο μας κόστισε")', () => {
  slots([
    ['μπορείς να μου δώσεις ένα token για 3 ώρες;', { intent: 'token', ttlSeconds: 10800 }],
    ['θα ήθελα ένα token για 6 ώρες, αν είναι δυνατόν', { intent: 'token', ttlSeconds: 21600 }],
    ['άλλαξε το κλειδί του fleet-eta', { intent: 'rotate', businessUnit: 'fleet-eta' }],
    [
      'πόσο μας κόστισε το fleet-eta τις τελευταίες 14 μέρες;',
      { intent: 'spend', businessUnit: 'fleet-eta', period: { kind: 'days', days: 14 } },
    ],
    ['ξήλωσε ό,τι υπάρχει για το fleet-eta', { intent: 'deprovision', businessUnit: 'fleet-eta' }],
    ['τι κλειδιά έχει το fleet-eta;', { intent: 'details', businessUnit: 'fleet-eta' }],
  ]);
  // look-alikes: a request taken back or negated, a story of a physical key
  nothingAsked([
    'deprovision το fleet-eta; όχι, κράτα το',
    'μην κάνεις revoke το κλειδί του fleet-eta, είναι σε χρήση',
    'ο Νίκος έχασε το κλειδί του γραφείου',
  ]);
});

describe('a Greek lifetime or place in a message not read whole ("για 4 ώρες … στον πελάτη"): read, never acted on', () => {
  slots([
    ['token για 4 ώρες, έχω παρουσίαση στον πελάτη', { intent: 'token', ttlSeconds: 14400 }],
    [
      'token σε Σιγκαπούρη για 2 ώρες, ο πελάτης είναι εκεί',
      { intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-1' },
    ],
    ['token για μιάμιση ώρα, έχω παρουσίαση', { intent: 'token', ttlSeconds: 5400 }],
  ]);
  neverActs([
    'ο Νίκος ζήτησε token για 2 ώρες χθες και δεν του ήρθε',
    'token για 4 ώρες, έχω παρουσίαση στον πελάτη',
  ]);
  // a count with no Latin word is not read
  nothingAsked(['η πτήση για Φρανκφούρτη καθυστέρησε 2 ώρες']);
});

describe('Greeklish, Greek in Latin letters ("thelo ena token 2 ores parakalw", "ftiakse key gia", "akyrwse to key tou")', () => {
  slots([
    ['kalimera, thelo ena token 4 ores parakalw', { intent: 'token', ttlSeconds: 14400 }],
    ['ftiakse key gia to fleet-eta parakalw', { intent: 'create_key', businessUnit: 'fleet-eta' }],
    ['akyrwse to key tou fleet-eta', { intent: 'revoke', businessUnit: 'fleet-eta' }],
    ['deikse mou oles tis monades', { intent: 'list', all: true }],
    [
      'thelw access key gia to fleet-eta, 1 xronia',
      { intent: 'create_key', businessUnit: 'fleet-eta', keyKind: 'access-key', expiryDays: 365 },
    ],
  ]);
  // look-alikes: thanks and a greeting ask nothing
  nothingAsked(['efxaristw poly!', 'kalimera se olous']);
});

describe('Turkish "erişim anahtarı" (access key), "harcama raporu" (spend report), "unit listesi", "komple sil"', () => {
  slots([
    [
      'erisim anahtari (access key) lazim `fleet-eta` icin',
      { intent: 'create_key', businessUnit: 'fleet-eta', keyKind: 'access-key' },
    ],
    ['harcama raporu: fleet-eta, son 3 ay', { intent: 'spend', businessUnit: 'fleet-eta' }],
    ['unit listesi?', { intent: 'list', businessUnit: null }],
    ["unit'i komple sil: fleet-old", { intent: 'deprovision', businessUnit: 'fleet-old' }],
  ]);
  // look-alikes: a report and a guest list of the trade
  neverActs(['yeni dönem raporu hazır mı?', 'misafir listesi gönderildi']);
});
