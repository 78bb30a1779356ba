/**
 * fix55 (overread): one of our changes told as done, or written down for later, asks the bot for nothing: "rotated
 * the intake-bot key this morning, redeploy your pods", "we revoked the old scanner key yesterday", "the print-hub
 * creds were rotated upstream", "note to self: rotate the kiosk key on Monday", "/remind me to revoke the demo key".
 * The rules read the verb as an order wherever it stands; only the classifier turned these back into nothing.
 * Only when nothing else in the message asks (no question, no "please", no need, no verb of ours in the present, no
 * "can you"): "we revoked the old one so log-triage needs a fresh key" still asks for the fresh key.
 * rules.ts applyRules reads on past an action of the rules when the text is one of these, keeping a later reading
 * that does nothing (history: "keys revoked last week"), else nothing (unknown).
 */

/** Anything that still asks: a question, a polite word, a need, a verb of ours as an order, "can you". */
const STILL_ASKS =
  /\?|\b(?:please|pls|plz|needs?|want|wants|can\s+(?:you|we|i)|could\s+you|would\s+you)\b|\b(?:rotate|revoke|deprovision|offboard|create|make|give|issue|send)\s/;
/** Told as done by the writer, opening the message: "rotated the x key", "we just revoked …", "fyi I've rotated …". */
const DONE_OPENS =
  /^\W*(?:(?:fyi|heads\s+up|ok|okay|done|update)\W+)?(?:(?:i|we)\s+(?:just\s+|already\s+|have\s+|'ve\s+)?)?(?:rotated|revoked|deprovisioned|regenerated|offboarded)\b/;
/** Told as done to it: "… was rotated", "… got revoked", "… have been deprovisioned". */
const DONE_TO = /\b(?:was|were|been|got)\s+(?:just\s+|already\s+)?(?:rotated|revoked|deprovisioned)\b/;
/** Written down for later: "note to self:", "reminder to self", "/remind me to …". */
const NOTE_TO_SELF = /^\W*(?:(?:a\s+)?(?:reminder|note)\s+(?:to|for)\s+(?:self|myself|me)|\/?remind\s+me)\b/;

/** Is the (prepared, lowercase) text a change of ours told as done, or a note for later, with nothing asked? */
export function toldNotAsked(text: string): boolean {
  if (text.length > 300) return false;
  if (NOTE_TO_SELF.test(text)) return !text.includes('?') && !/\b(?:bot|you)\b/.test(text);
  return (DONE_OPENS.test(text) || DONE_TO.test(text)) && !STILL_ASKS.test(text);
}
