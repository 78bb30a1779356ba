/**
 * fix34a: questions in our words about things that are not ours, which the classifier trained on the tuned files
 * reads as help or a list at little more than even odds, the rules being unsure: which of some everyday things are
 * the asker's ("which of these mugs are mine?"), units of a fund ("do I own any units of the index fund?"), two
 * things weighed that name none of our credentials ("is the bus GPS integration safer than the old radios?"),
 * another thing leaked ("my kid leaked my phone number on a stream, what do I do") and how long a shift or a flight
 * may run ("is a shift longer than 12h possible under the union contract?"). Read on the lowercased, prepared text;
 * the caller (rules.ts notOursAsked) leaves every text that names a credential of ours to the other rules.
 */

import { TEAM_NOUNS } from './group-nouns.js';

/** Our things a "which … are mine?" lists (list-mine.ts, own-units-asked.ts): anything else is an everyday thing. */
const OURS = new Set(
  'units unit teams team groups group labs lab desks desk pods pod orgs org departments department divisions division programmes programme programs program initiatives workstreams bots bot projects project squads squad services service apps app agents agent keys key tokens token creds credentials pipelines pipeline jobs job workspaces workspace accounts account ones'.split(
    ' ',
  ),
);
/** One of our things, or a group noun a team's name ends in, singular or plural ("which chapters are mine"). */
const ours = (word: string): boolean =>
  OURS.has(word) ||
  TEAM_NOUNS.has(word) ||
  TEAM_NOUNS.has(word.replace(/e?s$/, '')) ||
  TEAM_NOUNS.has(word.replace(/s$/, ''));
const WHICH_MINE = /\bwhich\s+(?:(?:one\s+)?of\s+(?:these|those|the|them)\s+)?([a-z]+)\s+(?:are|is)\s+mine\b/;
const FUND_UNITS =
  /\bunits?\s+(?:of|in)\s+(?:the|a|an|our|my|that|this)\s+(?:[a-z0-9_-]+\s+){0,2}?(?:fund|funds|trust|portfolio|etf|reit|pension|scheme|isa)\b/;
const WEIGHED = /\b(?:safer|more\s+secure|less\s+secure|riskier)\s+than\b/;
const LEAKED_WHAT_NOW = /\bleaked\b[^?.!]{0,80}?\b(?:what\s+(?:do|should|can)\s+(?:i|we)\s+do|what\s+now)\b/;
const EVERYDAY_SPAN =
  /\b(?:shifts?|flights?|breaks?|lunch(?:es)?|meetings?|calls?|naps?|workdays?|working\s+days?|commutes?|drives?)\s+(?:longer|shorter|more)\s+than\b/;

/** Whether the text asks, in our words, about a thing that is not ours (see above). */
export function notOursAsked(text: string): boolean {
  const mine = text.includes('mine') ? WHICH_MINE.exec(text) : null;
  if (mine !== null && !ours(mine[1] ?? '')) return true;
  if (text.includes('unit') && FUND_UNITS.test(text)) return true;
  if (text.includes('than') && (WEIGHED.test(text) || EVERYDAY_SPAN.test(text))) return true;
  return text.includes('leaked') && LEAKED_WHAT_NOW.test(text);
}
