/**
 * Another trade's things or another system, told or asked about with our words (round twenty): nothing
 * the bot can do, so the text asks nothing of it (unknown). Read on the lowercased message as typed.
 *  - a door's or a vehicle's key handled by people: "whoever took the MRO hangar key please put it back,
 *    the A-check team can't get in", "who borrowed the minibus key?";
 *  - another provider's API key told about: "the api key for the weather provider (not aws) expires
 *    tonight", "the sendgrid api key expires tonight";
 *  - access to another system taken away: "please revoke Tom's access to the CRM", "revoke Priya's
 *    access to Procore", "revoke Tom's CRM access" (the bedrock or AI system is ours);
 *  - another vendor's assistant allowed or not: "is ChatGPT allowed on site laptops or only the bedrock
 *    thing?";
 *  - the firm's own regions: "which region is the Canary Wharf job in for the regional accounts?";
 *  - a model of equipment: "what model of Leica scanner do we have", "what model is the site drone?";
 *  - the history of another trade's record or thing: "history of RFI-0318", "who was on the RFI register
 *    history call", "Gift history for Mrs Patel looks off", "the history behind the red logo".
 * Each test opens with a word test, so that a text without the word costs one `includes`. A request of
 * ours in a clause of its own ("history of RFI-0318, revoke the rfi key") makes the text ours again:
 * parse-request.ts reads each clause (own-clauses.ts); the guards here keep a request inside the one
 * clause a reader claims ("can I get a spare key for the ml team?").
 */
import { OUR_MODEL_WORDS } from './others-things.js';
import { UNIT_AFTER, namesOurs } from './ours-named.js';

/**
 * A request put to the bot in the same clause: the text is not only told ("can I get a spare key for …",
 * "give us another one", "renew it please", "kill it now").
 */
const ASKED_OF_BOT =
  /\b(?:can\s+(?:you|i|we)|could\s+(?:you|i|we)|pls|plz|new|create|make|generate|issue|rotate|revoke|need|give|get\s+me|renew|extend|kill|another\s+one)\b/;
