/**
 * AWS Regions as people type them, read with the core's one Region table (src/core/aws-regions.ts):
 *  - codes, also with spaces or underscores ("us east 1", "eu_west_2") and AWS's shorthand
 *    ("use1", "euc1", "apne1", "us-e-1", "eu-c1", "use-1");
 *  - the airport codes engineers use for Regions ("iad", "pdx", "fra"; src/core/aws-regions.ts): read
 *    as places, except those that are also everyday words or names ("sin", "dub", "syd", "bom", "arn",
 *    "fra"), which are a Region only in a Region's position ("in syd", "region: dub", "the sin
 *    region") or written in capitals in a text that is not all capitals ("token 2h SYD");
 *  - AWS's own descriptions ("Europe (Frankfurt)", "Asia Pacific (Tokyo)", "US East (N. Virginia)");
 *  - the table's places (cities, countries, areas): a place is a Region ("token 2h tokyo", "models in
 *    spain", "key for hr in frankfurt") unless a word for people or premises follows it ("the tokyo
 *    team", "the london office"); a hyphenated or underscored word ("paris-office", "tokyo_ops") is
 *    always a name.
 * A code that looks like a Region but is not one ("us-east-7", "mars-west-1") is reported, never
 * dropped or replaced by another Region. Works on lowercase text without accents.
 */
import { flightAirportAt } from './flight-airport.js';
import { anyOf, CORRECTS, markersOf, WITHDRAWS } from './correction-markers.js';
import { AWS_REGIONS, REGION_AIRPORT_CODES, findRegion } from '../core/aws-regions.js';
import { misspeltCities } from './place-typos.js';
import { markedValue, REGION_MARK, withoutTypedMarks } from './marks.js';

export interface RegionScan {
  /** The text with each Region (valid or not) replaced by ` xxregion `. */
  text: string;
  /** One entry per ` xxregion ` in text order: a Region code, or the stated text when it is no Region. */
  found: { code: string | null; stated: string }[];
}

const DIRECTIONS = 'northeast|southeast|northwest|southwest|north|south|east|west|central';
const SHORT_DIRECTION: Record<string, string> = {
  northeast: 'ne',
  southeast: 'se',
  northwest: 'nw',
  southwest: 'sw',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  central: 'c',
};
const PREFIXES = [
  ...new Set(AWS_REGIONS.map((r) => r.code.replace(new RegExp(`-(?:${DIRECTIONS})-\\d+$`), ''))),
];

const PREFIX_OF = new Map(PREFIXES.map((p) => [p.replace(/-/g, ''), p]));
/** Full codes, also spelled with spaces or underscores: "us-east-1", "us east 1", "eu_central_1". */
const CODE = new RegExp(
  String.raw`(?<![\w-])(${PREFIXES.map((p) => p.replace(/-/g, '[-_ ]?')).join('|')})[-_ ]?(${DIRECTIONS})[-_ ]?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine)(?![\w-])`,
  'g',
);
/** "eu west one", "us east two": the number of a code said in words. */
const DIGIT_OF: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
/** Something shaped like a code whose first part is no AWS prefix ("mars-west-1", "ap-middle-1" is caught below). */
const LOOKALIKE = new RegExp(
  String.raw`(?<![\w-])([a-z]{2,8})-(${DIRECTIONS}|[a-z]{3,8})-(\d{1,2})(?![\w-])`,
  'g',
);

const LOOKALIKE_DIRECTION = new RegExp(`^(?:${DIRECTIONS}|middle|mid|centre|center)$`);

/**
 * AWS shorthand: "use1", "usw2", "euc1", "apne1", "apse2", "us-e-1", also with a hyphen before the
 * direction or the number ("eu-c1", "euc-1", "use-1"): keyed without hyphens.
 */
const SHORTHAND = new Map<string, string>();
for (const region of AWS_REGIONS) {
  const m = new RegExp(`^(.+)-(${DIRECTIONS})-(\\d+)$`).exec(region.code);
  if (!m?.[1] || !m[2] || !m[3]) continue;
  const prefix = m[1].replace(/-/g, '');
  SHORTHAND.set(`${prefix}${SHORT_DIRECTION[m[2]] ?? m[2]}${m[3]}`, region.code);
}
/** A word shaped like shorthand: letters, at most two inner hyphens, one or two digits at the end. */
const SHORT_RE = /(?<![\w-])[a-z]{2,9}(?:-[a-z]{1,3}){0,2}-?\d{1,2}(?![\w-])/g;

