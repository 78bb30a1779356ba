/**
 * Surface forms: what people type that means something the parser already reads, rewritten to that
 * form before anything else looks at the text. Runs on the decoded Slack text (case and accents as
 * typed), before prepare.ts folds accents and lifts values out:
 *  - command-line syntax: `--bu risk-engine`, `-kind api`, `--team=mobile-apps`, `bu=pricing-ml`,
 *    `exp=90`, `--ttl 0`, `--days 30`, `--all`, `--period last-30-days`, `--month last`, `-h` after a
 *    command ("/bedrock revoke -h" is help about revoking), field lines of forms and YAML;
 *  - shorthand of our commands in command position ("rvk growth", "desc doc-ai", "decom vendor-x",
 *    "$ for recsys", "cost pricing-ml", "help rot", "who rvk'd …");
 *  - dictation: spoken e-mails ("sara at acme dot com"), spoken Region codes ("eu west one"), number
 *    words where the duration reader needs digits ("minus one hour", "1 point 5", "two hundred"),
 *    "for to hours" / "for for hours";
 *  - phone typing: words glued together ("tokenfor 1h", "tokenplease1h"), autocorrect's real-word
 *    substitutions of our verbs ("revolt the key" = revoke; only in command position, with a key
 *    after it) and nouns ("api keu");
 *  - a small glossary of German, Spanish, French, Portuguese and Hindi (Latin script) words for
 *    please/for/all/key/rotate/revoke/delete/hours/days/… applied word by word. Words that are also
 *    English words or names ("die", "la", "de", "hat") are only read so when the message has a word
 *    only that language has.
 * Every rewrite is of whole words, never inside a hyphenated or underscored name, an e-mail or a
 * fenced code block; a text none of it applies to is returned as it is (one regex test).
 */

import { isNameWord } from './business-unit.js';
import { THAI_COUNT_STEP, THAI_COUNT_WORDS, thaiCounts } from './thai-words.js';
import { ROMANCE_CHANGE_GATE, romanceChangesAsEnglish } from './romance-changes.js';
import { MACHINE_NOUNS } from './machine-nouns.js';
import { HU_GATE, hungarianAsEnglish } from './hungarian-words.js';
import { VI_UNMARKED_GATE, vietnameseMarks } from './vietnamese-marks.js';
import { PairGated } from './pair-gated.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import {
  NUMBERED_PLACE_NEED,
  NUMBERED_PLACE_WHEN,
  doorKeyPlace,
  numberedPlaces,
  oursBeforeFor,
} from './numbered-places.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';
import { CANCEL_IT_TEST, cancelCompromised } from './cancel-compromised.js';
import { PASSIVE_GO_AHEAD_TEST, passiveGoAhead } from './passive-go-ahead.js';
import { NUMBER_WORDS, TENS, nextListItem } from './durations.js';
import {
  type Lang,
  MORE_GLOSSES,
  MORE_PHRASES,
  MORE_PHRASE_TRIGGER,
  turkishVerbFirst,
  finnishNameCases,
} from './more-languages.js';
import {
  ROMANCE_ASK_GLOSSES,
  ROMANCE_ASK_PHRASES,
  ROMANCE_ASK_TRIGGER,
  ROMANCE_FIELD_STEP,
  ROMANCE_SPAN_NEED,
  ROMANCE_SPAN_STEP,
  romanceFieldNames,
  romanceSpans,
} from './romance-asks.js';
import { IBERIAN_GLOSSES, IBERIAN_PHRASES, IBERIAN_TRIGGER } from './iberian-words.js';
import { SPANISH_VERB_TRIGGER, spanishPhrasesAsEnglish, spanishVerbGlosses } from './spanish-verbs.js';
import { spanishMonthsWhere } from './spanish-months.js';
import { SPANISH_QUESTION_TRIGGER, spanishQuestionsAsEnglish } from './spanish-questions.js';
import {
  SEA_PHRASES,
  SEA_PHRASES_FIRST,
  SEA_TRIGGER,
  SG_PARTICLE_GATE,
  withoutSinglishParticles,
} from './sea-words.js';

/** A word character in any script, and the characters that glue words into names or addresses. */
const L = String.raw`\p{L}\p{N}_`;
/** Not inside a word, a name ("rot-team", "desc_api"), an address or a path. */
const B = String.raw`(?<![${L}@.\-/'’])`;
const E = String.raw`(?![${L}@\-/]|\.[${L}])`;

// ---------------------------------------------------------------------------------------------------
// Number words (for the few forms the duration reader cannot take as words).
const UNITS: Record<string, number> = { zero: 0, ...NUMBER_WORDS };
const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
/** "five", "forty five", "forty-five", "45". */
const SMALL_NUMBER = String.raw`(?:(?:${TEN_WORDS})(?:[\s-](?:${UNIT_WORDS}))?|${UNIT_WORDS}|\d+)`;

function smallNumber(words: string): number {
  const w = words.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  const [a = '', b] = w.split(/[\s-]+/);
  return (TENS[a] ?? UNITS[a] ?? 0) + (b === undefined ? 0 : (UNITS[b] ?? 0));
}

const TIME_UNIT = String.raw`(?:hours?|hrs?|h|minutes?|mins?|m|days?|d|weeks?|months?)`;
/** "minus one hour", "minus 10 days": a negative value (refused by the slot readers, never clamped). */
const MINUS_RE = new RegExp(
  String.raw`${B}(?:minus|negative)\s+(${SMALL_NUMBER})(?=\s*${TIME_UNIT}${E})`,
  'giu',
);
/** "1 point 5 hours", "one point five hours". */
const POINT_RE = new RegExp(
  String.raw`${B}(${SMALL_NUMBER})\s+point\s+(${UNIT_WORDS}|\d)(?=\s*${TIME_UNIT}${E})`,
  'giu',
);
/** "two hundred minutes", "a hundred and twenty minutes". */
const HUNDRED_RE = new RegExp(
  String.raw`${B}(${UNIT_WORDS}|a|one)\s+hundred(?:\s+(?:and\s+)?(${SMALL_NUMBER}))?(?=\s*${TIME_UNIT}${E})`,
  'giu',
);
/** Dictation: "token for to hours" (two), "token for for hours" (four). */
const TO_HOURS_RE = new RegExp(
  String.raw`${B}(for|token|tok)\s+(?:to|too)\s+(?=(?:hours|minutes|days)${E})`,
  'giu',
);
const FOR_FOR_RE = new RegExp(String.raw`${B}for\s+for\s+(?=(?:hours|minutes|days)${E})`, 'giu');

// ---------------------------------------------------------------------------------------------------
// Spoken values: corrections without punctuation, "two hours fifteen", numbers inside names.
/** A number said or typed alone: "3", "4.5", "forty five", "twelve". */
const BARE_NUMBER_SOURCE = String.raw`(?:\d+(?:[.,]\d+)?|(?:${TEN_WORDS})(?:[\s-](?:${UNIT_WORDS}))?|${UNIT_WORDS})`;
/** A unit of a lifetime, as the duration reader takes it (one letter only after digits). */
const SPOKEN_UNIT = String.raw`(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|(?<=\d\s*)(?:h|m|d))`;
/** A duration with its unit ("2h", "two hours", "an hour", "90 mins"): where a bare number gets its unit. */
const SPOKEN_DURATION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-])(?:${BARE_NUMBER_SOURCE}|an?|(?:a\s+)?(?:couple|few)(?:\s+of)?)\s*(?:-\s*)?(${SPOKEN_UNIT})(?![\p{L}\p{N}_@\-])`,
  'giu',
);
const BARE_NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-/:])${BARE_NUMBER_SOURCE}(?![\p{L}\p{N}_@\-/:]|[.,]\d)`,
  'giu',
);
/** Words of a spoken correction right before a bare number ("no 3", "wait make it 3", "i mean seven"). */
const CORRECTION_BEFORE =
  /(?:^|[^\p{L}])(?:no|nope|wait|sorry|actually|i\s+mean|i\s+meant|make\s+(?:it|that)|or\s+rather|rather|err+|erm+|um+|uh+|ok|okay)[\s,.!:;-]*$/iu;
/** Words of a spoken correction right after a bare number ("thirty no forty …"). */
const CORRECTION_AFTER = /^[\s,.]*(?:no|nope|wait|sorry|i\s+mean|i\s+meant|or\s+rather)(?![\p{L}])/iu;
/**
 * What may follow a bare number that is a value ("no 3 please", "make it 5. no 4"), not a count ("no 2 people");
 * dev26b: a dash that ends the clause too ("make it one — the review only covers a single call").
 */
const VALUE_END =
  /^\s*(?:$|[,.!?;)—–]|-\s|(?:please|pls|plz|thanks|thx|then|instead|final|is|will|should|would|in|for|ok|okay|no|nope|wait|sorry|actually|i|on|and|max|tops)(?![\p{L}]))/iu;
// (fix20a: one way through the spaces and a dash, "\s*(?:-\s*)?", not "\s*-?\s*", which tried every split of
// a run of spaces: "for lab 1" and 2,000 spaces took 5 s. The letter units after digits are left out: the
// text tested starts after the number, so their lookbehind could never see a digit.)
const UNIT_AHEAD = /^\s*(?:-\s*)?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?)(?![\p{L}])/iu;
const UNIT_NAME: Record<string, string> = { h: 'hours', m: 'minutes', d: 'days', w: 'weeks' };

function unitName(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('mo')) return 'months';
  if (w.startsWith('mi')) return 'minutes';
  return UNIT_NAME[w[0] ?? ''] ?? 'hours';
}

/**
 * A bare number in a spoken correction takes the unit of the duration it corrects: "token two hours
 * no three" → "… no three hours", "4h. wait make it 5. no 4" → "5 hours … 4 hours", "thirty no forty
 * no I mean fifty days" (the unit said once, at the end). A number followed by other words ("no 2
 * people") is a count, left as it is.
 */
function spokenCorrections(s: string): string {
  const units: { at: number; end: number; unit: string }[] = [];
  for (const m of s.matchAll(SPOKEN_DURATION_RE))
    units.push({ at: m.index, end: m.index + m[0].length, unit: unitName(m[1] ?? '') });
  if (units.length === 0) return s;
  const inserts: { at: number; unit: string }[] = [];
  for (const m of s.matchAll(BARE_NUMBER_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    const after = s.slice(end);
    if (UNIT_AHEAD.test(after) || units.some((u) => at >= u.at && at < u.end)) continue;
    const before = s.slice(Math.max(0, at - 24), at);
    let unit: string | undefined;
    if (CORRECTION_BEFORE.test(before) && VALUE_END.test(after)) {
      unit = [...units].reverse().find((u) => u.end <= at)?.unit ?? units.find((u) => u.at >= end)?.unit;
    } else if (CORRECTION_AFTER.test(after)) {
      unit = units.find((u) => u.at >= end)?.unit;
    }
    if (unit !== undefined) inserts.push({ at: end, unit });
  }
  let out = s;
  for (const { at, unit } of inserts.reverse()) out = `${out.slice(0, at)} ${unit}${out.slice(at)}`;
  return out;
}

/**
 * Minutes said after the hours: "two hours fifteen", "an hour forty five", "one hour and ten"; on the
 * same line ("valid for 3 hours\n3. in us-west-2" is a list's next item).
 */
const HOURS_THEN_MINUTES_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-])((?:\d+|an?|${UNIT_WORDS})\s*(?:hours?|hrs?|h))[^\S\n]+(and\s+(?!one\b))?((?:${TEN_WORDS})(?:[\s-](?:${UNIT_WORDS}))?|${UNIT_WORDS}|\d{1,2})(?=\s*(?:$|[,.!?;)]|(?:please|pls|plz|thanks|thx|in|for|then|ok|okay|max|tops)(?![\p{L}])))`,
  'giu',
);
/** "an hour n a half": "n" for "and" between a duration and its fraction. */
const N_A_HALF_RE = /(?<=\b(?:hours?|hrs?|days?))\s+n\s+(?=an?\s+(?:half|quarter)\b)/gi;

/** Words that end a number inside a name being a count: "growth two keys", "sales three of them". */
const COUNTED =
  /^\s+(?:keys|tokens|creds|credentials|people|persons|users|members|folks|teams|units|of|more|or|times|things|ones|new|extra|additional|other|others)(?![\p{L}])/iu;
/** A name then number words: "customer three sixty", "portal three sixty five", "vision two", "customer 360". */
const NAME_NUMBER_RE = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}\p{N}_@.\-])(?:for|of|the|unit|team|bu|called|named|did|does|has|is|about)\s+)([a-z][a-z0-9]*)\s+((?:${TEN_WORDS}|${UNIT_WORDS})(?:[\s-]+(?:${TEN_WORDS}|${UNIT_WORDS}|hundred|and)){0,4}|[1-9]\d{2,3})(?![\p{L}\p{N}_@\-])`,
  'giu',
);
/**
 * A name then number words before a possessive of a credential, its spend or its history, or right after
 * our verb: "rotate vision two's key", "deprovision vision two's account", "revoke portal three sixty
 * five's access" (not "before release two's launch", a story's).
 */
const POSSESSIVE_NAME_NUMBER_RE = new RegExp(
  String.raw`(?<=^|[^\p{L}\p{N}_@.\-'’])([a-z][a-z0-9]*)\s+((?:${TEN_WORDS}|${UNIT_WORDS})(?:[\s-]+(?:${TEN_WORDS}|${UNIT_WORDS}|hundred|and)){0,4})(?=['’]s(?![\p{L}\p{N}])(?:\s+(?:[\p{L}\p{N}_-]+\s+){0,2}(?:keys?|tokens?|creds|credentials?|access|api|bedrock|spend|bill|costs?|history|setup|unit|user|account|secrets?)\b|(?<=(?:^|[\s,:;(])(?:rotate|revoke|deprovision|offboard|decommission|delete|remove|disable|renew|regenerate|kill|the|for|of|on)\s+\S+\s+\S+)))`,
  'giu',
);
/**
 * A name then a number of one or two digits that ends its phrase, where a unit's name stands (round
 * fourteen): "a key for hack 12", "rotate the squad 7 key", "team hack 9 please" → "hack-12". (Not a
 * usual expiry, "a key for growth 90": EXPIRY_LIKE; nor a step, "phase 2": NUMBERED.) Round seventeen:
 * also after our verb or "on"/"under" ("deprovision hack 12", "keys under lab 4"), and before a dash or
 * a time ("for PHIL 3 — the course …", "for PHIL 3 - the course …", "for hack 12 once the demo is over", "cohort 12 this month";
 * units23: "bedrock bill for creamery 3 over the last month"; fix48d: and before "and"/"or" and another name, "deprovision
 * squad 7 and bid-office", two units of which the first is asked first, never "7 and 8").
 */
// (fix20a: a letter after a space first, so the lookbehind is not tried inside a long run of spaces.)
const SHORT_NAME_NUMBER_RE =
  /(?<=\s)(?=[a-z])(?<=(?:^|[^\p{L}\p{N}_@.-])(?:for|the|unit|team|bu|squad|on|under|rotate|revoke|deprovision|offboard|decommission)\s+)([a-z][a-z0-9]*)\s+([1-9]\d?)(?=\s*(?:$|[,.!?;)\n—–]|-\s|(?:please|pls|plz|keys?|tokens?|creds|credentials?|access|team|squad|unit|entirely|now|for|in|with|once|this|last|today|tomorrow|over|xxperiod)(?![\p{L}])|(?:and|or)\s+(?=[a-z])))/giu;
/**
 * units19: a name of two words then a small number said or written that ends its phrase, where a unit's
 * name stands: "long term key for the concierge bot two", "an api key for noc copilot 2, 60 days" →
 * "concierge-bot-2", "noc-copilot-2" (README: a number ending a name is its number). Both words must be
 * name words, the second no step, rank or count ("the last two", "phase two", "for the team two keys").
 */
const TWO_WORD_NAME_NUMBER_RE =
  /(?<=(?:^|[^\p{L}\p{N}_@.-])(?:for|of|the|unit|team|bu|called|named)\s+)([a-z][a-z0-9]*)\s+([a-z][a-z0-9]*)\s+(two|three|four|five|six|seven|eight|nine|[2-9])(?=\s*(?:$|[,.!?;)\n]|(?:please|pls|plz|keys?|tokens?|creds|access|now|for|in|with|owner)(?![\p{L}])))/giu;

/** What a text must hold for TWO_WORD_NAME_NUMBER_RE to match ("thre" for three). */
const SMALL_NUMBERS = 'two thre four five six seven eight nine 2 3 4 5 6 7 8 9'.split(' ');

/**
 * units28: a name of three words said after "unit" (or "called"/"named"), then its number: "create a key for
 * unit smart lock app two" → "smart-lock-app-2". Only after a word that says a unit's name follows.
 */
const THREE_WORD_NAME_NUMBER_RE =
  /(?<![\p{L}\p{N}_@.-])((?:unit|bu|called|named)\s+)([a-z][a-z0-9]*)\s+([a-z][a-z0-9]*)\s+([a-z][a-z0-9]*)\s+(two|three|four|five|six|seven|eight|nine|[2-9])(?=\s*(?:$|[,.!?;)\n]|(?:please|pls|plz|keys?|tokens?|creds|access|now|for|in|with|owner)(?![\p{L}])))/giu;

/** The name's words joined with its number, or null when a word is no name's or counts what follows. */
function numberedName(words: string[], n: string): string | null {
  if (words.some((w) => !isNameWord(w) || RANK_WORDS.has(w) || NEVER_NUMBERED.has(w))) return null;
  const last = words[words.length - 1] ?? '';
  if (NUMBERED_SHORT.has(last) || NUMBERED.has(last) || /^\d/.test(words[0] ?? '')) return null;
  return `${words.join('-')}-${/^\d$/.test(n) ? n : (UNITS[n.toLowerCase()] ?? n)}`;
}

/**
 * fixthreads29: a name said again after a correction marker with a number at its end, its numbered twin
 * ("key for menu translator I mean menu translator two", "rotate lodge upsell recs no wait lodge upsell recs
 * 2", "revoke the ski school bot key sorry ski school bot three"): the name said the second time is the
 * numbered one, whichever word came before it (no "for"/"unit" stands before a corrected name). Only the
 * same words said again: "crowd counter i mean ticket counter two" is left to the readers above.
 */
const CORRECTED_TO_NUMBERED_RE =
  /(?<![\p{L}\p{N}_@.-])([a-z][a-z0-9]*(?:[ \t]+[a-z][a-z0-9]*){0,3})(?:[ \t]+(?:key|keys|one|unit|team))?(?:[ \t]*[,.])?[ \t]+(?:(?:no[ \t]+)?wait(?:[ \t]+no)?|i[ \t]+mean|i[ \t]+meant|sorry|no|nope|nah|actually|scratch[ \t]+that)(?:[ \t]*[,.])?[ \t]+(?:the[ \t]+)?\1[ \t]+(two|three|four|five|six|seven|eight|nine|[2-9])(?![\p{L}\p{N}_@-])/giu;
/** A word of a time or a date, which a number after counts or dates ("march 2", "hours 3", "week 2"). */
const TIME_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|fy|h|hrs?|hours?|mins?|minutes?|d|days?|weeks?|months?|years?|yrs?|key|keys|tokens?)$/;
const CORRECTED_TO_NUMBERED_WHEN = /\b(?:wait|mean|meant|sorry|no|nope|nah|actually|that)\b/i;

function correctedToNumbered(s: string): string {
  return s.replace(CORRECTED_TO_NUMBERED_RE, (all: string, name: string, n: string) => {
    const words = name.toLowerCase().split(/[ \t]+/);
    // (Said twice around the marker, the words are a name even where one alone is a word of ours or an
    // everyday word, "menu", "trail writer"; not a function word, a time's, a count's or a rank's, nor a
    // department's, which numberedName leaves out too.)
    const last = words[words.length - 1] ?? '';
    if (
      words.some(
        (w) => FUNCTION_WORDS.has(w) || RANK_WORDS.has(w) || NEVER_NUMBERED.has(w) || TIME_WORD.test(w),
      ) ||
      NUMBERED_SHORT.has(last) ||
      NUMBERED.has(last)
    )
      return all;
    const named = `${words.join('-')}-${/^\d$/.test(n) ? n : (UNITS[n.toLowerCase()] ?? n)}`;
    // (The name said again ends the match, before its number: what stands before it is kept.)
    const head = all.slice(0, all.length - n.length).trimEnd();
    return `${head.slice(0, head.length - name.length)}${named}`;
  });
}

/** A name of three words, then of two, joined with its number ("unit smart lock app two", "for data eng two"). */
function twoWordNameNumbers(s: string): string {
  // (THREE_WORD_NAME_NUMBER_RE matches the word before the name, not looks behind for it: a lookbehind with a
  // run of spaces in it is tried at every space of a long run. TWO_WORD_NAME_NUMBER_RE's older lookbehind costs
  // 3 ms on 3,000 spaces, review28.)
  const three = s.replace(
    THREE_WORD_NAME_NUMBER_RE,
    (all, marker: string, a: string, b: string, c: string, n: string) => {
      const named = numberedName([a.toLowerCase(), b.toLowerCase(), c.toLowerCase()], n);
      return named === null ? all : `${marker}${named}`;
    },
  );
  return three.replace(TWO_WORD_NAME_NUMBER_RE, (all, a: string, b: string, n: string) => {
    return numberedName([a.toLowerCase(), b.toLowerCase()], n) ?? all;
  });
}

/**
 * known24: a year inside a name, where a unit's name stands, keeps the word after it ("key for the summer 2025
 * hackathon" → "summer-2025-hackathon", not "summer-2025" and a story's "hackathon"): the name, the year and a
 * name word or an occasion's noun after it are one name. Not a month's year ("the march 2025 report"), a
 * step or a count ("phase 2025 …"), nor one before words of ours or function words ("for hack 2025 keys").
 */
// (The word before it matched, not looked behind for: a lookbehind with a run of spaces in it is tried at
// every space of a long run.)
const YEAR_INSIDE_NAME_RE =
  /(?<![\p{L}\p{N}_@.-])((?:for|of|the|unit|team|bu|called|named)\s+)([a-z][a-z0-9]*)\s+((?:19|20)\d\d)\s+([a-z][a-z0-9]*)(?![\p{L}\p{N}_@.-])/giu;
const MONTH_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec year fy since in'.split(
    ' ',
  ),
);
function yearInsideNames(s: string): string {
  return s.replace(
    YEAR_INSIDE_NAME_RE,
    (all, before: string, name: string, year: string, tail: string, at: number) => {
      // (Merging sweep24b: after a unit already named, "key for checkout, it's for the Summer 2025 hackathon",
      // "key for pricing (for the autumn 2025 launch)", the season and its year are a date the occasion is on.)
      if (/\bfor\s+\S/i.test(s.slice(0, at))) return all;
      const first = name.toLowerCase();
      const last = tail.toLowerCase();
      if (!isNameWord(first) || MONTH_WORDS.has(first) || NUMBERED_SHORT.has(first) || RANK_WORDS.has(first))
        return all;
      if (!(isNameWord(last) || LEXICON[last] === 'Purpose') || COUNTED.test(` ${last}`)) return all;
      return `${before}${first}-${year}-${last}`;
    },
  );
}

/** Numbers of days an expiry is usually given in: after a name they are its expiry ("key for ads 30"). */
const EXPIRY_LIKE = new Set(['14', '30', '45', '60', '90']);
/**
 * Names no short number joins: a team's generic noun ("the key for the team 2") and the usual
 * functions of a company, which are not numbered ("a key for growth 7", "ads 10", "growth 28": a
 * lifetime in days or a count after the name). Numbered groups keep theirs ("hack 12", "squad 7").
 */
