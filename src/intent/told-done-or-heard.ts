/**
 * Two kinds of English chit-chat in a company Slack that use our words and look like a terse request
 * (fix52f, probed with sentences written for the kind, not a data file's):
 *  - one of our things told as done, the credential first and its past participle after it, as a status
 *    line or a reply says it: "key for data-eng created last night", "growth key revoked this morning",
 *    "new key for recs generated on monday", "ads key rotated yesterday by platform", "key rotated ✅".
 *    A request says the verb first ("rotate the ads key") or asks ("… created today please?");
 *  - someone else's need heard or told by the writer: "Jane said she needs a token for 3h", "Tom mentioned
 *    they want a new key for fraud-ml", "apparently marketing needs a 6h token", "heard that the recs team
 *    needs a new key". The writer asks nothing; when the writer asks for it after all ("… can you make her
 *    one?", "… please create it") the request stands, and so does a need of the writer's own told by
 *    another ("my manager says I need a token": "I"/"we" are the writer's).
 * Works on the whole message lowercased; cheap word tests first, then one anchored pattern each.
 */

/** The credential, with what may stand before it ("the new", "growth's", "the ads") and after it ("for data-eng"). */
const CREDENTIAL = String.raw`(?:(?:the|our|a|an|my|new|fresh|replacement|old|temp|temporary)\s+){0,2}(?:[a-z0-9_-]+(?:['’]s)?\s+)?(?:api\s+|bedrock\s+)?(?:keys?|tokens?|creds|credentials?)(?:\s+(?:for|of)\s+(?:the\s+)?[a-z0-9_.-]+(?:\s+(?:team|unit|squad|pod|group))?)?`;
/** Our actions' past participles, "was"/"got"/"has been" allowed before them. */
const DONE = String.raw`(?:(?:was|were|got|has\s+been|have\s+been|is|are|now|just|already|successfully)\s+){0,2}(?:created|generated|issued|minted|made|rotated|revoked|deleted|deprovisioned|renewed|regenerated|cycled|rolled|disabled|provisioned|set\s+up|killed|removed|invalidated|received|obtained|delivered|arrived|came\s+through)`;
/** What closes the told line: its end, a stop, a tick, or when and by whom it was done. */
const DONE_CLOSE = String.raw`(?=\s*(?:$|[.,;!✅✔☑—–-]|:white_check_mark:|(?:yesterday|earlier|this\s+(?:morning|afternoon|week)|last\s+[a-z]+|on\s+[a-z]+day|on\s+the\s+\d|at\s+\d|an?\s+(?:hour|while|minute|day|week)\s+ago|\d+\s*[a-z]+\s+ago|ago|by\s+[a-z@<]|as\s+(?:of|planned|agreed|expected)|just\s+now|today|tonight|fine|ok|okay|successfully|without|with\s+no|per\s+)\b))`;
const DONE_FIRST = new RegExp(
  String.raw`^[\s*_>•-]*(?:fyi[\s,:—–-]+)?${CREDENTIAL}\s+${DONE}\b${DONE_CLOSE}`,
);
/** Cheap look for the participles. */
const DONE_GUARD =
  /\b(?:created|generated|issued|minted|made|rotated|revoked|deleted|deprovisioned|renewed|regenerated|cycled|rolled|disabled|provisioned|set up|killed|removed|invalidated|received|obtained|delivered|arrived|came through)\b/;

