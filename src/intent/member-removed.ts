/**
 * review37: a person taken off a team or unit ("remove Priya from the payments-gateway unit please", "kick <@U0…>
 * off the ads team", Hinglish "payments-gateway unit se Priya ko hata do"): a change of who belongs to it, which the
 * bot does not make, never the unit's deprovisioning. Read on the text as written: the person is a mention or a
 * capitalised name, not one of our words ("remove the Key from …" is no person); a unit taken off Bedrock itself
 * ("remove Ads from bedrock") is the unit's deprovisioning still.
 */
const PERSON = String.raw`(?:<@[A-Z0-9]+(?:\|[^>]*)?>|(?!(?:The|Key|Keys|Token|Tokens|Access|Bedrock|API|Api|It|All|Every|Our|My|This|That)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)`;
const TAKEN_OFF = new RegExp(
  String.raw`\b(?:remove|kick|take|drop|boot)\s+${PERSON}\s+(?:off|from|out\s+of)\s+(?!(?:bedrock|aws|amazon|the\s+bot)\b)(?:the\s+)?[\w-]+(?:\s+(?:unit|team|group|squad|pod|channel|project))?\b` +
    String.raw`|\bse\s+${PERSON}\s+ko\s+(?:hata|mita|hta|nikal|remove)\w*`,
  'i',
);
// (Case matters for the name: the pattern's own words are matched without case, the name's capital by PERSON_CASE.)
const PERSON_CASE = new RegExp(`^${PERSON}`);

/** Is a person taken off a team or unit, in the text as written? */
export function memberRemoved(text: string): boolean {
  const m = TAKEN_OFF.exec(text);
  // (The person follows the verb, or "se" in Hinglish.)
  return m !== null && PERSON_CASE.test(m[0].replace(/^\S+\s+/, ''));
}
