import { namesOurThing } from './ours-named.js';

/**
 * fix33a: approval of the trade's own things, told or asked, nothing of ours named: "claim payout approval for
 * CL-20931 — who signs off above 500 euro?", "the approval flow for damage claims over 1000 euro now goes via the
 * claims lead", "our approval process for events is so slow", "we still need approval from the estate before the
 * remaster goes out". The bot's approval is of a key, a token or a request of ours; these are a claim's, an event's,
 * a release's, and are nothing asked of the bot (`unknown`, never help about approvals). Read on the prepared text.
 *  - a sum of money as the threshold ("above 500 euro", "over £2k"): a key's approval is never priced;
 *  - the approval process of a thing named after it ("approval flow for damage claims", "… for events"), not one
 *    of ours ("the approval step for rotate", "… for long-term keys");
 *  - approval needed, told as a statement (no question) from someone or before something ("we still need approval
 *    from the estate before …"), no question put to anyone.
 * In every case no credential, the bot, Bedrock, a model nor one of our commands is named (namesOurThing), and no
 * request or access (our approvals are of requests: "my request needs approval from my lead").
 */

/** A sum of money: "500 euro", "£2k", "€300", "$5,000", "1000 eur", "10k dollars". */
const MONEY =
  /[€£$]\s?\d[\d,.]*\s*k?\b|\b\d[\d,.]*\s*k?\s*(?:euros?|eur|usd|gbp|dollars?|pounds?|quid|bucks|pln|zł|chf|sek|nok|dkk)\b|\b\d[\d,.]*\s?[€£]/;
/** The approval process of a thing named after it: "approval flow for damage claims", "approval process for events". */
const PROCESS_FOR =
  /\bapproval\s+(?:process|flow|workflow|chain|queue|rules?)\s+(?:for|of|on)\s+(?:the\s+|our\s+|all\s+|any\s+)?([a-z][a-z_-]*)/;
/** Words after "approval process for" that name ours or nothing: grammar, our actions, people. */
const NOT_A_THING =
  /^(?:it|them|this|that|these|those|me|us|you|my|your|new|requests?|access|rotat\w*|revo\w*|renew\w*|deprovision\w*|offboard\w*|creat\w*|long_term|short_term|long|short|longer|external|extra|prod|production|staging|admins?|people|users?|staff|contractors?|interns?|teams?|units?)$/;
/** Approval needed, told: "we still need approval from the estate before …", "it needs sign-off from legal first". */
const NEEDED_FROM =
  /\bneeds?\s+(?:an?\s+|the\s+)?(?:approval|sign[\s_-]?off)\s+(?:from|by)\s+(?:the\s+)?[a-z]/;
/** A question put: a "?" or a question word opening the text. */
const QUESTION =
  /\?|^\W*(?:how|who|whom|what|when|where|why|which|do|does|did|can|could|is|are|will|would|should|may)\b/;
/** Our request, access or approval step named: the approval may be ours. */
const OURS_APPROVED = /\b(?:requests?|access|permissions?|xxkeyid|xxregion|xxemail|xxuser|it|them)\b/;

/**
 * post40e: a thing of everyday work told requested, then who signs it off asked ("requested a new laptop this
 * morning, still nothing. who signs these off?"): the laptop's approval, nothing of ours named.
 */
const THING_REQUESTED =
  /\b(?:requested|ordered|asked\s+for|put\s+in\s+(?:a\s+request\s+)?for)\s+(?:a|an|the|my|our|some)\s+(?:new\s+)?[a-z]/;
const CREDENTIAL_NAMED =
  /\b(?:keys?|tokens?|api_keys?|access_keys?|creds?|credentials?|secrets?|passwords?)\b/;
const SIGN_OFF_ASKED = /\b(?:who|whom)\b[^?.!]*\b(?:approv\w*|signs?\s+(?:\w+\s+)?off|sign\s+off)\b[^.!]*\?/;

/** Whether a prepared text tells or asks of the approval of another trade's thing, naming nothing of ours. */
export function othersApproval(text: string): boolean {
  if (!(text.includes('approv') || text.includes('sign'))) return false;
  if (namesOurThing(text) || OURS_APPROVED.test(text)) return false;
  if (MONEY.test(text) && /\bapprov|\bsigns?\s+(?:\w+\s+)?off\b/.test(text)) return true;
  const m = PROCESS_FOR.exec(text);
  if (m !== null && !NOT_A_THING.test(m[1] ?? '')) return true;
  if (THING_REQUESTED.test(text) && SIGN_OFF_ASKED.test(text) && !CREDENTIAL_NAMED.test(text)) return true;
  return NEEDED_FROM.test(text) && /\bbefore\b/.test(text) && !QUESTION.test(text);
}
