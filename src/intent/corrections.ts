/**
 * Corrections inside one message: a value replaced later ("6h, no wait, 8h", "rotate sales, no wait,
 * sales-ops", "log for hr-bot — sorry, hr-analytics", "details for recsys, err, recsys-v2", "30 min***
 * 40 min"), and values said not to be meant ("no not in us-east-1, in frankfurt", "not virginia —
 * oregon"). Works on the prepared text (lowercase, values as placeholder words).
 */
import { isNameWord } from './business-unit.js';
import type { DurationFound } from './durations.js';
import { anyOf, CORRECTS, markersOf, WITHDRAWS } from './correction-markers.js';
import { LEXICON, VERB_TAGS } from './lexicon.js';
import { matchesOf } from './match-all.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';

/** Words that say the value before them was wrong (or take it back, a new value after them). */
const MARKER = new RegExp(
  String.raw`\b${anyOf(
    markersOf(CORRECTS),
    markersOf(WITHDRAWS),
    String.raw`not\s+[a-z0-9_]+\s*,?\s*but`,
    // (fix43c, tuned-styles-eastwest: the name taken back after "sorry"/"no", or before a colon, and the one meant after
    // it with no "but": "> rotate key for loyalty-chat ⏎ sorry not loyalty-chat, ota-mapper", "scusa, non X: Y".)
    String.raw`not(?<=\b(?:sorry|oops|no|nope|nah|wait)[\s,.!]*not)\s+[a-z0-9_]+\s*[,:;]\s*(?=[a-z0-9])`,
    String.raw`not\s+[a-z0-9_]+\s*:\s*(?=[a-z0-9])`,
    String.raw`hm+\s*,?\s*no`,
    String.raw`no(?=\s*,|\s+(?:for|just)\s)(?!\s+just\s+kidding)`,
    // ("rotate the ads key? no — the growth key": a "no" right after a question, then the name meant.)
    String.raw`(?<=\?\s*)no(?=\s*[—–-])`,
  )}\b`,
  'g',
);

/**
 * Does the text correct itself (beyond what discourse.ts finds: "err", "oops", "typo")? (fix61: the name after "no,"
 * may close with a group noun or a please, "…, nope, the mapping lab", "…? nope, pelican please", as negation.ts's
 * unitNamedAlone reads it: the unit corrected to is the one acted on.)
 */
export function correctsItself(text: string): boolean {
  return (
    /\?\s*(?:no|nope|nah)\s*[,.!]\s*(?:(?:please|pls|just)\s+)?(?:revoke|rotate|deprovision|delete|offboard|create|make)\s+(?:the\s+)?(?:key|keys|api_key|access_key)\s+(?:for|of)\s+[a-z0-9_]+\s*(?:$|[,.!?])|\b(?:err+|erm+|oops|typo)\b|\bno\s+(?:for|just)\s+[a-z0-9_]|\bwait\b\s*(?:[,.:!]|no\b)|\bhm+\s*,?\s*no\b|(?:^|[,;.!?\n-])\s*(?:no|nah|nope)\s*,\s*(?:sorry\s*,?\s*)?(?:for\s+|the\s+)?[a-z0-9_]+(?:'s|')?(?:\s+(?:key|keys|one|unit|team|lab|labs|squad|crew|pod|guild|tribe|chapter|studio|bureau|cell))?(?:\s+(?:please|pls|plz|thanks|thx|ty|instead|then|sorry))*\s*(?:$|[,.!?])|(?:^|[,;.!?\n-])[^\S\n]*(?:no|nah|nope)(?:[^\S\n]*,)?[^\S\n]*the\s+[a-z][a-z0-9_]*\s+[a-z][a-z0-9_]*\s+(?:key|one|team)(?:\s+(?:please|pls|plz))?[^\S\n]*(?:$|[,.!?])/.test(
      text,
    ) ||
    (ENOUGH_GUARD.test(text) && ENOUGH_AFTER.test(text))
  );
}

/** "a token for 12h? hmm, that's overkill, 6h is enough": a later value said to suffice replaces one before. */
const ENOUGH_GUARD = /enough|plenty|fine|ok|sufficient/;
const ENOUGH_AFTER =
  /\bxx(dur|region)\b.*\bxx\1\s+(?:is|would\s+be|will\s+do|should\s+do|does\s+it)\s+(?:(?:also|more\s+than|really|totally|just|probably)\s+)?(?:enough|plenty|fine|ok|okay|sufficient)\b(?!\s+(?:too|as\s+well)\b)/;

