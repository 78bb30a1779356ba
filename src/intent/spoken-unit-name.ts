/**
 * A unit's name said in words, as dictated ("a key for demo triage two", "unit is oral history two", "an
 * api key for tracking chat three sixty", "create key for local studies dash index", "tear down the setup
 * for hack week 3"): where a unit's name stands (after "for", "unit is", "called", "named") a run of one to
 * three plain words, then a spoken "dash" between words or a small number ending the phrase, is the
 * name written with hyphens ("demo-triage-2", "tracking-chat-360", "local-studies-index"). Rewritten on
 * the prepared text, so the unit readings see the hyphenated name as they do when it is typed.
 * (fix49g, tuned-styles-anglo: a spoken "slash" between words is a path's, "api key for growth slash experiments",
 * and a path is one name written with hyphens, as typed "growth/experiments" → `growth-experiments`.)
 *
 * Only a small number (a single digit, "one" to "twelve", or a number said in two words, "three sixty")
 * and only at the end of the phrase: "key for growth 90" keeps its days, "token for 2 hours" its
 * duration, and "key for growth and one for ads" its second key (a function word ends the run).
 */
import { NUMBER_WORDS, TENS } from './durations.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { NOT_NAME_TAGS } from './name-stop-tags.js';

/** Words that never stand in a dictated name: times, counts, credentials, people asked for. */
const NEVER_IN_NAME = new Set(
  (
    'hour hours hr hrs h day days d minute minutes min mins m month months year years y key keys token ' +
    'tokens api access credential credentials me everyone people users staff more another dash slash please pls ' +
    // (review37: a shift is a rota's, "rotate night shift two please", never a unit dictated.)
    'unit team project squad group shift shifts'
  ).split(' '),
);

/**
 * fix38a, tuned-ocean: a deployment's word ending a dictated name of two words or more, "deprovision wave buoy feed test",
 * "rotate claims triage staging": the last word of the name, as typed "wave-buoy-feed-test" ("key for analytics test"
 * may be a key to test analytics with: one word before it is not enough).
 */
const DEPLOYMENT_WORDS = new Set(['test', 'dev', 'staging', 'prod', 'sandbox']);
const DEPLOYMENT_LAST = /\b(?:test|dev|staging|prod|sandbox)[^\S\n]*(?:$|[.,;!?]|please|pls|plz|thanks|thx)/;
/**
 * fix45b, tuned-care: after the word "unit", a country's short code ends a dictated name of two words or more as a
 * deployment's word does, "new api key for unit rota planner nl" (`rota-planner-nl`, the Dutch instance); only there
 * ("a key for the rota planner nl" may be a place said after it).
 */
const LOCALE_WORDS = new Set([
  'nl',
  'uk',
  'ie',
  'de',
  'fr',
  'es',
  'pl',
  'eu',
  'us',
  'au',
  'za',
  'nz',
  'ca',
  'jp',
  'sg',
]);
const LOCALE_LAST =
  /\bunit[^\S\n]+(?:[a-z]{2,}[^\S\n]+){2,3}(?:nl|uk|ie|de|fr|es|pl|eu|us|au|za|nz|ca|jp|sg)[^\S\n]*(?:$|[.,;!?]|please|pls|plz|thanks|thx)/;

const UNIT_NOUN_NEXT = /^\s*(?:unit|team|project|squad|group)\b/;
/** The opener is one of our commands (COMMAND_OPENER). */
const COMMAND_AT = /^(?:deprovision|deprov|decommission|offboard|retire|rotate|revoke)\b/;
/** A credential just before the opener's "for" ("the key for …"). */
const KEY_FOR_BEFORE = /\b(?:keys?|creds|credentials?)[^\S\n]*$/;

