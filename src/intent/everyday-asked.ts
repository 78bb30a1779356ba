/**
 * Round thirty-one: what is had or set up, asked of an everyday occasion or thing: "what do we have for lunch?",
 * "what's set up for the party?", "what does the sales team have for lunch?", "what groups are set up in the
 * calendar for friday?". The rules read these as about everyday things; the classifier trained on the tuned files
 * reads "what … have for …" as a unit's details. With nothing of ours named (no key, token, spend, record, model,
 * region or verb of ours but "set up"), the everyday thing after "for"/"in"/"on" is what is asked about: nothing is
 * asked of the bot. ("what do we have for talent-acquisition?" names a unit and no everyday thing: the rules read
 * details; "what creds does the storm desk have?" names a credential.)
 */
import { CHANGE_TAGS, LEXICON } from './lexicon.js';

/** A what/which question of what is had, held or set up. */
const HOLDINGS_ASKED =
  /^\W*(?:(?:so|ok|okay|hey|hi|and|btw)[\s,]+)?(?:what|which|whats|what's)\b[^?.!\n]{0,50}?\b(?:have|has|had|hold|holds|got|setup|planned|booked|organised|organized|arranged)\b/;
/** The everyday thing after "for", "in", "on" or "at", as the occasion or place asked about. */
const OCCASION =
  /\b(?:for|in|on|at)\s+(?:(?:the|our|this|that|tonight's|today's|tomorrow's|friday's|next|a)\s+)?([a-z_]+)\b/g;

/**
 * Tags of our things and verbs: with one of them named, the message may ask something of the bot. (Create's own words
 * are weighed below: "set up" asks of an occasion.)
 */
const OURS = new Set([
  ...CHANGE_TAGS.filter((t) => t !== 'Create'),
  'List',
  'Show',
  'Details',
  'Models',
  'Provider',
  'History',
  'TokenNoun',
  'KeyNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Spend',
  'Region',
  'Owner',
  'Placeholder',
  'LongTerm',
  'Help',
]);
/** Create's words asked of an occasion ("what's set up for …") without asking for anything to be made. */
const SET_UP = new Set(['setup']);

/** Whether the prepared, lowercased text asks what is had or set up for an everyday occasion, naming nothing of ours. */
export function everydayHoldingsAsked(text: string): boolean {
  if (!HOLDINGS_ASKED.test(text)) return false;
  const words = text.match(/[a-z_']+/g) ?? [];
  if (words.some((w) => (LEXICON[w] === 'Create' && !SET_UP.has(w)) || OURS.has(LEXICON[w] ?? '')))
    return false;
  for (const m of text.matchAll(OCCASION)) if (LEXICON[m[1] ?? ''] === 'Everyday') return true;
  return false;
}

/**
 * fix40g (known27's look-alike after round forty's retrain): an idiom of what is on or in someone's mind, plate or
 * agenda, or in it for them: "what's on your mind?", "what's on my plate today?", "what's on the cards?", "what's in
 * it for me?". The classifier, trained on "what's on <unit>" (a unit's details), reads the "what's on" alone; after a
 * possessive or "the" and a plain word that is no word of ours (no hyphen, digit or team noun after it, as "the
 * ads-platform team" has), ending the question or before a time, nothing is asked of the bot.
 */
const WHATS_ON_IDIOM =
  /^\W*(?:(?:so|ok|okay|hey|hi|and|btw)[\s,]+)?(?:what|whats|what's|wat|wht)(?:\s+is)?\s+(?:(?:on|in)\s+(?:your|ur|my|her|his|their|our|the)\s+([a-z]+)|in\s+it\s+for\s+(?:me|you|u|us|them|him|her))(?:\s+(?:today|tonight|now|right\s+now|atm|these\s+days|lately|this\s+(?:week|morning|afternoon|evening|sprint|quarter)))?\s*[?!.]*\s*$/;

/** Whether the prepared, lowercased text is a "what's on your mind" idiom, its word after the possessive none of ours. */
export function whatsOnIdiom(text: string): boolean {
  const m = WHATS_ON_IDIOM.exec(text);
  if (m === null) return false;
  const word = m[1];
  return word === undefined || LEXICON[word] === undefined || LEXICON[word] === 'Everyday';
}
