/**
 * Round thirty-nine, fix39e (tuned-styles-southern): which units are the asker's, asked in Hinglish/Urdu, Banglish,
 * Tamil, Turkish, Indonesian and Tagalog; a lifetime taken back and said again after the language's "no"; a change put
 * off in Hinglish, Tamil and Turkish; what the bot can do and who approves, asked in these languages; the prepaid
 * electricity token in Indonesian and Swahili; whether a place has a region in Turkish and Swahili; a unit with its
 * group noun before Hinglish "ke liye", and Urdu "tamam" (all). Sentences of our own of each kind, and look-alikes that
 * keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe("which units are the asker's, asked in the southern languages: owner me", () => {
  slots([
    ['mere kaun kaun se teams hain?', { intent: 'list', owner: 'me' }],
    ['kaunsi units meri naam pe hain', { intent: 'list', owner: 'me' }],
    ['amar kon kon team ache?', { intent: 'list', owner: 'me' }],
    ['naa owner ah irukkura teams edhu?', { intent: 'list', owner: 'me' }],
    ['benim ekiplerim hangileri?', { intent: 'list', owner: 'me' }],
    ['tim apa saja yang milikku?', { intent: 'list', owner: 'me' }],
    ['anong teams ang pag-aari ko?', { intent: 'list', owner: 'me' }],
  ]);
});

describe("a lifetime said again after the language's no: the last one", () => {
  slots([
    ['key 2 ghante ke liye chahiye, nahi 3 ghante', { ttlSeconds: 10_800 }],
    ['token 2 jam, eh 3 jam deh', { intent: 'token', ttlSeconds: 10_800 }],
    ['token 3 hrs, ay mali, 5 hrs pala', { intent: 'token', ttlSeconds: 18_000 }],
  ]);
  // look-alike: "nahi" before a number that is no lifetime
  nothingAsked(['nahi 5 log aaye the meeting mein']);
});

describe('a change put off in Hinglish, Tamil and Turkish: no request', () => {
  nothingAsked([
    'lead-scoring ki key abhi revoke mat karna, demo chal raha hai',
    'mpesa-recon key ah ippo revoke panna vendam, month end la irukkom',
    "route-planner key'ini revoke etmeyelim",
    "delete etmeden önce Mert'e soralım mı?",
  ]);
  // look-alikes: the same asked now keeps its request
  keeps([
    ['lead-scoring ki key abhi rotate kar do', 'rotate', 'lead-scoring'],
    ['fare-analytics key ah rotate pannunga', 'rotate', 'fare-analytics'],
  ]);
});

describe('what the bot can do and who approves, asked in these languages: help', () => {
  slots([
    ['aap kya kya kar sakte ho?', { intent: 'help', topic: 'general' }],
    ['unakku enna ellam panna mudiyum?', { intent: 'help', topic: 'general' }],
    ['approval kaun karta hai?', { intent: 'help', topic: 'approvals' }],
    ['onayı kim verir?', { intent: 'help', topic: 'approvals' }],
    ['approval pete koto khon lage? ami sokale request diyechi', { intent: 'help', topic: 'approvals' }],
  ]);
  neverActs(['approval kaun karta hai?', 'aap kya kya kar sakte ho?']);
});

describe("the prepaid electricity token, another trade's: no request", () => {
  nothingAsked([
    'token listrik pelanggan di Bandung belum masuk juga',
    'wateja wanalalamika tokeni za umeme zimechelewa leo',
  ]);
  // look-alike: our token with its lifetime keeps its request
  slots([['token ya saa 2 tafadhali', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('whether a place has a region, or which is nearest, in Turkish and Swahili: help on regions', () => {
  slots([
    ["Ankara'da bedrock bölgesi var mı?", { intent: 'help', topic: 'regions' }],
    ['region gani iko karibu na Mombasa?', { intent: 'help', topic: 'regions' }],
  ]);
  // look-alike: an office in a city is no region
  nothingAsked(["Ankara'da ofis var mi?"]);
});

describe('a unit with its group noun before "ke liye", and Urdu "tamam": the unit, all', () => {
  slots([
    ['Payout Squad ke liye access key chahiye', { intent: 'create_key', businessUnit: 'payout-squad' }],
    ['tamam teams ki fehrist dikhayein', { intent: 'list', all: true }],
    ['ledger-sync ki tamam keys rotate karo', { intent: 'rotate', businessUnit: 'ledger-sync', all: true }],
  ]);
  // look-alikes: a city before "ke liye", and Turkish "tamam" (okay)
  nothingAsked(['Kolkata ke liye flight kal hai', 'tamam, yarın bakarım']);
});
