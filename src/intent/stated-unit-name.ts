/**
 * fix60 units: a unit described in words and then given its name, which wins (README "Units are written as named": a
 * name given as the unit's wins over prose names). The unit finder reads the first description it meets as the unit
 * ("how much did the runaway loop cost us? recs-v2, last 2 days" → runaway-loop); people describe a thing first and
 * then say what it is called:
 * - a bracket that says it names ("our hackathon team (team name `bytes-and-bagels`)", "a follow-up assistant
 *   (service name `winback-writer`)", "(called pay-bot)", "(aka pay-bot)");
 * - a name in apposition after a unit noun ("offboard the kiosk pilot unit, rental-kiosk-pilot", "the hackathon
 *   unit, genomics-hack-24");
 * - a name said as what a thing is after a question ("…cost us? it's all under npc-dialogue", "it's
 *   ostrava-translators", "…on bedrock? recs-v2, last 2 days": a fragment that is the name and a period);
 * - an arrow to the name ("the cs-reply-drafts staging env → `cs-reply-drafts-staging`");
 * - and the other way round, a short name and its description in brackets ("the key for ctr (the Council Tax
 *   Recovery unit)": the description is what ctr is, the name is the unit's).
 * Read on the prepared text (hyphens are underscores there). The name must be written as a name (hyphenated, with a
 * digit, or after "name"/"called"); the description it replaces must stand before it (or hold the finder's reading,
 * for the bracketed description), so that a second unit named later in a story is not taken.
 */
import { isNameWord, normalizeBusinessUnit } from './business-unit.js';
import { LEXICON } from './lexicon.js';

/** A unit's name written as one: a hyphenated word (underscored in the prepared text), maybe with digits. */
const CODE = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`;
/** A word that may be a name after "name"/"called" (plain words may be names there). */
const WORD = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)*`;
/** Where the name's clause ends. */
const END = String.raw`\s*(?=$|[.,!?;:)\n]|\s+(?:please|pls|plz|thanks|thx|ty)\b)`;

/** "(team name bytes_and_bagels)", "(service name: winback_writer)", "(called pay_bot)", "(aka pay_bot)". */
const BRACKET_NAMING = new RegExp(
  String.raw`\(\s*(?:(?:the\s+|its\s+|their\s+)?(?:team|service|unit|project|system|app|bot|squad|tool|pipeline|bu)\s+name(?:\s+is)?:?|called|named|aka|a\.k\.a\.?|i\.e\.?)\s+(${WORD})\s*\)`,
  'g',
);
/** "the kiosk pilot unit, rental_kiosk_pilot": a unit noun, a comma, then the name alone. */
const APPOSITION = new RegExp(
  String.raw`\b(?:unit|team|pilot|project|squad|bu|service|bot|tool)\s*[,:—–]\s*(?:i\.e\.?\s+|namely\s+|aka\s+)?(${CODE})${END}`,
  'g',
);
/** "? it's all under npc_dialogue", "? it's ostrava_translators", "? that's the recs_v2 unit". */
const IT_IS = new RegExp(
  String.raw`[?.!]\s+(?:it'?s|its|it\s+is|that'?s|thats|that\s+is|they'?re)\s+(?:all\s+|the\s+|billed\s+)*(?:(?:under|in|on|to|called|named)\s+)?(?:(?:the\s+)?unit\s+)?(${CODE})(?:\s+(?:unit|one))?${END}`,
  'g',
);
/** "…on bedrock? field_crew_assist, xxperiod": after a question, a fragment that is the name and a time. */
const NAME_FRAGMENT = new RegExp(
  String.raw`\?\s+(${CODE})\s*,\s*(?:xxperiod|xxdur|last\b|this\b|past\b|since\b)`,
  'g',
);
/** "→ cs_reply_drafts_staging", "-> pay_bot". */
const ARROW = new RegExp(String.raw`(?:→|=>|->)\s*(${CODE})${END}`, 'g');
/** "ctr (the council_tax_recovery unit)": a short name, then what it is in brackets, ending in a unit noun. */
const NAME_THEN_DESCRIPTION = new RegExp(
  String.raw`\b(?:for|of|on|unit|bu)\s+(${WORD})\s*\(\s*(?:the|our|a|an)\s+([^()\n]{2,60}?)\s+(?:unit|team|department|dept|project|office|bu)\s*\)`,
  'g',
);

/** The words of a unit as the finder reads it ("runaway-loop" → ["runaway", "loop"]). */
const partsOf = (unit: string): string[] => unit.split('-').filter((w) => w.length > 0);

/** Does the finder's reading stand in the text before `at` (the description the name replaces)? */
function describedBefore(text: string, unit: string, at: number): boolean {
  const before = text.slice(0, at).replace(/_/g, ' ');
  return partsOf(unit).every((w) => new RegExp(String.raw`\b${w}`).test(before));
}

/** Is the word a name, not a word of our own or a time's placeholder? */
function nameWord(name: string): boolean {
  if (name.startsWith('xx') || !isNameWord(name)) return false;
  return name.includes('_') || /\d/.test(name) || LEXICON[name] === undefined;
}

/** A name the pattern gives, if the reading it replaces is described before it (or there is none). */
function givenAfter(text: string, re: RegExp, unit: string | null): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(re)) {
    const name = m[1];
    if (name === undefined || !nameWord(name)) continue;
    const stated = normalizeBusinessUnit(name);
    if (stated === null || stated === unit) return null;
    // (or the finder took the bracket's marker with it, "(aka onboard_v1)" read `aka-onboard-v1`.)
    if (
      unit === null ||
      describedBefore(text, unit, m.index + m[0].lastIndexOf(name)) ||
      unit.endsWith(`-${stated}`)
    )
      found = stated;
  }
  return found;
}

/** "ctr (the council tax recovery unit)": the short name, when the finder read the description. */
function nameBeforeDescription(text: string, unit: string | null): string | null {
  for (const m of text.matchAll(NAME_THEN_DESCRIPTION)) {
    const name = m[1];
    const described = m[2];
    if (name === undefined || described === undefined || !nameWord(name)) continue;
    const words = described.replace(/_/g, ' ');
    if (unit === null || partsOf(unit).every((w) => words.includes(w))) return normalizeBusinessUnit(name);
  }
  return null;
}

/**
 * The unit's name stated after a description of it (see the header), to replace the finder's reading `unit`; null
 * when the text states none or the finder already read it.
 */
export function statedUnitName(text: string, unit: string | null): string | null {
  if (!/[(,:?→>—–]/.test(text)) return null;
  return (
    nameBeforeDescription(text, unit) ??
    givenAfter(text, BRACKET_NAMING, unit) ??
    givenAfter(text, APPOSITION, unit) ??
    givenAfter(text, IT_IS, unit) ??
    givenAfter(text, NAME_FRAGMENT, unit) ??
    givenAfter(text, ARROW, unit)
  );
}
