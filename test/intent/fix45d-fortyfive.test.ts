/**
 * Round forty-five, fix45d (tuned-styles-nusantara): Indonesian and Malay, alone and mixed with English, that the
 * parser misread. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('Indonesian and Malay units of time after a number, with no other word of the language', () => {
  slots([
    ['/bedrock token 3 jam', { intent: 'token', ttlSeconds: 10800 }],
    ['token 5jam ap-southeast-1', { intent: 'token', ttlSeconds: 18000, region: 'ap-southeast-1' }],
    ['token 30 minit pls', { intent: 'token', ttlSeconds: 1800 }],
    ['api key for growth-id, 90 hari', { intent: 'create_key', businessUnit: 'growth-id', expiryDays: 90 }],
    ['token 24 jam', { intent: 'token' }],
  ]);
  // look-alike: a jam session is no lifetime
  nothingAsked(['the 2 jam sessions on friday were fun']);
});

describe('a colleague called by an Indonesian or Malay title and name, then asked: put to that person', () => {
  nothingAsked([
    'Mas Andi, bisa tolong rotate key promo-engine? aku lagi di luar',
    'encik Hakim, boleh tolong revoke api key payroll-ai?',
    'Kak Dewi bisa bikinin token 2 jam buat aku?',
    '<@U03ANDI01> tolong mintain api key buat kasir-ai ya, aku lagi nyetir',
  ]);
  // look-alikes: the bot asked, with a title and no name, or a unit after "bu"
  keeps([
    ['kak tolong bikin api key utk unit kasir-ai ya', 'create_key', 'kasir-ai'],
    ['pak, minta token 2 jam ya', 'token'],
    ['revoke key utk bu kasir-ai', 'revoke', 'kasir-ai'],
  ]);
});

describe('a request taken back, put off or sent to the wrong channel in Indonesian and Malay', () => {
  nothingAsked([
    'revoke key gudang-ai? eh gak usah deh, biarin aja',
    'rasanya x perlu rotate, key tu utk dev je',
    'token 3 jam ya — eh maaf salah channel',
    'deprovision unit kasir-ai? jangan sekarang',
    'tak payah buat key untuk kasir-ai, guna yang lama',
  ]);
  neverActs(['tahan dulu deprovision gudang-ai sampai audit selesai']);
  // look-alikes: a request that does not take itself back
  keeps([
    ['gak usah nunggu, revoke key gudang-ai sekarang', 'revoke', 'gudang-ai'],
    ['rotate key gudang-ai, minta yg baru ya', 'rotate', 'gudang-ai'],
  ]);
});

describe('Indonesian and Malay chat abbreviations and request words', () => {
  slots([
    ['tlg create key utk kasir-ai', { intent: 'create_key', businessUnit: 'kasir-ai' }],
    [
      'brp biaya bedrock kasir-ai bulan lalu?',
      { intent: 'spend', businessUnit: 'kasir-ai', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['revoke key kasir-ai skrg', { intent: 'revoke', businessUnit: 'kasir-ai' }],
    ['perbaharui key gudang-ai', { intent: 'rotate', businessUnit: 'gudang-ai' }],
    [
      'buatkan kunci akses untuk unit gudang-ai',
      { intent: 'create_key', businessUnit: 'gudang-ai', keyKind: 'access-key' },
    ],
    [
      'spend gudang-ai 3 bulan terakhir',
      { intent: 'spend', businessUnit: 'gudang-ai', period: { kind: 'days', days: 90 } },
    ],
    [
      'history gudang-ai 7 hari terakhir',
      { intent: 'history', businessUnit: 'gudang-ai', period: { kind: 'days', days: 7 } },
    ],
    ['token seperempat jam', { intent: 'token', ttlSeconds: 900 }],
  ]);
  // look-alikes: a house key, a picture turned, a list of students, a message deleted ask nothing
  nothingAsked([
    'kunci motor sy ketinggalan di kantor',
    'rotate gambar di slide 2 dong',
    'senarai pelajar yang belum bayar yuran dah siap',
    'padam mesej tadi, tersalah hantar group',
  ]);
});

describe('Indonesian periods, corrections and "key nya" in a text with no other strong word of the language', () => {
  slots([
    [
      'history key gudang-ai bulan lalu',
      { intent: 'history', businessUnit: 'gudang-ai', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'spend kasir-ai 3 bulan lalu',
      { intent: 'spend', businessUnit: 'kasir-ai', period: { kind: 'month', monthsAgo: 3 } },
    ],
    ['token 2h, eh salah, 3h', { intent: 'token', ttlSeconds: 10800 }],
    ['revoke key kasir-ai? eh bukan, gudang-ai', { intent: 'revoke', businessUnit: 'gudang-ai' }],
    ['tolong token dua setengah jam', { intent: 'token', ttlSeconds: 9000 }],
    [
      'spend kasir-ai bulan Oktober',
      { intent: 'spend', businessUnit: 'kasir-ai', period: { kind: 'named-month', month: 10, year: null } },
    ],
  ]);
  // look-alike: "api key nya" is the API key, a question about keeping it stays help
  keeps([['api key nya aman gak kalau disimpen di .env?', 'help']]);
});

describe("a key's lifetime, a form and a Region in Indonesian and Malay", () => {
  slots([
    [
      'buatkan api key untuk unit gudang-ai, tempoh setahun',
      { intent: 'create_key', businessUnit: 'gudang-ai', keyKind: 'api-key', expiryDays: 365 },
    ],
    [
      'key baru utk kasir-ai dgn expiry seminggu',
      { intent: 'create_key', businessUnit: 'kasir-ai', expiryDays: 7 },
    ],
    [
      'Tim: kasir-ai / Pemilik: ani@contoh.co.id / Jenis: api key / Tempoh: 60 hari',
      {
        intent: 'create_key',
        businessUnit: 'kasir-ai',
        owner: 'ani@contoh.co.id',
        keyKind: 'api-key',
        expiryDays: 60,
      },
    ],
    ['token 3 jam di Jerman', { intent: 'token', ttlSeconds: 10800, region: 'eu-central-1' }],
  ]);
  // look-alikes: Tim the colleague asked, and a holiday in Germany, keep their reading
  nothingAsked(['Tim: can you rotate the kasir-ai key?', 'liburan ke Jerman bulan depan seru banget']);
});

describe('how the bot works asked in Indonesian and Malay, and questions put to the people', () => {
  slots([
    ['api key paling lama berapa hari?', { intent: 'help', topic: 'limits', keyKind: 'api-key' }],
    ['token berapa lama paling lama?', { intent: 'help', topic: 'limits' }],
    ['boleh ke token lebih dari 12 jam?', { intent: 'help', topic: 'limits' }],
    ['bot ni boleh buat apa je?', { intent: 'help', topic: 'general' }],
    ['cara liat spend gimana ya?', { intent: 'help', topic: 'spend' }],
    ['ada dokumentasi bot ini gak?', { intent: 'help', topic: 'general' }],
  ]);
  nothingAsked([
    'kunci gudang siapa yg pegang? ada yg tau?',
    'approval cuti biasanya berapa lama ya?',
    'token OTP gak masuk dari tadi, ada yg ngalamin?',
  ]);
  // look-alike: a request with a lifetime stays a request
  keeps([['token lebih dari 2 jam dong, 3 jam', 'token']]);
});

describe("Indonesian things told as done, requests refused, and other trades' rotas, records and tickets", () => {
  nothingAsked([
    'kemarin sy udah revoke key lama kasir-ai kok, aman',
    'deprovision gudang-ai? jangan, masih dipake',
    'rotasi piket minggu depan sy tukar sama Dewi',
    'riwayat pasien kamar 5 tolong dicek',
    'token antrian poli gigi habis, tolong cetak lagi',
  ]);
  neverActs(['katanya semua key lama bakal di-revoke akhir tahun, bener gak?']);
  // look-alikes: a request with "atau" (or) weighs two commands; a plain rotation request keeps its reading
  slots([['rotate atau revoke kalau key bocor?', { intent: 'help' }]]);
  keeps([
    ['rotasi key gudang-ai dong', 'rotate', 'gudang-ai'],
    ['riwayat unit gudang-ai bulan ini', 'history', 'gudang-ai'],
  ]);
});

describe("which units are someone's, in Indonesian word order, and plurals said twice", () => {
  slots([
    ['daftar unit saya dong', { intent: 'list', owner: 'me' }],
    ['tim mana aja yg punya sy?', { intent: 'list', owner: 'me' }],
    ['unit apa aja yg ownernya <@U03DEWI01>?', { intent: 'list', owner: 'U03DEWI01' }],
    ['tunjukin model2 yg ada di tokyo', { intent: 'models', region: 'ap-northeast-1' }],
  ]);
  // look-alike: a person's things that are no units ask nothing
  nothingAsked(['motor yg punya saya mogok lagi']);
});
