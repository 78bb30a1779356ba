import type { Term } from './terms.js';

/**
 * fixcorpus30: another trade's list named as a thing in the reason for a key ("key for the bar team pls, for the
 * wine list descriptions", "long-term api key for the rfi-triage tool pls, the RFI list is 400 lines long"): "list"
 * is a noun there, the thing the key's work is on, after a word naming what it lists ("wine", "RFI", "guest",
 * "parts") and a determiner; it asks the bot to list nothing. Read only when a key or a token is named in the same
 * text (the request), and never when the word before names a list of ours ("the key list", "the full list", "the
 * unit list") or the list is asked for ("show me the guest list" has a verb of reading before it: the rules'
 * listsOtherThings reads it). The term's List tag is cleared, so the key asked for is the reading.
 */

/** Determiners before the list's noun phrase. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'my',
  'their',
  'your',
  'this',
  'that',
  'his',
  'her',
  'its',
]);
/** Words before "list" that make it a list of ours or the bot's output ("the full list", "the units list"). */
const OURS_BEFORE = new Set(
  (
    'unit units key keys token tokens model models credential credentials bu bus team teams region regions ' +
    'full whole entire complete same long longer short shorter new old usual current latest last first above ' +
    'below following bot bedrock aws api access owner owners user users command commands'
  ).split(' '),
);
/** Verbs that ask for the list itself ("send me the guest list", "show the parts list"). */
const LIST_ASKED = new Set([
  'show',
  'send',
  'give',
  'get',
  'pull',
  'post',
  'share',
  'print',
  'display',
  'see',
]);
/** Tags of a credential named as the request. (The word before may be an everyday one, "the shift list".) */
const CREDENTIAL = new Set(['KeyNoun', 'TokenNoun']);

/** Indices of List-tagged terms that are another trade's list named as a noun beside a credential request. */
export function othersListNouns(terms: Term[]): number[] {
  if (!terms.some((t) => CREDENTIAL.has(t.tag ?? ''))) return [];
  const found: number[] = [];
  for (let i = 2; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.tag !== 'List' || (t.w !== 'list' && t.w !== 'lists')) continue;
    const before = terms[i - 1] as Term;
    if (
      (before.tag !== undefined && before.tag !== 'Everyday') ||
      before.brk ||
      OURS_BEFORE.has(before.w) ||
      !/^[a-z][a-z0-9&_]*$/.test(before.w)
    )
      continue;
    // The determiner right before the word, or one word further ("the RFI list", "the old wine list").
    const k = DETERMINERS.has(terms[i - 2]?.w ?? '')
      ? i - 2
      : DETERMINERS.has(terms[i - 3]?.w ?? '')
        ? i - 3
        : -1;
    if (
      k < 0 ||
      (k === i - 3 &&
        ((terms[i - 2]?.tag ?? 'Everyday') !== 'Everyday' || OURS_BEFORE.has(terms[i - 2]?.w ?? '')))
    )
      continue;
    if (LIST_ASKED.has(terms[k - 1]?.w ?? '') || LIST_ASKED.has(terms[k - 2]?.w ?? '')) continue;
    found.push(i);
  }
  return found;
}