/** Nouns of an occasion that a name may end in before its number ("hack week 3"). */
const OCCASION_NOUNS = new Set(['week', 'weekend', 'sprint']);
/**
 * fix43a, tuned-seafood: or before its year, "shut down everything for hack week 2024" (`hack-week-2024`), an occasion
 * set up again each year; only after an occasion's noun ("key for growth 2024" is no name read here).
 */
const OCCASION_YEAR = String.raw`(?<=\b(?:week|weekend|sprint)\s+)(?:19|20)\d\d`;
const OCCASION_YEAR_TEST = /\b(?:week|weekend|sprint)\s+(?:19|20)\d\d\b/;

/**
 * fix39g, tuned-dental: "the unit" between "for" and the name opens it as "unit is" does ("revoke the key for the unit
 * claims coder dash staging two"), so that a one-word name may end in its number ("a key for the unit vision two").
 */
const UNIT_AFTER_FOR = String.raw`(?:unit[^\S\n]+(?!is\b))?`;
/**
 * fix43a, tuned-seafood: "of unit" opens a name as "for unit" does ("revoke the credentials of unit catch cert dev"); only
 * with "unit" after it (UNIT_OF), so "the key of claims triage dev" is not read.
 */
const UNIT_OF = String.raw`of(?=[^\S\n]+unit[^\S\n])`;
const OPENER = String.raw`\b(?:for|${UNIT_OF}|unit[^\S\n]+is|unit[^\S\n]*:|called|named)[^\S\n]+(?:the[^\S\n]+)?${UNIT_AFTER_FOR}`;
/**
 * fix37b, tuned-shipyard: a command done to a unit opens its name too ("deprovision drydock planner two", "rotate demo
 * triage three"); read after the openers above, so that "rotate the key for field ops two" is read at its "for".
 * (review37: a shift's name is none, NEVER_IN_NAME: "rotate night shift two please" is a staff rota's.)
 */
/**
 * (fix45b, tuned-care: "unit" between the command and the name opens it too, "offboard unit incident classifier test"
 * (`incident-classifier-test`), as it does after "for".)
 */
const COMMAND_OPENER = String.raw`\b(?:deprovision|deprov|decommission|offboard|retire|rotate|revoke)[^\S\n]+(?:the[^\S\n]+)?${UNIT_AFTER_FOR}`;
const WORD = String.raw`[a-z]{2,}`;
/**
 * fix39b, tuned-pension: or in three words, a last digit after the tens ("member portal three sixty five" →
 * "member-portal-365").
 */
const NUMBER = String.raw`(?:${OCCASION_YEAR}|[1-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?)?)`;
/**
 * fix39g, tuned-dental: a setting opened by "with" after the name's number ends it ("create a key for the unit
 * sterilisation log two with expiry thirty days"); only after a number, so "key for growth with ads" is not read.
 */
const WITH_AFTER_NUMBER = String.raw`(?<=\b${NUMBER})[^\S\n]+with\b`;

/**
 * Where the phrase ends: the text's end, a mark, a word of asking or thanks, or a unit noun ("midlands dash ops unit").
 * (fix37c, tuned-tax/tuned-crypto: or an aside opened after it, in brackets or after a dash: "key for hack week 2 (the
 * automation hackathon)", "shut it all down for hack week 4 — unit, keys, everything".)
 */
const ENDS = String.raw`(?=[^\S\n]*(?:$|[.,;!?()—–]|-[^\S\n]|(?:please|pls|plz|thanks|thank|thx|asap|unit|team|project|squad|group)\b|${WITH_AFTER_NUMBER}))`;

/**
 * Opener, then the run (words, each maybe after "dash"), then a number or not: checked word by word below.
 * (fix50e, tuned-aircargo: the number also after a spoken "dash", "api key for station reports oman dash two".)
 */
const spokenAfter = (opener: string): RegExp =>
  new RegExp(
    `(${opener})(${WORD}(?:[^\\S\\n]+(?:(?:dash|slash)[^\\S\\n]+)?${WORD}){0,3}?)(?:[^\\S\\n]+(?:dash[^\\S\\n]+)?(${NUMBER}))?${ENDS}`,
    'g',
  );
