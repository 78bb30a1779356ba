/**
 * Whether the asker owns units, or which of them are theirs, asked first (round twenty-two): "do I own any
 * units? list them", "which of these bots are mine? I lose track after the summer", "am I the owner of any
 * teams?", "which bots are mine?". A list of the asker's own units (README "Owner": owner `me`); what follows the question is its
 * story or the same ask ("list them", "show them pls"). The bots are the units (one unit per bot). Only
 * the question as the message's opening, ending at "?" or the end: "do I own any units of the index fund?"
 * is a fund's units, "which of these mugs are mine?" no unit at all.
 */
const OWN_ANY =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:hi|hey|hello|quick\s+q(?:uestion)?|so|ok)[ \t,:!-]+)?(?:do[ \t]+i[ \t]+(?:actually[ \t]+|even[ \t]+)?own[ \t]+any[ \t]+(?:of[ \t]+(?:the|these|those|our)[ \t]+)?|am[ \t]+i[ \t]+(?:the[ \t]+)?owner[ \t]+of[ \t]+any[ \t]+(?:of[ \t]+(?:the|these|those|our)[ \t]+)?|which[ \t]+(?:of[ \t]+(?:the|these|those|our|all[ \t]+the|all[ \t]+these)[ \t]+)?)(?:business[ \t]+)?(?:units|teams|bots|bus)(?:[ \t]+(?:are|r)[ \t]+(?:actually[ \t]+)?mine|[ \t]+do[ \t]+i[ \t]+own|[ \t]+am[ \t]+i[ \t]+(?:the[ \t]+)?owner[ \t]+of)?(?:[ \t]+(?:here|on[ \t]+bedrock|in[ \t]+bedrock))?[ \t]*(?:\?|$)/;
/** "which of these …" must say whose: mine, do I own, am I owner of. */
const WHICH_OF =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:hi|hey|hello|quick\s+q(?:uestion)?|so|ok)[ \t,:!-]+)?which\b/;
const WHOSE = /\b(?:mine|do[ \t]+i[ \t]+own|am[ \t]+i[ \t]+(?:the[ \t]+)?owner)\b/;

/** Whether the lowercased message opens by asking which units the asker owns (or whether any). */
export function ownUnitsAsked(lowered: string): boolean {
  if (!(lowered.includes('own') || lowered.includes('mine'))) return false;
  const m = OWN_ANY.exec(lowered);
  if (m === null) return false;
  return !WHICH_OF.test(m[0]) || WHOSE.test(m[0]);
}
