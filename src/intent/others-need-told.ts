/**
 * A need told of others, or a request put to a colleague by a typed handle, after the message's first
 * question (review E of round twenty-two, fix22e): "who here has bedrock already? our plant team needs a
 * token for 2h, they'll ask themselves", "does anyone have bedrock? Marta needs a token for 3 hours", "who
 * has bedrock here? @Priya please get a token for 2h". The writer asks who has it and tells of someone
 * else's need, or asks a colleague to get it: no request of the bot's. (Not "… ? I need a token for 2h",
 * "… ? we need a key": the writer's own need.) Read on what follows the first question only; one anchored
 * pattern each, no nested quantifiers.
 */

/** "@Priya please …", "@dave can you …" at the start: a colleague asked by a typed handle. */
const HANDLE_ASKED =
  /^[ \t]*@[a-z][a-z0-9._-]{0,30}[ \t,:]+(?:please|pls|plz|can[ \t]+you|could[ \t]+you|would[ \t]+you|get|grab|request|ask)\b/;

/** Someone else's need: "our plant team needs", "my colleague needs", "marta needs", "they want". */
const OTHERS_NEED = new RegExp(
  String.raw`^[ \t]*(?:and[ \t]+|but[ \t]+|also[ \t]+)?(?:(?:our|my|the|their|his|her|a)[ \t]+(?:[a-z0-9-]{1,20}[ \t]+){0,3}?(?:team|colleague|coworker|co-worker|manager|boss|lead|client|customer|intern|friend|partner|vendor|contractor|plant|site|lab|dept|department|group|squad|folks|people|analyst|engineer|dev|developer|student|teacher)s?|they|he|she|(?!(?:we|i|us|it|this|that|who|what|which|just|only|dont|really|still|also|so|then|now|actually|anyway|basically|simply|mostly|ok|okay)\b)[a-z]{2,20})[ \t]+(?:needs?|wants?|would[ \t]+like|(?:is|are)[ \t]+asking[ \t]+for|asked[ \t]+(?:for|me|us))\b`,
);

/**
 * The first question asks who has it, or whether anyone or Bedrock does ("who here has bedrock?", "does
 * anyone have bedrock?", "is bedrock set up here?"): not a request of its own ("can the Marketing Team get a
 * key? they want to generate ad copy", "can you give me access for 24h? our colleagues need it").
 */
const WHO_HAS_OPENS =
  /^[ \t]*(?:(?:hey|hi|hello|morning)[ \t,!]+)?(?:who|whom|anyone|anybody|(?:does|did|has|is|do)[ \t]+(?:anyone|anybody|someone|somebody|bedrock|any[ \t]+(?:team|one)))\b/;

/** Whether what follows the first question tells of another's need or asks a colleague (lowercase text). */
export function othersNeedAfterQuestion(lower: string): boolean {
  const q = lower.indexOf('?');
  if (q < 0 || !WHO_HAS_OPENS.test(lower)) return false;
  let at = q + 1;
  while (at < lower.length && lower[at] === '?') at++;
  const rest = lower.slice(at, at + 300);
  return HANDLE_ASKED.test(rest) || OTHERS_NEED.test(rest);
}

/**
 * known24: another's need, then a question whether they may ask the bot themselves ("Sam wants a token for
 * 2h, can he DM you directly?", "Priya needs a key for search, can she just message the bot herself?"): a
 * question on another's behalf about how to ask, nothing asked of the bot now.
 */
const THEY_MAY_ASK =
  /(?:^|[.!?,;:—–-][ \t]*)(?:(?:and|so|but)[ \t]+)?(?:can|could|may|should|shall|must|does|do|is|are)[ \t]+(?:he|she|they|[a-z]{2,20})[ \t]+(?:just[ \t]+|simply[ \t]+|also[ \t]+)?(?:dm|pm|message|msg|ping|ask|reach|contact|talk[ \t]+to|request|allowed[ \t]+to|have[ \t]+to[ \t]+(?:go|ask)|need[ \t]+to[ \t]+(?:go|ask))\b/;

/** Whether the text opens with another's need and asks whether they may ask themselves (lowercase text). */
export function othersNeedAskedHow(lower: string): boolean {
  if (!lower.includes('?') && !lower.includes(' dm')) return false;
  const at = lower.search(/\bneeds?\b|\bwants?\b|\bwould\s+like\b|\basking\s+for\b|\basked\s+for\b/);
  if (at < 0 || at > 80 || !OTHERS_NEED.test(lower.slice(0, at + 40))) return false;
  return THEY_MAY_ASK.test(lower.slice(at, at + 300));
}

/**
 * The writer told the other to ask the bot themselves (round twenty-five): "I told him to ask the bot
 * himself", "told her to just ask the bot", "I said she can ask the bot herself" (not "she told me to ask
 * the bot", which puts the writer up to ask).
 */
const TOLD_TO_ASK_BOT =
  /\b(?:told|tell|telling)[ \t]+(?!me\b|us\b)[a-z]{2,20}[ \t]+to[ \t]+(?:just[ \t]+|simply[ \t]+|go[ \t]+(?:and[ \t]+)?)?(?:ask|dm|message|ping|use)[ \t]+(?:the[ \t]+)?(?:bot|bedrock)\b|\b(?:said|say|told[ \t]+(?:him|her|them))[ \t]+(?:that[ \t]+)?(?:he|she|they)[ \t]+(?:can|could|should|may|must|has[ \t]+to|have[ \t]+to)[ \t]+(?:just[ \t]+)?(?:ask|dm|message|ping|use)[ \t]+(?:the[ \t]+)?(?:bot|bedrock)\b/;

