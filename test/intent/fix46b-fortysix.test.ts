/**
 * Round forty-six, fix46b (tuned-styles-nusantara): Indonesian and Malay that the parser still misread. Sentences of
 * our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a key lifetime in Indonesian or Malay years and months after "exp" or "expired"', () => {
  slots([
    [
      'tolong api key untuk gudang-ai, exp 1 tahun',
      { intent: 'create_key', businessUnit: 'gudang-ai', expiryDays: 365 },
    ],
    [
      'bikin api key kasir-ai exp 6 bulan',
      { intent: 'create_key', businessUnit: 'kasir-ai', expiryDays: 180 },
    ],
    [
      'api key for bu kasir-ai, expired 6 bulan',
      { intent: 'create_key', businessUnit: 'kasir-ai', expiryDays: 180 },
    ],
    [
      'access key utk unit gudang-ai expired 30 hari',
      { intent: 'create_key', businessUnit: 'gudang-ai', expiryDays: 30 },
    ],
  ]);
  // look-alike: a bare number after "exp" is days, as before
  slots([
    ['api key for kasir-ai exp 45', { intent: 'create_key', businessUnit: 'kasir-ai', expiryDays: 45 }],
  ]);
});

describe('the time of day a token is for, a lay name in Indonesian word order, approval told as given', () => {
  slots([
    ['login AI nya dong buat sore ini 2 jam', { intent: 'token', ttlSeconds: 7200 }],
    ['minta token 4 jam utk malam ini ya', { intent: 'token', ttlSeconds: 14400 }],
    ['boleh ke sy dapat token 2 jam? bos dah approve', { intent: 'token', ttlSeconds: 7200 }],
    [
      'token 3 jam di Sydney bisa ga? mau coba model yg belum ada di singapore',
      { intent: 'token', ttlSeconds: 10800, region: 'ap-southeast-2' },
    ],
  ]);
  // look-alikes: a sore throat and a question on a condition ask for nothing
  nothingAsked(['tenggorokan sore banget hari ini, gw izin WFH ya']);
});

describe('an owner, a unit given as the unit, all keys and another team, in Indonesian', () => {
  slots([
    [
      'buatkan kunci API untuk unit kasir-ai, pemiliknya <@U0KASIR11>',
      { intent: 'create_key', businessUnit: 'kasir-ai', owner: 'U0KASIR11' },
    ],
    [
      'kami tim Gudang perlu api key permanen untuk robot stok, unitnya `gudang-ai`',
      { intent: 'create_key', businessUnit: 'gudang-ai' },
    ],
    [
      'mohon bantuan mencabut seluruh kunci akses unit `kasir-ai`, aplikasinya sudah berhenti',
      { intent: 'revoke', businessUnit: 'kasir-ai', keyKind: 'access-key', all: true },
    ],
  ]);
  keeps([
    ['hapus unit kasir-ai, orangnya udah pindah ke tim lain', 'deprovision', 'kasir-ai'],
    ['ganti key unit gudang pusat ya', 'rotate', 'gudang-pusat'],
    ['apa yg dipunyai unit gudang pusat skrg', 'details', 'gudang-pusat'],
  ]);
});

describe('what is told, not asked, in Indonesian and Malay: done, planned by another, a rumour, refused', () => {
  nothingAsked([
    'kemarin kami rotate 5 key secara manual, ribet banget',
    'katanya semua token lama bakal di-revoke otomatis akhir tahun, ada yg tau?',
    'CAB menolak permintaan deprovision unit kasir-ai, mohon jangan diproses',
  ]);
  // (Another's plan: fix47d reads "said he will revoke" as reported, whatever the classifier leans to.)
  nothingAsked(['Rina td bilang mau revoke key gudang-ai abis makan siang']);
  // look-alikes: a request after a thing told done, and a request of one's own now
  keeps([
    ['kemarin sy revoke key gudang-ai, sekarang tolong bikin yg baru', 'create_key', 'gudang-ai'],
    ['tolong revoke key gudang-ai abis makan siang', 'revoke', 'gudang-ai'],
  ]);
});

describe("another trade's things in Indonesian and Malay: not ours", () => {
  nothingAsked([
    'tolong cabut akses Bu Sari ke aplikasi absensi, dia udah keluar',
    'jangan lupa rotate tayar kereta tiap 10rb km',
    'tolong hapus data pasien yang minta dihapus sesuai aturan',
    'perbelanjaan outing kantor dah lebih bajet',
  ]);
  neverActs(['tolong siapkan daftar model hp buat karyawan baru']);
});

describe('how the bot works asked in Indonesian and Malay, the thing asked about first', () => {
  exactly([
    { text: 'api key tu apa sebenarnya?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'token sama access key itu sama gak?', intent: 'help', topic: 'key-kinds' },
    { text: 'apa maksudnya revoke di sini?', intent: 'help', topic: 'revoke' },
    { text: 'history tu tunjuk apa je?', intent: 'help', topic: 'history' },
    {
      text: 'api key sy ter-paste di grup WA, harus ngapain?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
  ]);
  // look-alike: a request for a unit's history stays one
  keeps([['tunjukin history unit gudang-ai', 'history', 'gudang-ai']]);
});

describe("a unit's state and record, and what the bot offers, asked in Indonesian and Malay, the thing first", () => {
  exactly([
    {
      text: 'access key gudang-ai masih aktif gak?',
      intent: 'details',
      businessUnit: 'gudang-ai',
      keyKind: 'access-key',
    },
    { text: 'key utk kasir-ai ada di region mana?', intent: 'details', businessUnit: 'kasir-ai' },
    { text: 'kapan key gudang-ai dibuat?', intent: 'history', businessUnit: 'gudang-ai' },
    { text: 'siapa yg approve key kasir-ai?', intent: 'history', businessUnit: 'kasir-ai' },
    { text: 'unit yg sy pegang apa je?', intent: 'list', owner: 'me' },
    { text: 'boleh tengok senarai unit tak', intent: 'list' },
    { text: 'region Tokyo udah ada di bot ini?', intent: 'help', topic: 'regions', region: 'ap-northeast-1' },
    {
      text: 'kalau sy mau token 16 jam, boleh gak? tanya aja dulu, belum butuh',
      intent: 'help',
      topic: 'limits',
    },
  ]);
  // look-alike: a request for the token itself stays one
  keeps([
    ['token 3 jam dong, udah perlu skrg', 'token'],
    ['sy mau token 2 jam', 'token'],
  ]);
});

describe('the team asking itself or telling a story, in Indonesian: put to no bot', () => {
  nothingAsked([
    'yakin gak yg bocor itu key staging? cek dulu sebelum panik',
    'ada yg pernah coba claude di bedrock? bagus gak buat bahasa sunda?',
    'gw td coba minta token tapi error, besok aja',
    'bedrock itu nama batuan dasar kan? baru tau',
  ]);
  // look-alike: a request with the tag question "kan" keeps its token
  keeps([['token 2 jam buat aku bisa kan?', 'token']]);
});

describe('how to begin with the bot and what it offers, asked in Indonesian', () => {
  exactly([
    {
      text: 'gw baru masuk, katanya semua harus lewat bot ni. mulai dari mana?',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'model llama yg terbaru udah ada di bot ini belum?',
      intent: 'help',
      topic: 'models',
      provider: 'meta',
    },
  ]);
  // look-alike: a newcomer's request stays one
  keeps([['aku baru masuk minggu ini, minta token 2 jam dong', 'token']]);
});