/** A correction's name said before "I mean", after a comma or a dash (and "ah nope", "no wait"), ending its clause. */
const NAME_THEN_I_MEAN =
  /([,;]|\s-)[^\S\n]*((?:(?:ah+|oh+|no+|nope|nah|wait|sorry|err+|erm+)\b[^\S\n]*[,.!]?[^\S\n]*)*)((?:the[^\S\n]+)?[a-z][a-z0-9_-]*(?:'s)?(?:[^\S\n]+(?:key|one|team|unit))?)[^\S\n]+i[^\S\n]+mean(?=[^\S\n]*(?:$|[,.!?\n]))/g;

/** Words between a pair of "**" (Markdown bold), set apart from the words around them. */
const MARKDOWN_BOLD = /(^|[\s(])\*\*([^*\n]+?)\*\*(?=$|[\s).,!?:;—–-])/g;

/**
 * Rewrites written forms of a correction so that the rest of the parser reads them as one: a
 * trailing "***" after a value (Slack's way to say "I correct that") and "no, make it …" (a
 * correction, not a refusal: the negation finder must not cut it).
 */
export function normalizeCorrections(lower: string): string {
  let s = lower;
  // (dev28: Markdown bold typed out of habit, "Do **not** revoke", is the words in it, not a "***" correction.)
  if (s.includes('**')) s = s.replace(MARKDOWN_BOLD, '$1$2').replace(/(\S)\*{2,}(?=\s|$)/g, '$1 , actually ');
  // "token 4h in sydney\n*melbourne": a line that starts with "*" (and is not bold) corrects the one before.
  if (s.includes('\n*')) s = s.replace(/\n\s*\*(?=[a-z0-9])(?![^\n]*\*)/g, '\n actually ');
  // "4 Stunden, ach nein, 6 Stunden": German for "oh no, …" takes the value back.
  if (s.includes('nein')) s = s.replace(/\bach\s+nein\b|\bnein\s+doch\b/g, 'no wait');
  // "for a few hours? let's say 5": the number given after "let's say" replaces the value before it.
  if (s.includes('say')) s = s.replace(/\blet'?s\s+say\s+(?=\d)/g, 'make it ');
  // "revoke route-explain's key - ah nope, eta-apology I mean": the name meant said before "I mean", at the
  // end of its clause, is read as it is after it ("…, I mean eta-apology").
  if (s.includes('mean')) s = s.replace(NAME_THEN_I_MEAN, '$1 $2 i mean $3');
  // (fix37b, tuned-dating: "don't revoke the ads key, rotating it is enough": the other command said enough, after
  // the one declined, is asked as "just rotate it".)
  if (s.includes('enough') && DECLINED_COMMAND.test(s))
    s = s.replace(
      COMMAND_ENOUGH,
      (_m, verb: string, what: string) => `just ${COMMAND_OF[verb] ?? verb} ${what}`,
    );
  // fix53f (English styles): "key for search-v2, 90 days. hmm, 30 is safer", "token 6h, 4h is probably better": a later
  // value judged the better one after a value is the one meant, as "make it 30" says (not "12h would be better but ok").
  if (/safer|better|wiser|smarter|saner/.test(s) && /\d/.test(s))
    s = s.replace(BETTER_VALUE, '$1make it $2 ');
  return s.includes('make') ? s.replace(/\bno\b[,.!]?\s+(?=make\s+(?:it|that)\b)/g, ' ') : s;
}

/** A number after an earlier one, said to be the better value ("…, 30 is safer", "4h would be better"). */
const BETTER_VALUE =
  /(?<=\d.*?)((?:^|[\s,.;:!?—–-])(?:(?:hm+|ok|okay|well|so|then|maybe|but)[,.]?\s+)*)(\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)?)\s+(?:is|would\s+(?:(?:probably|prob|definitely|def|likely|maybe)\s+)?be|'d\s+be|seems|sounds|feels)\s+(?:(?:probably|prob|much|way|a\s+lot|maybe|definitely|def|likely)\s+)?(?:safer|better|wiser|smarter|saner)\b(?!\s*(?:,\s*)?(?:but|than|though|tho|too|for\s+(?:the|a|an|next)|next))/g;

/** A command of ours declined: "don't revoke", "do not deprovision", "no need to revoke". */
const DECLINED_COMMAND =
  /\b(?:don'?t|do\s+not|dont|no\s+need\s+to|pls\s+don'?t|please\s+don'?t)\s+(?:\w+\s+)?(?:revoke|rotate|deprovision|delete)\b/;
/** Another command of ours said to be enough: "rotating it is enough", "revoking them would be fine". */
const COMMAND_ENOUGH =
  /\b(rotating|revoking|deprovisioning)\s+(it|them|that|the\s+key|the\s+keys)\s+(?:is|would\s+be|will\s+be|should\s+be)\s+(?:(?:just|totally|probably|more\s+than)\s+)?(?:enough|sufficient|plenty)\b/g;
const COMMAND_OF: Record<string, string> = {
  rotating: 'rotate',
  revoking: 'revoke',
  deprovisioning: 'deprovision',
};

/**
 * "not in us-east-1", "instead of 2h", "not this month", "scratch zurich", "forget frankfurt": a value
 * the text says it does not mean, or takes back.
 */
const NEGATED_VALUE =
  /\b(?:not|instead\s+of|rather\s+than|scratch|forget(?:\s+about)?)\s+(?:(?:in|at|from|for|the|a|an)\s+)*(xxregion|xxdur|xxperiod)\b/g;

/**
 * A value offered only if the one asked for cannot be had ("token in us-east-2, and if that fails,
 * virginia is fine too", "2h in oregon, otherwise ireland", "frankfurt; as a fallback paris"): the
 * value asked for stays the request's, the fallback is none of its values.
 */
const FALLBACK_GUARD = /\b(?:if|otherwise|failing|fallback|backup|else|too|as\s+well)\b/;
const FALLBACK =
  /\b(?:if\s+(?:that|it|this|not)(?:\s+(?:one|region))?\s+(?:fails|failed|doesn'?t\s+work|does\s+not\s+work|won'?t\s+work|isn'?t\s+(?:possible|available|supported|an\s+option)|is\s+not\s+(?:possible|available|supported|an\s+option)|(?:can'?t|cannot)\s+be\s+done|is\s+(?:full|down))|if\s+not|otherwise|failing\s+that|as\s+a\s+(?:fallback|backup|plan\s+b)|or\s+else)\s*[,:-]?\s*(?:(?:then|use|try|in|maybe|go\s+with)\s+)*(xxregion|xxdur)\b|(?<=\bxx(region|dur)\b.*)\b(xxregion|xxdur)\s+(?:(?:is|would\s+be)\s+(?:also\s+)?(?:fine|ok|okay|good|acceptable)|works?|will\s+do)\s+(?:too|as\s+well)\b/g;

/** Ranges of the placeholder words of values the text says it does not mean. */
export function negatedValueRanges(text: string): [number, number][] {
  if (!text.includes('xx')) return [];
  const out: [number, number][] = [];
  if (FALLBACK_GUARD.test(text)) fallbackValues(text, out);
  for (const m of matchesOf(text, NEGATED_VALUE)) {
    const word = m[1] ?? '';
    const at = m.index + m[0].length - word.length;
    out.push([at, at + word.length]);
  }
  return out;
}

/** The values offered only as a fallback (FALLBACK) whose kind the text states before them. */
function fallbackValues(text: string, out: [number, number][]): void {
  for (const m of matchesOf(text, FALLBACK)) {
    const word = m[1] ?? m[3] ?? '';
    // (Only a second value of a kind is a fallback: "if that fails, frankfurt" alone states none before.)
    if (m[1] !== undefined && !text.slice(0, m.index).includes(word)) continue;
    if (m[3] !== undefined && m[2] !== m[3].slice(2)) continue;
    const at = m.index + m[0].lastIndexOf(word);
    out.push([at, at + word.length]);
  }
}

/** Words between a correction marker and the new name ("sorry, I meant the sales-ops team"). */
const LEAD =
  /^(?:[\s,.:;!*_-]+|the\s+one\s+(?:for|of)\b|i\s+meant\b|i\s+mean\b|meant\b|typo\b|oops\b|it'?s\b|it\s+is\b|should\s+be\b|make\s+(?:it|that)\b|for\b|the\b|bu\b|team\b|unit\b|to\s+(?:say|type|write)\b|to\b|was\b|is\b|actually\b|wait\b|sorry\b|no\b|just\b|only\b|err+\b|erm+\b|i\s+think\b|one\s+(?:for|of)\b)+/;
/** The new name, then what may close it: "sales-ops team", "the graphics desk", "the ads-measurement one", "voice-ai's", "benchmarks'". */
const NAME_THEN_END =
  /^([a-z0-9_]+(?:\s+[a-z0-9_]+){0,2}?)(?:'s|')?\s*((?:\s(?:team|desk|office|squad|crew|unit|key|keys|one|please|pls|plz|instead|then|thanks|thx|sorry))*)(?:'s|')?\s*(?:[,.!?();]|$)/;

/** A name said to be the right one after all ("sorry, robotics is correct", "ads was right"). */
const NAME_SAID_RIGHT = /^([a-z0-9_]+)\s+(?:is|was)\s+(?:correct|right)\b/;

/** A key said after the command and before the unit's name ("rotate key pmb_bot", "revoke the key for fraud_batch"). */
const KEY_BEFORE_NAME =
  /^(?:(?:api|access)[\s_]+)?(?:key|keys|creds|credentials)\s+(?:(?:for|of|on)\s+)?(?=[a-z0-9])/;

/** Words that end a name said aloud ("billing api", "etl nightly") though alone they name nothing. */
const SPOKEN_TAILS = new Set([
  'api',
  'ai',
  'dev',
  'prod',
  'staging',
  'nightly',
  'daily',
  'weekly',
  'hourly',
  'week',
  'docs',
  'doc',
]);

/** "wait for marco", "let's wait for Priya", "wait for sam to": a person waited for, at the marker's tail. */
const WAIT_FOR_PERSON =
  /^(?:[\s,.:;!*_-]+|(?:no|nope|nah|actually|hm+|ok|okay|sorry|oh|ah)\b)*(?:(?:let'?s|better|just|we\s+should|i'?ll|we'?ll)\s+)?wait\s+(?:for|on)\s+([a-z]+)\b(?!-)/;
const waitedPerson = (text: string): boolean => {
  const who = WAIT_FOR_PERSON.exec(text)?.[1];
  return (
    who !== undefined &&
    (GIVEN_NAMES.has(who) || COMMON_GIVEN_NAMES.has(who) || /^(?:him|her|them|my|the|our)$/.test(who))
  );
};

/** The name after one correction marker ("… — I meant the sales-ops one"), or null. */
function nameAfter(text: string): string | null {
  let rest = text.replace(LEAD, '');
  // fix52f: "rotate the ads key — actually no, wait for marco": waiting for a person puts the request off, it names
  // no new unit ("… no wait for billing api" still corrects: no given name).
  if (waitedPerson(text)) return null;
  // "rot geo-routing, no wait, rot geo-api": the command said again before the name. (fix37c, tuned-crypto: a whole
  // word, not a name's first part, "I meant listing-memos-v2" names "listing_memos_v2".)
  const verb = /^[a-z]+(?![\w-])/.exec(rest)?.[0];
  if (verb !== undefined && VERB_TAGS.has(LEXICON[verb] ?? ''))
    // (fix60 units: and the key named before the unit, "no, revoke the key for fraud-batch", "I meant rotate key pmb-bot".)
    rest = rest.slice(verb.length).replace(LEAD, '').replace(KEY_BEFORE_NAME, '').replace(LEAD, '');
  // (fix60 units: "…, no wait, rotate key robotics-lab… sorry, robotics is correct": the first name said right again.)
  const right = NAME_SAID_RIGHT.exec(rest)?.[1];
  if (right !== undefined && isNameWord(right) && !(right in LEXICON)) return right;
  const m = NAME_THEN_END.exec(rest);
  const name = m?.[1];
  if (name === undefined) return null;
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  // ("… no wait for billing api", "… no for etl nightly": a spoken name may end in such a word.)
  if (
    first.startsWith('xx') ||
    first in LEXICON ||
    !isNameWord(first) ||
    !words.every((w, k) => isNameWord(w) || (k > 0 && k === words.length - 1 && SPOKEN_TAILS.has(w)))
  )
    return null;
  // ("… no — for the graphics desk": the group noun that closes the name is part of it, as "team" is.)
  const group = /\b(?:team|desk|office|squad|crew)\b/.exec(m?.[2] ?? '')?.[0];
  return group === undefined ? name : `${name} ${group}`;
}

/**
 * The unit a text corrects itself to ("rotate sales, no wait, sales-ops" → "sales_ops", "key for the
 * supply-chain team — I meant supply-planning, sorry" → "supply_planning", "revoke the infra-cost key,
 * no sorry, the infra-billing key" → "infra_billing"): the name right after the last correction
 * marker that is followed by one (a new sentence after the marker is no correction). Null when the
 * text corrects nothing or something else (a duration, a Region).
 */
export function correctedUnit(text: string): string | null {
  const ends: number[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) ends.push(m.index + m[0].length);
  for (let k = ends.length - 1; k >= 0; k--) {
    // (fix52f: the marker "wait" itself, then "for marco": a person waited for, no name given.)
    if (text.slice(0, ends[k]).endsWith('wait') && waitedPerson(`wait${text.slice(ends[k])}`)) continue;
    const name = nameAfter(text.slice(ends[k]));
    if (name !== null) return name;
  }
  return null;
}

const BARE_NUMBER =
  /\b(?:should\s+be|make\s+(?:it|that)|instead|rather|but\s+(?:this|the\s+new)\s+one)\s+(?:(?:just|only|be|is)\s+)*(\d+(?:\.\d+)?)(?=\s*(?:$|[,.!?)]|\s+(?:please|pls|instead|then|is|will|should)\b))/;

/**
 * A bare number given as the value wanted after a duration that was not the request's ("the last
 * one lasted 90 days but this one should be 30"): a duration in that unit, and the text with it as
 * a placeholder; or null.
 */
export function bareNumberAfter(
  text: string,
  unitSeconds: number,
): { text: string; found: DurationFound } | null {
  const m = BARE_NUMBER.exec(text);
  const n = m?.[1];
  if (m === null || n === undefined) return null;
  const at = m.index + m[0].length - n.length;
  return {
    text: `${text.slice(0, at)}xxdur${text.slice(at + n.length)}`,
    found: {
      seconds: Math.round(Number(n) * unitSeconds),
      dayUnit: unitSeconds >= 86_400,
      stated: n,
      unitSeconds,
    },
  };
}

/**
 * A withdrawal word said to replace the value before it, not the request ("tok 2h apse2 scratch that
 * apse1", "key for dq-checks. scratch that, dq-monitor", "usw2 > nvm usw1", "token 2h, nah make it
 * 4", "rotate payments... no sorry, payouts"): what follows it is a new value or name, and then its
 * clause ends ("nvm, in 2 weeks maybe", "nvm 2 people still use it" take the request back). Anchored:
 * read at the withdrawal word.
 */
const WITHDRAWAL_THEN_VALUE = new RegExp(
  `^${anyOf(markersOf(WITHDRAWS))}\\b` +
    String.raw`[\s,.:;!>-]*(?:(?:ok|okay|sorry|i\s+mean|i\s+meant|meant|actually|make\s+(?:it|that)|just|only|the|for|in|to|it'?s|should\s+be)\b[\s,.:;!-]*)*(?:(?:xx(?:dur|region|keyid|email|user|period)\b|\d+\b)(?:\s+(?:in|for|at)\s+[a-z0-9_-]+)?\s*(?:(?:instead|then|please|pls|thanks|thx)\b\s*)?(?:[,.!?);\n]|$)|([a-z][a-z0-9_]*(?:'s)?)\s*(?:\s(?:team|unit|key|keys|one|instead|then|please|pls|actually|sorry))*\s*(?:[,.!?)]|$))`,
);

/** Does a value or a name follow the withdrawal word that starts the text (a correction, not a withdrawal)? */
export function valueFollowsWithdrawal(text: string): boolean {
  const m = WITHDRAWAL_THEN_VALUE.exec(text);
  if (m === null) return false;
  const said = m[1];
  if (said === undefined) return true;
  const name = said.replace(/'s$/, '');
  // ("nah, ranking's": a name said as an owner's is a name, whatever its form.)
  return (name.includes('_') || /\d/.test(name) || said.endsWith("'s")) && isNameWord(name);
}

/** Withdrawal words that may correct a value (a cheap test before WITHDRAWAL_THEN_VALUE). */
const WITHDRAWAL_WORD = new RegExp(String.raw`\b${anyOf(markersOf(WITHDRAWS))}\b`, 'g');

/** Does a withdrawal word in the text correct a value rather than take the request back? */
export function correctsAfterWithdrawal(text: string): boolean {
  if (!/nvm|mind|scratch|nah|nope|sorry|forget|ignore/.test(text)) return false;
  for (const m of matchesOf(text, WITHDRAWAL_WORD))
    if (valueFollowsWithdrawal(text.slice(m.index))) return true;
  return false;
}
