/**
 * A take-back followed by a new target (round eighteen, corrections18): "rotate the ads key? actually no —
 * it's the billing key that leaked" rotates billing, "token for 2h. scratch that, a key for growth" asks
 * for a key, "rotate the ads key. never mind, rotate the growth key instead" rotates growth, "revoke the
 * kyc key? no, don't. rotate it instead" rotates kyc. What follows the take-back marker replaces what
 * came before it when it is a request of its own (its pronoun, "it" / "their key", points at the unit
 * named before), or when it names another unit's key for the verb said before ("… no — it's the growth
 * key that leaked", "… scratch that, for ads"). What keeps the thing ("no wait, keep it"), says it is
 * fine or names nothing new changes nothing here: the readers of withdrawals decide those. Works on the
 * raw message; read only when a marker is in it, after the whole message was read.
 */
import { ACTING_INTENTS as ACTING, type IntentName, type ParseResult } from '../core/request.js';

/** The first take-back or correction marker ("actually no", "no wait", "scratch that", "nope", "no,"). */
const MARKER =
  /(?:^|[\s,.!?;:—–…-])(?:actually[,.]?\s+no(?:pe)?|no[,.]?\s+wait|wait[,.]?\s+no|scratch\s+that|never\s*mind|nevermind|nvm|nope|nah|no(?=\s*[,—–…]|\s+-)|on\s+second\s+thoughts?)(?=[\s,.!?;:—–…-]|$)/;

