/**
 * "another one" after a token named before it ("the last token expired in the middle of my report.
 * Another one for 2h?", "token ran out, another one pls"): the one asked for is another token. Read as
 * "another token" so the sentence that asks names the credential and is the request, not a remark after a
 * story. Only when a token is named earlier in the text and "another one" is followed by a lifetime, a
 * please or the end ("another one of those days" asks nothing).
 */
const ANOTHER_ONE = /\banother[ \t]+one\b(?=[ \t]*(?:for\b|pls\b|please\b|plz\b|[?!.]|$))/g;

/** The lowercase text with "another one" read as "another token" after a token named before it. */
export function withAnotherToken(lower: string): string {
  if (!lower.includes('another') || !lower.includes('token')) return lower;
  return lower.replace(ANOTHER_ONE, (m: string, at: number) =>
    /\btokens?\b/.test(lower.slice(0, at)) ? 'another token' : m,
  );
}
