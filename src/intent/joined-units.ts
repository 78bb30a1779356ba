/**
 * One action asked for two units at once ("revoke the growth key and the ads key", "rotate growth's and
 * ads' keys", "rotate the keys for growth and ads"): the parse reads the first unit (README, "Two
 * requests"), and the bot must not act on it alone without saying so. It asks instead, with a button
 * for each unit: one request at a time, each confirmed.
 */
import { alternativeOf } from '../core/clarify.js';
import { ACTING_INTENTS as ACTING, type ParseResult } from '../core/request.js';
import { isNameWord, isSecretShaped } from './business-unit.js';
import { LEXICON } from './lexicon.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';

const NAME = String.raw`([a-z0-9][a-z0-9_-]*)`;
const AND = String.raw`\s*,?\s+(?:and|&|plus|as\s+well\s+as)\s+(?:also\s+)?(?:the\s+)?`;
/** A comma between two names of a list that ends in "and" ("growth, ads and risk"): the next name. */
const COMMA = String.raw`\s*,\s*(?:the\s+)?`;
/** The rest of such a list after the second name: more names, the last after "and". */
const LIST_REST = String.raw`(?:\s*,\s*(?:the\s+)?[a-z0-9][a-z0-9_-]*(?:'s|’s|'|’)?)*\s*,?\s+(?:and|&)\s+(?:the\s+)?[a-z0-9][a-z0-9_-]*(?:'s|’s|'|’)?`;
/** Where the names of a request end: the text's end, or a polite or adding word. */
const NAMES_END = String.raw`(?=\s*(?:$|[.!?;)]|\s+(?:please|pls|too|as\s+well|teams|asap)\b))`;
const POSSESSIVE = String.raw`(?:'s|’s|'|’)?`;
const KEYS = String.raw`(?:api\s+|access\s+)?(?:keys?|creds?|credentials?)\b`;

/** The patterns built for a unit's name, kept for the next text naming it (bounded). */
const built = new Map<string, RegExp[]>();

/** The second unit's pattern, around the first unit's name as written (`u`). */
function joinedPatterns(u: string): RegExp[] {
  let patterns = built.get(u);
  if (patterns === undefined) {
    if (built.size >= 1000) built.clear();
    patterns = buildPatterns(u);
    built.set(u, patterns);
  }
  return patterns;
}

/**
 * A unit's patterns are compiled when first run, which costs far more than running them (a
 * millisecond or so for the nine, and again after the engine drops code left unused), and most texts
 * that reach them match none. Each pattern is therefore first tried with any name of a unit's shape in
 * the unit's place (compiled once): a name of letters, digits, "-" and "_", up to 64 characters (the
 * unit's "-" read as "-", "_" or a space), where the unit's own pattern matches, this one does too, so a
 * text it does not match is one the unit's pattern cannot match either.
 */
const UNIT_SHAPE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** The index of the pattern where the unit read is the one named second ("the X key and the <unit> key"). */
const SECOND_READ = 7;
const ANY_UNIT = buildPatterns('[a-z0-9][a-z0-9_ -]{0,63}');

function buildPatterns(u: string): RegExp[] {
  return [
    // "growth's and ads' keys", "the growth and ads keys"
    new RegExp(String.raw`\b${u}${POSSESSIVE}${AND}${NAME}${POSSESSIVE}\s+${KEYS}`),
    // "the growth key and the ads key", "growth's key and ads' one"
    new RegExp(String.raw`\b${u}${POSSESSIVE}\s+${KEYS}${AND}${NAME}${POSSESSIVE}\s+(?:${KEYS}|one\b)`),
    // "the keys for growth and ads", "keys of growth & ads please"
    new RegExp(
      String.raw`\b${KEYS}\s+(?:for|of)\s+(?:the\s+)?${u}${AND}(?:for\s+|of\s+)?${NAME}(?=\s*(?:$|[,.!?;)]|\s+(?:please|pls|too|as\s+well|teams|asap)\b))`,
    ),
    // "deprovision growth and ads", "rotate growth and ads please": two names ending the request.
    new RegExp(String.raw`\b${u}${AND}${NAME}${NAMES_END}`),
    // a list of three or more: "the growth, ads and risk keys", "the keys for growth, ads and risk",
    // "deprovision growth, ads and risk"
    // (The first group holds the whole rest of the list: every name in it is offered.)
    new RegExp(String.raw`\b${u}${POSSESSIVE}${COMMA}(${NAME}${POSSESSIVE}${LIST_REST})\s+${KEYS}`),
    new RegExp(String.raw`\b${KEYS}\s+(?:for|of)\s+(?:the\s+)?${u}${COMMA}(${NAME}${LIST_REST})${NAMES_END}`),
    new RegExp(String.raw`\b${u}${COMMA}(${NAME}${LIST_REST})${NAMES_END}`),
    // the unit read named second ("the growth key and the ads team key" read as ads-team): SECOND_READ below
    new RegExp(String.raw`\b${NAME}${POSSESSIVE}\s+${KEYS}${AND}${u}${POSSESSIVE}\s+(?:${KEYS}|one\b)`),
    // the second added as a sentence: "the growth key. also the ads key", "…, and also ads' key"
    new RegExp(
      String.raw`\b${u}${POSSESSIVE}\s+${KEYS}\s*[.,;]\s*(?:and\s+)?also\s+(?:the\s+)?${NAME}${POSSESSIVE}\s+(?:${KEYS}|one\b)`,
    ),
  ];
}

