/**
 * train28s: a record of what happened to anything, asked first: "was anything deprovisioned last month?", "what
 * got deleted in march?", "anything revoked recently??". It covers every unit: a name told after the question
 * is why it is asked ("someone says old-analytics vanished", "the audit team sent: …"), not the unit asked
 * about, whether or not the story was cut. A name inside the question ("what got revoked for ml-sandbox?")
 * stays the unit.
 */

/** "anything revoked", "what got deleted", "everything that happened": every unit's events asked. */
const EVERYTHING_ASKED =
  /\b(?:anything|everything|what\s+(?:got|was|were|has\s+been|have\s+been))\s+(?:[a-z]+\s+)?(?:rotated|revoked|deleted|removed|deprovisioned|created|changed|issued|offboarded|disabled|happened)\b/;

/** What follows the question that asks something itself, or gives the unit as a field would. */
const ASKED_AFTER =
  /^\W*(?:(?:and|just|only|but)\s+)?(?:for|unit|team|bu)\b|\b(?:rotate|revoke|delete|remove|deprovision|offboard|create|make|give|show|list|spend|cost|details|history|please|pls|plz|can\s+you|could\s+you)\b/;

/** Whether `unit` (as read) is named only after a question that asks what happened to anything. */
export function namedOnlyAfterEverythingAsked(text: string, unit: string): boolean {
  if (!text.includes('?') || !(text.includes('what') || text.includes('thing'))) return false;
  const end = text.indexOf('?');
  const question = text.slice(0, end);
  const m = EVERYTHING_ASKED.exec(question);
  if (m === null) return false;
  // (Not when what follows asks or names the unit as such: "… ? for growth pls", "… ? also rotate growth's key".)
  if (ASKED_AFTER.test(text.slice(end + 1))) return false;
  // (The question as names are read: "ml_sandbox", "audit team" → "ml-sandbox", "audit-team".)
  return !question.replace(/[\s_]+/g, '-').includes(unit);
}
