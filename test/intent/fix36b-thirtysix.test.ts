/**
 * Round thirty-six, fix36b: requests in Croatian, which the glossary did not read, and in Dutch, Polish, Korean,
 * Portuguese and Tagalog words it missed (read as nothing, or with a value or the unit lost); questions about the
 * kinds of credential and the bounds put as newcomers put them; one's own units and every key asked for in other
 * words. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Croatian requests of every command, and their lifetimes', () => {
  reads([
    ['opozovite ključ za tim nabava', 'revoke', 'nabava'],
    ['rotiraj ključ od jedinice crm-split', 'rotate', 'crm-split'],
    ['povijest za crm-split, zadnjih 7 dana', 'history', 'crm-split'],
    ['popis svih jedinica', 'list', null],
  ]);
  slots([
    ['trebamo token na 3 sata molim', { intent: 'token', ttlSeconds: 10_800 }],
    ['api ključ za tim marketing, 90 dana', { intent: 'create_key', keyKind: 'api-key', expiryDays: 90 }],
    [
      'koliko je potrošio crm-split u ožujku 2026?',
      { intent: 'spend', period: { kind: 'named-month', month: 3, year: 2026 } },
    ],
  ]);
  // a unit given up is still removed; a token no longer needed is no request; a door's key asked of the people
  keeps([['obrišite jedinicu stari-portal, više ne treba', 'deprovision', 'stari-portal']]);
  nothingAsked(['ne trebam više token, hvala', 'tko ima ključ od skladišta?']);
});

describe('a kind asked what it is, put first; two kinds told apart; a supposed token', () => {
  slots([
    ['an api key is what exactly?', { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' }],
    ['access keys = what?', { intent: 'help', topic: 'key-kinds', keyKind: 'access-key' }],
    ['a token and an access key are the same thing??', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    [
      'api key and access key, how are they different?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    ['if our late shift wanted a 10 hour token each, would that fly?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: two kinds asked for with "and" are still asked for
  keeps([['a key for growth and a token for 3h', 'create_key', 'growth']]);
});

describe('Korean words the reader missed', () => {
  slots([
    ['토큰 좀 주세요 2시간', { intent: 'token', ttlSeconds: 7200 }],
    ['토큰 최대 몇 시간까지 되나요?', { intent: 'help', topic: 'limits' }],
  ]);
  reads([['growth 유닛 삭제해주세요', 'deprovision', 'growth']]);
});

describe('Dutch and Polish words for what is asked, and the Regions named in them', () => {
  slots([
    ['modellen in Duitsland?', { intent: 'models', region: 'eu-central-1' }],
    ['geschiedenis van growth afgelopen 3 weken', { intent: 'history', period: { kind: 'days', days: 21 } }],
    ['langdurige sleutel voor growth, 2 jaar', { intent: 'create_key', expiryDays: 730 }],
    ['modele w Irlandii?', { intent: 'models', region: 'eu-west-1' }],
    [
      'historia kluczy growth-pl z lutego',
      { intent: 'history', businessUnit: 'growth-pl', period: { kind: 'named-month', month: 2, year: null } },
    ],
    ['czy mogę przekazać swój token koleżance?', { intent: 'help', topic: 'general' }],
  ]);
  // look-alikes: a door's key asked of the people
  nothingAsked(['wie heeft de sleutel van het magazijn?', 'czy ktoś wie, gdzie jest klucz do piwnicy?']);
});

describe('Brazilian Portuguese and Tagalog chat words', () => {
  reads([
    ['troca a chave do growth, vazou', 'rotate', 'growth'],
    ['preciso de uma chave pro time growth, é pra testar', 'create_key', 'growth'],
    ['ano yung details ng key ng ads-ph?', 'details', 'ads-ph'],
  ]);
});

describe("one's own units, every unit, every key", () => {
  slots([
    ['units where im owner', { intent: 'list', owner: 'me' }],
    ['list every unit, not just mine', { intent: 'list', owner: null, all: true }],
    [
      'revoke every single key we have, the old tablet went missing',
      { intent: 'revoke', businessUnit: null, all: true },
    ],
  ]);
  // one key of a unit whose name has digits, with "all" in a clause of its own; all keys asked still are
  slots([
    ['rotate the sales-v3 key when the new app is in all stores', { intent: 'rotate', all: false }],
    ['revoke all keys for growth-2', { intent: 'revoke', businessUnit: 'growth-2', all: true }],
  ]);
  // look-alike: a ring of metal keys is no credential
  neverActs(['we have every key we have on the ring in the office']);
});
