/**
 * Round sixty (help or not; tuned-adtech, -fashion, -styles-slavic): an account of another system said to be lacking
 * is why a token is asked about, not the thing asked about. "our new AM has no slack login yet, can I get tokens on her
 * behalf?", "the intern has no Slack account yet — can tokens be issued for another person?", "token for my intern who
 * has no slack account, how it works?": the question is about our tokens (README "Whether the bot offers something":
 * a token for someone else is help), though "slack login" alone names another vendor's login (README "Lay names").
 * The lacked account is taken out before the text is read for objects not ours (mood.ts foreignObject); an account
 * asked for ("can I get a slack account for the intern?") stays. Read on the prepared text.
 */

/** Systems a new colleague may not be on yet. */
const SYSTEM = String.raw`(?:slack|email|e_?mail|outlook|google|gmail|okta|sso|ad|active\s+directory|laptop|company|work|corporate)`;
/** "has no slack login yet", "who has no slack account", "without a slack account", "doesn't have a slack login". */
const LACKED = new RegExp(
  String.raw`\b(?:(?:has|have|had|got|with)\s+no|(?:does\s*n['’]?o?t|doesn['’]t|don['’]t|do\s+not|did\s*n['’]?t|didn['’]t)\s+(?:have|has|get)(?:\s+(?:a|an|any))?|without(?:\s+(?:a|an|any))?)\s+(?:\w+\s+)?${SYSTEM}\s+(?:accounts?|logins?|user(?:name)?s?|seats?|access|id)(?:\s+(?:yet|so\s+far))?\b`,
  'g',
);

/** The text with any account said to be lacking taken out (the text itself when none is). */
export function withoutAccountLacked(text: string): string {
  return text.replace(LACKED, ' ');
}

/** A token named (a question about tokens, not a key or an account). */
const TOKEN_WORD = /\b(?:tokens?|tok)\b/;
/**
 * "on her behalf", "for another person": a token got for someone else ("on behalf of X" often opens a request told for
 * someone, "… on behalf of the Corvid team, could you issue …", and is not read).
 */
const FOR_ANOTHER =
  /\bon\s+(?:her|his|their|someone['’]?s|somebody['’]?s)\s+behalf\b|\bfor\s+(?:another|a\s+different)\s+(?:person|colleague|user|member)\b/;

/**
 * Whether a token is asked about for a colleague who has no account of ours yet, or on someone's behalf ("our new AM
 * has no slack login yet, can I get tokens on her behalf?", "token for my intern who has no slack account, how does it
 * work?"): whether the bot offers that is help, topic token (README "Whether the bot offers something"). Lowercased.
 * (The caller reads it only where no lifetime is asked for: "can I get a token for 45 min on her behalf?" is a request.)
 */
export function tokenForAnotherAsked(lowered: string): boolean {
  if (!lowered.includes('?') || !TOKEN_WORD.test(lowered)) return false;
  LACKED.lastIndex = 0;
  const lacks = LACKED.test(lowered);
  LACKED.lastIndex = 0;
  return lacks || FOR_ANOTHER.test(lowered);
}
