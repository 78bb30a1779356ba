/**
 * A request relayed: someone named wants one of our changes done now, and the writer passes it on to
 * the bot ("my manager wants the knowledge-base key rotated, thank you!", "HR asked to offboard
 * hr-analytics, the vendor contract ended", "my lead asked me to rotate the pricing-lab key"). It is
 * a request, though told as a story; it is asked about before anything is done (parse-request.ts).
 * Not a wish or an ask of the past ("wanted … rotated", "asked to rotate it yesterday and we did
 * it"), a rule ("… every 90 days"), one refused or doubted ("… but we said no", "… is that even
 * allowed?"), one the writer carries out ("…, I'll do it myself"), or a thing removed from a place ("needs
 * the key deleted from the wiki").
 */

/** "wants the x key revoked", "would like growth deprovisioned", "needs their old keys deleted". */
const WISHED_CHANGE_SOURCE = String.raw`\b(?:wants?|needs?|(?:would|'d)\s+like)\s+(?!(?:to|me|us|it)\b)(?:[a-z0-9_']+\s+){1,4}?(rotated|revoked|deprovisioned|offboarded|decommissioned|deleted|removed|disabled|renewed|regenerated)\b(?!\s+(?:from|off)\b)`;
const WISHED_CHANGE = new RegExp(WISHED_CHANGE_SOURCE);
const WISHED_CHANGE_G = new RegExp(WISHED_CHANGE_SOURCE, 'g');
const POLITE_CLOSE = /\b(?:thanks|thank\s+you|thx|ty|please|pls|plz|cheers|appreciated?)\b/;
/**
 * "HR asked to offboard hr-analytics", "my lead asked me to rotate …": someone other than the writer
 * asked for one of our changes (the writer's own ask, "I asked to get a key", is told of).
 */
const ASKED_TO_CHANGE_SOURCE = String.raw`(?<!\b(?:i|we|you|u|who|someone|somebody|anyone|everyone)\s+)\basked\s+(?:me\s+|us\s+)?to\s+(?:rotate|revoke|deprovision|offboard|decommission|delete|remove|disable|renew|regenerate)\b`;
const ASKED_TO_CHANGE = new RegExp(ASKED_TO_CHANGE_SOURCE);
/** Done, past, or the writer's own to do: a story or a plan, not a request passed on. */
const NOT_NOW =
  /\bevery\b|\bsaid\s+no\b|\btold\s+(?:them|him|her|it)\s+(?:to\s+wait|no)\b|\bnot\s+happening\b|\ballowed\b|\bshould\s+(?:we|i)\b|'ll\s+do\b|\bmyself\b|\bourselves\b|\bi\s+will\b|\bwe\s+will\b|\byesterday\b|\blast\s+(?:week|month|year|time|quarter|sprint)\b|\bago\b|\bdid\s+(?:it|that)\b|\b(?:was|were|been|got)\s+done\b|\balready\b|\bno\s+idea\b|\bstandup\b|\bwhy\b/;

/** The writer as the one who wishes: "i'd like", "we need", "i want". */
const WRITER_WISHES = /\b(?:i|we|i'd|we'd)\s*$/;
/** A relayed request: a change wished for now, put politely, or a change someone asked for. */
export function relayedRequest(text: string): boolean {
  const asked = text.includes('asked');
  if (!asked && !wishWord(text)) return false;
  const wish = WISHED_CHANGE.exec(text);
  // (The writer's own wish, "I'd like the growth key rotated please", is a request of the writer's.)
  const wished = wish !== null && POLITE_CLOSE.test(text) && !WRITER_WISHES.test(text.slice(0, wish.index));
  return (wished || (asked && ASKED_TO_CHANGE.test(text))) && !NOT_NOW.test(text);
}

/** Whether "asked" at this index opens a relayed ask ("HR asked to offboard …"), not a report. */
export function relayedAskAt(text: string, index: number): boolean {
  const from = Math.max(0, index - 20);
  const m = ASKED_TO_CHANGE.exec(text.slice(from, index + 60));
  return m !== null && from + m.index === index && relayedRequest(text);
}

/**
 * The past forms that name a change wished for now ("security wants the ads-api key revoked":
 * "revoked"), which the rules read as the verb asked for, not as told; null when there is none.
 */
export function wishedChanges(text: string): Set<string> | null {
  if (!wishWord(text) || !WISHED_CHANGE.test(text)) return null;
  return new Set([...text.matchAll(WISHED_CHANGE_G)].map((m) => m[1] ?? ''));
}

/** A cheap test before WISHED_CHANGE: a word of wishing. */
function wishWord(text: string): boolean {
  return text.includes('want') || text.includes('need') || text.includes('like');
}