/** A unit's key: "key for the ml team", "key for data-eng", "the xero-sync team's key". */
const UNITS_KEY =
  /\bkey\s+for\s+(?:the\s+|team\s+)?(?:[a-z0-9]+-[a-z0-9-]+|[a-z0-9]+\s+(?:team|unit|squad)\b)|\b(?:team|unit)(?:'s)?\s+(?:api\s+)?key\b/;

/** People taking, keeping or missing a physical key. */
const KEY_HANDLED =
  /\b(?:whoever\s+(?:took|has|had|borrowed|nicked|grabbed)|who\s+(?:took|borrowed|nicked|grabbed))\b|\bput\s+it\s+back\b|\blocked\s+out\b|\bcan'?t\s+get\s+in\b|\bcannot\s+get\s+in\b|\bon\s+the\s+hook\b|\bgone\s+walkabout\b|\b(?:a|any)\s+spare\b|\bdrop\s+it\s+(?:at|off)\b|\breturn\s+it\b/;

/** A credential of ours, named as one: then the key is no door's. */
const OUR_CREDENTIAL =
  /\b(?:api[\s_-]?key|access[\s_-]?key|token|bedrock|aws|iam|secret|rotate|revoke|deprovision|create|keys|leaked|leak)\b/;

function physicalKey(t: string): boolean {
  return (
    t.includes('key') &&
    KEY_HANDLED.test(t) &&
    !OUR_CREDENTIAL.test(t) &&
    !ASKED_OF_BOT.test(t) &&
    !UNITS_KEY.test(t)
  );
}

/** Another provider named as such, or a few well-known services that are not ours. */
const OTHER_PROVIDER =
  /\(not\s+(?:aws|bedrock|ours)\)|\bnot\s+(?:aws|bedrock)\b|\bnot\s+ours\b|\bthird[\s-]party\b|\b(?:stripe|twilio|sendgrid|openweather|mailchimp|google\s+maps|hubspot|zendesk|xero)(?![\w-])/;

/** The key told about as running out: nothing asked. */
const RUNS_OUT =
  /\b(?:expires?|expiring|runs\s+out|running\s+out|hit\s+its\s+quota|about\s+to\s+expire|rotates)\b/;

function otherProvidersKey(t: string): boolean {
  return (
    t.includes('key') &&
    OTHER_PROVIDER.test(t) &&
    RUNS_OUT.test(t) &&
    !ASKED_OF_BOT.test(t) &&
    !UNITS_KEY.test(t)
  );
}

/** Systems that are not ours. */
const SYSTEMS =
  'crm|procore|salesforce|sharepoint|drive|mis|system|portal|mailbox|inbox|wifi|vpn|building|site|dropbox|jira|confluence|payroll|lims';
/**
 * "revoke Tom's access to the CRM", "revoke Tom Smith’s access to the CRM", "revoke Tom's CRM access": a
 * person's access to a system that is not ours.
 */
const ACCESS_TO_SYSTEM = new RegExp(
  String.raw`\b(?:revoke|remove|pull|cut\s+off|disable)\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?['’]s\s+(?:(?:badge\s+)?access\s+(?:to|for|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:${SYSTEMS})|(?:[a-z]+\s+)?(?:${SYSTEMS})\s+access)\b`,
);
/** Our system named as the one: "access to the ai system", "the bedrock key she made". */
const OUR_SYSTEM = /\b(?:ai|bedrock|claude|llm|genai|keys?|tokens?|api|bots?|assistant)\b/;

/**
 * People whose access is another system's (round twenty-one): leavers, tenants, contractors, former staff
 * ("14 leavers still have RACF access, please revoke by Friday", "revoke access for the ex-tenant of 2B on
 * the Salto system"). A credential of ours is a unit's, never a leaver's or a tenant's door access; a group
 * noun after the word names a unit ("the contractors team").
 */
const PEOPLES_ACCESS =
  /\b(?:leavers?|movers?|tenants?|contractors?|residents?|visitors?|(?:ex|former|old|previous|departed|departing)[\s-]+(?:tenants?|employees?|staff|contractors?|members?|residents?|starters?|colleagues?))(?:['’]s?)?(?![\w-]|\s+(?:teams?|units?|squads?|groups?|crews?|desks?)\b)/;

/**
 * Access asked for, not taken away ("how do contractors get access?", "can former employees still access
 * the bot?"), or a command of ours beside the people ("deprovision the visitor-wifi unit because visitors
 * lost access anyway", "14 leavers still have RACF access. can I get one for growth"): the bot's help or
 * its request.
 */
const ACCESS_ASKED_OR_OURS =
  /\b(?:get|gets|getting|request|requesting|apply\s+for|obtain|keep|still\s+access|use)\b(?:\s+\w+)?\s+(?:access|the\s+bot)\b|\b(?:deprovision|offboard|rotate|create)\b|\b(?:can|could)\s+(?:i|we)\s+(?:get|have)\s+(?:one|a|an|another)\b/;

function accessToAnotherSystem(t: string): boolean {
  if (!t.includes('access') || OUR_SYSTEM.test(t)) return false;
  if (ACCESS_TO_SYSTEM.test(t)) return true;
  return PEOPLES_ACCESS.test(t) && !namesOurs(t) && !ACCESS_ASKED_OR_OURS.test(t);
}

/**
 * A payment's token (round twenty-one): "Apple Pay token provisioning failing for Amex cards", "card token
 * refresh failing", "network tokens for Mastercard": a card's stand-in number, no credential of ours, when
 * no other token or credential is named ("token for 2h, debugging the apple pay token failures" asks one).
 */
const PAYMENT_TOKEN =
  /\b(?:(?:apple|google|samsung)\s+pay|card|payment|network|pan|device|visa|mastercard|amex)\s+tokens?\b/g;
const OUR_TOKEN_TALK = /\b(?:tok(?:en|n)?s?|bedrock|aws|claude|ai|api|keys?|credentials?|creds)\b/;

function paymentToken(t: string): boolean {
  if (!t.includes('token')) return false;
  const rest = t.replace(PAYMENT_TOKEN, ' ');
  return rest !== t && !OUR_TOKEN_TALK.test(rest);
}

/**
 * Another trade's spend (round twenty-one): "spend on concierge overtime this month is nuts", "what's our
 * spend on catering?", "agency spend is up": money spent on staff, food, travel or premises, not on ours
 * ("what did growth spend on bedrock this month?"). Words that may name a unit (marketing, ads, training,
 * concierge, payroll, recruitment, maintenance) are left out, and a group noun after the word names a
 * unit ("the security guards team"); concierge, payroll or recruitment stay only before a trade's word
 * ("concierge overtime").
 */
const OTHER_SPEND = new RegExp(
  String.raw`\bspen(?:d|t|ding)\s+on\s+(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:overtime|wages|salar(?:y|ies)|agency\s+staff|temps|catering|fuel|repairs|cleaning|utilities|stationery|uniforms|postage|printing|hotels|flights|taxis|food|lunch(?:es)?|coffee|snacks|bonuses|consultants|contractors|furniture|security\s+guards|skips)(?![\w-]|${UNIT_AFTER})|\b(?:overtime|agency|catering|fuel)\s+spend\b`,
);

function otherSpend(t: string): boolean {
  return t.includes('spen') && OTHER_SPEND.test(t) && !namesOurs(t);
}

/**
 * A property listed on a portal or a market (round twenty-one): "can we list unit 5C on Rightmove yet?",
 * "get flat 12A listed on Zoopla": a listing, not the bot's list.
 */
const LISTED_ON =
  /\blist(?:ed|ing)?\s+(?:[a-z0-9]+\s+){0,3}?on\s+(?:rightmove|zoopla|onthemarket|airbnb|ebay|etsy|vinted|gumtree|openrent|spareroom|the\s+(?:market|portals?|website))\b/;
/**
 * Flats and their tenancies (round twenty-one): "list the units with expiring leases", "the flats with gas
 * safety checks due": units of a building, not ours ("list the units with keys expiring" is).
 */
const UNITS_WITH_PROPERTY =
  /\b(?:units|flats|properties|homes|apartments|blocks|houses|rooms)\s+(?:with|that\s+have|that\s+need|where|whose|needing|without|due)\s+(?:[a-z]+\s+){0,3}?(?:leases?|tenanc(?:y|ies)|tenants?|rent|arrears|voids?|damp|mould|mold|repairs?|viewings?|gas\s+safety|epcs?|inspections?|boilers?|vacanc(?:y|ies)|bedrooms?|parking)(?![\w-])/;
/** A list or a sheet told as attached: "list of voids for the north region attached". */
const LIST_ATTACHED =
  /\b(?:list|spreadsheet|sheet|schedule|register|report)\s+of\s+[^.?!\n]{0,60}?\b(?:attached|enclosed)\b/;

function otherListing(t: string): boolean {
  if (!t.includes('list') && !t.includes('units') && !t.includes('flats')) return false;
  if (namesOurs(t)) return false;
  return (
    LISTED_ON.test(t) || UNITS_WITH_PROPERTY.test(t) || (t.includes('attached') && LIST_ATTACHED.test(t))
  );
}

/**
 * An appointment done away with (round twenty-one): "can you delete the viewing for unit 2C at 3pm",
 * "cancel the 10am appointment for flat 4F": a diary's entry, nothing of ours.
 */
const APPOINTMENT_OFF = new RegExp(
  String.raw`\b(?:delete|cancel|remove|reschedule|rebook|move)\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+)?(?:(?!units?\s)[a-z0-9:]+\s+)?(?:viewings?|appointments?|bookings?|meetings?|reservations?|invites?|inspections?|visits?|interviews?)(?![\w-]|${UNIT_AFTER})`,
);

function appointmentOff(t: string): boolean {
  // ("remove the bookings unit", "delete unit viewings": a unit named so.)
  return APPOINTMENT_OFF.test(t) && !namesOurs(t);
}

/** Another vendor's assistant, allowed or used instead of ours. */
const OTHER_ASSISTANT = /\b(?:chatgpt|copilot|gemini|perplexity)\b/;
const ALLOWED_OR_INSTEAD =
  /\b(?:allowed|permitted|banned|ok\s+(?:for|to)|okay\s+(?:for|to)|use)\b[^?\n]{0,80}\bor\s+(?:only\s+|do\s+we\s+have\s+to\s+use\s+)?(?:the\s+)?bedrock\b/;

function otherVendorsAssistant(t: string): boolean {
  return OTHER_ASSISTANT.test(t) && !/\b(?:token|key)\b/.test(t) && ALLOWED_OR_INSTEAD.test(t);
}

/** The firm's own regions: of accounts, targets, area managers. */
const FIRMS_REGION =
  /\bregional\s+(?:accounts|figures|targets|budgets?|sales|reporting|report|manager|director)\b|\barea\s+manager\b|\bregion\s+for\s+the\s+(?:fundraising|sales)\b/;

/** Words that make a "regional" text ours: a credential, a model, spend, a unit, a command. */
const FIRMS_REGION_OURS =
  /\b(?:tokens?|keys?|models?|bedrock|aws|ai|spen[dt]|spending|usage|costs?|list|show|history|deprovision|rotate|revoke|create|issue|teams?|units?|squads?)\b|regional-/;

function firmsRegion(t: string): boolean {
  return t.includes('region') && FIRMS_REGION.test(t) && !FIRMS_REGION_OURS.test(t);
}

/** What AI models are called, and words after "model of" / "model is the" that ask about ours. */
const AI_WORD =
  /^(?:ai|llm|llms|claude|llama|titan|nova|mistral|mixtral|sonnet|haiku|opus|qwen|gemma|stable|stability|palmyra|writer|ai21|kimi|cohere|command|jamba|deepseek|gpt|openai|anthropic|meta|amazon|embedding|embeddings|text|image|chat|language|foundation|bedrock|the|a|an|our|your|ours|yours|these|those|them|all|each|should|is|are|do|does|can|would|for|to|in|and|works?|best|cheapest|fastest|default|bot|latest|newest|one|chatbot)$/;

/** A kind of AI work, beside others-things.ts's OUR_MODEL_WORDS: "model of coding assistant", "of vision". */
const AI_WORK = /\b(?:coding|reasoning|assistants?|vision|multimodal)\b/;
/**
 * After "what model is the …", what makes the model ours: our credential ("what model is the marketing
 * key allowed to call?"), a model used by a unit or a service, the default.
 */
const OUR_MODEL_TALK =
  /\b(?:llama|default|keys?|tokens?|call|invoke|team|unit|using|use|on|running|calling)\b/;

/** "what model of Leica scanner", "which model of centrifuge": a model of a product. */
const MODEL_OF = /\b(?:what|which)\s+model\s+of\s+([a-z]+)/;
/** "what model is the site drone?", "what model are the school minibuses?" */
const MODEL_IS_THE = /\bwhat\s+model\s+(?:is|are)\s+(?:the|our)\s+([a-z]+)/;

function equipmentModel(t: string): boolean {
  if (!t.includes('model ')) return false;
  const named = MODEL_OF.exec(t) ?? MODEL_IS_THE.exec(t);
  if (named === null || AI_WORD.test(named[1] ?? '') || OUR_MODEL_WORDS.test(t) || AI_WORK.test(t))
    return false;
  // ("what model of thermal camera does the survey team use?": a model of a thing, whoever uses it.)
  return named[0].includes(' of ') || !OUR_MODEL_TALK.test(t);
}

/**
 * Another trade's history: a record's number, a meeting about one, a person's record, a story. (Medical,
 * purchase, employment and credit history are rules.ts's OTHER_HISTORY, our word in another sense: read
 * once, there.)
 */
const OTHER_HISTORY =
  /\b(?:account|transactions?|rent|rental|arrears|complaints?|repairs|tenancy|statement|loan|mortgage|price)\s+history\b|\bhistory\s+(?:of|for|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:complaint|dispute|tenancy|arrears)(?![\w-])|\bhistory\s+(?:of|for)\s+(?:rfi|ncr|po|wo|inv|pnr|dwg|tq|si)[\s_-]?\d|\bhistory\s+(?:call|meeting|review|session|workshop|sync)\b|\b(?:gift|donation|donor|giving|patient|maintenance|planning|repair|fault|booking|travel)\s+history\b|\bhistory\s+behind\b/;

function otherHistory(t: string): boolean {
  // ("what's the history behind the ads key being revoked?": our key's history.)
  // ("show me the account history for the growth unit": a unit's.)
  return t.includes('history') && OTHER_HISTORY.test(t) && !namesOurs(t);
}

/** Why the text names another trade's thing or another system (a reason for the parse), or null. */
export function notOurs(lowered: string): string | null {
  if (physicalKey(lowered)) return "a door's key, no credential";
  if (otherProvidersKey(lowered)) return "another provider's key told about";
  if (accessToAnotherSystem(lowered)) return 'access to another system';
  if (paymentToken(lowered)) return "a payment's token";
  if (otherSpend(lowered)) return "another trade's spend";
  if (otherListing(lowered)) return "another trade's listing";
  if (appointmentOff(lowered)) return 'an appointment, not ours';
  if (otherVendorsAssistant(lowered)) return "another vendor's assistant";
  if (firmsRegion(lowered)) return "the firm's own region";
  if (equipmentModel(lowered)) return 'a model of equipment';
  if (otherHistory(lowered)) return "another trade's history";
  return null;
}
