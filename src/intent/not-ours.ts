/**
 * Another trade's things or another system, told or asked about with our words (round twenty): nothing
 * the bot can do, so the text asks nothing of it (unknown). Read on the lowercased message as typed.
 *  - a door's or a vehicle's key handled by people: "whoever took the MRO hangar key please put it back,
 *    the A-check team can't get in", "who borrowed the minibus key?";
 *  - another provider's API key told about: "the api key for the weather provider (not aws) expires
 *    tonight", "the sendgrid api key expires tonight";
 *  - access to another system taken away: "please revoke Tom's access to the CRM", "revoke Priya's
 *    access to Procore", "the contractor's badge access";
 *  - another vendor's assistant allowed or not: "is ChatGPT allowed on site laptops or only the bedrock
 *    thing?";
 *  - the firm's own regions: "which region is the Canary Wharf job in for the regional accounts?";
 *  - a model of equipment: "what model of Leica scanner do we have", "what model is the site drone?";
 *  - the history of another trade's record or thing: "history of RFI-0318", "who was on the RFI register
 *    history call", "Gift history for Mrs Patel looks off", "the history behind the red logo".
 * Each test opens with a word test, so that a text without the word costs one `includes`.
 */

/** A request put to the bot in the same text: the text is not only told. */
const ASKED_OF_BOT =
  /\b(?:can\s+you|could\s+you|pls|plz|new|create|make|generate|issue|rotate|revoke|need)\b/;

/** People taking, keeping or missing a physical key. */
const KEY_HANDLED =
  /\b(?:whoever\s+(?:took|has|had|borrowed|nicked|grabbed)|who\s+(?:took|borrowed|nicked|grabbed))\b|\bput\s+it\s+back\b|\blocked\s+out\b|\bcan'?t\s+get\s+in\b|\bcannot\s+get\s+in\b|\bon\s+the\s+hook\b|\bgone\s+walkabout\b|\b(?:a|any)\s+spare\b|\bdrop\s+it\s+(?:at|off)\b|\breturn\s+it\b/;

/** A credential of ours, named as one: then the key is no door's. */
const OUR_CREDENTIAL =
  /\b(?:api[\s_-]?key|access[\s_-]?key|token|bedrock|aws|iam|secret|rotate|revoke|deprovision|create|keys)\b/;

function physicalKey(t: string): boolean {
  return t.includes('key') && KEY_HANDLED.test(t) && !OUR_CREDENTIAL.test(t);
}

/** Another provider named as such, or a few well-known services that are not ours. */
const OTHER_PROVIDER =
  /\(not\s+(?:aws|bedrock|ours)\)|\bnot\s+(?:aws|bedrock)\b|\bnot\s+ours\b|\bthird[\s-]party\b|\b(?:stripe|twilio|sendgrid|openweather|mailchimp|google\s+maps|hubspot|zendesk|xero)\b/;

/** The key told about as running out: nothing asked. */
const RUNS_OUT =
  /\b(?:expires?|expiring|runs\s+out|running\s+out|hit\s+its\s+quota|about\s+to\s+expire|rotates)\b/;

function otherProvidersKey(t: string): boolean {
  return t.includes('key') && OTHER_PROVIDER.test(t) && RUNS_OUT.test(t) && !ASKED_OF_BOT.test(t);
}

/** "revoke Tom's access to the CRM": a person's access to a system that is not ours. */
const ACCESS_TO_SYSTEM =
  /\b(?:revoke|remove|pull|cut\s+off|disable)\s+(?:the\s+)?[a-z]+'s\s+(?:badge\s+)?access\s+(?:to|for|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:crm|procore|salesforce|sharepoint|drive|mis|system|portal|mailbox|inbox|wifi|vpn|building|site|dropbox|jira|confluence|payroll|lims)\b/;

function accessToAnotherSystem(t: string): boolean {
  return t.includes('access') && ACCESS_TO_SYSTEM.test(t);
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

function firmsRegion(t: string): boolean {
  return t.includes('region') && FIRMS_REGION.test(t) && !/\b(?:token|key|model|bedrock|aws)\b/.test(t);
}

/** What AI models are called, and words that make "model" ours. */
const AI_WORD =
  /^(?:ai|llm|llms|claude|llama|titan|nova|mistral|mixtral|sonnet|haiku|opus|qwen|gemma|stable|stability|palmyra|writer|ai21|kimi|cohere|command|jamba|deepseek|gpt|openai|anthropic|meta|amazon|embedding|embeddings|text|image|chat|language|foundation|bedrock|the|a|an|our|your|ours|yours|these|those|them|all|each|should|is|are|do|does|can|would|for|to|in|and|works?|best|cheapest|fastest|default)$/;

/** "what model of Leica scanner", "which model of centrifuge": a model of a product. */
const MODEL_OF = /\b(?:what|which)\s+model\s+of\s+([a-z]+)/;
/** "what model is the site drone?", "what model are the school minibuses?" */
const MODEL_IS_THE = /\bwhat\s+model\s+(?:is|are)\s+(?:the|our)\s+([a-z]+)(?:\s+([a-z]+))?/;

/** Words after "what model is the" that ask about our models ("the default", "the best", "the bot"). */
const AI_THINGS = new Set([
  'default',
  'best',
  'bot',
  'cheapest',
  'fastest',
  'latest',
  'newest',
  'one',
  'chatbot',
]);

function equipmentModel(t: string): boolean {
  if (!t.includes('model ')) return false;
  const of = MODEL_OF.exec(t);
  if (of !== null) return !AI_WORD.test(of[1] ?? '');
  const is = MODEL_IS_THE.exec(t);
  if (is === null) return false;
  return (
    !AI_THINGS.has(is[1] ?? '') &&
    !AI_WORD.test(is[1] ?? '') &&
    !/\b(?:bedrock|claude|llama|ai|team|unit|using|use|on|running|calling|default)\b/.test(t)
  );
}

/** Another trade's history: a record's number, a meeting about one, a person's record, a story. */
const OTHER_HISTORY =
  /\bhistory\s+(?:of|for)\s+(?:rfi|ncr|po|wo|inv|pnr|dwg|tq|si)[\s_-]?\d|\bhistory\s+(?:call|meeting|review|session|workshop|sync)\b|\b(?:gift|donation|donor|giving|patient|medical|maintenance|purchase|employment|planning|credit|repair|fault|booking|travel)\s+history\b|\bhistory\s+behind\b/;

function otherHistory(t: string): boolean {
  return t.includes('history') && OTHER_HISTORY.test(t);
}

/** Why the text names another trade's thing or another system (a reason for the parse), or null. */
export function notOurs(lowered: string): string | null {
  if (physicalKey(lowered)) return "a door's key, no credential";
  if (otherProvidersKey(lowered)) return "another provider's key told about";
  if (accessToAnotherSystem(lowered)) return 'access to another system';
  if (otherVendorsAssistant(lowered)) return "another vendor's assistant";
  if (firmsRegion(lowered)) return "the firm's own region";
  if (equipmentModel(lowered)) return 'a model of equipment';
  if (otherHistory(lowered)) return "another trade's history";
  return null;
}
