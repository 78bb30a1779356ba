/**
 * fixstyles30: a remark whose subject is one of our reading's nouns, said of another thing of the trade or of how it
 * went, in a thread: "snowmaking spend blew past budget again", "the snowfall history for january is wild", "trail
 * closure approval from patrol took ages today", "the galley's overtime costs have doubled". The noun ("spend",
 * "history", "costs", "approval") is followed by a verb that tells how it is or went, not by what is asked; no
 * question, no plea and no command before it. The whole message is nothing asked of the bot (README "Help or
 * unknown": remarks). "show me the spend for ads, it was high" (a command), "growth spend last month?" (a question),
 * "spend for ads is what I need" (what is asked) still ask.
 */

/** The reading's noun, perhaps with one or two words of what it is of, then a verb telling how it is or went. */
const NOUN_THEN_STATEMENT =
  /\b(?:spend|spending|costs?|history|approvals?|bill)(?:\s+(?:for|from|of|in|on|by)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:is|was|were|are|has|have|had|blew|went|took|takes|looks?|looked|seems?|seemed|got|hit|doubled|tripled|keeps?|kept|jumped|spiked|will)\s+(?!(?:what|needed|required|wanted|missing|due|asked|requested|ready)\b)[a-z]/;

/**
 * fix47f, tuned-styles-nusantara, tuned-rides: the same remark in Indonesian and Malay word order, the noun first and
 * what it is of after it with no preposition, then a verb of change that is no English word: "spend iklan TikTok bulan
 * lalu naik 40%" (last month's TikTok ads spend went up 40%), "spend marketing buat harbolnas kemarin bengkak banget"
 * (ballooned), "biaya server turun" (went down). Tried only on a text with one of the verbs (CHANGE_WORD).
 */
const CHANGE_WORD = /(?:naik|turun|bengkak|lonjak|ledak|anjlok|jebol|boncos|melambung)/;
const NOUN_THEN_CHANGE =
  /\b(?:spend|spending|costs?|bill|biaya|pengeluaran|perbelanjaan|tagihan)\s+(?:[\w'%-]+\s+){0,5}?(?:naik|turun|bengkak|membengkak|melonjak|meledak|anjlok|jebol|boncos|melambung)(?![\w-])/;

/**
 * A plea, a command or a need anywhere, a question, or a credential or its owner named ("… approvals are done.
 * six months, owner …", "now that approval has come through: key for …"): the message asks something.
 */
const ASKS =
  /\?|\b(?:pls|plz|please|kindly|show|give|list|pull|send|get|fetch|check|needs?|want|can|could|would|what|how|rotate|revoke|deprovision|create|issue|keys?|tokens?|owner|bedrock|creds?|credentials?)\b|<@/;

/** Whether the message is a remark on one of our reading's nouns (asks nothing); on the lowercased text. */
export function readNounRemark(lower: string): boolean {
  if (lower.length > 200 || ASKS.test(lower)) return false;
  return NOUN_THEN_STATEMENT.test(lower) || (CHANGE_WORD.test(lower) && NOUN_THEN_CHANGE.test(lower));
}
