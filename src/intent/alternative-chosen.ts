/**
 * A request weighed against doing without it, and the writer answering himself for doing without (a blind tax-firm
 * text of round thirty-four, acted on): "token 4h? or should I just finish it tomorrow… yeah, tomorrow", "key for
 * the intake bot? or do we just wait for the new vendor... yep, let's wait". Nothing is asked: the request was taken
 * back in the same breath. The alternative must be something other than a request of ours (no duration, no credential
 * or action word: "token 4h? or should I make it 6h… yeah 6h" corrects the value), and the answer must be a yes with
 * nothing of ours in it ("… nah, token 4h please" keeps the request). Works on the lowercase text; the pattern is
 * anchored at the text's end and has no nested quantifiers.
 */

/** "or should I just <alternative>" then a pause and the writer's own "yeah …" to the end of the text. */
const ALTERNATIVE_ANSWERED =
  /\bor\s+(?:should|shall|do|can|could)\s+(?:i|we)\s+(?:just\s+)?([a-z][^?\n…]{2,80}?)\s*(?:\?+|\.{2,}|…|[,;—–-])\s*(?:(?:yeah|yep|yes|yup|ya|yea|ok|okay)\b)[\s,.!]*([^\n]{0,40})$/;

/** A word of ours or a value: the alternative or the answer is a request after all. */
const OURS =
  /\d|\b(?:tok(?:en|n)s?|keys?|creds?|credentials?|rotate|revoke|deprovision|issue|create|generate|give|send|hours?|hrs?|minutes?|mins?|days?|please|pls|plz)\b/;

/**
 * The same weighing answered the other way: the writer's "no", "nah" or "yeah no" (which is a no) and then the request
 * again in words of ours, "token 4h? or should I just wait... yeah no, token 4h please". The request stands as
 * asked: the alternative was only thought aloud.
 */
const REQUEST_ANSWERED =
  /\bor\s+(?:should|shall|do|can|could)\s+(?:i|we)\s+(?:just\s+)?([a-z][^?\n…]{2,80}?)\s*(?:\?+|\.{2,}|…|[,;—–-])\s*(?:yeah\s+no|nah|nope|no|actually)\b[\s,.!]*([^\n]{2,60})$/;

/** Whether the message weighs its request against doing without and answers itself for the request, asked again. */
export function requestChosen(lower: string): boolean {
  if (!lower.includes(' or ')) return false;
  const m = REQUEST_ANSWERED.exec(lower.trimEnd());
  if (m === null) return false;
  const [, alternative = '', answer = ''] = m;
  return !OURS.test(alternative) && OURS.test(answer);
}

/** Whether the message weighs its request against doing without and answers itself for doing without. */
export function alternativeChosen(lower: string): boolean {
  if (!lower.includes(' or ')) return false;
  const m = ALTERNATIVE_ANSWERED.exec(lower.trimEnd());
  if (m === null) return false;
  const [, alternative = '', answer = ''] = m;
  return !OURS.test(alternative) && !OURS.test(answer);
}
