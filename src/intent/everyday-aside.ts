/**
 * An everyday aside before a request of ours (round eighteen, corrections18): "my car keys are in the
 * drawer, can someone revoke the payments key", "the coffee machine broke again. rotate the growth key
 * please". The everyday words all stand in phrases before the last one, and the last phrases ask an
 * action of ours on a key of the unit they name: the aside is story, the request is the message's.
 * ("lost my house keys, can you change the locks" asks nothing of ours; "can you rotate the office key"
 * keeps its everyday word in the request and stays everyday.)
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
