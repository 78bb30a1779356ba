/**
 * Round thirty-one: one of our changes asked of "you" in so many words at the head of a clause ("can you revoke
 * the staging key?", "could you rotate the lab-bookings key? I'm off tomorrow", "I'm on site, can you create a
 * bedrock key for me?", "our api key for growth expires tomorrow, can you make a new one?").
 *
 * Trained on the tuned files, the classifier reads such a question as put to a colleague: their writers ask it of
 * a person they mention first ("<@U…> can you revoke the … key? I'm on site, no laptop"), and the classifier never
 * sees that mention (prepare.ts drops a leading one). Who is asked is the rules' to tell (addressee.ts, prepare.ts
 * addressedToColleague, the copied-mention reader): when none of them found a person asked, the question asks the
 * bot. Not when a person is named in the clause itself ("can you revoke the staging key, <@U…>?"), nor for a verb
 * that changes nothing of ours ("can you tell me …", "could you check whether …"). Works on the prepared text
 * (lowercase, a mention as `xxuser`, units joined with `_`).
 */
import { onTheGo } from './addressee.js';
import { CHANGE_TAGS, LEXICON } from './lexicon.js';

/**
 * "can you", "could u", "would you please", at the head of the text or of a clause (after a stop, a comma, a dash,
 * "so", "and", "but", "anyway"), a greeting or "please" before it.
 */
const ASKED_OF_YOU =
  /(?:(?:^|[.!?;,:—–\n])\s*|\b(?:so|and|but|then|anyway|also)\s+)(?:(?:hey|hi|hello|ok|okay|pls|please|also|sorry|quick\s+one)[\s,!]+)*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:(?:please|pls|plz|kindly|just|quickly|also|maybe|possibly|now|go\s+ahead\s+and)\s+)*([a-z_]+)/g;

/** The end of the clause asked. */
const CLAUSE_END = /[.!?;\n]/;
/** A person named in the clause asked ("…, <@U…>?"), not one only copied ("cc <@U…>"). */
const PERSON_IN_CLAUSE = /(?<!\b(?:cc|bcc|fyi|cc:)\s*)\bxxuser\b/;

/**
 * What shows a person asked, not the bot: their own things or role ("can you revoke your key for the wombats?
 * you're the owner"), the bot spoken of ("… I can't get the bot working"), a right they have ("I'm not sure I'm
 * allowed").
 */
const PERSON_ASKED =
  /\b(?:your|yours|you'?re|you\s+are|ur)\b|\bthe\s+(?:bedrock[\s_]+)?bot\b|\b(?:allowed|permission|rights)\b/;

/** Whether the text asks "you", in so many words, for one of our changes (see above). */
export function changeAskedOfYou(text: string): boolean {
  if (!/\b(?:can|could|would|will)\s+(?:you|u|ya)\b/.test(text) || PERSON_ASKED.test(text)) return false;
  for (const m of text.matchAll(ASKED_OF_YOU)) {
    const verb = m[1] ?? '';
    if (!CHANGE_TAGS.includes(LEXICON[verb] ?? '')) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const end = CLAUSE_END.exec(rest);
    const clause = text.slice(Math.max(0, m.index), from + (end === null ? rest.length : end.index));
    if (PERSON_IN_CLAUSE.test(clause)) return false;
    return true;
  }
  return false;
}

/**
 * The whole message is one change of ours asked of "you", and nothing else: "can you rotate the ads key?", "could
 * you revoke the payments-ml key? cc <@U…>" (a greeting, "please" or thanks around it, a copy at the end); or a
 * command with only a copy after it, "rotate growth, cc <@U…>". The rules read it whole; a copy says nothing of
 * what is asked. `leans`: the classifier reads the rules' change, only less surely (a bare command needs it).
 */
const PLAIN_ASK =
  /^\s*(?:(?:hey|hi|hello|ok|okay)[\s,!]+)?(?:(?:please|pls|plz)\s+)?((?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|pls|plz|kindly|just)\s+)?)?([a-z_]+)\s[^.!?\n]*?[?.!]*(?:[\s,]*(?:please|pls|plz|thanks|thx|ty|thank\s+you)[.!]*)?([\s,(]*(?:cc|fyi)[\s:]*(?:\s*xxuser)+\)?)?[\s.!]*$/;

