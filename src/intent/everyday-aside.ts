/**
 * An everyday aside before a request of ours (round eighteen, corrections18): "my car keys are in the
 * drawer, can someone revoke the payments key", "the coffee machine broke again. rotate the growth key
 * please". The everyday words all stand in phrases before the last one, and the last phrases ask an
 * action of ours on a key of the unit they name: the aside is story, the request is the message's.
 * ("lost my house keys, can you change the locks" asks nothing of ours; "can you rotate the office key"
 * keeps its everyday word in the request and stays everyday.)
 *
 * Also a time named by an everyday word (time26): "rotate the recsys key this weekend", "revoke the ads key
 * after lunch", "deprovision old-crm over the christmas holidays" tell when, not what (timePhraseWord).
 */
import { ACTION_TAGS, LEXICON } from './lexicon.js';
import type { Term } from './terms.js';

/** Is every everyday word in an aside told before a request of ours on a named unit's key? */
export function everydayAsideBefore(terms: Term[], unit: string | null): boolean {
  if (unit === null) return false;
  let last = -1;
  for (let i = 0; i < terms.length; i++) if (terms[i]?.tag === 'Everyday') last = i;
  // (The aside ends at punctuation after its last everyday word: a phrase of its own.)
  let cut = -1;
  for (let i = last; i >= 0 && i < terms.length; i++)
    if (terms[i]?.brk === true || terms[i]?.end === true) {
      cut = i;
      break;
    }
  if (cut < 0) return false;
  const asked = terms.slice(cut + 1);
  const first = unit.split('-')[0] ?? unit;
  return (
    asked.some((t) => ACTION_TAGS.includes(t.tag ?? '')) &&
    asked.some((t) => t.tag === 'KeyNoun') &&
    asked.some((t) => t.w === first || t.w === unit.replace(/-/g, '_'))
  );
}

/** Pronouns a story after the request points back at the key with ("someone screenshotted it"). */
const BACK_TO_KEY = new Set(['it', 'one', 'them', 'its']);

/**
 * req29: "replace the fundraising crew's key pls, someone screenshotted it in a slide", "can we get an api key
 * for the keeper training cell? the onboarding quiz uses it": the request first, an action of ours on a named
 * unit's key with no everyday word in it; every everyday word in the phrases after, which tell of the key ("it",
 * "one") and ask nothing (no verb or key of ours there). ("can we get a key for the slide? …" keeps its
 * everyday word in the request; "rotate the ads key, my car keys are in the drawer" names another key.)
 */
export function everydayStoryAfter(terms: Term[], unit: string | null): boolean {
  if (unit === null) return false;
  const first = terms.findIndex((t) => t.tag === 'Everyday');
  if (first < 0) return false;
  let cut = -1;
  for (let i = first - 1; i >= 0; i--)
    if (terms[i]?.brk === true || terms[i]?.end === true) {
      cut = i;
      break;
    }
  if (cut < 0) return false;
  const asked = terms.slice(0, cut + 1);
  const story = terms.slice(cut + 1);
  const name = unit.split('-')[0] ?? unit;
  return (
    asked.some((t) => ACTION_TAGS.includes(t.tag ?? '') || t.tag === 'Create') &&
    asked.some((t) => t.tag === 'KeyNoun') &&
    asked.some((t) => t.w === name || t.w === unit.replace(/-/g, '_') || t.w.startsWith(`${name}'`)) &&
    story.some((t) => BACK_TO_KEY.has(t.w)) &&
    // (A verb of ours in -ing or -ed there describes: "the onboarding quiz", "the rotated one".)
    !story.some(
      (t) =>
        t.tag === 'KeyNoun' ||
        ((ACTION_TAGS.includes(t.tag ?? '') || t.tag === 'Create') && !/(?:ing|ed)$/.test(t.w)),
    )
  );
}

/**
 * Where the request starts after an everyday aside in the prepared text ("my car keys are in the drawer,
 * | can someone revoke the payments key"): after the punctuation that ends the phrase of the last everyday
 * word, or null (no everyday word, or none told before punctuation).
 */
