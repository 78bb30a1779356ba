/**
 * Round forty-nine, fix49f (tuned-styles-mideast): Arabic of the Gulf, Egypt and the Levant, Persian, Kurdish and
 * Hebrew in their scripts, with Arabic-Indic and Persian digits, that the parser misread. Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('an English request with Arabic, Persian or Hebrew words left unread after it: never acted on', () => {
  neverActs([
    'revoke the key of souq-search? لا لا خلوه، لسا شغال',
    'deprovision qamar-ocr please… לא לא, עזוב, אנחנו עוד צריכים',
    'rotate the key for darb-app? نه صبر کن، فردا',
    'api key ولا توكن للـ nightly job؟',
  ]);
  slots([['api key ولا توكن للـ nightly job؟', { intent: 'help', keyKind: null }]]);
});

describe('Gulf, Egyptian and Levantine requests read whole ("ابي توكن … الحين", "سو لي مفتاح", "اعملي مفتاح")', () => {
  slots([
    ['ابي توكن ٣ ساعات الحين الله يعافيك', { intent: 'token', ttlSeconds: 10800 }],
    ['بدي توكن لربع ساعة هلق', { intent: 'token', ttlSeconds: 900 }],
    ['عاوز توكن ساعة ونص بسرعة', { intent: 'token', ttlSeconds: 5400 }],
    ['سو لي مفتاح لـ souq-search', { intent: 'create_key', businessUnit: 'souq-search' }],
    ['اعملي مفتاح للـ qamar-ocr يا باشا', { intent: 'create_key', businessUnit: 'qamar-ocr' }],
    ['اوقف المفتاح بتاع qamar-ocr', { intent: 'revoke', businessUnit: 'qamar-ocr' }],
    ['اقفل كل حاجة لـ souq-search', { intent: 'deprovision', businessUnit: 'souq-search' }],
    ['مفتاح لـ qamar-ocr، لا آسف قصدي qamar-ocr-v2', { intent: 'create_key', businessUnit: 'qamar-ocr-v2' }],
  ]);
  // look-alikes: a negation, a colleague asked, a story: left unread, never acted on
  nothingAsked(['ما ابي توكن الحين، خلاص', 'لو كان عندنا مفتاح لـ souq-search كان خلصنا']);
  neverActs(['سالم، ممكن تسوي المفتاح لـ souq-search؟ انا مشغول', 'ما ابي توكن الحين، خلاص']);
});

describe('Persian requests read whole ("یه توکن ۳ ساعته میخوام", "کلید X رو عوض کن"), Persian digits as numbers', () => {
  slots([
    ['یه توکن ۳ ساعته میخوام لطفا', { intent: 'token', ttlSeconds: 10800 }],
    ['نیم ساعت توکن بده', { intent: 'token', ttlSeconds: 1800 }],
    ['کلید برای تیم navid-search بساز', { intent: 'create_key', businessUnit: 'navid-search' }],
    ['کلید navid-search رو عوض کن', { intent: 'rotate', businessUnit: 'navid-search' }],
    ['کلید navid-search رو باطل کن', { intent: 'revoke', businessUnit: 'navid-search' }],
  ]);
  // look-alikes: I don't want a token any more; a car key; a colleague asked by name
  nothingAsked(['دیگه توکن نمیخوام، مرسی', 'کلید ماشین رو کی برداشت؟']);
  neverActs(['علی جان، کلید navid-search رو تو بساز، من سرم شلوغه']);
});

describe('Kurdish (Sorani) requests read whole ("تکایە تۆکنێک بۆ دوو کاتژمێر", "کلیلی X بگۆڕە")', () => {
  slots([
    ['تکایە تۆکنێک بۆ سێ کاتژمێر', { intent: 'token', ttlSeconds: 10800 }],
    ['کلیلی duhok-ocr بگۆڕە تکایە', { intent: 'rotate', businessUnit: 'duhok-ocr' }],
  ]);
  nothingAsked(['کلیلی ماڵەکە لای کێیە؟']);
});

describe('Hebrew requests read whole ("תפתח מפתח לצוות X", "תעשה רוטציה", "ל-30 יום")', () => {
  slots([
    ['תפתח מפתח לצוות shaked-nlp', { intent: 'create_key', businessUnit: 'shaked-nlp' }],
    ['תעשה רוטציה למפתח של shaked-nlp', { intent: 'rotate', businessUnit: 'shaked-nlp' }],
    ['אני צריך טוקן לשעה וחצי', { intent: 'token', ttlSeconds: 5400 }],
    ['מפתח קבוע ל-`shakedNlp` בבקשה', { intent: 'create_key', businessUnit: 'shaked-nlp' }],
    [
      'מפתח API ל-shaked-nlp ל-60 יום',
      { intent: 'create_key', businessUnit: 'shaked-nlp', keyKind: 'api-key', expiryDays: 60 },
    ],
  ]);
  // look-alikes: don't revoke it, it is in use; a colleague asked by name
  nothingAsked(['לא לבטל את המפתח של shaked-nlp, הוא בשימוש']);
  neverActs(['יוסי, תוכל לפתוח מפתח לצוות shaked-nlp? אני בדרכים']);
});

describe('a unit named in an unread Arabic, Persian or Hebrew statement is not asked about', () => {
  nothingAsked([
    'مو لازم نغير مفتاح souq-search، تأكدت',
    'اگه مدیر قبول کنه یه کلید برای navid-search میگیریم',
    'אם יאשרו נפתח מפתח ל-shaked-nlp בשבוע הבא',
  ]);
  // a question about the unit is still read as one
  slots([['מה יש ל-shaked-nlp?', { intent: 'details', businessUnit: 'shaked-nlp' }]]);
});

describe("an unread Arabic, Persian, Kurdish or Hebrew question opened by a colleague's name is put to that person", () => {
  nothingAsked([
    'سالم، ممكن تلغي مفتاح souq-search؟ انا برا المكتب',
    'רותי, את יכולה לבטל את המפתח של shaked-nlp? אני בחופש',
    'مریم، میتونی کلید navid-search رو پاک کنی؟ من بیرونم',
  ]);
  // a greeting first is no name: the question is still read
  slots([['سلام، وش عند souq-search من مفاتيح؟', { intent: 'details', businessUnit: 'souq-search' }]]);
});
