/**
 * Round sixty, fix60 imperatives: a new key asked for in place of one others have seen, and a unit asked gone with its
 * keys, which the rules read as a key to create:
 *  - "Can I get a fresh key for pricing? Our old one showed up in a Loom video", "new keys for both please, the old
 *    ones were in the handover doc": README "Lay names", "a new one please" after it was seen by others is `rotate`
 *    (not a key asked for after the old one expired, "the growth-labs key expired … make a fresh key": that is a new
 *    key, `create_key`; nor "the old one's fine");
 *  - "my boss wants the grants-office unit gone completely, keys and all": the whole unit removed, `deprovision`
 *    (README "Lay names": "shut down everything for X").
 * Read on the raw text, lower-cased, only where the rules and the classifier read `create_key` (parse-request.ts).
 */

/** A new key asked for: "a fresh key", "new keys", "a new one", "a different key". */
const NEW_KEY = /\b(?:fresh|new|different|replacement)\s+(?:(?:api|access|bedrock)\s+)?(?:keys?|ones?)\b/;

/** The old key told as seen by others: "our old one showed up in a Loom video", "the old ones were in the doc". */
const OLD_SEEN =
  /\b(?:the|our|my|their)\s+old\s+(?:ones?|keys?)(?:'s|\s+(?:was|were|has\s+been|have\s+been|got|is|are))?\s+(?:\w+\s+)?(?:showed\s+up|shown|seen|leaked|exposed|posted|pasted|shared|screenshotted|published|ended\s+up|in\s+(?:a|an|the|our|their|his|her)\b|on\s+(?:a|an|the)\s+(?:screen|call|slide|stream|recording|video|screenshot|whiteboard|wiki|ticket))/;

/** A unit asked gone whole: "gone completely, keys and all", "the unit gone for good". */
const GONE_WHOLE =
  /\b(?:unit|team|bu|everything|it)\s+(?:\S+\s+)?(?:gone|removed|deleted|wiped)\s+(?:completely|entirely|for\s+good|altogether)\b[^.!?\n]{0,20}\bkeys\s+and\s+all\b/;

/** The action a create_key reading stands for instead (null: it is a key to create). */
export function keyReadAsOtherAction(input: string): 'rotate' | 'deprovision' | null {
  const text = input.toLowerCase();
  if (text.includes('keys and all') && GONE_WHOLE.test(text)) return 'deprovision';
  if (text.includes('old') && NEW_KEY.test(text) && OLD_SEEN.test(text)) return 'rotate';
  return null;
}
