/**
 * A request written in Hebrew (fix39a, tuned-mssp): "צריך טוקן לשלוש שעות" (I need a token for three hours),
 * "תחליף את המפתח של redteam-lab" (rotate redteam-lab's key), "איך מקבלים מפתח קבוע?" (how does one get a
 * long-term key?).
 *
 * surface.ts's word glossary does not see the Hebrew script, so such a request was read as nothing (an empty
 * text). This reads the message into English words the way greek-arabic.ts reads Arabic, and on the same condition
 * (other-scripts.ts): only when every Hebrew word of it is one this knows (our words, asking and politeness,
 * question words, prepositions, a count of hours or days). A message with any other word (a story, a refusal, a
 * negation: "לא צריך טוקן", "הלקוח ביטל את הטוקנים") is left as written, so the guard for a message mostly in a
 * script the parser does not read keeps it from being acted on. Only the imperative and the present of a verb are
 * known: its past ("ביטלתי", I revoked) is a story and stays unknown.
 *
 * Hebrew is read without its vowel points and cantillation, the maqaf as a hyphen, and a word's leading "ו" (and),
 * "ה" (the), "ל" (for), "ב" (in), "מ" (from) or "ש" (that), up to two of them, read off when the word is not known
 * whole; "ל-" or "ב-" before a Latin name is "for" or "in" ("מפתח קבוע ל-redteam-lab").
 */

import { tidyEnglish } from './tidy-english.js';

