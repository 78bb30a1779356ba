/**
 * fix34a: a key asked for as a question with the unit given in a field of its own ("Could the Investor Relations team
 * get a key? (team: investor-relations)", "can the ads team get a key? unit: ads-core"): the field is what a request
 * form gives, so the question asks for the key, for the unit the field names, whatever the classifier's doubt of the
 * question; asked about, never carried out as it stands (parse-request.ts unitFieldHeld).
 */
const UNIT_FIELD = /(?:^|[(\n,;.?!]\s*)(?:team|unit|bu|business\s+unit)\s*:\s*[a-z0-9]/;
const KEY_ASKED =
  /^\W*(?:could|can|may)\s+(?:the\s+|our\s+|my\s+)?[^?.!]{1,60}?\s(?:get|have|be\s+given|receive)\s+(?:a|an|one)\s+(?:(?:new|fresh|bedrock|api|long[_-]term)\s+)?(?:key|api_key|access_key)\b/;

/** Whether the lowercased, prepared text asks for a key as a question and names the unit in a field. */
export const keyAskedWithUnitField = (text: string): boolean =>
  text.includes(':') && UNIT_FIELD.test(text) && KEY_ASKED.test(text);
