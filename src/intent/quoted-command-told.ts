/**
 * hunt42: one of our commands in quotes as the subject of a sentence that tells how it behaves ("\"revoke all keys\"
 * now asks for confirmation", "`rotate atlas` is disabled for now", "heads up: `deprovision` now requires approval"):
 * the command is talked about, not sent. "\"revoke all keys\" please", "\"token 2h\" is what I need", "\"rotate atlas\"
 * is disabled, can you do it?" ask.
 */

/**
 * A quoted span opening the text (after a label or "fyi"), then a rule it now follows or a state it is in: "asks for
 * confirmation", "requires approval", "is disabled". (Not what it did when run, "\"token 2h\" failed", "… returns 403":
 * a problem the writer may want help with, or a retry.)
 */
const QUOTED_THEN_BEHAVES =
  /^\W{0,3}(?:(?:fyi|heads\s+up|psa|note|til|update|btw|so|apparently)[\s:,!-]+)?["“'‘`]([^"”'’`\n]{3,60})["”'’`]\s+(?:(?:now|also|no\s+longer|currently|finally|always)\s+)?(?:asks|requires|needs|prompts|triggers|(?:is|was)\s+(?:(?:now|also|currently|temporarily|being)\s+)?(?:disabled|deprecated|removed|blocked|restricted|admin[\s-]+only|renamed|case[\s-]+sensitive|no\s+longer\s+(?:available|supported)))\b/i;
/** Then asked of the bot after all: "… is disabled, can you do it manually?", "… needs approval, please rotate it". */
const ASKED_AFTER =
  /\b(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|plz|do\s+it|go\s+ahead|instead|manually|for\s+me|again|retry|same)\b/i;
/** Our words in the quoted span: a command of ours is what is talked about. */
const OURS_QUOTED =
  /\b(?:revoke|rotate|deprovision|token|key|keys|create|list|history|details|models|offboard)\b/i;

/** Whether the text tells how one of our commands, quoted, behaves. */
export function quotedCommandTold(text: string): boolean {
  // (A question about it, "`revoke x` didn't do anything, is it broken?", asks for help: read as before.)
  if (!/["“'‘`]/.test(text) || text.includes('?')) return false;
  const m = QUOTED_THEN_BEHAVES.exec(text);
  return m !== null && OURS_QUOTED.test(m[1] ?? '') && !ASKED_AFTER.test(text.slice(m[0].length));
}
