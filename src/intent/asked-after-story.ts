import { askAfterLeadIn } from './lead-in-ask.js';

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

/**
 * fixlong29: a command in the message's last sentence, after a story of other things (teams, times, places, counts
 * and our words in other senses: "… the berth slot in Piraeus was revoked by the port authority … rotate the
 * port-docs-ocr key please", "… (I closed the tab without copying it). another one, 4h", "… Everything goes: shut
 * the whole tender-booking unit down", "… retrying: token 90m"). The classifier reads the whole story as nothing; the
 * last sentence, opened by one of our commands or credentials, is read on its own (parse-request.ts readAfterStory).
 * Not a command quoted or reported ("step 3 says: rotate …", "Lars wrote: revoke …"), in a code fence or a `>` quote.
 */
const LAST_ASK =
  /^(?:<@[\w|.-]+>[\s,:]*)?(?:(?:so|and|now|then|ok|okay|pls|plz|please|kindly|just)[\s,]+){0,2}[*_]?(?:tokens?|tok|another\s+one|one\s+more|list|show|give|grab|issue|revoke|rotate|reset|replace|regenerate|take\s+away|kill|disable|shut|deprovision|decommission|offboard|tear\s+down|clean\s+out|create|new\s+(?:key|token|api)|details|spend|history|models)\b/i;
/** A command told as said or written by someone, or a step of a document: the words before the boundary. */
const REPORTED_BEFORE =
  /\b(?:says?|said|wrote|writes|write|tells?|told|asks?|asked|wants?|wanted|suggested|suggests|reads|read|like|e\.?g|example|step\s*\d+|runbook|quote|quoted|typed|type|ran|run|command|cmd|syntax)(?:\s+(?:was|is|were|used))?\W{0,3}$/i;
/** A field or a point of a report or a lesson before a colon ("key takeaway from the postmortem:", "Next steps:"). */
const LABEL_BEFORE =
  /\b(?:takeaways?|lessons?|action\s+items?|to-?dos?|goals?|rules?|motto|policy|recommendations?|findings?|next\s+steps?|next|blockers?|status|notes?|agenda|decisions?|outcomes?)(?:\s+[\w'-]+){0,4}\s*:$/i;
/**
 * A rule told in the last sentence, not a command now: done on a condition or each time something happens ("Sam
 * asked me to rotate the growth key and I did it this morning. Rotate the growth key again only if it leaks",
 * "… revoke the key whenever someone leaves, that's the rule"); "rotate it if you can" asks.
 */
const RULE_TOLD =
  /\b(?:whenever|every\s+time|each\s+time|in\s+case\s+(?:it|they|of)|if\s+(?:it|they|one|any|someone|anyone|somebody|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:ever|leaks?|leaked|gets?|is|are|was|were|happens?|left|leaves?)|that['’]?s\s+(?:the|our)\s+(?:rule|policy|process))\b/i;
const BOUNDARY_BEFORE = new Set(['.', '!', '?', ';', ':']);

/** Where the last sentence of a message of 40 characters or more begins (the boundary's index), or -1. */
function lastSentenceStart(text: string): number {
  if (text.length < 40) return -1;
  let end = text.length;
  while (end > 0 && /[\s.!?]/.test(text.charAt(end - 1))) end--;
  for (let i = end - 1; i >= 20; i--) {
    const c = text.charAt(i);
    if (c === '\n' || ((c === ' ' || c === '\t') && BOUNDARY_BEFORE.has(text.charAt(i - 1)))) return i;
  }
  return -1;
}

/**
 * fixstyles30: an action put off in the last sentence, after a story that uses a reading's words ("Security want to
 * look at the fuel-forecast logs before anything changes. so please hold off on revoking the fuel-forecast key until
 * they say so"): the message asks the bot not to act now (README "Later": unknown), whatever the story's "logs" or
 * "costs" would be read as.
 */
const PUT_OFF =
  /^(?:(?:so|and|then|ok|okay|for\s+now)[\s,]+)?(?:(?:please|pls|plz|kindly|just)\s+)?(?:hold\s+off\s+(?:on|with)|wait\s+with|postpone|don['’]?t\s+(?:touch|change))\s+(?:the\s+)?[\w-]+/i;
export function lastSentencePutsOff(text: string): boolean {
  const at = lastSentenceStart(text);
  return at >= 0 && PUT_OFF.test(text.slice(at + 1).trim());
}

/**
 * fix54c (tuned-marketplace): a reason told after the ask, in a sentence of its own ("… before I go could you rotate
 * the key for bulk-uploads? Don't want Naledi dealing with it alone.", "… Please revoke it. Just so nobody panics.",
 * "… rotate it? Otherwise the scanner nags all week."): the ask is the sentence before it.
 */
const REASON_AFTER =
  /^(?:(?:i|we)\s+)?(?:don['’]?t|do\s+not)\s+want\b|^(?:just\s+)?so\s+(?:that\s+)?(?:i|we|nobody|no\s+one|they|it|the)\b|^(?:because|otherwise|cos|coz|cause)\b/i;

/** The message's last sentence as written, when it opens with one of our commands after a story; or null. */
export function lastSentenceAsked(text: string): string | null {
  const last = lastSentenceStart(text);
  if (last < 0) return null;
  // (A reason after the ask: the ask is the sentence before, read with the reason after it.)
  const reason = REASON_AFTER.test(text.slice(last + 1).trim());
  const at = reason ? Math.max(0, lastSentenceStart(text.slice(0, last))) : last;
  const sentence = (reason ? text.slice(at === 0 ? 0 : at + 1, last) : text.slice(at + 1)).trim();
  // fixstyles30: a sentence that leads into its ask ("To be safe rotate …", "what I need is a token …") gives the ask
  // from its lead-in on (lead-in-ask.ts).
  const rest = LAST_ASK.test(sentence) ? sentence : askAfterLeadIn(sentence, (t) => LAST_ASK.test(t));
  if (rest === null || rest.startsWith('>') || sentence.startsWith('>') || RULE_TOLD.test(rest)) return null;
  const before = text.slice(Math.max(0, at - 40), at);
  if (REPORTED_BEFORE.test(before) || LABEL_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return null;
  // (inside a code fence: an odd number of fences before it)
  if (text.includes('```') && text.slice(0, at).split('```').length % 2 === 0) return null;
  return reason ? `${rest} ${text.slice(last + 1).trim()}` : rest;
}

/**
 * fix54c (tuned-marketplace): the ask `rest` (the end of `text`, from lastSentenceAsked) with the sentence before it,
 * for an ask that points back ("… he owned the za-collections key. Please revoke it."); null when `rest` does not end
 * the text or no sentence ends before it.
 */
export function withSentenceBefore(text: string, rest: string): string | null {
  const at = text.lastIndexOf(rest);
  if (at < 0) return null;
  let end = at;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  if (end === 0 || !/[.!?;:]/.test(text.charAt(end - 1))) return null;
  for (let i = end - 2; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n' || c === '(' || c === ')' || (/\s/.test(c) && /[.!?;:]/.test(text.charAt(i - 1)))) {
      return text.slice(i + 1).trim();
    }
  }
  return text.trim();
}
