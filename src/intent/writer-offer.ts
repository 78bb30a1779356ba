/**
 * hunt42: the writer offers to do one of our actions for the one they write to ("I can revoke the marketing key for
 * you if you want", "we could rotate the atlas key for u", "sure, I'll create the key for atlas if you like", "happy to
 * deprovision atlas if needed"): a person's offer to a colleague, not a request of the bot. The "want" of "if you want"
 * is the colleague's, not a request frame's (mood.ts REQUEST_FRAME), which had read it as asked. "can I revoke …?",
 * "I can't revoke the key, can you?" stay what they are.
 */

/** The writer, first: "I can", "we could", "I'll", "I'm happy to", "happy to", after "sure", "ok", "np". */
const WRITER_OFFERS =
  /^\W*(?:(?:sure|ok|okay|np|no\s+problem|yeah|yep|yes|hey|oh|btw)\W+)*(?:(?:i|we)\s+(?:can|could|will|shall)|i['’]?ll|we['’]?ll|(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+happy\s+to|(?:i|we)(?:['’]d|\s+would)\s+be\s+happy\s+to|happy\s+to)\s+(?:(?:just|also|quickly|totally|definitely|gladly|happily|easily)\s+)?(?:rotate|revoke|create|make|generate|deprovision|delete|remove|grab|issue|renew|reset|replace|kill|disable|set\s+up|request|get)\b/;
/** Whom it is done for, or on whose wish: "for you", "if you want", "if you like", "if needed". */
const FOR_THE_OTHER =
  /\bfor\s+(?:you|u|ya|y['’]?all|yall|you\s+guys|your\s+team)\b|\bif\s+(?:you|u)\s+(?:want|like|need|prefer|['’]d\s+like|would\s+like|wish)\b|\bif\s+(?:needed|necessary|that\s+helps)\b/;

/** Whether the text is the writer's offer to do one of our actions for a colleague. */
export function writerOffer(lower: string): boolean {
  return (
    (lower.includes('for ') || lower.includes('if ')) &&
    WRITER_OFFERS.test(lower) &&
    FOR_THE_OTHER.test(lower)
  );
}
