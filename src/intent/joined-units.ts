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

const NAME = String.raw`([a-z0-9][a-z0-9_-]*)`;
const AND = String.raw`\s*,?\s+(?:and|&|plus)\s+(?:also\s+)?(?:the\s+)?`;
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
    new RegExp(
      String.raw`\b${u}${AND}${NAME}(?=\s*(?:$|[.!?;)]|\s+(?:please|pls|too|as\s+well|teams|asap)\b))`,
    ),
  ];
}

export function withJoinedUnits(text: string, parse: ParseResult): ParseResult {
  const unit = parse.businessUnit;
  if (
    unit === null ||
    !ACTING.has(parse.intent) ||
    parse.question !== undefined ||
    (parse.problems?.length ?? 0) > 0 ||
    !/\b(?:and|plus)\b|&/.test(text)
  )
    return parse;
  const lower = text.toLowerCase();
  // (The unit as written: "ads ranking" for ads-ranking.)
  const escaped = unit.replace(/[-]/g, '[-_ ]');
  if (!lower.includes(unit) && !new RegExp(escaped).test(lower)) return parse;
  for (const re of joinedPatterns(escaped)) {
    const other = re.exec(lower)?.[1]?.replace(/_/g, '-');
    if (other === undefined || other === unit || !secondUnit(other)) continue;
    const second: ParseResult = { ...parse, businessUnit: other };
    return {
      ...parse,
      question: {
        text: `You named two units: I do one request at a time. Which first, ${unit} or ${other}?`,
        alternatives: [alternativeOf(parse, parse.confidence), alternativeOf(second, parse.confidence)],
      },
    };
  }
  return parse;
}

/**
 * Whether the name after "and" can be a second unit: a name's first word, not one of ours, and nothing
 * that looks like a key's ID or a secret ("… and xoxb-1234…'s key" is never echoed in the question).
 */
function secondUnit(other: string): boolean {
  return (
    other.length <= 40 &&
    isNameWord(other.split('-')[0] ?? '') &&
    !(other in LEXICON) &&
    !isSecretShaped(other)
  );
}
