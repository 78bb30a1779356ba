/**
 * Round thirty-eight, fix38e (tuned-styles-southern): whole messages in Banglish and Bengali script, Tanglish,
 * Hinglish and romanised Urdu, Indonesian and Malay, Tagalog, Swahili and Turkish. A thing told as done with the
 * language's past after the English verb is a story, never acted on; each language's words for asking, the commands,
 * hours, half and quarter hours and number words, "for X" said after its noun, months and weeks gone, and a request
 * taken back; Hindi and Bengali in their own scripts. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a thing told as done in Bengali, Banglish, Tamil or Hinglish: a story, not acted on', () => {
  nothingAsked([
    'আমি গতকাল `tea-ops` এর key revoke করেছি',
    'ami kal raat e tea-ops er key rotate korechi',
    'naane nethu tea-ops key delete pannitten',
    'maine kal tea-ops ki key rotate kar di thi',
  ]);
  neverActs(['tea-ops er key rotate hoyeche, ekhon sob thik']);
  // look-alikes: the same verbs asked for
  reads([
    ['tea-ops er key ta rotate koro', 'rotate', 'tea-ops'],
    ['tea-ops er key ta revoke kore dao', 'revoke', 'tea-ops'],
    ['tea-ops oda key ah maathunga', 'rotate', 'tea-ops'],
  ]);
});

describe('Banglish: asking, hours, "X er jonno", last month, taken back', () => {
  slots([
    ['ekta token lagbe 3 ghontar jonno', { intent: 'token', ttlSeconds: 10800 }],
    ['der ghontar token dao', { intent: 'token', ttlSeconds: 5400 }],
    [
      'tea-ops er jonno ekta api key banao, 60 din',
      { intent: 'create_key', businessUnit: 'tea-ops', expiryDays: 60 },
    ],
    [
      'gato mashe tea-ops er khoroch koto holo?',
      { intent: 'spend', businessUnit: 'tea-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['tea-ops er key sesh kobe rotate hoyechilo?', { intent: 'history', businessUnit: 'tea-ops' }],
  ]);
  nothingAsked(['token ta ar lagbe na']);
});

describe('Tanglish: asking, "mani neram", "X ku", who did it last month, taken back', () => {
  slots([
    ['enakku oru token venum, moonu mani neram', { intent: 'token', ttlSeconds: 10800 }],
    ['arai mani token kudunga', { intent: 'token', ttlSeconds: 1800 }],
    [
      'tea-ops ku oru api key create pannunga, 30 naal expiry',
      { intent: 'create_key', businessUnit: 'tea-ops', expiryDays: 30 },
    ],
    [
      'pona maasam tea-ops la yaar yaar key rotate pannanga?',
      { intent: 'history', businessUnit: 'tea-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  nothingAsked(['token venaam, naane paathukkaren']);
});

describe('Hinglish and Urdu: quarter hours, "mansookh", "band kar do", last week', () => {
  slots([
    ['token chahiye sawa do ghante ka', { intent: 'token', ttlSeconds: 8100 }],
    ['token chahiye paune teen ghante ke liye', { intent: 'token', ttlSeconds: 9900 }],
    [
      'pichlay hafte tea-ops ki key kisne revoke ki thi?',
      { intent: 'history', businessUnit: 'tea-ops', period: { kind: 'days', days: 7 } },
    ],
  ]);
  reads([['tea-ops ki key foran mansookh kar dein', 'revoke', 'tea-ops']]);
  slots([['tea-ops ki sari keys band kar do', { intent: 'revoke', businessUnit: 'tea-ops', all: true }]]);
  // look-alike: a Hinglish ask about the bot keeps its reading
  slots([['ye bot kaise use karte hain? koi guide hai?', { intent: 'help' }]]);
});

describe('Indonesian and Malay: number words before "jam", revoking, last month, called off', () => {
  slots([
    ['token empat jam ya', { intent: 'token', ttlSeconds: 14400 }],
    ['tolong buatkan token satu setengah jam', { intent: 'token', ttlSeconds: 5400 }],
    [
      'pengeluaran bedrock tea-ops bulan lalu berapa?',
      { intent: 'spend', businessUnit: 'tea-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  reads([['batalkan key tea-ops segera', 'revoke', 'tea-ops']]);
  nothingAsked(['ga jadi minta token, sudah beres']);
});

describe('Tagalog: all, change and take back, i- and nag- before the English verb, an hour and a half', () => {
  slots([
    ['palitan lahat ng keys ng tea-ops', { intent: 'rotate', businessUnit: 'tea-ops', all: true }],
    ["token po, isa't kalahating oras", { intent: 'token', ttlSeconds: 5400 }],
    [
      'sino nag-rotate ng key ng tea-ops nung nakaraang buwan?',
      { intent: 'history', businessUnit: 'tea-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  reads([
    ['bawiin ang key ng tea-ops', 'revoke', 'tea-ops'],
    ['i-revoke mo na yung key ng tea-ops', 'revoke', 'tea-ops'],
  ]);
});

describe('Swahili: change, all, half hours and tens, spend last month', () => {
  reads([['badilisha key ya tea-ops', 'rotate', 'tea-ops']]);
  slots([
    ['revoke key zote za tea-ops', { intent: 'revoke', businessUnit: 'tea-ops', all: true }],
    ['nahitaji token kwa saa mbili na nusu', { intent: 'token', ttlSeconds: 9000 }],
    ['token ya dakika thelathini na tano', { intent: 'token', ttlSeconds: 2100 }],
    [
      'matumizi ya tea-ops mwezi uliopita',
      { intent: 'spend', businessUnit: 'tea-ops', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
});

describe('Turkish: number words before "saatlik", twelve, when a key expires', () => {
  slots([
    ['uc saatlik token istiyorum', { intent: 'token', ttlSeconds: 10800 }],
    ['on iki saatlik token lazim', { intent: 'token', ttlSeconds: 43200 }],
    ["tea-ops key'i ne zaman bitiyor?", { intent: 'details', businessUnit: 'tea-ops' }],
  ]);
  // look-alikes: a meeting of so many hours asks for nothing; a Spanish thanks is no Bengali verb
  nothingAsked(['iki saatlik toplantı var, sonra bakarız']);
  keeps([['the team of fraude needs a key, mucho gracias', 'create_key']]);
});

describe('Hindi in Devanagari and Bengali in its script: asking, hours, who took tokens last month', () => {
  slots([
    ['मुझे दो घंटे के लिए टोकन चाहिए', { intent: 'token', ttlSeconds: 7200 }],
    ['আমাকে দুই ঘণ্টার একটা টোকেন দিন', { intent: 'token', ttlSeconds: 7200 }],
    ['গত মাসে কে কে টোকেন নিয়েছে?', { intent: 'history', period: { kind: 'month', monthsAgo: 1 } }],
  ]);
  // look-alikes: a meeting about tokens tomorrow, an office's key
  nothingAsked(['कल की बैठक में टोकन पर बात होगी', 'অফিসের চাবি কার কাছে?']);
});
