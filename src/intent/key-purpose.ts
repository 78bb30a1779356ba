/**
 * A key asked for with what it is for said after it: "Our Kenya programme team would like a long-term
 * key so the WhatsApp helpline bot can use Claude", "we need an api key so that our triage bot can call
 * Claude". The "so … can use" clause is the key's purpose, not a question about which models there are.
 * Only where a key is wanted in so many words (would like, need, want, could you set one up). Cheap:
 * the word "so" first.
 */

import { TEAM_NOUNS } from './group-nouns.js';

/** "so (that) the X can use", at most five words between (bounded: no backtracking over the text). */
const SO_CAN_USE = /\bso(?:\s+that)?\s+(?:[\w'-]+\s+){0,5}(?:can|could)\s+(?:use|call|access|talk\s+to)\b/;
/**
 * (round twenty-six) What the key will serve, told after it: "need an api key for the Grid Planning team, they're
 * running the 10-year load models on it": the models run with the key, no question about models.
 */
const MODELS_RUN_ON_IT =
  /,\s*(?:they|we|i|he|she)(?:'re|\s+are|'m|\s+am|'ll\s+be|\s+will\s+be)\s+(?:running|using)\s+(?:[\w'-]+\s+){0,5}models?\s+(?:on|with|through|via)\s+(?:it|them|that)\b/;
/** A key wanted: "would like a … key", "need an api key" (prepared "api_key"), "want a key", "set one up". */
const KEY_WANTED =
  /\b(?:would\s+like|'d\s+like|need|needs|want|wants|request(?:ing)?|set\s+(?:one|it|this)\s+up|get)\b[^.?!]{0,40}?\b(?:key|api_key|access_key)\b/;

/**
 * units21: "key for the churn model owned by the retention squad", "api key for the recs model run by the
 * discovery pod": a model named with the team that owns it is the system the key is for (the team is the
 * unit: README, "the crawler owned by the ranking team"), no question about which models there are.
 * (fix21c: only a team after "by", a name ending in a group noun or a hyphenated one, never a person or a
 * vendor, "owned by jane", "owned by the vendor"; and only where the key is asked for, "new key for …",
 * "key for …" opening the message, not "the history of the key for …" or "which models does the key …".)
 */
const KEY_FOR_OWNED_MODEL =
  /\b(?:key|keys|api_key|access_key)\s+(?:for|of)\s+(?:the|our|their|a)\s+(?:[a-z0-9_-]+\s+){0,3}?model\s+(?:owned|run|built|maintained|managed)\s+by\s+(?:(?:the|our|their)\s+)?([a-z0-9_-]+)(?:\s+([a-z0-9_-]+))?(?:\s+([a-z0-9_-]+))?/;
/** A key asked for: made or wanted ("new key", "create a key", "we need an api key"), or "key for …" opening the message. */
const KEY_MADE =
  /\b(?:new|create|make|issue|generate|mint|need|needs|want|wants|like|request|get)\b[^.?!]{0,30}?(?:\b|_)keys?\b|^\s*(?:an?\s+)?(?:api\s+|api_)?keys?\s+for\b/;

/** Do the words after "by" name a team: a group noun after a name, or a hyphenated name ("yield-ops")? */
function teamOwner(m: RegExpExecArray): boolean {
  const words = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  if (words.slice(1).some((w) => TEAM_NOUNS.has(w))) return true;
  return (
    /^[a-z0-9]+[-_][a-z0-9_-]+$/.test(words[0] ?? '') && (words[1] === '' || !/^[a-z]/.test(words[1] ?? ''))
  );
}

/** A key asked for a model its team owns ("new key for the arrears model run by the collections team"). */
function keyForOwnedModel(lower: string): boolean {
  if (!lower.includes(' model ') || !lower.includes(' by ')) return false;
  const m = KEY_FOR_OWNED_MODEL.exec(lower);
  return m !== null && teamOwner(m) && KEY_MADE.test(lower);
}

/**
 * units23: "we need a key for creamery 3, its for the cheese yield model": after a key asked for, a clause
 * saying the key is for a model of ours names what it is for, no question about which models there are.
 */
// (fix23c: "model" ends its phrase: "it's for the model kits cupboard", "the model railway" are no models.)
const ITS_FOR_MODEL =
  /[,;.-]\s*(?:it'?s|its|it\s+is|this\s+is|that'?s|which\s+is)\s+for\s+(?:the|our|a|an|their)\s+(?:[a-z0-9_-]+\s+){0,3}?models?(?![\w-])(?!\s+(?!(?:please|pls|plz|thanks|and|but|so|we|i|it|they|that|which|who|for|in|on|at|to|with|from|by|now|too|as|asap|today|xx\w+)(?![\w-]))[a-z])/;

/** A key asked for, then a clause saying it is for a model of ours. */
function keyForModelSaid(lower: string): boolean {
  if (!lower.includes('model') || !lower.includes(' for ')) return false;
  const said = ITS_FOR_MODEL.exec(lower);
  if (said === null) return false;
  const made = KEY_MADE.exec(lower);
  return made !== null && made.index < said.index;
}

/**
 * Lead26: "new key for the churn model", "need an api key for the pricing model please": a key asked for one
 * named model of ours (a name, then "model" ending its phrase, as fix23c has it) is the system the key is for,
 * no question about which models there are. Not "models" (which ones), nor a model of another thing
 * ("the model railway").
 */
const KEY_FOR_NAMED_MODEL =
  /\b(?:key|api_key|access_key|access\s+key)\s+for\s+(?:the|our|their|my)\s+[a-z0-9_-]+\s+model(?![\w-])(?!\s+(?!(?:please|pls|plz|thanks|and|but|so|we|i|it|they|that|which|who|for|in|on|at|to|with|from|by|now|too|as|asap|today|owner|xx\w+)(?![\w-]))[a-z])/;

function keyForNamedModel(lower: string): boolean {
  if (!lower.includes(' model')) return false;
  const named = KEY_FOR_NAMED_MODEL.exec(lower);
  if (named === null) return false;
  const made = KEY_MADE.exec(lower);
  return made !== null && made.index <= named.index;
}

/**
 * units27: "key for the Academy Data group pls, they've started using the xG model summaries", "api key for
 * risk-ml, they use the claude models now": after a key asked for, a clause telling what they (or we) use,
 * test or moved to is the reason, no question about models. Not in a question ("key for X? they asked about
 * the model"): a text with "?" is left to the other reads.
 */
const MODELS_THEY_USE =
  /(?:[,;.]|\s-|\ssince|\sas|\sbecause)\s*(?:since\s+|as\s+|because\s+)?(?:they|we|he|she)(?:'ve|\s+have|'re|\s+are|\s+just|\s+now)?\s+(?:started\s+(?:using|to\s+use|testing|on)|use|using|testing|trying|moved\s+to|moving\s+to|switched\s+to|switching\s+to)\s+(?:[\w'-]+\s+){0,4}?models?(?![\w-])/;

function keyThenModelsUsed(lower: string): boolean {
  if (!lower.includes('model') || lower.includes('?')) return false;
  const used = MODELS_THEY_USE.exec(lower);
  if (used === null) return false;
  const made = KEY_MADE.exec(lower);
  return made !== null && made.index < used.index;
}

/** Whether a text asks for a key and says after it what the key is for ("… key so the bot can use Claude"). */
export function keyWithPurpose(lower: string): boolean {
  if (keyForOwnedModel(lower) || keyForModelSaid(lower) || keyForNamedModel(lower)) return true;
  if (keyThenModelsUsed(lower)) return true;
  if (lower.includes('running') || lower.includes('using')) {
    const run = MODELS_RUN_ON_IT.exec(lower);
    const wanted = run === null ? null : KEY_WANTED.exec(lower);
    if (run !== null && wanted !== null && wanted.index < run.index) return true;
  }
  if (!lower.includes(' so ')) return false;
  const so = SO_CAN_USE.exec(lower);
  if (so === null) return false;
  const wanted = KEY_WANTED.exec(lower);
  return wanted !== null && wanted.index < so.index;
}
