/**
 * The clauses of a message, each read on its own (round twenty, fix20b): a reader that finds a text
 * "not ours" ("history of RFI-0318", "does anyone know whether …") must step aside when another clause
 * of the same text asks the bot for something ("history of RFI-0318, revoke the rfi key"; "rotate the
 * ads key now; does anyone know whether the app picks it up?"). Clauses end at a sentence's or a
 * clause's mark (. ; ! ? : a newline, a dash set apart, a comma) or before "and" / "also" / "then".
 * Only read when such a reader has fired, so it costs nothing on most parses.
 */

/** Where a clause ends: a mark, a dash set apart, or a joining word. Each alternative is one step. */
const CLAUSE_END = /[.;!?:\n]+|\s[—–-]+\s|,\s|\s(?:and|also|then|meanwhile)\s/;

/** The message's clauses, trimmed, the empty ones left out (at most 12: a long text's tail is story). */
export function ownClauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter((c) => /\w/.test(c))
    .slice(0, 12);
}
