/**
 * A "could I get X?" that asks what is possible, not for X now (round twenty; README "A question that
 * asks for a token is a request" and "Help carries no lifetime"): help, with the topic the answer leads
 * with. Read on the lowercased message as typed; each test opens with a word test.
 *  - limits: a token asked for in theory and then put off ("in theory could I get a 12h token for a
 *    long-haul ops shift? not now"), against the limit ("a token that lasts longer than 12h?"), before it
 *    is needed ("can I get a 10h token? asking before I plan the data cleaning day"), or a key that never
 *    expires ("is there a way to get a key that doesn't expire?");
 *  - create_key: whether the bot gives the key or another system does ("can the bot give me a key for
 *    the revit plugin or is that a different system?");
 *  - models: which kinds of model it offers ("can we use open-source models through you or is it only
 *    the big commercial ones?");
 *  - regions: whether Bedrock is in a place at all ("is bedrock even available in cape town?").
 * "can I get a 10h token?", "can I have a token for 3h? need it now" stay requests.
 */
import type { HelpTopic } from '../core/request.js';

/** A question whether it can be had: "can I", "could we", "is there a way to", "is it possible to". */
const CAN_ASK =
  /\b(?:can|could|may)\s+(?:i|we|one)\b|\bis\s+there\s+(?:a|any)\s+way\b|\bis\s+it\s+possible\b|\bany\s+way\b/;

/** Put off after the question: "? not now", "? not today", "? not needed yet". */
const PUT_OFF = /\?\W*not\s+(?:now|today|yet|rn|right\s+now|needed\s+(?:yet|now|today))\b/;
/** Against the limit: "longer than 12h", "more than 12 hours". */
const PAST_LIMIT = /\b(?:longer|more)\s+than\s+(?:12|twelve)\s*(?:h|hrs?|hours?)\b/;
/** Before it is needed: "asking before I plan …", "asking ahead of …". */
const AHEAD = /\basking\s+(?:before|ahead|in\s+advance)\b|\bbefore\s+i\s+plan\b/;
/** A key that never runs out. */
const NEVER_EXPIRES =
  /\b(?:doesn'?t|does\s+not|never|won'?t|will\s+not)\s+expire(?!\s+every)|\bwithout\s+(?:an?\s+)?(?:expiry|expiration|end\s+date)\b|\bno\s+expiry\b|\bnon-?expiring\b|\bnever-?expiring\b/;

function limits(t: string): boolean {
  if (!/\b(?:token|key)\b/.test(t) || !CAN_ASK.test(t)) return false;
  if (t.includes('expir')) return NEVER_EXPIRES.test(t);
  return PUT_OFF.test(t) || PAST_LIMIT.test(t) || AHEAD.test(t);
}

/** "… or is that a different system?": whether the bot is where it comes from. */
const OTHER_SYSTEM =
  /\bor\s+is\s+(?:that|it|this)\s+(?:a\s+|from\s+a\s+|another\s+|done\s+in\s+a\s+)?(?:different|another|separate|other)\s+(?:system|tool|process|team)\b|\bor\s+is\s+(?:that|it|this)\s+another\s+(?:system|tool)\b/;

/** Kinds of model weighed: open-source or open-weight against the commercial ones. */
const MODEL_KINDS =
  /\bopen[\s-]?(?:source|weights?)\b[^?\n]{0,60}\bcommercial\b|\bcommercial\b[^?\n]{0,60}\bopen[\s-]?(?:source|weights?)\b/;

/** "is bedrock even available in …", "is bedrock available in … at all". */
const BEDROCK_IN_PLACE =
  /\bis\s+bedrock\s+(?:even\s+|actually\s+|at\s+all\s+)?(?:available|offered|live|supported|out)\s+in\b/;

/** The help topic such a question asks about, or null when it asks for the thing itself. */
export function limitAsked(lowered: string): HelpTopic | null {
  if (!lowered.includes('?')) return null;
  if (limits(lowered)) return 'limits';
  if (lowered.includes('key') && OTHER_SYSTEM.test(lowered)) return 'create_key';
  if (lowered.includes('commercial') && MODEL_KINDS.test(lowered)) return 'models';
  if (lowered.includes('bedrock') && BEDROCK_IN_PLACE.test(lowered)) return 'regions';
  return null;
}