const escape = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\\\.\s*/g, String.raw`\.?\s*`)
    .replace(/ /g, String.raw`\s+`);

/** AWS descriptions, matched anywhere: "europe (frankfurt)", "us east (n. virginia)", also without brackets. */
const DESCRIPTION_CODE = new Map<string, string>();
const DESCRIPTION_SOURCES: string[] = [];
for (const r of AWS_REGIONS) {
  const d = r.description.toLowerCase();
  DESCRIPTION_CODE.set(d.replace(/[^a-z]/g, ''), r.code);
  // ("GovCloud (US-East)", "European Sovereign Cloud (Germany)": AWS's description without its "AWS".)
  if (d.startsWith('aws ')) DESCRIPTION_CODE.set(d.slice(4).replace(/[^a-z]/g, ''), r.code);
  const m = /^(.*?)\s*\((.*)\)$/.exec(d);
  const head = m?.[1] ? escape(m[1]).replace(/^aws\\s\+/, '(?:aws\\s+)?') : '';
  DESCRIPTION_SOURCES.push(m?.[1] && m[2] ? `${head}\\s*\\(?\\s*${escape(m[2])}\\s*\\)?` : escape(d));
}
const DESCRIPTIONS = new RegExp(String.raw`(?<![\w-])(?:${DESCRIPTION_SOURCES.join('|')})(?![\w-])`, 'g');

/** Place names (and a few area names people use) → code; longer names first. */
const PLACES = new Map<string, string>();
for (const r of AWS_REGIONS) for (const place of r.places) if (!PLACES.has(place)) PLACES.set(place, r.code);
PLACES.set('us east', 'us-east-1');
PLACES.set('us west', 'us-west-2');
PLACES.set('n virginia', 'us-east-1');
/**
 * Airport codes that are also words or names ("sin", "dub", "bom dia", "syd", "mel", "bah", "fra"
 * as in "fra due ore", an "arn:" of IAM): a Region only in a Region's position or in capitals.
 */
const AIRPORT_WORDS = new Set(['sin', 'dub', 'syd', 'bom', 'arn', 'mel', 'bah', 'cpt', 'kul', 'fra', 'bjs']);
/** "ARN" in capitals is an Amazon Resource Name: only its Region's position makes it Stockholm. */
const NOT_BY_CAPITALS = new Set(['arn']);
/**
 * fix37b, tuned-shipyard: "BOM" before a noun of records is a bill of materials ("the nightly BOM export job", "the
 * BOM file"), not Mumbai by its capitals; "token 2h BOM", "in BOM" stay Mumbai.
 */
const BILL_OF_MATERIALS_AFTER =
  /^\s+(?:exports?|files?|lists?|reports?|jobs?|lines?|data|tables?|changes?|items?|levels?|trees?|structures?|uploads?|imports?|sync|extracts?|revisions?|versions?|explosions?|costing|rollups?)\b/i;
// The other airport codes are read as places: "token 2h pdx", but not where a unit's name stands
// ("the pdx team", "rotate the key for lhr", "deprovision gru").
const AIRPORT_PLACES = Object.keys(REGION_AIRPORT_CODES).filter(
  (airport) => !AIRPORT_WORDS.has(airport) && !PLACES.has(airport),
);
const AIRPORT_PLACE_RE = new RegExp(String.raw`(?<![\w-])(?:${AIRPORT_PLACES.join('|')})(?![\w:-])`, 'g');
/** Just before a unit's name: "for lhr", "of gru", "deprovision gru", "rotate lhr". */
const UNIT_POSITION_BEFORE =
  /(?:^|[^\w-])(?:for|of|deprovision|deprov|offboard|decommission|decom|rotate|rot|revoke|rvk|unit|bu|team)\s+(?:the\s+)?$/;
const AIRPORT_WORD = [...AIRPORT_WORDS].join('|');
/**
 * Premises that stand in a place: "the Dublin DC", "our Frankfurt data centre", "the Osaka plant", "the
 * Lisbon lab", also after one word that says which ("the Dublin backup DC"). (fix43a, tuned-colo: a data centre's rack
 * or cage, "they will use it from the Riyadh demo rack", "the Frankfurt cage".)
 * (fix50e, tuned-aircargo: an air-cargo handler's station, "if I move from IT to the Riyadh station".)
 */
