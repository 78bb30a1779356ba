/**
 * Round forty-seven, fix47f (tuned-styles-nusantara, tuned-rides, tuned-payments): Indonesian, Malay and Hinglish that
 * the parser still misread. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('whether one’s token may be shared, asked in Indonesian, Malay and Hinglish', () => {
  slots([
    ['bisa share token ke rekan satu squad gak?', { intent: 'help', topic: 'general', ttlSeconds: null }],
    ['boleh ke share token kat budak intern tu?', { intent: 'help', topic: 'general' }],
    ['kya main apna token intern ke saath share kar sakti hoon?', { intent: 'help', topic: 'general' }],
  ]);
  neverActs(['sy share token ke Dimas kemarin, salah ya?']);
  // look-alike: a token asked for, with nothing lent, is still the asker's request
  keeps([['minta token 2 jam dong', 'token']]);
});

describe('"kunci" alone before a name written as a unit’s, and what a unit has asked with the thing last', () => {
  slots([
    ['tukar kunci loyalty-engine', { intent: 'rotate', businessUnit: 'loyalty-engine' }],
    ['maklumat kunci untuk unit promo-engine', { intent: 'details', businessUnit: 'promo-engine' }],
    ['apa isi tim voucher-ai?', { intent: 'details', businessUnit: 'voucher-ai' }],
    ['voucher-ai punya api key apa aja?', { intent: 'details', businessUnit: 'voucher-ai' }],
  ]);
  // look-alikes: a bike's or a locker's key, and what a parcel holds, are the trade's
  nothingAsked([
    'kunci motor hilang di parkiran',
    'tukar kunci loker dong',
    'apa isi paket promo minggu ni?',
  ]);
});

describe('a spend told as it changed, in Indonesian and Malay word order', () => {
  nothingAsked(['biaya server ads bulan ni turun 10%', 'spend promo kemarin bengkak parah']);
  // look-alikes: the spend asked for, or asked about with a question, still asks
  keeps([
    ['spend voucher-ai bulan lalu dong', 'spend', 'voucher-ai'],
    ['spend promo-engine bulan lalu berapa? naik gak?', 'spend', 'promo-engine'],
  ]);
});

describe('a numbered key with its unit right after, in Indonesian and Malay', () => {
  slots([
    ['revoke key nomor 2 promo-engine', { intent: 'revoke', businessUnit: 'promo-engine' }],
    ['rotate key nombor 4 loyalty-engine', { intent: 'rotate', businessUnit: 'loyalty-engine' }],
  ]);
  // look-alikes: a word of the sentence after the number names no unit
  slots([
    ['rotate key nomor 4 sekarang', { intent: 'rotate', businessUnit: null }],
    ['rotate key nomor 2 yg lama', { intent: 'rotate', businessUnit: null }],
  ]);
});
