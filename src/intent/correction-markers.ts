/**
 * The one table of the words by which a writer corrects or takes back what they said, stated once by
 * role, and the patterns every reader of them builds from it (corrections.ts, request-sentence.ts,
 * regions.ts, mood.ts, slack-text.ts, rules.ts, negation.ts, withdrawal.ts):
 *  - CORRECTS: the value or name before the marker was wrong, a new one follows ("6h, no wait, 8h",
 *    "key for sales — sorry, I meant growth", "rotate finance, actually treasury");
 *  - WITHDRAWS: what was said before is taken back ("scratch that", "nvm", "nah"); a new value right
 *    after it corrects instead ("tok 2h apse2 scratch that apse1");
 *  - REFERS_BACK: withdrawals that point back at everything said before them ("… — actually no, leave
 *    it", "token 2h pls... oh wait never mind").
 * Each entry is a regular-expression source for lowercase text, with the guard that keeps a look-alike
 * out where the word has other uses ("sorry to bother", "I meant to ask").
 */

/**
 * "sorry", but not "sorry to bother", "sorry for the noise", "sorry if", "sorry but"; nor an apology for
 * dictation (units27: "key for fan help bot — sorry voice typing — …", "sorry, voice note", "sorry,
 * dictating"): what follows it is how the message was typed, no name corrected. (fix54c, tuned-marketplace: nor an
 * excuse for a slip, "~~revoke~~ rotate the photo-moderation key, sorry, fat fingers", "…, sorry, wrong button", "sorry,
 * long day", "sorry, my bad": the slip's cause, no name.)
 */
const SORRY = String.raw`sorry(?!\s+(?:to|for|if|about|again|in\s+advance|but|that)\b)(?![\s,.:;!-]{0,3}(?:voice|speech|dictat|autocorrect|auto-correct|talk\s+to\s+text|typing\s+on|on\s+(?:my\s+)?(?:phone|mobile)\b|(?:fat|butter|clumsy|sausage)[\s-]?fingers?\b|wrong\s+(?:button|tab|word|window|thread|channel)\b|(?:long|rough|mad|crazy)\s+(?:day|week|morning|night)\b|my\s+bad\b|brain\s+(?:fog|fart)\b|new\s+(?:keyboard|phone)\b|misclick|mis-?typed?\b))`;
/** "I meant", "meant", but not "I meant to ask" ("I meant to say" corrects). */
const MEANT_GUARD = String.raw`(?!\s+to\s+(?!say\b|type\b|write\b)[a-z]+\b)`;

/** Words that say the value or name before them was wrong (CORRECTS), the guarded forms. */
export const CORRECTS = {
  noWait: String.raw`no\s+wait`,
  waitNo: String.raw`wait\s+no`,
  wait: 'wait',
  sorry: SORRY,
  iMeant: String.raw`i\s+meant${MEANT_GUARD}`,
  iMean: String.raw`i\s+mean`,
  meant: `meant${MEANT_GUARD}`,
  actually: 'actually',
  correction: 'correction',
  orRather: String.raw`or\s+rather`,
  rather: 'rather',
  shouldBe: String.raw`should\s+be`,
  makeIt: String.raw`make\s+(?:it|that)`,
  err: 'err+',
  erm: 'erm+',
  oops: 'oops',
  typo: 'typo',
  edit: 'edit',
} as const;

/** Words that take back what was said before them (WITHDRAWS); a value right after them corrects it. */
export const WITHDRAWS = {
  scratchThat: String.raw`scratch\s+that`,
  neverMind: String.raw`never\s*mind`,
  nevermind: 'nevermind',
  nvm: 'nvm',
  nah: 'nah',
  nope: 'nope',
  noSorry: String.raw`no\s+sorry`,
  forgetIt: String.raw`forget\s+(?:it|that)`,
  ignoreThat: String.raw`ignore\s+that`,
} as const;

/** Withdrawals that point back at all that was said before them (REFERS_BACK). */
export const REFERS_BACK = {
  neverMind: String.raw`never\s*mind`,
  nevermind: 'nevermind',
  nvm: 'nvm',
  jk: 'jk',
  justKidding: String.raw`just\s+kidding`,
  scratchThat: String.raw`scratch\s+that`,
  forgetIt: String.raw`forget\s+(?:it|that)`,
  ignoreThat: String.raw`ignore\s+(?:that|this)`,
  disregard: 'disregard',
  belay: 'belay',
  changedMyMind: String.raw`changed\s+my\s+mind`,
  leaveIt: String.raw`leave\s+(?:it|that|them)`,
  dontBother: String.raw`don'?t\s+bother`,
  cancel: 'cancel',
  holdOff: String.raw`hold\s+off`,
} as const;

type Table = Record<string, string>;

/** The entries of a table, in its order, without those named. */
export function markersOf<T extends Table>(table: T, ...without: (keyof T)[]): string[] {
  return Object.entries(table)
    .filter(([name]) => !without.includes(name))
    .map(([, source]) => source);
}

/** Only the entries of a table named. */
export function pick<T extends Table>(table: T, ...names: (keyof T)[]): string[] {
  return names.map((name) => table[name] as string);
}

/** One alternation of marker sources (a non-capturing group). */
export function anyOf(...sources: (string | readonly string[])[]): string {
  return `(?:${sources.flat().join('|')})`;
}

/** The marker words as single words (for readers that go word by word: mood.ts). */
export const MARKER_SINGLE_WORDS = [
  'actually',
  'no',
  'wait',
  'sorry',
  'i',
  'mean',
  'meant',
  'nah',
  'nope',
  'nvm',
  'scratch',
  'that',
  'oops',
  'err',
  'rather',
  'or',
] as const;

/**
 * Single words after which a "no" is part of a correction marker, not a negator: "rotate, no actually
 * revoke the x key", "revoke x, no sorry, rotate it".
 */
export const CORRECTS_AFTER_NO = new Set(['actually', 'wait', 'sorry', 'rather', 'err', 'i', 'meant']);

/** A marker struck through in Slack ("rotate sales-ops ~no~ sales-eng"), alone in the struck text. */
export const STRUCK_MARKER = new RegExp(
  String.raw`^\s*${anyOf('no+', WITHDRAWS.nope, WITHDRAWS.nah, 'sorry', CORRECTS.oops, 'wrong', CORRECTS.typo)}\s*$`,
  'i',
);

/**
 * A correction marker, then the lead words that may stand before the new value ("sorry, it's …",
 * "nvm, I meant …"), for values a placeholder stands for (a key ID, a period).
 */
export function correctedValue(placeholder: string, end: string): RegExp {
  const marker = anyOf(
    markersOf(WITHDRAWS, 'noSorry', 'forgetIt', 'ignoreThat'),
    CORRECTS.noWait,
    CORRECTS.wait,
    'sorry',
    CORRECTS.oops,
    String.raw`i\s+meant?`,
    CORRECTS.actually,
    String.raw`make\s+it`,
    'no',
    CORRECTS.correction,
    CORRECTS.typo,
    String.raw`wrong\s+(?:one|key|id|month|period)`,
  );
  const lead = String.raw`(?:(?:it'?s|it\s+is|the\s+(?:right|correct)\s+(?:one|key|id|month|period)\s+is|i\s+meant?|meant|should\s+be|make\s+it|for|from|of)\s+)*`;
  return new RegExp(String.raw`\b${marker}\W+${lead}${placeholder}${end}`);
}
