/**
 * fix53d: a named customer's own credential of the firm's product. An observability or SaaS firm's customers hold its
 * "api keys" and "ingest tokens", and its engineers talk of changing them: "pls revoke the api key of customer Umbrella
 * Corp, they churned", "revoke client Initech's api key asap", "rotate the ingest key for customer Globex", "delete the
 * api keys of tenant hooli-prod", "regenerate the API key of customer ORB-331 in the portal admin", "the api keys page
 * for customers dey show 500", "customer asked us to revoke all their ingest tokens". Our credentials are a unit's,
 * never a customer's: the text asks the bot nothing.
 *
 * Read on the text as typed, for the case: the customer is named after a lower-case "customer", "client" or "tenant",
 * by a capitalised name ("Umbrella Corp", "Initech"), a code ("ORB-331") or, for a customer or tenant, a hyphenated
 * id ("hooli-prod"). A unit named so stays ours: "Customer Comms", "customer three sixty", "the customer success
 * team", "customer-360", "key for the customer demo"; and a client's key of an agency's (the agency's unit's key,
 * asked about: "can I put the client's api key in GitHub Actions secrets?") is never read here, nothing named.
 */

/** A change to a credential: the customer's key is changed by the writer, told or asked of colleagues. */
const CHANGE =
  /\b(?:revoke|revoking|rotate|rotating|regenerate|regen|reissue|re-issue|reset|delete|remove|disable|deactivate|kill|invalidate|block|suspend|cancel)\b/i;

/** The product's credential nouns. */
const PRODUCT_KEY = String.raw`(?:[Aa][Pp][Ii][\s_-]?[Kk]eys?|[Ii]ngest(?:ion)?[\s_-]?(?:[Kk]eys?|[Tt]okens?)|[Kk]eys?|[Tt]okens?|[Cc]redentials?|[Cc]reds)`;

/** Words after the name that make "customer …" a unit's name ("customer Comms team"). */
const GROUP_AFTER = String.raw`(?![\w-]|\s+(?:[Tt]eams?|[Uu]nits?|[Ss]quads?|[Pp]ods?|[Dd]esks?|[Gg]roups?|[Cc]rews?|[Pp]rojects?|[Pp]latforms?)\b)`;

/** The customer's name: capitalised words, a code with digits, or (customer, tenant) a hyphenated id. */
const NAME = String.raw`(?:[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2}|[A-Z]{2,}-?\d+)`;
const ID = String.raw`[a-z0-9]+(?:[-_][a-z0-9]+)+`;

const KEY_OF_NAMED = new RegExp(
  String.raw`\b${PRODUCT_KEY}\s+(?:of|for|from|belonging\s+to)\s+(?:(?:client\s+${NAME})|(?:(?:customer|tenant)\s+(?:${NAME}|${ID})))${GROUP_AFTER}`,
);
const NAMEDS_KEY = new RegExp(
  String.raw`(?<![\w-])(?:(?:client\s+${NAME})|(?:(?:customer|tenant)\s+(?:${NAME}|${ID})))(?:['’]s)?\s+${PRODUCT_KEY}\b`,
);
/** The product's keys page, for all customers: "the api keys page for customers", "customer api keys screen". */
const CUSTOMERS_KEYS_PAGE =
  /\b(?:api[\s_-]?keys?|tokens?)\s+(?:page|screen|tab|view|settings)\s+(?:for|of)\s+(?:our\s+|the\s+|all\s+)?customers\b|\bcustomer\s+(?:api[\s_-]?keys?|ingest\s+tokens?)\s+(?:page|screen|tab|view|settings)\b/i;
/** A customer's own product keys redone: "customer asked us to revoke all their ingest tokens". */
const CUSTOMERS_OWN_REDONE =
  /\b(?:customer|tenant)s?\b[^.!?\n]{0,50}?\b(?:revoke|rotate|reissue|re-issue|delete|kill|regenerate|reset|disable|deactivate)\b[^.!?\n]{0,30}?\btheir\s+(?:[a-z-]+\s+)?(?:ingest(?:ion)?|api)[\s_-]?(?:keys?|tokens?)\b/i;

/** A unit given in so many words: "unit is x", "bu: x", "team = x", "for unit x". */
const UNIT_GIVEN = /\b(?:unit|bu|team)\s*(?:is|:|=|should\s+be)\s|\bfor\s+unit\s/;

/** Whether the text (as typed) is about a customer's own credential of the firm's product. */
export function customersCredential(text: string): boolean {
  const lower = text.toLowerCase();
  if (!(lower.includes('customer') || lower.includes('client') || lower.includes('tenant'))) return false;
  // (A unit given as the credential's, "rotate the key for client Acme, unit is acme-onboarding", asks for ours.)
  if (lower.includes('bedrock') || UNIT_GIVEN.test(lower)) return false;
  if (CUSTOMERS_KEYS_PAGE.test(text) || CUSTOMERS_OWN_REDONE.test(text)) return true;
  return CHANGE.test(text) && (KEY_OF_NAMED.test(text) || NAMEDS_KEY.test(text));
}
