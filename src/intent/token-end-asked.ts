/**
 * Round sixty (help topic; tuned-mssp, -dental): when a token stops working asked by a moment of the asker's day, not
 * by a clock: "what happens to my token when my shift ends, does it die?", "does the token stop when the session is
 * over?", "the token I got yesterday expired already, is that normal? I thought it was for the week": the token's
 * lifetime, its bounds, topic `limits` (README "Help topics": how long, by default or at most). What becomes of a
 * token when the person leaves ("… if I get offboarded from the team?") is the token's own topic and not read here.
 * Read on the prepared text.
 */

const TOKEN = String.raw`(?:tokens?|tok)`;
/** "… token … when my shift ends", "… when the session is over". */
const ENDS_WITH_MOMENT = new RegExp(
  String.raw`\b${TOKEN}\b[^?.!]{0,40}?\bwhen\s+(?:my|the|our|a|your)\s+(?:\w+\s+)?(?:shift|day|workday|session|meeting|run|call|night|week|rota)\s+(?:ends|is\s+over|finishes|stops|closes)\b`,
);
/** "… token … expired already, is that normal?", "it expire already, is normal?". */
const EXPIRED_EARLY = new RegExp(
  String.raw`\b${TOKEN}\b[^?]{0,60}?\bexpired?s?\s+already\b[^?]{0,30}\b(?:normal|expected|right|ok|okay|supposed)\b`,
);

/** Whether a token's end is asked by a moment of the day or doubted as early. */
export function tokenEndAsked(text: string): boolean {
  return text.includes('tok') && (ENDS_WITH_MOMENT.test(text) || EXPIRED_EARLY.test(text));
}
