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

/** A change of a unit's owner asked in so many words: "please update the owner to …", "can you change the owner". */
const OWNER_CHANGE_ASKED =
  /\b(?:please|pls|plz|can\s+you|could\s+you|would\s+you)\s+(?:\w+\s+)?(?:update|change|set|transfer|reassign)\s+(?:the\s+|its\s+)?owner(?:ship)?\b/;

/**
 * post40f: who owns what told for information, then the change of owner asked in so many words ("fyi Nadia owns
 * care-drafts now, please update the owner to nadia@corp.com"): the request after the fyi stands, the unit's
 * details as the rules read it, whatever the retrained classifier's lean to nothing.
 */
export const ownerChangeAfterInfo = (text: string): boolean =>
  FOR_INFO.test(text) && OWNERSHIP.test(text) && OWNER_CHANGE_ASKED.test(text);
