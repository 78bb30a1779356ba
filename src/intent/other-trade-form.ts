/**
 * Another trade's form with our field names (review D of round twenty, fix20f): "Leave request / Duration:
 * 3 days / Team: finance-team / Type: annual leave", "Key request / Team: Estates / Type: master key",
 * "Team: Permanent Way / Duration: 3 days / Type: possession". Its type is not ours (no token, key or
 * credential; a door or master key is a lock's), and nothing else in it but an "X request" title names
 * ours: a leave, a van, a possession, not a credential. "Team: ads / Duration: 30 min" (no type) and
 * "Team: growth / Type: API key" are ours.
 */

/** A type field: "Type: van", "*Request type*: leave", "- Kind: laptop". */
const TYPE_LINE =
  /^[ \t]*(?:[-•][ \t]*)?[*_]{0,2}(?:request[ \t]+)?(?:type|kind|category)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*([^\n]*)$/m;

/** Ours in a value or a line (what the bot does or tells: a credential, an action, spend, usage, quota). */
const OURS =
  /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds?|api|iam|bedrock|long[\s-]?term|short[\s-]?term|rotat\w*|revok\w*|deprovision\w*|offboard\w*|decommission\w*|renew\w*|spend\w*|costs?|usage|reports?|budgets?|history|quotas?|limits?|models?|details|access)\b/;

/** A lock's key: "master key", "door key". */
const LOCK_KEY =
  /\b(?:master|door|room|office|locker|van|car|site|gate|building|padlock|cabinet|safe|spare|house|front|back|cupboard|desk|drawer)[ \t]+keys?\b/;

/** A form's title: "Leave request", "*Key request*". */
const TITLE = /^[ \t]*[*_]{0,2}[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:request|form|booking)[*_]{0,2}[ \t]*:?[ \t]*$/;

/** Whether the lowercase text is another trade's form (a type field not ours, nothing else ours). */
export function otherTradeForm(lower: string): boolean {
  if (!lower.includes('\n') || !/type|kind|category/.test(lower)) return false;
  const m = TYPE_LINE.exec(lower);
  if (m === null) return false;
  const value = m[1] ?? '';
  if (OURS.test(value) && !LOCK_KEY.test(value)) return false;
  const rest = lower
    .split('\n')
    .filter((line, i) => !(i === 0 && TITLE.test(line)))
    .join('\n')
    .replace(m[0], '');
  return !OURS.test(rest);
}
