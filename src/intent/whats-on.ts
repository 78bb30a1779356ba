/**
 * "what's on test-infra-team right now", "whats currently on `fraud-ml`?", "what's on the ads-platform team
 * atm": what a unit holds now is asked, its details. Only a name of a unit's shape right after "on" (with a
 * hyphen, an underscore or a digit, or a team noun or "unit" after it): a bare word there is as likely the TV,
 * a menu or a calendar's ("what's on tv right now", "what's on the agenda"), which no rule can tell from a unit.
 * Read by rules.ts (the unit's details over a history word told after the question) and by discourse.ts (the
 * question is the request, never story).
 */
import { TEAM_NOUNS } from './group-nouns.js';

const WHATS_ON =
  /^\W*(?:(?:hey|hi|so|ok|and)\W+)?(?:what|wat|wht|whta)(?:'s|s|\s+is)?\s+(?:(?:currently|now)\s+)?on\s+(?:the\s+)?([a-z0-9]\w{0,60})/;

/** Whether the text opens by asking what is on the unit the parse names. */
export function whatsOnUnit(text: string, unit: string | null): boolean {
  const named = unit === null ? null : WHATS_ON.exec(text)?.[1];
  if (named === undefined || named === null) return false;
  const name = named.replace(/_/g, '-');
  if (unit === name) return /[-\d]/.test(name);
  return unit?.startsWith(`${name}-`) === true && TEAM_NOUNS.has(unit.slice(name.length + 1));
}

/**
 * Whether a sentence asks what is on a name of a unit's shape, before any unit is read (fix40c, tuned-logistics:
 * "what's on the hazmat-check unit? need to know before the DG audit": the question is the request, the audit
 * after it why it is asked).
 */
export function whatsOnNamedAsked(sentence: string): boolean {
  if (!sentence.includes('?') || !sentence.includes(' on ')) return false;
  const m = WHATS_ON.exec(sentence);
  const name = m?.[1];
  if (m === null || name === undefined) return false;
  const after = /^\s+([a-z_]+)/.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
  return /[_\d]/.test(name) || after === 'unit' || TEAM_NOUNS.has(after);
}
