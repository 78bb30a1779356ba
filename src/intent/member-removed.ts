/**
 * review37: a person taken off a team or unit, the whole message ("remove Priya from the payments-gateway unit please",
 * "kick <@U0…> off the ads team", "offboard José and Dev from the growth squad", Hinglish "payments-gateway unit se
 * Priya ko hata do"): a change of who belongs to it, which the bot does not make, never the unit's deprovisioning.
 * Read on the text as written: each person a mention, an e-mail or a capitalised name (any script's capitals), not one
 * of our words ("remove the Payments key from …" names a key); the place a team or unit named as one ("… unit",
 * "… team"), so "remove Growth from the list of units" or "from the Bedrock platform" is still ours to read. Only
 * the whole message: a person's clause beside a request ("revoke the ads key and remove Priya from the ads team")
 * leaves the request to the parser.
 */
const VERB = String.raw`(?:[Rr]emove|[Kk]ick|[Tt]ake|[Dd]rop|[Bb]oot|[Oo]ffboard)`;
const WHO = String.raw`(?:<@[A-Z0-9]+(?:\|[^>]*)?>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)`;
const PEOPLE = String.raw`(?:(?:user|member|colleague)\s+)?${WHO}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${WHO})*`;
const GROUP = String.raw`(?:[Tt]he\s+|[Oo]ur\s+)?[\p{L}\d][\p{L}\d_-]*(?:\s+[\p{L}\d][\p{L}\d_-]*){0,2}\s+(?:unit|team|group|squad|pod|channel|crew|desk)`;
const TAKEN_OFF = new RegExp(
  String.raw`^\W*(?:(?:[Pp]lease|[Pp]ls|[Cc]an\s+you|[Cc]ould\s+you)\s+)?${VERB}\s+(${PEOPLE})\s+(?:off|from|out\s+of)\s+${GROUP}(?:\s+(?:please|pls|thanks|asap))?\s*[.!]*\s*$` +
    String.raw`|^\W*${GROUP}\s+se\s+(${PEOPLE})\s+ko\s+(?:hata|mita|hta|nikal)\w*(?:\s+(?:do|dijiye|dijie|dena|den|please|pls))*\s*[.!]*\s*$`,
  'u',
);
/** Our words, never a person's name however capitalised ("remove Key …", "drop Bedrock …"). */
const OURS = /^(?:the|key|keys|token|tokens|access|bedrock|api|it|all|every|our|my|this|that|unit|team)$/i;

/** Is the whole message a person taken off a team or unit, in the text as written? */
export function memberRemoved(text: string): boolean {
  const m = TAKEN_OFF.exec(text.trim());
  if (m === null) return false;
  const people = m[1] ?? m[2] ?? '';
  return people.split(/\s*,\s*|\s+(?:and|&)\s+/).every((who) => who.split(/\s+/).every((w) => !OURS.test(w)));
}
