/**
 * things26: a person (or a thing) called by a model's name, standing as the subject of what people do
 * ("Claude needs a new key for the wine cellar", "Claude lost his badge, can you revoke it", "Nova wants a
 * key for the ads team"): a colleague called Claude, no provider and nothing of ours (README, "Provider": a
 * colleague called Claude states none). A model is the subject of other verbs ("claude is slow", "claude
 * can't read pdfs", "claude says the token expired") and named as what a credential is for ("a key for
 * Claude summaries", "token for claude"): those stay the model's.
 */
import type { Term } from './terms.js';

/** Models' names that are also people's or things' names. */
const MODEL_NAMES = new Set(['claude', 'titan', 'nova', 'jurassic', 'jamba', 'mistral']);
/** What people do and models do not: need, want, ask, lose, break, leave, borrow. */
const PERSON_VERBS = new Set(
  (
    'needs need wants want wanted needed asked asks lost loses broke left joined forgot dropped borrowed lent ' +
    'locked parked emailed pinged messaged called moved starts started'
  ).split(' '),
);
/** Words that may open a message before the subject ("hi", "fyi", "so"). */
const OPENERS = new Set('hi hey fyi so ok okay also btw and but because cos'.split(' '));

/** Where a model's name stands as a person's subject in the terms, or -1. */
export function modelAsPersonAt(terms: readonly Term[]): number {
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    if (t === undefined || !MODEL_NAMES.has(t.w) || t.stop || t.possessive) continue;
    const before = terms[k - 1];
    if (before !== undefined && !before.stop && !OPENERS.has(before.w)) continue;
    let next = k + 1;
    if (terms[next]?.w === 'just' || terms[next]?.w === 'also' || terms[next]?.w === 'still') next++;
    if (PERSON_VERBS.has(terms[next]?.w ?? '')) return k;
  }
  return -1;
}
