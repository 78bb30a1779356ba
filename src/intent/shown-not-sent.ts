/**
 * fixfollowups30: a command written out and then disowned as a demonstration: "<@bot> revoke the x key (that's
 * what I would type if I weren't told to wait, so I'm not. just showing Bram the syntax)", "rotate growth — only
 * showing the new starter the format", "token 4h ← not actually sending this, it's for the wiki". The writer
 * shows what one types and says it is not asked (README: an example is no request). "showing the team how to
 * ask" with nothing disowned, or a command after the aside ("… the syntax. ok, now for real: token 2h"), is
 * still asked and is not matched.
 */
const DISOWNED =
  /\b(?:(?:just|only|merely)\s+)?showing\s+(?:[a-z@<>0-9_|]+\s+){0,3}?(?:the\s+)?(?:syntax|format|command|wording)\b|\b(?:that'?s|this\s+is|that\s+is|this'?s)\s+(?:just\s+)?what\s+i(?:\s+would|'d|’d|\s+wd)\s+(?:type|write|send|put)\b|\bnot\s+(?:actually|really)\s+(?:sending|running|asking\s+for|requesting)\s+(?:it|this|that)\b/;
/** A request made for real after the aside. */
const FOR_REAL = /\b(?:for\s+real|actually\s+(?:do|send|run)\s+it|go\s+ahead)\b/;

/**
 * fix53e: how to ask, taught to a reader: a "usage:"/"syntax:" label opening the text ("usage: `rotate <team> key`"),
 * a placeholder in the command ("revoke the key for <team>", "token {hours}h", "[your-team]"), or a quoted command
 * the reader is told to type to get something ("type `give me a token for 2h` to get one", "just send \"rotate x\" and
 * the bot does it"). (Slack's own brackets, "<@U…>", "<#C…>", "<https://…>", are no placeholder.)
 */
const USAGE_LABEL = /^[\s>*_~`]*(?:usage|syntax|command[ \t]+format|cheat[ \t-]?sheet)[ \t*_]*:/;
const PLACEHOLDER =
  /(?:<|&lt;|\{|\[)[ \t]*(?:your[ \t_-]+|the[ \t_-]+)?(?:team|unit|bu|team[ \t_-]?name|unit[ \t_-]?name|name|hours?|duration|ttl|owner|owner[ \t_-]?email|email|project|key[ \t_-]?name)[ \t]*(?:>|&gt;|\}|\])/;
const TAUGHT =
  /\b(?:just[ \t]+)?(?:type|say|send|write|post|enter)[ \t]+["“'‘`][^"”'’`\n]{3,80}["”'’`][ \t,]*(?:to[ \t]+(?:get|have|request|make|create|rotate|revoke|see|ask)|and[ \t]+(?:it|the[ \t]+bot|you(?:(?:'|’)ll)?|you[ \t]+get|you(?:(?:'|’)re)?[ \t]+done)|if[ \t]+you|whenever[ \t]+you)\b/;

/** Whether the lowercase text writes a command out only to show how it is typed. */
export function shownNotSent(lower: string): boolean {
  // (A question about the syntax taught, "`/bedrock revoke <unit>` (?) is that the right syntax?", asks for help: read
  // as before.)
  if (lower.includes('?')) return shownDisowned(lower);
  if (USAGE_LABEL.test(lower) || PLACEHOLDER.test(lower)) return true;
  if (
    (lower.includes('type') ||
      lower.includes('say') ||
      lower.includes('send') ||
      lower.includes('write') ||
      lower.includes('post') ||
      lower.includes('enter')) &&
    TAUGHT.test(lower)
  )
    return true;
  return shownDisowned(lower);
}

/** Whether the lowercase text disowns a command it shows ("… just showing Bram the syntax"). */
function shownDisowned(lower: string): boolean {
  const m = DISOWNED.exec(lower);
  return m !== null && !FOR_REAL.test(lower.slice(m.index));
}
