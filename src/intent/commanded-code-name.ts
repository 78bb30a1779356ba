/**
 * fix60 units: the unit named as the object of our command beats the words of a story around it. "Team — compliance
 * update. … please revoke the incident-reports key now" read `compliance`, "the HK 2024 sale unit can go, deprovision
 * hk-autumn-2024 please" `hk-2024-sale`, "… rekeying the cylinder and deleting the fob … revoke the bedrock key for
 * counter-pos-assist" `fob`. Where the command names one unit written as a name (hyphenated: underscored in the prepared
 * text), right after the verb or as the key's ("rotate the demo-portal key", "revoke the key for counter-pos-assist",
 * "spend for refund-triage"), and the finder read plain words of the story instead, the named one is the unit.
 */
import { isNameWord, normalizeBusinessUnit } from './business-unit.js';

/** A name written as one: a hyphenated word, underscored in the prepared text. */
const CODE = String.raw`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`;
/** Our commands, and the reads that take a unit ("spend for …"). */
const VERB = String.raw`(?:revoke|rotate|deprovision|offboard|decommission|replace|swap\s+out|renew|cycle|kill|disable)`;
const KEY = String.raw`(?:(?:bedrock|api|access)\s+)?(?:key|keys|api_key|access_key|creds|credentials)`;
/** "revoke CODE", "rotate the CODE key", "revoke the bedrock key for CODE", "spend for CODE". */
const COMMANDED = new RegExp(
  String.raw`\b${VERB}\s+(?:(?:the|its|their|our)\s+)?(?:${KEY}\s+(?:for|of|on)\s+(?:the\s+)?)?${CODE}(?![\w-])|\b(?:spend|cost|costs|bill)\s+(?:for|of|on)\s+(?:the\s+)?${CODE}(?![\w-])`,
  'g',
);

/** Words that say a team owns the credential or is the writer's own. */
const OWNING = String.raw`\b(?:owned\s+by|belongs?\s+to|run\s+by|managed\s+by|maintained\s+by|i'?m\s+(?:in|on|from|with)|i\s+am\s+(?:in|on|from|with)|we'?re|we\s+are|(?:our|my)\s+(?:unit|team)\s+is)\s+`;

/** What makes a name part of a longer one or glosses it: a group noun, a bracket, a possessive. */
const GROUP_OR_BRACKET_AFTER =
  /^(?:'s)?\s*(?:\(|team|teams|squad|unit|office|desk|group|crew|dept|department|pod|lab|guild|chapter|tribe|cell|studio|bureau|practice|hub|project)\b|^\s*\(/;

/**
 * The one unit a command names as a name, when the finder's reading `unit` is plain words (not written hyphenated in
 * the text) and not that name; null otherwise.
 */
export function commandedCodeName(text: string, unit: string | null): string | null {
  // (speed61: a name written as one has an underscore, none without; the commanded names first, a cheap scan that
  // finds none in most texts: the reading's own patterns below are built per call, only when one name is weighed.)
  if (unit === null || !text.includes('_')) return null;
  const names = new Set<string>();
  for (const m of text.matchAll(COMMANDED)) {
    const raw = m[1] ?? m[2];
    if (raw === undefined || !isNameWord(raw)) continue;
    const name = normalizeBusinessUnit(raw);
    // (A name that opens a group's or a bracket's, "the door-fault team", "the kyc unit (kyc)", is the finder's.)
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (name === null || GROUP_OR_BRACKET_AFTER.test(after) || unit.includes(name)) continue;
    names.add(name);
  }
  if (names.size !== 1) return null;
  const written = unit.replace(/-/g, '_');
  // (A reading written as a name itself is the finder's choice between names; it stands.)
  if (unit.includes('-') && new RegExp(String.raw`\b${written}\b`).test(text)) return null;
  // (The reading is itself a command's object or a key's owner, "rotate growth's key and revoke growth-old": it stands.)
  const words = unit.split('-').join(String.raw`[\s_]+`);
  const object = String.raw`\b${VERB}\s+(?:(?:the|its|their|our)\s+)?(?:${KEY}\s+(?:for|of|on)\s+(?:the\s+)?)?${words}\b`;
  if (new RegExp(String.raw`${object}|\b${words}(?:'s)?\s+${KEY}\b`).test(text)) return null;
  // (The team said to own the credential or to be the writer's wins, README: "the crawler owned by the ranking team",
  // "I'm in the lab unit, can you deprovision old-lab?".)
  if (new RegExp(String.raw`${OWNING}(?:the\s+|our\s+)?${words}\b`).test(text)) return null;
  const name = [...names][0] ?? null;
  return name === unit ? null : name;
}