/** Whether the whole text is one change of ours asked (above), no person asked in it. */
export function plainChangeAsked(text: string, leans: boolean): boolean {
  const m = PLAIN_ASK.exec(withoutAwayAside(text));
  if (m === null || !CHANGE_TAGS.includes(LEXICON[m[2] ?? ''] ?? '') || PERSON_ASKED.test(text)) return false;
  // (A bare command is sure already unless a copy follows it; then only where the classifier leans to it.)
  if (m[1] === undefined && !(m[3] !== undefined && leans)) return false;
  return !PERSON_IN_CLAUSE.test(text);
}

/**
 * Round thirty-four: a last sentence that only tells the writer is away from their machine ("could you revoke the
 * crm-sync key? I'm on the ferry", "… phone is dying"): it asks nothing of its own, so the question before it is
 * the whole ask. (Put to a colleague mentioned first, addressee.ts reads it before this.)
 */
const LAST_SENTENCE = /[?.!]\s+([^.!?\n]{1,60}?)[.!]*\s*$/;
function withoutAwayAside(text: string): string {
  const m = LAST_SENTENCE.exec(text);
  return m === null || !awayAside(m[1] ?? '') ? text : text.slice(0, m.index + 1);
}
/** A short sentence that only tells the writer is away from their machine, asking nothing ("I'm on the ferry"). */
export function awayAside(sentence: string): boolean {
  return (
    sentence.length <= 60 &&
    onTheGo(sentence) &&
    !/\b(?:can|could|would|will|please|pls|plz|need|want)\b/.test(sentence)
  );
}

/**
 * Round thirty-four: a need told first, then the bot asked to meet it now with a pronoun ("Sam needs a token for
 * 2h, can you make one for him? owner <@U…>", "next sprint we need a key for recsys, can you create it now?"): the
 * change asked of "you" is the whole ask. Not one put to a person ("can he DM you directly?"), nor one asked for
 * later ("… can you create it next sprint?").
 */
const MADE_AFTER_NEED =
  /^[^?]*?\b(?:needs?|wants?|requires?)\s+(?:a|an|one|new|fresh)\b[^?]*?[,;.—–-]\s*(?:so\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|pls|plz|just|kindly)\s+)?(?:make|create|generate|issue|mint|set\s+up)\s+(?:it|one|them)(?:\s+(?:now|today|asap|for\s+(?:him|her|them|me|us)))?\s*\?+(?:\s*(?:owner|for)\s*:?\s*xxuser)?[\s.!]*$/;
export function needMetAskedOfYou(text: string): boolean {
  return MADE_AFTER_NEED.test(text) && !PERSON_ASKED.test(text);
}

/**
 * Round thirty-four: the writer's own wish of a change to a key, the whole message ("I'd like the growth key
 * rotated please", "we would like our ads key revoked today"). Not a wish for later or of another's key.
 */
const CHANGE_WISHED =
  /^\s*(?:i'?d|i\s+would|we'?d|we\s+would)\s+like\s+(?:the|my|our)\s+[a-z0-9_]+\s+(?:api\s+)?keys?\s+(?:rotated|revoked|deleted|removed|regenerated|renewed|disabled|deactivated|cycled)(?:\s+(?:now|today|asap))?[\s,]*(?:please|pls|plz|thanks|thx)?[\s.!]*$/;
export function changeWished(text: string): boolean {
  return CHANGE_WISHED.test(text);
}

/**
 * Round thirty-four: the bot asked to carry out now what was told before it ("the plan is to create a key for
 * payroll, can you do it now?", "… could you just do that today?").
 */
const DONE_NOW_ASKED =
  /[,;.—–-]\s*(?:so\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|pls|just)\s+)?do\s+(?:it|that|this|one)\s+(?:now|today|asap|right\s+now|right\s+away)\s*\?+[\s.!]*$/;
export function doneNowAskedOfYou(text: string): boolean {
  return DONE_NOW_ASKED.test(text) && !PERSON_ASKED.test(text);
}
