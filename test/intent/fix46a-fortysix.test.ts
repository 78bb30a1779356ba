/**
 * Round forty-six, fix46a (tuned-rides): English mixed with Indonesian and Malay that the parser misread. Sentences of
 * our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('an Indonesian or Malay period in an English command ("bulan ini", "dalam 3 bulan yang lepas")', () => {
  slots([
    ['history minggu ini', { intent: 'history', businessUnit: null, period: { kind: 'days', days: 7 } }],
    [
      'spend for ojek-ai bulan ini please',
      { intent: 'spend', businessUnit: 'ojek-ai', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'spend bulan ini utk unit kancil',
      { intent: 'spend', businessUnit: 'kancil', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'riwayat ojek-ai dalam 2 bulan yang lepas',
      { intent: 'history', businessUnit: 'ojek-ai', period: { kind: 'days', days: 60 } },
    ],
  ]);
  // look-alikes: "this month" told, nothing asked
  nothingAsked(['bulan ini rame banget orderan', 'minggu ini aku cuti ya']);
});

describe('Indonesian and Malay words of a code-mixed request that are no unit: a key number, a title, a particle', () => {
  slots([
    ['details key nomor 4 punya ojek-ai', { intent: 'details', businessUnit: 'ojek-ai', keyId: null }],
    ['revoke key nombor 2 for ojek-ai', { intent: 'revoke', businessUnit: 'ojek-ai', keyId: null }],
    ['minta token 3 jam utk mbak <@U09RINA> ya', { intent: 'token', owner: 'U09RINA', ttlSeconds: 10800 }],
    ['yaudah revoke aja key ojek-ai', { intent: 'revoke', businessUnit: 'ojek-ai' }],
    ['jangan revoke ojek-ai, rotate key-nya aja', { intent: 'rotate', businessUnit: 'ojek-ai', all: false }],
    ['saya perlukan token 2 jam', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: thanks and a story keep asking nothing
  nothingAsked(['yaudah makasih ya', 'bang makasih ya udah bantu', 'aku punya key nomor 2 buat testing']);
  keeps([['revoke key nombor 2 for ojek-ai', 'revoke', 'ojek-ai']]);
});

describe('a ride-hailing trade talking in English mixed with Indonesian: a rota, a refusal, a delay, a question to people', () => {
  nothingAsked([
    'rotasi driver dari Bekasi ke zona Sudirman mulai besok pagi',
    'revoke key ojek-ai? nggak, biar dulu sampai bulan depan',
    'tunda dulu rotate key ojek-ai sampai vendor selesai migrasi',
    'ada yg pernah coba claude buat ringkas komplain driver?',
    'token PLN pelanggan gagal masuk, udah 3x',
  ]);
  // look-alikes: a rotation of our key, "don't put it off", and a correction after "nggak" keep their request
  keeps([
    ['rotasi key ojek-ai dong', 'rotate', 'ojek-ai'],
    ['rotate key ojek-ai ya, jangan ditunda', 'rotate', 'ojek-ai'],
    ['revoke key ojek-ai? nggak, yang ads aja', 'revoke', 'ads'],
  ]);
});

describe('whether a token can be had, asked in English mixed with Indonesian and Malay, or with "in theory" last', () => {
  slots([
    ['boleh tak saya dapat token untuk 3 jam, secara teori je', { intent: 'help', ttlSeconds: null }],
    ['can i get a token for 4 hours, in theory', { intent: 'help', ttlSeconds: null }],
    ['kalau manager aku setuju, bisa gak dapet token 12 jam?', { intent: 'help', ttlSeconds: null }],
    ['iseng nanya aja, token bisa 8 jam gak?', { intent: 'help', ttlSeconds: null }],
  ]);
  neverActs([
    'boleh tak saya dapat token untuk 2 jam, secara teori je',
    'secara teori, boleh tak saya dapat token 6 jam?',
  ]);
  // look-alikes: asked for, and "in theory" inside a story after the request
  slots([
    ['boleh tak saya dapat token 2 jam? nak test bot', { intent: 'token', ttlSeconds: 7200 }],
    ['can i get a token for 2h, in theory the cli picks it up', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('a camelCase service name that opens with "menu" (a restaurant menu the service works on)', () => {
  reads([
    ['rotate api key menuScannerMy', 'rotate', 'menu-scanner-my'],
    ['create a key for menuPhotoCheck', 'create_key', 'menu-photo-check'],
    ['revoke the `menuTranslateOld` key', 'revoke', 'menu-translate-old'],
  ]);
  // look-alikes: a help menu in code stays one word, or no unit
  reads([['how do I open the helpMenu', 'help', null]]);
});

describe('a lifetime in Indonesian with no other word of the language: "setengah jam", and "eh" correcting it', () => {
  slots([
    ['token setengah jam', { intent: 'token', ttlSeconds: 1800 }],
    ['<@U07BEDR0CK> token setengah jam buat demo', { intent: 'token', ttlSeconds: 1800 }],
    ['token 2 jam, eh 3 jam', { intent: 'token', ttlSeconds: 10800 }],
    ['token 6 jam, eh 5, eh 4', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  // look-alike: "eh" before no number corrects nothing
  slots([['token 2 jam eh makasih ya', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('a unit named after "in unit", then a period ("in unit kancil this week")', () => {
  slots([
    [
      'history in unit ojek this week',
      { intent: 'history', businessUnit: 'ojek', period: { kind: 'days', days: 7 } },
    ],
    [
      'what happened in unit kancil the last 30 days',
      { intent: 'history', businessUnit: 'kancil', period: { kind: 'days', days: 30 } },
    ],
    [
      'apa aja yang terjadi di unit ojek bulan lalu',
      { intent: 'history', businessUnit: 'ojek', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'berapa biaya claude di unit ojek minggu ini',
      { intent: 'spend', businessUnit: 'ojek', period: { kind: 'days', days: 7 } },
    ],
  ]);
  // look-alikes: a unit test and a story of a unit ask nothing
  nothingAsked(['in unit tests last week we saw flaky runs', 'the unit kancil last month was busy']);
});