const PREMISES = String.raw`dcs?|racks?|cages?|datacent(?:er|re)s?|data\s+cent(?:er|re)s?|server\s+rooms?|warehouses?|plants?|factory|factories|facility|facilities|buildings?|labs?|stores?|shops?|depots?|branches|sites|premises|colo|bureaus?|bureaux|desks?|hubs?|terminals?|stations?|yards?|docks?|ramps?|newsrooms?|studios?|clinics?|hospitals?|schools?|hotels?|venues?|kitchens?|restaurants?|pubs?|bars?|cafes?|bakery|bakeries|resorts?|outlets?|propert(?:y|ies)|salons?|gyms?|lounges?|garages?|workshops?`;
// (fix52e, tuned-hotels: a hotel and pub group's premises too, "the spring menu blurbs in the Melbourne kitchen", "our
// Auckland pub", "the Sydney resort": where people work, never a Region.)
/** What happens at an airport that names no Region: "tomorrow's SIN wave", "the GRU departure". */
const AIRPORT_THINGS = String.raw`waves?|departures?|arrivals?|flights?|slots?|shifts?|cargo|freight|ground\s+handling|station`;
/** A word for people or premises after a place: "the syd team", "our SIN office". */
// (Also a logistics site or what happens there: "the GRU desk", "the SIN warehouse", "tomorrow's SIN
// wave", "the LHR hub"; PREMISES and AIRPORT_THINGS below.)
const PEOPLE_AFTER = String.raw`(?!\s*(?:'s\s+)?(?:team|teams|office|offices|folks|people|crew|squad|staff|group|unit|bu|project|${AIRPORT_THINGS}|${PREMISES})\b)`;
const AIRPORT_WORD_RE = new RegExp(String.raw`(?<![\w-])(?:${AIRPORT_WORD})(?![\w:-])`, 'g');
const PEOPLE_AFTER_RE = new RegExp(`^${PEOPLE_AFTER}`);
/** Just before a Region: "in ", "region ", "region: ", "region=". */
const REGION_POSITION_BEFORE = /(?:^|[^\w-])(?:in\s+|region(?:\s*[:=]\s*|\s+))$/;
const REGION_AFTER = /^\s+region\b/;

/** An airport word in a Region's position: "in syd", "region: dub", "region=sin", "the mel region". */
function inRegionPosition(s: string, at: number, end: number): boolean {
  const after = s.slice(end, end + 24);
  if (REGION_AFTER.test(after)) return true;
  return REGION_POSITION_BEFORE.test(s.slice(Math.max(0, at - 12), at)) && PEOPLE_AFTER_RE.test(after);
}
/**
 * A terse token command's own slots ("tok fra 4h", "tkn syd, 2h"): an airport word between the token word
 * and its lifetime stands where a hurried writer puts the Region. "token fra due ore" and "bom dia" have no
 * lifetime after them; after the lifetime ("TOKEN 2H SYD", "token 2h dub step") it stays a word.
 */
const TOKEN_WORD_BEFORE = /(?:^|[^\w-])(?:token|tok|tkn|tokn)(?:\s*,\s*|\s+)$/;
const LIFETIME_AFTER = /^(?:\s*,\s*|\s+)\d{1,3}(?:[.,]\d)?\s?(?:h|hrs?|hours?|m|mins?|minutes?)\b/;

function inTerseToken(s: string, at: number, end: number): boolean {
  return (
    TOKEN_WORD_BEFORE.test(s.slice(Math.max(0, at - 24), at)) && LIFETIME_AFTER.test(s.slice(end, end + 24))
  );
}

/**
 * fix41d, tuned-styles-followups: the terse token command with the airport word last, ending the message, when the
 * token word itself is cut short ("tok 3h dub", "tkn 1d syd"): a writer of shorthand throughout. After the word in full
 * it stays a word ("TOKEN 2H SYD", region-shorthand.test.ts), as after anything following it ("tok 2h dub step").
 */
const TOKEN_LIFETIME_BEFORE =
  /(?:^|[^\w-])(?:tok|tkn|tokn)\s+\d{1,3}(?:[.,]\d)?\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+$/;
