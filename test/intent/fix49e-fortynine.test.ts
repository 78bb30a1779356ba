/**
 * Round forty-nine, fix49e (tuned-styles-slavic): Polish, Czech, Slovak, Ukrainian, Russian, Serbian, Croatian,
 * Bulgarian and Romanian, in Latin and Cyrillic letters, that the parser misread. Sentences of our own of each kind,
 * and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('a named colleague asked "can you" in a Slavic language or Romanian, or told the writer cannot do it', () => {
  nothingAsked([
    'Tomáš, můžeš prosím zrušit klíč pro parcel-eta? já nemám práva',
    'Jano, môžeš mi vytvoriť kľúč pre shelf-scan? nemám prístup',
    'Ivane, možeš li rotirati ključ za fleet-map? nemam prava',
    'Андрію, можеш видалити ключ для loc-bot? у мене немає прав',
    'Маша, можешь создать ключ для price-bot? у меня нет доступа',
    'Ioana, poți să creezi o cheie pentru hr-bot? nu am drepturi',
    'Luka, napravi ti ključ za fleet-map, ja sam na godišnjem',
    'Олено, видали ключ для loc-bot коли будеш мати хвилинку',
  ]);
  // look-alikes: the bot asked, with a greeting or nobody named first
  slots([
    ['Привіт, створи ключ для loc-bot будь ласка', { intent: 'create_key', businessUnit: 'loc-bot' }],
    ['vytvoř klíč pro parcel-eta prosím', { intent: 'create_key', businessUnit: 'parcel-eta' }],
  ]);
});

describe('Polish "jednak" (actually) and a limit asked ("dłużej niż"), Czech "rotace" the noun', () => {
  slots([
    ['token na 1h... nie, jednak 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['czy token może trwać dłużej niż 12 godzin?', { intent: 'help', topic: 'limits' }],
    ['rotace klíče pro parcel-eta', { intent: 'rotate', businessUnit: 'parcel-eta' }],
  ]);
  nothingAsked([
    'token na 3h... a nie, jednak nie trzeba, już mam dostęp',
    'rotace směn na skladu je na nástěnce',
  ]);
  neverActs(['czy token może trwać dłużej niż 12h?', 'rotace služeb visí na nástěnce']);
});

describe('a lifetime in Ukrainian, Russian, Serbian, Bulgarian, Slovak, Croatian, Polish and Romanian words', () => {
  slots([
    ['потрібен токен на 3 години', { intent: 'token', ttlSeconds: 10800 }],
    ['дай токен на півгодини, будь ласка', { intent: 'token', ttlSeconds: 1800 }],
    ['нужен токен на полтора часа', { intent: 'token', ttlSeconds: 5400 }],
    ['токен на дві з половиною години, дякую', { intent: 'token', ttlSeconds: 9000 }],
    ['трябва ми токен за три часа', { intent: 'token', ttlSeconds: 10800 }],
    ['treba mi token na dva sata', { intent: 'token', ttlSeconds: 7200 }],
    ['molim token za sat i po', { intent: 'token', ttlSeconds: 5400 }],
    ['potrebujem token na hodinu a pol', { intent: 'token', ttlSeconds: 5400 }],
    ['nuzhen token na 3 chasa', { intent: 'token', ttlSeconds: 10800 }],
    ['token na kwadrans, tylko test', { intent: 'token', ttlSeconds: 900 }],
    ['vreau un token pentru o oră și jumătate', { intent: 'token', ttlSeconds: 5400 }],
    ['токен на добу', { intent: 'token', ttlSeconds: null }],
  ]);
  // look-alikes: hours told, no token asked
  neverActs([
    'нарада тривала дві години',
    'sastanak je trajao dva sata',
    'ședința a durat o oră și jumătate',
  ]);
});

describe('commands and questions in Ukrainian, Serbian, Bulgarian and Russian words the glossary lacked', () => {
  slots([
    ['створи ключ для loc-bot на 60 днів', { intent: 'create_key', businessUnit: 'loc-bot', expiryDays: 60 }],
    ['ротирај кључ за fleet-map', { intent: 'rotate', businessUnit: 'fleet-map' }],
    ['поміняй ключ для loc-bot', { intent: 'rotate', businessUnit: 'loc-bot' }],
    ['покажи всі юніти', { intent: 'list', all: true }],
    ['какие модели claude доступны?', { intent: 'models', provider: 'anthropic' }],
  ]);
  // look-alikes: a patient's history, pizza bought, a storeroom's key
  nothingAsked([
    'история болезни у врача, не кидайте в бот',
    'в прошлом месяце потратили на пиццу больше чем на облако',
    'кой има ключа за склада?',
  ]);
});
