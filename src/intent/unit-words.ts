/**
 * Our words inside a unit's name. A unit named with a word the lexicon knows ("the events team", "the
 * audit squad", "the journal team") is a name: the word names the unit, it asks for no read. "api key
 * for the events sales team" asks for a key, while "history for the events team" asks for the history.
 */
import type { Term } from './terms.js';

/** Is every term with this tag a word of the unit's name (and is there one)? */
export function tagOnlyInUnit(terms: readonly Term[], tag: string, unit: string | null): boolean {
  if (unit === null) return false;
  let found = false;
  for (const t of terms) {
    if (t.tag !== tag) continue;
    if (!unit.split('-').includes(t.w)) return false;
    found = true;
  }
  return found;
}

/** A verb of deleting, then the unit itself: "delete the unit X", "remove the X unit", "wipe unit called X". */
const DELETES_UNIT =
  /\b(?:delete|remove|destroy|drop|nuke|purge|wipe|erase)\s+(?:the\s+|that\s+|this\s+|our\s+)?(?:whole\s+|entire\s+)?(?:(?:(?:business\s+)?unit|bu)\s+(?:(?:called|named)\s+)?([a-z0-9][\w.-]*)|([a-z0-9][\w.-]*)\s+(?:(?:business\s+)?unit|bu)\b(?!'s|\s+(?:keys?|api_key|access_key|tokens?|user)\b))/;

/**
 * "delete the unit sms-spam-classifier and all its keys", "remove the churn-lab unit along with its keys":
 * the unit named as what is deleted is deprovisioned; its keys go with it (README: deprovision).
 */
export function deletesTheUnit(text: string, unit: string | null): boolean {
  if (unit === null || (!text.includes('unit') && !text.includes('bu '))) return false;
  const m = DELETES_UNIT.exec(text);
  return m !== null && (m[1] ?? m[2] ?? '').replace(/[_.]/g, '-') === unit;
}
