/**
 * fixstyles30: the last sentence of a long message that asks without opening with one of our commands. People who
 * have told a story first lead into the ask with a word of their own: a duty ("we should reset the key for …", "so
 * we need to rotate …"), a precaution ("To be safe rotate the … key", "just to be safe, revoke …"), a pointer to what
 * they need ("what I actually need from you is an AI token for 90 min", "for this a token of 3h is enough"), a
 * count ("First one: access key for …") or a "but" after what was found ("nobody entered anything, but rotate the
 * … key just in case"); or they name the credential first, as a form's line does ("a token for him for 6h",
 * "access key for revenue-reporting, owner …"). The ask is given from the lead-in on, for asked-after-story.ts to
 * read on its own (only when the whole message reads as nothing and the part reads as a request).
 */

/** A lead-in before the ask, taken off: a duty, a precaution, what one needs, a count, a trailing "but". */
const LEAD_IN =
  /^(?:(?:so|and|then|ok|okay|now)[\s,]+)?(?:(?:i\s+think\s+)?(?:we|i)\s+(?:should|need\s+to|have\s+to|must|(?:would|'d|’d)\s+like\s+to)\s+(?:(?:please|pls|just)\s+)?|(?:just\s+)?to\s+be\s+(?:safe|sure|on\s+the\s+safe\s+side)[\s,]+|what\s+(?:i|we)\s+(?:actually\s+|really\s+)?need(?:\s+from\s+you)?(?:\s+<@[\w|.-]+>)?\s+is\s+|for\s+(?:this|that|it|now)[\s,]+|(?:first|second|next)\s+one\s*:\s*)/i;

/**
 * fix54c (tuned-marketplace): a plea put to the bot that opens a clause of the last sentence after what the writer
 * tells first ("the Vancouver search folks need their own key — can you create one for …", "Payments Ops no longer
 * exists …, so please deprovision payments-ops, …", "Can you show me the history for …" on its own line after a
 * quote): the ask from after "please" / "can you" on; "can you" asked after a clause of time too ("… and before I go
 * could you rotate the key for bulk-uploads?").
 */
const PLEA_CLAUSE =
  /(?:^|[,;:]\s+|\s[—–-]+\s+|\s(?:so|and)\s+)(?:(?:so|and|then)\s+)?(?:(?:please|pls|plz|kindly)\s+|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?)(?=[a-z])|(?<=\s)(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?(?=[a-z])/gi;
/** A credential named first, for whom or what and how long: "a token for him for 6h", "access key for ocr, owner …". */
const CREDENTIAL_FIRST =
  /^(?:(?:a|an|one)\s+)?(?:(?:ai|new|bedrock|fresh)\s+)?(?:token|(?:api|access)\s+key)\s+(?:for|of)\s+\S/i;

/** "…, but rotate the … key just in case": the clause after the sentence's last "but", when it opens with a verb. */
const BUT_CLAUSE = /,\s+but\s+(?=[a-z])/gi;

/**
 * The ask in a last sentence that does not open with one of our commands: the sentence from after its lead-in, the
 * sentence itself when it names the credential first, or the clause after its last ", but"; `opens` says whether a
 * text opens with one of our commands. Null when none of these is there.
 */
export function askAfterLeadIn(sentence: string, opens: (text: string) => boolean): string | null {
  const lead = LEAD_IN.exec(sentence);
  if (lead !== null) {
    const rest = sentence.slice(lead[0].length);
    if (opens(rest) || CREDENTIAL_FIRST.test(rest)) return rest;
  }
  if (CREDENTIAL_FIRST.test(sentence)) return sentence;
  let plea = -1;
  for (const m of sentence.matchAll(PLEA_CLAUSE)) plea = m.index + m[0].length;
  if (plea >= 0 && opens(sentence.slice(plea))) return sentence.slice(plea);
  let last = -1;
  for (const m of sentence.matchAll(BUT_CLAUSE)) last = m.index + m[0].length;
  if (last > 0 && opens(sentence.slice(last))) return sentence.slice(last);
  return null;
}
