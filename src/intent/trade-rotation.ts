/**
 * A rotation of the trade's own told as what one is doing, before a request of ours (dev28): "rotating the
 * sales deck for tomorrow and want AI help on the slides, could I get 2 hours of Bedrock please?", "we're
 * rotating the homepage banners tonight, could I have 4 hours of Bedrock access?". The verb of rotation is
 * a participle ("rotating …") in a phrase that names nothing of ours (no key, token, Bedrock, AWS, model, key
 * ID, lifetime or Region), and a later phrase names a credential of ours: that later phrase is the request,
 * and the rules read it as if the rotation were not there. A rotation of ours keeps its reading ("rotating
 * the ads key now, token for 2h after" names a key in the rotation's phrase).
 */
import { OBJECT_TAGS } from './mood.js';
import type { Term } from './terms.js';

/** Placeholders of values of ours lifted out of the text. */
const VALUES = new Set(['xxdur', 'xxregion', 'xxkeyid', 'xxperiod']);
/** Tags of credential words: what a later phrase must name to be a request of ours. */
const CREDENTIAL = new Set(['TokenNoun', 'KeyNoun', 'Api', 'Aws', 'Bedrock', 'LongTerm']);

const namesOurs = (t: Term): boolean => OBJECT_TAGS.has(t.tag ?? '') || VALUES.has(t.w);

/** Is every rotation verb a participle told in a phrase of the trade's own, with a credential asked later? */
export function tradeRotationBefore(terms: Term[]): boolean {
  let rotation = false;
  let start = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (!(t.stop || t.brk || t.end === true) && i < terms.length - 1) continue;
    const phrase = terms.slice(start, i + 1);
    start = i + 1;
    const rotates = phrase.filter((x) => x.tag === 'Rotate');
    if (rotates.length > 0) {
      // (A later phrase's rotation verb, or one not told as what one is doing, is a request of its own.)
      if (rotation || rotates.some((x) => x.w !== 'rotating') || phrase.some(namesOurs)) return false;
      rotation = true;
    } else if (rotation && phrase.some((x) => CREDENTIAL.has(x.tag ?? ''))) return true;
  }
  return false;
}
