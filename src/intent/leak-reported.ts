/**
 * A named unit's key reported leaked, as the message's opening news ("the concierge-bot key leaked, a
 * contractor photographed the lobby screen with it on 😬", "our kiosk-bot key got exposed …"): reported to
 * the bot, it asks for the key's rotation (README, "Lay names": a key seen by others and a new one wanted).
 * Read as a statement, the classifier doubts it; the rules' rotation is kept, at even odds, so the bot asks
 * before rotating, never acting on it as it stands. Not a leak supposed or asked about ("what if the … key
 * leaked?", "did the … key leak?"), denied ("never leaked", "not exposed"), told of as dealt with ("… leaked
 * and we rotated it", "already revoked"), said by someone else ("ops said: …"), or of long ago ("last year").
 */
const LEAK_OPENING =
  /^\s*(?:(?:fyi|heads\s+up|urgent|ugh|oh\s+no|help|so|ok|hey|hi)[\s,:!.-]+)?(?:the|our|their)\s+[a-z0-9_]+(?:'s)?\s+(?:(?:api|api_key|access|access_key|bedrock)\s+)?(?:key|api_key|access_key|creds|credentials)\s+(?:(?:has|have|was|were|got|is|just|been)\s+){0,2}(?:leaked|exposed|compromised)\b/;
/**
 * fix21d: a leak told of as dealt with ("rotation done", "Sam took care of it", "remediation complete") or
 * as no live leak ("on purpose", "a test key", "the tabletop exercise scenario", "the plot of the training
 * video"): nothing to rotate (rules.ts renewal reads no rotation from it either).
 */
const DEALT_WITH =
  /\b(?:done|took\s+care|taken\s+care|remediat(?:ed|ion)|resolved|mitigated|contained|post-?\s?mortem|on\s+purpose|deliberately|intentionally|test\s+key|dummy|fake|scenario|exercise|tabletop|drill|training|plot|nothing\s+to\s+do)\b/;
/** Words that take the report out of now or out of the bot's hands. */
const NOT_NOW =
  /\?|\b(?:if|whether|not|never|no|didn't|didnt|wasn't|wasnt|hasn't|hasnt|rotated|revoked|replaced|reset|fixed|sorted|handled|ago|last\s+(?:year|month|week|time)|years?\s+back|said|says|told|asked|wrote)\b|n't\b/;

/** A leak told of as dealt with, or as no live one (DEALT_WITH). */
export function leakDealtWith(text: string): boolean {
  return DEALT_WITH.test(text);
}

/**
 * A leak told of as dealt with, in so many words: "the payments key was exposed, rotation done". A
 * statement of it asks for no rotation (parse-request.ts).
 */
export function leakToldDealtWith(text: string): boolean {
  return /\b(?:leak|leaked|leaking|exposed|exposure|compromised)\b/.test(text) && DEALT_WITH.test(text);
}

/** True when the text opens by reporting a named unit's key leaked, now, to the bot. */
export function leakReported(text: string): boolean {
  return (
    (text.includes('leak') || text.includes('expos') || text.includes('compromis')) &&
    LEAK_OPENING.test(text) &&
    !NOT_NOW.test(text) &&
    !DEALT_WITH.test(text)
  );
}