const MESSAGE_ENDS = /^[\s.!]*$/;
// (post41b: not a code that is also a word or a name, "tok 3h mel", "tok 2h bah"; the lead: nor "fra", from in the
// Nordic languages and between in Italian, which train27s-twentyseven.test.ts holds a word after the lifetime.)
const WORD_OR_NAME_CODES = new Set(['mel', 'bah', 'sin', 'bom', 'arn', 'fra']);
function lastInTerseToken(s: string, at: number, end: number): boolean {
  if (WORD_OR_NAME_CODES.has(s.slice(at, end).toLowerCase())) return false;
  return MESSAGE_ENDS.test(s.slice(end)) && TOKEN_LIFETIME_BEFORE.test(s.slice(Math.max(0, at - 32), at));
}

/** A correction marker just before a word: "… no wait ", "… sorry, ", "… nah ", "… scratch that, ". */
const CORRECTION_BEFORE = new RegExp(
  String.raw`(?:^|[^\w-])${anyOf(markersOf(CORRECTS), markersOf(WITHDRAWS), 'no')}[\s,.:;!>-]*(?:in\s+)?$`,
);
/** The corrected word ends its clause ("sorry, mel." but not "sorry mel, forgot to cc you"). */
const CORRECTION_ENDS =
  /^\s*(?:(?:instead|then|please|pls|plz|region|thanks|thx)\b\s*)?(?:[.!?;)\n]|$|,\s*(?:\d|for\b|in\b|please\b|pls\b|xx))/;
const AIRPORT_WORD_ONE = new RegExp(String.raw`(?<![\w-])(?:${AIRPORT_WORD})(?![\w:-])`);

/**
 * An airport word that corrects a Region stated before it ("token in fra. no wait dub", "in syd,
 * sorry, mel"): after a correction marker, when a Region, a place or another airport word came before,
 * and the word ends its clause.
 */
function correctsRegion(s: string, at: number, end: number): boolean {
  if (
    !CORRECTION_BEFORE.test(s.slice(Math.max(0, at - 24), at)) ||
    !PEOPLE_AFTER_RE.test(s.slice(end, end + 24)) ||
    !CORRECTION_ENDS.test(s.slice(end, end + 24))
  )
    return false;
  const before = s.slice(0, at);
  return before.includes(MARK) || AIRPORT_WORD_ONE.test(before) || /\b(?:in|region)\s+[a-z]/.test(before);
}

/** An airport word typed in capitals: "token 2h SYD", "models DUB". */
const AIRPORT_IN_CAPITALS = new RegExp(
  String.raw`(?<![\w-])(?:${AIRPORT_WORD.toUpperCase()})(?![\w:-])`,
  'g',
);

/**
 * The airport words written in capitals in a text that also has lowercase letters (an all-capitals
 * text says nothing by its capitals): "token 2h SYD" → {syd}. Undefined when there are none.
 */
export function airportsInCapitals(text: string): Set<string> | undefined {
  if (!/[A-Z]{3}/.test(text) || !/[a-z]/.test(text)) return undefined;
  let found: Set<string> | undefined;
  for (const m of text.matchAll(AIRPORT_IN_CAPITALS)) {
    const word = m[0].toLowerCase();
    if (NOT_BY_CAPITALS.has(word)) continue;
    if (word === 'bom' && BILL_OF_MATERIALS_AFTER.test(text.slice((m.index ?? 0) + 3, (m.index ?? 0) + 20)))
      continue;
    found ??= new Set();
    found.add(word);
  }
  return found;
}
const PLACE_NAMES = [...PLACES.keys()].sort((a, b) => b.length - a.length);
const ANY_PLACE = PLACE_NAMES.map(escape).join('|');
/** A place is never glued to a hyphenated word, and "us east 2" is a code, not a name ("spain 1h" is a place). */
const PLACE_END = String.raw`(?![\w-])(?!\s*-?\s*\d+(?:[.,]\d+)?(?![\d.,]|\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|wks?|weeks?)\b))`;
/**
 * fix39c, tuned-winery/tuned-dairy: a trade's partner named by its place ("the Tokyo importer wants revised export
 * paperwork", "the Jakarta agent still has a copy"): where the story's firm is, never the Region asked for.
 */
