/**
 * fixstyles30: "tear down everything we made for snow week", "shut down all we set up for the harvest festival":
 * what the team made for an occasion, said with a clause between "everything" and "for". The clause tells nothing
 * the bare "everything for snow week" does not (README: a unit set up for an occasion is named by it), so the
 * message is read without it.
 */
const MADE_CLAUSE =
  /\b(everything|all(?:\s+the\s+stuff)?|all\s+of\s+it)\s+(?:that\s+)?(?:we|i|you|they|the\s+team)\s+(?:have\s+|had\s+|'ve\s+)?(?:made|set\s+up|setup|built|created|spun\s+up|provisioned|got)\s+(?=for\s)/i;

/** The text without the clause of who made the things ("everything we made for X" → "everything for X"), or null. */
export function withoutMadeClause(text: string): string | null {
  if (!/\b(?:made|set\s*up|built|created|spun|provisioned|got)\s+for\b/i.test(text)) return null;
  const out = text.replace(MADE_CLAUSE, '$1 ');
  return out === text ? null : out;
}
