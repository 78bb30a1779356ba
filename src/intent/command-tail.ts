/**
 * Round thirty-four: one of our commands at the head of the message, and after it only a tail that holds nothing
 * back: a convenience ("rotate the key when you get a chance", "… whenever you can"), the key's own end as the reason
 * ("rotate the ads key, it's scheduled to expire tomorrow", "…, it expires friday") or what a token is for ("get me a
 * token for 6 hours for the night shift analysis"). Trained on the tuned files, the classifier reads the tail's words
 * ("when", "shift", "expire") as a condition or a story and leans to the command less surely; the tail asks no
 * condition of anyone, so the command is the rules' as it stands (parse-request.ts commandTailHeld).
 *
 * Not a condition on an event ("revoke bob's key when he leaves", "rotate it when the migration is done": the head
 * may hold no "when", "once", "after", "if", …), nor a question. Works on the prepared text (lowercase, a duration
 * as `xxdur`, units joined with `_`).
 */

/** Our command at the head (a greeting or "please" before it), up to the tail, with no condition word in it. */
const HEAD =
  /^\s*(?:(?:hey|hi|hello|ok|okay)[\s,!]+)?(?:(?:please|pls|plz)\s+)?(?:rotate|revoke|deprovision|create|(?:get|give)\s+me)\s(?:(?!\b(?:when|whenever|once|after|before|if|unless|until|till|by)\b)[^,;.!?\n])*?/;

/** The tail: a convenience, the key's end as the reason, or a token's purpose; thanks or "please" may follow. */
const TAIL =
  /^(?:,?\s*(?:when(?:ever)?\s+(?:you|u)\s+(?:get\s+(?:a\s+)?(?:chance|minute|moment|sec(?:ond)?)|can|have\s+(?:a\s+)?(?:time|minute|moment|sec(?:ond)?))|at\s+your\s+(?:convenience|earliest(?:\s+convenience)?))|,\s*(?:it'?s|it\s+is)\s+(?:scheduled|due|set|going)\s+to\s+expire(?:\s+(?:tomorrow|today|tonight|soon|this\s+week|next\s+week|on\s+[a-z]+|[a-z]+day))?|,\s*it\s+expires(?:\s+(?:tomorrow|today|tonight|soon|this\s+week|next\s+week|on\s+[a-z]+|[a-z]+day))?|\s+for\s+the\s+(?:[a-z_-]+\s+){0,3}(?:analysis|report|dashboard|demo|review|study|notebook|prototype))[\s,]*(?:(?:please|pls|plz|thanks|thx|ty)\b)?[\s.!]*$/;

/** Whether the message is one command of ours with only such a tail after it (see above). */
export function commandWithTail(text: string): boolean {
  if (text.includes('?') || text.includes('\n')) return false;
  const head = HEAD.exec(text);
  if (head === null) return false;
  // (The head is lazy: try each place the tail may start.)
  for (let at = head[0].length; at < text.length; at++) {
    const before = text.slice(0, at);
    if (/\b(?:when|whenever|once|after|before|if|unless|until|till)\b/.test(before.slice(head[0].length)))
      return false;
    if (TAIL.test(text.slice(at)) && /\b(?:key|keys|token|unit|xxdur)\b|_|-/.test(before)) return true;
  }
  return false;
}
