/**
 * Said to be due now ("it's that time", "it's time again", "it's due now", "due today", "we're due"), most
 * often after a rule told: "the finance manager says we must change our AI key every
 * quarter and it's that time", "policy is to rotate every 90 days, and it's time again". The rule is
 * why; "it's that time" makes it a request now (README: "change" a key is `rotate`), where the rule
 * alone ("the auditor wants us to rotate keys every 90 days") asks nothing.
 */
const DUE_NOW =
  /\b(?:it'?s|it\s+is|its|now\s+is|today\s+is)\s+(?:that\s+time|time|due(?=\s+(?:now|today)\b|\s*[.!]?$))(?:\s+(?:again|now|today))?\b(?!\s+(?:to\s+)?(?:for|of|then)\b)|\bthat\s+time\s+(?:again|of\s+(?:the\s+)?(?:year|quarter|month))\b|\b(?:we'?re|we\s+are)\s+due(?:\s+(?:now|today))?\s*[.!]?$/;

/**
 * fix59 guards: the same said as learners of English say it, the subject left out and the change named after "time
 * for" ("I think is time for rotate the key of X", "is time to revoke the key for Y", "now is time for change it"):
 * a change of ours said due now. Not a question ("is it time to rotate …?", "is time for rotate?": the text has no
 * "?" where this is read, statementNotDue), nor a time past or to come ("was time", "will be time").
 */
const CHANGE_DUE =
  /(?:^|[.!,;:]\s*|\b(?:i\s+think|i\s+guess|i\s+believe|maybe|so|now|ok|okay)\s+)(?:that\s+)?is\s+(?:the\s+)?time\s+(?:to|for)\s+(?:rotat(?:e|ing|ion)|revok(?:e|ing)|deprovision(?:ing)?|chang(?:e|ing)|renew(?:ing|al)?|reset(?:ting)?|replac(?:e|ing))\b/;

/** Whether the lowercase text says it is due now ("it's due then", "due next month" are not now). */
export const ruleDueNow = (text: string): boolean =>
  text.includes('time') || text.includes('due') ? DUE_NOW.test(text) || CHANGE_DUE.test(text) : false;
