/**
 * Round fifty-eight (quiet; tuned-metro, -pharmacy, -styles-africa, -styles-southasia, -themepark): a message that
 * opens by naming a colleague and asks them to do it. "Juan Pablo, can you rotate the cable-ops key when you have a
 * sec?", "Themba when you get a sec, revoke the winelands-sales key for me", "Khoa can you get me a token for 2h? the
 * bot doesn't answer me", "Nimal machang, can you create the api key for …?": the person named first is the one asked
 * (the bot answers at once and is not called by a person's name), so nothing is asked of the bot (README "Help or
 * unknown"; a leading mention is addressee.ts's). Read on the message as written: a name is one or two capitalised
 * words that are not a greeting, a polite word or the bot's name, followed by a comma or by the asking itself.
 */

/** Capitalised words that open a message without naming anyone. */
const NOT_NAMES = new Set([
  'hi',
  'hey',
  'hello',
  'yo',
  'oi',
  'ok',
  'okay',
  'dear',
  'please',
  'pls',
  'plz',
  'bot',
  'bedrock',
  'bedrockbot',
  'claude',
  'team',
  'guys',
  'folks',
  'all',
  'everyone',
  'morning',
  'evening',
  'afternoon',
  'sorry',
  'quick',
  'so',
  'and',
  'also',
  'thanks',
  'sir',
  'boss',
  'admin',
  'admins',
  'urgent',
  'again',
  'now',
  'today',
  'tomorrow',
  'then',
  'btw',
  'fyi',
  'ah',
  'oh',
  'um',
  'hmm',
  'well',
  'right',
  'sure',
  'yes',
  'no',
  'yeah',
  'friday',
  'monday',
  'good',
  'security',
  'finance',
  'legal',
  'ops',
  'support',
  'it',
  'hr',
  'pardon',
  'excuse',
  'hallo',
  'hola',
  'hiya',
  'howdy',
  'greetings',
  'cheers',
  'mate',
  'mates',
  'buddy',
  'dude',
  'friend',
  'bro',
  'bom',
  'buen',
  'buenos',
  'bonjour',
  'salut',
  'ciao',
  'namaste',
  'oye',
  'question',
  'help',
  'gents',
  'madam',
  'mister',
]);
/** Words of address said after a name ("Nimal machang", "Ravi bhai", "Yui-san" written apart). */
const ADDRESS_WORDS = String.raw`(?:\s+(?:machang|bhai|bhaiya|bro|sis|ji|san|sama|kun|chan|da|anna|akka|ate|kuya|dai|didi))?`;
/** One or two capitalised words, an optional word of address after them ("machang", "bhai"), then the asking. */
const NAMED_ASKED = new RegExp(
  String.raw`^\s*([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}))?${ADDRESS_WORDS}\s*(?:,\s*|\s+)(?:(?:can|could|would|will)\s+(?:you|u)\b|when\s+(?:you|u)\s+(?:get|have|got)\s+a\s+(?:sec|second|minute|min|moment)\b)`,
);

/** Whether the message opens by naming a colleague and asking them to do something. */
export function namedColleagueAsked(text: string): boolean {
  const match = NAMED_ASKED.exec(text);
  if (match === null) return false;
  const first = (match[1] ?? '').toLowerCase();
  const second = match[2]?.toLowerCase();
  return !NOT_NAMES.has(first) && (second === undefined || !NOT_NAMES.has(second));
}
