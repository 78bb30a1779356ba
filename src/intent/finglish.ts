/**
 * fix50e, tuned-styles-mideast: Finglish, Persian written in Latin letters as Iranians type it on a phone ("lotfan token
 * 20 daghighe bedid", please give me a token for 20 minutes; "ye kelid baraye uld-tracker besazid", make a key for
 * uld-tracker; "kelide cargo-eta ro avaz konid", change cargo-eta's key). Its words are no English, so the message was
 * read with its lifetime's unit ("daghighe", minutes) and its verb ("bedid", give) unseen.
 *
 * This reads such a message into English words on the condition greek-arabic.ts keeps for the Arabic script: only when
 * a word no English text has is in it ("lotfan", "mikham", "bedid", "daghighe") and every word of it is known (a
 * Finglish word here, one of ours in English, a number, a unit's name written with a hyphen, a dot or a digit). A
 * message with any other word (a story: "lotfan kelide otagh e server ro bedid be Ali", the server room's key to Ali;
 * "mikham shift e jome ro ba Sara avaz konam", swap Friday's shift with Sara) is left as written.
 */

/** Words no English text has: one of them marks the message as Finglish. */
const STRONG = new Set(
  (
    'lotfan lotfa mikham mikhastam mikhaym mikhahim bedid bedin bede bedeh besaz besazid besazin daghighe daqiqe dagighe ' +
    'daghighei saate saat saa3at kelid kelide kelida baraye barayeh mamnoon mamnun mersi chetori chejoori chejuri ' +
    'hazine hazineye tarikhche tarikhcheye neshun neshoon neshoonam begiram begirim avaz pak hazf'
  ).split(' '),
);

const STRONG_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...STRONG].join('|')})(?![\p{L}\p{N}])`, 'iu');

/** Finglish words → English ('' for a word read as nothing). */
const WORDS: Record<string, string> = {
  lotfan: 'please',
  lotfa: 'please',
  mikham: 'i want',
  mikhastam: 'i would like',
  mikhaym: 'we want',
  mikhahim: 'we want',
  bedid: 'give me',
  bedin: 'give me',
  bede: 'give me',
  bedeh: 'give me',
  besaz: 'create',
  besazid: 'create',
  besazin: 'create',
  daghighe: 'minutes',
  daqiqe: 'minutes',
  dagighe: 'minutes',
  daghighei: 'minutes',
  saat: 'hours',
  saate: 'hours',
  saa3at: 'hours',
  rooz: 'days',
  ruz: 'days',
  rooze: 'days',
  kelid: 'key',
  kelide: 'key of',
  kelida: 'keys',
  baraye: 'for',
  barayeh: 'for',
  mamnoon: 'thanks',
  mamnun: 'thanks',
  mersi: 'thanks',
  merci: 'thanks',
  salam: '',
  ye: 'a',
  ro: '',
  kon: '',
  konid: '',
  konin: '',
  avaz: 'rotate',
  pak: 'delete',
  hazf: 'delete',
  neshun: 'show',
  neshoon: 'show',
  hazine: 'cost',
  hazineye: 'cost of',
  tarikhche: 'history',
  tarikhcheye: 'history of',
  mah: 'month',
  mahe: 'month',
  pish: 'ago',
  gozashte: 'last',
  hame: 'all',
  tim: 'team',
  yunit: 'unit',
  chetori: 'how',
  chejoori: 'how',
  chejuri: 'how',
  begiram: 'do i get',
  begirim: 'do we get',
  chiye: 'is what',
  va: 'and',
  ba: 'with',
  dar: 'in',
  too: 'in',
};

/** Our words in English, known beside the Finglish ones. */
const OURS = new Set(
  (
    'token tokens key keys api access unit team bedrock claude model models test please pls thanks for the a an ' +
    'hours hour h min mins minutes days day region list history spend details rotate revoke deprovision new'
  ).split(' '),
);

/** A letter of another script (the Arabic script's readers read a message with one). */
const NOT_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u08ff\u0900-\u0dff\u3000-\u9fff\uac00-\ud7af]/;
/** A word: letters, digits and the marks inside a unit's name or an address. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}._@/-]*/gu;
/** A unit's name or an address: a hyphen, a dot, an underscore, an @ or a digit inside it. */
const NAME_LIKE = /[\d._@/-]/;

/** The message read into English, or null when it is no Finglish or holds a word this does not know. */
export function finglishAsEnglish(text: string): string | null {
  // (One look for a strong word first: most messages have none, and are not split into words.)
  if (!STRONG_RE.test(text) || NOT_LATIN.test(text)) return null;
  const words = text.match(WORD) ?? [];
  for (const w of words) {
    const lower = w.toLowerCase();
    if (WORDS[lower] === undefined && !OURS.has(lower) && !NAME_LIKE.test(w)) return null;
  }
  return text
    .replace(/\bmahe?\s+(?:gozashte|pish)\b/gi, 'last month')
    .replace(WORD, (w) => {
      const en = WORDS[w.toLowerCase()];
      return en === undefined ? w : en;
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
}
