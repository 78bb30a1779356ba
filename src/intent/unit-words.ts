/**
 * Our words inside a unit's name. A unit named with a word the lexicon knows ("the events team", "the
 * audit squad", "the journal team") is a name: the word names the unit, it asks for no read. "api key
 * for the events sales team" asks for a key, while "history for the events team" asks for the history.
 */
import type { Term } from './terms.js';

/** Where the unit's words stand in a row among the terms ("the audit squad" in "audit for the audit squad"). */
function unitSpans(terms: readonly Term[], parts: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + parts.length <= terms.length; i++)
    if (parts.every((w, k) => terms[i + k]?.w === w)) starts.push(i);
  return starts;
}

/**
 * Is every term with this tag a word of the unit's name (and is there one)? Counted by place: a term of
 * the tag outside the span the unit was read from is a read of its own ("audit the audit team's key",
 * "events of the events team key": the first word is the read, the second names the unit).
 */
export function tagOnlyInUnit(terms: readonly Term[], tag: string, unit: string | null): boolean {
  if (unit === null) return false;
  const parts = unit.split('-');
  let found = false;
  for (const t of terms) {
    if (t.tag !== tag) continue;
    if (!parts.includes(t.w)) return false;
    found = true;
  }
  if (!found) return false;
  // The words named in a row once: a tagged term elsewhere is a read. (Not in a row: counted by word.)
  const spans = unitSpans(terms, parts);
  if (spans.length === 0) return true;
  if (spans.length > 1) return false;
  const at = spans[0] ?? 0;
  return terms.every((t, i) => t.tag !== tag || (i >= at && i < at + parts.length));
}

/** A verb of deleting, then the unit itself: "delete the unit X", "remove the X unit", "wipe unit called X". */
const DELETES_UNIT =
  /\b(?:delete|remove|destroy|drop|nuke|purge|wipe|erase|kill|scrap|axe|trash|bin)\s+(?:the\s+|that\s+|this\s+|our\s+)?(?:whole\s+|entire\s+)?(?:(?:(?:business\s+)?unit|bu)\s+(?:(?:called|named)\s+)?([a-z0-9][\w.-]*)|([a-z0-9][\w.-]*)\s+(?:(?:business\s+)?unit|bu)\b(?!'s|\s+(?:keys?|api_key|access_key|tokens?|user)\b))/;

/**
 * "delete the unit sms-spam-classifier and all its keys", "remove the churn-lab unit along with its keys":
 * the unit named as what is deleted is deprovisioned; its keys go with it (README: deprovision).
 */
export function deletesTheUnit(text: string, unit: string | null): boolean {
  if (unit === null || (!text.includes('unit') && !text.includes('bu '))) return false;
  const m = DELETES_UNIT.exec(text);
  return m !== null && (m[1] ?? m[2] ?? '').replace(/[_.]/g, '-') === unit;
}

/** The rules' reason for a unit word that names no unit of ours (rules.ts; held against the classifier, rule-holds.ts). */
export const UNIT_WORD_READ = 'a unit taken off a page, or a unit test';

/** "unit test", "unit price", "unit cost": a compound, no business unit. */
const UNIT_COMPOUND =
  /\bunit\s+(?:tests?|testing|prices?|pricing|costs?|economics|rates?|counts?|conversions?|of\s+measure)\b/;
/** A unit removed from where it is written down: "from the list", "from my notes", "from the q3 plan". */
const FROM_A_PAGE =
  /\b(?:from|off|out\s+of)\s+(?:(?:the|my|our|this|that|your)\s+)?(?:[\w'-]+\s+){0,2}?(?:list|dropdown|drop-down|menu|board|report|plan|sheet|spreadsheet|slides?|deck|chart|notes|channel|page|filter|rota|doc|document|wiki|table|diagram|roadmap|backlog|tracker|form|email|invite|calendar|thread|readme|dashboard)s?\b/;

/**
 * "remove the unit ads from the list", "remove the growth unit from the slack channel", "remove the unit
 * test for ads", "drop the unit price for ads": a line taken off a page, or a compound with "unit", not a
 * business unit deprovisioned (review of round nineteen).
 */
export function unitWordNotOurs(text: string): boolean {
  if (!text.includes('unit') && !text.includes('bu ')) return false;
  return UNIT_COMPOUND.test(text) || (/\b(?:unit|bu)\b/.test(text) && FROM_A_PAGE.test(text));
}
