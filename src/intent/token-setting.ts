/**
 * A token setting of another system changed (round twenty-nine): "need the playback token TTL raised to 6h for the
 * live event", "can someone bump the session token expiry to 12h?", "the refresh token lifetime was set to 8 hours".
 * A token named by a noun that is not ours (playback, session, refresh, CSRF, JWT …) with its TTL, expiry, lifetime
 * or timeout raised, lowered or set is a setting of that system, never a Bedrock token asked for: the hours are the
 * setting's. Our own token asked for is "a token for 6h"; "the token TTL" with no such noun is left to the other
 * readers (asked as a limit or a token), and so is a noun of ours ("the bedrock token ttl", "my api token expiry").
 */

/** The words that name one of our tokens, or none, before "token". */
const OURS = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'this',
  'that',
  'bedrock',
  'ai',
  'api',
  'bearer',
  'aws',
  'short-term',
  'short',
  'temporary',
  'temp',
  'new',
]);

const SETTING =
  /(?<![\w-])([a-z][a-z0-9-]{1,24})\s+tokens?(?:'s)?\s+(?:ttl|expiry|expiration|lifetime|life\s*time|timeout|validity|max\s*age)\s+(?:(?:to\s+be|be|is|was|got|get|gets|getting|being)\s+)?(?:raised|increased|extended|bumped|changed|set|lowered|reduced|shortened|lengthened|upped|doubled|halved|moved)\b/;

/** Whether a lowered text changes another system's token setting (its TTL, expiry, lifetime). */
export function otherTokenSetting(lower: string): boolean {
  if (!lower.includes('token')) return false;
  const m = SETTING.exec(lower);
  return m !== null && !OURS.has(m[1] ?? '');
}