const SPOKEN = spokenAfter(OPENER);
const SPOKEN_AFTER_COMMAND = spokenAfter(COMMAND_OPENER);

/**
 * fix39g, tuned-mobile: a number said in two words whose tens are sixty or more is no clock time ("customer three
 * sixty"; "lunch two thirty" is one), so a one-word name may end in it.
 */
const NOT_A_TIME = /\s(?:sixty|seventy|eighty|ninety)$/;
/** A key's or a unit's word anywhere in the text (post39c: the one-word name before a number that is no time needs one). */
const KEY_OR_UNIT_WORD = /\b(?:keys?|creds|credentials?|unit|units)\b/;

function numberOf(spoken: string): string {
  const [a = '', b, c] = spoken.split(/\s+/);
  const tens =
    b === undefined || TENS[b] === undefined
      ? ''
      : String(TENS[b] + (c === undefined ? 0 : (NUMBER_WORDS[c] ?? 0)));
  return String(NUMBER_WORDS[a] ?? a) + tens;
}

/**
 * fix52e, tuned-insurer: a year ending a name of two or three plain words is the name's number wherever the name
 * stands, typed or dictated ("the hail season 2026 unit", "dets on summer sale 2026 pls", "revoke winter menu 2026's
 * keys", "how much is the spring promo 2025 thing costing"), as "hack week 2024" is after an occasion's noun: written
 * "hail-season-2026". Only before what ends a name (a mark, the text's end, "'s", a unit noun, "thing", a key's word,
 * "please"); never from a month, a time word, a count, a verb or noun of ours ("since early march 2026", "revoke
 * growth 2026", "for fiscal year 2026" keep their reading).
 */
const YEAR_NAME =
  /\b((?:[a-z]{2,}[^\S\n]+){1,2}[a-z]{2,})[^\S\n]+((?:19|20)\d\d)(?=$|[.,;!?()]|['’]s\b|[^\S\n]+(?:unit|units|team|project|squad|group|thing|things|stuff|setup|key|keys|creds|credentials|job|tool|bot|please|pls|plz|thanks|thx)\b)/g;
const YEAR_TEST = /[a-z][^\S\n]+(?:19|20)\d\d\b/;
const NOT_IN_YEAR_NAME = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec early late mid end start beginning fiscal calendar since until till from before after ' +
    'during last next this past whole entire full total spend spent spending cost costs costing budget'
  ).split(' '),
);
/**
 * Tags of our verbs and nouns, none a word of a name ("menu", tagged Help, may be: "menu copy 2026"): the shared list, and
 * a provider's word, a model's release before a year.
 */
const YEAR_NAME_STOP_TAGS = new Set([...NOT_NAME_TAGS, 'Provider']);
function yearNamed(m: string, run: string, year: string): string {
  const words = run.split(/[^\S\n]+/);
  const named: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] ?? '';
    if (
      FUNCTION_WORDS.has(w) ||
      NEVER_IN_NAME.has(w) ||
      NOT_IN_YEAR_NAME.has(w) ||
      YEAR_NAME_STOP_TAGS.has(LEXICON[w] ?? '') ||
      w in NUMBER_WORDS ||
      w in TENS
    )
      break;
    named.unshift(w);
  }
  if (named.length < 2) return m;
  const kept = words.slice(0, words.length - named.length);
  return `${kept.length > 0 ? `${kept.join(' ')} ` : ''}${named.join('-')}-${year}`;
}

/**
 * fix52e, tuned-hotels: a name of two or three words, one of which is a word of ours, said between "the" and its key
 * or unit ("rotate the menu copy nz key", "the review replies v2 key", "get rid of the wine list unit", "revoke the
 * spend report key"): our word ("menu" of help, "list", "review" of an occasion) is the name's there, as no verb or
 * topic stands between an article and a key's noun; written with hyphens so the name is read whole. Only when the
 * run also holds a plain word, and no word of a credential, a provider, a Region, a lifetime or an action of ours
 * ("the new api key", "the claude key", "the rotate key" keep their reading); a country's code or a version may end it.
 */
