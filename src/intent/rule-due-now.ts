/**
 * A rule told, then said to be due now: "the finance manager says we must change our AI key every
 * quarter and it's that time", "policy is to rotate every 90 days, and it's time again". The rule is
 * why; "it's that time" makes it a request now (README: "change" a key is `rotate`), where the rule
 * alone ("the auditor wants us to rotate keys every 90 days") asks nothing.
 */
const DUE_NOW =
  /\b(?:it'?s|it\s+is|its|now\s+is|today\s+is)\s+(?:that\s+time|time|due)(?:\s+(?:again|now|today))?\b(?!\s+(?:to\s+)?(?:for|of)\b)|\bthat\s+time\s+(?:again|of\s+(?:the\s+)?(?:year|quarter|month))\b|\b(?:we'?re|we\s+are)\s+due\b/;

/** Whether the lowercase text says a rule it told is due now. */
export const ruleDueNow = (text: string): boolean =>
  text.includes('time') || text.includes('due') ? DUE_NOW.test(text) : false;
