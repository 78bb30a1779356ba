/**
 * Round fifty-nine, fix59 guards: Haiku the model named the way people name it beside a token asked for, which the
 * poem guard (mood.ts isSaying, HAIKU_MODEL) and the maker reader (model-family.ts familyProvider) took for a poem:
 *  - the model said to be it: "token 3h & the model is haiku", "model: haiku", "llm = haiku";
 *  - what one does at a model: "just want to poke at haiku", "have a look at haiku", "play around with haiku";
 *  - the last item of a terse list after a token and its lifetime: "token, 1 hour, haiku", "2h token / haiku".
 * Read on the prepared text (lowercase, a lifetime as `xxdur`). Not a poem, which still is one: "a haiku about
 * tokens", "haiku: …", "wrote a haiku", "the haiku club is 2h, token …" (no model's place), nor a list that does not
 * ask for a token and its lifetime ("keys, tokens, haiku: the offsite's three themes"), nor a text that says "haiku"
 * twice ("haiku contest: token, 1 hour, haiku": the poem's word besides).
 */

/** The model said to be Haiku: "the model is haiku", "model: haiku", "llm = haiku". */
const MODEL_IS =
  /\b(?:models?|llms?)\s*(?:is|=|:|will\s+be|would\s+be)\s*(?:claude\s+)?haiku\b(?!\s*(?:about|by)\b)/;
/** What one does at or around a model: "poke at haiku", "look at haiku", "play around with haiku". */
const DONE_AT =
  /\b(?:poke|poking|look|looking|play|playing|tinker|tinkering|fiddle|fiddling|mess|messing|hit|hitting|point|pointing|aim|aiming)\s+(?:around\s+)?(?:at|with)\s+(?:claude\s+)?haiku\b(?!\s*(?:about|by|:)\b)/;
/** The last item of a terse list after a token and its lifetime: "token, xxdur, haiku", "xxdur token / haiku". */
const LIST_ITEM =
  /(?:^|[.!?\n>])[^.!?\n]{0,20}?\b(?:tokens?\s*[,;/|&-]?\s*xxdur|xxdur\s*tokens?)\s*[,;/|&-]\s*(?:claude\s+)?haiku\s*[.!]*\s*$/;

/** Whether the prepared text names Haiku as the model in one of the forms above. */
export function haikuNamedAsModel(text: string): boolean {
  // (Haiku named once: a second "haiku" is the poem's, "haiku contest: token, 1 hour, haiku".)
  const at = text.indexOf('haiku');
  if (at < 0 || text.indexOf('haiku', at + 1) >= 0) return false;
  return MODEL_IS.test(text) || DONE_AT.test(text) || LIST_ITEM.test(text.trimEnd());
}

/** The same, on the terms the maker reader walks (their punctuation put back as a comma, a colon or a full stop). */
export function haikuTermsAsModel(
  terms: readonly { w: string; brk: boolean; colon?: boolean; end?: boolean }[],
): boolean {
  if (!terms.some((t) => t.w === 'haiku')) return false;
  return haikuNamedAsModel(
    terms.map((t) => t.w + (t.end === true ? '.' : t.colon === true ? ':' : t.brk ? ',' : '')).join(' '),
  );
}