const NEVER_NUMBERED = new Set(
  (
    'team unit group bu department dept growth ads marketing sales finance payments billing legal support ' +
    'security risk compliance hr people recruiting product design engineering platform infra ops devops ' +
    'data analytics research ml ai operations procurement partnerships success accounting treasury tax ' +
    'audit brand content seo growthops revenue fraud trust safety'
  ).split(' '),
);
const SMALL_OF: Record<string, number> = { ...UNITS, ...TENS };
/** Words that rank or count what follows: "the top five", "the last three", "page two". */
const RANK_WORDS = new Set(
  'top bottom first last next previous only other biggest largest highest lowest page step number no'.split(
    ' ',
  ),
);

/** "three sixty five" → "365", "twenty twenty" → "2020", "two" → "2": a name's number, said in groups. */
function spokenDigits(words: string): string | null {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k] ?? '';
    const v = SMALL_OF[w];
    if (v === undefined) return null;
    const next = parts[k + 1];
    if (next === 'hundred') {
      const rest = parts[k + 2] === 'and' ? k + 3 : k + 2;
      const tail = spokenDigits(parts.slice(rest).join(' ') || 'zero');
      if (tail === null || tail.length > 2) return null;
      return `${out}${v * 100 + Number(tail)}`;
    }
    if (TENS[w] !== undefined && next !== undefined && UNITS[next] !== undefined && UNITS[next] !== 0) {
      out += String(v + (UNITS[next] ?? 0));
      k++;
    } else out += String(v);
  }
  return out;
}

/** Words a number after which is a count or a step, not a name's ("team two's demo", "phase three's"). */
const NUMBERED = new Set(
  'team unit bu squad group phase stage step round wave sprint season part chapter level day week'.split(' '),
);
/**
 * Words a short number after which counts or orders, never names ("the top 5", "version 2", "page 3");
 * a squad or team numbered is named so ("squad 7" → squad-7, as "squad-7").
 */
const NUMBERED_SHORT = new Set([
  ...'phase stage step round wave sprint season part chapter level day week'.split(' '),
  ...'version v page item option line question point tier slide figure table row column episode act'.split(
    ' ',
  ),
]);

/** Access, a thing of ours before "for" a name and its number ("revoke access for hack 12"). */
const ACCESS: ReadonlySet<string> = new Set(['access']);

/** Our verbs a person is the object of: "offboard alex 2" offboards alex (review fix seventeen), no unit alex-2. */
const PERSON_VERB_BEFORE = /(?:offboard|deprovision|decommission)\s+$/i;
function personAfterVerb(name: string, before: string): boolean {
  return (GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name)) && PERSON_VERB_BEFORE.test(before);
}

function spokenNumbers(s: string, re: RegExp): string {
  return s.replace(re, (all, name: string, number: string, at: number, whole: string) => {
    const rest = whole.slice(at + all.length);
    // ("the recsys one", "the top five": a pronoun and a rank, not a number in a name.)
    if (/^one$/i.test(number) || RANK_WORDS.has(name.toLowerCase())) return all;
    if (re === POSSESSIVE_NAME_NUMBER_RE && NUMBERED.has(name.toLowerCase())) return all;
    if (
      re === SHORT_NAME_NUMBER_RE &&
      (NUMBERED_SHORT.has(name.toLowerCase()) ||
        EXPIRY_LIKE.has(number) ||
        NEVER_NUMBERED.has(name.toLowerCase()) ||
        personAfterVerb(name.toLowerCase(), whole.slice(0, at)) ||
        // (fixfollowups30: "deprovision washer 4 in the maintenance system", "decommission pump 3": a machine and
        // its number, which mood.ts reads as the plant's; no unit "washer-4".)
        MACHINE_NOUNS.has(name.toLowerCase()) ||
        // (fix20d: "rotate the key for warehouse 7, new padlocks fitted": a door key's place.)
        doorKeyPlace(name, whole, at) ||
        // (fix20a: "deprovision the cranes for site 9 today": after another trade's thing, no unit.)
        !oursBeforeFor(whole.slice(0, at), ACCESS))
    )
      return all;
    if (!isNameWord(name.toLowerCase()) || UNIT_AHEAD.test(rest) || COUNTED.test(rest)) return all;
    if (CORRECTION_AFTER.test(rest)) return all;
    const digits = /^\d/.test(number) ? number : spokenDigits(number);
    return digits === null ? all : `${name}-${digits}`;
  });
}

const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** A year said after its month: "september twenty twenty six", "march two thousand twenty five". */
const SPOKEN_YEAR_RE = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:${MONTH_NAMES})\s+)(?:twenty[\s-]+((?:${TEN_WORDS})(?:[\s-]+(?:${UNIT_WORDS}))?|${UNIT_WORDS})|two\s+thousand(?:\s+and)?\s+((?:${TEN_WORDS})(?:[\s-]+(?:${UNIT_WORDS}))?|${UNIT_WORDS}))${E}`,
  'giu',
);
/** "sig v four", "sig v 4": SigV4, said aloud. */
const SIGV4_RE = new RegExp(String.raw`${B}sig\s*v\s*(?:four|4)${E}`, 'giu');

// ---------------------------------------------------------------------------------------------------
// Spoken e-mails and Region codes.
const TLD = '(?:com|io|org|net|co|dev|ai|app|de|fr|es|it|nl|uk|eu|us|in|br|example)';
/** "sara at acme dot com", "maria dot lopez at acme dot co dot uk", "jo underscore kim at acme dot io". */
const SPOKEN_SEPARATOR = String.raw`\s+(?:dot|dash|hyphen|underscore)\s+`;
const SPOKEN_EMAIL_RE = new RegExp(
  String.raw`${B}([a-z0-9]+(?:${SPOKEN_SEPARATOR}[a-z0-9]+)*)\s+at\s+([a-z0-9-]+(?:${SPOKEN_SEPARATOR}[a-z0-9-]+)*\s+dot\s+${TLD})${E}`,
  'giu',
);
const SPOKEN_CHARACTER: Record<string, string> = { dot: '.', dash: '-', hyphen: '-', underscore: '_' };
/** Dictated punctuation: "comma", "full stop", "question mark", "new line". */
const SPOKEN_PUNCTUATION_RE = new RegExp(
  String.raw`\s+(comma|full\s+stop|question\s+mark|exclamation\s+(?:mark|point)|new\s+line|newline)${E}`,
  'giu',
);
/** "period" said for a full stop: after a word that is no article or span, before the end or a new clause. */
const SPOKEN_PERIOD_RE =
  /\s+(?<!\b(?:the|a|an|this|that|each|every|per|any|no|one|day|days|week|weeks|month|months|year|years|time|trial|grace|rotation|retention|billing|review|notice|reporting|waiting|cooling|transition|holdout|hypercare|test|testing|free|probation|lock|freeze|quiet|\d+)\s+)period(?=\s*$|\s+(?:owner|please|pls|thanks|thank|and|also|then|it|i|we|region|so|but|make|the|my|our|for|in|with|after|next|new|one|two|three)\b)/giu;
const PUNCTUATION_OF: Record<string, string> = {
  comma: ',',
  full: '.',
  question: '?',
  exclamation: '!',
  new: '\n',
  newline: '\n',
};
/**
 * A dictated name: "team growth dash analytics", "unit data underscore eng"; units20b: also initials said
 * with "and" ("the unit m and e dash dashboards" → "m-and-e-dashboards", "q and a dash bot").
 */
const SPOKEN_NAME_RE = new RegExp(
  String.raw`(${B}(?:team|unit|bu|for|of|named|called)\s+(?:[a-z]\s+and\s+[a-z]|[a-z0-9]+(?:[-_][a-z0-9]+)*))\s+(dash|hyphen|underscore)\s+(?=[a-z0-9])`,
  'giu',
);
/** "m and e" at the end of a dictated name before its dash: initials joined by "and", one name. */
const SPOKEN_INITIALS_RE = /(?<=\s)([a-z])\s+and\s+([a-z])$/i;
const spokenName = (_m: string, name: string, sep: string): string =>
  `${name.replace(SPOKEN_INITIALS_RE, '$1-and-$2')}${sep.toLowerCase() === 'underscore' ? '_' : '-'}`;
/**
 * Letters dictated one by one: "e u west three", "a p i key", "fraud m l". Two or three single letters
 * in a row are joined only when they spell one of these (Region prefixes and our acronyms), so "plan a
 * b" or "i m late" stay as written.
 */
// (Also before a possessive: "rotate fraud m l's key".)
const SPELLED_RE =
  /(?<![\p{L}\p{N}'’.-])([a-z](?:\s+[a-z]){1,2})(?![\p{L}\p{N}-]|['’](?!s(?![\p{L}\p{N}])))/giu;
const SPELLED = new Set([
  'eu',
  'us',
  'ap',
  'ca',
  'sa',
  'me',
  'af',
  'il',
  'mx',
  'api',
  'ml',
  'ai',
  'iam',
  'aws',
  'sso',
]);
const DIRECTION = '(?:north|south|east|west|central|northeast|southeast|northwest|southwest)';
/** "eu west one", "us east two", "ap north east one": the code's number said as a word. */
const SPOKEN_REGION_RE = new RegExp(
  String.raw`${B}([a-z]{2,3})[\s-]+(${DIRECTION}(?:[\s-]?(?:east|west))?)[\s-]+(${UNIT_WORDS})${E}`,
  'giu',
);

/**
 * "in the mars west one region", "token in pluto east 1": a code said aloud whose first word is no
 * AWS prefix, written as the code it stands for so the Region reader reports it as no Region.
 */
const SPOKEN_LOOKALIKE_RE = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:in|the|region)\s+)([a-z]{4,8})\s+(north|south|east|west|central)\s+(${UNIT_WORDS}|\d)${E}`,
  'giu',
);

// ---------------------------------------------------------------------------------------------------
// Phone typing.
/** "tokenfor 1h", "tokenplease1h", "keyfor growth", "tokenpls": our nouns glued to the next words. */
const GLUED_RE =
  /(?<![\p{L}\p{N}_@.\-/])(token|tok|key|keys|apikey)((?:for|please|pls|plz|pleas|me|now|asap)+)(\d+(?:[.,]\d+)?[a-z]*)?(?![\p{L}\p{N}_@\-/])/giu;
/** "please1h", "for2h". */
const GLUED_NUMBER_RE =
  /(?<![\p{L}\p{N}_@.\-/])(please|pls|plz|for|token|tok)(\d+(?:[.,]\d+)?(?:h|hrs?|hours?|m|mins?|minutes?))(?![\p{L}\p{N}_@\-/])/giu;
/** Autocorrect's nouns: "api keu", "key" typed as "kye". */
const KEY_TYPO_RE = new RegExp(String.raw`${B}(?:keu|kye|keyy|kry|jey|kwy)${E}`, 'giu');
/** Autocorrect's "taken" for token, after a word that can only come before a noun ("a taken for 2h"). */
const TAKEN_RE = new RegExp(
  String.raw`${B}(a|new|fresh|another|my)\s+taken(?=\s+(?:for|pls|please|plz|in|\d))`,
  'giu',
);
/** "key for tem sentinel": "team" missing its a, where a unit is named. */
const TEAM_TYPO_RE = new RegExp(String.raw`${B}(for|of|the|our)\s+tem(?=\s+[\p{L}\p{N}])`, 'giu');
/** Non-native order: "create key api for ocr" is an API key. */
const KEY_API_RE = new RegExp(String.raw`${B}key\s+api${E}(?!\s*keys?\b)`, 'giu');
/** "de provision", "de-provision": dictation splits the verb. */
const SPLIT_VERB_RE = new RegExp(String.raw`${B}de\s+provision(ing|ed)?${E}`, 'giu');

// ---------------------------------------------------------------------------------------------------
// Command position: the start of the text or of a line or sentence, after the slash command or a
// mention of the bot, and after greetings and politeness.
const LEAD = String.raw`(^|[\n!?;]|\.\s)(\s*(?:[/@][\w.-]+[\s,:]+)?(?:(?:pls|please|plz|hey|hi|hello|yo|bot|xxuser|can\s+you|could\s+you|u|you)[\s,:]+)*)`;
/** Shorthand of our commands, each meaning one thing in command position. */
const COMMAND_SHORTHAND: Record<string, string> = {
  rvk: 'revoke',
  rvke: 'revoke',
  rot: 'rotate',
  desc: 'describe',
  descr: 'describe',
  decom: 'decommission',
  decomm: 'decommission',
  regen: 'regenerate',
  mk: 'make',
  cost: 'spend',
  costs: 'spend',
  $: 'spend',
};
const COMMAND_RE = new RegExp(
  String.raw`${LEAD}(rvke?|rot|descr?|decomm?|regen|mk|costs?(?=\s+(?:(?:of|for)\s+)?(?:the\s+)?[a-z0-9]+[-_][a-z0-9-]+|\s+(?:of|for)\s+\S+\s+(?:last|this|past|since|over)\b)|\$(?=\s*(?:for|on|of|spent|spend)\b))(?![${L}\-'’])`,
  'giu',
);
/** Autocorrect's real words for our verbs: only in command position and with a key or token after it. */
const REVOLT_RE = new RegExp(
  String.raw`${LEAD}revolt(?=\s+(?:(?:the|all|my|our|this|that|of|for|team|\S+)\s+){0,4}(?:keys?|tokens?|creds?|credentials?|access)${E})`,
  'giu',
);
/** "audit for sept 2026": the one month abbreviation with four letters. */
const SEPT_RE = new RegExp(
  String.raw`${B}sept\.?(?=\s+(?:\d{4}|'\d\d)${E})|(?<=\b(?:in|for|since|of|during|until|till)\s+)sept${E}`,
  'giu',
);
/**
 * A phone correction: "*melbourne" on a line of its own, or at the end after the value it replaces
 * ("token 4h in sydney\n*melbourne", "token for 3h *4h"). Bold (*x*) has a closing star; a bullet
 * ("* item") a space after it.
 */
const STAR_FIX_RE = /(^|\n|[^\S\n]+)\*([^\s*][^*\n]{0,40}?)[^\S\n]*$/;
/**
 * "/bedrock ?", "??", "/bedrock man", "man bedrock": asking what the bot does. (A lone "?" in a thread
 * may answer someone else: only the slash command's makes it a question to the bot.)
 */
const ONLY_QUESTION_RE =
  /^(\s*(?:[/@][\w.-]+\s*)?)(?:(?<=[/@][\w.-]+\s*)\?+|\?{2,}|man|man\s+(?:bedrock|bot|page|rotate|revoke|token|key|keys|list|details|history|spend|deprovision|models))\s*$/i;
/** ":key: pls", "🔑?": the key emoji and a please asks for credentials for the person (a token). */
const KEY_EMOJI_ONLY_RE = /^\s*(?::key:|🔑)\s*((?:pls|please|plz|\?)+)\s*$/i;
/**
 * fix61: ":key: for marketing pls", "🔑 for the ads team?": the key emoji standing for the word, then whom it is for and
 * a please or a question mark, asks for a key as "key for marketing pls" does (not ":key: for success: listen first").
 */
const KEY_EMOJI_FOR_RE =
  /^\s*(?::key:|🔑)\s*(?=for\s+[^\n:]{1,60}?\s*(?:\b(?:pls|please|plz)\b|\?)[\s!?.]*$)/i;
/** "token for one (1) hour", "2 (two) hours": a number repeated in brackets, as contracts write it. */
const NUMBER_ECHO_RE = new RegExp(String.raw`${B}(${SMALL_NUMBER})\s*\((${SMALL_NUMBER})\)`, 'giu');
/** "hist checkout", "audit growth-seo": the history command and a unit, as a command line writes it. */
const HISTORY_OF_RE = new RegExp(
  String.raw`${LEAD}(hist|history|audit|log|logs)\s+(?!(?:today|yesterday|week|month|year|all|everything|pls|please|plz|for|of|please|me|last|this|past)\b)([a-z0-9][\w-]*)\s*[?!.]*\s*$`,
  'iu',
);
/** "key create growth", "token new 2h": a command line's noun-then-verb order. */
const NOUN_VERB_RE = new RegExp(
  String.raw`${LEAD}(keys?|tokens?|units?)\s+(create|new|add|issue|generate)(?![${L}\-'’])(?=\s*(?:$|--?[a-z]|[a-z0-9]+[-_][a-z0-9]|\d|for\b|[a-z0-9]+\s*$))`,
  'giu',
);
/** "bedrock-token -t 1h": a command-line tool's name for the command. */
const TOOL_NAME_RE = new RegExp(String.raw`${LEAD}bedrock[-_](token|tok|key|keys|creds)(?![${L}\-])`, 'giu');
/** "who rvk'd growth key", "rot'd", "deprov'd", "decom'd": past forms of the shorthand. */
/** Shorthand that means nothing else, wherever it stands ("what rvk does", "is decom reversible"). */
const ANYWHERE_SHORTHAND: Record<string, string> = {
  rvk: 'revoke',
  rvke: 'revoke',
  decom: 'decommission',
  decomm: 'decommission',
};
const ANYWHERE_RE = new RegExp(String.raw`${B}(rvke?|decomm?)(?![${L}\-'’@/])`, 'giu');
/** "rot all", "rvk all": all the keys (the command's own object), not all of something else. */
const VERB_ALL_RE = new RegExp(
  String.raw`${LEAD}(rotate|revoke|regenerate)\s+all(?=\s*(?:$|[,.!?;\n]|(?:pls|please|plz|thx|thanks|for|in|now|asap)\b))`,
  'giu',
);
/** "all of em", "both of 'em" after our verb: them. */
const OF_EM_RE = new RegExp(
  String.raw`(\b(?:rotate|revoke|regenerate|kill|disable)\s+(?:all|both|each|one|any))\s+of\s+['’]?em(?![${L}\-'’])`,
  'giu',
);
const PAST_SHORTHAND: Record<string, string> = {
  rvk: 'revoked',
  rot: 'rotated',
  deprov: 'deprovisioned',
  decom: 'decommissioned',
  regen: 'regenerated',
  mk: 'made',
};
const PAST_RE = new RegExp(String.raw`${B}(rvk|rot|deprov|decom|regen|mk)(?:['’]?d|ed)${E}`, 'giu');
/** After "help": the shorthand of a command names its topic ("help rot", "help tok", "help rvk"). */
const HELP_SHORTHAND: Record<string, string> = {
  rot: 'rotate',
  rvk: 'revoke',
  rev: 'revoke',
  tok: 'token',
  tkn: 'token',
  tokn: 'token',
  toks: 'tokens',
  deprov: 'deprovision',
  depro: 'deprovision',
  decom: 'deprovision',
  ls: 'list',
  desc: 'details',
  dets: 'details',
  hist: 'history',
  mk: 'create key',
};
const HELP_RE = new RegExp(
  String.raw`${B}(help|usage|man)\s+(${Object.keys(HELP_SHORTHAND).join('|')})(?![${L}\-'’])`,
  'giu',
);

// ---------------------------------------------------------------------------------------------------
// Command-line flags and fields.
/** What a flag or field name stands for. */
type Field =
  | 'unit'
  | 'kind'
  | 'ttl'
  | 'minutes'
  | 'days'
  | 'period'
  | 'month'
  | 'region'
  | 'owner'
  | 'provider'
  | 'keyid';
const FIELD_OF: Record<string, Field> = {
  bu: 'unit',
  b: 'unit',
  unit: 'unit',
  team: 'unit',
  'business-unit': 'unit',
  'unit-name': 'unit',
  'team-name': 'unit',
  kind: 'kind',
  'key-kind': 'kind',
  'credential-type': 'kind',
  k: 'kind',
  type: 'kind',
  'key-type': 'kind',
  auth: 'kind',
  ttl: 'ttl',
  t: 'ttl',
  duration: 'ttl',
  hours: 'ttl',
  minutes: 'minutes',
  mins: 'minutes',
  min: 'minutes',
  days: 'days',
  d: 'days',
  exp: 'days',
  expiry: 'days',
  expires: 'days',
  'expires-in': 'days',
  'expiry-days': 'days',
  expiration: 'days',
  validity: 'days',
  lifetime: 'days',
  period: 'period',
  since: 'period',
  month: 'month',
  region: 'region',
  r: 'region',
  owner: 'owner',
  o: 'owner',
  email: 'owner',
  'owner-email': 'owner',
  provider: 'provider',
  p: 'provider',
  model: 'provider',
  id: 'keyid',
  'key-id': 'keyid',
  'access-key-id': 'keyid',
};
/** Flags without a value that say something: all, and help. */
const ALL_FLAGS = new Set(['all', 'a', 'all-teams', 'all-units', 'all-keys', 'everything']);
const HELP_FLAGS = new Set(['help', 'h', '?']);
/** Flags that change nothing the parser reads (output format, confirmation): left out, with their value. */
const NOISE_FLAGS = new Set([
  'force',
  'f',
  'yes',
  'y',
  'json',
  'verbose',
  'v',
  'quiet',
  'q',
  'dry-run',
  'confirm',
]);
const NOISE_WITH_VALUE = new Set(['format', 'output', 'out']);

/** A dashed flag and its value ("--bu tidal", "--team=mobile-apps", "-kind api", "--all", "-h"). */
// (fix45c, tuned-forms: a command in a code span, its flag before the closing backtick, "`/bedrock models --help`".)
const FLAG_RE =
  /(^|[\s(,;])--?([a-z][a-z-]*|\?)(?:(?:=|\s+)(?!-)(\d{1,3}(?:,\d{3})+(?![\d,])|[^\s,;)`]+))?(?=$|[\s,;)`])/gi;
/** A one-letter flag glued to its number: "-t2h", "-d30". */
const GLUED_FLAG_RE = /(^|[\s(,;])-([td])(\d[\w.,]*)(?=$|[\s,;)])/gi;
/** "bu=pricing-ml", "kind=api-key", "exp=90", "ttl=45m": a field written with "=". */
const FIELD_NAMES =
  'bu|unit|team|kind|type|auth|ttl|hours|minutes|exp|expiry|expires|days|period|owner|region';
const EQUALS_RE = new RegExp(
  String.raw`(^|[\s(,;{])(${FIELD_NAMES})\s*=\s*(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?|years?|yrs?)(?![a-z])|[^\s,;)}]+)`,
  'gi',
);
/** JSON-ish: "team": "ad-ranker", 'kind': 'api_key', "exp": 90. */
const QUOTED_FIELD_RE = new RegExp(String.raw`(["'])(${FIELD_NAMES})\1\s*:\s*(["']?)([^"',}\n]+)\3`, 'gi');
/**
 * "exp 90d", "exp 0d": the expiry field written with a space. (fix46b, tuned-styles-nusantara: and with an Indonesian
 * or Malay unit, "exp 2 tahun" (2 years), "exp 3 bulan" (3 months), FOREIGN_UNIT's words: never 2 days.)
 */
const EXP_SPACE_RE = new RegExp(
  String.raw`${B}exp\s+(-?\d+\s*(?:d|days?|y|yrs?|years?|mo|months?|w|weeks?|hari|minggu|bulan|tahun)?)${E}`,
  'giu',
);
/** A line of a form or a YAML block: "• bu: doc-ai", "  team: ad-ranker", "Team name: agent-lab". */
const FIELD_LINE_RE =
  /^([ \t]*(?:[-•*]|\d+[.)])?[ \t]*)(bu|unit|team|team name|business unit|kind|key type|key kind|type|auth|exp|expiry|ttl)[ \t]*[:=][ \t]*([^\n]*?)[ \t]*$/gim;

const KIND_VALUE: [RegExp, string][] = [
  [/^(?:api|api[-_]?keys?|apikey|bearer|bedrock[-_]?api[-_]?key)$/i, 'api key'],
  [/^(?:access|access[-_]?keys?|ak|sigv4|iam|iam[-_]?keys?|aws[-_]?keys?)$/i, 'access key'],
];

