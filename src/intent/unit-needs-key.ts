/**
 * units22: a named unit's need of a key, said as the whole message ("the Drug Safety Office (dso) needs a
 * key", "the Powertrain Test Lab needs an access key", "hey, the dealer portal crew needs an api key asap"):
 * a request for a key for that unit, though it is said in the third person. The classifier learned "X
 * needs a key" from doors, lockers and rooms and reads it as nothing; the rules' create_key holds when the
 * sentence opens the message (not told or quoted: "ops said: …"), names a group by its noun or its initials
 * in brackets, and ends at the key or at a system it is for ("… for the enrolment chatbot"). Held at even
 * odds (parse-request.ts), so it is asked about, never carried out as it stands.
 * (lead28: so does one with what became of the old key told after it, "the fraud team needs a key, the old one was
 * revoked".)
 * (fix40a, tuned-airport: a cell is a group as a squad is, and a key "of its own" is still the unit's: "the fraud
 * cell needs a key of its own".)
 * Not: "… needs a key to the archive room", "… needed a key last year", "does the Pricing Office need a key?".
 */

/** A cheap word test first: most texts have no "needs a"/"needs an". */
import { namedCell } from './group-nouns.js';

const HINT = /\bneeds\s+an?\s/;

/**
 * The message: an optional greeting, "the", one to five words of a name ending in a group noun or
 * initials in brackets, "needs a (new) (bedrock) (api/access) key", then its end, a "please"/"asap", or
 * a system it is for. Words and spaces alternate, and their classes are disjoint ("_" is a word's, never a
 * space's: "a_b_c" is one word), so nothing backtracks badly (fix22a: they shared "_", and 300 characters of
 * "a_a_…" took a minute).
 */
const UNIT_NEEDS_KEY =
  /^[\s*]*(?:(?:hi|hey|hello|morning)[\s,!*]+)?(?:the\s+|our\s+)?(?:[a-z0-9_]+[\s*]+){0,4}?(?:(?:team|office|unit|lab|desk|pod|squad|crew|cell|group|hub|guild|bureau|department|dept)(?:[\s*]+\(\s*[a-z]{2,6}\s*\))?|[a-z0-9_]+[\s*]+\(\s*[a-z]{2,6}\s*\)|team\s+[a-z0-9_]+)\s+(?:really\s+|urgently\s+|also\s+|now\s+)?needs\s+an?\s+(?:new\s+|bedrock\s+|long_term\s+)*(?:key|api_key|access_key|api\s+key|access\s+key)\b(?:\s+of\s+(?:its|their)\s+own\b)?\s*(?:$|[.!,]\s*(?:pls|please|plz|asap|thanks|thank\s+you|ty)?\s*[.!]*\s*$|(?:pls|please|plz|asap|today|now)\s*[.!]*\s*$|for\s+(?:the|our|their)\s+(?:[a-z0-9_]+\s+){0,3}(?:chatbot|bot|assistant|app|tool|pipeline|integration|service|dashboard|portal)\s*[.!]*\s*$|,\s*(?:the|our|their)\s+old\s+(?:one|key)\s+(?:was|got|has\s+been|is|just)\s+(?:revoked|expired|leaked|lost|rotated|deleted|disabled|compromised)\s*[.!]*\s*$)/;

/**
 * Round thirty-seven's retrain: a unit named as code wanting or needing a key, the whole message ("risk-ml wants to get
 * a new key", "pricing_ml needs a new key"; prepared with "_"): a name that only a system has, so the need is a
 * unit's, as a group noun makes it above.
 */
const CODED_UNIT_WANTS_KEY =
  /^\s*(?:the\s+)?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s+(?:wants|needs|would\s+like)\s+(?:to\s+(?:get|have)\s+)?an?\s+(?:new\s+|bedrock\s+|long_term\s+)*(?:key|api_key|access_key)\s*[.!]*\s*$/;

/**
 * post40a: the words before a "cell" that needs a key ("the prison cell needs a key": a thing's cell, namedCell in
 * group-nouns.ts).
 */
const CELL_NEEDS =
  /^[\s*]*(?:(?:hi|hey|hello|morning)[\s,!*]+)?(?:the\s+|our\s+)?((?:[a-z0-9_]+[\s*]+){0,4}?)cell\s+(?:really\s+|urgently\s+|also\s+|now\s+)?needs\s/;

/** Is the whole message a named unit's need of a key? */
export function unitNeedsKey(text: string): boolean {
  if (text.includes('?')) return false;
  if (CODED_UNIT_WANTS_KEY.test(text)) return true;
  if (!HINT.test(text) || !UNIT_NEEDS_KEY.test(text)) return false;
  const cell = text.includes('cell') ? CELL_NEEDS.exec(text) : null;
  return cell === null || namedCell((cell[1] ?? '').split(/[\s*]+/).filter(Boolean));
}

/**
 * known24: a unit's key said to need a change, opening the message ("the data desk's key needs rotating",
 * "risk-ml's key needs to be rotated", "the ads key needs revoking, it's in a public repo"): a request to
 * change it, said as a need of the key. Held at even odds as above. Not asked ("does … need rotating?"),
 * negated ("doesn't need") or a physical key (foreignObject, where it is used).
 */
const KEY_NEEDS_CHANGE =
  /^[\s*]*(?:(?:hi|hey|hello|morning|fyi|heads\s+up)[\s,!:*]+)?(?:the\s+|our\s+)?(?:[a-z0-9_-]+(?:'s|’s)?\s+){1,4}?(?:key|keys|api_key|access_key|api_keys|access_keys)\s+(?:really\s+|urgently\s+|now\s+|also\s+|probably\s+)?needs?\s+(?:rotating|revoking|replacing|resetting|regenerating|rolling|to\s+be\s+(?:rotated|revoked|replaced|reset|regenerated|rolled))\b/;

/** Is the message opened by a unit's key said to need rotating or revoking? */
export function keyNeedsChange(text: string): boolean {
  return !text.includes('?') && text.includes('need') && KEY_NEEDS_CHANGE.test(text);
}
