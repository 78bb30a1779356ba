/**
 * Round forty-eight, fix48d: African voices (Swahili, Sheng, Pidgin, Hausa, Zulu, Twi) and a facilities company,
 * read by kind. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a request typed in the wrong window, then where it belonged: taken back', () => {
  nothingAsked([
    'token 2h pls — sorry, wrong chat, that was meant for the stores group',
    'token 4h... oops sorry, wrong window, that was for the night shift thread',
    'rotate the ads key. oops wrong channel, I meant to post this in #data-eng',
    'token for 1h pls – sorry, wrong thread, it was for the payroll chat',
  ]);
  // look-alikes: a hedge before asking, a key leaked into the wrong chat, a correction with "I meant"
  slots([
    ['sorry if wrong channel, token 3h pls', { intent: 'token', ttlSeconds: 10800 }],
    [
      'please revoke key AKIAQ7XK2M4PZ9RW3TBN — I posted it in the wrong chat',
      { intent: 'revoke', keyId: 'AKIAQ7XK2M4PZ9RW3TBN' },
    ],
  ]);
  keeps([['rotate the ads key. sorry wrong key, I meant growth', 'rotate', 'growth']]);
});

describe('Nigerian Pidgin: "di" after "abeg" is "the", "paste am for X" is where a key leaked', () => {
  slots([
    [
      'abeg rotate di key for ticket-triage, somebody paste am for di drivers group',
      { intent: 'rotate', businessUnit: 'ticket-triage' },
    ],
    ['abeg revoke di key for meter-ocr', { intent: 'revoke', businessUnit: 'meter-ocr' }],
    [
      'abeg change the sms-bot key, person paste am for Telegram group',
      { intent: 'rotate', businessUnit: 'sms-bot' },
    ],
    [
      'abeg deprovision di whole kiosk unit, we no dey use am again',
      { intent: 'deprovision', businessUnit: 'kiosk' },
    ],
  ]);
  // look-alikes: Italian "di" (of) stays, a request with "di" later in the sentence keeps its lifetime
  nothingAsked(['la chiave di growth']);
  slots([['abeg give me token for 2 hours, di meeting don start', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('"the whole X unit": a unit, a plain word after "the whole" and a word other than "unit" none', () => {
  slots([
    ['deprovision the whole growth unit', { intent: 'deprovision', businessUnit: 'growth' }],
    ['tear down the whole kiosk unit please', { intent: 'deprovision', businessUnit: 'kiosk' }],
    ['remove the entire pricing unit, project is over', { intent: 'deprovision', businessUnit: 'pricing' }],
  ]);
  slots([
    ['how much did the whole lab burn this month', { businessUnit: null }],
    ['we spent the whole cloud budget last month', { businessUnit: null }],
  ]);
});

describe('lifetimes in Hausa, Zulu, Swahili and Pidgin: the unit before its number word, "go last"', () => {
  slots([
    ['token na awa uku don Allah', { intent: 'token', ttlSeconds: 10800 }],
    ['don Allah token rabin awa, na gode', { intent: 'token', ttlSeconds: 1800 }],
    ['ngicela i-token for amahora amathathu', { intent: 'token', ttlSeconds: 10800 }],
    ['token isigamu sehora, ngiyabonga', { intent: 'token', ttlSeconds: 1800 }],
    ['naomba token nusu saa', { intent: 'token', ttlSeconds: 1800 }],
    ['abeg token wey go last 4 hours', { intent: 'token', ttlSeconds: 14400 }],
    [
      'key for meter-ocr please, siku 60',
      { intent: 'create_key', businessUnit: 'meter-ocr', expiryDays: 60 },
    ],
    [
      'create key for unit sms-bot, e go last 30 days',
      { intent: 'create_key', businessUnit: 'sms-bot', expiryDays: 30 },
    ],
  ]);
  // look-alikes: an age in Swahili is no lifetime, "awa" (Yoruba "we") before no number word is no hour
  slots([
    [
      'tafadhali zungusha funguo ya meter-ocr, imeshakaa siku 90',
      { intent: 'rotate', businessUnit: 'meter-ocr', expiryDays: null },
    ],
    ['ngicela list ye-units', { intent: 'list' }],
  ]);
  nothingAsked(['awa ni team ads']);
});

describe('Swahili periods, a reason and a correction: "mwezi huu", "miezi miwili iliyopita", "imeisha", "nimekosea"', () => {
  slots([
    [
      'spend ya meter-ocr mwezi huu',
      { intent: 'spend', businessUnit: 'meter-ocr', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'history ya sms-bot miezi mitatu iliyopita',
      { intent: 'history', businessUnit: 'sms-bot', period: { kind: 'month', monthsAgo: 3 } },
    ],
    ['ondoa key ya kiosk-bot tafadhali, pilot imeisha', { intent: 'revoke', businessUnit: 'kiosk-bot' }],
    ['naomba token masaa mawili, samahani nimekosea, masaa matatu', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  // look-alikes: what was spent, asked as "pesa ngapi", names no unit; a name given beside it still does
  slots([
    ['ni pesa ngapi tumetumia kwa bedrock mwezi huu?', { intent: 'spend', businessUnit: null }],
    [
      'tumetumia pesa ngapi kwa bedrock, meter-ocr, mwezi uliopita?',
      { intent: 'spend', businessUnit: 'meter-ocr' },
    ],
  ]);
});

describe('"everything for the X week": the unit set up for an event week', () => {
  slots([
    [
      'shut down everything for the hackathon week please',
      { intent: 'deprovision', businessUnit: 'hackathon-week' },
    ],
    [
      'tear down everything for the bootcamp week, it ended',
      { intent: 'deprovision', businessUnit: 'bootcamp-week' },
    ],
  ]);
  // look-alike: a time is no event
  slots([['shut down everything for the next week', { businessUnit: null }]]);
});

describe('a numbered name said in words before "and" another unit: the first unit, asked which first', () => {
  slots([
    ['deprovision squad 7 and bid-office', { intent: 'deprovision', businessUnit: 'squad-7' }],
    ['deprovision hack 12 and ads', { intent: 'deprovision', businessUnit: 'hack-12' }],
    ['rotate the key for lab 4 and growth', { intent: 'rotate', businessUnit: 'lab-4' }],
  ]);
  neverActs(['deprovision squad 7 and bid-office', 'deprovision hack 12 and ads']);
  // look-alike: a number and a half is a lifetime
  slots([['token for 2 and a half hours', { intent: 'token', ttlSeconds: 9000 }]]);
});
