/**
 * A command put off to a condition not met yet ("rotate supplier-portal once the new portal build is
 * deployed", "revoke growth's key after the release is out"): the rules read the command; the classifier,
 * which learned the condition's words from stories ("once the build is deployed we can …"), may read
 * nothing. A message that opens with our command and names our unit asks for it; the bot cannot wait,
 * so it is held at even odds and asked about, never carried out as it stands (README: Later).
 */
import { ACTING_INTENTS as ACTING, CONFIDENT, type ParseResult } from '../core/request.js';
import type { Scored } from './classifier.js';

import { waitsForLater } from './later-condition.js';
import { foreignObject, namesOurObject } from './mood.js';
import type { Prepared } from './prepare.js';
import { TOKEN_MAX_SECONDS } from './slots.js';

/**
 * Our command first, as an instruction ("please" allowed; "can you …" after a mention is what one asks
 * a person who can act, README: Whom a message is put to).
 */
const COMMAND_FIRST =
  /^\W*(?:(?:please|pls|plz|kindly)\s+)?(?:rotate|revoke|deprovision|offboard|renew|regenerate|cycle)\b/;

/**
 * Round thirty-four: or a need of ours to do it, the key or the unit right after the verb ("need to rotate the billing
 * key after lunch, ok?", "we need to deprovision sandbox-old over the christmas break"; not "we need to revoke the
 * loyalty points that were double-credited on sunday").
 */
const NEED_FIRST =
  /^\W*(?:(?:we|i)\s+)?(?:(?:still|really)\s+)?need\s+to\s+(?:rotate|revoke|deprovision|offboard|renew|regenerate|cycle)\s+(?:the\s+|our\s+)?([a-z0-9_-]+)(?:\s+(?:key|keys|api_key|access_key)\b)?/;
const needFirst = (text: string, unit: string): boolean => {
  const m = NEED_FIRST.exec(text);
  return m !== null && (m[0].endsWith('key') || m[0].endsWith('keys') || m[1]?.replace(/_/g, '-') === unit);
};

/**
 * requests25: or a condition first, then our command opening the main clause ("once legal signs off the DPA,
 * create the key for support-replies", "after finance approves, make a key for ticket-ai").
 */
const COMMAND_AFTER_CONDITION =
  /^\W*(?:once|after|when|as\s+soon\s+as)\s[^,.;!?\n]{1,80},\s*(?:(?:please|pls|plz|kindly|then)\s+)?(?:rotate|revoke|deprovision|offboard|renew|regenerate|cycle|create|make|issue|generate|set\s+up)\b/;

/**
 * known27: our command asked of the bot as a question, with a deadline after it and nothing else ("can we revoke
 * the kyc key before my vacation?", "could you rotate the growth key before friday?"): now is in time, so it is
 * the request itself, whatever the classifier makes of the deadline's words ("vacation" is a story's word); a
 * question, so asked about, never carried out as it stands. ("should we …" weighs it among people; "did we …"
 * asks what happened: neither opens so.)
 */
const ASKED_BEFORE_DEADLINE =
  /^\W*(?:can|could)\s+(?:we|you|u)\s+(?:please\s+|pls\s+)?(?:rotate|revoke|deprovision|offboard|renew|regenerate|cycle)\b[^,.;!?\n]{1,60}?\sbefore\s[^,.;!?\n]{1,40}\?\s*$/;

/**
 * The rules' command asked before a deadline (ASKED_BEFORE_DEADLINE), held at the classifier's confidence bar so
 * that its doubt of the deadline's words does not drop it; a question, it is asked about all the same (decide.ts).
 */
export function deadlineAskedHeld(p: Prepared, ruled: ParseResult, both: boolean): Scored | null {
  return both &&
    ACTING.has(ruled.intent) &&
    ruled.businessUnit !== null &&
    p.text.includes('before') &&
    ASKED_BEFORE_DEADLINE.test(p.text) &&
    !foreignObject(p.text) &&
    namesOurObject(p, ruled.intent, ruled.businessUnit)
    ? { intent: ruled.intent, score: CONFIDENT }
    : null;
}

/** The rules' command, held at even odds, when it opens the message and waits for a condition. */
export function laterHeld(p: Prepared, ruled: ParseResult, both: boolean): Scored | null {
  return both &&
    ACTING.has(ruled.intent) &&
    ruled.businessUnit !== null &&
    (COMMAND_FIRST.test(p.text) ||
      COMMAND_AFTER_CONDITION.test(p.text) ||
      needFirst(p.text, ruled.businessUnit)) &&
    waitsForLater(p.text) &&
    !foreignObject(p.text) &&
    namesOurObject(p, ruled.intent, ruled.businessUnit)
    ? { intent: ruled.intent, score: 0.5 }
    : null;
}

/**
 * fix34a: a token within the cap asked for on a person's sign-off ("could I get a 6h token if Rachel signs it off?",
 * "can we have a 4h token if our lead approves?"): the asker's token, on a condition; the classifier trained on the
 * tuned files reads the question as one on the bounds (help) by a hair over DECISION.sureOther. Held at even odds,
 * asked about, never carried out as it stands. (Past the cap, "… a 16h token if Rachel signs it off?", it asks
 * whether such a token can be had: left to the other readers.)
 */
const TOKEN_ON_SIGN_OFF =
  /^\W*(?:could|can|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have)\s+(?:a|an|one)\s+[^?.!,;]{0,20}?\btok(?:en)?\b[^?.!;]{0,40}?\bif\s+(?:[a-z][a-z0-9_.'-]*\s+){1,3}?(?:signs?\s+(?:it\s+|this\s+|that\s+)?off|approves|agrees|oks|okays)\b/;
export function tokenOnSignOffHeld(p: Prepared, ruled: ParseResult, both: boolean): Scored | null {
  return both &&
    ruled.intent === 'token' &&
    (ruled.ttlSeconds === null || ruled.ttlSeconds <= TOKEN_MAX_SECONDS) &&
    p.text.includes('if ') &&
    TOKEN_ON_SIGN_OFF.test(p.text)
    ? { intent: 'token', score: 0.5 }
    : null;
}
