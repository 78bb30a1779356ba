import { LEXICON } from './lexicon.js';

/**
 * Details asked first and spend after, in a second clause of the same message ("details for recs-ranking,
 * and how much did they spend last month?", "show me the details for kyc-ml, also what they spent"):
 * two requests, and the first is the request (README, "Two requests"); the spend is offered after it.
 * Read only when the message opens with the details ask, so "how much did X spend, and what keys do they
 * have?" stays spend.
 */
const DETAILS_FIRST =
  /^\s*(?:(?:hey|hi|pls|please)\s+)?(?:(?:can|could)\s+(?:you|u|i)\s+(?:(?:pls|please)\s+)?)?(?:(?:show|give|get|send)\s+(?:me\s+|us\s+)?)?(?:the\s+)?(?:full\s+)?(?:details|detail|info|key\s+details)\s+(?:for|of|on|about)\s+(?:the\s+)?([a-z0-9][a-z0-9_-]*)(?:\s+(?:team|unit))?\s*(?:,|;|\band\b|\balso\b|\bplus\b)/;

/**
 * fix21d: the details' object must be a unit's name, not a word of the parser's lexicon or of money ("info
 * about spend, how much did growth spend last month?", "details on cost, …" stay spend).
 */
const NOT_A_UNIT = new Set([
  'spend',
  'spending',
  'spent',
  'billing',
  'bill',
  'bills',
  'cost',
  'costs',
  'usage',
  'bedrock',
  'budget',
  'budgets',
  'invoice',
  'invoices',
  'charges',
  'pricing',
  'price',
  'prices',
  'money',
  'that',
  'this',
  'it',
  'them',
  'everything',
  'all',
]);

/** True when the message opens with a details request of a unit that a later clause follows. */
export function detailsAskedFirst(text: string): boolean {
  if (!text.includes('detail') && !text.includes('info')) return false;
  const name = DETAILS_FIRST.exec(text)?.[1];
  return name !== undefined && !NOT_A_UNIT.has(name) && !(name in LEXICON);
}

/**
 * requests25: a token or a change of one unit's key asked first, and spend after it in the same message
 * ("token 2h and what did assay-qc spend this month?", "rotate the ads-bot key, also how much did it
 * spend"): two requests, the first is the request, as with details above. Only a request that opens the
 * message with its values (a token's lifetime, a key's unit) and a joiner right before the spend question
 * (requests26: "whats"/"what's" too, "token 4h and whats our bedrock spend this month?").
 */
const REQUEST_FIRST =
  /^\s*(?:(?:hey|hi|pls|please)\s+)?(?:(?:a\s+)?token\s+(?:for\s+)?xxdur\s*|(?:rotate|revoke)\s+(?:the\s+)?[a-z0-9_]+\s+keys?\s*)(?:,|;|_|\band\b|\balso\b|\bplus\b)\s*(?:also\s+)?(?:what(?:'?s)?|how\s+much)\b/;

/** True when the message opens with a token or a key change that a spend question follows. */
export function requestAskedFirst(text: string): boolean {
  return (text.includes('token') || text.includes('key')) && REQUEST_FIRST.test(text);
}
