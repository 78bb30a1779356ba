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
