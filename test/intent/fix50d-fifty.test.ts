/**
 * Round fifty, fix50d (tuned-vending, tuned-styles-slavic): Polish, Czech, Slovak, Ukrainian, Russian (Cyrillic and Latin
 * letters) and Romanian that the parser misread (slavic-words.ts, machine-keys.ts): the metal key of a machine or a store,
 * lifetimes in words, our verbs and nouns, one's own units, spend and its period, help asked, and everyday talk of
 * machines, coins and parts. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe("a machine's, a locker's or a store's metal key, whatever is said of it", () => {
  nothingAsked([
    'potrzebuję klucza do szafki w depocie na godzinę, jutro oddam',
    'daj mi klíč od automatu na nádraží, musím doplnit kelímky',
    'ключ від складу на Оболоні в кого? треба забрати стаканчики',
    'am nevoie de cheia de la automatul din gară pentru 3 ore',
    'ключ от кофейного автомата сломался в замке',
  ]);
  // look-alikes: a key for a unit named as a unit is, and one of ours named beside the machine
  keeps([
    ['potrzebuję klucza dla vending-pricing, na 90 dni', 'create_key', 'vending-pricing'],
    ['zruš klíč od planogram-cz, unikl do chatu', 'revoke', 'planogram-cz'],
  ]);
});

describe('a lifetime in words: an hour, a week, hours and minutes, half a year, and a value corrected by "make it"', () => {
  slots([
    ['dajcie token na półtorej godziny', { intent: 'token', ttlSeconds: 5400 }],
    ['токен на годину будь ласка', { intent: 'token', ttlSeconds: 3600 }],
    ['токен на час, спасибо', { intent: 'token', ttlSeconds: 3600 }],
    ['potriben token na 3 godyny', { intent: 'token', ttlSeconds: 10800 }],
    ['token na 3 godziny i 30 minut', { intent: 'token', ttlSeconds: 12600 }],
    ['token na 1 hodinu a 45 minut prosím', { intent: 'token', ttlSeconds: 6300 }],
    ['token na 1 godzinę... nie, zrób 3', { intent: 'token', ttlSeconds: 10800 }],
    [
      'nowy klucz dla shelf-scan na jeden rok',
      { intent: 'create_key', businessUnit: 'shelf-scan', expiryDays: 365 },
    ],
    [
      'klíč pro shelf-scan na půl roku',
      { intent: 'create_key', businessUnit: 'shelf-scan', expiryDays: 180 },
    ],
  ]);
  // look-alike: a week is too long for a token, so it is refused, not given for an hour
  slots([['токен на тиждень, дякую', { intent: 'token', ttlSeconds: null }]]);
  neverActs(['токен на тиждень, дякую', 'token na tydzień proszę']);
});

describe('our verbs and nouns: make, change, expires, last rotated, made when, the whole unit, a unit meant', () => {
  keeps([
    ['зробіть ключ для route-eta, дякую', 'create_key', 'route-eta'],
    ['зміни ключ для route-eta, його бачили в чаті', 'rotate', 'route-eta'],
    ['kdy vyprší klíč pro route-eta?', 'details', 'route-eta'],
    ['коли закінчується ключ для route-eta?', 'details', 'route-eta'],
    ['kdy byl naposledy rotován klíč route-eta?', 'history', 'route-eta'],
    ['kiedy ostatnio był rotowany klucz route-eta?', 'history', 'route-eta'],
    ['ce chei are route-eta?', 'details', 'route-eta'],
    ['zrušte celý unit route-eta-old', 'deprovision', 'route-eta-old'],
    ['zmaž kľúč pre route-eta', 'revoke', 'route-eta'],
    ['скасуй ключ для route-eta', 'revoke', 'route-eta'],
    ['rotate route-eta... ne, myslel jsem route-eta-sk', 'rotate', 'route-eta-sk'],
  ]);
  slots([
    [
      'история ключей route-eta за последние 14 дней',
      { intent: 'history', businessUnit: 'route-eta', period: { kind: 'days', days: 14 } },
    ],
  ]);
});

describe("one's own units, the whole list, and spend over a period", () => {
  slots([
    ['které unity jsou moje?', { intent: 'list', owner: 'me' }],
    ['arată-mi unit-urile mele, te rog', { intent: 'list', owner: 'me' }],
    ['pokaż wszystkie unity', { intent: 'list', all: true }],
    [
      'ile kosztował nas bedrock 3 miesiące temu?',
      { intent: 'spend', businessUnit: null, period: { kind: 'month', monthsAgo: 3 } },
    ],
    [
      'skolko stoit route-eta v etom mesyatse?',
      { intent: 'spend', businessUnit: 'route-eta', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['kolik jsme utratili za bedrock minulý měsíc?', { intent: 'spend', businessUnit: null }],
    [
      'koľko stojí route-eta tento mesiac?',
      { intent: 'spend', businessUnit: 'route-eta', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'spend for route-eta w październiku',
      { intent: 'spend', businessUnit: 'route-eta', period: { kind: 'named-month', month: 10, year: null } },
    ],
  ]);
});

describe('help asked: what the bot can do, who approves, by default, how long, the models a token works with', () => {
  slots([
    ['a co umiesz robić?', { intent: 'help', topic: 'general' }],
    ['что умеет этот бот?', { intent: 'help', topic: 'general' }],
    ['хто погоджує запити на токени?', { intent: 'help', topic: 'approvals' }],
    ['kto zatwierdza prośby o klucze?', { intent: 'help', topic: 'approvals' }],
    ['какой регион бот дает по умолчанию?', { intent: 'help', topic: 'regions' }],
    ['jak dlouho platí klíč?', { intent: 'help' }],
    ['czy token działa z mistral czy tylko z claude?', { intent: 'help', topic: 'models' }],
  ]);
});

describe('everyday talk of the trade read as nothing: coins, parts, a depot, a key someone made, one taken back', () => {
  nothingAsked([
    'žetony do automatu v Ostravě už nikdo nechce',
    'ile wydaliśmy na części do Saeco w tym kwartale?',
    'kierownik regionalny przyjedzie w piątek na audyt depotu',
    'istoricul de vânzări pentru Cluj arată o creștere',
    'Petr už vytvořil klíč pro Brno, tak snad ok',
    'nu mai e nevoie de cheie, am terminat',
    'zruš klíč pro route-eta? ne, nech to být, ještě ho potřebujeme',
  ]);
  neverActs(['не треба видаляти ключ route-eta, все працює', 'pryvit, ya segodnya v depo Kyiv']);
});
