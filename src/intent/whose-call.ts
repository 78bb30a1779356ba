/**
 * fix54a (tuned-adtech): a change to a key asked as a question and then weighed against its being someone else's to
 * do: "revoke the api key we gave PubMatic for the reporting pull? or is it theirs to kill", "rotate the ledger key? or
 * is that Dev's call", "deprovision hack-9? or does platform handle that", "…? or should finance do it themselves".
 * The writer asks the channel whose job it is, not the bot to do it: nothing is acted on. Only a question mark before
 * the "or", and only the end of the text (the whole weighing is the last thing said); a choice of ours after the "or"
 * ("… or just rotate it?", "… or is a token enough?") is left to the other readers. One pattern anchored at the end,
 * tried only when the text has "or " after a question mark.
 */

/** Whose the thing is: a possessive pronoun, someone's name in the possessive, or someone else. */
const WHOSE = String.raw`(?:theirs|his|hers|yours|ours|mine|someone\s+else'?s|somebody\s+else'?s|[a-z][a-z0-9_-]{1,30}'s|[a-z][a-z0-9_-]{1,30}s')`;
/** What is theirs: to do it, the call, the job. */
const WHAT = String.raw`(?:to\s+[a-z]+(?:\s+(?:it|that|them|off))?|call|job|decision|problem|thing|side|responsibility|to\s+sort(?:\s+out)?)`;
/** Who would do it instead: a pronoun, or one or two words naming a person or a team (not "we", "I": a choice of ours). */
const WHO = String.raw`(?:they|he|she|you|(?!(?:we|i|us|it|this|that)\b)[a-z][a-z0-9_-]{1,30}(?:\s+[a-z][a-z0-9_-]{1,30})?)`;
const DOES = String.raw`(?:handle|do|own|kill|revoke|rotate|manage|sort|deal\s+with|take\s+care\s+of|look\s+after)`;

const WHOSE_CALL = new RegExp(
  String.raw`\?[ \t]*or\s+(?:(?:is|was|isn't|would\s+that\s+be|would\s+it\s+be)\s+(?:it|that|this)\s+(?:(?:really|actually|more)\s+)?(?:${WHOSE}\s+${WHAT}|(?:their|his|her|your|our|(?:the\s+)?(?:[a-z][a-z0-9_-]{1,30}\s+){0,2}[a-z][a-z0-9_-]{1,30}'s)\s+(?:call|job|decision|problem|thing|responsibility))|(?:do|does|should|would|will|can|shouldn't)\s+${WHO}\s+(?:just\s+)?${DOES}\s+(?:it|that|this|them)(?:\s+(?:themselves|himself|herself|yourself|on\s+their\s+side|on\s+their\s+end))?)[ \t]*[?!.]*[ \t]*$`,
);

/** Whether the lowercased text ends by asking whether the change it asked about is someone else's to do. */
export function whoseCallAsked(lower: string): boolean {
  const q = lower.indexOf('?');
  return q >= 0 && lower.includes('or ', q) && WHOSE_CALL.test(lower.trimEnd());
}
