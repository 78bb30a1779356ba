/**
 * A question opening with which units there are, then whether one is among them ("what units are there?
 * want to check if the estimating team already has one before i ask", "which teams are on it? need to see
 * whether legal has one"): the list is asked; the unit named after it is the one the asker will look for in
 * the list (README: `list` lists the units and states no unit), not a unit whose details are asked. The
 * check must follow ("check/see/know if|whether"): "what units are there? I want a key for growth" asks
 * for a key.
 */
const UNITS_THERE =
  /^[^\w]{0,3}(?:(?:so|hi|hey|ok)[ \t,]+)?(?:what|which)[ \t]+(?:business[ \t]+)?(?:units|teams|bus|departments|depts)[ \t]+(?:are[ \t]+(?:there|on[ \t]+(?:it|here|bedrock|the[ \t]+bot)|registered|set[ \t]+up)|exist|do[ \t]+(?:you|we)[ \t]+(?:have|know|manage))\b[^?.\n]{0,30}\?/;
/** Checking whether one is there: "check if", "see whether", "know if". */
const CHECKS = /\b(?:check|checking|see|know|find[ \t]+out|confirm|look)[ \t]+(?:if|whether)\b/;

/** Whether the lowercase text opens by asking which units there are, to check whether one is there. */
export function unitsThereAsked(text: string): boolean {
  if (
    !(
      text.includes('units') ||
      text.includes('teams') ||
      text.includes('departments') ||
      text.includes('depts')
    )
  )
    return false;
  const m = UNITS_THERE.exec(text.trimStart());
  return m !== null && CHECKS.test(text.trimStart().slice(m[0].length));
}
