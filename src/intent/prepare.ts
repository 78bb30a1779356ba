/**
 * Preparing a text for the rules: Slack markup and entities decoded, the length capped, accents
 * folded, and the values a tokenizer would break or misread (e-mails, key IDs, Regions, periods,
 * durations) lifted out into placeholder words; hyphenated names glued into one word; small typos in
 * keywords corrected against the lexicon (never a word in a business-unit position into an action).
 */
import { namesAsWritten } from './fixed-names.js';
import { withAnotherToken } from './another-one.js';
import { joinGroupPhrases } from './group-nouns.js';
import { inTitledName, titleNamePairs } from './title-names.js';
import { applySubstitutions } from './substitution.js';
import { withSpokenUnitNames } from './spoken-unit-name.js';
import { withPlainUnitNames } from './plain-unit-names.js';
import { withPhoneSlips } from './phone-slips.js';
import type { StatedPeriod } from '../core/request.js';
import {
  bareNumberAfter,
  correctsAfterWithdrawal,
  correctsItself,
  negatedValueRanges,
  normalizeCorrections,
} from './corrections.js';
import { isCorrected, correctedNumber } from './discourse.js';
import { scanDurations } from './durations.js';
import { scanPeriods } from './periods.js';
import { airportsInCapitals, scanRegions } from './regions.js';
import { isForeign, readParameters } from './parameters.js';
import { decodeSlackText } from './slack-text.js';
import { rewriteLayWords } from './lay-words.js';
import { withoutLockKeyWord } from './lock-keys.js';
import { withoutDescribingAside } from './describing-aside.js';
import { rewriteLearnerEnglish } from './learner-english.js';
import { rewriteEastAsianEnglish } from './east-asian-english.js';
import { rewriteMindDoing } from './mind-doing.js';
import { rewriteSurface } from './surface.js';
import { rewriteRomanceEnglish } from './romance-english.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { correctUnitWord, correctWord } from './typos.js';
import { matchesOf } from './match-all.js';
import { EMOJI_MARK, withoutTypedMarks } from './marks.js';
import { oneByteWhereItFits } from './typography.js';
import { liftPlaceholderKeyIds } from './placeholder-key-id.js';
import { joinBacktickedDotted, joinDottedNames, joinPair, splitCamelCase } from './service-names.js';

/** Placeholder words of lifted values. */
const PLACEHOLDER_WORD = /\bxx(email|user|keyid|region|dur|period)\b/g;

/** Longer texts are cut here: enough for any real request, and keeps the work bounded. */
export const MAX_TEXT_LENGTH = 2000;

const EMAIL_RE = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const KEY_ID_RE = /\b(?:AKIA|ASIA|ACCA|ABIA|AIDA)[A-Z0-9]{12,24}\b/gi;
/** Text just before a word in a business-unit position ("for the ", "bu: ", "named "). */
const UNIT_POSITION =
  /\b(?:for|of|bu|unit|named|called|team|onboard|offboard)\s*[:=]?\s+(?:(?:the|our|their|team)\s+)?$/;
const KEY_ID_PREFIXES = ['akia', 'asia', 'acca', 'abia', 'aida'];
/**
 * Other shapes of a key's ID: a short "ABSK…" name, with a digit or written in capitals "ABSK" and
 * four to fifteen more ("ABSKZmFrZWtleTEyMw": a Bedrock API key's secret also opens with ABSK but is
 * long: never read as an ID; "absk…" in small letters only with a digit), an AWS ID cut short, an alias
 * "bk-22aa91", also with its digits first ("bk-7731ac", round eighteen; not a year and letters: "hack-2024dec").
 * Digits first only after the prefixes an alias has (bk-, brk-): "ops-100abc", "eng-101ace" are
 * units' names, in the bot's own command syntax too ("create key ops-100abc api-key 90").
 */
const OTHER_KEY_ID_RE =
  /(?<![\w+/=-])(?:ABSK[A-Za-z0-9-]{4,15}|(?:AKIA|ASIA|ACCA)(?=[A-Z]*\d)[A-Z0-9]{8,11}|[a-z]{2,4}-(?=[0-9a-f]{6,12}(?![\w+/=-]))[0-9a-f]*(?:[a-f]\d+[a-f]|\d[a-f]+\d)[0-9a-f]*|(?:bk|brk)-(?=[0-9a-f]{6,12}(?![\w+/=-]))(?!(?:19|20)\d\d[a-f]+(?![\w+/=-]))\d{2,}[a-f]{2,})(?![\w+/=-])/gi;
