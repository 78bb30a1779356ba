/**
 * Round forty-eight, fix48b (tuned-styles-southasia, tuned-payments, tuned-styles-lay): Indian and Pakistani English,
 * Hinglish, Banglish, Nepali and Tanglish requests and non-requests the rules misread. Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a Hinglish request dropped with "chhodo" / "jaane do" is taken back', () => {
  nothingAsked([
    'key rotate karni thi courier-eta ki, jaane do',
    'mat karo rotate, ecom-search ka demo chal raha hai',
  ]);
  neverActs([
    'api key for quiz-gen banwani thi... chhodo, baad mein dekhenge',
    'token ka plan tha 2 ghante ka... chhodo yaar, kal dekhte hai',
    'mat karo revoke, khata-ocr abhi live hai',
  ]);
  // look-alikes: something else left ("purana key chhod do", leave the old key) keeps the request after it; a lift
  // asks nothing
  keeps([['purana key chhod do, naya key bana do courier-eta ke liye', 'create_key', 'courier-eta']]);
  nothingAsked(['mujhe station pe chhod do bhai']);
});

describe('Hinglish asks made with "bana do", "change kar do", "mil sakta hai kya?" and names before "ke liye"', () => {
  slots([
    [
      'api key bana do ledger_recon ke liye, 90 din',
      { intent: 'create_key', businessUnit: 'ledger-recon', expiryDays: 90 },
    ],
    [
      'naya api key bana dijiye quiz-gen ke liye',
      { intent: 'create_key', businessUnit: 'quiz-gen', keyKind: 'api-key' },
    ],
    ['access key chahiye churn predictor ke liye', { intent: 'create_key', businessUnit: 'churn-predictor' }],
    [
      'ek api key chahiye exam proctoring ke liye, 30 din',
      { intent: 'create_key', businessUnit: 'exam-proctoring', expiryDays: 30 },
    ],
    [
      'api key chahiye, owner main hi hoon, crop-advisory ke liye',
      { intent: 'create_key', businessUnit: 'crop-advisory', owner: null },
    ],
    ['ecom-search ki key change kar do', { intent: 'rotate', businessUnit: 'ecom-search' }],
  ]);
  // (Round forty-nine's retrain moved "2 ghante ka token mil sakta hai kya?" (can I get a 2-hour token?) from the
  // token to the classifier's help on tokens: the rules read it as a token asked for and leave the mood to the
  // classifier. Held here to those two readings, never another action, until a rule decides the mood.)
  it('"2 ghante ka token mil sakta hai kya?" is the 2-hour token or help on tokens', () => {
    const r = parseRequest('2 ghante ka token mil sakta hai kya?');
    if (r.intent === 'token') expect(r.ttlSeconds).toBe(7200);
    else expect(r).toMatchObject({ intent: 'help', topic: 'token' });
  });
  // look-alikes: a house's key changed asks nothing; a token for a day's demo has no unit
  nothingAsked(['ghar ki key change kar do']);
  slots([['token chahiye kal ke demo ke liye', { intent: 'token', businessUnit: null }]]);
});

describe('our nouns in Devanagari and Urdu letters: units, models, deprovision and how a token is had', () => {
  slots([
    ['अपने यूनिट्स की लिस्ट दिखाओ', { intent: 'list', owner: 'me' }],
    ['मॉडलों की सूची भेजिए', { intent: 'models' }],
    ['डिप्रोविज़न कर दीजिए unit courier-eta', { intent: 'deprovision', businessUnit: 'courier-eta' }],
    ['टोकन कैसे मिलता है? कोई बताओ', { intent: 'help', topic: 'token' }],
    ['ٹوکن کیسے ملے گا؟', { intent: 'help', topic: 'token' }],
  ]);
  // look-alikes: a phone's models and a list of names ask nothing of the bot
  nothingAsked(['फोन के नए मॉडल्स की लिस्ट देखी?', 'ऑफिस की चाबी कहाँ है? लिस्ट में नाम लिखो']);
});

describe('Nepali "X ko" and "garnus", approval and what a command does asked in Hinglish', () => {
  slots([
    ['hajur, crop-advisory ko api key rotate garnus', { intent: 'rotate', businessUnit: 'crop-advisory' }],
    [
      'namaste hajur, sajilo-remit ko pichle mahine ko kharcha pathaunu na',
      { intent: 'spend', businessUnit: 'sajilo-remit', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['token request kaun approve karta hai?', { intent: 'help', topic: 'approvals' }],
    ['approve hone mein kitne din lagte hai?', { intent: 'help', topic: 'approvals' }],
    ['rotate karne se kya hota hai? purana key turant band?', { intent: 'help', topic: 'rotate' }],
  ]);
  // look-alikes: another approval (an expense, a reimbursement) asks nothing of the bot
  nothingAsked(['expense approve hone mein kitna time lagta hai?', 'reimbursement kaun approve karta hai?']);
});

describe('"kal" before a past told, all units listed, Banglish "my units", "claude wale"', () => {
  slots([
    ['kal kisne revoke kiya courier-eta ka key?', { intent: 'history', businessUnit: 'courier-eta' }],
    ['saare teams ki list bhejo', { intent: 'list', all: true }],
    ['amar team gulo dekhao', { intent: 'list', owner: 'me' }],
    ['kaunse models hai? llama wale chahiye', { intent: 'models', provider: 'meta' }],
  ]);
  // look-alikes: "kal" before an ask is still a day to come; a token for tomorrow is still asked for
  keeps([
    ['kal growth ki key rotate kar dena', 'rotate', 'growth'],
    ['kal token chahiye 2 ghante ka', 'token'],
  ]);
});
