/**
 * fix60 units: a place a device was lost, left or seen at is the story's, never the unit (README "No unit": furniture,
 * premises and a story's place name none). "rotate every key, the old laptop from the bakehouse office went missing"
 * read a unit `bakehouse-office`, "rotate bk-7f31aa, it's visible in a screenshot from the depot" `depot`, "replace the
 * key on parcel_eta, it's been on a shared laptop at the Surabaya hub" `surabaya-hub`. When the finder's reading is
 * such a place (right after a device: "laptop from the", "tablet was stolen at the"), the unit is the one the request names as a name
 * (a hyphenated word, `parcel-eta`), or none.
 */
import { normalizeBusinessUnit } from './business-unit.js';

/** Things that get lost, left or photographed. */
const DEVICE = String.raw`(?:laptops?|phones?|tablets?|ipads?|pcs?|computers?|desktops?|screenshots?|photos?|pictures?|sticky\s+notes?|post_its?|whiteboards?|notebooks?|usb\s+sticks?|drives?)`;
/** A device, what happened to it, then where: "laptop from the", "tablet was stolen at the", "screenshot from a". */
const DEVICE_AT = String.raw`\b${DEVICE}(?:\s+(?:was|were|got|went|is|has\s+been))?(?:\s+(?:missing|stolen|lost|nicked|taken|left|found))?\s+(?:from|at|in|on|near)\s+(?:the\s+|our\s+|their\s+|a\s+)?(?:old\s+|shared\s+)?`;
/** A loss or an exposure: the device is the story's reason ("the booking tablet at the spa desk" alone is a thing there). */
const LOSS =
  /\b(?:missing|stolen|lost|nicked|left|forgotten|visible|showed|shown|leaked|exposed|screenshots?|photos?|pictures?)\b/;
const DEVICE_WORD = new RegExp(String.raw`\b${DEVICE}\b`);

/** What may follow the place: the clause's end, or a verb or joiner, not a noun it qualifies ("the support laptop"). */
const PLACE_END = String.raw`\b(?![_-])(?=\s*(?:$|[,.;:!?)\n]|(?:went|was|is|got|has|had|have|were|are|and|but|which|that|so|of|yesterday|today|last|this|again)\b))`;

/** Does the finder's reading stand as a place a device was at ("from the bakehouse office", "at the surabaya hub")? */
function placeOfDevice(text: string, unit: string): boolean {
  const words = unit.split('-').join(String.raw`[\s_]+`);
  const re = new RegExp(String.raw`${DEVICE_AT}${words}${PLACE_END}`, 'g');
  // (A unit also named outside the place, "rotate the depot key, the laptop from the depot was stolen", stands.)
  const all = text.match(new RegExp(String.raw`\b${words}\b(?![_-])`, 'g'))?.length ?? 0;
  if (all !== (text.match(re)?.length ?? 0)) return false;
  return all > 0;
}

/** Names written as names (hyphenated: underscored in the prepared text) after one of our key or unit words. */
const NAMED_AFTER_KEY =
  /\b(?:key|keys|api_key|access_key|creds|credentials|unit|for|on|of)\s+(?:the\s+)?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/g;

/**
 * Whether the finder's reading `unit` is a place a device was lost or seen at; and then the name the request states
 * instead (or null). Returns undefined when the reading stands.
 */
export function unitInsteadOfPremises(text: string, unit: string | null): string | null | undefined {
  if (unit === null || !DEVICE_WORD.test(text) || !LOSS.test(text) || !placeOfDevice(text, unit))
    return undefined;
  const names = new Set<string>();
  for (const m of text.matchAll(NAMED_AFTER_KEY)) {
    const name = m[1] === undefined ? null : normalizeBusinessUnit(m[1]);
    if (name !== null && name !== unit) names.add(name);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