/**
 * A number in groups of thousands ("--expiry 1,000", "days=1,200"; FLAG_RE and EQUALS_RE read it
 * whole): a number of days is the whole number, never its first group (1 day); other fields read
 * their first group as before ("--ttl 1,5" is no group), the rest left after the phrase.
 */
function groupedPhrase(field: Field, value: string, history: boolean, listing: boolean): string | null {
  if (field === 'days' || field === 'period')
    return fieldPhrase(field, value.replaceAll(',', ''), history, listing);
  const head = value.slice(0, value.indexOf(','));
  const phrase = fieldPhrase(field, head, history, listing);
  return phrase === null ? null : `${phrase}${value.slice(head.length)}`;
}

/** How a field reads in words the parser knows. `history` says whether days are a look-back period. */
function fieldPhrase(field: Field, value: string, history: boolean, listing: boolean): string | null {
  if (/^-?\d{1,3}(?:,\d{3})+$/.test(value)) return groupedPhrase(field, value, history, listing);
  const v = value.replace(/^[*_`'"]+|[*_`'".]+$/g, '');
  if (v === '') return null;
  switch (field) {
    case 'unit':
      return /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(v) ? ` for bu ${v}, ` : null;
    case 'kind': {
      for (const [re, words] of KIND_VALUE) if (re.test(v)) return ` ${words}, `;
      return null;
    }
    case 'ttl': {
      if (!/^-?\d/.test(v)) return null;
      // A bare number is hours when small ("--ttl 3", "--ttl 0"), seconds when large, else minutes.
      if (/^-?\d+(?:[.,]\d+)?$/.test(v)) {
        const n = Number(v.replace(',', '.'));
        return ` for ${v} ${Math.abs(n) < 60 ? 'hours' : n >= 900 ? 'seconds' : 'minutes'}, `;
      }
      return ` for ${v}, `;
    }
    case 'minutes':
      return /^-?\d+$/.test(v) ? ` for ${v} minutes, ` : fieldPhrase('ttl', v, history, listing);
    case 'days': {
      if (!/^-?\d/.test(v)) return null;
      const amount = /^-?\d+$/.test(v) ? `${v} days` : v;
      if (history) return ` in the last ${amount}, `;
      // (A comma first: "api-key expiry=30" is the new key's lifetime, not "key expiring in 30 days", its state.)
      return listing ? null : ` , expiring in ${amount}, `;
    }
    case 'period': {
      if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return ` since ${v}, `;
      const words = v.replace(/[-_]+/g, ' ').toLowerCase();
      if (/^\d+\s*d(?:ays?)?$/.test(words)) return ` in the last ${words.replace(/\D+$/, '')} days, `;
      if (/^\d+$/.test(words)) return ` in the last ${words} days, `;
      if (/^mtd$/.test(words)) return ' this month, ';
      return ` ${words}, `;
    }
    case 'month': {
      const m = v.toLowerCase();
      if (/^(?:last|prev|previous|-1)$/.test(m)) return ' last month, ';
      if (/^(?:this|current|now|0)$/.test(m)) return ' this month, ';
      return ` in ${v}, `;
    }
    case 'region':
      return ` in ${v}, `;
    case 'owner':
      return ` owner: ${v}, `;
    case 'provider':
      return ` ${v}, `;
    case 'keyid':
      return /^[A-Z0-9]{16,28}$/i.test(v) ? ` ${v}, ` : null;
  }
}

/** The command a text starts with, as far as flags care: history/spend read days as a period. */
const HISTORY_WORDS = /\b(?:history|hist|audit|logs?|spend|spent|costs?|usage|bill)\b/i;
const LISTING_WORDS = /^\s*(?:[/@][\w.-]+\s+)?(?:ls|list|show|info|details|describe|desc|models)\b/i;
const LEAD_ADDRESS = /^(\s*(?:[/@][\w.-]+\s+)?)/;

function rewriteFlags(s: string): string {
  const history = HISTORY_WORDS.test(s);
  const listing = LISTING_WORDS.test(s);
  let help = false;
  let out = s.replace(GLUED_FLAG_RE, '$1-$2 $3');
  out = out.replace(FLAG_RE, (m, before: string, rawName: string, value: string | undefined) => {
    const name = rawName.toLowerCase();
    if (HELP_FLAGS.has(name)) {
      help = true;
      return `${before} ${value ?? ''}`;
    }
    if (ALL_FLAGS.has(name))
      return `${before} ${/^\s*(?:[/@][\w.-]+\s+)?(?:ls|list)\b/i.test(s) || (name !== 'all-keys' && listing) ? 'all units' : 'all keys'}, ${value ?? ''}`;
    if (NOISE_FLAGS.has(name)) return `${before} ${value ?? ''}`;
    if (NOISE_WITH_VALUE.has(name)) return `${before} `;
    const field = FIELD_OF[name];
    if (field === undefined || value === undefined) return m;
    const phrase = fieldPhrase(field, value, history, listing);
    return phrase === null ? m : `${before}${phrase}`;
  });
  // "/bedrock revoke -h": help about the command.
  if (help) out = out.replace(LEAD_ADDRESS, '$1help ');
  return out;
}

function rewriteFields(s: string): string {
  const history = HISTORY_WORDS.test(s);
  const listing = LISTING_WORDS.test(s);
  let out = s;
  if (out.includes('='))
    out = out.replace(EQUALS_RE, (m, before: string, rawName: string, value: string) => {
      const field = FIELD_OF[rawName.toLowerCase()];
      if (field === undefined) return m;
      const phrase = fieldPhrase(field, value, history, listing);
      return phrase === null ? m : `${before}${phrase}`;
    });
  if (/["']\s*:/.test(out))
    out = out.replace(QUOTED_FIELD_RE, (m, _q: string, rawName: string, _q2: string, value: string) => {
      const field = FIELD_OF[rawName.toLowerCase()];
      if (field === undefined) return m;
      return fieldPhrase(field, value.trim(), history, listing) ?? m;
    });
  if (/\bexp\s+-?\d/i.test(out))
    out = out.replace(
      EXP_SPACE_RE,
      (_m, value: string) => fieldPhrase('days', value.replace(/\s+/g, ''), history, listing) ?? _m,
    );
  return endFieldLines(out);
}

/** A field on its own line ends there: "bu: doc-ai\nkind: access key" is no unit "doc-ai-kind". */
function endFieldLines(s: string): string {
  if (!/[:=]/.test(s)) return s;
  return s.replace(FIELD_LINE_RE, (m, lead: string, rawName: string, value: string) => {
    const name = rawName.toLowerCase().replace(/\s+/g, ' ');
    if (value === '') return m;
    if (/^(?:kind|key type|key kind|type|auth)$/.test(name)) {
      const v = value.replace(/^[*_`'"]+|[*_`'".]+$/g, '').trim();
      for (const [re, words] of KIND_VALUE) if (re.test(v.replace(/\s+/g, '-'))) return `${lead}${words},`;
      return m;
    }
    if (/^(?:exp|expiry|ttl)$/.test(name)) return /,\s*$/.test(m) ? m : `${m},`;
    return /[,.;]$/.test(value) ? m : `${m},`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Other languages, word by word. Thanks in any language are left out (not turned into "thanks"): at
// the end of a request they only make it sound like chit-chat, and alone they ask nothing either way. Strong words exist in no English text; weak words ("die", "de", "la",
// "hat", "para") are read only in a message that has a strong word (or phrase) of the same language.
// Keys are lowercase; a key without accents also stands for the word with them ("loschen": "löschen"),
// a key with accents only for itself ("creó" is "created", "creo" is not).
/** A word's English reading in each language that has it, and whether it marks the language. */
type Gloss = Partial<Record<Lang, { en: string; weak: boolean }>>;
const LANGS: readonly Lang[] = [
  'de',
  'es',
  'fr',
  'pt',
  'it',
  'af',
  'nl',
  'hi',
  'bn',
  'pl',
  'tr',
  'tl',
  'ru',
  'ro',
  'da',
  'sv',
  'cs',
  'cy',
  'fi',
  'is',
  'id',
  'hr',
  'vi',
  'sw',
  // (fix38e: Tanglish, more-languages.ts; Banglish is 'bn' above.)
  'ta',
  // (fix39c: Irish, more-languages.ts.)
  'ga',
  // (fix48f: Greeklish, more-languages.ts.)
  'el',
  // (fix50a: Catalan and Romansh, romance-asks.ts.)
  'ca',
  'rm',
  // (fix52e: Estonian, more-languages.ts.)
  'et',
];
const GLOSSARY = new Map<string, Gloss>();
function gloss(langs: Lang[], weak: boolean, entries: Record<string, string>): void {
  for (const [words, en] of Object.entries(entries))
    for (const w of words.split('|')) {
      const g: Gloss = GLOSSARY.get(w) ?? {};
      for (const lang of langs) g[lang] = { en, weak };
      GLOSSARY.set(w, g);
    }
}
const isStrong = (g: Gloss): boolean => Object.values(g).some((x) => !x.weak);
gloss(['de'], false, {
  bitte: 'please',
  danke: '',
  'brauche|brauchen|benotige|benotigen': 'need',
  'für|fuer': 'for',
  'stunden|stunde': 'hours',
  minuten: 'minutes',
  'tage|tagen': 'days',
  'monate|monaten': 'months',
  monat: 'month',
  'wochen|woche': 'weeks',
  'jahr|jahre': 'year',
  'schlussel|schluessel': 'key',
  'loschen|loeschen': 'delete',
  'geloscht|geloescht': 'deleted',
  rotieren: 'rotate',
  rotiert: 'rotated',
  // (units27: "Deprovisionieren: lot-genealogy-old, bitte": the infinitive as a command, as "rotieren".)
  'deprovisionieren|deprovisioniere|deprovisionier': 'deprovision',
  deprovisioniert: 'deprovisioned',
  entfernen: 'remove',
  // (buried28: "die Unit vienna-tour-app komplett abbauen", "auflösen": take down, dissolve, as "entfernen".)
  'abbauen|auflosen|aufloesen': 'remove',
  abgebaut: 'removed',
  'sperren|widerrufen': 'revoke',
  deaktivieren: 'disable',
  vergiss: 'forget about',
  'kannst|konnen|koennen': 'can',
  ich: 'i',
  wir: 'we',
  mir: 'me',
  uns: 'us',
  'einen|einem|eine': 'a',
  komplett: 'completely',
  wer: 'who',
  letzten: 'last',
  diesen: 'this',
  hilfe: 'help',
  'zeig|zeige|zeigen|anzeigen': 'show',
  alle: 'all',
  nicht: 'not',
  'kein|keine|keinen': 'no',
  'geben|gib': 'give',
  'aufgelost|aufgeloest': 'dissolved',
  kompromittiert: 'compromised',
  wurde: 'was',
  heute: 'today',
  mehr: '',
  mich: 'me',
  // (units22: "wie viel hat leasing-desk … ausgegeben?": the question's words are no unit's.)
  wieviel: 'how much',
  'einheit|abteilung': 'unit',
});
gloss(['de'], true, { wie: 'how', viel: 'much' });
// (train29: "welche Teams gehören mir?": which units are the asker's.)
gloss(['de'], true, { welche: 'which', 'gehören|gehoren|gehoeren': 'belong to' });
// (fixforeign29: a value taken back, "drei Stunden, nein, vier", "Unit heißt `einkauf-dach`", "de 4h, no, mejor
// 5h", "2 heures, plutôt 4", "per 2 ore, anzi 4", "2 uur, nee, 3 uur": the words English corrects with.)
gloss(['de'], false, { nein: 'no', 'heißt|heisst': 'is' });
gloss(['es'], false, { mejor: 'better' });
gloss(['fr'], false, { 'plutôt|plutot': 'rather' });
gloss(['it'], false, { anzi: 'actually' });
gloss(['nl'], true, { nee: 'no' });
// (fixforeign29: what a help question asks, in the words the topics are read from: how long by default, who
// approves, the difference of two kinds. "Wie lange hält ein Token standardmäßig?", "Jak długo ważny jest klucz
// API domyślnie?", "¿quién aprueba las claves?", "quem aprova as chaves?", "Unterschied zwischen API-Key und
// Access Key"; "wie lange", "combien de temps", "cuánto dura", "par défaut", "por defecto" are phrases.)
gloss(['de'], false, {
  'standardmäßig|standardmaessig|standardmassig': 'by default',
  'gültig|gueltig': 'valid',
  'hält|haelt': 'lasts',
  genehmigt: 'approves',
  genehmigen: 'approve',
  genehmigung: 'approval',
  unterschied: 'difference',
  zwischen: 'between',
  eigentlich: '',
});
gloss(['de'], true, { seit: 'since' });
gloss(['es'], false, {
  'aprueba|aprueban': 'approves',
  aprobar: 'approve',
  diferencia: 'difference',
  'cual|cuál': 'what',
  // (fix36a, tuned-winery: "¿cuáles son mis unidades?": which are my units.)
  'cuales|cuáles': 'which',
});
gloss(['es'], true, { mis: 'my' });
gloss(['es', 'pt', 'fr'], true, { entre: 'between' });
gloss(['pt'], false, {
  chaves: 'keys',
  quem: 'who',
  'aprova|aprovam': 'approves',
  aprovar: 'approve',
  diferença: 'difference',
  // (fix36a, tuned-winery: "como é que funciona a aprovação das chaves?": how approval works.)
  'aprovação|aprovacao|aprovações|aprovacoes': 'approval',
});
// ("zmień klucz dla X": change the key, a rotation as in English.)
gloss(['pl'], false, { 'zmien|zmiencie|zmienic': 'change' });
gloss(['pl'], false, { dlugo: 'long', 'wazny|wazna|wazne': 'valid', domyslnie: 'by default' });
gloss(['pl'], true, { jak: 'how', jest: 'is' });
gloss(['de'], true, { 'vielen|schön': '' });
// Numbers two to four and "one and a half", as people state lifetimes ("zwei Stunden", "twee uur",
// "due ore", "anderthalb Stunden").
gloss(['de'], false, { 'anderthalb|eineinhalb': 'one and a half' });
// (notours27: a token told of as got before, "Gestern hat der Bot mir einen Token für 2 Stunden gegeben", "Ayer el
// bot me dio un token de 2 horas": the day before and the participle of giving are a story's, read as English's.
// Only words of the past: "geben", "dame", "donne-moi" ask.)
gloss(['de'], false, { gestern: 'yesterday', vorgestern: 'yesterday', gegeben: 'gave' });
// (notours28: where a door's key lies or hangs, "der Schlüssel für den Instrumentenraum liegt ab morgen beim
// Bühnenmeister": a key's place told, as English "the key … is with the stage manager from tomorrow".)
gloss(['de'], false, {
  'liegt|liegen|hangt|haengt|hangen|haengen': 'is',
  beim: 'with the',
  morgen: 'tomorrow',
});
// (notours28: "Wie bekomme ich einen API-Key für unsere Unit?": getting, asked in German.)
gloss(['de'], false, {
  'bekomme|bekommen|bekommt|kriege|kriegen|erhalte|erhalten': 'get',
  'unsere|unser|unseren': 'our',
});
gloss(['es'], false, { ayer: 'yesterday', anteayer: 'yesterday' });
gloss(['es'], true, { dio: 'gave', dieron: 'gave' });
// (fix45a, tuned-bpo: what a figure is needed for, "gasto de bedrock este mes, lo necesito para la factura del cliente":
// an invoice, a report, a client, a meeting, never a unit's name after "for the"; weak, read in a Spanish or Portuguese
// text only.)
gloss(['es'], true, {
  'factura|facturas': 'invoice',
  'informe|informes': 'report',
  'cliente|clientes': 'client',
  reunion: 'meeting',
  presentacion: 'presentation',
});
gloss(['pt'], true, {
  'fatura|faturas': 'invoice',
  'relatorio|relatorios': 'report',
  'cliente|clientes': 'client',
  reuniao: 'meeting',
  apresentacao: 'presentation',
});
gloss(['fr'], true, { hier: 'yesterday' });
// (fix52d, tuned-fintech: words that mark a message French whatever else it holds, "token 2h please — ah non
// laissez tomber, Sami m'a dépanné" (drop it, Sami helped me out): "laissez tomber" is read as "forget it" below only in
// a French text; "ici" (here) and "automatique" in a question of how a thing works.)
gloss(['fr'], false, { tomber: 'drop', 'dépanné|dépannée': 'helped out', automatique: 'automatic' });
gloss(['fr'], true, { ici: 'here' });
gloss(['fr'], false, { donné: 'gave' });
gloss(['de'], true, { zwei: 'two', drei: 'three', vier: 'four', 'funf|fünf': 'five', sechs: 'six' });
gloss(['nl'], true, { twee: 'two', drie: 'three', vier: 'four', vijf: 'five', zes: 'six' });
gloss(['it'], true, { due: 'two', tre: 'three', quattro: 'four', cinque: 'five', sei: 'six' });
// (fix43a, tuned-lifts: seven to twelve too, as IT_SPAN_RE's phrase marks them Italian: "per otto ore".)
gloss(['it'], true, {
  sette: 'seven',
  otto: 'eight',
  nove: 'nine',
  dieci: 'ten',
  undici: 'eleven',
  dodici: 'twelve',
});
gloss(['es'], true, { muchas: '' });
gloss(['fr'], true, { beaucoup: '' });
gloss(['it'], true, { mille: '' });
gloss(['de'], true, {
  'den|der|die|das|dem': 'the',
  im: 'in',
  von: 'of',
  zu: 'about',
  mit: 'with',
  und: 'and',
  hat: 'has',
  ist: 'is',
  ein: 'a',
  'du|sie': 'you',
});
gloss(['es'], false, {
  gracias: '',
  necesito: 'i need',
  necesitamos: 'we need',
  necesita: 'needs',
  'dia|dias': 'days',
  'hora|horas': 'hours',
  'mes|meses': 'months',
  minutos: 'minutes',
  semanas: 'weeks',
  tarea: 'task',
  tareas: 'tasks',
  'año|años': 'year',
  'olvidalo|olvídalo': 'forget it',
  muestrame: 'show me',
  'muestra|mostrar|ensename': 'show',
  todas: 'all',
  clave: 'key',
  // (fix22a: "llave" is a physical key, "una llave para la puerta"; a key of ours is a "clave".)
  llave: 'door key',
  llaves: 'door keys',
  equipo: 'team',
  ayuda: 'help',
  quien: 'who',
  creó: 'created',
  cuanto: 'how much',
  gastó: 'spent',
  // (fix45b, tuned-solar: the perfect, "¿cuánto hemos gastado en IA el mes pasado?", "cuánto llevamos gastado este mes",
  // how much have we spent: a spend asked after, as "gastó" is. Not "gastamos", which Portuguese "gastámos" folds to.)
  gastado: 'spent',
  'hemos|llevamos': 'have we',
  filtró: 'leaked',
  hoy: 'today',
  rotar: 'rotate',
  'revoca|revocar|revoque': 'revoke',
  'borra|borrar|elimina|eliminar': 'delete',
  pido: 'ask for',
  'olvida|olvidá': 'forget about',
  'borres|elimines': 'delete',
  rotes: 'rotate',
  revoques: 'revoke',
  acceso: 'access',
  región: 'region',
  españa: 'spain',
  // (units22: "de la unidad bus-routing", "la unidad es parent-portal": the unit's marker, no name's word.)
  'unidad|unidades': 'unit',
});
gloss(
  ['es'],
  false,
  spanishMonthsWhere((w) => w.endsWith('tiembre')),
);
gloss(['es'], true, {
  'la|el|las|los': 'the',
  'un|una': 'a',
  de: 'of',
  del: 'of the',
  en: 'in',
  mí: 'me',
  y: 'and',
  con: 'with',
  como: 'how',
  se: '',
  ya: '',
  pasado: 'last',
  todos: 'all',
  dos: 'two',
  tres: 'three',
  cuatro: 'four',
  seis: 'six',
  para: 'for',
  este: 'this',
  rota: 'rotate',
  // ("unit es family-engagement-office": the verb, no part of the name after it.)
  es: 'is',
});
gloss(['fr'], false, {
  merci: '',
  'cle|clef': 'key',
  'heures|heure': 'hours',
  'jours|jour': 'days',
  semaines: 'weeks',
  équipe: 'team',
  'équipes|equipes': 'teams',
  // (fixforeign29: "j'aurais besoin d'un jeton pour 3 heures": the French word for a token, ours as English's is.)
  'jeton|jetons': 'token',
  // (units26b: "pour l'unité compliance-nlp": the unit noun, no part of the name after it.)
  unité: 'unit',
  'supprimer|supprimez|supprime': 'delete',
  'revoquer|revoquez|revoque': 'revoke',
  'montre|afficher|montrez': 'show',
  'toutes|tous': 'all',
  'salut|bonjour': 'hi',
  besoin: 'need',
  je: 'i',
});
gloss(['fr'], true, {
  // (fix37b, tuned-aerospace: "qui valide les demandes de clé ?": the requests for a key.)
  demandes: 'requests',
  'le|la|les': 'the',
  'un|une': 'a',
  'de|des|du': 'of',
  moi: 'me',
  pour: 'for',
  aide: 'help',
  mois: 'months',
  deux: 'two',
  trois: 'three',
  plus: '',
  ne: "don't",
  pas: '',
});
gloss(['pt'], false, {
  'obrigado|obrigada|valeu': '',
  precisamos: 'we need',
  preciso: 'i need',
  chave: 'key',
  dias: 'days',
  horas: 'hours',
  meses: 'months',
  mês: 'month',
  equipe: 'team',
  gastou: 'spent',
  quanto: 'how much',
  ajuda: 'help',
  apagar: 'delete',
  acesso: 'access',
  revogar: 'revoke',
  rotacionar: 'rotate',
  unidade: 'unit',
  todas: 'all',
  mostrar: 'show',
  'esquece|esqueça|esqueca': 'forget about',
  'não|nao': 'not',
});
gloss(['pt'], true, {
  'uma|um': 'a',
  em: 'in',
  o: 'the',
  de: 'of',
  'da|do': 'of the',
  todos: 'all',
  para: 'for',
  este: 'this',
  como: 'how',
  mais: '',
});
gloss(['it'], false, {
  grazie: '',
  'speso|spesi|spesa': 'spent',
  chiave: 'key',
  giorni: 'days',
  mesi: 'months',
  'ruotare|ruota': 'rotate',
  'revocare|revoca': 'revoke',
  'eliminare|elimina|cancellare|cancella': 'delete',
  'tutte|tutti': 'all',
  'mostra|mostrami|mostrare': 'show',
  aiuto: 'help',
  servono: 'need',
  bisogno: 'need',
  squadra: 'team',
  // (round thirty-five: "smantella tutta l'unità X": tear down the whole unit.)
  'smantella|smantellare|smantellate|smantellala': 'tear down',
  'unita|unità': 'unit',
  'tutta|tutto': 'all',
});
gloss(['it'], true, {
  serve: 'need',
  ho: 'i',
  per: 'for',
  ore: 'hours',
  'la|il|le|gli|lo': 'the',
  'un|una|uno': 'a',
  di: 'of',
  del: 'of the',
  non: 'not',
  mi: 'me',
});
gloss(['nl'], false, {
  'alsjeblieft|alstublieft|aub': 'please',
  'bedankt|dankjewel': '',
  sleutel: 'key',
  'uur|uren': 'hours',
  dagen: 'days',
  maanden: 'months',
  voor: 'for',
  roteren: 'rotate',
  intrekken: 'revoke',
  verwijderen: 'delete',
  'alle|allemaal': 'all',
  'toon|laat': 'show',
  hulp: 'help',
  nodig: 'need',
  'ik|wij': 'i',
});
gloss(['nl'], true, { 'de|het': 'the', een: 'a', van: 'of', niet: 'not', meer: '' });
// asks29: a question about the bot or the kinds of credential ("come funziona il bot? cosa posso chiedere?", "qual è
// la differenza tra un token e una api key?", "hoe werkt de bot?", "Wat is het verschil tussen een access key en een
// api key?"): how it works, what one may ask, the difference between two kinds, read as the English question.
gloss(['it'], false, {
  'funziona|funzionano': 'works',
  differenza: 'difference',
  posso: 'can i',
  'chiedere|domandare': 'ask',
  cosa: 'what',
  'qual|quale': 'which',
  ciao: 'hi',
});
gloss(['it'], true, {
  come: 'how',
  'tra|fra': 'between',
  'questo|questa': 'this',
  è: 'is',
  e: 'and',
  si: '',
  'usa|usare': 'use',
});
gloss(['nl'], false, { verschil: 'difference', tussen: 'between', 'werkt|werken': 'works', eigenlijk: '' });
gloss(['nl'], true, { hoe: 'how', is: 'is', en: 'and' });
// History and spend.
gloss(['es', 'pt', 'fr', 'it'], false, { 'detalles|detalhes|détails|dettagli': 'details' });
gloss(['es'], false, { hola: 'hi' });
// (requests25: "desaprovisionar la unidad `flotacion` porfa": Spanish "please", said short, no unit's word.)
gloss(['es'], true, { porfa: 'please' });
// (round twenty-seven's retrain: "tokencito for us-east-1 por favor 😅": a token said fondly, the diminutive.)
gloss(['es'], false, { tokencito: 'token', tokencitos: 'tokens' });
gloss(['pt'], false, { tokenzinho: 'token', tokenzinhos: 'tokens' });
// (fix36c, tuned-dating: "lista de todas as unidades": the list, beside a strong word of the language.)
gloss(['pt', 'es'], true, { lista: 'list' });
gloss(['es'], false, { historial: 'history', 'gasto|gastos': 'spend', 'costo|costos|coste|costes': 'cost' });
gloss(['pt'], false, { histórico: 'history', 'custo|custos': 'cost' });
gloss(['fr'], false, {
  historique: 'history',
  combien: 'how much',
  'dépensé|depense': 'spent',
  // (fix48g, tuned-styles-francophone: the plural noun is what is spent, "les dépenses de X le mois passé" (the spend of
  // X last month), never the verb's past.)
  'dépenses|depenses': 'spend',
  'coût|cout|coûts|couts': 'cost',
});
gloss(['de'], false, { verlauf: 'history', kosten: 'costs', ausgegeben: 'spent' });
gloss(['it'], false, {
  'storico|cronologia': 'history',
  'spesa|spese': 'spend',
  speso: 'spent',
  'costo|costi': 'cost',
});
gloss(['nl'], false, { geschiedenis: 'history', uitgegeven: 'spent' });
// fix38c, tuned-pension: Dutch words of a question or request the glossary lacked, "uitgaven van X deze maand?"
// (spend), "deprovisioneer X" (the imperative, read as the past before), "hoe lang is een token standaard geldig?"
// (valid by default), "welke units heb ik?" (which).
gloss(['nl'], false, {
  uitgaven: 'spend',
  'deprovisioneer|deprovisioneren': 'deprovision',
  geldig: 'valid',
  standaard: 'by default',
  welke: 'which',
});
// Round twenty-two: the units and how much asked in other languages ("¿qué unidades hay?", "quais unidades
// já têm Bedrock?", "hoeveel heeft growth vorige maand uitgegeven?").
gloss(['es', 'pt'], false, { unidades: 'units' });
gloss(['es'], true, { hay: 'are there', qué: 'what' });
gloss(['pt'], false, { quais: 'which' });
// foreign26: "quais são as minhas units no bedrock?": the asker's own units (README "Owner": owner `me`); the
// article before a possessive says nothing (only in a text of Portuguese); "são" only after a question word
// and "no" only after "my units" (more-languages.ts: "São Paulo" is a city, "no" an English word).
gloss(['pt'], false, { 'minhas|minha|meus': 'my' });
gloss(['pt'], true, { meu: 'my', 'as|os': '' });
// foreign26: the French owner, "propriétaire: <@U…>", "le propriétaire sera …".
gloss(['fr'], false, { 'propriétaire|proprietaire': 'owner' });
// ("le propriétaire de l’appartement est <@U…>": the landlord of a flat, everyday things read as such.)
gloss(['fr'], true, { 'appartement|appart': 'apartment', maison: 'house', voiture: 'car' });
gloss(['fr'], true, { sera: 'will be', est: 'is' });
// units28: the owner in the other languages, read only in a text of that language ("wir brauchen einen API-Key
// für x, Besitzer: <@U…>", "eigenaar: <@U…>", "propietario: <@U…>"): a weak word, as the everyday words
// around it ("der Besitzer der Wohnung": a flat's, read as such by the owner reader).
gloss(['de'], true, {
  'besitzer|besitzerin|eigentümer|eigentumer|eigentuemer|eigentümerin|verantwortlich|verantwortlicher|verantwortliche':
    'owner',
  wohnung: 'apartment',
});
gloss(['nl'], true, { 'eigenaar|eigenaresse|verantwoordelijke': 'owner' });
gloss(['es'], true, { 'propietario|propietaria|dueño|dueña|responsable': 'owner', piso: 'apartment' });
gloss(['pt'], true, {
  'proprietário|proprietaria|proprietária|proprietario|responsável|responsavel': 'owner',
  // (train29: "dono é <@U…>", "dona é <@U…>": the owner's everyday word.)
  'dono|dona': 'owner',
});
gloss(['it'], true, { 'proprietario|proprietaria|responsabile': 'owner' });
gloss(['fr'], true, { responsable: 'owner' });
// ("já" is "already", which keeps "já tenho um token" a statement, fix22b; the subject pronouns are no unit.)
gloss(['pt'], true, { já: 'already', têm: 'have', 'eles|elas': 'they', vocês: 'you' });
gloss(['nl'], false, { hoeveel: 'how much' });
// Months (weak: "mars", "mai", "mayo", "august" are also other words) and the periods around them.
gloss(['es', 'pt', 'it'], true, { 'abril|aprile': 'april', agosto: 'august' });
gloss(
  ['es'],
  true,
  spanishMonthsWhere((w) => !/^(?:abril|agosto|septiembre|setiembre)$/.test(w)),
);
gloss(['pt'], true, {
  janeiro: 'january',
  fevereiro: 'february',
  março: 'march',
  maio: 'may',
  junho: 'june',
  julho: 'july',
  setembro: 'september',
  outubro: 'october',
  novembro: 'november',
  dezembro: 'december',
  passado: 'last',
});
gloss(['fr'], true, {
  janvier: 'january',
  février: 'february',
  mars: 'march',
  avril: 'april',
  mai: 'may',
  juin: 'june',
  juillet: 'july',
  août: 'august',
  septembre: 'september',
  octobre: 'october',
  novembre: 'november',
  décembre: 'december',
  dernier: 'last',
  derniere: 'last',
});
gloss(['de'], true, {
  januar: 'january',
  februar: 'february',
  märz: 'march',
  mai: 'may',
  juni: 'june',
  juli: 'july',
  oktober: 'october',
  dezember: 'december',
  letzte: 'last',
  'diese|dieses': 'this',
});
gloss(['it'], true, {
  gennaio: 'january',
  marzo: 'march',
  febbraio: 'february',
  maggio: 'may',
  giugno: 'june',
  luglio: 'july',
  settembre: 'september',
  ottobre: 'october',
  dicembre: 'december',
  scorso: 'last',
  'ultimi|ultime': 'last',
});
gloss(['nl'], true, {
  januari: 'january',
  februari: 'february',
  maart: 'march',
  mei: 'may',
  augustus: 'august',
  vorige: 'last',
});
gloss(['es', 'pt'], false, { 'últimos|ultimos|últimas|ultimas': 'last' });
gloss(['es', 'pt'], true, { 'última|ultima|último|ultimo': 'last', semana: 'week' });
gloss(['es'], false, { proyecto: 'project', crear: 'create', 'vence|caduca': 'expires' });
gloss(['pt'], false, { projeto: 'project', criar: 'create', temos: 'we have' });
gloss(['fr'], true, { projet: 'project', en: 'in' });
gloss(['it'], true, { progetto: 'project' });
// (units25: "combien on a dépensé sur bedrock", "quanto abbiamo speso su bedrock": a preposition left in
// French or Italian was taken for the unit's name; it is "on", as Spanish "en" is "in" above.)
gloss(['fr'], true, { sur: 'on' });
gloss(['it'], true, { su: 'on' });
// (req29: "quanto abbiamo speso con bedrock": Italian "con" is "with", as Spanish "con" is.)
gloss(['it'], true, { con: 'with' });
gloss(['it'], false, { abbiamo: 'we have' });
gloss(['hi'], false, {
  'ghante|ghanta': 'hours',
  saal: 'year',
  mahine: 'months',
  dikhao: 'show',
  chahiye: 'need',
  banao: 'make',
  mujhe: 'me',
  kitna: 'how much',
  kharcha: 'spent',
  nahi: 'not',
  kaise: 'how',
  hamari: 'our',
  // (fix35c: "saare units dikhao": all of them; "turant revoke karo": now.)
  'saare|saari|sare': 'all',
  turant: 'now',
  // (fix36c, tuned-tax: "token aur api key mein kya farak hai?": what the difference is, the kinds weighed.)
  'farak|farq|fark': 'difference',
  // (fix43c: "behtar" better, a kind weighed against another.)
  'behtar|bahtar|behter': 'better',
  // (fix46c, tuned-payments: "token aur api key same cheez hai kya?", the same thing: the kinds weighed.)
  'cheez|cheej|chiz': 'thing',
});
gloss(['hi'], true, {
  // (fix37b, tuned-aerospace: "mere units dikhao": my units.)
  'mere|meri|mera': 'my',
  // (review37: "kal hata do", remove it tomorrow, or yesterday's: a day not now, as "tomorrow" is.)
  kal: 'tomorrow',
  aur: 'and',
  kya: 'what',
  mein: 'in',
  sab: 'all',
  ek: 'a',
  ab: 'now',
  ki: 'of',
  ke: 'of',
  liye: 'for',
  ka: 'of',
  pe: 'on',
  hua: 'was',
  // (fix43c, tuned-styles-southern: "ye key revoke karo" (revoke this key): "ye"/"yeh"/"wo"/"woh" (this, that) point, never a unit.)
  'ye|yeh|wo|woh': '',
});
// Polish and Turkish, and a few more words of the others (more-languages.ts).
for (const [langs, weak, entries] of [...MORE_GLOSSES, ...ROMANCE_ASK_GLOSSES, ...IBERIAN_GLOSSES])
  gloss(langs, weak, entries);
// (fix55: the Spanish verbs of ours in every person and mood, spanish-verbs.ts: only words the glossary has no Spanish
// for, weak where another language has the word.)
for (const [, weak, entries] of spanishVerbGlosses((w) => {
  const g = GLOSSARY.get(w);
  return g !== undefined && Object.keys(g).some((l) => l !== 'es');
}))
  gloss(
    ['es'],
    weak,
    Object.fromEntries(Object.entries(entries).filter(([w]) => GLOSSARY.get(w)?.es === undefined)),
  );

/** Phrases read before the words: several words meaning one thing (more-languages.ts's first). */
/** Italian number words before hours or minutes ("tre ore", "dieci minuti"): the phrase is Italian, English has none. */
const IT_SPAN = String.raw`(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)\s+(?:ore|minuti)`;
const IT_SPAN_RE = new RegExp(String.raw`\b${IT_SPAN}\b`, 'giu');
/** The period of a German spend question ("letzten Monat", "im Februar", "in den letzten 30 Tagen", "letzte Woche"). */
const DE_PERIOD = String.raw`(?:im\s+)?letzten\s+monat|diesen\s+monat|(?:in\s+den\s+)?letzten\s+\d{1,3}\s+tagen|(?:im\s+)?(?:januar|februar|m(?:ä|ae|a)rz|april|mai|juni|juli|august|september|oktober|november|dezember)|(?:in\s+der\s+)?letzten\s+woche|letzte\s+woche`;
/** What a hyphenated or underscored name (a unit's) cost in a period, the verb last: "hat X im Februar gekostet". */
const DE_UNIT_COST = String.raw`\bhat\s+([a-z0-9]+[-_][\w-]{0,40})\s+(${DE_PERIOD})\s+gekostet\b`;
const DE_UNIT_COST_RE = new RegExp(DE_UNIT_COST, 'giu');
const PHRASES: [RegExp, string, Lang][] = [
  // (fix50a: Catalan, Romansh, Galician and chat Italian, Spanish and Portuguese asking: romance-asks.ts.)
  ...ROMANCE_ASK_PHRASES,
  // (fix55: what marks Spanish asking by its grammar alone, spanish-verbs.ts; read as it is.)
  [new RegExp(SPANISH_VERB_TRIGGER, 'giu'), '$&', 'es'],
  // (fix56: Spanish questions to the bot, spanish-questions.ts; read as it is.)
  [new RegExp(SPANISH_QUESTION_TRIGGER, 'giu'), '$&', 'es'],
  // (fix52a: the Iberian Romance languages' periods, corrections and asking: iberian-words.ts.)
  ...IBERIAN_PHRASES,
  ...SEA_PHRASES_FIRST,
  ...MORE_PHRASES,
  // (fix54d: South and Southeast Asia's chat languages, sea-words.ts; after more-languages.ts's, whose longer phrases
  // of the same words come first.)
  ...SEA_PHRASES,
  // Negations first: a withdrawn request must read as one ("ya no necesito la key", "keinen Token mehr").
  [/\bya\s+no\s+necesit(?:o|amos|a|an)\b/giu, 'no longer need', 'es'],
  [/\bno\s+necesit(?:o|amos|a|an)\b/giu, "don't need", 'es'],
  // (fix46f, tuned-styles-latam: a request taken back after a pause, "token de 2h... mejor no, lo hago mañana", "dale de
  // baja a la unidad X... pensándolo bien no": "better not" and "on second thought" as English says them; "mejor" before a
  // value, "no, mejor de dos", still corrects it. A token asked in theory and not needed yet, "en teoría me podrías dar
  // un token de 10 horas? no lo necesito todavía": a question about the limit, as "in theory … i don't need it yet".)
  [/\bpens[aá]ndolo\s+(?:bien|mejor)\b/giu, 'on second thought', 'es'],
  [/\bmejor\s+no(?=\s*(?:[,.;!…]|$))/giu, 'no, better not', 'es'],
  [/\ben\s+teor[ií]a\b/giu, 'in theory', 'es'],
  [/\bno\s+(?:lo|la|los|las)\s+necesit(?:o|amos)\s+(?:todav[ií]a|a[uú]n)\b/giu, "i don't need it yet", 'es'],
  // (fix46f, tuned-styles-latam: a unit corrected by "the one of", "revoca el key de X? no, el de Y", "rota el key de X, no
  // espera, el de Y": English's "no wait, the Y one", which takes Y for X. Only where the clause ends after the name, and not a
  // day's ("no, el de ayer").)
  [
    /(?:\b(?:no|nah|nop)(?:\s*[,.!…]+\s*|\s+)(?:(?:esper[aá]|perd[oó]n|perdona|disculpa)(?:\s*[,.!…]+\s*|\s+))?|(?<=[?.!,…]\s*)(?:perd[oó]n|perdona|disculpa|digo|mejor\s+dicho|o\s+sea)(?:\s*[,.!…]+\s*|\s+))(?:el|la)\s+de\s+(?!(?:ayer|hoy|ma[ñn]ana|antes|siempre|otr[oa]s?|nuevo|nueva|siempre)(?![\p{L}]))(`?[\p{L}\d][\p{L}\d._-]*`?)(?=\s*(?:[,.;!?]|$|porfa\b|pls\b|xfa\b|por\s+favor\b))/giu,
    'no wait, the $1 one',
    'es',
  ],
  // (round fifty-six, tuned-coffee: the same correction after "nah", "no perdón" and "perdón", "digo" or "mejor dicho"
  // alone once something was said, "revoca la de X? nah, la de Y", "rotar la key de X. perdón, la de Y"; "perdón" before
  // the value meant is "sorry", "digo" there "I mean", as English corrects: "api key pa X... no perdón, pa Y", "una key
  // para el squad de pagos? digo, para Y".)
  [
    /(?<=[?.!,…]\s*(?:no(?:\s*[,.!…]+\s*|\s+))?)perd[oó]n(?=\s*[,.!…]*\s*(?:pa|para|en|el|la|the)\s)/giu,
    'sorry',
    'es',
  ],
  [/(?<=[?.!,…]\s*)digo(?=\s*,\s*(?:pa|para|en|el|la)\s)/giu, 'i mean', 'es'],
  // (fix46f, tuned-styles-latam: asking for a key or the list as phones type it, "me falta el key para X, me lo creas?"
  // (will you create it for me), "hazme un api key pa la bu X" (make me; "pa" is "para" before an article), "listame las
  // unidades" (list me, only before units, teams or keys): English's "can you create it", "make me", "for the", "list".)
  [
    /(?<![\p{L}])me\s+l[ao]\s+(?:creas|crea[sn]?|pod[eé]s\s+crear|puedes\s+crear)\s*\?/giu,
    'can you create it?',
    'es',
  ],
  [/(?<![\p{L}])(?:hazme|h[aá]ceme|h[aá]ganme)\s+(?=(?:un|una)\s)/giu, 'make me ', 'es'],
  [/(?<![\p{L}])pa\s+(?=(?:la|el)\s)/giu, 'for ', 'es'],
  [
    /(?<![\p{L}])(?:l[ií]stame|l[ií]stanos|list[aá]me)\s+(?=(?:las|los|todas|todos)\s+(?:(?:las|los)\s+)?(?:unidades|units|bus|equipos|teams|keys|claves|llaves)(?![\p{L}]))/giu,
    'list ',
    'es',
  ],
  // (fix46f, tuned-styles-latam: our verbs in the imperatives Latin America types, tú, voseo or ustedeo, before what they
  // act on: "mata el key de X" (kill), "pausa el key de X", "desactiva el api key de X", "cambia el key de X", "renuévame
  // la llave de X", "quítele el access key a X", "apaga todo lo de X", "desmantela todo lo de X". Only before an article
  // or "todo": "la rotación cambia el lunes" tells, "cambia da lunedì" is Italian.)
  [
    /(?<![\p{L}])(?:mat[aá]|maten)\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'kill ',
    'es',
  ],
  [
    /(?<![\p{L}])(?:paus[aá]|pausen)\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'pause ',
    'es',
  ],
  [
    /(?<![\p{L}])(?:desactiv[aá]|desactiven)\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'disable ',
    'es',
  ],
  [
    /(?<![\p{L}])(?:cambi[aá]|cambien|c[aá]mbiame)\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'change ',
    'es',
  ],
  [
    /(?<![\p{L}])(?:renu[eé]vame|renueven|renov[aá])\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'renew ',
    'es',
  ],
  [
    /(?<![\p{L}])(?:quit[aá]|quiten|qu[ií]t(?:ale|ele|enle))\s+(?=(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)\s)/giu,
    'take away ',
    'es',
  ],
  // ("quítale el key a X": what is taken away, from whom, "take away the key from X".)
  [
    /(?<=\btake\s+away\s+(?:el|la|los|las)\s+(?:[a-z]+\s+)?(?:keys?|llaves?|claves?))\s+a\s+(?=[\p{L}\d`])/giu,
    ' from ',
    'es',
  ],
  [/(?<![\p{L}])(?:apag[aá]|apaguen|desmantel[aá]|desmantelen)\s+(?=todo\s+lo\s)/giu, 'shut down ', 'es'],
  [/(?<![\p{L}])todo\s+lo\s+del(?![\p{L}])/giu, 'everything of the', 'es'],
  [/(?<![\p{L}])todo\s+lo\s+de(?![\p{L}])/giu, 'everything of', 'es'],
  [/\bn(?:[ãa]o)\s+precis(?:o|amos|a)(?:\s+mais)?(?:\s+(?:de|d[oa]s?)\b)?/giu, 'no longer need', 'pt'],
  [/\bn['’](?:ai|avons)\s+(?:plus|pas)\s+besoin\s+(?:de|du|des|d['’])\s*/giu, 'no longer need ', 'fr'],
  [/\bpas\s+besoin\s+(?:de|du|des|d['’])\s*/giu, 'no need for ', 'fr'],
  [/(^|[,.;:!?]\s*)kein(?:e|en|em)?\s+/giu, '$1no need for a ', 'de'],
  [/(?<![\p{L}\p{N}_@.\-/])(\p{L}+)\s+nahi\s+chahiye\b/giu, "don't need $1", 'hi'],
  // (notours27: "gestern hab ich einen Token für 3h bekommen": the perfect tells of a token got; "kann ich
  // einen Token bekommen?" asks for one.)
  [/\b(hab|habe|hat|haben|hatte|hatten)\b([^.!?\n]{0,60}?)\bbekommen\b/giu, '$1$2 got', 'de'],
  // (req29: "dar de baja el unit X", "da de baja la unidad X": a unit taken off the books, deprovisioned; told as
  // done, "dimos/dada de baja"; "está de baja" is someone on leave.)
  // (fix55: but a key, a credential or a token given de baja is revoked, "denle de baja al key de X", "da de baja la
  // llave de X", "¿podrían darle de baja a la llave de X?"; a unit, a person or a supplier stays as it was.)
  [
    /\b(?:dar|da|den|dad|dé|dale|denle|dele|déle|darle|darles|denles)\s+de\s+baja\s+(?:a\s+)?(?:al|la|el|las|los|todas\s+las|todos\s+los|esta|este|esa|ese|mi|mis|nuestra|nuestro)\s+(?=(?:api\s+|access\s+)?(?:keys?|llaves?|claves?|credencial(?:es)?|tokens?)\b)/giu,
    'revoke the ',
    'es',
  ],
  [
    /\b(?:dimos|di|dio|dieron|dado|dada|dados|dadas)\s+de\s+baja\s+(?:a\s+)?(?:al|la|el|las|los|todas\s+las|todos\s+los|esta|este|esa|ese|mi|mis|nuestra|nuestro)\s+(?=(?:api\s+|access\s+)?(?:keys?|llaves?|claves?|credencial(?:es)?|tokens?)\b)/giu,
    'revoked the ',
    'es',
  ],
  // (fix56: not a person or a supplier, "den de baja al cliente moroso": a plain word after "al"/"a la", no unit's.)
  [
    /\b(?:dar|da|den|dad|dé|dale|denle|dele|déle|darle)\s+de\s+baja\b(?!\s+(?:al|a\s+(?:la|los|las|el))\s+(?!(?:unidad|equipo|unit|team|usuario|user)\b)\p{L}+(?![-_.\p{L}\d]))/giu,
    'deprovision',
    'es',
  ],
  [/\b(?:dimos|di|dio|dieron|dado|dada|dados|dadas)\s+de\s+baja\b/giu, 'deprovisioned', 'es'],
  [/\bpor\s+favor\b/giu, 'please', 'es'],
  [/\bbuen[oa]s\s+(?:d[ií]as|tardes|noches)\b/giu, 'hello', 'es'],
  [/\bbo[ma]\s+(?:dia|tarde|noite)\b/giu, 'hello', 'pt'],
  [/\bguten\s+(?:morgen|tag|abend)\b/giu, 'hello', 'de'],
  [/\bbuon(?:giorno|asera)\b/giu, 'hello', 'it'],
  [/\bgoede(?:morgen|middag|navond)\b/giu, 'hello', 'nl'],
  [/\b(?:el|del|al)\s+mes\s+pasado\b/giu, 'last month', 'es'],
  [/\b(?:il\s+|del\s+)?mese\s+scorso\b/giu, 'last month', 'it'],
  [
    /\ba\s+(?=(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b)/giu,
    'in ',
    'it',
  ],
  [/\bla\s+semana\s+pasada\b/giu, 'last week', 'es'],
  // (fix57: a quarter as the period asked, periods.ts: "este trimestre", "el trimestre pasado", "neste trimestre", "ce
  // trimestre", "le trimestre dernier", "questo trimestre", "il trimestre scorso", "el último trimestre".)
  [/\b(?:el|del|al)\s+trimestre\s+pasado\b/giu, 'last quarter', 'es'],
  [/\b(?:en\s+)?(?:el\s+|del\s+)?[uú]ltimo\s+trimestre\b/giu, 'last quarter', 'es'],
  [/\b(?:en\s+)?este\s+trimestre\b/giu, 'this quarter', 'es'],
  [/\b(?:d?o\s+)?trimestre\s+passado\b|\b(?:n?o\s+)?[uú]ltimo\s+trimestre\b/giu, 'last quarter', 'pt'],
  [/\b(?:n|d)?este\s+trimestre\b/giu, 'this quarter', 'pt'],
  [/\b(?:le\s+|du\s+|au\s+)?(?:trimestre\s+dernier|dernier\s+trimestre)\b/giu, 'last quarter', 'fr'],
  [/\bce\s+trimestre\b/giu, 'this quarter', 'fr'],
  [
    /\b(?:il\s+|del\s+|nel(?:l['’]\s*)?\s*)?(?:trimestre\s+scorso|ultimo\s+trimestre)\b/giu,
    'last quarter',
    'it',
  ],
  [/\b(?:in\s+)?questo\s+trimestre\b/giu, 'this quarter', 'it'],
  // "na última semana", "en la última semana", "o que temos para X", "es posible crear": what joins a
  // unit's name to the rest, read so that it never becomes part of the name.
  [/\b(?:n[ao]|em\s+[ao]|en\s+la|en\s+el)\s+[uú]ltim[ao]\s+(semana|m[eê]s)\b/giu, 'last $1', 'es'],
  [/\bo\s+que\s+temos\b/giu, 'what do we have', 'pt'],
  [/\bqu[eé]\s+tenemos\b/giu, 'what do we have', 'es'],
  [/\b(?:es|ser[ií]a)\s+posible\b/giu, 'can you', 'es'],
  [/\bm[eê]s\s+passado\b/giu, 'last month', 'pt'],
  [/\ble\s+mois\s+dernier\b/giu, 'last month', 'fr'],
  [/\bla\s+semaine\s+derni[eè]re\b/giu, 'last week', 'fr'],
  [/\bce\s+mois(?:[\s-]+ci)?\b/giu, 'this month', 'fr'],
  // (units25: "combien on a dépensé sur bedrock cette semaine?": the week asked as the month is.)
  [/\bcette\s+semaine\b/giu, 'this week', 'fr'],
  [/\b(?:les\s+)?(\d+)\s+derniers\s+jours\b/giu, 'the last $1 days', 'fr'],
  [/\bil\s+mese\s+scorso\b|\bmese\s+scorso\b/giu, 'last month', 'it'],
  [/\bquesto\s+mese\b/giu, 'this month', 'it'],
  // Round twenty-two: the verb put last in German and Dutch, brought after its unit ("wie viel hat growth
  // letzten Monat ausgegeben?", "hoeveel heeft growth vorige maand uitgegeven?": "has growth spent last
  // month"), so that the unit stands where a spender is read. (Not a pronoun, "wie viel hat er …", "hoeveel
  // heeft ze …": no unit, fix22b.) (fix36a, tuned-met: and a month named, "wie viel hat X im Februar ausgegeben?",
  // "hoeveel heeft X in februari uitgegeven?", or last week.) (fix43a, tuned-colo: or what a name written as a unit's
  // cost, "wie viel hat cooling-telemetry im Februar gekostet?", DE_UNIT_COST_RE; "das Mittagessen" is lunch.)
  [
    /\bhat\s+(?!(?:er|sie|es|man|jeder|jede|jemand|niemand|keiner|wir|ihr|du|ich|mama|papa)\s)([a-z0-9][\w-]{0,40})\s+((?:im\s+)?letzten\s+monat|diesen\s+monat|(?:in\s+den\s+)?letzten\s+\d{1,3}\s+tagen|(?:im\s+)?(?:januar|februar|m(?:ä|ae|a)rz|april|mai|juni|juli|august|september|oktober|november|dezember)|(?:in\s+der\s+)?letzten\s+woche|letzte\s+woche)\s+ausgegeben\b/giu,
    'has $1 spent $2',
    'de',
  ],
  [DE_UNIT_COST_RE, 'has $1 spent $2', 'de'],
  [
    /\bheeft\s+(?!(?:hij|zij|ze|het|wij|we|jullie|men|je|jij|u|ik|iemand|niemand|iedereen|mama|papa)\s)([a-z0-9][\w-]{0,40})\s+(vorige\s+maand|deze\s+maand|(?:de\s+)?afgelopen\s+\d{1,3}\s+dagen|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|vorige\s+week)\s+uitgegeven\b/giu,
    'has $1 spent $2',
    'nl',
  ],
  [/\bvorige\s+maand\b/giu, 'last month', 'nl'],
  // fix22b: Spanish "hay que X" is "X has to be done", asked ("hay que rotar la clave de growth"), not "are
  // there"; "¿qué pasa si …?" / "¿qué hago si …?" ask what follows, help. Portuguese "(vocês) têm que X" is
  // the same, and its subject pronoun never a unit ("vocês têm que revogar a chave de ads").
  [/\bhay\s+que\b/giu, 'we need to', 'es'],
  [/\bqu[eé]\s+pasa\s+si\s+(?:revoco|borro|elimino)\b/giu, 'what happens if i revoke', 'es'],
  // (Round thirty-four: "nós temos que revogar a chave de ads" is our own duty told, as "we have to revoke the ads
  // key" is in English: a statement, asked about, not an instruction; its pronoun still no unit.)
  [/\b(?:n[oó]s\s+)?temos\s+que\b/giu, 'we have to', 'pt'],
  // fix40a, tuned-airport: one of our verbs said in English after "fazer" by the one asked ("podes fazer rotate da key do
  // fids-translate?", "você pode fazer o deprovision do X?"): asked to do it, as "can you" asks.
  [
    /(?<!n[ãa]o\s+)\b(?:podes|poderia|(?:voc[eê]|vc|tu)\s+(?:pode|podes|poderia))\s+fazer\s+(?:o\s+|um\s+)?(?=(?:rotate|revoke|deprovision|delete|renew|reset)\b)/giu,
    'can you ',
    'pt',
  ],
  [/\b(?:(?:voc[eê]s|eles|elas)\s+)?(?:t[eê]m|tenho)\s+que\b/giu, 'need to', 'pt'],
  [/\bdeze\s+maand\b/giu, 'this month', 'nl'],
  [/\bletzte\s+woche\b/giu, 'last week', 'de'],
  [/\bs['’]il\s+(?:te|vous)\s+pla[iî]t\b|\bsvp\b/giu, 'please', 'fr'],
  // units26b: "Bonjour, pourriez-vous créer une clé … pour l'unité compliance-nlp": a verb asked with its
  // pronoun after a hyphen is the asking, never a hyphenated unit's name.
  [
    /\b(?:pourriez|pouvez|pourrais|pourrait|peux|peut|voudriez|voulez|sauriez|savez)-(?:vous|tu|on)\b/giu,
    'could you',
    'fr',
  ],
  [/\blaisse[sz]?\s+tomber\b/giu, 'forget it', 'fr'],
  // fix52d, tuned-fintech: French questions of the Maghreb's and Paris's writers: "juste par curiosité, un token de
  // 12h c'est possible ?" (out of curiosity, is it possible?), "comment marche la rotation des clés ici ? c'est
  // automatique ?" (how does … work here? is it automatic?), "les units à moi" (my units), "elle a 180 jours" (it is
  // 180 days old: its age, told as why, not a lifetime asked for).
  [/\b(?:par|by)\s+curiosit[ée](?![\p{L}])/giu, 'out of curiosity', 'fr'],
  [/\bc['’]\s*est\s+(possible|automatique|normal|obligatoire)\s*(?=\?)/giu, 'is it $1', 'fr'],
  [/\bcomment\s+(?:marche|fonctionne)(?:nt)?\s+(?=l[ae]s?\s|l['’])/giu, 'how works ', 'fr'],
  [/\b(?:les|mes)\s+(unit[ée]?s|[ée]quipes|cl[ée]s)\s+[àa]\s+moi\b/giu, 'my $1', 'fr'],
  [/\b(?:elle|il|it)\s+a\s+(?:d[ée]j[àa]\s+)?(\d+)\s+(?:jours|days)\b/giu, 'it is $1 days old', 'fr'],
  [/\b(?:elle|il|it)\s+a\s+(?:d[ée]j[àa]\s+)?(\d+)\s+(?:mois|months)\b/giu, 'it is $1 months old', 'fr'],
  // train29: "I meant" correcting the value before it ("token 1h in Paris, perdón, quise decir Milano").
  // fixcorpus30: "does anyone know (whether) …", put to the people in the channel, in each language: "¿alguien sabe
  // si el bot ya revocó …?", "weiß jemand, ob …", "quelqu'un sait si …", "qualcuno sa se …", "weet iemand of …".
  [/\b(?:alguien\s+sabe|sabe\s+alguien)(?:\s+si)?\b/giu, 'anyone know if', 'es'],
  [/\b(?:algu[eé]m\s+sabe)(?:\s+se)?\b/giu, 'anyone know if', 'pt'],
  [/\bwei(?:ß|ss)\s+(?:hier\s+)?jemand(?:\s*,?\s*ob)?\b/giu, 'anyone know if', 'de'],
  [/\bquelqu(?:['’]?\s*un)?\s+sait(?:\s+si)?\b/giu, 'anyone know if', 'fr'],
  [/\bqualcuno\s+sa(?:\s+se)?\b/giu, 'anyone know if', 'it'],
  [/\bweet\s+iemand(?:\s*,?\s*of)?\b/giu, 'anyone know if', 'nl'],
  [/\bje\s+voulais\s+dire\b/giu, 'i meant', 'fr'],
  [/\b(?:quise|quer[ií]a)\s+decir\b/giu, 'i meant', 'es'],
  [/\b(?:quis|queria)\s+dizer\b/giu, 'i meant', 'pt'],
  [/\bvolevo\s+dire\b/giu, 'i meant', 'it'],
  [/\bich\s+meinte\b/giu, 'i meant', 'de'],
  [/\bik\s+bedoelde\b/giu, 'i meant', 'nl'],
  [/\bcomment\s+[cç]a\s+marche\b/giu, 'how does it work', 'fr'],
  [/\bj['’]ai\s+besoin\s+(?:de|du|des|d['’])\s*/giu, 'i need ', 'fr'],
  [/\bl['’](?=[ée]quipe\b)/giu, 'the ', 'fr'],
  [/\bcomo\s+funciona\b/giu, 'how does it work', 'pt'],
  [/\b(hora|horas)\s+y\s+media\b/giu, '$1 and a half', 'es'],
  [/\b(ore|ora)\s+e\s+mezz[oa]\b/giu, '$1 and a half', 'it'],
  // (fix43a, tuned-lifts: a lifetime in Italian number words, "mi serve un token per tre ore", marks the text Italian
  // where no strong word does ("serve", "per", "un" are English words too); kept as written, the glossary reads it.)
  [IT_SPAN_RE, '$&', 'it'],
  // (fix43a, tuned-lifts: "come vedo lo storico delle chiavi?", how do I see: a how-to asked, as "come posso vedere".)
  // (Only before what is seen, an article or a question word: "come vedo, il meteo …" is "as I see it".)
  [
    /\bcome\s+(?:vedo|vediamo)(?=\s+(?:lo|la|il|i|gli|le|l['’]|quant\p{L}*|qual\p{L}*|chi|se)(?![\p{L}]))/giu,
    'how do i see',
    'it',
  ],
  [/\bsou\s+nov[ao]\s+aqui\b/giu, 'i am new here', 'pt'],
  [/\bprecis(?:o|amos)\s+de\b/giu, 'need', 'pt'],
  [/\beste\s+m[eê]s\b/giu, 'this month', 'pt'],
  [/\bletzten\s+monat\b/giu, 'last month', 'de'],
  [/\bwie\s*viel\b/giu, 'how much', 'de'],
  [/\bdiesen\s+monat\b/giu, 'this month', 'de'],
  [/\bnicht\s+mehr\b/giu, 'no longer', 'de'],
  [/\bkannst\s+du\b/giu, 'can you', 'de'],
  [/\brehne\s+do\b/giu, 'forget it', 'hi'],
  [/\bke\s+liye\b/giu, 'for', 'hi'],
  [/\b(?:is|iss)\s+mahine\b/giu, 'this month', 'hi'],
  [/\b(?:pichhle|pichle|pichhla|pichla)\s+mahine\b/giu, 'last month', 'hi'],
  [/\b(?:is|iss)\s+hafte\b/giu, 'this week', 'hi'],
  [/\bkya\s+aap\b/giu, 'can you', 'hi'],
  [/\bper\s+favore\b/giu, 'please', 'it'],
  [/\blascia\s+perdere\b/giu, 'forget it', 'it'],
  [/\bnon\s+mi\s+serv(?:e|ono)\s+pi[uù]\b/giu, 'no longer need', 'it'],
  [/\bnon\s+mi\s+serv(?:e|ono)\b/giu, "don't need", 'it'],
  [/\bho\s+bisogno\s+(?:di|del|della|dello|d['’])\s*/giu, 'i need ', 'it'],
  [/\blaat\s+maar\b|\blaat\s+(?:het\s+)?zitten\b/giu, 'forget it', 'nl'],
  [/\b(?:heb|hebben)\b([^,.;!?\n]*?)\s+niet\s+(?:meer\s+)?nodig\b/giu, 'no longer need$1', 'nl'],
];

/** "2 Stunden", "2 std", "3 hs", "90 Tage", "6 meses", "1 saal": a number with another language's unit. */
const FOREIGN_UNIT: Record<string, string> = {
  std: 'hours',
  // (fix47c, tuned-chemicals: Swiss German "so 2 stund", two hours.)
  stund: 'hours',
  stunden: 'hours',
  stunde: 'hour',
  hs: 'hours',
  horas: 'hours',
  hora: 'hour',
  heures: 'hours',
  heure: 'hour',
  ghante: 'hours',
  ghanta: 'hour',
  minuten: 'minutes',
  minutos: 'minutes',
  tage: 'days',
  tagen: 'days',
  dias: 'days',
  días: 'days',
  jours: 'days',
  din: 'days',
  wochen: 'weeks',
  semanas: 'weeks',
  semaines: 'weeks',
  monate: 'months',
  monaten: 'months',
  meses: 'months',
  mois: 'months',
  mahine: 'months',
  jahr: 'year',
  jahre: 'years',
  saal: 'year',
  año: 'year',
  años: 'years',
  ano: 'year',
  anos: 'years',
  // (fix46e, tuned-styles-arabizi: French, "clé API pour bu X, 2 ans", two years.)
  ans: 'years',
  // Phone typos of units after a number.
  // (fix53c, tuned-carrier: the chat plural in z, "30 dayz", "2 hourz", "3 monthz", "2 weekz".)
  dayz: 'days',
  hourz: 'hours',
  hrz: 'hours',
  monthz: 'months',
  weekz: 'weeks',
  minz: 'minutes',
  dsys: 'days',
  dyas: 'days',
  dasy: 'days',
  dys: 'days',
  hrous: 'hours',
  huors: 'hours',
  horus: 'hours',
  hoursr: 'hours',
  mintues: 'minutes',
  minuets: 'minutes',
  minuts: 'minutes',
  mnths: 'months',
  monhts: 'months',
  mounths: 'months',
  weks: 'weeks',
  // (fix48f, tuned-styles-aegean: Greeklish, "2 ores", "3 wres", "180 meres", "6 mines", "2 xronia".)
  ores: 'hours',
  wres: 'hours',
  meres: 'days',
  imeres: 'days',
  mines: 'months',
  xronia: 'years',
  // Italian and Dutch.
  ore: 'hours',
  ora: 'hour',
  minuti: 'minutes',
  minuto: 'minutes',
  giorni: 'days',
  mesi: 'months',
  uur: 'hours',
  uren: 'hours',
  weken: 'weeks',
  // Turkish, Japanese and Polish hours and years after a number ("5 saat", "2 jikan", "2 godziny").
  saat: 'hours',
  jikan: 'hours',
  godziny: 'hours',
  godzin: 'hours',
  godzina: 'hours',
  godzinę: 'hours',
  minut: 'minutes',
  minuty: 'minutes',
  dni: 'days',
  'rok|lata': 'year',
  dagen: 'days',
  maanden: 'months',
  // Italian and Polish weeks and months, Turkish days, weeks, months, years ("2 saatlik" is "2-hour").
  settimane: 'weeks',
  settimana: 'week',
  tygodnie: 'weeks',
  tygodni: 'weeks',
  miesiace: 'months',
  miesiące: 'months',
  miesięcy: 'months',
  miesiecy: 'months',
  saatlik: 'hours',
  dakika: 'minutes',
  gün: 'days',
  gun: 'days',
  günlük: 'days',
  hafta: 'weeks',
  ay: 'months',
  aylık: 'months',
  // (fix54b, tuned-autoparts: and the adjectives typed without their letters, "90 gunluk api key", "6 aylik", "1 yillik",
  // "2 haftalik", "45 dakikalik".)
  gunluk: 'days',
  aylik: 'months',
  yillik: 'year',
  yıllık: 'year',
  haftalik: 'weeks',
  haftalık: 'weeks',
  dakikalik: 'minutes',
  dakikalık: 'minutes',
  yıl: 'year',
  yil: 'year',
  // (fix36c, tuned-crypto: "son 30 günde", in the last 30 days.)
  günde: 'days',
  gunde: 'days',
  // foreign26: Russian ("на 30 дней", "токен на 2 часа") and Tagalog ("2 oras").
  часов: 'hours',
  часа: 'hours',
  час: 'hours',
  ч: 'hours',
  минут: 'minutes',
  минуты: 'minutes',
  мин: 'minutes',
  дней: 'days',
  дня: 'days',
  день: 'days',
  недель: 'weeks',
  недели: 'weeks',
  неделю: 'weeks',
  месяцев: 'months',
  месяца: 'months',
  месяц: 'months',
  oras: 'hours',
  // (fix49e, tuned-styles-slavic: Ukrainian "токен на 2 години", "на 3 години"; Serbian "на 4 сата"; Russian and
  // Ukrainian typed in Latin letters, "na 2 chasa", "na 3 hodyny"; days, "на 90 днів", "na 90 dney", "60 дана".)
  години: 'hours',
  годин: 'hours',
  сата: 'hours',
  сати: 'hours',
  chasa: 'hours',
  chasov: 'hours',
  hodyny: 'hours',
  hodyn: 'hours',
  днів: 'days',
  дні: 'days',
  дни: 'days',
  дана: 'days',
  dney: 'days',
  dniv: 'days',
  // fix36c: Vietnamese ("token 2 tiếng", "30 phút", "hết hạn sau 60 ngày", "3 tháng trước"); "giờ" hours too.
  tiếng: 'hours',
  giờ: 'hours',
  // (fix39d, tuned-styles-eastwest: and typed without the marks after a number, "token 2 tieng", "2 ngay".)
  tieng: 'hours',
  ngay: 'days',
  // (fix54b, tuned-autoparts: and years, months, weeks and hours, "access key …, 1 nam", "2 thang", "3 tuan", "4 gio".)
  nam: 'year',
  thang: 'months',
  tuan: 'weeks',
  gio: 'hours',
  // (fix46g, tuned-styles-sea: and minutes, "xin token 90 phut".)
  phut: 'minutes',
  phút: 'minutes',
  ngày: 'days',
  tuần: 'weeks',
  tháng: 'months',
  năm: 'year',
  // fix38b, tuned-textile: romanised Bengali hours ("3 ghontar jonno", for 3 hours). (Turkish minutes written short,
  // "90 dk", are a Turkish phrase: more-languages.ts.)
  ghonta: 'hours',
  ghontar: 'hours',
  ghontay: 'hours',
  // (fix38a, tuned-ocean: Norwegian and Danish "døgn", a day and night, "token for 2 døgn"; Swedish "dygn".)
  døgn: 'days',
  doegn: 'days',
  dygn: 'days',
  // fix45d, tuned-styles-nusantara: Indonesian and Malay units after a number ("token 2 jam", "2jam", "45 minit",
  // "90 menit", "60 hari", "3 bulan", "2 tahun", "2 minggu"), read in a text with no other word of the language (a
  // message of nothing but "/bedrock token 2 jam"). After a number none is an English word.
  jam: 'hours',
  menit: 'minutes',
  minit: 'minutes',
  hari: 'days',
  minggu: 'weeks',
  bulan: 'months',
  tahun: 'years',
  // fix52b, tuned-freight: Serbian, Croatian, Bosnian, Slovenian, Bulgarian and Macedonian units after a number
  // ("12 sati", "15 ur", "90 dana", "6 mesecev", "3 mjeseca", "60 дена", "3 месеца", "2 седмици"). (Not "години":
  // Ukrainian hours, Bulgarian years.)
  sati: 'hours',
  sata: 'hours',
  ur: 'hours',
  ure: 'hours',
  uri: 'hours',
  dana: 'days',
  dan: 'days',
  mesecev: 'months',
  meseci: 'months',
  mesece: 'months',
  meseca: 'months',
  mjeseci: 'months',
  mjeseca: 'months',
  tjedna: 'weeks',
  tjedana: 'weeks',
  tednov: 'weeks',
  tedne: 'weeks',
  sedmice: 'weeks',
  sedmica: 'weeks',
  дена: 'days',
  денови: 'days',
  месеци: 'months',
  месеца: 'months',
  седмици: 'weeks',
  часове: 'hours',
};
const FOREIGN_UNIT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-/])(\d+(?:[.,]\d+)?)\s*(${Object.keys(FOREIGN_UNIT).join('|')})\.?(?![\p{L}\p{N}_@\-/])`,
  'giu',
);

const fold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '');
/** A string all in ASCII: `fold` leaves it as it is (NFKD changes no ASCII character, and it has no marks). */
const ASCII_WORD = /^[\0-\x7f]*$/;
/** A letter and the accented letters it stands for (the trigger below runs on the text as typed). */
const ACCENTED: Record<string, string> = {
  // (fix39g, tuned-waste: and Romanian "ă", "ș", "ț", so that "unități" marks its language as "unitati" does.)
  a: 'áàâäãąåă',
  e: 'éèêëęě',
  i: 'íìîïı',
  // (fix38d: and Danish and Norwegian "ø", so that "nøkkel" alone marks its language, as "nokkel" does.)
  o: 'óòôöõø',
  u: 'úùûüů',
  n: 'ñńň',
  c: 'çćč',
  s: 'śşšș',
  z: 'źżž',
  l: 'ł',
  g: 'ğ',
  r: 'ř',
  y: 'ý',
  d: 'ď',
  t: 'ťțţ',
};

function glossOf(word: string): Gloss | undefined {
  const lower = word.toLowerCase();
  const g = GLOSSARY.get(lower);
  // (speed61: a word all in ASCII folds to itself, and holds none of the letters below: no other spelling to look up.)
  if (g !== undefined || ASCII_WORD.test(lower)) return g;
  const folded = fold(lower);
  // (Turkish "ı" and Polish "ł" have no accent to fold: read as "i" and "l"; foreign28: Danish and Norwegian
  // "ø" and "æ" as they are typed without them, "oe" and "ae".)
  return (
    GLOSSARY.get(folded) ??
    (/[ıłøæ]/.test(folded)
      ? GLOSSARY.get(folded.replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'oe').replace(/æ/g, 'ae'))
      : undefined)
  );
}

const WORD_RE = new RegExp(String.raw`${B}(\p{L}+)${E}`, 'gu');
const PHRASE_TRIGGER = String.raw`par\s+curiosit|\s[àa]\s+moi\b|c['’]\s*est\s+(?:possible|automatique|normal|obligatoire)|comment\s+(?:marche|fonctionne)|(?:elle|il)\s+a\s+(?:d[ée]j[àa]\s+)?\d|buen[oa]s\s|pens[aá]ndolo\s+(?:bien|mejor)|me\s+l[ao]\s+(?:creas|crea[sn]?|pod[eé]s\s+crear|puedes\s+crear)|(?:hazme|h[aá]ceme|h[aá]ganme)\s+(?:un|una)|pa\s+(?:la|el)|(?:l[ií]stame|l[ií]stanos|list[aá]me)\s+(?:las|los|todas|todos)|(?:no|nah|nop)[\s,.!…]+(?:(?:esper[aá]|perd[oó]n|perdona|disculpa)[\s,.!…]+)?(?:el|la)\s+de|(?:perd[oó]n|perdona|disculpa|digo|dicho|o\s+sea)[\s,.!…]+(?:el|la|pa|para|en|the)\s|mejor\s+no|en\s+teor[ií]a|no\s+l[oa]s?\s+necesit(?:o|amos)|(?:mat|paus|desactiv|cambi|quit)(?:[aá]|en)\s+(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)|c[aá]mbiame\s+(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)|qu[ií]t(?:ale|ele|enle)\s+(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)|renu[eé]v(?:ame|en)\s+(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)|renov[aá]\s+(?:el|la|los|las|todas|todos|todo|mis|nuestr[ao]s?|este|esta|ese|esa)|(?:apag[aá]|apaguen|desmantel(?:[aá]|en))\s+todo\s+lo|todo\s+lo\s+del?|bo[ma]\s+(?:dia|tarde|noite)|guten\s|buon(?:giorno|asera)|goede(?:morgen|middag|navond)|per\s+favore|lascia\s+perdere|non\s+mi\s+serv|laat\s+|n['’](?:ai|avons)\s|pas\s+besoin|nahi\s+chahiye|por\s+favor|s['’]il|(?:pourr|pouv|peu|voul|voudr|saur|sav)[a-z]{0,4}-(?:vous|tu|on)|laisse|comment\s+[cç]a|j['’]ai\s+besoin|como\s+funciona|sou\s+nov|rehne\s+do|ke\s+liye|kya\s+aap|(?:quise|quer[ií]a|quis|queria)\s+d(?:ecir|izer)|voulais\s+dire|volevo\s+dire|ich\s+meinte|ik\s+bedoelde|d(?:ar|a|en|ad|[eé]|ale|enle|[eé]le|arle)\s+de\s+baja|(?:dimos|dad[oa]s?)\s+de\s+baja|alguien\s+sabe|sabe\s+alguien|quelqu(?:['’]?\s*un)?\s+sait|weet\s+iemand|(?:podes|pode|poderia)\s+fazer|${IT_SPAN}|come\s+(?:vedo|vediamo)|${DE_UNIT_COST}|${MORE_PHRASE_TRIGGER}|${ROMANCE_ASK_TRIGGER}|${IBERIAN_TRIGGER}|${SEA_TRIGGER}|${SPANISH_VERB_TRIGGER}|${SPANISH_QUESTION_TRIGGER}`;
/** Letters, digits and the characters that glue names together, for the fast tests ('i' mode, no 'u'). */
const NAME_CHARS = String.raw`a-z0-9_@\-/\u00C0-\u024F`;

/**
 * An alternation of words as a trie ("b(?:itte|rauche(?:n)?)|d(?:anke|ias)"): the regex engine tries
 * one branch per letter instead of every word. An unaccented letter also matches its accented forms.
 */
function trieSource(words: readonly string[], accents = true): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let next = n.get(ch);
      if (!next) {
        next = new Map();
        n.set(ch, next);
      }
      n = next;
    }
    n.set('', null);
  }
  const letter = (ch: string): string =>
    accents && ACCENTED[ch] ? `[${ch}${ACCENTED[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const emit = (n: Node): string => {
    const alts: string[] = [];
    let end = false;
    for (const [ch, sub] of n) {
      if (sub === null) end = true;
      else alts.push(letter(ch) + emit(sub));
    }
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** GLOSSARY_TRIGGER_TESTS' strong words of the glossary, a trie. */
const GLOSSARY_TRIGGER_WORD = String.raw`\b(?:${trieSource(
  [...GLOSSARY.entries()].filter(([, g]) => isStrong(g)).map(([w]) => w),
)})`;
/**
 * Any strong word of the glossary or a phrase: the fast test (a word may start a name here, "bitte-api";
 * the words themselves are only read where they are whole words). \b is ASCII: "équipe" is listed.
 * (speed42a: GLOSSARY_TRIGGER, once `/(?:WORD|équipe|PHRASE)(?![NAME_CHARS])|[\u0400-\u04ff]/i`, as patterns of
 * its flag tried one after another, with the same answer: the look-ahead after the group of three alternatives is
 * put after each (a group of alternatives followed by a test matches where one of them followed by the test does),
 * and a pattern of alternatives, unanchored and without back-references, matches where one of them does. The
 * joined pattern tries its alternatives at nearly every position; apart, each skips to where it can open.)
 */
const GLOSSARY_TRIGGER_TESTS: { test(s: string): boolean }[] = [GLOSSARY_TRIGGER_WORD, 'équipe'].map(
  (source) => new RegExp(String.raw`${source}(?![${NAME_CHARS}])`, 'i'),
);
// (speed57: the phrases' alternatives tried apart, each where the text has the pairs of letters it needs: pair-gated.ts.)
GLOSSARY_TRIGGER_TESTS.push(new PairGated([PHRASE_TRIGGER], 'i', String.raw`(?![${NAME_CHARS}])`));
GLOSSARY_TRIGGER_TESTS.push(/[\u0400-\u04ff]/i);

/**
 * The cheap test for the glossary step: a strong word without accents, any accented letter (the exact
 * test, GLOSSARY_TRIGGER_TESTS, then decides), a phrase, or a number with a unit of another language.
 */
const GLOSSARY_STEP_PARTS = [
  String.raw`\b(?:${trieSource(
    [...GLOSSARY.entries()].filter(([w, g]) => isStrong(g) && /^[a-z]+$/.test(w)).map(([w]) => w),
    false,
  )})(?![${NAME_CHARS}])`,
  String.raw`[\u00C0-\u024F\u0400-\u04FF\u1E00-\u1EFF]`,
  PHRASE_TRIGGER,
  String.raw`\d\s*(?:${Object.keys(FOREIGN_UNIT).join('|')})\b`,
];
const GLOSSARY_STEP = new RegExp(GLOSSARY_STEP_PARTS.join('|'), 'i');
/**
 * speed42a: GLOSSARY_STEP's alternatives as four patterns of its flags, tried one after another: the same answer
 * (the pattern is their alternation, unanchored and without back-references, so it matches where one of them
 * does), and on a text past ASCII with no accented letter (where the step's test is still run) about twenty
 * times faster: the joined pattern can start at nearly every position and tries every alternative there, the
 * apart ones skip to where each can open. (The accented and Cyrillic letters, the second, are looked for first
 * by surelyGlossaryStep.)
 */
const GLOSSARY_STEP_TESTS = GLOSSARY_STEP_PARTS.map((source) =>
  // (speed57: the phrases' alternatives tried apart, each where the text has the pairs of letters it needs.)
  source === PHRASE_TRIGGER ? new PairGated([source], 'i') : new RegExp(source, 'i'),
);
const glossaryStepTest = (s: string): boolean => GLOSSARY_STEP_TESTS.some((re) => re.test(s));

/**
 * GLOSSARY_STEP without the 'i' flag, for the text in lower case when it is all ASCII: there lower
 * case is a letter-for-letter map and the pattern has no capital letter, so both match alike, and a
 * pattern without 'i' runs faster (the step's test runs on every text). Its alternatives are tested
 * apart (the accented letters cannot match ASCII text): one pattern of many alternatives is tried at
 * every position, three short ones find their openings faster, and the number with a unit of another
 * language is looked for only in a text with a digit.
 */
const PAST_ASCII = /[^\0-\x7f]/;
const GLOSSARY_WORD_LOWER = new RegExp(
  String.raw`\b(?:${trieSource(
    [...GLOSSARY.entries()].filter(([w, g]) => isStrong(g) && /^[a-z]+$/.test(w)).map(([w]) => w),
    false,
  )})(?![${NAME_CHARS}])`,
);
const FOREIGN_UNIT_LOWER = new RegExp(String.raw`\d\s*(?:${Object.keys(FOREIGN_UNIT).join('|')})\b`);
function mayHaveGlossaryWord(lower: string): boolean {
  if (PAST_ASCII.test(lower)) return true;
  if (GLOSSARY_WORD_LOWER.test(lower)) {
    glossaryWordSeenIn = lower;
    return true;
  }
  return phraseInLower(lower) || (hasDigit() && FOREIGN_UNIT_LOWER.test(lower));
}

/**
 * PHRASE_TRIGGER without flags on the text in lower case (speed57: its alternatives tried apart, each where the text
 * holds the pairs of letters it needs, pair-gated.ts; speed42a's gate of its own, by pairs in a row only, left an
 * eighth of the pattern to run joined on every text).
 */
const PHRASE_IN_LOWER = new PairGated([PHRASE_TRIGGER], '');
const phraseInLower = (lower: string): boolean => PHRASE_IN_LOWER.test(lower);
/** The last text in lower case in which mayHaveGlossaryWord found a strong word (GLOSSARY_WORD_LOWER). */
let glossaryWordSeenIn: string | undefined;
/** The letters GLOSSARY_STEP's alternative of accented and Cyrillic letters matches, as one class. */
const GLOSSARY_STEP_LETTER = /[\u00C0-\u024F\u0400-\u04FF\u1E00-\u1EFF]/;
/**
 * speed39: a test that holds only where GLOSSARY_STEP matches, so the step need not run that pattern (a trie
 * of every strong word with 'i', tried at every position: 2.4% of a parse, the costliest single pattern). It
 * holds when the text has one of the letters of GLOSSARY_STEP's own alternative `[\u00C0-…]` (it matches
 * there), or when the text is ASCII and mayHaveGlossaryWord has just found a strong word in it in lower case:
 * GLOSSARY_WORD_LOWER is GLOSSARY_STEP's word alternative without 'i', and on ASCII text that 'i' matches
 * what the same pattern matches in the text in lower case (the words and the class after them are ASCII
 * letters, digits and marks; 'i' without 'u' folds no other character onto an ASCII one).
 */
function surelyGlossaryStep(s: string, lower: string): boolean {
  return GLOSSARY_STEP_LETTER.test(s) || (lower === glossaryWordSeenIn && !PAST_ASCII.test(s));
}

/** \p{L} and \p{N} in Latin-1 (what /\p{L}/u and /\p{N}/u match below U+0100). */
const LATIN1_CHARS: Record<string, string> = {
  '\\p{L}': String.raw`A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff`,
  '\\p{N}': String.raw`0-9\xb2\xb3\xb9\xbc-\xbe`,
};
/**
 * The phrase patterns without the 'u' flag, for a text with no character past Latin-1: there the
 * two modes match alike (case folding and \b differ only on characters such as 'ſ' and the Kelvin
 * sign), and a pattern without 'u' runs many times faster. A pattern that needs 'u' (\p{…}) keeps it.
 */
const PHRASE_TESTS = PHRASES.map(([re]) => {
  const source = latin1Source(re.source);
  return source === null ? re : new RegExp(source, re.flags.replace('u', ''));
});

/**
 * A phrase pattern's source as it reads text with no character past Latin-1, without the 'u' flag:
 * \p{L} and \p{N} become the letters and numbers of Latin-1 (the Turkish, Polish and Hindi phrases
 * bound their words with them; with 'u' each was many times the cost of all the other languages'). Null
 * for a pattern with another Unicode escape, which keeps its flag.
 */
function latin1Source(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const escape = source.slice(i, i + 5);
      const chars = LATIN1_CHARS[escape];
      if (chars !== undefined) {
        out += inClass ? chars : `[${chars}]`;
        i += 4;
        continue;
      }
      if (/^\\[pPu]/.test(escape)) return null;
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
const PAST_LATIN1 = /[\u0100-\uffff]/;

/**
 * Per language, its phrase patterns per set of flags (without 'g': only whether one matches is asked), as one
 * PairGated each: the patterns' alternatives tried apart, each only where the text holds the pairs of letters it
 * needs (speed57; exact: pair-gated.ts). Before, patterns joined four or eight to an alternation (speed42a) each
 * scanned the text, about 0.4-0.8 ms for the ~550 of them on every text that asked for languages.
 */
function phraseTestsByLang(patterns: RegExp[]): [Lang, PairGated[]][] {
  const byLang = new Map<Lang, Map<string, string[]>>();
  patterns.forEach((re, i) => {
    const lang = (PHRASES[i] as (typeof PHRASES)[number])[2];
    const flags = re.flags.replace('g', '').replace('y', '');
    const byFlags = byLang.get(lang) ?? new Map<string, string[]>();
    byLang.set(lang, byFlags);
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), re.source]);
  });
  return [...byLang].map(([lang, byFlags]) => [
    lang,
    [...byFlags].map(([flags, sources]) => new PairGated(sources, flags)),
  ]);
}
const LANG_TESTS_LATIN1 = phraseTestsByLang(PHRASE_TESTS);
const LANG_TESTS = phraseTestsByLang(PHRASES.map(([re]) => re));

/**
 * units19: a word in capitals in a text written in lower case too is an acronym ("the MES team's andon
 * summariser": a manufacturing system, not Spanish "mes"), never a word of another language.
 */
const CAPITALS_WORD = /\b[A-Z]{2,}\b/;
const hasAcronym = (s: string): boolean => CAPITALS_WORD.test(s) && /[a-z]/.test(s);
const acronym = (word: string): boolean => word.length >= 2 && /^[A-Z]+$/.test(word);

/**
 * The languages a message has a strong word or a phrase of. (speed39: the words first, then the phrase tests
 * only of the languages no word found: the set is the same, and its callers ask only `has` and `size`. A
 * language's phrase test is a long alternation, with 'u' on a text past Latin-1, the costliest part.)
 */
function languagesOf(s: string): Set<Lang> {
  const found = new Set<Lang>();
  const acronyms = hasAcronym(s);
  for (const m of s.matchAll(WORD_RE)) {
    if (acronyms && acronym(m[1] ?? '')) continue;
    const g = glossOf(m[1] ?? '');
    if (g !== undefined) for (const lang of LANGS) if (g[lang]?.weak === false) found.add(lang);
  }
  for (const [lang, tests] of PAST_LATIN1.test(s) ? LANG_TESTS : LANG_TESTS_LATIN1)
    if (!found.has(lang) && tests.some((re) => re.test(s))) found.add(lang);
  return found;
}

/**
 * An hour, half an hour and an hour and a half in the languages people write in, without a number:
 * "una hora", "d'une heure", "un'ora", "eine Stunde", "na godzinę"; "media hora", "meia hora",
 * "mezz'ora", "une demi-heure", "eine halbe Stunde"; "hora y media", "une heure et demie", "un'ora e
 * mezza" (fix53a: and Galician "unha hora e media"). These words say how long in every language that has them, so no
 * language needs detecting.
 */
const FOREIGN_HOUR_STEP =
  /\d\s*h(?:s|rs?)?\s+y\s+media|hora|horit|heure|\bore\b|\bora\b|['’]ora|stunde|godzin|hodin|minutu|\b(?:tokens?|keys?|chiave)\s+per\s|ruoi|rưỡi|\dh\s+et\s+(?:demie|quart)\b|jum[aă]tate/i;
/**
 * fix39d, tuned-styles-eastwest: Vietnamese "and a half" after a number of hours, with its marks or typed without
 * them ("1 tiếng rưỡi", "1 tieng ruoi", "2 giờ rưỡi": an hour and a half, two and a half hours). No conjunction, and
 * "rưỡi" is no English word, so no language needs detecting.
 */
/**
 * fix39d, tuned-styles-eastwest: three quarters of an hour, "tre quarti d'ora", "trois quarts d'heure", "tres cuartos
 * de hora", "três quartos de hora": 45 minutes.
 */
const THREE_QUARTERS_HOUR_RE =
  /(?<![\p{L}])(?:tre\s+quarti\s+d(?:['’]\s*|e\s+)ora|trois\s+quarts\s+d(?:['’]\s*|e\s+)heure|tres\s+cuartos\s+de\s+hora|tr[êe]s\s+quartos\s+de\s+hora)(?![\p{L}])/giu;
const VI_HOURS_AND_HALF_RE = /(?<![\p{L}\p{N}])(\d+)\s*(?:tiếng|tieng|giờ|gio)\s+(?:rưỡi|ruoi)(?![\p{L}])/giu;
const FOREIGN_HOUR_AND_HALF_RE =
  /(?<![\p{L}\p{N}])(?<!\p{N}\s+)(?:(?:d['’])?(?:une|una|uma|unha|eine|o)\s+|un['’])?(?:hora|heure|or[aă]|stunde)\s+(?:y|e|et|und|[sșş]i)\s+(?:media|meia|mezz[ao]|demie|eine\s+halbe|jum[aă]tate)(?![\p{L}])/giu;
const FOREIGN_HOURS_AND_HALF_RE =
  /(?<![\p{L}\p{N}])(\d+)\s*(?:horas?|heures?|ore|ora|stunden?|uur|godzin[ya]?|hs?|hrs?)\s+(?:y|e|et|und|en|i|[sșş]i)\s+(?:media|meia|mezz[ao]|demie|eine\s+halbe|half|pol|jum[aă]tate)(?![\p{L}])/giu;
/**
 * fix49h, tuned-styles-francophone: French hours in words or as "h" and a half or a quarter, "deux heures et demie",
 * "trois heures et quart", "2h et demie", "1h et quart" (two and a half hours, three and a quarter, …): the count in
 * digits, the rest as FOREIGN_HOURS_AND_HALF_RE and FOREIGN_HOURS_AND_QUARTER_RE read it. ("sept" is no count here: the
 * step before makes it "september".)
 */
const FR_HOUR_COUNT: Record<string, string> = {
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  six: '6',
  huit: '8',
  neuf: '9',
  dix: '10',
  onze: '11',
  douze: '12',
};
const FR_HOURS_AND_PART_RE =
  /(?<![\p{L}\p{N}])(\d{1,2}|deux|trois|quatre|cinq|six|huit|neuf|dix|onze|douze)\s*(?:heures?|h)\s+et\s+(demie|quart)(?![\p{L}])/giu;
const frenchHoursAndPart = (s: string): string =>
  s.includes(' et ')
    ? s.replace(FR_HOURS_AND_PART_RE, (_m, n: string, part: string) => {
        const count = FR_HOUR_COUNT[n.toLowerCase()] ?? n;
        return part.toLowerCase() === 'quart' ? `${count} hours and a quarter` : `${count} and a half hours`;
      })
    : s;
/**
 * fix36a, tuned-winery/tuned-fashion: an hour and a quarter, "une heure et quart", "una hora y cuarto", "un'ora e un
 * quarto", "uma hora e um quarto", "eine Stunde und ein Viertel", and with a number, "2 heures et quart".
 */
const FOREIGN_QUARTER = String.raw`(?:quart|cuarto|un\s+quarto|um\s+quarto|ein\s+viertel|kwart|'n\s+kwart)`;
const FOREIGN_HOUR_AND_QUARTER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!\p{N}\s+)(?:(?:d['’])?(?:une|una|uma|eine)\s+|un['’]\s*)?(?:hora|heure|ora|stunde)\s+(?:y|e|et|und)\s+${FOREIGN_QUARTER}(?![\p{L}])`,
  'giu',
);
const FOREIGN_HOURS_AND_QUARTER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d+)\s*(?:horas?|heures?|ore|ora|stunden?|uur)\s+(?:y|e|et|und|en)\s+${FOREIGN_QUARTER}(?![\p{L}])`,
  'giu',
);
const FOREIGN_HALF_HOUR_RE =
  /(?<![\p{L}])(?:(?:une|eine)\s+)?(?:media\s+|meia\s+|mezz['’]\s*|mezza\s+|demi[\s-]*|halbe\s+)(?:hora|heure|ora|stunde)(?![\p{L}])/giu;
const FOREIGN_AN_HOUR_RE =
  /(?<![\p{L}])(?:(?:d['’])?(?:une|una|uma|eine|na)\s+|un['’]\s*)(?:hora|heure|ora|stunde|godzin[eę])(?![\p{L}])/giu;
/**
 * dev29: Czech "na hodinu", "na minutu", "na půl hodiny" (for an hour, a minute, half an hour), without a number:
 * read here, before the glossary makes "na" "for" and "hodinu" "hours" with no number left to count them.
 * (Round thirty-five: Polish "na pół godziny", half an hour, the same way.)
 */
// (fix49e, tuned-styles-slavic: and an hour and a half, Slovak "na hodinu a pol", Czech "na hodinu a půl".)
const CZECH_SPAN_RE =
  /(?<![\p{L}])na\s+(?:(hodinu)(\s+a\s+p[oòuů]l)?|minutu|(?:p[uů]l\s+hodiny|p[oó][lł]\s+godziny))(?![\p{L}])/giu;
/** "token per 45 minuten", "un token per 2 ore": after the credential, Italian and Dutch "per" is "for". */
const CREDENTIAL_PER_RE =
  /\b(tokens?|keys?|chiave)\s+per\s+(?=\d+(?:[.,]\d+)?\s*(?:minuten|minuti|minuto|ore|ora|uur|uren|giorni|dagen|stunden?)(?![\p{L}])|un['’]\s*ora|un\s+ora|mezz['’a]|een\s+uur|half\s+uur)/giu;
/**
 * fix39d: "token per 2h", "un token per 45 minutes" with the English unit: Italian "per" (for) only in a text the
 * glossary knows as Italian, or a message that is nothing but the request ("token per 3h"). (post39b: in English,
 * "tokens per 24h", "a token per 45 minutes", "a token per 8h per person" are a rate, no lifetime asked for.)
 */
const CREDENTIAL_PER_EN_UNIT_RE =
  /\b(tokens?|keys?|chiave)\s+per\s+(?=\d+(?:[.,]\d+)?\s*(?:minutes|h)(?![\p{L}]))/giu;
const CREDENTIAL_PER_ALONE_RE =
  /^\s*(?:(?:un|uno|una)\s+)?(?:tokens?|keys?|chiave)\s+per\s+\d+(?:[.,]\d+)?\s*(?:minutes|h)\s*(?:(?:please|pls|per\s+favore|grazie)\s*)?[.!]?\s*$/iu;

function credentialPerEnglishUnit(s: string): string {
  if (s.search(CREDENTIAL_PER_EN_UNIT_RE) < 0) return s;
  return CREDENTIAL_PER_ALONE_RE.test(s) || languagesOf(s).has('it')
    ? s.replace(CREDENTIAL_PER_EN_UNIT_RE, '$1 for ')
    : s;
}

/** "token, 4 timer" / "token 3 timer," (Danish, Norwegian): the hours right after the token, at a clause's end. */
const TOKEN_TIMER = String.raw`(\btokens?[\s,:–—-]{1,4})(\d{1,2})\s+timer(?=\s*(?:[,.;!?)]|$))`;
const TOKEN_TIMER_TEST = new RegExp(TOKEN_TIMER, 'i');
const TOKEN_TIMER_RE = new RegExp(TOKEN_TIMER, 'gi');

/**
 * fix47a, tuned-metro/tuned-styles-latam: Spanish hours said fondly, the diminutive "horita(s)" ("token para mí por 4
 * horitas", "token pa probar llama una horita"): hours as "hora(s)" (Mexican "ahorita", right now, is no hour); a
 * quarter of an hour, "token de un cuarto de hora" (Portuguese "um quarto de hora"): 15 minutes; a couple of hours,
 * "me das token de un par de horas?": two hours.
 */
const HORITA_RE = /(?<![\p{L}])(hor)ita(s?)(?![\p{L}])/giu;
const QUARTER_OF_HOUR_RE =
  /(?<![\p{L}])(?:(?:un|um)\s+)?quarto\s+de\s+hora(?![\p{L}])|(?<![\p{L}])(?:un\s+)?cuarto\s+de\s+hora(?![\p{L}])/giu;
const COUPLE_OF_HOURS_RE = /(?<![\p{L}])(?:un\s+)?par\s+de\s+horas(?![\p{L}])/giu;

function foreignHours(s: string): string {
  const fond = s.includes('ita') ? s.replace(HORITA_RE, '$1a$2') : s;
  const spans = /de\s+hora/i.test(fond)
    ? fond.replace(QUARTER_OF_HOUR_RE, '15 minutes').replace(COUPLE_OF_HOURS_RE, '2 horas')
    : fond;
  return credentialPerEnglishUnit(frenchHoursAndPart(spans).replace(THREE_QUARTERS_HOUR_RE, '45 minutes'))
    .replace(CREDENTIAL_PER_RE, '$1 for ')
    .replace(FOREIGN_HOURS_AND_QUARTER_RE, '$1 hours and a quarter')
    .replace(FOREIGN_HOUR_AND_QUARTER_RE, 'an hour and a quarter')
    .replace(FOREIGN_HOURS_AND_HALF_RE, '$1 and a half hours')
    .replace(VI_HOURS_AND_HALF_RE, '$1 and a half hours')
    .replace(FOREIGN_HOUR_AND_HALF_RE, 'an hour and a half')
    .replace(FOREIGN_HALF_HOUR_RE, 'half an hour')
    .replace(FOREIGN_AN_HOUR_RE, 'an hour')
    .replace(CZECH_SPAN_RE, (m, hour?: string, half?: string) => {
      if (hour !== undefined) return half !== undefined ? 'for an hour and a half' : 'for an hour';
      return /minut/i.test(m) ? 'for a minute' : 'for half an hour';
    });
}

/**
 * fix49h, tuned-styles-francophone: French years. An age ("j'ai 30 ans", "il a 45 ans", "âgé de 30 ans") is no
 * lifetime (README "Ages are not lifetimes"): written as the English age, "i am 30 years old", which durations.ts
 * leaves; without this the glossary's "30 ans" is "30 years", a lifetime out of range beside a token asked for. A year
 * in words, "un an", "une année", "deux ans" (the glossary has "ans" only after a digit), is the number of years; and
 * "valable un an", "valable 6 mois" (valid for) is how long the key lasts, the English "valid for", never a word of
 * the unit's name before it ("une clé pour growth valable un an" → growth, 365 days).
 */
const FR_YEARS_STEP =
  /\b(?:je\s+ai|j['’]\s*ai|(?:il|elle|on)\s+a|[âa]g[ée]e?s?\s+de)\s+\d{1,3}\s+ans\b|(?<![\w'’-])(?:un|une|deux|trois|cinq|dix)\s+(?:ans?|ann[ée]es?)\b|\bvalables?\s/iu;
const FR_AGE_RE =
  /(?<![\p{L}])(?:je\s+ai|j['’]\s*ai|(?:il|elle|on)\s+a|[âa]g[ée]e?s?\s+de)\s+(\d{1,3})\s+ans(?![\p{L}])/giu;
const FR_YEARS_RE =
  /(?<![\p{L}\p{N}'’-])(un|une|deux|trois|cinq|dix)\s+(?:ans?|ann[ée]es?)(?![\p{L}\p{N}-])/giu;
const FR_YEAR_COUNT: Record<string, string> = {
  un: '1',
  une: '1',
  deux: '2',
  trois: '3',
  cinq: '5',
  dix: '10',
};
const FR_VALID_RE =
  /(?<![\p{L}])valables?\s+(?:(?:pour|pendant|durant)\s+)?(?=\d|(?:un|une|deux|trois|six|douze)\s)/giu;

function frenchYears(s: string): string {
  return s
    .replace(FR_AGE_RE, 'i am $1 years old')
    .replace(FR_YEARS_RE, (_m, n: string) => {
      const count = FR_YEAR_COUNT[n.toLowerCase()] ?? '1';
      return count === '1' ? '1 year' : `${count} years`;
    })
    .replace(FR_VALID_RE, 'valid for ');
}

/** The words after which "es" names a unit ("team es", "para es"), a Spanish "is" nowhere. */
const ES_NAMED = /\b(?:team|equipo|for|para)\s+$/i;
/**
 * What after "llave" makes it a key of ours: "llave api", "llave de acceso", "llave de bedrock"; and (fix37a,
 * tuned-forestry; fix37c, tuned-edtech: a unit's key) a name written as a unit's after "de"/"para", hyphenated, with an
 * underscore or in backticks: "revoca la llave de `ventas_mx`", "la llave para pagos-cl", "rota la llave de la unidad
 * pagos-v2" (a door's key is "de la bodega 2", "de la oficina 3").
 */
// (fix54b, tuned-autoparts: and a key said to be long-lived or a team's, "cómo pido una llave permanente para mi equipo?",
// "una llave temporal", "una llave para nuestro equipo": our credentials; a door's key is "de la bodega", "del almacén",
// and "una llave para la unidad de pediatría" may be a ward's door: only "mi"/"nuestro" make the team ours.)
// (fix55: and "nueva" before, "pa"/"p/" for "para", and a unit's name after a group word spanish-verbs.ts has put in
// English, "la llave del equipo de pagos-mx" → "la llave of unit pagos-mx".)
const LLAVE_OURS =
  /^\s*(?:(?:de\s+)?(?:api|aws|bedrock|acceso)\b|(?:nueva\s+)?(?:permanente|temporal|de\s+larga\s+duraci[oó]n|de\s+largo\s+plazo|de\s+servicio)\b|(?:nueva\s+)?(?:para|for)\s+(?:mi|nuestro|nuestra|my|our)\s+(?:equipo|unidad|team|unit)\b|(?:nueva\s+|nuevas\s+)?(?:de|del|para|pa|p\/|for|of|to|for\s+the|of\s+the)\s+(?:la\s+unidad\s+(?:de\s+)?|el\s+equipo\s+(?:de\s+)?|the\s+unit\s+|unit\s+|team\s+)?(?:`\s*[\p{L}\d]|[\p{L}\d]+[-_][\p{L}\d])|(?:nueva\s+)?(?:(?:for|of|to)\s+)?(?:unit|team)\s+`?[\p{L}\d]+[-_.][\p{L}\d])/iu;

/**
 * fix55: a key rotated, revoked, created or asked for with no place after it, "¿cómo hago para rotar una llave?",
 * "¿cómo pido una llave?", "genérame una llave": ours (the verb may be glossed by then, "rotate a"). A door's key is
 * "de"/"del" a place ("rota la llave del almacén").
 */
const LLAVE_AFTER_VERB =
  /(?:rot\p{L}*|revo\p{L}*|gener\p{L}*|cre[aeé]\p{L}*|create|delete|borr\p{L}*|elimin\p{L}*|pid\p{L}*|ped\p{L}*|ask\s+for|renew|renov\p{L}*|renuev\p{L}*)\s+(?:una|la|las|unas|mi|mis|nuestra|nuestras|the|a|my|our)\s+$/iu;
const LLAVE_OF_PLACE = /^\s*(?:nueva\s+)?(?:de|del|of|of\s+the|for\s+the|para|pa)\s/iu;

/**
 * fix46b, tuned-styles-nusantara: "expired 3 bulan", "expired 90 hari": the English word as the noun, the key's expiry,
 * before an Indonesian or Malay unit, which alone marks the language (FOREIGN_UNIT reads the unit in English first,
 * and then no word of the language is left for more-languages.ts's "expired 90 hari"). A key told expired ("udah
 * expired 3 hari", already; "expired 3 hari lalu", ago) stays.
 */
const EXPIRED_FOREIGN_UNIT_RE =
  /(?<![\p{L}])(?<!(?:udah|udh|sudah|dah|telah|baru)\s+)expired\s+(?=\d+\s*(?:hari|minggu|bulan|tahun)(?!\s*(?:lalu|lepas|yang\s+lalu|yg\s+lalu|ago)(?![\p{L}]))(?![\p{L}]))/giu;

/**
 * fix49k (hunt of look-alikes, Polish, Czech, Slovak, Ukrainian, Russian, Romanian): a value corrected by the
 * language's own "no", "token na 2h, nie, 3h", "token na 2h, ne, 5h", "токен на 2 години, ні, 4", "токен на 2 часа,
 * нет, 6", "token pe 2 ore, nu, 4", "token na 2h. nie, czekaj, 4h" (no, wait): read as English's "2h, no, 3h", which
 * corrects. Read before the languages are known, as the units are: a short text of a value and its correction has no
 * other word of its language. Only between a value and a number, with a stop after the "no": "ni 3 ni 4" (Spanish,
 * neither) and a "no" that begins a sentence of words stay as they are.
 */
const NO_BEFORE_VALUE_GATE = /[,;.]\s*(?:n[ieu]|н[еі])/iu;
const NO_BEFORE_VALUE_RE =
  /(?<=\d\s*\p{L}{0,10}\s*[,;.]+\s*)(?:nie|ne|nu|ні|нет|ні|не)(?:[\s,]+(?:czekaj|poczekaj|po(?:č|c)kej|po(?:č|c)kaj|stai|stop|стоп|стій|зачекај|зачекай|подожди|погоди|(?:sa)?(?:č|c)ekaj|stani|чекај|чекай|чакай|почекај))?\s*[,.!]+\s*(?=\d)/giu;

/** fix55: hours, the Spanish "y" and minutes ("2 hours y 15 minutes"). */
const HOURS_Y_MINUTES_RE = /(?<![\p{L}\p{N}])(\d+\s*hours?)\s+y\s+(?=\d+\s*minutes?(?![\p{L}]))/giu;

function translate(s: string): string {
  let out = s;
  if (out.includes('xpired')) out = out.replace(EXPIRED_FOREIGN_UNIT_RE, 'expiry ');
  if (NO_BEFORE_VALUE_GATE.test(out)) out = out.replace(NO_BEFORE_VALUE_RE, 'no, ');
  if (/\d\s*\p{L}/u.test(out))
    out = out.replace(FOREIGN_UNIT_RE, (m, n: string, unit: string) => {
      const en = FOREIGN_UNIT[unit.toLowerCase()];
      return en === undefined ? m : `${n} ${en}`;
    });
  // (fix55: "2 horas y 15 minutos", read "2 hours y 15 minutes" by then: the Spanish "and" between the two, whatever
  // else the message has.)
  if (out.includes(' y ')) out = out.replace(HOURS_Y_MINUTES_RE, '$1 and ');
  if (!GLOSSARY_TRIGGER_TESTS.some((re) => re.test(out))) return out;
  const langs = languagesOf(out);
  if (langs.size === 0) return out;
  // (fix50b: our changes said in a Romance language, in English before the words, romance-changes.ts; the languages are
  // those of the text as typed, so the words around them are read as before.)
  // (fix55: Spanish asking by its grammar, "que me des", "cómo hago para", "el equipo de X": spanish-verbs.ts; fix56: the
  // questions to the bot before them, "qué tan vieja es la key de X", "cuánta plata se fue en IA": spanish-questions.ts.)
  if (langs.has('es')) out = spanishPhrasesAsEnglish(spanishQuestionsAsEnglish(out));
  if (ROMANCE_CHANGE_GATE.test(out)) out = romanceChangesAsEnglish(out);
  for (const [re, en, lang] of PHRASES) if (langs.has(lang)) out = out.replace(re, en);
  // (fix38d: "avain spare-parts-searchille", "tender-drafts-fi:ltä": a name of ours without its Finnish case ending.)
  if (langs.has('fi')) out = finnishNameCases(out);
  // (A word in capitals is still translated once the text's language is known: "bitte NICHT den Key
  // rotieren" is not to be done; only languagesOf skips it, so "the MES team" is no Spanish.)
  out = out.replace(WORD_RE, (m, word: string, at: number, whole: string) => {
    // (fix22a: "key for team es", "una clave para es": a unit named "es" after a team or a "for", no verb.)
    if ((word === 'es' || word === 'ES') && ES_NAMED.test(whole.slice(Math.max(0, at - 8), at))) return m;
    // ("una llave api para pagos", "la llave de acceso de bedrock": a key of ours, no door's.)
    if (
      (word === 'llave' || word === 'llaves') &&
      (LLAVE_OURS.test(whole.slice(at + m.length, at + m.length + 48)) ||
        (LLAVE_AFTER_VERB.test(whole.slice(Math.max(0, at - 32), at)) &&
          !LLAVE_OF_PLACE.test(whole.slice(at + m.length, at + m.length + 24))))
    )
      return word === 'llave' ? 'key' : 'keys';
    const g = glossOf(word);
    const lang = g === undefined ? undefined : LANGS.find((l) => langs.has(l) && g[l] !== undefined);
    const en = lang === undefined ? undefined : g?.[lang]?.en;
    if (en === undefined) return m;
    return en === '' ? ' ' : en;
  });
  // "septiembre de 2026": the month and its year.
  out = out.replace(MONTH_OF_YEAR_RE, '$1 $2');
  // A message of nothing but thanks still thanks (left empty, it would read as a bare mention: help).
  if (!/[\p{L}\p{N}]/u.test(out)) return 'thanks';
  // Negation at the end of the clause, as German puts it: "ich brauche den Token nicht (mehr)",
  // "ich brauche keinen Token mehr" are "no longer need the token".
  // "bitte nicht den Key rotieren": the verb comes last, after what is not to be done to.
  out = out
    .replace(NEED_NO_RE, "don't need ")
    .replace(NEED_NOT_RE, 'no longer $1$2')
    .replace(NOT_VERB_LAST_RE, "don't $2 $1");
  // German and Dutch put the verb last: "bitte die Unit einkauf komplett entfernen" is "please remove
  // the unit einkauf completely".
  if (langs.has('tr')) out = turkishVerbFirst(out);
  // (fixforeign29: "drei Stunden, nein, vier" is "three hours, no, four" only now: the bare number of the
  // correction takes its unit as the English one did in the step before, "no, four hours".)
  if (SPOKEN_CORRECTION_WORD.test(out)) out = spokenCorrections(out);
  return langs.has('de') || langs.has('nl') || langs.has('af')
    ? out.replace(NOT_LAST_RE, "$1don't $3 $2").replace(VERB_LAST_RE, '$1$2$4 $3')
    : out;
}
/** The words of a spoken correction the glossary gives ("nein" → "no", "anzi" → "actually", "plutôt" → "rather", fix52a: "digo" → "i mean"). */
const SPOKEN_CORRECTION_WORD = /\b(?:no|actually|rather|mean)\b/i;
const MONTH_OF_YEAR_RE =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+of\s+(\d{4})\b/gi;
// (fix23b: "replace" and "renew" too, the Dutch "vervangen"/"vernieuwen" of requests23: "graag niet de key van x
// vervangen" was a rotate acted on.)
const LAST_VERB = 'rotate|delete|remove|revoke|disable|show|give|create|make|deprovision|replace|renew';
/**
 * "die Unit X bitte nicht löschen": "don't delete the unit X". (After the mark only spaces and tabs: a run of
 * line breaks, each a mark, was tried again from every break, seconds on "hoeveel" and 2,000 of them, fix22b.
 * review28: the spaces after a mark are the mark's when a clause follows them, or the verb's run when the clause is
 * empty (", nicht löschen"), never a line break's (a mark of its own); the clause starts and ends on a letter and holds at most 200 more characters. A mark and
 * its spaces shared with the clause, and the clause's spaces with the run after it, tried every split of a long
 * run of spaces: 1.9 s on a German word, a comma and 2,000 spaces.)
 */
const NOT_LAST_RE = new RegExp(
  String.raw`(^|[,.;:!?\n][ \t]*(?=[^,.;:!?\n\s])|[,.;:!?\n](?=[ \t]+\S))((?:[^,.;:!?\n\s](?:[^,.;:!?\n]{0,200}?[^,.;:!?\n\s])?)?)\s+(?:please\s+)?not\s+(${LAST_VERB})(?=\s*(?:please\s*)?(?:$|[,.;:!?\n]))`,
  'gi',
);
const VERB_LAST_RE = new RegExp(
  String.raw`(^|[,.;:!?\n][ \t]*)(please\s+)?((?:the|a|all|my|our)\s+[^,.;:!?\n\s](?:[^,.;:!?\n]{0,200}?[^,.;:!?\n\s])?)\s+(${LAST_VERB})(?=\s*(?:please\s*)?(?:$|[,.;:!?\n]))`,
  'gi',
);
// (review28: the object ends on a letter and holds at most 200 more characters; its spaces and the run after it
// were split every way, 1.8 s on "not the", 2,000 spaces and "not the".)
const NOT_VERB_LAST_RE =
  /\bnot\s+((?:the|a|an|any|my|our|all)\s+[^,.;!?\n\s](?:[^,.;!?\n]{0,200}?[^,.;!?\n\s])?)\s+(rotate|delete|revoke|remove|disable|deprovision|create|make|give|replace|renew)\b/gi;
const NEED_NO_RE = /\bneed\s+no\s+/gi;
const NEED_NOT_RE = /\b(need|needs)\b([^,.;!?\n]*?)\s+(?:not|no\s+longer)(?=\s*(?:$|[,.;!?\n]))/gi;

// ---------------------------------------------------------------------------------------------------
// Chat abbreviations.
const CHAT_RE = new RegExp(
  String.raw`${B}(?:(u|ur|abt|wat|wut|kk|dnt|tmrw|tmr|tmrrw|2moro|2morrow|ple{2,}a*s+e*|pleas+e{2,}|pleass+e*|plzz+|plss+|plis+|pliz+)|(r)(?=\s+(?:u|you|we|they|there|on|in|available|supported|offered|allowed)\b)|4(?=\s+(?:me|you|us|my|our)\b))${E}`,
  'giu',
);
const CHAT: Record<string, string> = {
  u: 'you',
  ur: 'your',
  abt: 'about',
  wat: 'what',
  wut: 'what',
  kk: 'ok',
  r: 'are',
  dnt: "don't",
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
};
/** "pleeease", "plis", "plzz": please, however it is stretched. */
const PLEASE_RE = /^(?:ple{2,}a*s+e*|pleas+e{2,}|pleass+e*|plzz+|plss+|plis+|pliz+)$/i;

// ---------------------------------------------------------------------------------------------------
/** A step: a cheap test ('i' mode) for whether it can apply, and the rewrite. */
/** The writer asked, in the passive, to do something: "I have been asked to", "we were asked, …, to". */
const WRITER_ASKED_SRC = String.raw`\b(i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:been|was|were|am|are)\s+asked(?:\s*,[^,.;!?\n]{1,200},)?\s+to\s+`;
const WRITER_ASKED_TEST = new RegExp(WRITER_ASKED_SRC, 'i');
const WRITER_ASKED_RE = new RegExp(WRITER_ASKED_SRC, 'gi');

interface Step {
  when: RegExp;
  run: (s: string) => string;
  /**
   * Words (or characters) of which the text in lower case has one wherever the test matches, or a
   * check of that kind: a text without them skips the test. (An ASCII letter of an 'i' test matches
   * only an ASCII letter, which the text in lower case has in lower case.)
   */
  need?: readonly string[] | ((lower: string) => boolean);
  /**
   * A cheaper test that holds only where `when` matches (speed39): where it holds, `when` is not run. It is
   * given the text and the text in lower case.
   */
  sure?: (s: string, lower: string) => boolean;
  /** A cheaper test with the same answer as `when.test` (speed42a); run instead of it where given. */
  test?: (s: string) => boolean;
}
const COMPASS = ['east', 'west', 'north', 'south', 'central'];
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** French elision: "d'Anthropic", "l'équipe facturation", "qu'on": the article or word, then a space. */
// (Not an English possessive of a spelled letter: "fraud m l's key".)
const ELISION_RE = /(?<![\w'’])(d|l|qu|j)['’](?!s\b)(?=[a-zàâéèêëîïôûùüÿœ])/gi;
const ELIDED: Record<string, string> = { d: 'de', l: 'le', qu: 'que', j: 'je' };

const STEPS: Step[] = [
  // French elision first: the word after it is read as itself ("modèles d'Anthropic" names a provider).
  {
    when: /(?<![\w'’])(?:d|l|qu|j)['’][a-zàâéèêëîïôûùüÿœ]/i,
    need: ["'", '’'],
    run: (s) => s.replace(ELISION_RE, (_m, w: string) => `${ELIDED[w.toLowerCase()] ?? w} `),
  },
  // (fix52c: Hungarian glossed into English by stem and ending, behind its own gate: hungarian-words.ts.)
  { when: HU_GATE, run: hungarianAsEnglish },
  // (fix54d: Singlish particles closing a clause, "unit lah,", "last week ah": sea-words.ts.)
  {
    when: SG_PARTICLE_GATE,
    need: ['lah', 'leh', 'lor', 'meh', 'hor', 'sia', 'ah'],
    run: withoutSinglishParticles,
  },
  // (fix54b: Vietnamese typed without its marks given them back, for the glossary's Vietnamese: vietnamese-marks.ts, the
  // one reader of unmarked Vietnamese since debt55. After the Singlish particles, which no Vietnamese word is: the two
  // steps touch no common word, so their order changes nothing.)
  { when: VI_UNMARKED_GATE, run: vietnameseMarks },
  // Dictation and spoken values.
  {
    when: /\b(?:minus|negative)\s/i,
    need: ['minus', 'negative'],
    run: (s) => s.replace(MINUS_RE, (_m, n: string) => `-${smallNumber(n)}`),
  },
  {
    when: /\spoint\s/i,
    need: ['point'],
    run: (s) => s.replace(POINT_RE, (_m, a: string, b: string) => `${smallNumber(a)}.${smallNumber(b)}`),
  },
  {
    when: /\shundred\b/i,
    need: ['hundred'],
    run: (s) =>
      s.replace(HUNDRED_RE, (_m, h: string, rest: string | undefined) => {
        const hundreds = /^(?:a|one)$/i.test(h) ? 1 : smallNumber(h);
        return String(hundreds * 100 + (rest === undefined ? 0 : smallNumber(rest)));
      }),
  },
  {
    when: /\b(?:twenty|two\s+thousand)\s+[a-z]|\bsig\s*v/i,
    need: ['twenty', 'thousand', 'sig'],
    run: (s) =>
      s
        .replace(SPOKEN_YEAR_RE, (all, twenties: string | undefined, thousands: string | undefined) => {
          const rest = twenties ?? thousands ?? '';
          const n = smallNumber(rest);
          if (n < 1 || n > 99) return all;
          return String(2000 + n);
        })
        .replace(SIGV4_RE, 'sigv4'),
  },
  {
    when: /\b(?:no|nope|wait|sorry|actually|mean|meant|make|rather|err+|erm+|um+|uh+|ok|okay)\b/i,
    run: spokenCorrections,
  },
  {
    when: /\b(?:hours?|hrs?|\dh)\s+(?:and\s+)?[a-z0-9]|\s(?:hours?|days?)\s+n\s/i,
    need: (l) => l.includes('hr') || l.includes('hour') || l.includes('day') || hasPair(DIGITS, 'h'),
    run: (s) =>
      s
        .replace(
          HOURS_THEN_MINUTES_RE,
          (all, hours: string, _and: string | undefined, minutes: string, at: number, whole: string) => {
            const m = smallNumber(minutes);
            // (fix41e, tuned-forms: "1) token 2) 6h 3) Frankfurt": the list's next item, no minutes.)
            if (nextListItem(whole, at, at + all.length)) return all;
            return m >= 1 && m <= 59 ? `${hours} ${m} minutes` : all;
          },
        )
        .replace(N_A_HALF_RE, ' and '),
  },
  {
    when: /\s(?:to|too|for)\s+(?:hours|minutes|days)\b/i,
    need: ['hours', 'minutes', 'days'],
    run: (s) => s.replace(TO_HOURS_RE, '$1 two ').replace(FOR_FOR_RE, 'for four '),
  },
  {
    when: /\s(?:comma|full\s+stop|question\s+mark|exclamation|new\s*line)\b/i,
    need: ['comma', 'full', 'question', 'exclamation', 'new'],
    run: (s) =>
      s.replace(
        SPOKEN_PUNCTUATION_RE,
        (_m, word: string) => PUNCTUATION_OF[word.toLowerCase().split(/\s+/)[0] ?? ''] ?? ' ',
      ),
  },
  {
    // "… for supply chain period owner is lee at acme dot com period": a dictated full stop, in a text
    // with no typed punctuation, where a sentence may end (not "the period of march", "a 90 day period").
    when: /\speriod\b/i,
    need: ['period'],
    run: (s) => (/[.,;!?]/.test(s) ? s : s.replace(SPOKEN_PERIOD_RE, '.')),
  },
  {
    when: /\sdot\s/i,
    need: ['dot'],
    run: (s) =>
      s.replace(SPOKEN_EMAIL_RE, (_m, local: string, domain: string) => {
        const join = (x: string): string =>
          x
            .trim()
            .replace(
              /\s+(dot|dash|hyphen|underscore)\s+/gi,
              (_s, w: string) => SPOKEN_CHARACTER[w.toLowerCase()] ?? '.',
            );
        return `${join(local)}@${join(domain)}`;
      }),
  },
  {
    when: /\s(?:dash|hyphen|underscore)\s/i,
    need: ['dash', 'hyphen', 'underscore'],
    run: (s) => s.replace(SPOKEN_NAME_RE, spokenName).replace(SPOKEN_NAME_RE, spokenName),
  },
  {
    when: /(?:^|[^\p{L}\p{N}])[a-z]\s+[a-z](?![\p{L}\p{N}])/iu,
    run: (s) =>
      s.replace(SPELLED_RE, (m, letters: string) => {
        const word = letters.replace(/\s+/g, '').toLowerCase();
        return SPELLED.has(word) ? word : m;
      }),
  },
  {
    when: new RegExp(String.raw`(?:east|west|north|south|central)[\s-]+${NUMBER_WORD}\b`, 'i'),
    need: COMPASS,
    run: (s) =>
      s.replace(
        SPOKEN_REGION_RE,
        (_m, area: string, dir: string, n: string) =>
          `${area} ${dir.replace(/[\s-]+/g, '')} ${UNITS[n.toLowerCase()] ?? n}`,
      ),
  },
  {
    when: new RegExp(String.raw`[a-z]{4}\s+(?:east|west|north|south|central)\s+(?:${NUMBER_WORD}|\d)\b`, 'i'),
    need: COMPASS,
    run: (s) =>
      s.replace(
        SPOKEN_LOOKALIKE_RE,
        (_m, area: string, dir: string, n: string) =>
          `${area.toLowerCase()}-${dir.toLowerCase()}-${UNITS[n.toLowerCase()] ?? n}`,
      ),
  },
  {
    when: /\b(?:for|of|the|unit|team|bu|called|named)\s+[a-z][a-z0-9]*\s+(?:19|20)\d\d\s+[a-z]/i,
    run: yearInsideNames,
  },
  {
    when: new RegExp(
      String.raw`\b(?:for|of|the|unit|team|bu|called|named|did|does|has|is|about)\s+[a-z][a-z0-9]*\s+(?:${TEN_WORDS}|${UNIT_WORDS}|[1-9]\d{2})`,
      'i',
    ),
    run: (s) => spokenNumbers(s, NAME_NUMBER_RE),
  },
  {
    when: CORRECTED_TO_NUMBERED_WHEN,
    need: SMALL_NUMBERS,
    run: correctedToNumbered,
  },
  {
    when: /\b(?:for|of|the|unit|team|bu|called|named)\s+[a-z][a-z0-9]*\s+(?:[a-z][a-z0-9]*\s+)?[a-z][a-z0-9]*\s+(?:two|three|four|five|six|seven|eight|nine|[2-9])\b/i,
    need: SMALL_NUMBERS,
    run: twoWordNameNumbers,
  },
  { when: NUMBERED_PLACE_WHEN, need: NUMBERED_PLACE_NEED, run: numberedPlaces },
  {
    when: /\b(?:for|the|unit|team|bu|squad|on|under|rotate|revoke|deprovision|offboard|decommission)\s+[a-z][a-z0-9]*\s+[1-9]\d?\b/i,
    need: () => hasPair(SPACES, NONZERO_DIGITS),
    run: (s) => spokenNumbers(s, SHORT_NAME_NUMBER_RE),
  },
  {
    when: new RegExp(String.raw`[a-z]\s+(?:${TEN_WORDS}|${UNIT_WORDS})['’]s\b`, 'i'),
    need: ["'s", '’s'],
    run: (s) => spokenNumbers(s, POSSESSIVE_NAME_NUMBER_RE),
  },
  // Phone typing.
  {
    when: /\b(?:token|tok|key|keys|apikey)(?:for|please|pls|plz|pleas|me|now|asap)|\b(?:please|pls|plz|for|token|tok)\d/i,
    need: () => hasPair('nkys', 'fpmna') || hasPair('eszrnk', DIGITS),
    run: (s) =>
      s
        .replace(GLUED_RE, (_m, noun: string, glue: string, value: string | undefined) => {
          const words = glue.match(/for|please|pls|plz|pleas|me|now|asap/gi) ?? [];
          return [noun, ...words, value ?? ''].join(' ').trim();
        })
        .replace(GLUED_NUMBER_RE, '$1 $2'),
  },
  {
    when: /\b(?:keu|kye|keyy|kry|jey|kwy)\b|\bde[\s-]+provision|\staken\s/i,
    need: ['keu', 'kye', 'keyy', 'kry', 'jey', 'kwy', 'provision', 'taken'],
    run: (s) =>
      s
        .replace(KEY_TYPO_RE, 'key')
        .replace(TAKEN_RE, '$1 token')
        .replace(SPLIT_VERB_RE, (_m, ending: string | undefined) => `deprovision${ending ?? ''}`),
  },
  {
    when: /(?:^|\s)\*[^\s*][^*\n]*$/,
    need: ['*'],
    run: (s) =>
      s.indexOf('*') === s.lastIndexOf('*')
        ? s.replace(STAR_FIX_RE, (_m, before: string, value: string) =>
            before === '' ? _m : ` , sorry i meant ${value}`,
          )
        : s,
  },
  {
    when: /^\s*(?:[/@][\w.-]+\s*)?(?:\?+|man\b[^\n]*)\s*$/i,
    need: ['?', 'man'],
    run: (s) => s.replace(ONLY_QUESTION_RE, '$1help'),
  },
  {
    when: /^\s*(?::key:|🔑)\s*(?:pls|please|plz|\?)/i,
    need: [':key:', '🔑'],
    run: (s) => s.replace(KEY_EMOJI_ONLY_RE, 'token $1'),
  },
  {
    when: /^\s*(?::key:|🔑)\s*for\s/i,
    need: [':key:', '🔑'],
    run: (s) => s.replace(KEY_EMOJI_FOR_RE, 'key '),
  },
  {
    when: /\(\s*[a-z0-9]+\s*\)/i,
    need: ['('],
    run: (s) =>
      s.replace(NUMBER_ECHO_RE, (m, a: string, b: string) => (smallNumber(a) === smallNumber(b) ? a : m)),
  },
  // (fix50a: a form's field names in Italian, Spanish, Catalan and Portuguese, "Scadenza: 30", "Tipo: access key", read as
  // the English fields below: romance-asks.ts.)
  { when: ROMANCE_FIELD_STEP, need: [':'], run: romanceFieldNames },
  // Command-line syntax.
  { when: /(?:^|[\s(,;])--?[a-z?]/i, need: ['-'], run: rewriteFlags },
  {
    when: new RegExp(String.raw`\b(?:${FIELD_NAMES})["']?\s*[=:]|\bexp\s+-?\d`, 'i'),
    need: ['=', ':', 'exp'],
    run: rewriteFields,
  },
  // Shorthand of commands.
  {
    when: /\b(?:rvke?|rot|descr?|decomm?|regen|mk|costs?)\b|\$/i,
    need: ['rvk', 'rot', 'desc', 'decom', 'regen', 'mk', 'cost', '$'],
    run: (s) =>
      s.replace(COMMAND_RE, (_m, start: string, lead: string, word: string) => {
        return `${start}${lead}${COMMAND_SHORTHAND[word.toLowerCase()] ?? word}`;
      }),
  },
  {
    when: /\b(?:rvke?|decomm?)\b/i,
    need: ['rvk', 'decom'],
    run: (s) => s.replace(ANYWHERE_RE, (m, w: string) => ANYWHERE_SHORTHAND[w.toLowerCase()] ?? m),
  },
  {
    when: /\b(?:rotate|revoke|regenerate)\s+all\b/i,
    need: (l) =>
      l.includes('all') && (l.includes('rotate') || l.includes('revoke') || l.includes('regenerate')),
    run: (s) => s.replace(VERB_ALL_RE, '$1$2$3 all keys'),
  },
  // (units27: "revoke all of em for billing": "em" is "them", the keys, never a unit's name.)
  {
    when: /\bof\s+['’]?em\b/i,
    need: ['em'],
    run: (s) => s.replace(OF_EM_RE, '$1 of them'),
  },
  { when: /\brevolt\b/i, need: ['revolt'], run: (s) => s.replace(REVOLT_RE, '$1$2revoke') },
  {
    when: /\b(?:hist|history|audit|logs?)\s+[a-z0-9][\w-]*\s*[?!.]*\s*$/i,
    need: ['hist', 'audit', 'log'],
    run: (s) => s.replace(HISTORY_OF_RE, '$1$2$3 of $4'),
  },
  {
    when: /\b(?:keys?|tokens?|units?)\s+(?:create|new|add|issue|generate)\b/i,
    need: ['create', 'new', 'add', 'issue', 'generate'],
    run: (s) => s.replace(NOUN_VERB_RE, '$1$2$4 $3'),
  },
  { when: /\s+tem\s/i, need: ['tem'], run: (s) => s.replace(TEAM_TYPO_RE, '$1 team') },
  { when: /\bkey\s+api\b/i, need: ['api'], run: (s) => s.replace(KEY_API_RE, 'api key') },
  { when: /\bsept\b/i, need: ['sept'], run: (s) => s.replace(SEPT_RE, 'september') },
  {
    when: /\bbedrock[-_](?:token|tok|key|keys|creds)\b/i,
    need: ['bedrock'],
    run: (s) => s.replace(TOOL_NAME_RE, '$1$2bedrock $3'),
  },
  {
    when: /\b(?:rvk|rot|deprov|decom|regen|mk)(?:['’]?d|ed)\b/i,
    need: ['rvk', 'rot', 'deprov', 'decom', 'regen', 'mk'],
    run: (s) => s.replace(PAST_RE, (m, word: string) => PAST_SHORTHAND[word.toLowerCase()] ?? m),
  },
  {
    when: new RegExp(String.raw`\b(?:help|usage|man)\s+(?:${Object.keys(HELP_SHORTHAND).join('|')})\b`, 'i'),
    need: ['help', 'usage', 'man'],
    run: (s) =>
      s.replace(HELP_RE, (m, help: string, word: string) => {
        const full = HELP_SHORTHAND[word.toLowerCase()];
        return full === undefined ? m : `${help} ${full}`;
      }),
  },
  // Other languages: how long first (no language needs detecting for "una hora", "un'ora"), then words.
  // (fix50a: durations said in words in Italian, Catalan, Romansh and Galician, and "per" before them: romance-asks.ts.)
  { when: ROMANCE_SPAN_STEP, need: ROMANCE_SPAN_NEED, run: romanceSpans },
  {
    when: FOREIGN_HOUR_STEP,
    // (fix49e: and Romanian "o oră și jumătate", an hour and a half.)
    need: [
      'ora',
      'heure',
      'ore',
      'stunde',
      'godzin',
      'hodin',
      'minutu',
      'per',
      'ruoi',
      'rưỡi',
      'horit',
      'et demie',
      'et quart',
      'jum',
      // (fix56: "1 h y media".)
      'y media',
    ],
    run: foreignHours,
  },
  // (fix49h, tuned-styles-francophone: French years, an age and a validity: frenchYears.)
  { when: FR_YEARS_STEP, need: ['ans', ' an', 'année', 'annee', 'valable'], run: frenchYears },
  // (fix43a, tuned-seafood: Danish and Norwegian hours right after the token, "Token, 4 timer, Europe (Stockholm)", "token
  // 3 timer": a number of "timer" there is how long, as "i 4 timer" is; "timer" alone is an English word, "egg timer".)
  { when: TOKEN_TIMER_TEST, need: ['timer'], run: (s) => s.replace(TOKEN_TIMER_RE, '$1$2 hours') },
  // (fix46g: Thai counts of time and periods, run together with the words around them: thai-words.ts.)
  { when: THAI_COUNT_STEP, need: THAI_COUNT_WORDS, run: thaiCounts },
  {
    when: GLOSSARY_STEP,
    need: mayHaveGlossaryWord,
    sure: surelyGlossaryStep,
    test: glossaryStepTest,
    run: translate,
  },
  // (fix50b: our changes, their history, periods and spend in the Romance languages, phrase by phrase, romance-changes.ts:
  // here for a text the glossary has no word of, Catalan's, Galician's and Romansh's; in one it has, translate reads them
  // first, its languages found on the text as typed.)
  { when: ROMANCE_CHANGE_GATE, run: romanceChangesAsEnglish },
  { when: /\bfor\s+for\s+bu\b/i, need: ['bu'], run: (s) => s.replace(/\bfor\s+for\s+bu\b/gi, 'for bu') },
  // Chat abbreviations.
  {
    when: /\b(?:u|ur|abt|wat|wut|kk|dnt|tmrw|tmr|tmrrw|2moro|2morrow|ple{2,}a*s+e*|pleas+e{2,}|pleass+e*|plzz+|plss+|plis+|pliz+)\b|\b(?:r|4)\s+(?:u|you|we|they|there|on|in|me|us|my|our|available|supported|offered|allowed)\b/i,
    run: (s) =>
      s.replace(
        CHAT_RE,
        (m) => CHAT[m.toLowerCase()] ?? (m === '4' ? 'for' : PLEASE_RE.test(m) ? 'please' : m),
      ),
  },
  { when: /\bw\/o\b/i, need: ['w/o'], run: (s) => s.replace(/\bw\/o\b/gi, 'without') },
  // (fix52g, tuned-styles-lay: "cancel it" said of a leaked or misused key revokes it: cancel-compromised.ts.)
  { when: CANCEL_IT_TEST, need: ['cancel'], run: cancelCompromised },
  // (fix52g, tuned-styles-anglo: "ad-copy-gen can be fully deprovisioned" gives the go-ahead: passive-go-ahead.ts.)
  { when: PASSIVE_GO_AHEAD_TEST, need: ['can'], run: passiveGoAhead },
  // buried28: "I have been asked to request an API key for …", "I have been asked, following last week's
  // discussion, to request …": the writer asked in the passive reads as "they asked me to …" does (a request
  // passed on through the writer, asked about; README "Lay names and the letter around a request"). An aside
  // between "asked" and "to" is left out.
  {
    when: WRITER_ASKED_TEST,
    need: ['asked'],
    run: (s) =>
      s.replace(
        WRITER_ASKED_RE,
        (_m, who: string) => `they asked ${who.toLowerCase() === 'we' ? 'us' : 'me'} to `,
      ),
  },
];

/**
 * One test that finds whether any rewrite could apply (the fast path for ordinary text), run on the
 * text in lower case: matching without the 'i' flag is twice as fast. (speed57: the steps' alternatives tried
 * apart, each where the text holds the pairs of letters it needs, pair-gated.ts: the same answer as the joined
 * pattern, which took 3-4 ms on a text of 150 characters.)
 */
const TRIGGER_ALL = new PairGated(
  STEPS.filter((step) => !step.when.unicode).map((step) => step.when.source),
  '',
);
/**
 * The steps whose test needs the 'u' flag (the spelled letters' `[^\p{L}\p{N}]`), tried on their own: joined into the
 * pattern above, without the flag, `\p{L}` would be read as the letters "p{L}" (round forty-six).
 */
const UNICODE_WHENS = STEPS.filter((step) => step.when.unicode).map((step) => step.when);
const TRIGGER = {
  test: (lower: string): boolean => TRIGGER_ALL.test(lower) || UNICODE_WHENS.some((when) => when.test(lower)),
};

/**
 * Each step's need as one check on the text in lower case: a need list becomes one pattern of its
 * words as literals, without flags (as `includes` does, it matches the same UTF-16 code units; one
 * pass of a pattern is cheaper than a scan of the text per word).
 */
const NEEDS: readonly (((lower: string) => boolean) | RegExp | undefined)[] = STEPS.map(({ need }) =>
  need === undefined || typeof need === 'function'
    ? need
    : new RegExp(need.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
);

/**
 * The pairs of adjacent characters of the text in lower case, marked once per text (a character past
 * ASCII counts as 127): a need word some pair of which the text lacks is not in it, and a need list
 * none of whose words has all its pairs in the text skips its pattern. (Only a skip is decided here;
 * the pattern itself decides otherwise, so what is found is the same.)
 */
const SEEN_PAIR = new Uint32Array(128 * 128);
const SEEN_ONE = new Uint32Array(128);
let seenStamp = 0;

function markPairs(lower: string): void {
  if (seenStamp === 0xffffffff) {
    SEEN_PAIR.fill(0);
    SEEN_ONE.fill(0);
    seenStamp = 0;
  }
  const stamp = ++seenStamp;
  let prev = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = Math.min(lower.charCodeAt(i), 127);
    SEEN_ONE[c] = stamp;
    if (prev >= 0) SEEN_PAIR[prev * 128 + c] = stamp;
    prev = c;
  }
}

/** The characters \s matches below U+0080, and 127, which stands for every character past ASCII. */
const SPACES = '\t\n\v\f\r \x7f';
const DIGITS = '0123456789';
const NONZERO_DIGITS = '123456789';

/**
 * Whether the text marked last has a character of `firsts` right before one of `seconds` (a cheap
 * need: a test that matches there has such a pair in the text in lower case).
 */
function hasPair(firsts: string, seconds: string): boolean {
  const stamp = seenStamp;
  for (let i = 0; i < firsts.length; i++) {
    const row = firsts.charCodeAt(i) * 128;
    for (let k = 0; k < seconds.length; k++)
      if (SEEN_PAIR[row + seconds.charCodeAt(k)] === stamp) return true;
  }
  return false;
}

/** Whether the text marked last has a digit. */
function hasDigit(): boolean {
  for (let c = 48; c <= 57; c++) if (SEEN_ONE[c] === seenStamp) return true;
  return false;
}

/** A need word as the pairs it has (or, one character long, the character as -1 - code). */
function pairsOf(word: string): Int32Array {
  const codes = Array.from({ length: word.length }, (_, i) => Math.min(word.charCodeAt(i), 127));
  if (codes.length === 1) return Int32Array.of(-1 - (codes[0] as number));
  return Int32Array.from(codes.slice(1), (c, i) => (codes[i] as number) * 128 + c);
}

const NEED_PAIRS: readonly (readonly Int32Array[] | undefined)[] = STEPS.map(({ need }) =>
  need === undefined || typeof need === 'function' ? undefined : need.map(pairsOf),
);

/** Whether the text marked last may have the word: every pair of it is there. */
function mayHave(pairs: Int32Array): boolean {
  const stamp = seenStamp;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k] as number;
    if ((p < 0 ? SEEN_ONE[-1 - p] : SEEN_PAIR[p]) !== stamp) return false;
  }
  return true;
}

/**
 * Whether the text in lower case (the text marked last) has what step i needs (every step without a
 * need list does).
 */
function hasNeed(i: number, lower: string): boolean {
  const need = NEEDS[i];
  if (need === undefined) return true;
  if (typeof need === 'function') return need(lower);
  const words = NEED_PAIRS[i] as readonly Int32Array[];
  for (let w = 0; w < words.length; w++) if (mayHave(words[w] as Int32Array)) return need.test(lower);
  return false;
}

/**
 * Each step's part of TRIGGER on its own (round forty-seven): TRIGGER_ALL is these patterns joined without flags (none
 * has a numbered back-reference, so each alternative matches alone what it matches in the join) and the 'u' steps'
 * tests as they are; so TRIGGER holds when any one of these does, whichever is tried first.
 */
const TRIGGER_PARTS: readonly RegExp[] = STEPS.map((step) =>
  step.when.unicode ? step.when : new RegExp(step.when.source),
);
/**
 * TRIGGER on a text the steps changed: the first changing step's own part is tried first (it nearly always holds, a
 * short scan), and the whole TRIGGER only when it does not (round forty-seven: TRIGGER's 4 KB join tried at every
 * position of a changed text was 4% of a parse's time).
 */
function triggeredAfterChange(lower: string, first: number): boolean {
  return (first >= 0 && (TRIGGER_PARTS[first] as RegExp).test(lower)) || TRIGGER.test(lower);
}

function rewriteProse(input: string): string {
  return proseRewritten(input).text;
}

/** The steps' rewrite of a text, and the first step that changed it (-1: none), for triggeredAfterChange. */
function proseRewritten(input: string): { text: string; first: number } {
  let s = input;
  let lower = s.toLowerCase();
  let first = -1;
  markPairs(lower);
  for (let i = 0; i < STEPS.length; i++) {
    const step = STEPS[i] as Step;
    if (
      hasNeed(i, lower) &&
      (step.sure?.(s, lower) === true || (step.test === undefined ? step.when.test(s) : step.test(s)))
    ) {
      const next = step.run(s);
      if (next !== s) {
        if (first < 0) first = i;
        s = next;
        lower = s.toLowerCase();
        markPairs(lower);
      }
    }
  }
  return { text: s, first };
}

/**
 * Rewrites the surface forms above into the forms the parser reads. Fenced code blocks (```…```) are
 * left as they are, except that a field line in them ends where it ends ("team: ad-ranker").
 */
export function rewriteSurface(text: string): string {
  // Nearly every text matches TRIGGER, and a text the steps leave as it is comes back as it is either
  // way: so the steps run first, and TRIGGER is tested only on a text they changed (where it decides,
  // as before, whether the change stands).
  if (!text.includes('```')) {
    const { text: out, first } = proseRewritten(text);
    return out === text || triggeredAfterChange(text.toLowerCase(), first) ? out : text;
  }
  if (!TRIGGER.test(text.toLowerCase())) return text;
  return text
    .split('```')
    .map((part, i) => (i % 2 === 1 ? endFieldLines(part) : rewriteProse(part)))
    .join('```');
}
