import { asksOurs } from './ours-named.js';

/**
 * A how-to question about another trade's thing (round twenty-one): "who approves a credit limit
 * override above 25k?", "how do I reset a customer's mobile banking passcode?", "do tenants get a new
 * key when the lease renews or do they keep the old fob?". A bank's, a landlord's or a subscription's
 * own things share our words (approve, limit, reset, key), but the question is put about their trade,
 * not the bot: `unknown`, never help. A word test runs first; nothing of ours may be named (a token,
 * an API or access key, Bedrock, AWS, a model, the bot, a unit), so "key for the tenant portal" and
 * "token 2h, the key fob system is down" stay requests.
 */

/** Another trade's things (cheap word test first, then the whole-word pattern). */
const TRADE_HINT =
  /tenant|lease|fob|passcode|mortgage|overdraft|refund|withdrawal|credit|subscriber|banking|\bpin\b/;
const TRADE =
  /\b(?:tenants?(?:'s|s')?|leases?|fobs?|passcodes?|mortgages?|overdrafts?|refunds?|(?:cash\s+)?withdrawals?|credit\s+(?:limits?|cards?|checks?)|subscribers?|(?:mobile|online|internet)\s+banking|pins?)\b/;
/** A question: a "?" or a question word opening the text. */
const QUESTION = /\?|^\W*(?:how|who|what|when|where|why|do|does|can|could|is|are)\b/;
/** Words of ours: with any of them the question may be the bot's. */
const OURS =
  /\b(?:tokens?|tok|api_keys?|api|access\s+keys?|long_term|long_lived|bedrock|bedrock_bot|aws|iam|models?|bot|units?|claude|llama|xxkeyid|xxregion|xxdur|xxemail|xxuser)\b/;

/**
 * A plain key, or spend, is ours too ("how do I extend the lease on our key?", "how long does key withdrawal
 * take?", "what did the credit card fraud pipeline spend in march?"), unless a tenant's, a door's or a
 * fob's things are named: then the key is theirs ("do tenants get a new key when the lease renews?").
 */
const PLAIN_OURS = /\b(?:keys?|spend)\b/;
const KEY_OF_PLACE =
  /\b(?:tenants?|fobs?|landlords?|flats?|apartments?|house|houses|doors?|lockers?|cars?|property|properties|locks?|locksmiths?|keyrings?)\b/;

/** Whether a prepared text asks a how-to question about another trade's thing, naming nothing of ours. */
export function otherTradeQuestion(text: string): boolean {
  return (
    TRADE_HINT.test(text) &&
    TRADE.test(text) &&
    QUESTION.test(text) &&
    !OURS.test(text) &&
    !(PLAIN_OURS.test(text) && !KEY_OF_PLACE.test(text))
  );
}

/**
 * A how-to question about another system (round twenty-two): "how do I delete a grade in the gradebook?
 * I entered a 0 for the wrong kid", "how do I undo a submission in Canvas?", "how do I remove a dealer
 * from the DMS?": something done in a school's, a dealer's or a lab's own system, nothing of ours named.
 * The place is a system's name, not a developer's tool where our credentials are used ("how do I set the
 * env var in bash?", "… in python", "… in the terminal" ask the bot's help) nor an idiom ("in advance").
 */
const HOW_TO_IN =
  /\bhow\s+(?:do|can|could|would|should|does)\s+(?:i|we|you|u|one)\s+((?:[a-z0-9'-]+\s+){1,5}?)(?:in|on|from|inside|within|out\s+of)\s+(?:the\s+|our\s+|their\s+)?([a-z][a-z0-9_-]*)/;
/** An object that may be ours: "use it in python", "paste them in the terminal". */
const PRONOUN_OBJECT = /\b(?:it|them|this|that|one|ones|mine|those|these)\s/;
/** Places where our credentials are used, and idioms that name no place. */
const NOT_A_SYSTEM = new Set(
  (
    'python bash zsh shell terminal curl postman code script scripts sdk cli boto3 boto console env environment ' +
    'vscode vs notebook jupyter node nodejs java javascript js typescript ts go golang rust ruby php c windows ' +
    'mac macos linux powershell cmd browser slack channel here there prod production staging dev config ' +
    'profile header headers request requests app lambda docker kubernetes k8s github gitlab ci pipeline ' +
    'jenkins terraform cloudformation cdk iam aws bedrock vault secrets ssm dotenv langchain llamaindex ' +
    'advance bulk batch parallel general time case order future meantime background middle practice ' +
    'one a an my your its this that these those xxregion xxdur xxperiod ' +
    // (editors, shells and HTTP tools, and the bot's own form, queue and DMs: fix22d)
    'intellij pycharm webstorm goland rider cursor zed vim neovim nvim emacs sublime fish nushell httpie ' +
    'insomnia bruno form forms webform queue dm directory portal'
  ).split(' '),
);

/**
 * What is done that is ours, whatever the place: a secret, one's request, a unit's members, owners or
 * team, the bot's notifications ("how do I add a new member in growth?", "how do I use the secret in
 * pycharm?").
 */
const DONE_OURS = /\b(?:secrets?|requests?|members?|owners?|teams?|notifications?)\b/;

/** Whether a prepared text asks how to do a thing in another system, naming nothing of ours. */
export function otherSystemHowTo(text: string): boolean {
  if (!text.includes('how')) return false;
  const m = HOW_TO_IN.exec(text);
  return (
    m !== null &&
    !PRONOUN_OBJECT.test(m[1] ?? '') &&
    !NOT_A_SYSTEM.has(m[2] ?? '') &&
    !OURS.test(text) &&
    !PLAIN_OURS.test(text) &&
    !SPENT_OR_OURS.test(text) &&
    !DONE_OURS.test(text) &&
    !asksOurs(text)
  );
}
/**
 * Money spent, our AI and its use, logging in, our commands: "how do I see what my team spent on the AI?",
 * "how do I log in on the portal?" ask the bot's help; "… in the gradebook? also revoke growth" asks more.
 */
const SPENT_OR_OURS =
  /\b(?:spen[dt]|spending|costs?|usage|quotas?|ai|genai|llms?|creds?|credentials?|access|approv\w*|log\s+in|login|sign\s+in|signin|rotate|revoke|deprovision)\b/;
