/**
 * A "could I get X?" that asks what is possible, not for X now (round twenty; README "A question that
 * asks for a token is a request" and "Help carries no lifetime"): help, with the topic the answer leads
 * with. Read on the lowercased message as typed; each test opens with a word test.
 *  - limits: a token asked for in theory and then put off ("in theory could I get a 12h token for a
 *    long-haul ops shift? not now"), a token against its 12-hour cap ("a token that lasts longer than
 *    12h?"), asked ahead of the need ("can I get a 10h token? asking before I plan the data cleaning
 *    day", not "… need it at 6pm"), or a key that never expires ("is there a way to get a key that
 *    doesn't expire?"), each read in the question that asks;
 *  - create_key: whether the bot gives the key or another system does ("can the bot give me a key for
 *    the revit plugin or is that a different system?");
 *  - models: which kinds of model it offers ("can we use open-source models through you or is it only
 *    the big commercial ones?");
 *  - regions: whether Bedrock is in a place at all ("is bedrock even available in cape town?"), or a thing
 *    in a place with the nearest place offered instead ("… in Manila? or the closest is Singapore?").
 * "can I get a 10h token?", "can I have a token for 3h? need it now" stay requests.
 */
import type { HelpTopic } from '../core/request.js';
import { asksNearestInstead } from './whether-possible.js';
import { LIMIT_TAIL } from './help-topic.js';
import { capDoubted } from './cap-doubted.js';

/** A question whether it can be had: "can I", "could we", "is there a way to", "is it possible to", "any chance". */
const CAN_ASK =
  /\b(?:can|could|may)\s+(?:i|we|one)\b|\bis\s+there\s+(?:a|any)\s+way\b|\bis\s+it\s+possible\b|\bany\s+(?:way|chance)\b/;

/** Put off after the question: "? not now", "? not today", "? not needed yet". */
const PUT_OFF = /\?\W*not\s+(?:now|today|yet|rn|right\s+now|needed\s+(?:yet|now|today))\b/;
/**
 * A token against its 12-hour cap: "longer than 12h", "more than 12 hours" (keys are asked in days); round
 * twenty-four: also "over 12 hours", "beyond 12 hrs", "past 12h", "above 16h", any number of hours from the
 * cap up ("any way to have a token over 12 hours?"), not a span back ("in the past 12 hours").
 */
const PAST_LIMIT =
  /\b(?:(?:longer|more)\s+than|over|beyond|(?<!\b(?:the|last)\s)past|above|exceeding)\s+(?:1[2-9]|[2-9]\d|twelve|fifteen|sixteen|eighteen|twenty)\s*(?:h|hrs?|hours?)\b/;
/**
 * Round twenty-two: the cap asked past in few words, as the message's opening, whatever purpose follows
 * ("longer than 12h possible? for the overnight state test data load", "more than 12 hours possible for
 * the weekend batch?", "token longer than 12h possible?"); not a shift or a flight ("is a shift longer
 * than 12h possible under the contract?": only a token, "anything" or nothing may stand before it); "over
 * 12h possible?", "can I go longer than 12h? overnight load" too (the question ending
 * there: "can we go longer than 12h without a break on the night shift?" is a shift's).
 * (notours28: and on a condition, the question ending with it: "longer than 12h if the MLRO agrees?", "over 12 hours
 * with CAB approval?" — README "Help carries no lifetime", on a condition.)
 */
const PAST_CAP_POSSIBLE =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:is|are|a)[ \t]+)?(?:(?:token|tokens|anything|something|one)[ \t]+)?(?:(?:longer|more)[ \t]+than|over|beyond|>)[ \t]*(?:12|twelve)[ \t]*(?:h|hrs?|hours?)[ \t]+(?:(?:even|ever|at[ \t]+all)[ \t]+)?(?:possible|doable|allowed|ok|okay|supported|an[ \t]+option)\b|^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:can|could)[ \t]+(?:i|we)[ \t]+(?:go|run|have[ \t]+it|get[ \t]+it|keep[ \t]+it)[ \t]+(?:longer|more)[ \t]+than[ \t]+(?:12|twelve)[ \t]*(?:h|hrs?|hours?)[ \t]*\?|^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:token|tokens|one)[ \t]+)?(?:(?:longer|more)[ \t]+than|over|beyond)[ \t]*(?:12|twelve)[ \t]*(?:h|hrs?|hours?)[ \t]+(?:if|with|once|provided)[ \t][^?\n]{1,60}\?/;
/**
 * fix22b: hours that are people's, anywhere in the message ("over 12h ok? lol our shifts are killing me",
 * "… the kids sleep over at grandma's", "over 12h ok for the fasting?"): a shift, a stay, a fast, a trip.
 */
const PEOPLES_HOURS =
  /\b(?:shifts?|overtime|rota|kids?|children|sleep(?:over)?|grandma|babysit\w*|airbnb|hotel|check-?out|venue|fast(?:ing)?|flights?|drive|driving|commute|nap|labou?r|workday)\b/;
