/**
 * fix34a: a change to one of our keys proposed as a bare question, "do we rotate the growth key?", "do we revoke the
 * search key?": the asker proposes the change and wants it confirmed (decide.ts asks, the change offered first, then
 * help), never carried out as it stands. Only the whole message, one key of a named unit and one verb: a choice
 * weighed ("do we revoke or rotate when …", "… or just not renew it?"), a time asked ("… this week or next?") or
 * another thing's word ("the on call list") is left to the other readers.
 */
const PROPOSAL =
  /^\W*(?:(?:so|and|ok|okay)[\s,]+)?do\s+(?:we|i)\s+(?:just\s+)?(?:rotate|revoke|deprovision|offboard|regenerate|reset)\s+(?:the\s+)?[a-z0-9][a-z0-9_-]*\s+(?:key|keys|api_key|access_key)\s*\?+\s*$/;

/** Whether the lowercased, prepared text is nothing but a change to a unit's key proposed as a question. */
export const changeProposedAsked = (text: string): boolean =>
  text.startsWith('do ') || text.includes('do we') ? PROPOSAL.test(text) : false;
