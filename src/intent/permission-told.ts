/**
 * Round fifty-eight, fix58 acts: a token asked for by telling who allowed it and asking whether that is alright
 * ("my manager Arjun said I can have token for 2 hour for the rider experiment. Is ok?", "my boss say I can get
 * token for 2 hour to test translation. Is possible?"). Newcomers who write so are asking for the token they were
 * told they may have, with its lifetime: a request put as a question (README "A question that asks for a token is
 * a request"), not a question about tokens. Read on the prepared text (lowercase, a lifetime as `xxdur`).
 * Not a question about the token or the limit ("… is that the max?", "… can I use it for the demo?"), nor a
 * permission told with no closing question ("my manager said I can have a token for 2h, so I did"), nor one told of
 * someone else ("my manager said Ana can have …").
 */

/** Who allows it: the asker's manager, boss or lead, with a name or an honorific or two after it. */
const WHO_ALLOWED = String.raw`\b(?:my|our)\s+(?:line\s+manager|team\s+lead|manager|boss|lead|supervisor|head\s+of\s+[a-z]+)(?:\s+[a-z'.]+){0,2}?`;
/** The permission, in the forms learners of English write it. */
const MAY_HAVE = String.raw`\s+(?:said|says|say|told(?:\s+me)?|tell(?:\s+me)?|mentioned)(?:\s+that)?(?:\s+(?:it\s+)?is\s+ok(?:ay)?\s+for\s+me\s+to|\s+i\s+(?:can|could|may|am\s+allowed\s+to))\s+(?:have|take|get|ask\s+for|request)\s+(?:a\s+|one\s+|the\s+)?(?:bedrock\s+)?tokens?\s+(?:for\s+)?xxdur\b`;
const TOLD_MAY = new RegExp(WHO_ALLOWED + MAY_HAVE);
/** Who allowed it and the verb of saying, before the permission ("my manager arjun said"). */
const TOLD_LEAD = new RegExp(
  String.raw`${WHO_ALLOWED}\s+(?:said|says|say|told(?:\s+me)?|tell(?:\s+me)?|mentioned)(?:\s+that)?(?=\s)`,
);
/** The closing question asks only whether it is alright: "Is ok?", "Is it ok?", "is possible?", "ok?". */
const ALRIGHT_ASKED =
  /(?:^|[.!?,;]\s*|\s)(?:(?:so|then|please|pls)\s+)?(?:is\s+(?:it\s+|that\s+|this\s+)?)?(?:ok|okay|fine|possible|alright|all\s+right)(?:\s+(?:for\s+you|with\s+you))?\s*\?+[\s\W]*$/;

/** Whether the text asks for the token it says the asker was allowed, and asks only whether that is alright. */
export function permittedTokenAsked(text: string): boolean {
  if (!text.includes('token') || !text.includes('xxdur') || !text.includes('?')) return false;
  const told = TOLD_MAY.exec(text);
  if (told === null) return false;
  // (The question closes the message, after the permission: nothing else asked between.)
  const after = text.slice(told.index + told[0].length);
  return (
    ALRIGHT_ASKED.test(after) &&
    (after.match(/\?/g) ?? []).length <= 2 &&
    !/\b(?:max|maximum|limit|longer|more\s+than|use\s+it)\b/.test(after)
  );
}

/**
 * The text with who allowed the token and their verb of saying blanked, to the same length ("my manager arjun said i
 * can have token for xxdur" → "… i can have token for xxdur"): the lifetime is the one asked for now, not a value of
 * what someone said (request-sentence.ts storyValueRanges). Unchanged unless the token so allowed is asked for.
 */
export function permissionLeadOut(text: string): string {
  if (!permittedTokenAsked(text)) return text;
  const told = TOLD_MAY.exec(text);
  if (told === null) return text;
  const lead = TOLD_LEAD.exec(told[0]);
  if (lead === null) return text;
  const at = told.index + lead.index;
  return `${text.slice(0, at)}${' '.repeat(lead[0].length)}${text.slice(at + lead[0].length)}`;
}