export function afterEverydayAside(text: string): number | null {
  let end = -1;
  for (const m of text.matchAll(WORD)) if (LEXICON[m[0]] === 'Everyday') end = m.index + m[0].length;
  if (end < 0) return null;
  const brk = PHRASE_END.exec(text.slice(end));
  if (brk === null) return null;
  const at = end + brk.index + brk[0].length;
  // (What follows names our key or verb: "… at my desk. One per person please" asks nothing of ours.)
  return OURS.test(text.slice(at)) ? at : null;
}
const OURS = /\b(?:rotat|revok|deprovision|offboard|decom)\w*|\bkeys?\b/;
const WORD = /[a-z]+/g;
const PHRASE_END = /[,.;!?]\s+(?=\S)/;

/** Everyday words that name a time ("this weekend", "after lunch", "over the holidays", "after my shift"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'weekend',
  'holiday',
  'holidays',
  'vacation',
  'lunch',
  'dinner',
  'breakfast',
  'shift',
  'flight',
  'party',
]);
/** Words that open a time phrase, a determiner after them or not ("over the", "after", "at the"). */
const TIME_PREPOSITIONS = new Set(
  'over at during before after until till through throughout across by around from since'.split(' '),
);
/** Determiners that open a time phrase on their own ("this weekend", "next holidays"). */
const TIME_DETERMINERS = new Set(['this', 'next', 'last', 'coming']);
/** Determiners between a preposition and the time ("over the weekend", "after my lunch"). */
/** Prepositions that open a time phrase only before a determiner ("on the weekend", "in the holidays"; "on holiday" is where one is). */
const PREPOSITIONS_BEFORE_THE = new Set(['on', 'in']);
const THE = new Set(['the', 'my', 'our', 'this', 'next', 'last', 'coming']);
/** Words that may follow a time phrase inside its sentence ("this weekend please", "after lunch if possible"). */
const AFTER_TIME = new Set(
  'please pls plz thanks thx ty and or but so as if when while since because cos then too also ok asap'.split(
    ' ',
  ),
);

/**
 * Is the everyday word at i the time of a time phrase ("this weekend", "at the weekend", "over the bank holiday
 * weekend", "after lunch", "before the summer holidays")? A preposition or "this/next/last", the/my/our, up to
 * two plain words, then time words ending the phrase; not "for the weekend" ("plans for the weekend") nor a
 * time word before a noun ("the holiday cottage", "the weekend rota", "the lunch rota").
 */
export function timePhraseWord(terms: Term[], i: number): boolean {
  return timePhraseStart(terms, i) >= 0;
}

/** Where the time phrase of the everyday word at i starts ("over" of "over the christmas holidays"), or -1. */
export function timePhraseStart(terms: Term[], i: number): number {
  if (!TIME_WORDS.has(terms[i]?.w ?? '')) return -1;
  let j = i;
  while (!terms[j]?.stop && TIME_WORDS.has(terms[j + 1]?.w ?? '')) j++;
  const next = terms[j + 1];
  if (
    !(
      terms[j]?.stop ||
      next === undefined ||
      (next.tag !== undefined && next.tag !== 'Everyday') ||
      AFTER_TIME.has(next.w)
    )
  )
    return -1;
  let k = i - 1;
  while (k >= 0 && TIME_WORDS.has(terms[k]?.w ?? '') && !terms[k]?.stop) k--;
  for (let n = 0; n < 2; n++) {
    const t = terms[k];
    if (
      t === undefined ||
      t.stop ||
      t.tag !== undefined ||
      THE.has(t.w) ||
      TIME_PREPOSITIONS.has(t.w) ||
      PREPOSITIONS_BEFORE_THE.has(t.w)
    )
      break;
    k--;
  }
  const det = terms[k];
  if (det === undefined || det.stop) return -1;
  if (TIME_PREPOSITIONS.has(det.w)) return k;
  if (!THE.has(det.w)) return -1;
  const prep = terms[k - 1];
  if (
    prep !== undefined &&
    !prep.stop &&
    (TIME_PREPOSITIONS.has(prep.w) || PREPOSITIONS_BEFORE_THE.has(prep.w))
  )
    return k - 1;
  return TIME_DETERMINERS.has(det.w) ? k : -1;
}
