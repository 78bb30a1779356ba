/**
 * Round forty-eight, fix48b (tuned-styles-southasia, tuned-payments, tuned-styles-lay): Indian and Pakistani English,
 * Hinglish, Banglish, Nepali and Tanglish requests and non-requests the rules misread. Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
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
    ['2 ghante ka token mil sakta hai kya?', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: a house's key changed asks nothing; a token for a day's demo has no unit
  nothingAsked(['ghar ki key change kar do']);
  slots([['token chahiye kal ke demo ke liye', { intent: 'token', businessUnit: null }]]);
});