const OURS_IN_NAME =
  /\b(the|our|their)[^\S\n]+((?:[a-z][a-z0-9]{1,}[^\S\n]+){1,2}[a-z][a-z0-9]{1,})(?=[^\S\n]+(?:key|keys|unit|creds|credentials)\b)/g;
/** Tags of our words a name may hold (a topic or a read of ours, as a plain noun). */
const TOPIC_TAGS = new Set(['Help', 'List', 'Details', 'Show', 'History', 'Spend', 'Models']);
/**
 * Who may do our verbs ("can the bot list keys"), and group nouns that end a team's name the finder reads whole ("the
 * translation desk key"): no run here holds one.
 */
const DOERS_AND_GROUPS = new Set(
  (
    'bot bots admin admins owner owners user users people folks lead manager everyone someone anyone i we you they ' +
    'desk desks team teams squad pod crew guild chapter tribe cell studio bureau lab office practice circle hub group'
  ).split(' '),
);
/** Occasions and bills that stop a name elsewhere ("the security review"): a name's word before its key. */
const VERB_FIRST = new Set(['Spend', 'Show', 'List', 'Details']);
const OCCASION_WORDS = new Set('review reviews audit audits report reports invoice invoices'.split(' '));
const NAME_END = /^(?:v\d{1,2}|\d{1,2}|nl|uk|ie|de|fr|es|pl|eu|us|au|za|nz|ca|jp|sg)$/;
function oursInName(m: string, det: string, run: string): string {
  const words = run.split(/[^\S\n]+/);
  let ours = 0;
  let plain = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (k === words.length - 1 && k > 1 && NAME_END.test(w)) continue;
    // (A review noun just before the key is the occasion the key is for, not the name's: "revoke the compliance audit
    // key" is compliance's, review-fixes-nineteen-fix19d.test.ts.)
    if (k === words.length - 1 && OCCASION_WORDS.has(w)) return m;
    if (
      /\d/.test(w) ||
      FUNCTION_WORDS.has(w) ||
      NEVER_IN_NAME.has(w) ||
      DOERS_AND_GROUPS.has(w) ||
      /(?:ed|ing)$/.test(w)
    )
      return m;
    const tag = LEXICON[w];
    // (A verb of ours opening the run reads as one, "the spend por unit" of a half-glossed "o gasto por unidade".)
    if (k === 0 && VERB_FIRST.has(tag ?? '')) return m;
    if (tag === undefined) plain++;
    else if (TOPIC_TAGS.has(tag)) ours++;
    else return m;
    if (OCCASION_WORDS.has(w)) ours++;
  }
  return ours > 0 && plain > 0 ? `${det} ${words.join('-')}` : m;
}
/**
 * (And in a text that names such a name, every other name of plain words before its key, "revoke the res chatbot key and
 * the menu copy key": both written with hyphens, so the first is read first as two typed names are.)
 */
const DESCRIBING = new Set(
  (
    'main primary secondary personal shared temp temporary permanent spare backup master root admin default prod ' +
    'production staging dev test sandbox legacy big small long short live real fake dummy whole full same other ' +
    'team group squad'
  ).split(' '),
);
function plainName(m: string, det: string, run: string): string {
  const words = run.split(/[^\S\n]+/);
  for (const w of words)
    if (
      /\d/.test(w) ||
      FUNCTION_WORDS.has(w) ||
      NEVER_IN_NAME.has(w) ||
      DESCRIBING.has(w) ||
      DOERS_AND_GROUPS.has(w) ||
      /ed$/.test(w) ||
      LEXICON[w] !== undefined
    )
      return m;
  return `${det} ${words.join('-')}`;
}

