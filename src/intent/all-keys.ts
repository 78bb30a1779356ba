/** The `all` slot: every key of a unit, or everything in a list. */
import type { IntentName } from '../core/request.js';

/**
 * "all/every/everything" in a list (README), and what is listed "for everyone"; otherwise "everyone",
 * "everybody" are people ("a report of everyone with bedrock keys", "we want everyone on API keys").
 */
const QUANTIFIER =
  /\b(?:all|every|everything|full|entire|complete)\b|\bfor\s+every(?:one|body)\b|(?:^|\s)--?a(?:ll)?(?=\s|$)/;
/**
 * "rotate everything", "rotat all", "rev all ads", "rotate keys for ALL units": a quantifier with
 * revoke or rotate, unless it is an idiom or counts time ("that's all", "all good", "every 90 days",
 * "all regions").
 */
const ALL_OF_THEM =
  /\b(?:all|everything|every(?!\s+(?:xxdur|xxperiod|day|week|month|quarter|year|night|morning|time|sunday|monday|tuesday|wednesday|thursday|friday|saturday|\d|and|or|but|which|so|other|per)\b|\s*(?:[,.;!?]|$)))\b(?!\s+(?:good|set|right|done|fine|clear|day|week|night|the\s+time|of\s+a\s+sudden|in\s+all|regions?|xxregion)\b|'s|\s+else)/;
/**
 * "please rotate the key for checkout-api": one key named, whatever else the message says. (fix36b, tuned-bakery: a
 * unit's name with digits before it too, "revoke the allergen-check-v1 key once v2 is live in all shops": "all"
 * is the shops'.)
 */
const ONE_KEY =
  /\b(?:the|a|an|this|that|their|its|one)\s+(?:[a-z0-9_]+\s+)?(?:key|api_key|access_key|token)\b(?!\s+keys)/;
/** "who all is using bedrock", "which units have bedrock at all?": "all" of an idiom counts nothing. */
// (fix54c, tuned-marketplace: a group hailed or thanked anywhere, "(hi all 👋 the baby is great …), what teams have
// bedrock keys these days?", "thanks all": the people greeted, not the whole list.)
const LIST_IDIOM =
  /\b(?:who|what|where)\s+all\b|\bat\s+all\b|\b(?:hi|hey|hello|hiya|morning|evening|thanks|thank\s+you|cheers|ta|sorry|congrats)\s+(?:y['’]?\s*)?all\b/g;
const ALL_IDIOM = /\b(?:that'?s|is|at|after|not|thanks\s+for)\s+all\b|\ball\s+(?:good|set|right)\b/;
const ALL_KEYS =
  /\b(?:all|every|each|both)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|its\s+|my\s+|his\s+|her\s+|those\s+|these\s+)?(?:[a-z_]+\s+){0,2}?(?:keys?|api_key|credentials?|creds|secrets?|tokens?|access_keys?)\b/;
const PLURAL_KEYS = /\b(?:keys|credentials|creds|secrets|access_keys|tokens)\b/;
const ONE_OF =
  /\b(?:one|a|an|single|oldest|newest|old|older|new|newer|second|first|last)\s+(?:of\s+(?:the|their|our|its)\s+)?(?:[a-z_]+\s+)?(?:key|api_key)\b|\b(?:one|single)\s+of\b/;

/** "not just the API key", "not only their access key": one key as what the request goes beyond. */
const NOT_JUST_ONE =
  /\bnot\s+(?:just|only)\s+(?:the|a|an|their|its|our)\s+(?:[a-z_]+\s+)?(?:key|api_key|access_key|token)\b/g;

/** The first word for a credential, and where its clause ends. */
const KEY_WORD = /\b(?:keys?|api_key|access_keys?|tokens?|credentials?|creds|secrets?)\b/;
const CLAUSE_END = /[,;.!?]|\s(?:and|but|then|so|while|because)\s/g;

/**
 * The clause that first names the credentials: "revoke the kyc API keys and I
 * will request one clean key" → "revoke the kyc api_key keys"; "revoke the api keys for X, keep the
 * access key" → "revoke the api_key keys for X". What the rest says of one key is another clause's.
 */
function clauseOfKeys(text: string): string {
  const m = KEY_WORD.exec(text);
  if (m === null) return text;
  CLAUSE_END.lastIndex = m.index;
  const end = CLAUSE_END.exec(text);
  return end === null ? text : text.slice(0, end.index);
}

/** "rotate all of them", "pls revoke all of em": the verb's object is every key there is. */
const ALL_OF_THEM_OBJECT =
  /\b(?:revoke|rotate|regen|regenerate)\s+all\s+of\s+(?:them|em|'em|those|these)\b(?!\s+(?:to|are|is|were|was|have|has)\b)/;

/** A verb of ours that takes keys away or renews them. */
const ALL_VERB = /\b(?:revoke|rotate|kill|disable|deactivate|nuke|cancel|regen|regenerate)\b/;

/**
 * fix21d: a sentence that itself asks for all keys: it opens with the intent's verb (after "please",
 * "can you", "now" …), so "ops wants us to rotate all keys eventually" (told), "don't revoke all keys"
 * (negated) and "someone asked to revoke all keys" (a story) do not.
 */
const ALL_ASKED_OPENING =
  /^\s*(?:(?:please|pls|plz|ok|okay|so|and|then|also|just|now|asap|urgent|can\s+(?:you|u|we)|could\s+(?:you|u|we))[\s,!]+){0,3}(revoke|rotate|kill|disable|deactivate|nuke|cancel|regen|regenerate)\s/;
const ROTATE_VERBS = new Set(['rotate', 'regen', 'regenerate']);

/**
 * "3am, live. the ssai key is getting hammered … revoke all keys for ssai-live NOW": the one key of the
 * story's sentence is not the object of a sentence of its own that asks for all keys with our verb.
 */
function allAskedAlone(intent: IntentName, text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !'.!?;\n'.includes(text[from - 1] ?? '')) from--;
  let to = at;
  while (to < text.length && !'.!?;\n'.includes(text[to] ?? '')) to++;
  const sentence = text.slice(from, to);
  if (from === 0 || !ALL_VERB.test(sentence) || ONE_KEY.test(sentence)) return false;
  const verb = ALL_ASKED_OPENING.exec(sentence)?.[1];
  return verb !== undefined && ROTATE_VERBS.has(verb) === (intent === 'rotate');
}

/**
 * train29: "we are rotating all vendor credentials before the audit. Please rotate the key for media-buying": all
 * keys told of in a sentence that does not ask, and one key asked in another sentence with our verb: the request is
 * that one key.
 */
function allToldBesideOneAsked(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !'.!?;\n'.includes(text[from - 1] ?? '')) from--;
  let to = at;
  while (to < text.length && !'.!?;\n'.includes(text[to] ?? '')) to++;
  const sentence = text.slice(from, to);
  if (ALL_ASKED_OPENING.test(sentence) || ONE_KEY.test(sentence)) return false;
  const rest = `${text.slice(0, from)} . ${text.slice(to)}`;
  for (const other of rest.split(/[.!?;\n]/))
    if (ALL_VERB.test(other) && ONE_KEY.test(other) && !ALL_KEYS.test(other) && !PLURAL_KEYS.test(other))
      return true;
  return false;
}

/**
 * "all": every key of a unit ("revoke all keys for sales", and "revoke the keys for sales": keys, plural,
 * with revoke means all of them), or everything in a list ("list all units"). Never for other intents.
 */
export function allFor(intent: IntentName, text: string, hasKeyId: boolean): boolean {
  if (intent === 'list') return QUANTIFIER.test(text.includes('all') ? text.replace(LIST_IDIOM, ' ') : text);
  if (intent === 'revoke' || intent === 'rotate') {
    // ("rotate every key of growth, not only the access key": the one key is what it goes beyond.)
    if (text.includes('not') && NOT_JUST_ONE.test(text)) text = text.replace(NOT_JUST_ONE, ' ');
    // A clause naming keys in the plural is the object; what another clause says of one key is its own.
    const first = clauseOfKeys(text);
    const object = PLURAL_KEYS.test(first) ? first : text;
    const allKeys = ALL_KEYS.exec(text);
    // ("rotate all of them for X, we found the key on a laptop": "all of them" is the verb's own object;
    // the one key of the story's clause is not.)
    if (!hasKeyId && text.includes('of') && ALL_OF_THEM_OBJECT.test(text)) return true;
    if (allKeys !== null && allToldBesideOneAsked(text, allKeys.index)) return false;
    if (ONE_KEY.test(object)) return allKeys !== null && allAskedAlone(intent, text, allKeys.index);
    if (allKeys !== null) return true;
    // ("ACCA… was flagged; we rotate on every finding. Please rotate it.": one key named by its ID.)
    if (!hasKeyId && ALL_OF_THEM.test(text) && !ALL_IDIOM.test(text)) return true;
    // ("revoke the translations access key, we moved them to api keys": the object named first is one
    // key; the plural of another clause is not what is revoked.)
    const named = KEY_WORD.exec(first)?.[0];
    const plural =
      named !== undefined && !/s$/.test(named) ? PLURAL_KEYS.test(first) : PLURAL_KEYS.test(text);
    return intent === 'revoke' && !hasKeyId && plural && !ONE_OF.test(object);
  }
  return false;
}
