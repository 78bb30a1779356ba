/**
 * buried27: a request put after a story, opened by "but", "anyway", "while I'm here" or "for the bedrock side" and
 * asked in so many words ("… laptop is already wiped, but pls rotate the lot-genealogy key anyway", "… a prompt
 * problem not a key problem but while I'm here can you show me the spend for fan-help-bot last week", "… We already
 * revoked the vendor's portal credentials. For the bedrock side pls revoke the key for entity-screening now"). The
 * story before it (a leak dealt with, a problem that is not ours, what another team did) is what the whole message
 * is read as otherwise; the request after the marker is read on its own (parse-request.ts askedAfterStory).
 */

/** The marker and the ask that opens the request: "but pls", "anyway while im here can u", "for the bedrock side pls". */
const ASK_AFTER_STORY =
  /((?:\b(?:but|anyway|anyhow)|(?:^|[.!?;]\s*)for\s+the\s+(?:bedrock|aws|ai|llm)\s+side|\bwhile\s+i(?:'|’)?m\s+here|\bwhile\s+i\s+am\s+here)[\s,:]+(?:while\s+(?:i(?:'|’)?m|i\s+am)\s+here[\s,:]+)?)(?:(?:pls|plz|please|kindly)\s+|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)(?=[a-z])/i;

/** Cheap words one of which every such message has. */
const MARKER_WORD = /but|anyway|anyhow|here|side/i;

/**
 * The request after a story, as written (from its ask on), or null when the message has no such marker or the
 * marker opens the message (nothing told before it).
 */
export function askedAfterStory(text: string): string | null {
  if (!MARKER_WORD.test(text)) return null;
  const m = ASK_AFTER_STORY.exec(text);
  if (m === null || m.index < 12) return null;
  const rest = text.slice(m.index + (m[1] ?? '').length);
  return /\w/.test(rest) ? rest : null;
}
