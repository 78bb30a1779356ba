/**
 * A desk or an office named as a unit ("the politics desk", "rotate the data desk's key", "the privacy
 * office's key", "deprovision the night desk"), as a team is: the group noun follows a name. Not a
 * piece of furniture or premises: "my desk", "the help desk", "the front desk", "a standing desk", "the
 * office wifi", "office hours", "the London office" (a place before it names premises, not a unit).
 * The everyday-things rule (rules.ts) asks this before it reads "desk"/"office" as everyday life.
 */
import { isNameWord } from './business-unit.js';
import { scanRegions } from './regions.js';

/** Words before "desk"/"office" that make it furniture or premises, not a unit's name. */
const PREMISES_BEFORE = new Set(
  (
    'front security reception standing sit sitting stand corner hot empty support main box post head branch ' +
    'regional wooden cash ikea information info check checkin ticket booking registration registry ' +
    'admissions admission lost found concierge guard ward nurses nurse doctor doctors dentist dental ' +
    'home tax_office'
  ).split(' '),
);

/** "desk"/"office" with the word before it (or none). */
const GROUP_HEAD = /(?:([a-z][a-z0-9_-]*)\s+)?\b(?:desk|office)(?![\w-])/g;

/** Is every "desk"/"office" in the text the group noun after a unit's name? */
export function onlyNamedGroups(text: string): boolean {
  let seen = false;
  for (const m of text.matchAll(GROUP_HEAD)) {
    const before = m[1];
    if (before === undefined || !isNameWord(before) || PREMISES_BEFORE.has(before)) return false;
    if (scanRegions(` ${before} `).found.length > 0) return false;
    seen = true;
  }
  return seen;
}

/** Group nouns of more than one word ("working group", "task force", "centre of excellence"). */
const GROUP_PHRASE = /\b(?:working\s+group|task\s+force|cent(?:re|er)\s+of\s+excellence)\b/g;

/**
 * ("the NLP working group", "the pricing task force", "the AI Centre of Excellence"): a group noun of
 * several words is joined into one word, so that it ends the name before it as "team" does.
 */
export function joinGroupPhrases(s: string): string {
  if (!s.includes(' group') && !s.includes(' force') && !s.includes(' excellence')) return s;
  return s.replace(GROUP_PHRASE, (m) => m.replace(/\s+/g, '_'));
}
