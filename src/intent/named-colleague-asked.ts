/**
 * Round fifty-eight (quiet; tuned-metro, -pharmacy, -styles-africa, -styles-southasia, -themepark): a message that
 * opens by naming a colleague and asks them to do it. "Juan Pablo, can you rotate the cable-ops key when you have a
 * sec?", "Themba when you get a sec, revoke the winelands-sales key for me", "Khoa can you get me a token for 2h? the
 * bot doesn't answer me", "Nimal machang, can you create the api key for …?": the person named first is the one asked
 * (the bot answers at once and is not called by a person's name), so nothing is asked of the bot (README "Help or
 * unknown"; a leading mention is addressee.ts's). Read on the message as written: a name is one or two capitalised
 * words that are not a greeting, a polite word or the bot's name, followed by a comma or by the asking itself.
 */

import { onTheGo } from './addressee.js';

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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'saturday',
  'sunday',
]);
/** Words of address said after a name ("Nimal machang", "Ravi bhai", "Yui-san" written apart). */
const ADDRESS_WORDS = String.raw`(?:\s+(?:machang|bhai|bhaiya|bro|sis|ji|san|sama|kun|chan|da|anna|akka|ate|kuya|dai|didi))?`;
/** One or two capitalised words, an optional word of address after them ("machang", "bhai"), then the asking. */
const NAMED_ASKED = new RegExp(
  String.raw`^\s*([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}))?${ADDRESS_WORDS}\s*(,\s*|\s+)(?:(?:can|could|would|will)\s+(?:you|u)\b(?!\s+(?:believe|imagine))|(when\s+(?:you|u)\s+(?:get|have|got)\s+a\s+(?:sec|second|minute|min|moment)\b))`,
);
/**
 * Without a comma after the name ("Thang can you show me the details of paint-shop?" may be the writer's own name or
 * a word), the person is asked only with a sign that a person, not the bot, is to do it: a spare moment asked ("when
 * you're free", "when you have a sec"), the writer away from their machine (addressee.ts onTheGo), or the bot failing
 * them ("the bot doesn't answer me").
 */
const PERSON_SIGN =
  /\bwhen\s+(?:you|u)(?:['’]re|\s+are)\s+(?:free|back)\b|\bwhen\s+(?:you|u)\s+(?:get|have|got)\s+a\s+(?:sec|second|minute|min|moment|chance)\b|\bthe\s+bot\s+(?:doesn['’]?t|does\s+not|won['’]?t|isn['’]?t|is\s+not)\s+(?:answer|respond|reply|work)/i;

/** Whether the message opens by naming a colleague and asking them to do something. */
export function namedColleagueAsked(text: string): boolean {
  const match = NAMED_ASKED.exec(text);
  if (match === null) return false;
  const first = (match[1] ?? '').toLowerCase();
  const second = match[2]?.toLowerCase();
  if (NOT_NAMES.has(first) || (second !== undefined && NOT_NAMES.has(second))) return false;
  const comma = (match[3] ?? '').includes(',');
  return comma || match[4] !== undefined || PERSON_SIGN.test(text) || onTheGo(text);
}
