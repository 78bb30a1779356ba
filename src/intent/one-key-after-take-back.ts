/**
 * A plural taken back for one key: "revoke tokens? no — revoke the crew-roster access key", "revoke all
 * keys for payroll? no, only the access key", "rotate the keys? no wait, just the api key". What is said
 * after the take-back names one key and no plural, so the keys (all of them) asked first are not what is
 * asked (README "Corrections": the value stated last wins; `all` is the plural's). parse-request.ts reads it.
 * "revoke the ads key? no, all of them" and "revoke the keys? no wait, for growth" keep their plural, and
 * so does "revoke all keys for growth, no exceptions, even the api key".
 */
// (", no exceptions", "no matter", "no doubt", "no really" stress the plural, they take nothing back.)
const TAKE_BACK =
  /(?:[?,;—–]|\s-)[ \t]*(?:no\b(?![ \t]+(?:exceptions?|matter|doubt|really|questions?|problem|worries)\b)|nope\b|nah\b|actually\b|wait\b)|\b(?:no[ \t]+wait|wait[ \t]+no|actually[ \t]+no)\b/g;
const ONE_KEY = /(?:\b|_)key\b|\btoken\b/;
const PLURAL = /(?:\b|_)keys\b|\b(?:tokens|all|every|everything|both|them)\b/;

/** Whether the lowercase text takes a request back and then names one key and no plural. */
export function oneKeyAfterTakeBack(text: string): boolean {
  if (!text.includes('no') && !text.includes('actually') && !text.includes('wait') && !text.includes('nah'))
    return false;
  let end = -1;
  for (const m of text.matchAll(TAKE_BACK)) end = m.index + m[0].length;
  if (end < 0) return false;
  const rest = text.slice(end);
  return ONE_KEY.test(rest) && !PLURAL.test(rest);
}
