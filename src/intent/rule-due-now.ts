/**
 * Said to be due now ("it's that time", "it's time again", "it's due now", "due today", "we're due"), most
 * often after a rule told: "the finance manager says we must change our AI key every
 * quarter and it's that time", "policy is to rotate every 90 days, and it's time again". The rule is
 * why; "it's that time" makes it a request now (README: "change" a key is `rotate`), where the rule
 * alone ("the auditor wants us to rotate keys every 90 days") asks nothing.
 */
const DUE_NOW =
  /\b(?:it'?s|it\s+is|its|now\s+is|today\s+is)\s+(?:that\s+time|time|due(?=\s+(?:now|today)\b|\s*[.!]?$))(?:\s+(?:again|now|today))?\b(?!\s+(?:to\s+)?(?:for|of|then)\b)|\bthat\s+time\s+(?:again|of\s+(?:the\s+)?(?:year|quarter|month))\b|\b(?:we'?re|we\s+are)\s+due(?:\s+(?:now|today))?\s*[.!]?$/;

/** Whether the lowercase text says it is due now ("it's due then", "due next month" are not now). */
export const ruleDueNow = (text: string): boolean =>
  text.includes('time') || text.includes('due') ? DUE_NOW.test(text) : false;
