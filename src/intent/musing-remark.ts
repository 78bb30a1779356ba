/**
 * Remarks in our words that ask nothing of the bot (asks25b; README "Help or unknown": jokes, remarks and
 * musing are `unknown`), read on the whole message lowercased, before any reading:
 *  - a judgement of one's own idea asked and answered by oneself: "would it be mad to ask for a key for
 *    every gallery? 😅 probably yes", "is it overkill to rotate after every show? yeah probably": the
 *    writer thinks aloud; "would it be ok to get a token for 2h?" (no judgement) or the question left
 *    unanswered ("would it be silly to rotate now?") still asks;
 *  - our words listed and likened to something: "revoke, rotate, deprovision… sounds like a FIFO roster
 *    change lol", "token, key, deprovision: sounds like a board game": a joke on the bot's vocabulary, no
 *    object, no value, no question.
 * Each test opens with a cheap word test; the patterns are bounded, with no nested quantifiers.
 */

/** A judgement of an idea, put as a question: "would it be mad to", "is it overkill to", "am I crazy to". */
const JUDGED =
  /\b(?:would(?:n'?t)?\s+it\s+be|is(?:n'?t)?\s+it|was\s+it|am\s+i(?:\s+being)?|are\s+we(?:\s+being)?)\s+(?:a\s+bit\s+|a\s+little\s+|too\s+|totally\s+|completely\s+|kinda\s+|kind\s+of\s+|slightly\s+|just\s+)?(?:mad|crazy|overkill|silly|excessive|over\s+the\s+top|insane|nuts|ridiculous|too\s+much|dumb|stupid|daft|extra|paranoid|greedy|cheeky|unreasonable|a\s+lot|much)\b[^?]{0,160}\?/;

/**
 * The writer's own answer ending the message: "probably yes", "yeah probably", "lol probably", "prob not",
 * "i guess" (laughs and emoji around it; emoji are not letters, so any non-letter run may stand between).
 */
const OWN_ANSWER_END =
  /^[^a-z0-9]*(?:(?:lol|lmao|haha\w*|hehe\w*|yeah|yea|ya|yep|yes|ok|hmm+|meh|tbh|honestly|well|i\s+mean|but|and|so)[^a-z0-9]+){0,3}(?:probably|prob|probs|defo|definitely|i\s+guess|i\s+suppose|surely|almost\s+certainly)(?:[^a-z0-9]+(?:yes|yeah|not|no|lol|lmao|haha\w*|tbh|lol))*[^a-z0-9]*$/;

function judgedAndAnswered(lower: string): boolean {
  if (!lower.includes('?') || !/prob|guess|suppose|defo|definitely|surely|certainly/.test(lower))
    return false;
  const m = JUDGED.exec(lower);
  return m !== null && OWN_ANSWER_END.test(lower.slice(m.index + m[0].length));
}

/** One of our words: a command, a credential, a reading. */
const OUR_WORD = String.raw`(?:rotate|revoke|deprovision|offboard|create|issue|renew|tokens?|keys?|api[\s_-]?keys?|access[\s_-]?keys?|creds?|credentials?|history|spend|models?|list)`;
/** Between the words listed: punctuation or a space, perhaps "and", "or", "vs", "then". */
const SEP = String.raw`[\s,.…:;/&+|–—-]{1,6}(?:(?:and|or|vs|then)\s+)?`;
/**
 * Two or more of our words listed at the start (one word of another kind may close the list: "rotate,
 * revoke, repeat"), then likened to a thing: "… sounds like", "… lol this bot sounds like HR", "…: sounds
 * like a board game".
 */
const LISTED_LIKENED = new RegExp(
  String.raw`^[^a-z0-9]*${OUR_WORD}(?:${SEP}${OUR_WORD}){1,5}(?:${SEP}[a-z]{2,14})?[\s,.…:;!|–—-]{0,6}(?:(?:lol|lmao|haha\w*|ngl|tbh|honestly|omg)[\s,.!]{1,4})?(?:(?:this|the)\s+(?:bot|thing|tool|app)\s+|it\s+(?:all\s+)?|that\s+(?:all\s+)?|all\s+)?(?:sounds?|sounding|reads?|feels?)\s+like\b`,
);
/** Something asked after the likening all the same: "…, sounds like a plan, give me a token for 2h". */
const ASKED_AFTER = /\b(?:please|pls|plz|give|need|can\s+you|could\s+you)\b/;

