/**
 * Round sixty (help or not; negatives, authors-lookalikes, tuned-cosmetics, -insurer): a supposition whose question is
 * how people would take it, not how the bot works. "hypothetically, if we deleted marketing, what would break?", "if I
 * were to ask for a 10h token, would finance kill me?", "hypothetically if I revoked the x key right now, how many
 * adjusters would scream?", "if someone leaked a key in a public gist they'd get fired, right?": the fallout among
 * colleagues and the systems they run is the team's to weigh, which the bot's help does not answer (README "Help or
 * unknown": jokes, remarks and the team weighing what it knows). Whether a thing can be had in theory ("hypothetically,
 * could I get a 20h token?") asks the bot's limits and is not read here: only the reaction or the breakage is.
 * Read on the lowercased message.
 */

/** A supposition: "hypothetically", "suppose", "if we deleted …", "if I were to …", "if someone leaked …". */
const SUPPOSED =
  /\bhypothetic\w*|\bsuppos(?:e|ing)\b|\bimagine\b|\bif\s+(?:i|we|someone|somebody|anyone|they|he|she)\s+(?:were|was|had|did|just|ever|accidentally|\w+ed)\b/;

/** How people would take it: "would finance kill me", "how many adjusters would scream", "they'd get fired". */
const PEOPLE_REACT =
  /\bwould\s+(?:[\w'’]+\s+){0,2}(?:kill|murder|fire|sack|strangle|hate|blame)\s+(?:me|us|him|her|them)\b|\bhow\s+many\s+(?:[\w'’-]+\s+){1,2}(?:would|will)\s+(?:scream|yell|complain|riot|cry|notice|panic|freak)\b|\bwho\s+would\s+(?:scream|yell|complain|riot|cry|notice|panic|freak|be\s+(?:mad|angry|upset))\b|\b(?:they|he|she|you|i|we)(?:['’]d|\s+would)\s+(?:get|be)\s+(?:fired|sacked|in\s+(?:big\s+)?trouble|yelled\s+at)\b|\bwould\s+(?:[\w'’]+\s+){1,2}be\s+(?:mad|angry|furious|upset|annoyed|livid)\b/;

/** What of ours would stop working: "what would break?", "what would stop working?". */
const WHAT_BREAKS =
  /\bwhat\s+(?:else\s+)?(?:would|might|could)\s+(?:break|stop\s+working|go\s+down|fall\s+over)\b/;

/** Whether the message supposes something and asks how people would take it, or what would break. */
export function falloutWondered(lowered: string): boolean {
  return (
    /\b(?:would|might|could)\b|['’]d\b/.test(lowered) &&
    SUPPOSED.test(lowered) &&
    (PEOPLE_REACT.test(lowered) || WHAT_BREAKS.test(lowered))
  );
}