/**
 * "the search and recommendations team", "the trust and safety group's key": two words joined by "and"
 * before one team noun name one team (README: a team noun after the name is kept), read as one unit.
 */
const TEAM_WITH_AND =
  /\bthe\s+([a-z][a-z0-9-]*)\s+and\s+([a-z][a-z0-9-]*)\s+(team|group|squad|department|dept)(?![\w-])(?!\s+(?:and|&)\b)/;
/**
 * A verb of ours, a name, then "and (the) (old) <unit> unit" ("deprovision stock-weeding and the old
 * hold-list-forecast unit", "revoke tour-routing and the setlist-bot team's key"): UNIT is the unit read.
 */
const FIRST_THEN_MARKED =
  /\b(?:deprovision|offboard|decommission|revoke|rotate|delete|remove|disable)\s+(?:the\s+)?([a-z0-9][a-z0-9_]*-[a-z0-9_-]*[a-z0-9])\s*,?\s+(?:and|&)\s+(?:also\s+)?(?:the\s+)?(?:(?:old|legacy|former|other|retired)\s+)?UNIT(?:'s)?\s+(?:unit|team|project|group|squad|keys?)\b/;

/**
 * One action named for several units: the request for the first, asked which first, with a reading for
 * each unit as the answers (also listed-units.ts, for units listed under a request).
 */
export function whichUnitFirst(parse: ParseResult, units: string[]): ParseResult {
  const which = `${units.slice(0, -1).join(', ')} or ${units.at(-1) ?? ''}`;
  return {
    ...parse,
    question: {
      text: `You named ${units.length === 2 ? 'two' : units.length} units: I do one request at a time. Which first, ${which}?`,
      alternatives: units.map((u) => alternativeOf({ ...parse, businessUnit: u }, parse.confidence)),
    },
  };
}

/**
 * Words that make the team a person told or copied, not the request's unit ("…, cc the search and
 * growth team", "… and let the growth and marketing team know").
 */
const TOLD_BEFORE =
  /\b(?:cc|bcc|let|tell|ping|notify|inform|loop\s+in|copy|thank|thanks|ask|message|email|update|warn|alert)\s+$/;

function teamNamedWithAnd(text: string, unit: string): string | null {
  if (!text.includes(' and ')) return null;
  const lower = text.toLowerCase();
  const m = TEAM_WITH_AND.exec(lower);
  if (m === null) return null;
  const [whole, first = '', second = '', noun = ''] = m;
  const read = [first, second, `${first}-${noun}`, `${second}-${noun}`];
  if (!read.includes(unit) || !nameWord(first) || !nameWord(second)) return null;
  // The team is the unit only where the unit was read: not when the unit's word stands elsewhere too
  // ("rotate the growth key and let the growth and marketing team know"), nor after a word of telling.
  const outside = `${lower.slice(0, m.index)} ${lower.slice(m.index + whole.length)}`;
  const word = unit.replace(new RegExp(`-${noun}$`), '');
  if (new RegExp(String.raw`\b${word}\b`).test(outside)) return null;
  if (TOLD_BEFORE.test(lower.slice(0, m.index))) return null;
  return `${first}-and-${second}-${noun}`;
}
function nameWord(w: string): boolean {
  return isNameWord(w) && !(w in LEXICON) && !isSecretShaped(w);
}

export function withJoinedUnits(text: string, parse: ParseResult): ParseResult {
  const team = parse.businessUnit === null ? null : teamNamedWithAnd(text, parse.businessUnit);
  if (team !== null) return { ...parse, businessUnit: team };
  const unit = parse.businessUnit;
  const person = unit === null || !ACTING.has(parse.intent) ? null : personJoined(text, unit);
  if (person !== null && parse.question === undefined)
    return {
      ...parse,
      question: {
        text: `You named ${person}, a person (no unit), and ${unit}. Go ahead for ${unit}?`,
        alternatives: [alternativeOf(parse, parse.confidence)],
      },
    };
  if (
    unit === null ||
    !ACTING.has(parse.intent) ||
    parse.question !== undefined ||
    (parse.problems?.length ?? 0) > 0 ||
    !/\b(?:and|plus|also|as\s+well\s+as)\b|&/.test(text)
  )
    return parse;
  const lower = text.toLowerCase();
  // (The unit as written: "ads ranking" for ads-ranking.)
  const escaped = unit.replace(/[-]/g, '[-_ ]');
  if (!lower.includes(unit) && !new RegExp(escaped).test(lower)) return parse;
  // ("deprovision stock-weeding and the old hold-list-forecast unit": the unit marked by its noun was read,
  // but the one named first, right after the verb, is the request's first.)
  const first = new RegExp(FIRST_THEN_MARKED.source.replace('UNIT', escaped)).exec(lower)?.[1];
  if (first !== undefined && first !== unit && secondUnit(first) && !(first in LEXICON))
    return whichUnitFirst({ ...parse, businessUnit: first }, [first, unit]);
  const gated = UNIT_SHAPE.test(unit);
  const patterns = joinedPatterns(escaped);
  for (let i = 0; i < patterns.length; i++) {
    if (gated && !(ANY_UNIT[i] as RegExp).test(lower)) continue;
    const others = namesOf((patterns[i] as RegExp).exec(lower)?.[1]).filter(
      (o) => o !== unit && secondUnit(o),
    );
    if (others.length === 0) continue;
    // (fix45c, tuned-waste: "rotate the weighbridge key and the compost-ops key", the hyphenated name read over the
    // plain one: the unit named first is the request's (README, "Two requests"), the one read offered second.)
    if (i === SECOND_READ)
      return whichUnitFirst({ ...parse, businessUnit: others[0] ?? unit }, [...others, unit]);
    return whichUnitFirst(parse, [unit, ...others]);
  }
  return parse;
}

/**
 * fix22b: a person's given name joined to the unit ("rotate the keys for dave and ads"): the person names no
 * unit (unit-finder.ts), so the unit is asked about before it is acted on alone. Null when none.
 */
function personJoined(text: string, unit: string): string | null {
  if (!/\s(?:and|&)\s/.test(text)) return null;
  const m = new RegExp(
    String.raw`\b([a-z]{2,20})\s+(?:and|&)\s+(?:the\s+)?${unit.replace(/-/g, '[-_ ]')}\b`,
  ).exec(text.toLowerCase());
  const name = m?.[1] ?? '';
  return GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name) ? name : null;
}

/** The names of a matched list ("ads and risk", "ads's, risk and the ml"), as units. */
function namesOf(list: string | undefined): string[] {
  if (list === undefined) return [];
  return list
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((n) =>
      n
        .replace(/^the\s+/, '')
        .replace(/(?:'s|’s|'|’)$/, '')
        .replace(/_/g, '-'),
    )
    .filter((n) => n.length > 0);
}

/**
 * Whether the name after "and" can be a second unit: a name's first word, not one of ours, and nothing
 * that looks like a key's ID or a secret ("… and xoxb-1234…'s key" is never echoed in the question).
 */
const NOT_A_NAME = new Set(
  'my our your his her their its this that these those the a an old new other same one'.split(' '),
);
function secondUnit(other: string): boolean {
  return (
    other.length <= 40 &&
    !NOT_A_NAME.has(other) &&
    isNameWord(other.split('-')[0] ?? '') &&
    !(other in LEXICON) &&
    !isSecretShaped(other)
  );
}
