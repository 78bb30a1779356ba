/**
 * Round thirty-one: one named unit's keys or access asked in the words of a list: "my units, list the keys of
 * growth", "show the creds for ads-ml", "list growth's keys", "who has access to bedrock for the risk-ml unit?"
 * (rules.ts accessForOneUnit). The list command lists the units and names none (README: `list`); what one unit holds
 * is its details, which the rules read. The classifier trained on the tuned files leans to the list on the word.
 * ("list the units", "list every unit with long-term keys" name no unit: the list.)
 */

/** A list or show of the keys of one unit, named after "of"/"for"/"in", or before "'s keys". */
const KEYS_OF =
  /\b(?:list|show|display)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:(?:api_|access_)?keys|creds|credentials)\s+(?:of|for|in|under)\s+(?:the\s+)?([a-z0-9][a-z0-9_]*)|\b(?:list|show|display)\s+(?:me\s+)?(?:all\s+(?:of\s+)?)?([a-z0-9][a-z0-9_]*)'s\s+(?:(?:api_|access_)?keys|creds|credentials)\b/;

/** Whether the lowercased text lists the keys of the unit found (its name with "_" for "-"). */
export function keysOfUnitListed(text: string, unit: string | null): boolean {
  if (unit === null) return false;
  const m = KEYS_OF.exec(text);
  return m !== null && (m[1] ?? m[2]) === unit.replace(/-/g, '_');
}

/**
 * "could payroll-ml please have a key?", "can the ads team pls get a new key?": a unit named, then "please" before
 * the verb of getting a key: a request put politely, no question of what the unit has ("could payroll-ml have a
 * key?" may ask whether it may; "does payroll-ml have a key?" what it holds).
 */
const POLITE_UNIT_KEY =
  /^\W*(?:could|can|may|would)\s+(?:the\s+)?[a-z0-9][a-z0-9_]*(?:\s+(?:team|unit|squad|desk|pod|group))?\s+(?:please|pls|plz|kindly)\s+(?:have|get|be\s+given|receive)\s+(?:a|an|one|its|their)\s+(?:(?:new|fresh|bedrock|api|long[_-]term)\s+)?(?:key|api_key|access_key|credentials?|creds)\b/;

/** Whether the lowercased text asks, politely, for a key for a named unit. */
export const politeUnitKeyAsked = (text: string): boolean =>
  (text.includes('please') || text.includes('pls') || text.includes('plz') || text.includes('kindly')) &&
  POLITE_UNIT_KEY.test(text);

/**
 * fix34a: "could risk-models get a new api key please": a key for a named unit asked with "could"/"can" and closed by
 * "please", no question mark: a request put politely, as sure as the imperative ("please create a key for
 * risk-models"); "could risk-models get a key?" may still ask whether it may.
 */
const POLITE_UNIT_KEY_CLOSED =
  /^\W*(?:could|can|would)\s+(?:the\s+)?[a-z0-9][a-z0-9_]*(?:\s+(?:team|unit|squad|desk|pod|group))?\s+(?:have|get|be\s+given|receive)\s+(?:a|an|one)\s+(?:(?:new|fresh|bedrock|api|long[_-]term)\s+)?(?:key|api_key|access_key)\s+(?:please|pls|plz|kindly)[\s.!]*$/;

/** Whether the lowercased text asks for a named unit's key politely, "please" closing it (no "?"). */
export const politeUnitKeyClosed = (text: string): boolean =>
  !text.includes('?') && POLITE_UNIT_KEY_CLOSED.test(text);