/** Asked ahead of the need: "asking before I plan …", "asking ahead of …", "Before I plan the run: …". */
const AHEAD = /\basking\s+(?:before|ahead|in\s+advance)\b|\bbefore\s+i\s+plan\b/;
/**
 * The need is now or set: "need it at 6pm", "I want it before I plan the migration": a request, not a
 * question ahead.
 */
const NEEDED = /\b(?:need|want)\s+(?:it|one|this|to)\b/;
/**
 * dev26b: a bound asked in a bare question ("is there a minimum?", "what's the max duration?", "is there a min
 * ttl?"), the question ending there, and a lifetime told after it ("i only need like 5 min"): the bound is
 * asked, the lifetime is why (README "Help carries no lifetime": "is there a minimum? I only need 5 min").
 * (Round thirty-five: the bound put to the bot in few words, opening the message: "lowest ttl you'll do? one prompt
 * test needs like 5 min max".)
 */
const BOUND_ASKED =
  /\b(?:is\s+there\s+(?:a|an|any)|what(?:'s|’s|\s+is)\s+the)\s+(?:min(?:imum)?|max(?:imum)?|shortest|longest)(?:\s+(?:duration|ttl|lifetime|length|time))?\s*\?|^\W*(?:(?:so|ok|and|also)\W+)?(?:the\s+)?(?:lowest|shortest|min(?:imum)?|highest|longest|max(?:imum)?)\s+(?:token\s+)?(?:ttl|duration|lifetime|length)\s+(?:you|u)(?:'ll|’ll|\s+will|\s+can|\s+would)?\s+(?:do|give|allow|go|issue|support)\s*\?/;
/** A lifetime in minutes or hours told after it. */
const LIFETIME_TOLD = /\d\s*(?:m|mins?|minutes?|h|hrs?|hours?)\b|\b(?:minutes?|hours?)\b/;
/** A credential asked for by name after the question ("is there a minimum? need a token for 20 min now"). */
const CREDENTIAL_NAMED = /\b(?:tok(?:e?n)s?|keys?|creds?|credentials?|login|access)\b/;

/**
 * The bound asked, the lifetime after it told as the need, no credential asked for there (nor people's hours):
 * what follows the question is why it is asked, never a request of its own.
 */
export function boundAskedWithNeed(lowered: string): boolean {
  if (
    !(lowered.includes('min') || lowered.includes('max') || lowered.includes('est')) ||
    !BOUND_ASKED.test(lowered)
  )
    return false;
  const after = lowered.slice(lowered.indexOf('?'));
  return LIFETIME_TOLD.test(after) && !CREDENTIAL_NAMED.test(after) && !PEOPLES_HOURS.test(lowered);
}

/** A key that never runs out. */
const NEVER_EXPIRES =
  /\b(?:doesn'?t|does\s+not|never|won'?t|will\s+not)\s+expire(?!\s+every)|\bwithout\s+(?:an?\s+)?(?:expiry|expiration|end\s+date)\b|\bno\s+expiry\b|\bnon-?expiring\b|\bnever-?expiring\b/;

/**
 * dev29: the bot asked whether it makes a key that never runs out, the key its object with nothing between ("Can
 * you make a key that never expires? our vendor integration hates rotations"); not a unit's key asked so ("can you
 * create a key for marketing-ops that never expires"), nor "… doesn't expire. Can you make that?".
 */
const YOU_MAKE_UNENDING =
  /\b(?:can|could|would|will)\s+(?:you|u)\s+(?:make|create|give|issue|generate|set\s+up)\s+(?:(?:me|us|a|an|one|api|bedrock|long[\s-]?term|permanent|non-?expiring)\s+){0,3}keys?\s+(?:(?:that|which)\s+(?:never|doesn'?t|does\s+not|won'?t|will\s+not)\s+expires?|without\s+(?:an?\s+)?(?:expiry|expiration))\b|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:make|create|give|issue|generate)\s+(?:(?:me|us|a|an|one)\s+){0,2}non-?expiring\s+(?:api\s+)?keys?\s*\?/;

/**
 * Read on the question that asks (up to its first "?"), so that what follows is the story: "can I get a
 * token for 10h? I know more than 12 hours isn't allowed", "a key that expires in 30 days? the old one
 * doesn't expire".
 */
function limits(t: string): boolean {
  if (!/\b(?:token|tokn|key)s?\b/.test(t)) return false;
  const asks = t.slice(0, t.indexOf('?') + 1);
  if (!CAN_ASK.test(t)) return asks.includes('expir') && YOU_MAKE_UNENDING.test(asks);
  if (asks.includes('expir')) return NEVER_EXPIRES.test(asks);
  if (PUT_OFF.test(t)) return true;
  if (PAST_LIMIT.test(asks)) return /\btok(?:e?n)s?\b/.test(asks) && !/\bkeys?\b/.test(asks);
  return AHEAD.test(t) && !NEEDED.test(t);
}

