/**
 * Round forty-one, fix41c (tuned-styles-southern, tuned-styles-eastwest): words of the southern style file's languages
 * that the glossary did not read (more-languages.ts): Swahili "wiki iliyopita" (last week), "hata kidogo" (at all), the
 * past of an English verb with a Swahili subject ("alirotate"), "ni" (is) and a story's words (office, guard, agents,
 * shall we delete it, leave it); Tagalog "ano details ng …", "paano humingi ng …", "safe ba i-paste …"; Turkish
 * "yaptı" (did), the months, "X mu Y mi" (X or Y), a bus; Banglish "details dao", "ki ki … ache", "tomar", "bolo to";
 * Hinglish "kya X mein koi Y hai?" and "X ki saari keys badal do"; Indonesian "kemarin", "sendiri", "expired 90 hari", Malay "macam mana nak";
 * the Region names "Almanya" and "Afrika Kusini" (aws-regions.ts); a camelCase unit with a country code last
 * ("tastingNotesIt", service-names.ts). Sentences of our own of each kind, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Swahili: last week, at all, a past with an English verb, "ni" (is), and a story of things', () => {
  slots([
    [
      'nani alirevoke key ya kyc-docs wiki iliyopita?',
      { intent: 'history', businessUnit: 'kyc-docs', period: { kind: 'days', days: 7 } },
    ],
    [
      'naweza kupata token Frankfurt hata kidogo?',
      { intent: 'help', topic: 'regions', region: 'eu-central-1' },
    ],
    ['api key ni nini hasa?', { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' }],
  ]);
  // look-alikes: an office key with the guard, a plan called off, stay nothing of ours
  nothingAsked([
    'ufunguo wa ofisi ya Mombasa uko kwa mlinzi wa usiku',
    'sms-parser tuifute? hapana, iache kwanza',
  ]);
  // a request with "ni" stays one
  keeps([['tafadhali zungusha ufunguo wa sms-parser, ni haraka', 'rotate', 'sms-parser']]);
});

describe('Tagalog: "ano details ng …", "paano humingi ng …", "safe ba i-paste …"', () => {
  slots([
    [
      'ano ang details ng AKIAQ7RT2MZ4KP9LX3VB?',
      { intent: 'details', keyId: 'AKIAQ7RT2MZ4KP9LX3VB', businessUnit: null },
    ],
    ['paano po humingi ng long-term key?', { intent: 'help', topic: 'create_key' }],
    ['safe ba i-share ang token sa group chat namin?', { intent: 'help', topic: 'general' }],
  ]);
  // look-alike: a request in Tagalog stays one
  keeps([['pwede po makahingi ng api key para sa remit-ph? 90 days po', 'create_key', 'remit-ph']]);
});

describe('Turkish: "yaptı" (did), the months, "X mu Y mi", a bus model', () => {
  slots([
    ['gecen ay bilet-ai tarafinda kim ne yapti?', { intent: 'history', businessUnit: 'bilet-ai' }],
    [
      'Nisan ayinda hat-planlama harcamasi ne kadardi?',
      {
        intent: 'spend',
        businessUnit: 'hat-planlama',
        period: { kind: 'named-month', month: 4, year: null },
      },
    ],
    ['deploy scripti icin key mi token mi kullanmaliyim?', { intent: 'help', topic: 'key-kinds' }],
  ]);
  // look-alikes: a bus model stays a bus's, and the English word "mart" no month
  nothingAsked(['otobus modeli yeni, elektrikli ve sessiz']);
  keeps([['need a 2 hour token for the mart-scraper job', 'token']]);
  neverActs(['yeni otobus modeli elektrikli, menzili 300 km']);
});

describe('Banglish: "details dao", "ki ki … ache", "tomar", "bolo to"', () => {
  reads([
    ['bk-7c21aa key er details dao', 'details', null],
    ['godown-stock e ki ki key ache bolo to', 'details', 'godown-stock'],
  ]);
  slots([['tomar ki ki command ache bolo to?', { intent: 'help', topic: 'general' }]]);
  // look-alike: Tao and dao stay names in English
  nothingAsked(['the DAO vote closes tomorrow, details in the doc']);
});

describe('Hinglish: "kya X mein koi Y hai?" asks whether there is any', () => {
  slots([['kya Bahrain mein koi bedrock region hai?', { intent: 'help', topic: 'regions' }]]);
  // look-alike: a request in Hinglish keeps its reading
  keeps([['fare-analytics ke liye nayi key bana do, 90 din', 'create_key', 'fare-analytics']]);
});

describe('Hinglish: "X ki saari keys badal do" rotates all of X\'s keys', () => {
  slots([
    ['route-planner ki saari keys badal do', { intent: 'rotate', businessUnit: 'route-planner', all: true }],
    ['bilet-ai ki key badal do', { intent: 'rotate', businessUnit: 'bilet-ai' }],
  ]);
  // look-alikes: a name changed, and keys left alone, are no rotation
  neverActs(['depot ka naam badal do', 'keys mat badlo abhi, bas dekh raha tha']);
});

describe('Indonesian and Malay: yesterday, myself, "expired 90 hari", "macam mana nak"', () => {
  nothingAsked(['kemarin aku udah batalkan sendiri key fraud-radar']);
  slots([
    [
      'bikinin key buat card-risk, expired 30 hari',
      { intent: 'create_key', businessUnit: 'card-risk', expiryDays: 30 },
    ],
    ['macam mana nak tengok kos bedrock team kami?', { intent: 'help', topic: 'spend' }],
  ]);
  // look-alike: a request in Indonesian keeps its reading
  keeps([['tolong batalkan key fraud-radar sekarang', 'revoke', 'fraud-radar']]);
});

describe('Region names in Turkish and Swahili', () => {
  slots([
    [
      'Almanya bolgesinde iki saatlik token lazim',
      { intent: 'token', region: 'eu-central-1', ttlSeconds: 7200 },
    ],
    ['sms-parser inahitaji key mpya, region Afrika Kusini', { intent: 'create_key', region: 'af-south-1' }],
  ]);
});

describe('a camelCase unit with a country code last keeps the code ("tastingNotesIt")', () => {
  reads([
    ['rotate the key of `cuppingNotesIt`', 'rotate', 'cupping-notes-it'],
    ['api key per `reviewDigestMy`, scadenza 90 giorni', 'create_key', 'review-digest-my'],
  ]);
  // look-alike: a field or a call of our words stays one word
  keeps([['what does `maxTokensIt` mean in the config?', 'help']]);
});
