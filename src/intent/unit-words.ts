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
