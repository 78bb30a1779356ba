/**
 * Round fifty-three, fix53b (tuned-steelworks, a steel group in the Balkans and Hungary): Serbian (both scripts),
 * Croatian, Bosnian, Slovenian, Bulgarian, Macedonian, Hungarian and Austrian German, glossed as whole paradigms
 * (slavic-words.ts, hungarian-words.ts, more-languages.ts): lifetimes with number words and corrections ("tri sata",
 * "htio sam 8", "3 je dovoljno", "velja 1 leto"), Hungarian team nouns kept in the name ("a gyor-hengermu csapatnak")
 * and places in the inessive ("Frankfurtban"), our verbs in more persons and aspects ("zarotirajte", "opozovem",
 * "zatražim", "stavite van snage"), questions ("ko je opozvao", "šta se dešavalo", "kdaj je bil", "na voljo", "какво
 * има"), help asked ("smijem li … da podijelim", "može li … duže od"), and things put off, taken back or told ("sačekajte
 * sa rotacijom", "nemojte još", "ignorišite, pogrešan kanal", "mit dem Widerruf … noch warten", "je l to istina?").
 * Sentences of our own, none from the data file.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('a lifetime in number words, corrected, or in years', () => {
  slots([
    ['token, pet sati', { intent: 'token', ttlSeconds: 18000 }],
    ['token štiri ure prosim', { intent: 'token', ttlSeconds: 14400 }],
    ['dajte token za dva sata', { intent: 'token', ttlSeconds: 7200 }],
    ['Дај ми токен на 3 сата, фала', { intent: 'token', ttlSeconds: 10800 }],
    ['token 4 sata, izvini, htio sam 8', { intent: 'token', ttlSeconds: 28800 }],
    ['token na 6 sati, a ne, 3 je dovoljno', { intent: 'token', ttlSeconds: 10800 }],
    ['token 2 uri. ne, stavi 5', { intent: 'token', ttlSeconds: 18000 }],
    [
      'nov ključ za ljubljana-ops, velja 1 leto',
      { intent: 'create_key', businessUnit: 'ljubljana-ops', expiryDays: 365 },
    ],
  ]);
});

describe('Hungarian: the team noun kept in the name, a place in the inessive, revoke asked', () => {
  slots([
    [
      'kérek egy kulcsot a gyor-hengermu csapatnak, 90 napra',
      { intent: 'create_key', businessUnit: 'gyor-hengermu-csapat', expiryDays: 90 },
    ],
    ['vonják vissza a ozd-logistics kulcsát', { intent: 'revoke', businessUnit: 'ozd-logistics' }],
    [
      'kérem a szeged-rolling csapat kulcsát törölni',
      { intent: 'revoke', businessUnit: 'szeged-rolling-csapat' },
    ],
    [
      'Egy token kellene Frankfurtban, 3 órára',
      { intent: 'token', region: 'eu-central-1', ttlSeconds: 10800 },
    ],
  ]);
});

describe('our verbs and units corrected', () => {
  reads([
    ['zarotirajte ključ za weld-qa', 'rotate', 'weld-qa'],
    ['revoke ključ od furnace-ai... ne, nego furnace-ai-v2', 'revoke', 'furnace-ai-v2'],
    ['izbrišite potpuno ekipu Zenica Melt Shop iz bota', 'deprovision', 'zenica-melt-shop'],
  ]);
  slots([
    [
      'novi ključ za ekipu Zenica Melt Shop, 30 dana',
      { intent: 'create_key', businessUnit: 'zenica-melt-shop', expiryDays: 30 },
    ],
    [
      'key za coil-qa... ne čekaj, za coil-qa-line2, 60 dana',
      { intent: 'create_key', businessUnit: 'coil-qa-line2', expiryDays: 60 },
    ],
    ['stavite van snage ključ AKIA9XXR2KDM4WQN6ZQ7', { intent: 'revoke' }],
  ]);
});

describe('history, spend, details, models and the list asked', () => {
  reads([
    ['ko je opozvao ključ za slab-tracker?', 'history', 'slab-tracker'],
    ['kdaj je bil preklican ključ za acroni-docs?', 'history', 'acroni-docs'],
    ['stroški za store-valjarna ta mesec?', 'spend', 'store-valjarna'],
    ['какво има varna-port в момента', 'details', 'varna-port'],
    ['slab-ai ključ — kada je kreiran i do kada vrijedi?', 'details', 'slab-ai'],
    ['je li token od coil-qa još aktivan? dobijamo 401', 'details', 'coil-qa'],
  ]);
  slots([
    ['šta se dešavalo sa tokenima prošlog meseca?', { intent: 'history' }],
    [
      'istorija za zenica-ops za zadnje 3 nedelje',
      { intent: 'history', businessUnit: 'zenica-ops', period: { kind: 'days', days: 21 } },
    ],
    ['imate li mistral modele u botu?', { intent: 'models', provider: 'mistral' }],
    ['kateri modeli so na voljo za embedding?', { intent: 'models' }],
    ['koji su moji timovi?', { intent: 'list', owner: 'me' }],
    ['koji sve uniti postoje? daj spisak', { intent: 'list', all: true }],
  ]);
});

describe('help asked, never acted on', () => {
  slots([
    ['šta radi rotate? da li briše stari ključ odmah?', { intent: 'help', topic: 'rotate' }],
    ['kateri regioni so na voljo?', { intent: 'help', topic: 'regions' }],
    ['smijem li ključ da pošaljem kolegi mailom?', { intent: 'help' }],
  ]);
  neverActs([
    'smijem li ključ da podijelim sa kolegicom?',
    'može li ključ trajati duže od godinu dana?',
    'kako da zatražim token za noćnu smjenu?',
    'kako da zarotiram ključ? koja je komanda',
  ]);
});

describe('put off, taken back, told: never acted on', () => {
  slots([
    ['key za slab-ai 30 dana — ignorišite, pogrešan kanal', { intent: 'unknown' }],
    ['sačekajte sa rotacijom ključa za slab-ai dok ne završimo remont', { intent: 'unknown' }],
    ['nemojte još brisati ključ za bid-docs, čekamo odluku', { intent: 'unknown' }],
    ['Bitte mit dem Widerruf vom billing-graz Key noch warten bis Montag', { intent: 'unknown' }],
    ['Marko kaže da je bot rotirao pogrešan ključ jučer, je l to istina?', { intent: 'unknown' }],
    ['Servus aus Graz! Wetter hier ist scheußlich', { intent: 'unknown' }],
    ['je li Marko dobio token ili još čeka?', { intent: 'unknown' }],
    ['ako direktor odobri, tražićemo token sledeće nedelje', { intent: 'unknown' }],
  ]);
});

describe('the paradigm in Cyrillic (Serbian, Macedonian, Bulgarian) and in Hungarian plural imperatives', () => {
  slots([
    ['нов ключ за sofia-mill, 90 дни', { intent: 'create_key', businessUnit: 'sofia-mill', expiryDays: 90 }],
    [
      'создади нов клуч за skopje-rolling, 60 дена',
      { intent: 'create_key', businessUnit: 'skopje-rolling', expiryDays: 60 },
    ],
    [
      'креирајте клуч за bitola-ops, 30 дена',
      { intent: 'create_key', businessUnit: 'bitola-ops', expiryDays: 30 },
    ],
    ['какви модели има?', { intent: 'models' }],
    ['кои модели се достапни?', { intent: 'models' }],
    [
      'ustvari ključ za ekipo Ravne Forge, 30 dni',
      { intent: 'create_key', businessUnit: 'ravne-forge', expiryDays: 30 },
    ],
    ['kaj je na voljo od modelov?', { intent: 'models' }],
    [
      'kérem, generáljon egy kulcsot a ozd-steel csapatnak',
      { intent: 'create_key', businessUnit: 'ozd-steel-csapat' },
    ],
    ['немој још да опозовеш кључ за tender-docs, чекамо', { intent: 'unknown' }],
  ]);
  reads([
    ['опозовите кључ за zenica-coke', 'revoke', 'zenica-coke'],
    ['историја за skopje-logistics за последните 7 дена', 'history', 'skopje-logistics'],
    ['cseréljétek le a miskolc-energia kulcsát', 'rotate', 'miskolc-energia'],
    ['vonjátok vissza a crane-vision kulcsát', 'revoke', 'crane-vision'],
    ['mutassátok meg a crane-vision előzményeit', 'history', 'crane-vision'],
  ]);
});

describe('the default lifetime asked and a leak told: help', () => {
  slots([
    ['kada istekne access ključ po defaultu?', { intent: 'help', topic: 'limits' }],
    ['kad ističe token po defaultu?', { intent: 'help', topic: 'limits' }],
    ['mislim da sam gurnuo ključ na github, šta sad?', { intent: 'help', topic: 'general' }],
  ]);
});
