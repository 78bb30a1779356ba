/**
 * fix33a: who owns what, told for information ("fyi Nadia is the owner of care-drafts now, Tomás handed it over",
 * "who owns what, fyi:\nunit | owner\nmerch-desc | kofi\n…"): a change of hands or a table of owners passed on to
 * the channel, no question and nothing asked of the bot (not a unit's details, nor an owner to set). Read on the
 * prepared text: an "fyi" or a "heads up", an owner named or a handing over told, no "?" and no command ("fyi Nadia
 * owns care-drafts now, please update the owner in the bot" asks for the change).
 */

/** Told for information: "fyi", "for your info", "heads up", "just so you know". */
const FOR_INFO =
  /\b(?:fyi|for\s+your\s+info(?:rmation)?|heads[\s_-]?up|just\s+so\s+(?:you|everyone)\s+knows?|psa)\b/;
/** An owner named or a handing over: "is the owner of", "owns", "handed it over", "took over", "owner" column. */
const OWNERSHIP =
  /\b(?:owners?|owns|owned|handed\s+(?:it|them|this|that|\w+)\s+over|handed\s+over|took\s+over|taking\s+over|in\s+charge\s+of)\b/;
/** Something asked all the same: a command of ours or of a read, a want, a plea. */
const ASKED =
  /\?|\b(?:please|pls|plz|can|could|would|update|change|set|make|transfer|move|reassign|show|list|details|rotate|revoke|deprovision|create|give|need|needs|want|wants)\b/;

/** Whether a prepared text tells who owns what, for information, asking nothing. */
export const ownershipTold = (text: string): boolean =>
  FOR_INFO.test(text) && OWNERSHIP.test(text) && !ASKED.test(text);