/**
 * "… or is that a different system?": whether the bot is where a key comes from (not "rotate the
 * payments key or is that another team's job?": a command, whoever else might do it).
 */
const OTHER_SYSTEM =
  /\bor\s+is\s+(?:that|it|this)\s+(?:a\s+|from\s+a\s+|another\s+|done\s+in\s+a\s+)?(?:different|another|separate|other)\s+(?:system|tool|process)\b/;
const COMMAND = /\b(?:rotate|revoke|deprovision|offboard|delete|kill)\b/;

/** Kinds of model weighed: open-source or open-weight against the commercial ones. */
const MODEL_KINDS =
  /\bopen[\s-]?(?:source|weights?)\b[^?\n]{0,60}\bcommercial\b|\bcommercial\b[^?\n]{0,60}\bopen[\s-]?(?:source|weights?)\b/;

/** "is bedrock even available in …", "is bedrock available in … at all". */
const BEDROCK_IN_PLACE =
  /\bis\s+bedrock\s+(?:even\s+|actually\s+|at\s+all\s+)?(?:available|offered|live|supported|out)\s+in\b/;

/**
 * fix33c: a token asked whether it can be had past its 12-hour cap, as a question about the cap: whether it lasts
 * a span past it ("can a token last a whole 14h shift?"), or whether one past it may be had on someone's sign-off
 * ("could I get a 16h token if Rachel signs it off?"). Hours from 13 up, so "can a token last 8h?" stays as read.
 */
const OVER_CAP = String.raw`(?:1[3-9]|[2-9]\d)\s*(?:h|hrs?|hours?|-hours?)`;
const LASTS_PAST_CAP = new RegExp(
  String.raw`\b(?:can|could|will|would|does|do)\s+(?:a|the|my|one|our)\s+tokens?\s+(?:last|run|stay\s+valid|be\s+valid|cover)\s+(?:a\s+|an\s+)?(?:(?:whole|full|entire)\s+)?${OVER_CAP}\b`,
);
const PAST_CAP_SIGNED = new RegExp(
  String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:get|have)\s+(?:a|an|one)\s+${OVER_CAP}\s+tokens?\s+if\s+[^?]{0,40}\b(?:signs?|approves?|okays?|oks?)\b`,
);

/**
 * Round thirty-seven's retrain: hours past the cap asked whether possible, the hours people's ("more than 12 hours
 * possible? asking for the hotel checkout"): a stay's or a shift's, never the bot's limits, however surely the
 * classifier reads the cap's words as help (the rules read nothing of it).
 */
export const peoplesHoursPastCap = (lowered: string): boolean =>
  lowered.includes('?') &&
  (lowered.includes('12') || lowered.includes('twelve')) &&
  PAST_CAP_POSSIBLE.test(lowered) &&
  PEOPLES_HOURS.test(lowered);

const TOKEN_NOUN = /\btok(?:e?n)s?\b|\bone\b/;

/** The help topic such a question asks about, or null when it asks for the thing itself. */
export function limitAsked(lowered: string): HelpTopic | null {
  if (!lowered.includes('?')) return null;
  if (limits(lowered)) return 'limits';
  if (lowered.includes('token') && (LASTS_PAST_CAP.test(lowered) || PAST_CAP_SIGNED.test(lowered)))
    return 'limits';
  if (boundAskedWithNeed(lowered)) return 'limits';
  // (Round sixty: the cap doubted, "is 12h really the max? the job takes ~20h": cap-doubted.ts.)
  if (capDoubted(lowered)) return 'limits';
  // (fix45a, tuned-bpo: a token's lifetime asked, then the limit weighed after the question, "can tokens be 16 hours?
  // or is 12 the max", "could I get one for 10h? or is that too long": against the limit, README "A question that asks
  // for a token".)
  if (lowered.includes(' or ') && LIMIT_TAIL.test(lowered) && TOKEN_NOUN.test(lowered)) return 'limits';
  if (
    (lowered.includes('12') || lowered.includes('twelve')) &&
    PAST_CAP_POSSIBLE.test(lowered) &&
    !PEOPLES_HOURS.test(lowered)
  )
    return 'limits';
  if (lowered.includes('key') && OTHER_SYSTEM.test(lowered) && !COMMAND.test(lowered)) return 'create_key';
  if (lowered.includes('commercial') && MODEL_KINDS.test(lowered)) return 'models';
  if (lowered.includes('bedrock') && BEDROCK_IN_PLACE.test(lowered)) return 'regions';
  // (foreign26: "can I have a token in Manila? or the closest is Singapore?": whether it is had there.)
  if (asksNearestInstead(lowered)) return 'regions';
  return null;
}