/** Words between the marker and what is said instead ("please don't —", "better not…", "not that one,"). */
const LEAD =
  /^(?:[\s,.!?;:—–…-]+|(?:(?:please|pls|then|ok|okay|so|sorry|actually|wait|no|nope|nah|hmm+|oh|ah)\b|(?:please\s+)?(?:don'?t|do\s+not)(?:\s+do\s+(?:it|that))?(?=[\s,.!?;:—–…-]|$)|(?:better|let'?s|we'?d\s+better)\s+not\b|not\s+(?:that|this)\s+one\b))+/;

/** What keeps the thing, says it is fine or not needed, or asks nothing new: no new target. */
const KEEPS =
  /\b(?:keep|leave|hold|wait\s+(?:for|until|till)|(?:is|are|was|'s|all)\s+(?:fine|ok|okay|safe|good|sorted)|need(?:ed)?\s+(?:it|one|that)|no\s+need|not\s+needed|works?|working|ignore|false\s+alarm|later|tomorrow)\b/;

/** Words of a request of ours before the marker, a cheap look before it is read. */
const HEAD_CUE =
  /\b(?:rotat|revok|deprovision|offboard|decom|key|token|tok|creds?|access|login|kill|delete|remove|cancel)/;
/** Words that may name a new target after it ("for ads", "the growth key", "rotate it"). */
const TAIL_CUE =
  /\b(?:rotat|revok|deprovision|offboard|decom|key|token|tok|for\b|creds?|access|login|unit|team)/;

/** A second correction in what follows. */
const AGAIN =
  /\b(?:sorry|no|nope|nah|wait|actually(?!\s*[.!]*\s*$)|i\s+mean|i\s+meant|scratch|forget|never\s*mind|nevermind|nvm)\b/;

/** A pronoun for the unit named before ("revoke it instead", "rotate their key", "revoke that one"). */
const POINTER = /\b(?:(?:its|their)\s+key|it(?!'s|\s+(?:is|was)\b)|them|that\s+one|this\s+one)\b/;

/** The verb said before, to read a tail that names only the new target ("… it's the growth key that leaked"). */
const VERB_OF: Partial<Record<IntentName, string>> = {
  rotate: 'rotate',
  revoke: 'revoke',
  deprovision: 'deprovision',
  create_key: 'create a key',
};

type Read = (text: string) => ParseResult;

/** The reason of a message the rules read as an action and the classifier as nothing or help. */
const CLASSIFIER_ONLY = /; classifier: (?:unknown|help)\b/;

/** Cheap look before the marker is searched. */
const GUARD = /\bno|nope|nah|scratch|mind|nvm|second\s+thought/;

/**
 * The reading of what follows a take-back when it names a new target, or null. `whole` is the reading of
 * the whole message; `read` reads a text as a whole message is read.
 */
export function newTargetAfterTakeBack(
  input: string,
  whole: ParseResult,
  read: Read,
  readRules: Read = read,
): ParseResult | null {
  // (Never an action out of a message read as asking nothing: "revoke the search key? nah, it was just a
  // dummy key" takes the request back with a reason, which the readers of withdrawals read.)
  // (Round thirty-one: unless only the classifier read it as nothing, the rules an action: "deprovision growth?
  // no, better not… deprovision ads instead", "delete the fraud-ml key? no — fraud-ops". Trained on the tuned
  // files, it reads a command put as a question as no request; the head is then read by the rules alone.)
  const byClassifierOnly = !ACTING.has(whole.intent) && CLASSIFIER_ONLY.test(whole.reason);
  if (!ACTING.has(whole.intent) && !byClassifierOnly) return null;
  const lower = input.toLowerCase();
  if (!GUARD.test(lower)) return null;
  const m = MARKER.exec(lower);
  if (m === null) return null;
  const tail = input.slice(m.index + m[0].length).replace(LEAD, '');
  const said = tail.toLowerCase();
  // (A later marker corrects again: "rotate robotics, no wait, robotics-lab… sorry, robotics is correct".)
  if (tail.length < 3 || KEEPS.test(said) || AGAIN.test(said) || !TAIL_CUE.test(said)) return null;
  const before = input.slice(0, m.index);
  if (!HEAD_CUE.test(before.toLowerCase())) return null;
  const head = (byClassifierOnly ? readRules : read)(before);
  if (!ACTING.has(head.intent)) return null;
  const asked = tailRequest(tail, head, read);
  if (asked === null) return null;
  // (The same reading as the whole message's: nothing to replace.)
  if (asked.intent === whole.intent && asked.businessUnit === whole.businessUnit) return null;
  return asked;
}

/** What the tail asks: a request of its own, or the verb before with a new unit; null when neither. */
function tailRequest(tail: string, head: ParseResult, read: Read): ParseResult | null {
  const own = read(tail);
  // (A value alone reads as a token: "… no wait 60d" corrects a value, which corrections.ts reads.)
  const ownAsks =
    ACTING.has(own.intent) &&
    (own.intent === 'token' ? TOKEN_SAID.test(tail.toLowerCase()) : own.businessUnit !== null);
  if (ownAsks && own.question === undefined) return withHeadValues(own, head);
  const unit = head.businessUnit;
  // ("… never mind, revoke it instead": the pronoun points at the unit named before.)
  if (unit !== null && own.businessUnit === null && POINTER.test(tail.toLowerCase())) {
    const pointed = read(tail.replace(new RegExp(POINTER.source, 'i'), `the ${unit} key`));
    if (ACTING.has(pointed.intent) && pointed.businessUnit === unit) return withHeadValues(pointed, head);
  }
  // ("… actually no — it's the billing key that leaked", "… scratch that, for ads": the verb said before.)
  const verb = VERB_OF[head.intent];
  if (verb !== undefined && unit !== null) {
    const retold = read(`${verb}: ${tail}`);
    if (retold.intent === head.intent && retold.businessUnit !== null && retold.businessUnit !== unit)
      return withHeadValues(retold, head);
  }
  return ownAsks ? withHeadValues(own, head) : null;
}

/** A token said in so many words ("scratch that, a token for 4h"). */
const TOKEN_SAID = /\btok(?:en|n)?s?\b|\btkn\b/;

/** The values said before that the new reading of the same action leaves unsaid (its kind, expiry, Region). */
const VALUES = ['keyKind', 'expiryDays', 'region', 'ttlSeconds', 'owner', 'provider'] as const;

function withHeadValues(asked: ParseResult, head: ParseResult): ParseResult {
  if (asked.intent !== head.intent) return asked;
  let out = asked;
  for (const slot of VALUES)
    if (out[slot] === null && head[slot] !== null) out = { ...out, [slot]: head[slot] };
  return out;
}
