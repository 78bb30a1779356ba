/**
 * Two units weighed in a question of ours ("what's the spend on tender-assistant vs bim-qa this month?",
 * "spend: payments versus risk-ml?"): the question asks for the first unit's figures, not what two of the
 * bot's things are (a help question such as "rotate vs revoke?"). Read on the prepared text, where a
 * hyphen in a name is an underscore; the unit is the one the finder chose (the first of the two).
 */
const WEIGHING = /\b(?:vs|versus)\b/;

/** Is the unit named right before or after "vs"/"versus" in `text`? */
export function weighsUnits(text: string, businessUnit: string | null): boolean {
  if (businessUnit === null || !(text.includes('vs') || text.includes('versus'))) return false;
  const m = WEIGHING.exec(text);
  if (m === null) return false;
  const name = businessUnit.replaceAll('-', '_');
  const before = text.slice(Math.max(0, m.index - name.length - 3), m.index).replace(/[`'"*\s]+$/, '');
  if (before.endsWith(name) && !/[\w-]/.test(before.charAt(before.length - name.length - 1))) return true;
  const after = text
    .slice(m.index + m[0].length, m.index + m[0].length + name.length + 4)
    .replace(/^[\s.`'"*]+/, '');
  return after.startsWith(name) && !/[\w-]/.test(after.charAt(name.length));
}