/** The text with each dictated unit's name written with hyphens. */
export function withSpokenUnitNames(s: string): string {
  if (YEAR_TEST.test(s)) s = s.replace(YEAR_NAME, yearNamed);
  if (s.includes('the ') || s.includes('our ') || s.includes('their ')) {
    const named = s.replace(OURS_IN_NAME, oursInName);
    if (named !== s) s = named.replace(OURS_IN_NAME, plainName);
  }
  if (
    !/\b(?:dash|slash)\b|\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/.test(
      s,
    ) &&
    !DEPLOYMENT_LAST.test(s) &&
    !OCCASION_YEAR_TEST.test(s) &&
    !(s.includes('unit') && LOCALE_LAST.test(s))
  )
    return s;
  return s.replace(SPOKEN, hyphenated).replace(SPOKEN_AFTER_COMMAND, hyphenated);
}

/** One dictated name found by SPOKEN, written with hyphens, or the match as it was. */
function hyphenated(
  m: string,
  opener: string,
  run: string,
  number: string | undefined,
  at: number,
  whole: string,
): string {
  const dashed = /\b(?:dash|slash)\b/.test(run);
  const words = run.split(/\s+/).filter((w) => w !== 'dash' && w !== 'slash');
  // (Not before a unit noun, "decommission the contact centre sandbox unit, it's `cc-sandbox`": the words describe it.)
  // (merge38: only right after our command or a key's "for" with no article, "deprovision wave buoy feed test", "the key
  // for kelp map viewer test" ("the key for the nightly regression test" is what the key is for); after another thing's "for" the words are what it is for, "regenerate the snapshot for the models
  // dropdown test".)
  // (fix43a: or after the word "unit", "of unit catch cert dev", "for unit catch cert dev": the name is said to be a unit's.)
  const deployed =
    (COMMAND_AT.test(opener) ||
      /\bunit\s+$/.test(opener) ||
      (KEY_FOR_BEFORE.test(whole.slice(Math.max(0, at - 24), at)) && !/\bthe\b/.test(opener))) &&
    words.length >= 3 &&
    (DEPLOYMENT_WORDS.has(words[words.length - 1] ?? '') ||
      (LOCALE_WORDS.has(words[words.length - 1] ?? '') && /\bunit\s+$/.test(opener))) &&
    !UNIT_NOUN_NEXT.test(whole.slice(at + m.length, at + m.length + 12));
  if (number === undefined && !dashed && !deployed) return m;
  // ("hack week 3", "design sprint 2": an occasion's noun after a word of its name.)
  const plain = (w: string, k: number) => !FUNCTION_WORDS.has(w) || (k > 0 && OCCASION_NOUNS.has(w));
  if (words.some((w, k) => !plain(w, k) || NEVER_IN_NAME.has(w) || w in NUMBER_WORDS || w in TENS)) return m;
  // (A number needs a name of two words before it, or one after "unit is": "key for growth 2" may count.)
  // (fix39g, tuned-mobile: or a number said in two words that is no clock time, "rotate customer three sixty".)
  // (post39c: only where a key or unit word is said, or right after our command with no article: "rotate the photo one
  // eighty" turns a picture, "please rotate portal three sixty" a unit.)
  const noTimeName =
    NOT_A_TIME.test(number ?? '') &&
    (KEY_OR_UNIT_WORD.test(whole) || (COMMAND_AT.test(opener) && !/\bthe\b/.test(opener)));
  // (fix50e: or one with a spoken "dash" before the number, "the unit sales dash three": a name's hyphen, no count.)
  const dashedNumber = number !== undefined && /\bdash$/.test(m.slice(0, m.length - number.length).trimEnd());
  if (number !== undefined && words.length < 2 && !/\bunit\b/.test(opener) && !noTimeName && !dashedNumber)
    return m;
  const parts = number === undefined ? words : [...words, numberOf(number)];
  return `${opener}${parts.join('-')}`;
}