function ourWordsLikened(lower: string): boolean {
  if (!lower.includes('like') || lower.includes('?')) return false;
  const m = LISTED_LIKENED.exec(lower);
  return m !== null && !ASKED_AFTER.test(lower.slice(m[0].length));
}

/**
 * notours27: our commands asked bare, then the choice left to others: "revoke? rotate? I leave it to security, not
 * my call", "rotate or revoke? not my decision, ask the platform team": the writer thinks aloud and hands it on
 * (left "to you", the bot may be given the go-ahead: not read so).
 */
const BARE_ASKED = new RegExp(String.raw`^[^a-z0-9]*${OUR_WORD}\s*(?:\?+|\s+or\s+${OUR_WORD}\s*\?+)`);
const LEFT_TO_OTHERS =
  /\bleav(?:e|ing)\s+(?:it|that|this|the\s+call)\s+(?:to|with|up\s+to)\s+(?!(?:you|u)\b)\w|\bnot\s+my\s+(?:call|decision|department|area|place)\b|\b(?:their|security'?s|their\s+own)\s+call\b/;

function choiceLeftToOthers(lower: string): boolean {
  return (
    lower.includes('?') &&
    (lower.includes('leav') || lower.includes('not my') || lower.includes('call')) &&
    BARE_ASKED.test(lower) &&
    LEFT_TO_OTHERS.test(lower) &&
    !ASKED_AFTER.test(lower)
  );
}

/**
 * fix40a (tuned-airport) and fix40b (tuned-casino): a question, wish or supposition the writer marks as thought aloud
 * ("if we ever open a site in Osaka would the keys need a new region? just thinking out loud", "a key per venue one day
 * maybe, thinking aloud 🤔", "thinking aloud: if the budget lands we'd want a key for x"): the writer muses, nothing is
 * asked of the bot (README "Help or unknown"). Not with a plain ask beside it ("… thinking out loud, but please make the
 * growth key now", "… can you give me a token anyway?").
 */
const THOUGHT_ALOUD_END =
  /(?:^|[^a-z0-9'])(?:(?:i'?m|i\s+am|am|me)\s+)?(?:(?:just|only|mostly|purely)\s+)?(?:thinking|musing|wondering|brainstorming)\s+(?:out\s+loud|aloud)[^a-z0-9]*(?:(?:lol|haha\w*|tbh|really|for\s+now|nothing\s+to\s+do\s+(?:yet|now))[^a-z0-9]*){0,2}$/;
/** ... or opening it, before a supposition ("thinking aloud: if …"). */
const THOUGHT_ALOUD_START = /^[^a-z0-9]*(?:just\s+)?thinking\s+(?:out\s+loud|aloud)\s*[:,…—–-]/;
const SUPPOSED = /\bif\b/;
/** A plain ask beside the musing. */
const PLAIN_ASK =
  /\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|give\s+(?:me|us)|asap|right\s+now|go\s+ahead)\b/;

/**
 * post40b: the musing ended, "I'm done thinking out loud", "stop thinking out loud", "enough wondering aloud", "no
 * more thinking aloud": the writer stops musing, what was said before is meant.
 */
const THOUGHT_ALOUD_ENDED =
  /\b(?:done|stop|stopped|stopping|enough|no\s+more|quit|finished|over|without)\s+(?:with\s+)?(?:the\s+|my\s+)?(?:thinking|musing|wondering|brainstorming)\s+(?:out\s+loud|aloud)/;

function thoughtAloud(lower: string): boolean {
  if (!lower.includes('loud') || PLAIN_ASK.test(lower) || THOUGHT_ALOUD_ENDED.test(lower)) return false;
  const m = THOUGHT_ALOUD_END.exec(lower.trimEnd());
  if (m !== null && m.index > 0) return true;
  return THOUGHT_ALOUD_START.test(lower) && SUPPOSED.test(lower);
}

/** Why the message is a remark that asks nothing, or null. */
export function musingRemark(lower: string): string | null {
  if (judgedAndAnswered(lower)) return 'a musing answered by oneself';
  if (choiceLeftToOthers(lower)) return 'the choice left to others';
  if (ourWordsLikened(lower)) return 'our words listed as a joke';
  if (thoughtAloud(lower)) return 'a question thought aloud';
  return null;
}