const TRADE_PARTNERS = String.raw`importers?|exporters?|distributors?|suppliers?|agents?|brokers?|dealers?|resellers?|buyers?|wholesalers?|forwarders?|consignees?`;
/**
 * post39c: after a word of the tech, "agents" and "pods" are a product's or a cluster's, no firm or team ("the Oregon
 * bedrock agents" (Bedrock Agents), "Frankfurt eks pods"): the place stays the Region.
 */
/**
 * fix41b, tuned-cosmetics: the people of a trade named by their place ("the pilot with the Seoul formulators", "the
 * Lyon chemists signed off"): where the story's colleagues are, never the Region asked for, as "the tokyo team" is.
 * Plurals of people only (a "-ist"/"-ian" of a trade, or one of the usual trades); things ("the tokyo servers",
 * "the Spain numbers") are not people.
 */
const TRADE_PEOPLE = String.raw`formulators|perfumers|chemists|engineers|developers|devs|designers|researchers|scientists|analysts|marketers|translators|testers|editors|reporters|traders|lawyers|doctors|nurses|drivers|operators|planners|managers|recruiters|accountants|auditors|consultants|contractors|vendors|interns|students|regulators|[a-z]{4,}ists(?<!(?:check|play|wish|hit|set|task|price|guest|word|reading|waiting|todo|to-do|short|long|black|white|mailing)lists)|[a-z]{3,}ians`;
/**
 * (post41b) The people of a trade block a place only as "the <place> <people>" (a determiner before the place): "the
 * Lyon chemists" are the story's, "token 3h in Seoul because engineers there need it" and "token 4h tokyo developers
 * are waiting" ask for the Region.
 */
const PEOPLE_OF_THE_PLACE = String.raw`(?!(?<=(?:^|[^\w-])(?:the|our|their|these|those|his|her|your|its|with)[^\S\n]+(?:${ANY_PLACE}))(?:'s)?[^\S\n]+(?:${TRADE_PEOPLE})\b)`;
const TECH_WORD_BEFORE = String.raw`(?<!\b(?:bedrock|eks|k8s|kubernetes|kube|gke|aks|ecs|fargate|sagemaker|ai|llm|docker|container|cluster)[^\S\n]+)`;
const TRADE_PARTNERS_AFTER_WORD = String.raw`${TECH_WORD_BEFORE}(?:${TRADE_PARTNERS})`;
const PODS_AFTER_WORD = String.raw`${TECH_WORD_BEFORE}pods?`;
/**
 * A place is a Region wherever it stands, unless a word for people or premises follows ("the tokyo
 * team", "our zurich and geneva teams"), also after one word that says which ("our Tokyo partner
 * office", "the Zurich bank customer"). A place told of with "is" is the story's, unless what is said
 * of it weighs it as a Region ("frankfurt is fine", fix37b, tuned-dating: "hyderabad is closer to the data").
 * (fix39b, tuned-pension/tuned-textile: the group nouns of README's convention, "the Japan Equities pod", "the Dhaka IE
 * cell", are a team's as "team" is.)
 */
const BARE = new RegExp(
  String.raw`(?<![\w-])(${ANY_PLACE})${PLACE_END}(?!(?:\s*(?:,|and|or|&)\s*(?!(?:the|a|an|our|my|their|for|in|to)\b)[a-z]+){1,2}\s+(?:teams|offices|folks|people|crews|squads|branches|sites|staff|colleagues)\b)(?![^\S\n]+(?!(?:for|in|to|the|a|an|and|or|with|by|please|pls|plz|on|at|from|is|are|was|were|but|so|then|if|region|xxdur)\b)[a-z]+[^\S\n]+(?:team|teams|office|offices|folks|people|crew|squad|branch|site|staff|colleagues|customers?|clients?|partners?|${TRADE_PARTNERS_AFTER_WORD}|hq|campus|${PODS_AFTER_WORD}|cells?|guild|tribe|bureau|${PREMISES})\b)${PEOPLE_OF_THE_PLACE}(?!\s*(?:'s\s+)?(?:team|teams|office|offices|folks|people|crew|squad|pods?|cells?|guild|tribe|bureau|branch|site|staff|colleagues|guys|group|dept|department|org|unit|bu|service|project|account|customers?|clients?|${TRADE_PARTNERS}|marathon|trip|weather|time|hq|campus|${PREMISES}|(?:is|are|was|were)(?!\s+(?:also\s+|totally\s+|still\s+)?(?:ok|okay|fine|supported|available|possible|enough|good|better|closer|nearer|faster|cheaper)\b))\b)`,
  'g',
);

