/**
 * "register" as a noun, a list kept ("writing up the temporary works register", "the risk register",
 * "our asset register"), not the verb of onboarding a unit ("register the payments team", "pls register
 * growth", "can you register us"): after a determiner or another noun, or with no verb-like word before
 * it, the word names a document and onboards nothing.
 */
import type { Term } from './terms.js';

/** Words after which "register" is the verb. */
const BEFORE_VERB = new Set([
  'pls',
  'please',
  'plz',
  'to',
  'you',
  'u',
  'and',
  'then',
  'kindly',
  'bot',
  'also',
  'just',
  'can',
  'could',
  'would',
  'will',
  'should',
  'must',
  'i',
  'we',
  'need',
  'want',
  'wanna',
  'hi',
  'hey',
  'help',
  'me',
]);

/** Whether the term at i, "register", is the noun (a document) rather than the verb. */
export function registerNoun(terms: Term[], i: number): boolean {
  if (terms[i]?.w !== 'register' || i === 0) return false;
  const before = terms[i - 1];
  return before !== undefined && !before.stop && !BEFORE_VERB.has(before.w);
}
