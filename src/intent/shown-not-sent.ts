/**
 * fixfollowups30: a command written out and then disowned as a demonstration: "<@bot> revoke the x key (that's
 * what I would type if I weren't told to wait, so I'm not. just showing Bram the syntax)", "rotate growth — only
 * showing the new starter the format", "token 4h ← not actually sending this, it's for the wiki". The writer
 * shows what one types and says it is not asked (README: an example is no request). "showing the team how to
 * ask" with nothing disowned, or a command after the aside ("… the syntax. ok, now for real: token 2h"), is
 * still asked and is not matched.
 */
const DISOWNED =
  /\b(?:(?:just|only|merely)\s+)?showing\s+(?:[a-z@<>0-9_|]+\s+){0,3}?(?:the\s+)?(?:syntax|format|command|wording)\b|\bthat'?s\s+(?:just\s+)?what\s+i(?:\s+would|'d|’d|\s+wd)\s+(?:type|write|send|put)\b|\bnot\s+(?:actually|really)\s+(?:sending|running|asking\s+for|requesting)\s+(?:it|this|that)\b/;
/** A request made for real after the aside. */
const FOR_REAL = /\b(?:for\s+real|actually\s+(?:do|send|run)\s+it|go\s+ahead)\b/;

/** Whether the lowercase text writes a command out only to show how it is typed. */
export function shownNotSent(lower: string): boolean {
  const m = DISOWNED.exec(lower);
  return m !== null && !FOR_REAL.test(lower.slice(m.index));
}
