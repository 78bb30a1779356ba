/**
 * Round fifty-eight (quiet; tuned-cruise, -dental, -library, -metro, -payments, -rides, -studio, -styles-africa,
 * -styles-anglo, -styles-sea): a question to the bot about itself that the rules took for nothing.
 *  - the bot spoken to by name, then asked: "hi bot, what are you for?", "bot can do what ah?", "bot, are tokens
 *    offered in Bahrain?", "bot what do i do, my token says expired": the vocative "bot" makes the bot the one asked,
 *    so a question after it is for the bot's help (a request after it is read as one before this is asked);
 *  - what one of the bot's commands or words means or shows: "what does 'deprovision' do exactly?", "what exactly
 *    does the history command show?", "what does the bot mean by 'pending approval'", "deprovision = revoke??",
 *    "does history go back to before the launch?": a question on using the bot (README "Help or unknown").
 * Read on the lowercased message.
 */

/** "bot, …", "hi bot …", "hey bot: …", "bot can …", "bot what …": the bot addressed by name, first. */
const BOT_ADDRESSED =
  /^(?:(?:hi|hey|hello|yo|oi|ok|okay|eh|dear|ola|hola)\s*,?\s+)?(?:the\s+)?bot\s*(?:[,:!]|\s+(?:can|could|will|would|what|how|which|where|who|why|are|do|does|is\s+there|got)\b)/;
/** Banter with the bot ("bot are u sentient? blink twice 👀", "bot can u rotate my tyres too lol"): no question. */
const BANTER = /\b(?:lol|lmao|rofl|haha\w*|hehe\w*|jk|kidding|blink\s+twice)\b|😂|🤣|😜|😝|👀|🙃/u;
/** Something asked: a question mark or a question word. */
const ASKED = /[?？]|\b(?:what|how|which|where|who|why|can|could)\b/;
/** The bot's commands and the words of its replies. */
const OUR_WORD = String.raw`\/?(?:bedrock\s+)?(?:deprovision(?:ing)?|revoke|rotate|rotation|history|spend|details|pending(?:\s+approval)?|create[_ ]key)`;
/** "what does 'deprovision' do", "what exactly does the history command show", "what do rotate and revoke do". */
const COMMAND_MEANING = new RegExp(
  String.raw`\bwhat\s+(?:exactly\s+)?(?:does|do|will|would)\s+(?:the\s+)?['"‘’“\x60]?${OUR_WORD}['"’”\x60]?(?:\s+(?:command|button|option|status))?\s+(?:(?:actually|exactly|really)\s+)?(?:do|does|mean|show|cover|include|keep)\b`,
);
/** "what does the bot mean by …", "what's the bot mean by …". */
const BOT_MEANS = /\bwhat(?:\s+does|['’]s)\s+(?:the\s+)?(?:bedrock\s+)?bot\s+mean\s+by\b/;
/** "deprovision = revoke??", "revoke vs rotate?": two commands set side by side and asked about. */
const COMMANDS_WEIGHED =
  /^(?:deprovision|revoke|rotate)\s*(?:=|==|vs\.?|versus)\s*(?:deprovision|revoke|rotate)\s*[?？]/;
/** "does history go back to …", "how far back does the history go": how far the history reaches. */
const HISTORY_REACH =
  /\b(?:does|do|can|will)\s+(?:the\s+)?history\s+(?:go|reach|cover|show|include|keep)\b|\bhow\s+far\s+back\s+(?:does|do|can)\s+(?:the\s+)?history\b/;

/** A line quoted from another message ("> what does rotate do exactly?", "&gt; …"): someone else's words. */
const QUOTED_LINE = /^\s*(?:>|&gt;).*$/gm;

/** Whether the message is a question to the bot, by name, or on what its commands do (quoted lines aside). */
export function botAskedByName(lowered: string): boolean {
  const text = lowered.replace(QUOTED_LINE, '').trim();
  if (BOT_ADDRESSED.test(text) && ASKED.test(text) && !BANTER.test(text)) return true;
  return (
    COMMAND_MEANING.test(text) ||
    BOT_MEANS.test(text) ||
    COMMANDS_WEIGHED.test(text) ||
    HISTORY_REACH.test(text)
  );
}
