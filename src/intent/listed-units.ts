/**
 * Units listed under a request's header ("revoke these keys:\n- growth\n- marketing", "rotate these:\n1.
 * ads\n2. billing", "deprovision the following units: old-crm, legacy-etl"): the listed names are the
 * request's units. Read alone, the header ("revoke these keys") names none and reads as all keys; the
 * list must never be ignored. The header is read again with the first name as its unit, and, of two or
 * more names, the bot asks which first, with a button for each (README, "Two requests", as for "revoke
 * the growth key and the ads key"). Only names of a unit's shape are taken, and only when the header
 * reads as one action of ours on the first of them; anything else is left to the other readers.
 */
import { ACTING_INTENTS as ACTING, type ParseResult } from '../core/request.js';
import { isNameWord, isSecretShaped } from './business-unit.js';
import { whichUnitFirst } from './joined-units.js';
import { LEXICON } from './lexicon.js';

/** A unit's name as listed: a word of letters, digits, "-" and "_" (a space-joined name is left alone). */
const NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** One item of a list: a bullet or a number, then the name, maybe a comma or a full stop after it. */
const ITEM = /^\s*(?:[-*•·▪◦‣]|\d{1,2}[.)])\s*`?([^\s`]+?)`?\s*[,;.]?\s*$/;
/** The header's words that point at the list: "these", "the following", "below". */
const POINTER =
  /\b(?:these|those|the\s+following|following|below|the\s+ones\s+below|the\s+ones\s+listed)\b(?:\s+(?:units?|teams?|groups?|squads?|bus|ones)\b)?/;
/** A header that ends in a word leading into its unit: "the keys of:", "rotate for:". */
const ENDS_IN_PREPOSITION = /\b(?:for|of|on|from|under|in)\s*$/;
const KEY_WORD = /\b(?:keys?|api\s+keys?|access\s+keys?|creds?|credentials?)\b/;
/** Inline: the names after a header's colon, separated by commas or "and" ("…: old-crm, legacy-etl"). */
const INLINE_SPLIT = /\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/;

const POLITE_LINE =
  /^\s*(?:thanks|thank\s+you|thx|ty|cheers|please|pls|plz|asap)(?:\s+(?:a\s+lot|so\s+much|all|team))?[\s!.]*$/;

export interface ListedUnits {
  /** The header read with the first name as its unit. */
  header: string;
  units: string[];
}

/** The header and the names listed under or after it, or null when the text is no such list. */
export function listedUnits(text: string): ListedUnits | null {
  const colonAt = text.indexOf(':');
  // (A list stands on lines of its own, or after a header that points at it: most texts are neither.
  // Without a colon, only lines under a header that points at them: "can you revoke these keys\n• a\n• b".)
  if (colonAt < 0 ? !text.includes('\n') : !text.includes('\n') && !POINTS.test(text.slice(0, colonAt)))
    return null;
  const lower = text.toLowerCase();
  const lines = lower.split('\n').filter((l) => l.trim() !== '');
  // (A thanks or a please on a line of its own closes the list: "…\n- ads\nthanks!".)
  while (lines.length > 2 && POLITE_LINE.test(lines.at(-1) ?? '')) lines.pop();
  const first = lines[0] ?? '';
  let colon = first.indexOf(':');
  if (colon < 0) {
    if (lines.length < 2 || !POINTS.test(first)) return null;
    colon = first.length;
  }
  const head = first.slice(0, colon).trim();
  const after = first.slice(colon + 1).trim();
  let names: string[] | null = null;
  if (after === '' && lines.length >= 2) {
    names = [];
    for (const line of lines.slice(1)) {
      const m = ITEM.exec(line);
      if (m === null) return null;
      names.push(m[1] ?? '');
    }
  } else if (lines.length === 1 && POINTER.test(head)) {
    names = after.replace(/[.!]+$/, '').split(INLINE_SPLIT);
  }
  if (names === null || names.length === 0 || !names.every(unitName)) return null;
  const units = [...new Set(names.map((n) => n.replace(/_/g, '-')))];
  return { header: headerWith(head, units[0] ?? ''), units };
}

function unitName(name: string): boolean {
  return NAME.test(name) && isNameWord(name) && !(name in LEXICON) && !isSecretShaped(name);
}

/** A word of the header that points at the list (the cheap test before the lists are read). */
const POINTS = /\b(?:these|those|following|below|listed)\b/i;
/**
 * "these keys", "the following api keys": the plural counts one key for each unit listed, not every key
 * of the first ("revoke these keys:\n- fraud-ml\n- fraud-rules" revokes fraud-ml's key, asked which
 * first); "all these keys" still says all.
 */
const EACH_ONES_KEY =
  /\b(?:these|those|the\s+following|following)\s+((?:api\s+|access\s+)?)(?:keys|creds|credentials)\b/;

/** "revoke these keys" + growth: "revoke the key for growth"; "the keys of" + growth: "the keys of growth". */
function headerWith(head: string, unit: string): string {
  const each = /\ball\b/.test(head) ? head : head.replace(EACH_ONES_KEY, 'the $1key');
  const bare = each.replace(POINTER, ' ').replace(/\s+/g, ' ').trim();
  if (ENDS_IN_PREPOSITION.test(bare)) return `${bare} ${unit}`;
  return KEY_WORD.test(bare) ? `${bare} for ${unit}` : `${bare} ${unit}`;
}

/**
 * The parse of a header read with the list's first unit: one action of ours on that unit, asked about
 * when more units are listed; null when the header reads as anything else (left to the other readers).
 */
export function withListedUnits(listed: ListedUnits, parse: ParseResult): ParseResult | null {
  const [unit] = listed.units;
  if (!ACTING.has(parse.intent) || unit === undefined || parse.businessUnit !== unit) return null;
  if (listed.units.length === 1) return parse;
  return whichUnitFirst(parse, listed.units);
}
