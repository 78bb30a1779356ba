/**
 * Round fifty-eight, fix58 acts: a person named by what was done to bring them in, "the consultant we onboarded",
 * "the intern we hired last week", "the contractor that we brought in": a relative clause that says whom a token is
 * for ("Token for the consultant we onboarded, <mailto:…>, 2h in Frankfurt"), not a story of what was done. Taken
 * out of the text before mood.ts looks for a narrative in it. Read on the prepared text (lowercase).
 */
const PERSON_DESCRIBED =
  /\b(?:the|a|an|our|my)\s+(?:new\s+)?(?:consultants?|contractors?|interns?|hires?|freelancers?|colleagues?|temps?|trainees?|students?|analysts?|auditors?|engineers?|developers?|partners?|vendors?|agency|person|guy|girl|lady)\s+(?:(?:who|whom|that)\s+)?(?:we|i|they|hr)\s+(?:just\s+|recently\s+)?(?:onboarded|hired|brought\s+in|took\s+on|signed\s+up|signed|engaged|contracted|welcomed)\b/g;

/**
 * The text with its relative clauses describing a person brought in written as "someone", padded to the same length
 * (request-sentence.ts storyValueRanges keeps the values' places).
 */
export function withoutPersonDescribed(text: string): string {
  return text.includes(' we ') || text.includes(' i ') || text.includes(' they ') || text.includes(' hr ')
    ? text.replace(PERSON_DESCRIBED, (m) => 'someone'.padEnd(m.length))
    : text;
}
