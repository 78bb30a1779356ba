/**
 * "another one" after a token named before it ("the last token expired in the middle of my report.
 * Another one for 2h?", "token ran out, another one pls"): the one asked for is another token. Read as
 * "another token" so the sentence that asks names the credential and is the request, not a remark after a
 * story. Only when a token is named earlier in the text and "another one" is followed by a lifetime, a
 * please or the end ("another one of those days" asks nothing).
 *
 * fix20d: only when the earlier token is ours: a token request ("token for 1h"), a Bedrock/AI/bot/API
 * token, or a plain token whose lifetime ended ("the last token expired", "tokens ran out") with nothing
 * before it that makes it another thing's ("token ring network died", "crypto token crashed", "the bus
 * token ran out", "slot machine ate my token"). Not when the ask is taken back or is someone else's
 * ("… another one for 2h? kidding", "… asking for Sam") or put to a named person ("Sam, another one for
 * 2h?"): those stay as they are (unknown).
 */
const ANOTHER_ONE = /\banother[ \t]+one\b(?=[ \t]*(?:for\b|pls\b|please\b|plz\b|[?!.]|$))/g;

/** Words that may stand just before a token of ours ("the last token", "my bedrock token"). */
const OUR_TOKEN_RE =
  /(?:^|[\s,.;:!?(])(?:(?:the|a|my|our|last|latest|current|old|previous|bedrock|ai|bot|api|aws|session|access|temp|temporary)\s+)?tokens?(?=\s+(?:for\s+\d|(?:just\s+|already\s+|has\s+|have\s+|had\s+|again\s+)?(?:expired|ran\s+out|run\s+out|timed\s+out|died|lapsed|stopped\s+working)(?![\w-])))/;
/** The part of a sentence before "token" that names whose token it is ("crypto", "bus", "game"). */
const BEFORE_TOKEN_RE =
  /([a-z]+)\s+tokens?\s+(?:for\s+\d|(?:just\s+|already\s+|has\s+|have\s+|had\s+|again\s+)?(?:expired|ran|run|timed|died|lapsed|stopped))/;
const OWNING_WORDS = new Set(
  'the a my our last latest current old previous bedrock ai bot api aws session access temp temporary'.split(
    ' ',
  ),
);
/** Taken back or asked for another ("kidding", "jk", "lol no", "asking for Sam", "for a friend"). */
const TAKEN_BACK_RE =
  /\b(?:kidding|jk|j\/k|lol\s+no|nvm|never\s*mind|scratch\s+that|ignore\s+(?:that|me)|asking\s+for|for\s+a\s+friend|not\s+for\s+me)\b/;
/** "Sam, another one": put to a named person (a word and a comma opening the sentence). */
const PUT_TO_RE = /(?:^|[.!?;]\s*)([a-z]+)\s*,\s*$/;
const NOT_A_NAME = new Set(
  'ok okay so yes yeah also and hmm ugh great please pls plz right well damn argh oops sigh again welp cool bot bedrock hi hey'.split(
    ' ',
  ),
);

/** Is the token named before `at` ours, with the ask neither taken back nor put to someone? */
function oursBefore(lower: string, at: number, end: number): boolean {
  const before = lower.slice(0, at);
  if (!OUR_TOKEN_RE.test(before)) return false;
  const qualifier = BEFORE_TOKEN_RE.exec(before)?.[1];
  if (qualifier !== undefined && !OWNING_WORDS.has(qualifier)) return false;
  if (TAKEN_BACK_RE.test(lower.slice(end))) return false;
  const name = PUT_TO_RE.exec(before)?.[1];
  return name === undefined || NOT_A_NAME.has(name);
}

/** The lowercase text with "another one" read as "another token" after a token of ours named before it. */
export function withAnotherToken(lower: string): string {
  if (!lower.includes('another') || !lower.includes('token')) return lower;
  return lower.replace(ANOTHER_ONE, (m: string, at: number) =>
    /\btokens?\b/.test(lower.slice(0, at)) && oursBefore(lower, at, at + m.length) ? 'another token' : m,
  );
}