/** Where an alias stands as a key's ID: after "key" or "id" (and a colon or a backtick), or a backtick. */
const ALIAS_PLACE = /(?:\b(?:keys?|id|ids)\b[\s:#=]*`?|`)$/i;
/** A cheap pre-test for an alias: letters, a hyphen, then a hex digit. */
const ALIAS_HINT = /[a-z]-[0-9a-f]{6}/;

/** A number with a capital M glued to it ("67M", "1.5M"). */
const MILLIONS = /(?<![\w.])\d+(?:\.\d+)?M(?![\w@])/;
const MILLIONS_ALL = /(?<![\w.])(\d+(?:\.\d+)?)M(?![\w@])/g;
/**
 * A word for a credential or access to one, or what it is for: a number of minutes written "45M" may
 * be its lifetime ("need bedrock for 30M please", "sts for 45M").
 */
const MINUTES_CREDENTIAL =
  /\b(?:tokens?|tok|keys?|creds?|credentials?|access|login|session|ttl|bedrock|sts|aws)\b/i;
/**
 * Where "3M" is a name, not millions: after a word that opens a subject or an object ("what did 3M
 * spend", "the 3M account", "a key for ads at 3M"); the word "million" would be read as a unit's name.
 */
const NAME_BEFORE = /\b(?:did|does|do|the|at|from|with|by|to|of|and|or)\s+$/i;

/**
 * Phrases written several ways, read as one word ("set up", "long-term", "api keys", "ci/cd"). (fix33c: an API
 * key in the languages that join "API" to their word for a key, "API-sleutel", "API-Schlüssel", "klucz API" aside,
 * "API-klucz", Ukrainian and Russian "API-ключ": the kind asked for, as "API key" is.)
 */
const PHRASE_FIX =
  /\b(?:(?:new|create|mk)[-_ ]?key\b|ci\s*\/\s*cd\b|w\/\s*|rot8\b|(long|short)[\s-]+(term|trem|lived|running)\b|(?:set|sign)[\s-]+up\b|get\s+rid\s+of\b|(?:turn|switch|shut|cut)\s+off\b|tear[\s-]+down\b|look[\s-]+up\b|roll[\s-]+over\b|key\s*-?\s*pair\b)|(?<![\w-])api\s*-?\s*(?:keys?|keu|kye|kei|sleutels?|klucz[ea]?|klucze|schl(?:ü|ue|u)ssel)\b|(?<![\w-])api\s*-?\s*(?:ключ|ключі|ключа|ключем|ключи)(?![а-яіїєґ])|\bkeys?\s+api\b/g;

/**
 * Whether the text has the words one of PHRASE_FIX's phrases needs (most texts have none, and the
 * pattern, which may open with a look-behind, is tried at every position): "key" with "new", "create"
 * or "mk"; "/" (ci/cd, w/); "rot8"; "long" or "short"; "up" with "set", "sign" or "look"; "rid"; "off";
 * "down"; "over"; "pair"; "api".
 */
function mayFixPhrase(s: string): boolean {
  return (
    s.includes('api') ||
    s.includes('/') ||
    (s.includes('key') && (s.includes('new') || s.includes('create') || s.includes('mk'))) ||
    s.includes('long') ||
    s.includes('short') ||
    (s.includes('up') && (s.includes('set') || s.includes('sign') || s.includes('look'))) ||
    s.includes('off') ||
    s.includes('down') ||
    s.includes('over') ||
    s.includes('rid') ||
    s.includes('pair') ||
    s.includes('rot8')
  );
}

/** A word, a dot or slash, a word: "acme.com", "foo/bar" (the pattern's cheap first test). */
const DOTTED_PAIR = /[a-z0-9][./][a-z]/;

/**
 * A command of the bot's syntax opening the text, "rotate-key ads api-key 90", "/bedrock revoke_key x":
 * the verb and "key" (never a unit "rotate-key", nor a new key for it). Mid-sentence ("the rotate-key
 * script failed") it names a thing, and is left as written.
 */
const COMMAND_WORD =
  /^(\s*(?:\/[a-z0-9_-]+\s+)?)(rotate|revoke|renew|regen|regenerate|delete|disable|deprovision)[-_](keys?)(?![\w-])/;

/**
 * Round thirty-three: a formal order given as a noun, "please proceed with the revocation of the credentials of unit
 * X", "go ahead with the rotation of …": the action named, as its verb ("revoke the credentials of unit X").
 */
const PROCEED_WITH =
  /\b(?:proceed|go\s+ahead|carry\s+on|move\s+forward)\s+with\s+the\s+(revocation|rotation|deprovisioning|deletion|removal)\s+of\b/g;
const ACTION_OF_NOUN: Record<string, string> = {
  revocation: 'revoke',
  rotation: 'rotate',
  deprovisioning: 'deprovision',
  deletion: 'delete',
  removal: 'remove',
};

/** Phrases written several ways read as one word, and a command word opening the text as its words. */
function fixPhrases(text: string): string {
  const ordered = text.includes(' with the ')
    ? text.replace(PROCEED_WITH, (_m, noun: string) => ACTION_OF_NOUN[noun] ?? noun)
    : text;
  const s = mayFixPhrase(ordered) ? ordered.replace(PHRASE_FIX, fixPhrase) : ordered;
  return s.includes('-key') || s.includes('_key') ? s.replace(COMMAND_WORD, '$1$2 $3 ') : s;
}

function fixPhrase(m: string, length?: string, span?: string): string {
  if (length !== undefined) return ` ${length}_${span === 'trem' ? 'term' : span} `;
  if (/^(?:new|create|mk)[-_ ]?key$/.test(m)) return ` ${m.startsWith('new') ? 'new' : 'create'} key `;
  if (m.startsWith('ci')) return ' cicd ';
  if (m.startsWith('w/')) return 'with ';
  if (m === 'rot8') return 'rotate';
  if (m.startsWith('set') || m.startsWith('sign')) return ' setup ';
  if (m.startsWith('get')) return ' remove ';
  if (m.startsWith('tear')) return ' teardown ';
  if (m.startsWith('look')) return ' lookup ';
  if (m.startsWith('roll')) return ' roll ';
  if (/^keys?\s+api$/.test(m)) return ' api_key ';
  if (m.startsWith('key')) return ' keypair ';
  if (m.startsWith('api')) return m.endsWith('s') ? ' api_key keys ' : ' api_key ';
  return ' disable ';
}

/**
 * Everyday words one letter from a keyword, kept as written: "the full list" is not "fully", "the
 * #general channel" is no "generate cancel", "my delegate access" deletes nothing.
 */
const KEEP_AS_WRITTEN = new Set([
  'full',
  'general',
  'channel',
  'channels',
  'delegate',
  'delegates',
  'delegated',
]);

const HYPHENATED_RE = /(?<![\w@.])[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w@])/g;
/** Characters some rewrites need: a text without them is left as it is by those rewrites. */
const NON_ASCII = /[^\x20-\x7e\s]/;
/** An emoji, marked while the text is prepared; a run of them between two words reads as a comma. */
const EMOJI = ` ${EMOJI_MARK} `;
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
/**
 * A wave or a raised hand goes with the words before it ("design sprint crew here 👋 a token for
 * me?" introduces who asks): read as nothing, as before.
 */
const GREETING_EMOJI =
  /^(?:wave|raised_hand|raising_hand|hand|raised_hand_with_fingers_splayed|raised_back_of_hand|hi|hello)/;
const GREETING_PICTOGRAPH = /[\u{1f44b}\u{270b}\u{1f64b}\u{1f590}\u{1f91a}]/gu;
/** A run of marked emoji, with their joiners, variation selectors and skin tones, and spaces. */
const EMOJI_RUN = new RegExp(
  `(?:\\s|${EMOJI_MARK}|\\u200d|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])*${EMOJI_MARK}(?:\\s|${EMOJI_MARK}|\\u200d|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])*`,
  'gu',
);
/**
 * A run of emoji between two words ends what is said before it, as a comma would; (train29) before a question put
 * to the bot, as a full stop would ("the access key you made for risk-ml works 🙏 can we get one for fraud-ml as
 * well?": the thanks is a sentence of its own). Elsewhere it is nothing.
 */
function emojiBreak(m: string, at: number, all: string): string {
  if (!WORD_END.test(all[at - 1] ?? '') || !WORD_START.test(all[at + m.length] ?? '')) return ' ';
  return ASKS_AFTER_EMOJI.test(all.slice(at + m.length, at + m.length + 12)) ? ' . ' : ' , ';
}
/** A question put to the bot, opening what follows an emoji: "can we …", "could you …", "pls …". */
const ASKS_AFTER_EMOJI = /^(?:(?:can|could|would|will|may)\s+(?:we|you|u|i)\b|(?:please|pls|plz)\s)/;
const WORD_END = /[a-z0-9_]/;
const WORD_START = /[a-z0-9]/;
const MARKUP = /[*_~]/;
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
/** A word the typo corrector looks at. */
const TYPO_WORD = /(?<![\w'])[a-z]{4,}(?![\w'])/g;

/**
 * The request said again with its lifetime in a later sentence ("for today a token for -2h would...
 * wait that's not a thing. token for 2h."): the value stated last wins, as in a correction.
 */
const RESTATED = /\b(tokens?|keys?)\s+(?:for\s+)?xxdur\b[^.!?;\n]*[.!?;\n][\s\S]*?\b\1\s+(?:for\s+)?xxdur\b/;

/**
 * "whoever", "whichever team" after "for"/"of"/"to" or a unit's label: someone described, no name. (The
 * word is looked for first, then what stands before it: a look-behind tried at every position of a long
 * run of spaces took seconds.)
 */
const WHOEVER =
  /(?=whoever|whomever|whichever|whatever)(?<=\b(?:for|of|to|unit|team|bu|project|squad|group|deprovision|offboard|decommission)(?:\s*:)?\s+)(?:whoever|whomever|(?:whichever|whatever)(?:\s+(?:team|unit|bu|group|squad|department|dept|org|one))?)\b/;
/**
 * … who owns, runs or holds a thing named after it ("whoever owns billing" → "billing"): a unit-shaped
 * name that ends the clause or goes on into its key ("whichever team has the ads key"). What a person
 * has or runs out of is no unit's ("whoever has access to growth", "whoever has admin rights", "whoever
 * runs out of budget first", "whoever holds the budget": someone described, no name).
 */
const HELD_WORD = String.raw`(?!(?:access|rights|permissions?|privileges?|out|budget|budgets|time|money|credit|credits|quota|no|any|a|an|the|it|them|this|that|these|those|who|which|what|is|are|was|were|has|have|to|of|for|in|on|at|with|from|by|and|or|but|so|now|please|pls|plz|today|asap|thanks|keys?|credentials?|creds|tokens?|api)\b(?!-))[a-z0-9][\w-]*`;
// (buried28: a word of those that goes on with a hyphen is a name's first, "whoever owns key-register-sync".)
/** One to four words ("whoever owns the rate shopper", "whoever runs the 311 chatbot now that …"). */
/**
 * Inside a name of three words or more a word of what a person has is the name's ("whoever owns the milk
 * quota calculator", units23); only at its ends it is what a person has ("whoever has quota").
 */
const HELD_INNER = String.raw`(?:quota|budget|time|money|credit|access)`;
const HELD_NAME = String.raw`${HELD_WORD}(?:(?:\s+(?:${HELD_INNER}|${HELD_WORD})){0,2}\s+${HELD_WORD})?`;
const HELD_END = String.raw`(?=\s+(?:api\s+)?(?:keys?|credentials?|creds|tokens?)\b|\s*(?:$|[.,;:!?)/\n]|\s+(?:please|pls|plz|now|asap|today|thanks|and|but|so)\b))`;
const HOLDING = String.raw`\s+(?:currently\s+|now\s+|still\s+)?(?:owns|runs|has|holds|manages|handles|maintains|is\s+responsible\s+for|looks\s+after|is\s+behind)\s+`;
const WHOEVER_HOLDS = new RegExp(
  String.raw`${WHOEVER.source}${HOLDING}(?:the\s+)?(?=${HELD_NAME}${HELD_END})`,
  'g',
);
/** Any other description of the holder, to the clause's end: all of it is someone ("… has access to growth"). */
const WHOEVER_DESCRIBED = new RegExp(String.raw`${WHOEVER.source}${HOLDING}[^.,;:!?()\n]*`, 'g');

/**
 * Who is to own the new key, described by what they hold ("new api key for the lounge-concierge app.
 * whoever owns the lounge app can own it"): the owner to be, said vaguely, names no other unit (README,
 * "Owner": no mention, no owner). The whole clause is left out; the thing held is the unit named before.
 */
const OWNER_TO_BE = new RegExp(
  String.raw`\bwho(?:ever|mever)${HOLDING}(?:[\w'-]+\s+){1,5}?(?:can|could|will|should|may|would|gets\s+to)\s+(?:own\s+it|be\s+(?:the\s+|its\s+)?owner(?:\s+of\s+it)?)\b`,
  'g',
);

/**
 * "a key for whoever owns billing", "Team: whichever team has the ads key": who holds a thing,
 * described, names the thing's unit (README, "Later"), never a person: the description is left out.
 */
function withoutHolder(s: string): string {
  if (s.includes('ever') && s.includes('own')) s = s.replace(OWNER_TO_BE, ' ');
  return s.includes('ever') && WHOEVER.test(s)
    ? s.replace(WHOEVER_HOLDS, ' ').replace(WHOEVER_DESCRIBED, ' someone ').replace(WHOEVER, ' someone ')
    : s;
}

/**
 * Small typos in keywords corrected. In a business-unit position ("for lsit team", "bu: modles") a
 * word is a name first: it is only corrected towards words that describe a use ("for
 * developement"), never towards an action. (Most texts need no correction: the text is only rebuilt
 * when a word changes, and the position is only looked at for a word that would change.)
 */
function correctTypos(s: string, titled: Set<string> | undefined): string {
  let out = '';
  let last = 0;
  TYPO_WORD.lastIndex = 0;
  for (let m = TYPO_WORD.exec(s); m !== null; m = TYPO_WORD.exec(s)) {
    const word = m[0];
    if (KEEP_AS_WRITTEN.has(word)) continue;
    const fixed = correctedAt(s, word, m.index);
    if (fixed === word) continue;
    // ("the Data Protection Office": a word of a name written in Title Case is no typo of ours.)
    if (titled !== undefined && inTitledName(titled, word)) continue;
    out += s.slice(last, m.index) + fixed;
    last = m.index + word.length;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** A team noun right after a word: the word names the team ("the renewals team"). */
const TEAM_NOUN_AFTER = /^\s*(?:team|squad|group|dept|department|org|bu)\b/;

/** "how much has growth sent this month": an amount of a unit's, "sent" kept as a real word elsewhere. */
const AMOUNT_SENT_BEFORE = /\bhow\s+much\s+(?:has|have|did)\s+(?:[a-z0-9_-]+\s+){1,3}$/;

function correctedAt(s: string, word: string, offset: number): string {
  if (word === 'sent' && AMOUNT_SENT_BEFORE.test(s.slice(Math.max(0, offset - 48), offset))) return 'spent';
  const fixed = correctWord(word);
  if (fixed === word) return fixed;
  // A keyword's plural before a team noun names the team wherever it stands ("the renewals team"):
  // kept as written (a misspelt verb is still corrected: "deprovison team lighthouse").
  if (word === `${fixed}s` && TEAM_NOUN_AFTER.test(s.slice(offset + word.length, offset + word.length + 16)))
    return word;
  if (agentAfterName(s, word, fixed, offset)) return word;
  if (!UNIT_POSITION.test(s.slice(Math.max(0, offset - 40), offset))) return fixed;
  return correctUnitWord(word, false);
}

/** The word before: a name's word ("tower" in "tower inspector"), not a function word. */
const WORD_BEFORE = /(?:^|[\s(])([a-z][a-z0-9-]*)\s+$/;

/**
 * One who does our verb after a name's word ("what has tower inspector got", "the night auditor
 * key"): a compound noun, kept as written; alone or after a determiner ("the auditor wants …") it is
 * still read as our verb.
 */
function agentAfterName(s: string, word: string, fixed: string, offset: number): boolean {
  if (!/ors?$/.test(word) || !word.startsWith(fixed) || word.length - fixed.length > 3) return false;
  const before = WORD_BEFORE.exec(s.slice(Math.max(0, offset - 32), offset))?.[1];
  return (
    before !== undefined &&
    !FUNCTION_WORDS.has(before) &&
    !(before in LEXICON) &&
    correctWord(before) === before
  );
}

export interface Prepared {
  text: string;
  emails: string[];
  mentions: string[];
  keyIds: string[];
  regions: { code: string | null; stated: string }[];
  durations: ReturnType<typeof scanDurations>['found'];
  /** Spans of time looked back over ("last month", "in the last 30 days"), in text order. */
  periods: StatedPeriod[];
  /** A quarter named ("this quarter", "in Q3"): the period slot's where no other period is stated (periods.ts). */
  quarter: StatedPeriod | undefined;
  /** The text corrects itself: the value stated last wins. */
  corrected: boolean;
  /** Nothing but addressing was written (a bare mention, "/bedrock"). */
  blank: boolean;
  /** Written in another language (parameters.ts): read for its values, never sure enough to act on. */
  foreign?: boolean;
  /**
   * The story sentences left out around the request (discourse.ts), kept to look for the unit when
   * the request names none ("We're the Payments team. … Can you provision a long-term key?").
   */
  story?: string;
  /**
   * Words found only in pasted blocks (pasted.ts): a login in a log line, a command, a field of an
   * alert. They tell what the message is about but never name the unit.
   */
  pastedWords?: Set<string>;
  /** The people mentioned in the story left out ("<@U…> is blocked. could you issue her a token?"). */
  storyMentions?: string[];
  /** The prepared text before its story sentences were set aside (fix60 units: a name stated after a description). */
  whole?: string;
  /** Neighbouring words of names written in Title Case ("llama drama" of "team Llama Drama"): title-names.ts. */
  titled?: Set<string>;
}

/** A message that opens with a mention (of the bot, or of a colleague). */
const OPENS_WITH_MENTION =
  /^\s*(?:(?:hey|hi|hello|hiya|yo|ok|okay|morning)[\s,!]+)?<@[UW][A-Z0-9]+(?:\|[^>]*)?>/i;
/**
 * Words that only a person is told: "when you get a sec", "you around?", "for me later", "can you
 * ask the bot …", "share your token": said to the colleague mentioned first, not to this bot. (fix39b, tuned-auction:
 * "ask the bot" in Chinese too, "<@U…> 你可以幫我問 bot 攞個 token 嗎？", can you ask the bot for a token for me.)
 * (fix40c, tuned-genomics: "跟 bot 要", "向 bot 申请", "找 bot" get it from the bot.)
 * (fix40b, tuned-casino: the bot open on the colleague's screen, and the bot called "it" to be asked: "<@U…> got the
 * bot open? ask it for a 3h token for me".)
 * (fix46g, tuned-styles-sea: the spare moment in Singlish, with no "are", "<@U…> can help me rotate the x key when you
 * free?", and in Taglish, "<@U…> sir pa-create naman po ng key sa x pag may time kayo" (when you have time).)
 * (fix48a, tuned-styles-francophone: and in French, "<@U…> tu peux révoquer la clé de X quand t'as une minute ?", "quand
 * t'as une sec", "quand vous aurez un moment": the colleague's spare moment.)
 * (fix49a, tuned-styles-southasia: the colleague's arrival where they work, "<@U…> can you revoke the X key when you
 * reach office?", "once you get to your desk", "when u r at ur laptop": only a person gets there.)
 */
const TO_A_PERSON =
  /\b(?:when|once|after)\s+(?:you|u)\s+(?:reach|get\s+(?:back\s+)?to|are\s+at|r\s+at|'re\s+at)\s+(?:the\s+|your\s+|ur\s+)?(?:office|home|desk|laptop|work)\b|\bwhen\s+(?:you|u)\s+(?:get|have|find)\s+(?:a\s+)?(?:sec|second|chance|minute|min|moment|mo|tick)\b|\b(?:if|whenever)\s+(?:you|u)\s+(?:have|get)\s+(?:a\s+)?(?:sec|second|minute|min|moment|chance)\b|\b(?:you|u)\s+around\b|\bfor\s+me\s+later\b|\bhow\s+(?:you|u)\s+(?:got|get|did|set|made|fixed|configured|managed|solved|generated|created)\b|\b(?:ask|asked|asking|via|through|from|using|use|with)\s+the\s+(?:bedrock\s+)?bot\b|\b(?:have|got|has)\s+the\s+(?:bedrock\s+)?bot\s+(?:open|up|running|handy)\b|\bask\s+it\s+(?:for|to)\b[^.?!\n]{0,60}\bfor\s+(?:me|us)\b|(?:[問问]|請問|请问|跟|向|找)(?:一?下)?\s*(?:個|个|the\s+)?\s*(?:bedrock\s+)?bot\b|\b(?:share|send|lend|give)\s+(?:me\s+)?(?:your|ur)\b|\b(?:did|have)\s+(?:you|u)\s+(?:\w+\s+)?(?:use|used|pick|picked|choose|chose|try|tried)\b|\b(?:check|confirm|sync|talk)\s+with\b|\bwhen\s+(?:you'?re|you\s+are|u\s+r|ur)\s+(?:back|free|done|online|in)\b|\b(?:when|once)\s+(?:you|u)\s+(?:free|back)\b|\b(?:pag|kapag|kung)\s+may\s+(?:time|oras|chance)\s+(?:ka|kayo|po\s+kayo|na\s+kayo|na\s+ka)\b|\bafter\s+(?:your|ur)\s+(?:meeting|call|lunch|break|standup|stand-up|1:1)\b|\b(?:you|u)\s+(?:have|got|'ve\s+got)\s+(?:admin|the\s+admin|rights|the\s+rights|permissions?|access\s+to\s+the\s+bot)\b|\b(?:you'?re|you\s+are|ur)\s+(?:the|an)\s+admin\b|\bsame\s+(?:for|with)\s+(?:you|u)\b|\b(?:is|was|are|were)\s+(?:your|ur)\s+(?:own\s+)?(?:token|tokens|key|keys|login|creds|access)\s+(?:still\s+)?(?:fine|ok|okay|alright|working|good|valid|expired|dead|broken)\b|\bquand\s+(?:t['’]\s*as|tu\s+as|tu\s+auras|vous\s+avez|vous\s+aurez)\s+(?:une|un|1|deux|2|cinq|5)\s+(?:sec|secondes?|minutes?|min|moment|instant)\b/i;

/**
 * "<@U02LUCAS> pls rotate the key for ml-ops when you get a sec": a message that opens with a mention
 * and says what only a person is told is addressed to that colleague (a leading mention is otherwise
 * taken for the bot's, see slack-text.ts): nothing in it is asked of the bot.
 */
export function addressedToColleague(input: string): boolean {
  if (!input.includes('<@') || !OPENS_WITH_MENTION.test(input)) return false;
  // ("<@bot> token, 4h. (re: <@U…>'s question, yes I'm using the bot now)": the one writing uses the
  // bot; nobody is told to.)
  return (
    TO_A_PERSON.test(input.includes('the bot') ? input.replace(USING_IT_MYSELF, ' ') : input) ||
    ASK_THE_BOT_ROMANCE.test(input) ||
    (input.includes('bot') && FROM_THE_BOT_SOUTH.test(input)) ||
    KIN_ASKED_SEA.test(input)
  );
}
/**
 * fix46g, tuned-styles-sea: the one mentioned first called by a kinship word as the one to do it, in Vietnamese
 * ("<@U…> anh tạo key cho team x giúp em được ko", you (elder brother) create the key for me?) and in Thai ("<@U…>
 * พี่ช่วยสร้าง key ให้ทีม x หน่อยได้มั้ยคะ", elder sibling, could you help create …): a colleague asked. (The bot is
 * called so only with the vocative, "anh ơi tạo key giúp em", which is not read here.)
 */
const KIN_ASKED_SEA =
  /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*(?:(?:anh|chị|chi)\s+(?:(?:giúp|giup|làm\s+ơn)\s+)?(?:tạo|tao|xoay|thu\s+h(?:ồ|o)i|xoá|xóa|cấp|cap|lấy|đổi|doi|gia\s+hạn|kiểm\s+tra|check|rotate|revoke|create)(?![\p{L}])|(?:พี่|น้อง)\p{Script=Thai}{0,12}?(?:ช่วย|สร้าง|หมุน|ยกเลิก|ออก))/u;
/**
 * fix43c, tuned-styles-southern: "from the bot" said to the colleague mentioned first with no article, and in the
 * languages of South Asia and Swahili ("<@U…> pls take one token from bot for me", "<@U…> aap bot se mere liye token
 * nikal dein?" (get me a token from the bot), "<@U…> anna, bot la irundhu enakku oru token edhuthu kudunga", "<@U…>
 * dada naomba uniombee token kwa bot" (ask the bot for a token for me), "bot theke"): the colleague is asked to get it.
 * (English "from bot" only with "for me/us" near it: "<@bot> the token I got from bot yesterday expired" is the bot's.)
 */
const FROM_THE_BOT_SOUTH =
  /\bfrom\s+bot\b[^.?!\n]{0,40}\bfor\s+(?:me|us)\b|\bfor\s+(?:me|us)\b[^.?!\n]{0,30}\bfrom\s+bot\b|\bbot\s+(?:se|sey|say|theke|thekey|la\s+irundhu|la\s+irunthu|kitta(?:\s+irundhu)?|kitte)\b|\bkwa\s+bot\b|\bbot\s+(?:से|থেকে)(?![\p{L}\p{M}])/iu;
/**
 * fix40e, tuned-styles-eastwest: "ask the bot" and "from the bot" in the Romance languages, said to the colleague
 * mentioned first ("<@U…> consegue pedir um token pro bot pra mim?", "<@U…> mi fai tu un token dal bot?", "<@U…> tu
 * peux demander au bot de révoquer la clé ?", "<@U…> ¿le pides al bot una key?").
 */
const ASK_THE_BOT_ROMANCE =
  /\b(?:demander|demande|demandes|demandez)\s+au\s+(?:bedrock\s+)?bot\b|\b(?:pedir|pede|pedes|pe[çc]a|pide|p[íi]dele|pedirle|chiedi|chiedere|chiedete)\b[^?.!\n]{0,30}?\s(?:pro|ao|para\s+o|al)\s+(?:bedrock\s+)?bot\b|\b(?:dal|dallo)\s+(?:bedrock\s+)?bot\b/i;
const USING_IT_MYSELF =
  /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:now\s+|already\s+|just\s+)?(?:using|asking)\s+the\s+(?:bedrock\s+)?bot\b/gi;

/** "1½h", "1¼ hours", "¾h": a fraction character after a number (NFKC would make "1¼" "11⁄4"). */
const VULGAR: Record<string, string> = {
  '½': '.5',
  '¼': '.25',
  '¾': '.75',
  '⅓': '.3333333',
  '⅔': '.6666667',
};
const VULGAR_FRACTION = /(?:(\d+)\s*)?([½¼¾⅓⅔])/g;

const ABBREVIATION_GUARD = /vs\.|\.g\.|\.e\.|etc\.|approx\.|incl\.|esp\.|\b(?:Dr|Mrs?|Ms|Prof)\./i;
const ABBREVIATION = /\b(vs|e\.g|i\.e|etc|approx|incl|esp)\.(?=\s)/gi;
/**
 * A title before a name (round twenty-two): "now that Dr. Patel retired", "ask Mrs. Okafor", in lower case
 * too ("now that dr. patel retired", fix22d); not milliseconds ("took 300 ms. then it failed").
 */
const TITLE_DOT = /(?<!\d\s?)\b(dr|mrs?|ms|prof)\.(?=[ \t]+[a-z])/gi;

/**
 * "Mistral vs. in-house", "e.g. Frankfurt", "Dr. Patel": an abbreviation's dot ends no sentence. A title
 * and its dot are taken out (fix22d), so a title is never part of a unit's name ("revoke the key Dr. Chen
 * created for growth" is growth's, as "the key Chen created for growth" is).
 */
function withoutAbbreviationDots(s: string): string {
  return s.replace(ABBREVIATION, (_m, w: string) => w.replace(/\./g, '')).replace(TITLE_DOT, '$1');
}

/**
 * A ticket named by its link or ID: "ticket: xxurl", "(jira PLAT-3101)", "ticket #PLAT-12", an ID with a
 * year in it ("Ticket: GR-2024-118", "*Jira ticket:* BIM-2024-7"), or a form's ref or change field
 * ("Ref: GR-2024-118", "Change: CHG-2025-0042"; there only after a colon: "change team-7's key" asks).
 */
const TICKET_REF =
  /\b(?:(?:jira\s+)?(?:ticket|jira|issue)(?:\s*(?:#|no\.?))?[\s*_]*(?:[:=][\s*_]*)?|(?:ref|change|change\s+ref)\s*:[\s*_]*)(?:xxurl|[a-z]{2,10}-\d{1,6}(?:-\d{1,6}){0,2})(?![\w-])/g;

/** What only the case as written tells: airport codes in capitals, names in Title Case (title-names.ts). */
function asWritten(text: string): { capitals: Set<string> | undefined; titled: Set<string> | undefined } {
  return { capitals: airportsInCapitals(text), titled: titleNamePairs(text) };
}

/** Of the other shapes of a key's ID (OTHER_KEY_ID_RE), a match that is a name after all. */
function notAKeyId(m: string, at: number, all: string): boolean {
  if (/^a[ksc][ic]a/i.test(m)) return m !== m.toUpperCase();
  if (/^absk/i.test(m)) return !m.startsWith('ABSK') && !/\d/.test(m);
  // (The bot's own alias prefixes name a key wherever they stand: "details for BRK-7f3a91".)
  if (/^br?k-/i.test(m)) return false;
  return (
    UNIT_POSITION.test(all.slice(Math.max(0, at - 40), at)) &&
    !ALIAS_PLACE.test(all.slice(Math.max(0, at - 20), at))
  );
}

/** A form's spaced bar before a field ends the value before it; other symbols are spaces. */
const BAR_BEFORE_FIELD = /(?<=[a-z0-9_])\s+\|\s+(?=[a-z][a-z ]{0,20}:)/g;
function withoutSymbols(s: string): string {
  // ("create a key for payroll | approval: done": the bar ends "payroll", round twenty-two.)
  const barred = s.includes(' | ') ? s.replace(BAR_BEFORE_FIELD, ' ; ') : s;
  return barred.replace(/[|\\/#*~^$]/g, ' ');
}

/**
 * Backticks, curly quotes and dashes as plain ones; a dotted name in backticks joined first (units24:
 * "the `tasking.api` key" → tasking-api, service-names.ts).
 */
function plainQuotes(s: string): string {
  return (s.includes('.') ? joinBacktickedDotted(s) : s)
    .replace(/`/g, ' ')
    .replace(/[‘’´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-');
}

/**
 * dev28: a credential named in single quotes, someone else's word for it ("a colleague said to ask you for 'a
 * token' … could I have one?"), names the credential as in double quotes: the word readers keep an apostrophe
 * inside a word, so "'a" and "token'" named nothing of ours. Only a credential's noun phrase (an article, at
 * most two words, the credential): a quoted command or label ("add 'rotate keys' to the checklist", "it says
 * 'needs approval'") stays a quotation, talked about.
 */
const SINGLE_QUOTED_CREDENTIAL =
  /(^|[\s([{:,;])'((?:an?|the|some|my|our)\s+(?:[a-z0-9_-]+\s+){0,2}?(?:tokens?|keys?|creds|credentials?|logins?|passwords?))'(?=$|[\s.,;:!?)\]}])/gi;

/** A character past ASCII; past Latin-1 (a string that holds one is two bytes a character). */
const PAST_ASCII = /[\u0080-\uffff]/;

/**
 * The text held one byte a character when it can be. V8 keeps a string two bytes a character through every rewrite
 * once it held a character past Latin-1 (a curly quote, a dash, an emoji; or after accents are taken off, which
 * splits "é" into "e" and a combining mark first), and every pattern run on such a string is both slower (speed25)
 * and compiled again for two-byte strings, a second copy of its code kept for the process's life (round
 * forty-three; marks.ts). A round trip through JSON gives back the same characters, one byte each. (Only for a text
 * typed with a character past ASCII: any other is one byte a character already, the parser's marks included.)
 */
function oneByteText(s: string, input: string): string {
  return PAST_ASCII.test(input) ? oneByteWhereItFits(s) : s;
}

/**
 * fix47c (tuned-chemicals): a unit named in words whose words include "log", "key for maintenance log search", "rotate
 * the key for maint log search": a system that searches logs is named as its words are (`maintenance-log-search`), where
 * "log" alone asks for the record of changes. The word before "log" must name something (not "the", "audit", "access":
 * "the audit log search" is the record searched); "log-search" is then one word of the name, as typed with a hyphen.
 */
const LOG_TOOL_NAMED =
  /\b(?!(?:the|a|an|my|our|your|their|this|that|its|audit|access|change|changes|history|event|events|error|errors|activity|key|keys|token|tokens|bedrock)\s)([a-z][a-z0-9]*)\s+log\s+(search|searcher|parser|indexer|summari[sz]er|analy[sz]er|viewer|triage|classifier|reader)\b/gi;

const logToolJoined = (s: string): string =>
  /\slog\s/i.test(s) ? s.replace(LOG_TOOL_NAMED, '$1 log-$2') : s;

/** Letters with no accent to take off, as they are written in plain letters. */
const NO_ACCENT: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  // (fix41h: Vietnamese "đ" is a letter of its own, "Luân Đôn" London: read as "d", "luan don".)
  đ: 'd',
  Đ: 'D',
};

/**
 * A run of spaces (or tabs) as one space and a run of blank lines as one, as every pattern of the parser reads them (each
 * reads `\s+`): a pattern that looks back over whitespace ("(?<=bitte\s+)zwei") meets the whole run at each of its
 * positions, so 2,000 spaces took 0.3 s, and seconds once the regex engine's tier-up went the other way.
 */
function runsCollapsed(text: string): string {
  return text.replace(/[^\S\r\n]{2,}/g, ' ').replace(/\n(?:[^\S\n]*\n){2,}/g, '\n\n');
}

/**
 * Lay words read as ours (lay-words.ts, with a lock's key set aside first, lock-keys.ts), then the English of Chinese,
 * Korean and Japanese speakers (fix57, east-asian-english.ts).
 */
const layAndEastAsian = (s: string): string =>
  rewriteEastAsianEnglish(rewriteLayWords(s.includes('key') ? withoutLockKeyWord(s) : s));

/**
 * The text as typed, its foreign words glossed (surface.ts); before them (fix57) the English of Portuguese, Italian and
 * French speakers, "I demand a token", "make a rotation of the key", "não, desculpa, Y" (romance-english.ts).
 */
const surfaceRead = (text: string): string =>
  rewriteSurface(rewriteRomanceEnglish(applySubstitutions(splitCamelCase(text))));

export function prepare(input: string): Prepared {
  // A key ID written as a placeholder ("ABSKXXXXXXXX", "<key id>") stands where an ID does, but names
  // no key (placeholder-key-id.ts; lifted before Slack's brackets are read).
  const lifted = liftPlaceholderKeyIds(withoutTypedMarks(runsCollapsed(input.slice(0, MAX_TEXT_LENGTH))));
  const decoded = decodeSlackText(lifted.text);
  // "token 2h SYD": an airport code in capitals is a Region (regions.ts); the case is lost below.
  const { capitals, titled } = asWritten(decoded.text);
  let s = logToolJoined(surfaceRead(decoded.text));
  // Accents off ("São Paulo", "Zürich"), compatibility forms folded; plain ASCII needs none of it.
  if (/[^\x20-\x7e]/.test(s))
    s = s
      // (post41d: Vietnamese "Luân Đôn" London, "Thái Lan" Thailand, read by their accents only: "Luan Don" in
      // English text is a person.)
      .replace(/\bLu[âầ]n\s+[Đđ][ôồ]n\b/giu, 'London')
      .replace(/\bTh[áa]i\s+Lan\b(?<=[áÁ]i\s+Lan)/giu, 'Thailand')
      .replace(
        VULGAR_FRACTION,
        (_m, whole: string | undefined, f: string) => `${whole ?? '0'}${VULGAR[f] ?? ''}`,
      )
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFKC')
      // (Turkish "ı" and Polish "ł" have no accent to take off: "satış" is "satis", "Łódź" "Lodz". Nor
      // have German "ß", Nordic "ø" and "æ", French "œ": left in, they end a word for the patterns that
      // follow, so "Grüßen" read as the airport code "gru" and "Viele Grüße" made a token São Paulo's.)
      .replace(/[ıłŁßøØæÆœŒđĐ]/g, (c) => NO_ACCENT[c] ?? c);
  s = oneByteText(/[`‘’´“”–—]/.test(s) ? plainQuotes(s) : s, input);
  if (s.includes("'")) s = s.replace(SINGLE_QUOTED_CREDENTIAL, '$1"$2"');
  if (s.includes('.') && ABBREVIATION_GUARD.test(s)) s = withoutAbbreviationDots(s);
  // A dictated address: "sara at acme dot com", "anna dot berg at acme dot com".
  if (/\bdot\b/i.test(s))
    s = s.replace(
      /\b([a-z0-9_-]+(?:\s+dot\s+[a-z0-9_-]+)*)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\b/gi,
      (_m, user: string, domain: string) =>
        `${user.replace(/\s+dot\s+/gi, '.')}@${domain.replace(/\s+dot\s+/gi, '.')}`,
    );
  const emails: string[] = [];
  if (s.includes('@'))
    s = s.replace(EMAIL_RE, (m) => {
      emails.push(m.toLowerCase().replace(/^['.]+/, ''));
      return ' xxemail ';
    });
  const keyIds: string[] = lifted.placeholders;
  // "Hx: 67M", "revenue was 12M", "budget: 1.5M": a capital M glued to a number in a text that names no
  // credential counts millions (or, in a clinical note, is a patient's age and sex), never minutes
  // (round eighteen); "token 90M", "access for 45M" and a text all in capitals keep their minutes.
  if (s.includes('M') && MILLIONS.test(s) && !MINUTES_CREDENTIAL.test(s) && s !== s.toUpperCase())
    s = s.replace(MILLIONS_ALL, (m: string, n: string, at: number, all: string) =>
      NAME_BEFORE.test(all.slice(Math.max(0, at - 8), at)) ? m : `${n} million`,
    );
  let lower = s.toLowerCase();
  if (KEY_ID_PREFIXES.some((prefix) => lower.includes(prefix))) {
    s = s.replace(KEY_ID_RE, (m) => {
      keyIds.push(m.toUpperCase());
      return ' xxkeyid ';
    });
    lower = s.toLowerCase();
  }
  // A key's ID written in another shape (round thirteen): a Bedrock key's "ABSK…", a shortened AWS ID
  // ("AKIAZ7EXAMPLEQ9") or an alias as `details` shows it ("bk-22aa91", "BRK-7f3a9c21"): kept as
  // written; it names the key, never its owner.
  if (
    lower.includes('absk') ||
    (lower.includes('-') && ALIAS_HINT.test(lower)) ||
    KEY_ID_PREFIXES.some((x) => lower.includes(x))
  ) {
    s = s.replace(OTHER_KEY_ID_RE, (m: string, at: number, all: string) => {
      // (An AWS ID cut short is written in capitals: "asia2024sales" is a name. An alias, hex with letters
      // and digits interleaved, is a key's unless it stands where a unit's name does ("the key for
      // lab-1a2b3c"), and even there after "key" or "id" ("the key id bk-22aa91 for growth").)
      if (notAKeyId(m, at, all)) return m;
      keyIds.push(/^a[ks]ia/i.test(m) ? m.toUpperCase() : m);
      return ' xxkeyid ';
    });
    lower = s.toLowerCase();
  }
  // "key id AKIA…": the word "id" before an ID names what follows; it is no unit.
  if (keyIds.length > 0 && lower.includes('id'))
    lower = lower.replace(/\bids?\s*[:=#]?\s*(?=xxkeyid\b)/g, '');
  // "bu:growth days:30 owner:ana@…": a parameter's name and value written without a space.
  s = readParameters(normalizeCorrections(withPhoneSlips(lower)));
  // "a key for demo triage two", "local studies dash index": a unit's name dictated (spoken-unit-name.ts); "the road
  // works notices key", "key for fall risk model": a unit's name of plain words typed (plain-unit-names.ts).
  s = withPlainUnitNames(withSpokenUnitNames(s));
  // "svc recsys" is the recsys service; "#sec-incident-42" is a channel, no part of the request.
  if (s.includes('svc')) s = s.replace(/(?<![\w-])svc(?![\w-])/g, 'service');
  if (s.includes('#')) s = s.replace(/(?<![\w&])#[a-z][a-z0-9_-]*/g, ' ');
  // "ticket: <link>", "jira PLAT-3101": a reference for the record, no object of the request (a
  // ticket for a concert stays a ticket).
  if (s.includes('ticket') || s.includes('jira') || s.includes('ref') || s.includes('change'))
    s = s.replace(TICKET_REF, ' ');
  if (s.includes(':'))
    s = s.replace(/\b(bu|unit|team|owner|days|hours|ttl|region|expiry|name):(?=[^\s/:])/g, '$1: ');
  // Addressing: "/bedrock …", "/provisioning-bedrock …", "@bedrock …", "bedrock-bot: …".
  s = s.replace(/^\s*(?:\/[a-z0-9_-]+|@[a-z0-9_.-]+|bedrock[-_ ]bot\b)[\s,:]*/, ' ');
  const blank = s.trim() === '';
  // Emoji (":pray:", ":slightly_smiling_face:", "🙏") carry no request.
  // (Each rewrite below runs only when the text has a character it needs: most texts have none.)
  // Between two words an emoji ends what is said before it, as a comma would ("our key was in a
  // screenshot :scream: team ocr, pls rotate": the story's clause, then the request's).
  let emoji = false;
  if (s.includes(':')) {
    // (":fire::money_with_wings:": emoji written one against the other are read one by one.)
    if (s.includes('::'))
      s = s.replace(/(?<![\w:])(?::[a-z][a-z0-9_+'-]*:){2,}(?![\w:])/g, (run) => run.replaceAll('::', ': :'));
    const marked = s.replace(/(?<![\w:]):([a-z0-9_+'-]+):(?![\w:])/g, (_m, name: string) =>
      GREETING_EMOJI.test(name) ? ' ' : EMOJI,
    );
    emoji = marked !== s;
    s = marked;
  }
  // A flag (two regional-indicator letters) stands for a place and ends what is said about it, as a
  // comma would ("I'm in Seoul this week 🇰🇷 token in seoul for 3 hrs?": the story's clause, then the
  // request's); other emoji are read as nothing.
  if (NON_ASCII.test(s)) {
    const marked = s.replace(FLAG, ' , ').replace(GREETING_PICTOGRAPH, ' ').replace(PICTOGRAPH, EMOJI);
    emoji ||= marked.includes(EMOJI_MARK);
    s = marked;
  }
  if (emoji) s = s.replace(EMOJI_RUN, emojiBreak);
  // Slack formatting (*bold*, _it_, ~struck~ markers) around words and values ("in _tokyo_").
  if (MARKUP.test(s)) s = s.replace(/(^|[\s(])[*_~]+(?=\S)|(?<=\S)[*_~]+(?=$|[\s),.!?;:])/g, '$1 ');
  // ("the last token expired. Another one for 2h?": another token, another-one.ts.)
  s = withAnotherToken(s);
  const regionScan = scanRegions(s, capitals);
  s = regionScan.text;
  const regions = regionScan.found;
  const periodScan = scanPeriods(s);
  const scan = scanDurations(periodScan.text);
  s = oneByteText(scan.text, input);
  s = fixPhrases(s);
  s = rewriteMindDoing(rewriteLearnerEnglish(layAndEastAsian(s)));
  // ("key for stock-rotation-report (it's the thing that tells pharmacy which drugs to rotate first)": an aside
  // that says what a thing does is story, describing-aside.ts.)
  if (s.includes('(')) s = withoutDescribingAside(s);
  if ((s.includes('.') || s.includes('/')) && DOTTED_PAIR.test(s)) {
    // ("ml.search.rank": a dotted service name is one name; see service-names.ts.)
    if (s.includes('.')) s = joinDottedNames(s);
    s = s.replace(/\b([a-z][a-z0-9]+)[./]([a-z][a-z0-9]+)\b/g, joinPair);
  }
  s = withoutHolder(s.replace(/^\s*expire\b/, ' revoke '));
  // "see <link>", "per <link>": a reference, not a verb; "see you" is goodbye; "Risk & Compliance" is one name.
  if (s.includes('xxurl')) s = s.replace(/\b(?:see|per|following|check)\s+(?=xxurl\b)/g, ' ');
  if (s.includes('see')) s = s.replace(/\bsee\s+(?:you|ya|u)\b/g, ' bye ');
  // (fix54c: and "trust and safety", "everything for black friday", "an AKIA-style key", fixed-names.ts.)
  s = namesAsWritten(s);
  // Slack formatting and stray symbols; underscores inside words are kept (data_science).
  if (MARKUP.test(s)) s = s.replace(/(^|\s)[*_~]+|[*_~]+(?=\s|$|[,.!?;:])/g, '$1 ');
  if (s.includes('=')) s = s.replace(/\s*=\s*/g, ': ');
  s = withoutSymbols(s);
  if (s.includes('-')) s = s.replace(HYPHENATED_RE, (m) => m.replace(/-/g, '_')).replace(/\s+-+\s+/g, ' , ');
  s = correctTypos(joinGroupPhrases(s), titled);
  const durations = scan.found;
  const corrected =
    isCorrected(s) ||
    correctsItself(s) ||
    (s.includes('xxdur') && RESTATED.test(s)) ||
    correctsAfterWithdrawal(s);
  const lastDuration = durations[durations.length - 1];
  // "the last one lasted 90 days but this one should be 30": the number takes the story's unit.
  if (corrected && lastDuration === undefined && scan.droppedUnit !== undefined) {
    const fix = bareNumberAfter(s, scan.droppedUnit);
    if (fix !== null) {
      s = fix.text;
      durations.push(fix.found);
    }
  }
  if (corrected && lastDuration !== undefined) {
    const fix = correctedNumber(s, lastDuration.unitSeconds);
    if (fix !== null) {
      s = fix.text;
      durations.push({ ...lastDuration, seconds: fix.seconds, stated: String(fix.seconds) });
    }
  }
  const prepared: Prepared = {
    text: s,
    emails,
    mentions: decoded.mentions,
    keyIds,
    regions,
    durations,
    periods: periodScan.found,
    quarter: periodScan.quarter,
    corrected,
    blank,
    // (Present from the start, in this order, in every Prepared: one hidden class for all of them.)
    story: undefined,
    storyMentions: undefined,
    pastedWords: undefined,
    foreign: isForeign(lower) ? true : undefined,
    titled,
  };
  // "no not in us-east-1, in frankfurt": a value the text says it does not mean is no value.
  const negated = negatedValueRanges(s);
  return negated.length > 0 ? without(prepared, withSameRegions(s, regions, negated)) : prepared;
}

/**
 * "token for 2h in Zurich - edit: scratch zurich, any region is fine": a Region taken back goes
 * wherever the text states it.
 */
function withSameRegions(
  text: string,
  regions: Prepared['regions'],
  ranges: [number, number][],
): [number, number][] {
  const at = [...text.matchAll(/\bxxregion\b/g)].map((m) => m.index);
  if (at.length < 2 || at.length !== regions.length) return ranges;
  const gone = new Set<string>();
  at.forEach((a, n) => {
    if (ranges.some(([x, y]) => a >= x && a < y)) gone.add(regions[n]?.code ?? regions[n]?.stated ?? '');
  });
  const more = at.flatMap((a, n): [number, number][] =>
    gone.has(regions[n]?.code ?? regions[n]?.stated ?? '\u0000') ? [[a, a + 8]] : [],
  );
  return more.length === 0 ? ranges : [...ranges, ...more];
}

/** The prepared text with some character ranges blanked out, and the values lifted from them dropped. */
export function without(p: Prepared, ranges: [number, number][]): Prepared {
  const inside = (at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);
  const kept: Record<string, number[]> = { email: [], user: [], keyid: [], region: [], dur: [], period: [] };
  const seen: Record<string, number> = { email: 0, user: 0, keyid: 0, region: 0, dur: 0, period: 0 };
  for (const m of matchesOf(p.text, PLACEHOLDER_WORD)) {
    const kind = m[1] ?? '';
    const n = seen[kind] ?? 0;
    seen[kind] = n + 1;
    if (!inside(m.index)) kept[kind]?.push(n);
  }
  const pick = <T>(list: T[], kind: string): T[] =>
    (kept[kind] ?? []).flatMap((n) => (list[n] === undefined ? [] : [list[n] as T]));
  let text = p.text;
  // Overlapping ranges ("no need for a key": a negation and a withdrawal) are merged first.
  const merged: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  for (const [a, b] of merged.reverse()) text = `${text.slice(0, a)} , ${text.slice(b)}`;
  return {
    text,
    emails: pick(p.emails, 'email'),
    mentions: pick(p.mentions, 'user'),
    keyIds: pick(p.keyIds, 'keyid'),
    regions: pick(p.regions, 'region'),
    durations: pick(p.durations, 'dur'),
    periods: pick(p.periods, 'period'),
    quarter: p.quarter,
    corrected: p.corrected,
    blank: p.blank,
    story: p.story,
    storyMentions: p.storyMentions,
    pastedWords: p.pastedWords,
    foreign: p.foreign === true ? true : undefined,
    titled: p.titled,
  };
}

/**
 * A short sentence that states a value of the request and says it suffices ("3 hours should be
 * enough", "frankfurt would be great", "2h is plenty", "8 hours should cover her onboarding day"), or one that corrects the request ("sorry I
 * meant last month"): part of the request, never story.
 */
const VALUE_SENTENCE =
  /^[^a-z]*(?:\S+\s+){0,3}?xx(?:dur|region)\b(?:\s+\S+){0,5}?\s+(?:enough|fine|ok|okay|good|great|perfect|plenty|works|max|tops|will\s+do|should\s+do|ought\s+to\s+do|cover|covers|suffices?|is\s+all|would\s+be|please|pls)\b|^[^a-z]*(?:(?:no|oh|ah|oops|sorry|err+|wait|actually)[\s,.!]+)*(?:sorry|i\s+meant|i\s+mean|actually|make\s+(?:it|that)|err+|oops|typo|wait)\b/;

/**
 * A sentence that names the owner of what is asked for ("<@U…> will own it.", "Owner is bob@….") or
 * whom it is for ("not for me, for <@U…>", "forgot to say: for <@U…>, not me", "it's for <@U…>", "for
 * <@U…> actually, she's locked out": a correction of whom, whatever reason follows).
 */
const OWNER_SENTENCE =
  /^[^a-z]*(?:(?:and|also|btw)\s+)?(?:xx(?:user|email)\s+(?:will|shall|'ll|is\s+going\s+to)\s+(?:be\s+(?:the\s+)?)?own(?:s|er)?\b|(?:the\s+)?owner\s*(?:is|:|=|will\s+be|should\s+be)\s*xx(?:user|email)\b)|\bnot\s+(?:for\s+)?me\b[\s,;]*(?:but\s+|it'?s\s+|it\s+is\s+)?(?:for\s+)?xx(?:user|email)\b|\bfor\s+xx(?:user|email)\s*,?\s*(?:and\s+)?not\s+(?:for\s+)?me\b|^[^a-z]*(?:(?:edit|ps|oh|and|also|btw|forgot\s+to\s+say|sorry)[\s:,]+)*(?:it'?s\s+|this\s+is\s+)?for\s+xx(?:user|email)[\s.!]*$|^[^a-z]*for\s+xx(?:user|email)\s*,?\s*(?:actually|instead|rather)\b/;

/**
 * requests23: a sentence naming the request's unit as a field would ("Unit should be `ts-chaser`.", "the team
 * name is ledger-sync.") or its owner by name first ("Marco will own it: <@U…>."): part of the request, never
 * story (a chatty message's request is "could we please have a key for it?").
 */
const UNIT_OR_NAMED_OWNER_SENTENCE =
  /^[^a-z]*(?:(?:and|also|btw)\s+)?(?:the\s+)?(?:unit|team|bu|business\s+unit|project)(?:\s+name)?\s+(?:should\s+be|will\s+be|is)\s+[a-z0-9_]+\s*[.!]?\s*$|^[^a-z]*(?:(?:and|also|btw)\s+)?(?!(?:nobody|noone|none|who|never)\s)[a-z]+\s+(?:will|shall|'ll)\s+own\s+(?:it|this|that)\s*[:,-]?\s*xx(?:user|email)\b/;

/** A sentence giving the new key's lifetime ("30 days for the new one", "the new key should last 60 days"). */
const NEW_KEY_LIFETIME =
  /\bxxdur\s+(?:for|on)\s+the\s+(?:new|next|fresh|replacement)\b|\b(?:new|next|fresh|replacement)\s+(?:one|key)\s+(?:should\s+|can\s+|will\s+|to\s+)?(?:gets?|with|for|lasts?|lasting|valid\s+for|expires?\s+in|at)\s+xxdur\b/;

/** The prepared text without its story sentences, which are kept aside in `story`. */
const MENTION_WORD = /\bxxuser\b/g;

export function withoutStory(p: Prepared, ranges: [number, number][]): Prepared {
  const story = ranges.filter(([a, b]) => {
    const sentence = p.text.slice(a, b);
    return (
      !(
        VALUE_SENTENCE.test(sentence) ||
        OWNER_SENTENCE.test(sentence) ||
        NEW_KEY_LIFETIME.test(sentence) ||
        UNIT_OR_NAMED_OWNER_SENTENCE.test(sentence)
      ) || /\?\s*$/.test(sentence)
    );
  });
  if (story.length === 0) return p;
  const storyMentions: string[] = [];
  let n = 0;
  for (const m of p.text.matchAll(MENTION_WORD)) {
    const value = p.mentions[n++];
    if (value !== undefined && story.some(([a, b]) => m.index >= a && m.index < b)) storyMentions.push(value);
  }
  return {
    ...without(p, story),
    story: story.map(([a, b]) => p.text.slice(a, b).trim()).join(' . '),
    whole: p.whole ?? p.text,
    storyMentions: storyMentions.length > 0 ? storyMentions : undefined,
  };
}
