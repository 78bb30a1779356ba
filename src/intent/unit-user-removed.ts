/**
 * Round fifty-eight, fix58 acts: a unit's user removed whole ("remove the bioacoustics user completely", "remove
 * doc-intake's user entirely pls", "Offboarding the Hartmann account — please remove their user entirely"). A unit
 * is kept in AWS as a user of its own; removing that user entirely is the unit's deprovisioning (README "Lay names":
 * "shut down everything for X"), so the unit the rules found names something of ours (mood.ts namesOurObject).
 * Read on the prepared text (lowercase, a unit written as one name joined with `_`). Not a user removed from a
 * place or a list ("remove the user entirely from the mailing list", "delete the spam user completely from the
 * forum"): another system's user.
 */
const UNIT_USER_REMOVED =
  /\b(?:remove|delete|drop|wipe|purge|kill)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z0-9_]+(?:'s)?\s+)?user\s+(?:entirely|completely|altogether|fully|for\s+good)\b(?![^.!?\n]{0,40}\bfrom\b)/;

/** Whether the text asks for a unit's user to be removed whole. */
export function unitUserRemoved(text: string): boolean {
  return text.includes('user') && UNIT_USER_REMOVED.test(text);
}
