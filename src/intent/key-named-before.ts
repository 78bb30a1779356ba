/**
 * Round fifty-eight, fix58 acts: a change asked of "it" whose key was named in the sentence before, left out of the
 * request as story or as someone's quoted words ("my boss: 'kill the spend-insights key'. so... please revoke it",
 * "the ads-ml key ended up in the wiki. rotate it pls"): "it" is that unit's key, one of ours, so the unit found in
 * the story is what the change is for (mood.ts namesOurObject). Read on the prepared text (lowercase, a unit written
 * as one name joined with `_`).
 */
const CHANGE_OF_IT =
  /\b(?:rotate|revoke|kill|disable|deactivate|pull|cancel|regenerate|reset|change|replace|stop|pause)\s+(?:it|that\s+one|that)\b/;
const KEY_NOUNS = String.raw`(?:keys?|api_keys?|access_keys?|creds|credentials?|tokens?)`;

/** Whether the request changes "it" and the story before names the unit's key (glued: the unit joined with `_`). */
export function keyNamedBefore(text: string, story: string | undefined, glued: string): boolean {
  if (story === undefined || !story.includes(glued) || !CHANGE_OF_IT.test(text)) return false;
  const at = story.indexOf(glued);
  return new RegExp(String.raw`^(?:'s)?\s+(?:(?:api|access|bedrock)\s+)?${KEY_NOUNS}\b`).test(
    story.slice(at + glued.length),
  );
}