/** Words by which the writer asks after all: a question, a polite word, a want of the writer's, an order. */
const ASKS_AFTER =
  /\?|\b(?:please|pls|plz|kindly|can\s+(?:you|u|i|we)|could\s+(?:you|u|i|we)|would\s+you|i\s+need|we\s+need|i\s+want|(?<=(?:^|[,.;!?—–-])\s*)need\s+(?:a|another|one|it)|again|another|go\s+ahead|asap|make\s+(?:her|him|them|one)|give\s+(?:her|him|them|me|us)|get\s+(?:her|him|them|me|us)|create\s+(?:it|one|her|him|them)|but\s+(?:it|the|now|i(?!\s+(?:think|don'?t|doubt|disagree|am\s+not)|'m\s+not)|we))\b|[,.;:!—–-]\s*(?:(?:so|then|now|and)\s+)?(?:create|make|issue|generate|rotate|revoke|deprovision|renew|regenerate|give|get|send|need)\b/;

/**
 * fix53d: a checklist's status line, the command first and "done" after where it was done (a unit, an environment,
 * the credential): "rot key ingest-gw staging done, prod tmrw", "revoke key search-ui prod done, staging next week",
 * "rotate billing-api key done ✅". Never "… when done", "… once done" (the word before "done" is a place or a name), nor
 * a name that opens with the word ("create a key for done-right", lead23).
 */
const VERB_FIRST_DONE =
  /^[\s*_>•-]*(?:\[x\]\s*)?(?:rot|rotate|rotated|rotation|revoke|revoked|revocation|renew|renewed|delete|deleted|deprovision|deprovisioned|cycle|cycled|regen|regenerate|regenerated|issue|issued|create|created)(?:\s+(?!when\b|once\b|after\b|if\b|until\b|till\b|be\b|is\b|are\b|get\b|got\b|it\b|you\b|u\b)[a-z0-9_.-]+){1,4}\s+(?:done|finished|complete|completed|ok|✅)(?![\w-])(?=\s*(?:$|[,.;!✅✔—–-]|:white_check_mark:))/;

/** One of ours told as done, the credential first (lowercase text), with nothing asked after it. */
export function credentialToldDone(lower: string): boolean {
  return (
    (DONE_GUARD.test(lower) && DONE_FIRST.test(lower) && !ASKS_AFTER.test(lower)) ||
    ((lower.includes('done') || lower.includes('complete') || lower.includes('finished')) &&
      VERB_FIRST_DONE.test(lower) &&
      /\b(?:keys?|tokens?|creds?)\b/.test(lower) &&
      !ASKS_AFTER.test(lower))
  );
}

/** A word of a party, not of a thing ("the checkout key needs rotating" is no one's need). */
const WHO = String.raw`(?!(?:keys?|tokens?|creds|credentials?|it|this|that|there|everything|nothing|rotation|access)\b)`;
/** A third party: a pronoun, a name or a group of one to three words, never the writer ("i", "we", "me", "you"). */
const THIRD = String.raw`(?!(?:i|we|me|us|you|u|i'?m|we'?re)\b)(?:she|he|they|(?:the\s+|my\s+|our\s+|his\s+|her\s+)?${WHO}[a-z][a-z0-9_.'’-]*(?:\s+(?!needs?\b|wants?\b|would\b|is\b|are\b)${WHO}[a-z][a-z0-9_.-]*){0,2})`;
/** The need: "needs", "wants", "would like", "is asking for", "asked for". */
const NEED = String.raw`(?:needs?|wants?|would\s+like|['’]d\s+like|(?:is|are|was|were)\s+(?:asking|after|looking)\s+for|asked\s+for|requested)`;
/** "apparently …", "(I) heard (that) …", "word is …", "rumour has it …". */
const HEARD = new RegExp(
  String.raw`^[\s*_]*(?:so\s+|fyi\s+|btw\s+)?(?:apparently|(?:i\s+)?(?:heard|hear)|word\s+is|rumou?r\s+(?:is|has\s+it)|seems\s+like|looks\s+like)[\s,]+(?:that\s+)?${THIRD}\s+(?:also\s+|still\s+|now\s+)?${NEED}\b`,
);
/** "Jane said she needs …", "Tom mentioned they want …", "my lead told me the recs team needs …". */
const TOLD_BY = new RegExp(
  String.raw`^[\s*_]*(?:so\s+|fyi\s+|btw\s+)?(?:<@[a-z0-9]+>|[a-z][a-z0-9_.'’-]*|(?:my|our|the)\s+[a-z]+)\s+(?:said|says|mentioned|mentions|told\s+me|tells\s+me|wrote|messaged(?:\s+me)?|pinged\s+me|dmed\s+me|(?:was|is|keeps)\s+(?:saying|telling(?:\s+me)?))[\s,]+(?:that\s+)?${THIRD}\s+(?:also\s+|still\s+|now\s+)?${NEED}\b`,
);
const HEARD_GUARD =
  /\b(?:apparently|heard|hear|word|rumou?r|seems|looks|said|says|mention|told|tells|telling|thinks|wrote|messaged|pinged|dmed|saying)/;

/**
 * Or a need told by another, even the writer's team's, that the writer then doubts: "my team lead is telling we need
 * new key for recs but I think no", "Raj says we should rotate the ads key, I don't agree".
 */
const TOLD_ANY = new RegExp(
  String.raw`^[\s*_]*(?:so\s+|fyi\s+|btw\s+)?(?:<@[a-z0-9]+>|[a-z][a-z0-9_.'’-]*|(?:my|our|the)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:said|says|mentioned|told\s+(?:me|us)|tells\s+(?:me|us)|thinks|(?:was|is|keeps)\s+(?:saying|telling(?:\s+(?:me|us))?))[\s,]+(?:that\s+)?(?:we|i|you|they|he|she|[a-z][a-z0-9_-]*)\s+(?:need|needs|should|must|have\s+to|has\s+to|want|wants)\b`,
);
/** The writer's doubt after it: "but I think no", "I don't agree", "I'm not convinced". */
const WRITER_DOUBTS =
  /\bi\s+(?:think\s+(?:no|not)|don'?t\s+(?:think\s+so|agree)|disagree|doubt\s+(?:it|that)|am\s+not\s+(?:sure|convinced))\b|\bi'?m\s+not\s+(?:sure|convinced)\b/;

/** Someone else's need heard or told (lowercase text), the writer asking nothing after it. */
export function othersNeedHeard(lower: string): boolean {
  if (!HEARD_GUARD.test(lower)) return false;
  if (!ASKS_AFTER.test(lower) && (HEARD.test(lower) || TOLD_BY.test(lower))) return true;
  // (The need told is the other's words, "we need" among them: only what follows it may ask.)
  const told = WRITER_DOUBTS.test(lower) ? TOLD_ANY.exec(lower) : null;
  return told !== null && !ASKS_AFTER.test(lower.slice(told[0].length));
}