function placeCode(name: string): string | null {
  const squeezed = name.replace(/\s+/g, ' ').replace(/\.\s*/g, '. ').trim();
  return PLACES.get(squeezed) ?? PLACES.get(squeezed.replace(/\./g, '').replace(/\s+/g, ' ')) ?? null;
}

const MARK = REGION_MARK;
const MARKED = markedValue(MARK);

/**
 * A greeting sent from a place ("Good morning from Dubai", "hello from Singapore!", "hi everyone from
 * Mumbai", "greetings from sunny Sydney"): where the writer is, a sentence that asks nothing (README "Story
 * around a request"), never the Region asked for; a place in the request itself still is.
 */
const GREETING_FROM =
  /(?:^|[^\w-])(?:hello|hallo|hi|hiya|hey|greetings|gm|morning|evening|good\s+(?:morning|afternoon|evening|day|night))(?:\s+(?:all|everyone|everybody|folks|team|again|y'all|guys))?[\s,!]+from\s+(?:(?:sunny|rainy|snowy|chilly|hot|cold|beautiful|lovely|windy|foggy|humid)\s+)?$/;

/** Finds Regions (and codes that are no Region) in lowercase text, in text order. */
/** First words of every place and description: a text with none of them and no digit names no Region. */
const FIRST_WORDS = new Set(
  [
    ...PLACE_NAMES,
    ...AIRPORT_WORDS,
    ...AIRPORT_PLACES,
    ...AWS_REGIONS.map((r) => r.description.toLowerCase()),
  ].map((n) => n.split(/[\s.(]+/)[0] ?? ''),
);

/** A code said in words: "eu west one", "ap south two". */
const SPOKEN_CODE = new RegExp(
  String.raw`\b(?:${PREFIXES.map((p) => p.replace(/-/g, '[-_ ]?')).join('|')})[-_ ]?(?:${DIRECTIONS})\b`,
);

/**
 * What a text needs for each pattern below to match (round fourteen: the patterns open with a
 * look-behind, so each one is tried at every position of every text that may name a Region; most
 * texts have none of what one of them needs). Each test only decides a skip: a pattern that may
 * match still runs, so what is found is the same.
 *
 * A match of a pattern that opens with `(?<![\w-])` and a letter starts a run of letters a-z: its
 * opening letters (up to the first character that is not one) either are the whole run (a space, a
 * hyphen or the pattern's end follows them) or open it (`\.?\s*`, `\s*\(?` may be empty).
 */
interface Openings {
  /** Runs of letters that are an alternative's opening letters exactly. */
  whole: Set<string>;
  /** Opening letters an alternative's run may go on past. */
  prefixes: string[];
  /** Some alternative opens otherwise: every text may match. */
  any: boolean;
}

function openingsOf(sources: readonly string[]): Openings {
  const out: Openings = { whole: new Set(), prefixes: [], any: false };
  for (const source of sources) {
    const [letters, rest] = openingLetters(source);
    if (letters === '') {
      out.any = true;
      continue;
    }
    if (rest === null) {
      out.prefixes.push(letters);
      continue;
    }
    // ("n\.?\s*california": the run is "n", or it goes on with "california".)
    const gap = OPTIONAL_GAP.exec(rest)?.[0] ?? '';
    const [more, after] = openingLetters(rest.slice(gap.length));
    if (gap === '' || more === '') {
      const next = gap === '' ? rest : after;
      if (next !== null && WHOLE_AFTER.test(next)) out.whole.add(letters);
      else out.prefixes.push(letters);
    } else {
      out.whole.add(letters);
      out.prefixes.push(letters + more);
    }
  }
  return out;
}

/** Optional pieces a name's words may be written without: "n. california", "europe (frankfurt)". */
const OPTIONAL_GAP = /^(?:\\\.\?|\\s\*|\\\(\?|\\\)\?)+/;
/** After the opening letters, what ends their run: the end, a space or a character that is no letter. */
const WHOLE_AFTER = /^(?:$|\\s\+|[-'_:,])/;

/**
 * The letters a pattern opens with (a letter a quantifier makes optional left out) and the rest of
 * the pattern (null when that letter was left out: the run may go on with anything).
 */
function openingLetters(source: string): [string, string | null] {
  const m = /^([a-z]*)(.*)$/s.exec(source);
  const all = m?.[1] ?? '';
  const rest = m?.[2] ?? '';
  return /^[?*+{]/.test(rest) ? [all.slice(0, -1), null] : [all, rest];
}

/** The patterns a run of letters may open a match of, one bit each (FIRST: it may name a Region). */
const FIRST = 1;
const AIRPORT_WORD_BIT = 2;
const AIRPORT_PLACE_BIT = 4;
const DESCRIPTION_BIT = 8;
const PLACE_BIT = 16;
const RUN_BITS = new Map<string, number>();
const PREFIX_BITS: [string, number][] = [];
let anyBits = 0;
for (const [openings, bit] of [
  [openingsOf([...AIRPORT_WORDS]), AIRPORT_WORD_BIT],
  [openingsOf(AIRPORT_PLACES), AIRPORT_PLACE_BIT],
  [openingsOf(DESCRIPTION_SOURCES), DESCRIPTION_BIT],
  [openingsOf(PLACE_NAMES.map(escape)), PLACE_BIT],
] as const) {
  if (openings.any) anyBits |= bit;
  for (const w of openings.whole) RUN_BITS.set(w, (RUN_BITS.get(w) ?? 0) | bit);
  for (const w of openings.prefixes) PREFIX_BITS.push([w, bit]);
}
for (const w of FIRST_WORDS) RUN_BITS.set(w, (RUN_BITS.get(w) ?? 0) | FIRST);
const SHORTEST_PREFIX = Math.min(...PREFIX_BITS.map(([w]) => w.length));

/** The bits of the patterns some run of letters of the text may open a match of. */
function runBits(runs: readonly string[]): number {
  let bits = anyBits;
  for (const run of runs) {
    bits |= RUN_BITS.get(run) ?? 0;
    if (run.length >= SHORTEST_PREFIX)
      for (const [prefix, bit] of PREFIX_BITS) if (run.startsWith(prefix)) bits |= bit;
  }
  return bits;
}

/** A code has a direction ("us-east-1", "eu central one"). */
const CODE_NEEDS = new RegExp(DIRECTIONS);
/** Shorthand and look-alike codes have a letter before their digits ("use1", "us-e-1", "mars-west-1"). */
const LETTER_DIGIT = /[a-z]-?\d/;

/** The text as typed, lowercased, while namesOnlyAsTyped runs; null otherwise. */
let typedOnly: string | null = null;

/**
 * post41d: runs `read` with only the place names written as such in `typed` (the message as it came) read as places,
 * so a name a script's reader glossed into English ("في دبي" in Dubai, "טוקן בישראל", "トークンを日本で") is an unknown
 * word, as it was before fix41h (parse-request.ts, parseRequest).
 */
export function namesOnlyAsTyped<T>(typed: string, read: () => T): T {
  const before = typedOnly;
  typedOnly = typed.toLowerCase();
  try {
    return read();
  } finally {
    typedOnly = before;
  }
}

/**
 * `capitals`: the airport words the original text wrote in capitals (`airportsInCapitals`), read as
 * Regions wherever they stand.
 */
export function scanRegions(typed: string, capitals?: ReadonlySet<string>): RegionScan {
  const given = withoutTypedMarks(typed);
  let lower = given;
  // (A text with no digit, no code said in words and no first word of a place names no Region.)
  let runs = lower.match(/[a-z]+/g) ?? [];
  // (A misspelt city is read as the city: "tkn 8h frnkfurt", "token 2h in londn"; place-typos.ts.)
  const misspelt = misspeltCities(runs);
  if (misspelt !== undefined) {
    lower = lower.replace(/(?<![\w-])[a-z]+(?![\w-])/g, (w) => misspelt.get(w) ?? w);
    runs = lower.match(/[a-z]+/g) ?? [];
  }
  const digit = /\d/.test(lower);
  const bits = runBits(runs);
  if (!digit && (bits & FIRST) === 0 && !SPOKEN_CODE.test(lower)) return { text: given, found: [] };
  const tagged: string[] = [];
  const mark = (code: string | null, stated: string): string => {
    tagged.push(`${code ?? ''}|${stated}`);
    return ` ${MARK}${tagged.length - 1}${MARK} `;
  };
  let s = lower;
  if (CODE_NEEDS.test(lower))
    s = s.replace(CODE, (all, prefix: string, dir: string, n: string) => {
      const code = `${PREFIX_OF.get(prefix.replace(/[-_ ]/g, '')) ?? prefix}-${dir}-${DIGIT_OF[n] ?? n}`;
      const region = findRegion(code);
      return mark(region ? code : null, region ? code : all.replace(/[_ ]/g, '-'));
    });
  // (Shorthand and look-alike codes all end in a digit.)
  const digits = digit && LETTER_DIGIT.test(lower);
  // (The replacements below never join two runs of letters: each match is bounded by characters
  // that are no letters, and its mark is set between spaces. So the runs of the text as it comes
  // decide.)
  if (digits)
    s = s.replace(SHORT_RE, (all) => {
      const code = SHORTHAND.get(all.replace(/-/g, ''));
      return code === undefined ? all : mark(code, all);
    });
  // "mars-west-1" (a direction) and "ap-moon-1" (an AWS prefix) are meant as Regions that do not exist.
  if (digits)
    s = s.replace(LOOKALIKE, (all, prefix: string, dir: string) =>
      LOOKALIKE_DIRECTION.test(dir) || PREFIX_OF.has(prefix) ? mark(null, all) : all,
    );
  if ((bits & DESCRIPTION_BIT) !== 0)
    s = s.replace(DESCRIPTIONS, (all) => {
      const code = DESCRIPTION_CODE.get(all.replace(/[^a-z]/g, ''));
      return code ? mark(code, code) : all;
    });
  if ((bits & AIRPORT_WORD_BIT) !== 0)
    s = s.replace(AIRPORT_WORD_RE, (all: string, at: number, whole: string) => {
      const code = REGION_AIRPORT_CODES[all];
      if (code === undefined) return all;
      const end = at + all.length;
      // ("BA283 diverted DUB": a flight's airport in the story, flight-airport.ts.)
      if (flightAirportAt(whole, at)) return all;
      const byCapitals = capitals?.has(all) === true && PEOPLE_AFTER_RE.test(whole.slice(end, end + 24));
      return byCapitals ||
        inRegionPosition(whole, at, end) ||
        correctsRegion(whole, at, end) ||
        inTerseToken(whole, at, end) ||
        lastInTerseToken(whole, at, end)
        ? mark(code, all)
        : all;
    });
  if ((bits & AIRPORT_PLACE_BIT) !== 0)
    s = s.replace(AIRPORT_PLACE_RE, (all: string, at: number, whole: string) => {
      const code = REGION_AIRPORT_CODES[all];
      if (code === undefined) return all;
      const end = at + all.length;
      if (!PEOPLE_AFTER_RE.test(whole.slice(end, end + 24)) || flightAirportAt(whole, at)) return all;
      const unitAt = UNIT_POSITION_BEFORE.test(whole.slice(Math.max(0, at - 24), at));
      return !unitAt || capitals?.has(all) === true || REGION_AFTER.test(whole.slice(end, end + 24))
        ? mark(code, all)
        : all;
    });
  if ((bits & PLACE_BIT) !== 0)
    s = s.replace(BARE, (all, name: string, at: number, whole: string) => {
      // (post41d: a place a script's reader glossed ("في دبي", "טוקן בישראל"), read as an unknown word: namesOnlyAsTyped.)
      if (typedOnly !== null && !typedOnly.includes(name)) return all;
      const code = placeCode(name);
      // ("Good morning from Dubai ☀️ token for 4 hours": where the writer greets from, story.)
      if (code && whole.includes('from') && GREETING_FROM.test(whole.slice(Math.max(0, at - 48), at)))
        return all;
      return code ? mark(code, name) : all;
    });
  if (tagged.length === 0) return { text: given, found: [] };
  const found: RegionScan['found'] = [];
  const text = s.replace(MARKED, (_a, i: string) => {
    const [code = '', stated = ''] = (tagged[Number(i)] ?? '|').split('|');
    found.push({ code: code === '' ? null : code, stated });
    return 'xxregion';
  });
  return { text, found };
}

/** Rewrites Region names used as places (in lowercase text) to their codes (kept for tests and tools). */
export function rewriteRegionNames(lower: string): string {
  const scan = scanRegions(lower);
  let i = 0;
  return scan.text
    .replace(/xxregion/g, () => {
      const f = scan.found[i++];
      return f?.code ?? f?.stated ?? '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}
