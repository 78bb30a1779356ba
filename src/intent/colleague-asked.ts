/**
 * Round fifty-eight (quiet; tuned-care, -delegates, -dental, -ferry, -lifts, -mobile, -parking, -tax): a question about
 * our keys or the bot put to a colleague, not to the bot. "… we'd have to set up a unit first, right Eleni?",
 * "should I get a token or wait for the data pod's key? Priya what do you think", "is the key for x the one in the
 * Postman collection? asking <@U…>", "question for the group:
 * how do you all handle key handovers?", "do you think the bot would give a token to a subcontractor?", "did the bot
 * ever send you the token?": a person is named or tagged as the one asked, the channel is polled, a colleague's opinion
 * of the bot is sought, or "you" is someone the bot did something for. The bot is spoken of, not spoken to, so its help
 * answers nothing (README "Help or unknown"). A mention closing a question is not read here: without the bot's ID it
 * may be the bot's ("what are my teams? <@U…>"). Read on the message as written: names are told by their capital.
 */

/** A word that names the bot itself, never a colleague. */
const BOT_NAMES = new Set([
  'bot',
  'bedrock',
  'bedrockbot',
  'claude',
  'help',
  'pls',
  'please',
  'thanks',
  'slack',
]);
/** "…, right Eleni?", "…, yeah Dani?": a tag question put to a named person. */
const TAG_TO_NAME = /,\s*(?:right|yes|yeah|correct|ok|okay),?\s+([A-Z][a-z]{2,})\s*[?？]/;
/** "Priya what do you think", "what do you reckon, Sam?", "thoughts Tom?", "Tom wdyt". */
const NAME_OPINION = /\b([A-Z][a-z]{2,}),?\s+(?:what\s+do\s+(?:you|u)\s+(?:think|reckon)|thoughts\b|wdyt\b)/;
const OPINION_NAME = /\b(?:what\s+do\s+(?:you|u)\s+(?:think|reckon)|thoughts|wdyt),?\s+([A-Z][a-z]{2,})\b/;
/** "… asking <@U…>", "… asking Priya", "… asking Tomás not the bot": the one asked named at the end. */
const ASKING_NAMED =
  /\basking\s+(?:<@[A-Z0-9]+(?:\|[^>]*)?>|([A-Z][a-zà-ÿ]{2,}))(?:,?\s+not\s+(?:the\s+)?bot)?\s*[.!]*\s*$/;

/** "question for the group:", "q for the team", "poll for everyone". */
const FOR_THE_GROUP =
  /\b(?:question|q|poll)\s+for\s+(?:the\s+|you\s+)?(?:group|team|channel|room|all|everyone|everybody|folks)\b/i;
/** "do you think the bot would …", "d'you reckon the bot will …": a colleague's opinion of the bot. */
const OPINION_OF_BOT = /\b(?:do|d['’])\s*(?:you|u|ya)\s+(?:think|reckon)\s+(?:the\s+)?(?:bedrock\s+)?bot\b/i;
/** "did the bot ever send you the token", "has the bot DMed you": "you" is whom the bot did something for. */
const BOT_DID_FOR_YOU =
  /\bthe\s+(?:bedrock\s+)?bot\s+(?:ever\s+|already\s+|actually\s+|finally\s+)?(?:send|sent|give|gave|dm|dmed|dm['’]d|message|messaged|ping|pinged)\s+(?:you|u)\b/i;

/**
 * Round sixty (tuned-styles-followups, authors-stewards): a leading mention, then the bot spoken of ("<@U…> the bot wants
 * an owner for the key, can I put you?"), a choice the one tagged made asked ("<@U…> which expiry did you put on the x
 * key, 90 or 180?"), or the team's decision sought ("<@U…> are we rotating or revoking for INC-1? need a decision"):
 * the one tagged is a colleague, since no one speaks of the bot or asks it what it chose while tagging it.
 */
const MENTION_FIRST = String.raw`^\s*<@[A-Z0-9]+(?:\|[^>]*)?>`;
const TAGGED_BOT_SPOKEN_OF = new RegExp(
  String.raw`${MENTION_FIRST}[^?]{0,80}?\bthe\s+(?:bedrock\s+)?bot\s+(?:wants|needs|asks|asked|says|said|keeps|told)\b[^?]{0,80}\b(?:you|u)\b`,
  'i',
);
const TAGGED_CHOICE_ASKED = new RegExp(
  String.raw`${MENTION_FIRST}[^?]{0,60}?\bdid\s+(?:you|u)\s+(?:put|set|pick|choose|chose|go\s+with|settle\s+on|decide\s+on|agree\s+on)\b`,
  'i',
);
/** "are we rotating or revoking …? need a decision", "do we X or Y? we need to decide": the team deciding. */
const TEAM_DECIDES =
  /\b(?:are|do|should|shall)\s+we\b[^?]{0,60}\bor\b[^?]{0,60}\?[^?]{0,40}\b(?:need|want)\s+(?:a\s+)?(?:decision|call)\b|\b(?:are|do|should|shall)\s+we\b[^?]{0,60}\bor\b[^?]{0,60}\?[^?]{0,40}\bwe\s+(?:need|have)\s+to\s+decide\b/i;

/**
 * Round sixty (authors-followups): how it went for the others, "how long did the approval take for you guys?", "how
 * long did it take for you all?": the colleagues' experience is asked, not how the bot works.
 */
const HOW_IT_WENT_FOR_YOU =
  /\bhow\s+(?:long|fast|quick(?:ly)?)\s+did\s+(?:it|that|the\s+\w+|your\s+\w+)\s+(?:\w+\s+)?take\s+for\s+(?:you|u|y['’]?all)(?:\s+(?:guys|all|folks|lot|two|both))?\b/i;

/** Whether a name caught by a pattern is a person's, not the bot's or a polite word's. */
function personNamed(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  const name = match[1];
  return name === undefined || !BOT_NAMES.has(name.toLowerCase());
}

/** Whether the message's question is put to a colleague (or the channel), not to the bot. */
export function colleagueAsked(text: string): boolean {
  return (
    personNamed(TAG_TO_NAME.exec(text)) ||
    personNamed(NAME_OPINION.exec(text)) ||
    personNamed(OPINION_NAME.exec(text)) ||
    personNamed(ASKING_NAMED.exec(text)) ||
    FOR_THE_GROUP.test(text) ||
    OPINION_OF_BOT.test(text) ||
    BOT_DID_FOR_YOU.test(text) ||
    TAGGED_BOT_SPOKEN_OF.test(text) ||
    TAGGED_CHOICE_ASKED.test(text) ||
    TEAM_DECIDES.test(text) ||
    HOW_IT_WENT_FOR_YOU.test(text)
  );
}
