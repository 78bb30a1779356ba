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
  /\b(?:all|everything|every(?!\s+(?:xxdur|xxperiod|day|week|month|quarter|year|night|morning|time|sunday|monday|tuesday|wednesday|thursday|friday|saturday|\d)))\b(?!\s+(?:good|set|right|done|fine|clear|day|week|night|the\s+time|of\s+a\s+sudden|in\s+all|regions?|xxregion)\b|'s|\s+else)/;
/** "please rotate the key for checkout-api": one key named, whatever else the message says. */
const ONE_KEY =
  /\b(?:the|a|an|this|that|their|its|one)\s+(?:[a-z_]+\s+)?(?:key|api_key|access_key|token)\b(?!\s+keys)/;
/** "who all is using bedrock", "which units have bedrock at all?": "all" of an idiom counts nothing. */
const LIST_IDIOM = /\b(?:who|what|where)\s+all\b|\bat\s+all\b/g;
const ALL_IDIOM = /\b(?:that'?s|is|at|after|not|thanks\s+for)\s+all\b|\ball\s+(?:good|set|right)\b/;
const ALL_KEYS =
  /\b(?:all|every|each|both)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|its\s+|my\s+|his\s+|her\s+|those\s+|these\s+)?(?:[a-z_]+\s+){0,2}?(?:keys?|api_key|credentials?|creds|secrets?|tokens?|access_keys?)\b/;
const PLURAL_KEYS = /\b(?:keys|credentials|creds|secrets|access_keys|tokens)\b/;
const ONE_OF =
  /\b(?:one|a|an|single|oldest|newest|old|older|new|newer|second|first|last)\s+(?:of\s+(?:the|their|our|its)\s+)?(?:[a-z_]+\s+)?(?:key|api_key)\b|\b(?:one|single)\s+of\b/;

/**
 * "all": every key of a unit ("revoke all keys for sales", and "revoke the keys for sales": keys, plural,
 * with revoke means all of them), or everything in a list ("list all units"). Never for other intents.
 */
export function allFor(intent: IntentName, text: string, hasKeyId: boolean): boolean {
  if (intent === 'list') return QUANTIFIER.test(text.includes('all') ? text.replace(LIST_IDIOM, ' ') : text);
  if (intent === 'revoke' || intent === 'rotate') {
    if (ONE_KEY.test(text)) return false;
    if (ALL_KEYS.test(text)) return true;
    if (ALL_OF_THEM.test(text) && !ALL_IDIOM.test(text)) return true;
    return intent === 'revoke' && !hasKeyId && PLURAL_KEYS.test(text) && !ONE_OF.test(text);
  }
  return false;
}
