/** The `all` slot: every key of a unit, or everything in a list. */
import type { IntentName } from '../core/request.js';

const QUANTIFIER = /\b(?:all|every|everything|everyone|everybody|full|entire|complete)\b/;
const ALL_KEYS =
  /\b(?:all|every|each|both)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|its\s+|my\s+|his\s+|her\s+|those\s+|these\s+)?(?:[a-z_]+\s+){0,2}?(?:keys?|api_key|credentials?|creds|secrets?|tokens?|access_keys?)\b/;
const PLURAL_KEYS = /\b(?:keys|credentials|creds|secrets|access_keys)\b/;
const ONE_OF =
  /\b(?:one|a|an|single|oldest|newest|old|older|new|newer|second|first|last)\s+(?:of\s+(?:the|their|our|its)\s+)?(?:[a-z_]+\s+)?(?:keys?|api_key)\b/;

/**
 * "all": every key of a unit ("revoke all keys for sales", and "revoke the keys for sales": keys, plural,
 * with revoke means all of them), or everything in a list ("list all units"). Never for other intents.
 */
export function allFor(intent: IntentName, text: string, hasKeyId: boolean): boolean {
  if (intent === 'list') return QUANTIFIER.test(text);
  if (intent === 'revoke' || intent === 'rotate') {
    if (ALL_KEYS.test(text)) return true;
    return intent === 'revoke' && !hasKeyId && PLURAL_KEYS.test(text) && !ONE_OF.test(text);
  }
  return false;
}
