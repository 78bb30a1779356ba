/**
 * Whether a text names something of ours (round twenty-one, fix21a): one test shared by the "not ours"
 * readers (not-ours.ts, told-to-people.ts), which had four copies that drifted apart. Ours are a
 * credential ("token", "key", "creds"), the bot or Bedrock, a model, and a unit: a name followed by a
 * group noun ("the reservations team", "the bookings unit", "the fob programmer team", "the entry card
 * project"), never a flat's number ("unit 4F") nor "every unit".
 */

/**
 * Our credentials, the bot, Bedrock, AWS, a model, usage and quotas. (fix52c, tuned-freight: and the model makers
 * whose names are no everyday word, "do we have cohere embed? want to search in shipment history": a model asked for.)
 */
const OUR_WORDS =
  /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds|api|bedrock|aws|claude|llms?|genai|ai|models?|bots?|assistant|sonnet|usage|quotas?|anthropic|mistral|mixtral|pixtral|cohere|deepseek|jamba|qwen)\b/;

/** A group noun naming a unit: "team", "unit", "squad", "desk", "project", "platform". */
export const GROUP_NOUN = String.raw`(?:teams?|units?|squads?|desks?|groups?|crews?|projects?|platforms?)`;

/**
 * A group noun after a name, as a lookahead's body: "bookings unit", "arrears team". (Not a flat or a
 * room: "unit 4F", "unit 12".)
 */
export const UNIT_AFTER = String.raw`\s+${GROUP_NOUN}\b(?!\s+[a-z]?\d)`;

/**
 * A unit named with a group noun: "for the arrears team", "our interviews team", "the security guards
 * team" (a name of up to two words after the/our/for/of/on).
 */
const UNIT_NAMED = new RegExp(
  String.raw`\b(?:the|our|for|of|on)\s+(?!(?:every|each|any|all|this|that|a|an|the|one|which|whole|same|other|new|your|my)\s)[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?${UNIT_AFTER}`,
);

/** Whether the text (lowercased) names a credential, the bot, a model or a unit of ours. */
export function namesOurs(lowered: string): boolean {
  return OUR_WORDS.test(lowered) || UNIT_NAMED.test(lowered);
}

/**
 * Whether the text names a thing of ours or gives one of our commands, a unit aside (asks23): "the first aid
 * certificates for the yard team expire next month" names a team, but nothing of ours is said of it.
 */
export function namesOurThing(lowered: string): boolean {
  return OUR_WORDS.test(lowered) || OUR_COMMAND.test(lowered);
}

/**
 * A command of ours (round twenty-two, fix22d): the one list the "not ours" readers share ("rotate the
 * marking key", "the clinical credentials leaked, revoke them": a command of ours is something of ours).
 */
export const OUR_COMMAND = /\b(?:rotate|revoke|deprovision|offboard|create|issue|generate|renew)\b/;

/**
 * A lifetime, raw ("for 2h", "a 30 day expiry", "ttl") or prepared ("xxdur", "xxperiod"): a token's
 * lifetime is ours ("give me a marking key for 2h", "who approves over 24h?").
 */
export const LIFETIME =
  /\b\d+\s*(?:h|hrs?|hours?|d|days?|mins?|minutes?|w|wks?|weeks?)\b|\b(?:ttls?|lifetimes?|xxdur|xxperiod|expir(?:y|ies))\b/;

/** The bot spoken to or of: "the DMs from you", "notifications from you", "the bot's reminders". */
const THE_BOT = /\b(?:from|by|with)\s+(?:you|u)\b|\b(?:bot|bots|assistant)\b|\breminders?\b/;

/**
 * Whether the text (lowercased, raw or prepared) asks something of ours: names ours (namesOurs), gives
 * one of our commands, a lifetime, or speaks of the bot. The one check the readers of round twenty-two
 * that make a text a non-request share (not-ours.ts, mood.ts, other-trade-question.ts): each had its own
 * short list, and each missed something different.
 */
export function asksOurs(lowered: string): boolean {
  return namesOurs(lowered) || OUR_COMMAND.test(lowered) || LIFETIME.test(lowered) || THE_BOT.test(lowered);
}
