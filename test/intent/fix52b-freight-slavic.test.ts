/**
 * Round fifty-two, fix52b (tuned-freight, the Slavic languages of a rail freight operator in the Balkans): Serbian
 * (Latin and Cyrillic), Croatian, Bosnian, Slovenian, Bulgarian, Macedonian and Russian, glossed as whole paradigms
 * (slavic-words.ts): lifetimes in words and fractions ("pola sata", "sat i po", "pol ure", "половин час", "dve uri"),
 * the units after a number ("12 sati", "15 ur", "60 дена", "6 mesecev"), corrections ("ne, neka bude 4"), our verbs
 * in every person (revoke, rotate, remove the whole unit), the list of one's units, spend and history periods ("prošlog
 * meseca", "ovaj mjesec", "минатиот месец"), and help asked. Sentences of our own, none from the data file, and
 * look-alikes that must not be acted on.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a token for hours said in words, fractions and corrections', () => {
  slots([
    ['daj mi token na pola sata molim te', { intent: 'token', ttlSeconds: 1800 }],
    ['trebam token za dva sata', { intent: 'token', ttlSeconds: 7200 }],
    ['napravite mi token na tri sata, hvala', { intent: 'token', ttlSeconds: 10800 }],
    ['token na sat i po molim', { intent: 'token', ttlSeconds: 5400 }],
    ['potreban mi je token za sat vremena', { intent: 'token', ttlSeconds: 3600 }],
    ['osam sati token za noćnu smjenu', { intent: 'token', ttlSeconds: 28800 }],
    ['rabim token za tri ure prosim', { intent: 'token', ttlSeconds: 10800 }],
    ['daj mi token za uro in pol', { intent: 'token', ttlSeconds: 5400 }],
    ['prosim token za pol ure', { intent: 'token', ttlSeconds: 1800 }],
    ['потребен ми е токен за два часа', { intent: 'token', ttlSeconds: 7200 }],
    ['дай ми токен за половин час, моля', { intent: 'token', ttlSeconds: 1800 }],
    ['треба ми токен за пола сата', { intent: 'token', ttlSeconds: 1800 }],
    ['токен за час и половина, моля', { intent: 'token', ttlSeconds: 5400 }],
    ['token 3h, ne, neka bude 5', { intent: 'token', ttlSeconds: 18000 }],
    ['token na 2 sata, ne čekaj, 6', { intent: 'token', ttlSeconds: 21600 }],
    ['token za 10 ur', { intent: 'token', ttlSeconds: 36000 }],
  ]);
});

describe('a key for days and months after a number', () => {
  slots([
    [
      'treba mi ključ za unit cargo-docs, 30 dana',
      { intent: 'create_key', businessUnit: 'cargo-docs', expiryDays: 30 },
    ],
    [
      'rabimo ključ za yard-ops, 3 mesece',
      { intent: 'create_key', businessUnit: 'yard-ops', expiryDays: 90 },
    ],
    [
      'потребен ни е клуч за rail-docs-mk, 90 дена',
      { intent: 'create_key', businessUnit: 'rail-docs-mk', expiryDays: 90 },
    ],
    ['трябва ни ключ за yard-bg, 60 дни', { intent: 'create_key', businessUnit: 'yard-bg', expiryDays: 60 }],
  ]);
});

describe('our verbs: revoke, rotate, remove the whole unit', () => {
  reads([
    ['odvzemite ključ za cargo-docs', 'revoke', 'cargo-docs'],
    ['poništite ključ za yard-ops', 'revoke', 'yard-ops'],
    ['повучи кључ за cargo-docs', 'revoke', 'cargo-docs'],
    ['отменете ключа на yard-bg', 'revoke', 'yard-bg'],
    ['повлечете го клучот на rail-docs-mk', 'revoke', 'rail-docs-mk'],
    ['zamenjajte ključ za yard-ops', 'rotate', 'yard-ops'],
    ['обнови ключа на yard-bg', 'rotate', 'yard-bg'],
    ['odstranite celoten unit cargo-test', 'deprovision', 'cargo-test'],
    ['снесите цео unit yard-test', 'deprovision', 'yard-test'],
  ]);
});

describe('the list of units and models', () => {
  slots([
    ['moji uniti, prosim', { intent: 'list' }],
    ['кои са моите unit-и?', { intent: 'list' }],
    ['seznam vseh unitov', { intent: 'list' }],
    ['katere modele imamo?', { intent: 'models' }],
    ['koje modele imamo od anthropica?', { intent: 'models', provider: 'anthropic' }],
  ]);
});

describe('spend and history over a period', () => {
  slots([
    [
      'koliko je potrošio yard-ops prošlog meseca?',
      { intent: 'spend', businessUnit: 'yard-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['koliko smo potrošili ovaj mesec?', { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } }],
    [
      'koliko je stal cargo-docs prejšnji mesec?',
      { intent: 'spend', businessUnit: 'cargo-docs', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'колку чини yard-mk овој месец?',
      { intent: 'spend', businessUnit: 'yard-mk', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'колко похарчи yard-bg миналия месец?',
      { intent: 'spend', businessUnit: 'yard-bg', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'history za cargo-docs u aprilu',
      {
        intent: 'history',
        businessUnit: 'cargo-docs',
        period: { kind: 'named-month', month: 4, year: null },
      },
    ],
  ]);
  reads([
    ['kdo je ustvaril ključ za yard-ops?', 'history', 'yard-ops'],
    ['кой създаде ключа на yard-bg?', 'history', 'yard-bg'],
  ]);
});

describe('help asked, never acted on', () => {
  neverActs([
    'kako da dobijem token?',
    'как да си взема ключ?',
    'kako se pravi ključ za unit?',
    'koliko dugo traje token?',
    'кой одобрява ключовете?',
    'kaj naredi rotate z mojim ključem?',
    'token ili ključ, šta je bolje za cron?',
    'token za 2 sata... ne, zaboravi',
    'ključ od kapije je kod Marka',
    'trebamo nove ključeve za skladište, stari su izgubljeni',
    'колко нафта изхарчихме миналия месец?',
  ]);
});

describe('taken back, told, thought aloud: never acted on', () => {
  neverActs([
    'token za 4 sata... a ne, zaboravi',
    'revoke yard-ops? ne, ostavi ga, još nam treba',
    'obriši unit cargo-test... nema veze, ostavi to',
    'токен за два часа... не, забрави',
    'Ана, да ли си ротирала кључ за cargo-docs?',
  ]);
  nothingAsked([
    'povijest pošiljke Zagreb–Beograd, klijent traži potvrdu',
    'izgubili smo ključeve od kapije, nove su kod Ivana',
  ]);
});

describe('a unit corrected after "ne"', () => {
  keeps([
    ['revoke the cargo-docs key? ne, yard-ops', 'revoke', 'yard-ops'],
    ['zamenjaj ključ za cargo-docs? ne, yard-ops', 'rotate', 'yard-ops'],
  ]);
});