/** Any Hebrew letter: a cheap look before anything else. */
const HEBREW = /[\u05d0-\u05ea]/;
/** A Hebrew word (its points read off first; the geresh and gershayim of an abbreviation kept inside it). */
const WORD = /[\u05d0-\u05ea][\u05d0-\u05ea\u05f3\u05f4'"]*/g;
/** A Hebrew letter before or after: a word's edge. */
const EDGE = '(?<![\\u05d0-\\u05ea])';
const END = '(?![\\u05d0-\\u05ea])';

/** Hebrew words → English. */
const HEBREW_WORDS: Record<string, string> = {
  טוקן: 'token',
  טוקנים: 'tokens',
  מפתח: 'key',
  מפתחות: 'keys',
  קבוע: 'long-term',
  קבועים: 'long-term',
  בטל: 'revoke',
  תבטל: 'revoke',
  תבטלי: 'revoke',
  תבטלו: 'revoke',
  לבטל: 'revoke',
  ביטול: 'revoke',
  מחק: 'delete',
  תמחק: 'delete',
  תמחקי: 'delete',
  למחוק: 'delete',
  מחיקה: 'delete',
  החלף: 'rotate',
  תחליף: 'rotate',
  תחליפי: 'rotate',
  תחליפו: 'rotate',
  להחליף: 'rotate',
  החלפה: 'rotate',
  צור: 'create',
  תיצור: 'create',
  תיצרי: 'create',
  ליצור: 'create',
  יצירה: 'create',
  צריך: 'i need',
  צריכה: 'i need',
  צריכים: 'we need',
  רוצה: 'i want',
  רוצים: 'we want',
  אפשר: 'can i have',
  תוכל: 'can you',
  תוכלי: 'can you',
  תן: 'give',
  תני: 'give',
  תנו: 'give',
  תראה: 'show',
  תראי: 'show',
  הראה: 'show',
  להראות: 'show',
  רשימה: 'list',
  רשימת: 'list of',
  לקבל: 'get',
  מקבלים: 'does one get',
  מקבל: 'do i get',
  לי: 'me',
  לנו: 'us',
  שלי: 'my',
  שלנו: 'our',
  את: '',
  של: 'of',
  עבור: 'for',
  בשביל: 'for',
  עם: 'with',
  יחידה: 'unit',
  יחידות: 'units',
  צוות: 'team',
  מודלים: 'models',
  מודל: 'model',
  זמינים: 'available',
  קיימים: 'existing',
  אזור: 'region',
  בעלים: 'owner',
  היסטוריה: 'history',
  איך: 'how',
  כמה: 'how much',
  מה: 'what',
  איזה: 'which',
  אילו: 'which',
  מתי: 'when',
  פג: 'expires',
  הוצאנו: 'did we spend',
  חודש: 'month',
  שבוע: 'week',
  שעה: '1 hour',
  שעתיים: '2 hours',
  שעות: 'hours',
  דקות: 'minutes',
  יום: '1 day',
  היום: 'today',
  יומיים: '2 days',
  ימים: 'days',
  בבקשה: 'please',
  תודה: 'thanks',
  רבה: 'a lot',
  שלום: '',
  היי: '',
  // fix49f, tuned-styles-mideast: more of a request's words (open and make as create, "תפתח מפתח לצוות X"; "תייצר
  // מפתח לשירות X"; a rotation asked as a noun, "תעשה רוטציה למפתח של X"; all, now, there is; "מי מאשר", who approves;
  // "מתי נוצר המפתח", when was the key made; "ההוצאות של X", X's spend; a form's "תוקף", validity). Not the past of an
  // action told ("החליף", he rotated) nor "לא" alone (not): such a message stays unread.
  תפתח: 'create',
  תפתחי: 'create',
  פתח: 'create',
  תייצר: 'create',
  תייצרי: 'create',
  שירות: 'service',
  רוטציה: 'rotation',
  כל: 'all',
  עכשיו: 'now',
  יש: 'are there',
  על: 'on',
  מי: 'who',
  מאשר: 'approves',
  מאשרת: 'approves',
  בקשות: 'requests',
  נוצר: 'was created',
  הוצאות: 'spend',
  תוקף: 'expiry',
  פרויקט: 'project',
  יאללה: '',
  // fix41h: the cities and countries of AWS's Regions ("טוקן בלונדון לשעתיים": a token in London for two hours; its
  // "ב" read off as every word's is). Not "הודו" (India, also a turkey and "give thanks").
  לונדון: 'london',
  בריטניה: 'britain',
  אנגליה: 'england',
  פרנקפורט: 'frankfurt',
  גרמניה: 'germany',
  דבלין: 'dublin',
  אירלנד: 'ireland',
  פריז: 'paris',
  צרפת: 'france',
  שטוקהולם: 'stockholm',
  שבדיה: 'sweden',
  שוודיה: 'sweden',
  ציריך: 'zurich',
  שווייץ: 'switzerland',
  שוויץ: 'switzerland',
  מילאנו: 'milan',
  איטליה: 'italy',
  ספרד: 'spain',
  טוקיו: 'tokyo',
  יפן: 'japan',
  סיאול: 'seoul',
  קוריאה: 'korea',
  אוסקה: 'osaka',
  מומבאי: 'mumbai',
  סינגפור: 'singapore',
  סידני: 'sydney',
  אוסטרליה: 'australia',
  מלבורן: 'melbourne',
  אינדונזיה: 'indonesia',
  מלזיה: 'malaysia',
  בנגקוק: 'bangkok',
  תאילנד: 'thailand',
  טאיוואן: 'taiwan',
  קנדה: 'canada',
  מונטריאול: 'montreal',
  ישראל: 'israel',
  דובאי: 'dubai',
  בחריין: 'bahrain',
  מקסיקו: 'mexico',
  ברזיל: 'brazil',
  קליפורניה: 'california',
  אורגון: 'oregon',
  אוהיו: 'ohio',
};

/** Number words: feminine before hours and minutes, masculine before days. */
const NUMBERS: Record<string, number> = {
  אחת: 1,
  שתי: 2,
  שלוש: 3,
  ארבע: 4,
  חמש: 5,
  שש: 6,
  שבע: 7,
  שמונה: 8,
  תשע: 9,
  עשר: 10,
  אחד: 1,
  שני: 2,
  שלושה: 3,
  ארבעה: 4,
  חמישה: 5,
  שישה: 6,
  שבעה: 7,
  תשעה: 9,
  עשרה: 10,
};

/** A count in words before its unit, with "ל" (for) or "ב" (in) before it: "לשלוש שעות" → "for 3 hours". */
const COUNT = new RegExp(`${EDGE}([לב]?)(${Object.keys(NUMBERS).join('|')})\\s+(שעות|דקות|ימים)${END}`, 'g');
const UNITS: Record<string, string> = { שעות: 'hours', דקות: 'minutes', ימים: 'days' };

/** Phrases read before the words: last month, this month, my units, "ל-" or "ב-" before a Latin name or a digit. */
const PHRASES: [RegExp, string][] = [
  [new RegExp(`${EDGE}ב?חודש\\s+שעבר${END}`, 'g'), ' last month '],
  [new RegExp(`${EDGE}ב?שבוע\\s+שעבר${END}`, 'g'), ' last week '],
  [new RegExp(`${EDGE}ה?חודש\\s+הזה${END}|${EDGE}החודש${END}`, 'g'), ' this month '],
  // (A possessive after its noun, "היחידות שלי": my units, the asker's own.)
  [new RegExp(`${EDGE}ה?יחידות\\s+שלי${END}`, 'g'), ' my units '],
  // (fix41h: two-word places, "תל אביב" Tel Aviv, "הונג קונג" Hong Kong, with "ב" (in) or "ל" (for) before.)
  [new RegExp(`${EDGE}ב(?=תל[\\s-]+אביב${END}|הונג\\s+קונג${END})`, 'g'), ' in '],
  [new RegExp(`${EDGE}ל(?=תל[\\s-]+אביב${END}|הונג\\s+קונג${END})`, 'g'), ' for '],
  [new RegExp(`${EDGE}תל[\\s-]+אביב${END}`, 'g'), ' tel aviv '],
  [new RegExp(`${EDGE}הונג\\s+קונג${END}`, 'g'), ' hong kong '],
  // (fix49f: "אני צריך" (I need), "תעשה רוטציה" (do a rotation), "כל מה שיש" (everything there is), an hour and a
  // half, "רגע לא" (wait, no) before a correction, and a count in digits, "ל-30 יום" (for 30 days).)
  [new RegExp(`${EDGE}אני\\s+(?=צריך${END}|צריכה${END}|רוצה${END})`, 'g'), ' '],
  [new RegExp(`${EDGE}תעשה\\s+רוטציה${END}|${EDGE}תעשי\\s+רוטציה${END}`, 'g'), ' rotate '],
  [new RegExp(`${EDGE}כל\\s+מה\\s+שיש${END}`, 'g'), ' everything '],
  [new RegExp(`${EDGE}תסגור\\s+(?:את\\s+)?(?=כל\\s+מה\\s+שיש${END})`, 'g'), ' shut down '],
  [new RegExp(`${EDGE}ל?שעה\\s+וחצי${END}`, 'g'), ' 90 minutes '],
  [new RegExp(`${EDGE}רגע\\s*,?\\s*לא${END}`, 'g'), ' wait no '],
  // (fix49f: also before a name in backticks, "ל-`fraudDetector`".)
  [new RegExp(`${EDGE}ל-(?=[\`A-Za-z0-9])`, 'g'), ' for '],
  [new RegExp(`${EDGE}ב-(?=[\`A-Za-z0-9])`, 'g'), ' in '],
  [/(\d+)\s*(?:יום|ימים)(?![\u05d0-\u05ea])/g, ' $1 days '],
  [/(\d+)\s*שעות(?![\u05d0-\u05ea])/g, ' $1 hours '],
  [/(\d+)\s*דקות(?![\u05d0-\u05ea])/g, ' $1 minutes '],
];

const PREFIXES: readonly (readonly [string, string])[] = [
  ['ו', 'and'],
  ['ה', 'the'],
  ['ל', 'for'],
  ['ב', 'in'],
  ['מ', 'from'],
  ['ש', 'that'],
];

/**
 * post39a: whole words that look like a prefix before a known word but are another word, never read apart: "למה"
 * (why, not "for what": "למה צריך להחליף את המפתח של growth?" asks why, and was carried out as a rotation), "בלי"
 * (without), "לעבור" (to move), "שמתי" (I put), "מרוצה" (pleased), "מזמינים" (we order), "מקיימים" (we hold),
 * "מרשימה" (impressive), "התראה" (an alert), "בשעה" (at o'clock), "ביום" (on the day of), "מתן" (a name), "שתן".
 * Left unknown, such a message is left as written. ("היום" is today, not "the one day": glossed whole.)
 */
const NOT_PREFIXED = new Set([
  'למה',
  'בלי',
  'לעבור',
  'שמתי',
  'מרוצה',
  'מרוצים',
  'מזמינים',
  'מקיימים',
  'מרשימה',
  'התראה',
  'בשעה',
  'ביום',
  'מתן',
  'שתן',
]);

/** A Hebrew word, whole or with up to two leading prefixes read off, or undefined. */
function hebrewWord(word: string, depth = 0): string | undefined {
  const whole = HEBREW_WORDS[word];
  if (whole !== undefined) return whole;
  if (depth >= 2 || NOT_PREFIXED.has(word)) return undefined;
  for (const [prefix, en] of PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const rest = hebrewWord(word.slice(prefix.length), depth + 1);
    if (rest !== undefined) return rest === '' ? en : `${en} ${rest}`;
  }
  return undefined;
}

/**
 * The message read into English words when it has Hebrew and every Hebrew word of it is known; null when it has
 * none, or a word this does not know (then it is left as written).
 */
export function hebrewAsEnglish(text: string): string | null {
  if (!HEBREW.test(text)) return null;
  let out = text.replace(/[\u0591-\u05c7]/g, (c) => (c === '\u05be' ? '-' : ''));
  out = out.replace(
    COUNT,
    (_, pre: string, n: string, unit: string) =>
      ` ${pre === 'ל' ? 'for ' : pre === 'ב' ? 'in ' : ''}${NUMBERS[n]} ${UNITS[unit]} `,
  );
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  let unknown = false;
  out = out.replace(WORD, (w) => {
    const en = hebrewWord(w);
    if (en === undefined) unknown = true;
    return en === undefined || en === '' ? ' ' : ` ${en} `;
  });
  return unknown ? null : tidyEnglish(out);
}
