/**
 * Round thirty-four: a credential asked for in a short line of its own, then its values in short lines, each
 * with its reason in brackets ("token. sydney (close to the customers, low latency)", "token. 3h (long workshop
 * with the board, sorry)"): the reason in brackets only tells why the value is wanted, so the message is the
 * rules' request, whatever the classifier makes of the reason's words. Read on the prepared text (lowercase,
 * lifetimes as `xxdur`). A line that tells a story ("last year we ran everything in virginia") is no value line:
 * a value line is at most two words.
 */

/** The opening line: "token", "token please", "need a token", "a token for xxdur", "key for ads". */
const CREDENTIAL_LINE =
  /^(?:(?:i\s+|we\s+)?need\s+)?(?:a\s+|an\s+|one\s+)?(?:bedrock\s+)?(?:tokens?|(?:api\s+|access\s+)?keys?\s+for\s+[a-z0-9][a-z0-9-]*)(?:\s+for\s+xxdur|\s+xxdur)?(?:\s+(?:please|pls|plz))?$/;
/** A reason in brackets, with what it holds. */
const BRACKETED = /\([^()]*\)/g;

/** Whether the message is a credential line and value lines, the values' reasons in brackets. */
export function valueLinesWithReasons(text: string): boolean {
  if (!text.includes('(')) return false;
  const lines = text
    .replace(BRACKETED, ' ')
    .split(/[.;\n]+/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '');
  if (lines.length < 2 || !CREDENTIAL_LINE.test(lines[0] ?? '')) return false;
  return lines
    .slice(1)
    .every((line) => /^[a-z0-9-]+(?: [a-z0-9-]+)?$/.test(line) && !/\b(?:we|i|they|last|ago)\b/.test(line));
}
