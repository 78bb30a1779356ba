/**
 * Kinds of message that ask in so many words, which the classifier, which learnt words rather than the kind, may read
 * as nothing when the words around the ask are a story's or another trade's (rule-holds.ts holds the like). Each is a
 * hold of the rules' reading; an action is held at even odds, so it is asked about, never carried out as it stands.
 * (Session fifty: round forty-nine's retrain left each of these to a classifier that leant to nothing by a hair, or
 * more; the rules read them surely.)
 */
import { ACTING_INTENTS as ACTING, type IntentName } from '../core/request.js';
import { DECISION, scoreOf } from './decision-lines.js';
import { type Hold, type HoldCase, nonRequestUnsure } from './rule-holds.js';

/** The classifier reads nothing, and is not sure of it. */
const nothingUnsure = (c: HoldCase['top']): boolean =>
  c !== undefined && c.intent === 'unknown' && c.score < DECISION.sureOther;

/** The verbs that carry out each of our actions, said to the bot. */
const VERBS_OF: Partial<Record<IntentName, string>> = {
  create_key: String.raw`create|make|issue|generate|set\s+up|mint|provision`,
  rotate: String.raw`rotate|cycle|renew|regenerate|roll`,
  revoke: String.raw`revoke|kill|disable|delete|remove|invalidate`,
  deprovision: String.raw`deprovision|offboard|decommission`,
};
const POLITE_ORDER_OF = new Map<IntentName, RegExp>(
  Object.entries(VERBS_OF).map(([intent, verbs]) => [
    intent as IntentName,
    new RegExp(
      String.raw`\b(?:please|pls|plz|kindly)\s+(?:(?:now|just|go\s+ahead\s+and)\s+)?(?:${verbs})\s+(?:the|a|an|our|its|their|this|that|it|them)\b`,
    ),
  ]),
);

/**
 * "the plan is approved, please create the key for growth now", "budget's signed off, pls rotate the claims-bot key":
 * our action ordered with "please" and its own verb after a told clause, the unit named, which the classifier reads as
 * the story around it. Not another trade's thing (mood.ts foreignObject), and not when the classifier is sure.
 */
export const PLEASE_DO: Hold = {
  reads: ACTING,
  sure: true,
  unit: true,
  ours: true,
  classifier: nonRequestUnsure,
  asked: ({ p, ruled }) => POLITE_ORDER_OF.get(ruled.intent)?.test(p.text) === true,
  at: 0.5,
};

/**
 * "how much did we spend on bedrock in may", "our spend is way up this month, can you show me?": what was spent asked
 * of the bot, on our things or on nothing named; a read, which does nothing. Not what was spent on another thing
 * ("how much did we spend on port dues in Bodrum?"), and not a question put to a colleague named (p.mentions).
 */
const SPEND_ASKED =
  /\bhow\s+much\s+(?:did|have|has|do|does)\s+(?:we|i|you|[a-z0-9_-]+)\s+(?:spend|spent)\b|\bspend\w*\b[^.?!\n]{0,60}\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:show|tell|send|give)\s+(?:me|us)\b/;
/** What the spending was on or in, when it is said ("spent in the catering of the fair", Spanish "gastado en"). */
const SPENT_ON = /\b(?:spend|spent|spending)\s+(?:on|for|in|at)\s+(?:the\s+|our\s+)?([a-z0-9_-]+)/;
/** Our things spent on. */
const OURS_SPENT_ON = new Set('bedrock ai claude llm llms genai models tokens xxperiod xxregion'.split(' '));
export const SPEND_ASKED_OF_US: Hold = {
  reads: new Set<IntentName>(['spend']),
  classifier: nothingUnsure,
  asked: ({ p }) => {
    if (p.mentions.length > 0 || !SPEND_ASKED.test(p.text)) return false;
    const on = SPENT_ON.exec(p.text)?.[1];
    return on === undefined || OURS_SPENT_ON.has(on);
  },
  at: (c) => Math.max(scoreOf(c.scored, 'spend'), 0.5),
};

/**
 * "what's the history of the key for the churn model owned by the retention squad?": the history of one of our
 * credentials asked, a unit named; a read, which does nothing. ("price history for the bund", "watch history for user
 * 4421" name no credential.)
 */
const HISTORY_OF_CREDENTIAL =
  /\bhistory\s+of\s+(?:the|our|my|this|that|their|its)\s+(?:[a-z0-9_-]+\s+){0,2}?(?:keys?|tokens?|api_keys?|access_keys?|credentials?|creds)\b/;
export const CREDENTIAL_HISTORY: Hold = {
  reads: new Set<IntentName>(['history']),
  sure: true,
  unit: true,
  classifier: nothingUnsure,
  asked: ({ p }) => p.mentions.length === 0 && HISTORY_OF_CREDENTIAL.test(p.text),
  at: (c) => Math.max(scoreOf(c.scored, 'history'), 0.5),
};

/**
 * "token in ohio? no, Frankfurt": a token asked as a question and its Region taken back and named again: the writer
 * answers the question, so the token is asked for, in the Region named last, whatever the classifier makes of the
 * question (help). At even odds, so it is asked about.
 */
const PLACE_TAKEN_BACK =
  /\?\s*(?:no|nah|nope|sorry|actually|wait|or\s+rather)\b[\s,.!—–-]*(?:(?:make\s+it|rather|in|better)\s+)?xxregion\b/;
export const TOKEN_PLACE_CORRECTED: Hold = {
  reads: new Set<IntentName>(['token']),
  ours: true,
  classifier: nonRequestUnsure,
  asked: ({ p, ruled }) => ruled.region !== null && p.regions.length >= 2 && PLACE_TAKEN_BACK.test(p.text),
  at: (c) => Math.max(scoreOf(c.scored, 'token'), 0.5),
};