/**
 * Another's need or errand, then the writer's answer that they ask the bot themselves ("my manager wants
 * me to get an api key for our team but I told him to ask the bot himself", "Sam wants a key for tours,
 * told him to ask the bot himself"): a story, nothing asked of the bot (lowercase text).
 */
export function othersToldToAskBot(lower: string): boolean {
  if (!lower.includes('bot') && !lower.includes('bedrock') && !WRITER_ANSWERED_CHEAP.test(lower))
    return false;
  const at = lower.search(
    /\bneeds?\b|\bwants?\b|\bwould\s+like\b|\basking\s+for\b|\basked\s+(?:for|me|us)\b/,
  );
  if (at < 0 || at > 80 || !OTHERS_NEED.test(lower.slice(0, at + 40))) return false;
  const rest = lower.slice(at, at + 300);
  const told = TOLD_TO_ASK_BOT.exec(rest) ?? WRITER_ANSWERED.exec(rest);
  // (Not "… I told them to ask the bot, can you just make it for them?": the bot is asked after all.)
  return told !== null && !ASKED_AFTER.test(lower.slice(at + told.index + told[0].length));
}
/**
 * notours28: the writer's own answer to the other, in a clause of its own ("the client asked us to rotate their
 * API key …, I told them it's self-service in the portal", "a customer asked me to revoke their key, I pointed
 * them to the portal", "… — told them to do it in their own dashboard", "…, I said no"): the request was
 * answered, a story; the bot is asked only with ASKED_AFTER's words after it ("…, I told them we would, can you
 * rotate it?").
 */
const WRITER_ANSWERED_CHEAP = /\b(?:told|pointed|sent|directed|referred|said|replied|explained|answered)\b/;
const WRITER_ANSWERED =
  /[,;.—–-][ \t]*(?:(?:and|so|but)[ \t]+)?(?:i[ \t]+|we[ \t]+)?(?:told|pointed|sent|directed|referred)[ \t]+(?:him|her|them)\b|[,;.—–-][ \t]*(?:(?:and|so|but)[ \t]+)?(?:i|we)[ \t]+(?:said|replied|explained|answered)\b/;

/** The bot asked after all. */
const ASKED_AFTER = /\b(?:can|could|would)[ \t]+(?:you|u)\b|\b(?:please|pls|plz)\b/;

/** A person's (not a team's) need of a token told, with nothing asked of the bot: "Sam needs a token for 2h". */
const PERSON_NEEDS_TOKEN =
  /^[ \t]*(?:(?:my|our|his|her|their)[ \t]+(?:colleague|coworker|co-worker|manager|boss|lead|intern|friend|teammate|team[ \t]+mate)|he|she|(?!(?:we|i|it|this|that|who|what|which|someone|somebody|anyone|everyone|nobody)\b)[a-z]{2,20})[ \t]+(?:needs|wants)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:new[ \t]+)?(?:bedrock[ \t]+)?tokens?\b/;
/** What makes it asked of the bot: a courtesy, a request frame, an owner or a person named for it. */
const ASKED_OF_BOT =
  /\b(?:please|pls|plz|can[ \t]+(?:you|u)|could[ \t]+(?:you|u)|would[ \t]+(?:you|u)|for[ \t]+(?:him|her|them)|owner|on[ \t]+behalf)\b|<@|@/;

/** known24: "Sam needs a token for 2h" told, no ask of the bot: asked about, never acted on (lowercase text). */
export function personNeedTold(lower: string): boolean {
  return (
    (lower.includes('needs') || lower.includes('wants')) &&
    PERSON_NEEDS_TOKEN.test(lower) &&
    !ASKED_OF_BOT.test(lower)
  );
}

/**
 * Round thirty-one: the writer sends another to ask the bot ("I will tell my team to ask you for a token for 4
 * hours", "we told the new hire to ask you for a token"): what they will ask is theirs, nothing is asked now (not
 * "my boss told me to ask you …" or "I was told to ask you …", which put the writer up to ask; nor with the
 * writer's own ask after it, "…, but can you give me one now").
 */
const SENT_TO_ASK =
  /\b(?:i|we)[ \t]+(?:(?:will|'ll|’ll|shall|am[ \t]+going[ \t]+to|'m[ \t]+going[ \t]+to|’m[ \t]+going[ \t]+to|just|already|have|'ve|’ve)[ \t]+)*(?:told|tell|asked|ask|sent|send|get|got)[ \t]+(?!me\b|us\b|myself\b|ourselves\b)(?:[a-z'’-]+[ \t]+){1,3}?to[ \t]+(?:just[ \t]+)?(?:ask|dm|message|ping)[ \t]+(?:you|u|the[ \t]+bot|bedrock)\b/;
const OWN_ASK_AFTER =
  /\b(?:but|please|pls|plz|can[ \t]+(?:you|u|i)|could[ \t]+(?:you|u|i)|meanwhile|for[ \t]+now)\b/;

/** Whether the writer sends another to ask the bot, and asks nothing themselves (above; lowercase text). */
export function sentToAskBot(lower: string): boolean {
  const m = SENT_TO_ASK.exec(lower);
  return m !== null && !OWN_ASK_AFTER.test(lower.slice(m.index + m[0].length));
}
