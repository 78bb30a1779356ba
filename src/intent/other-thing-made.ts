/**
 * Something made for a unit that is no credential (sweep24a): "create a patrol rota for the K-9 unit",
 * "generate the cleaning schedule for the B-wing unit", "create an invoice for the fleet-sales team". A
 * verb of making or getting whose object, right before "for", is a thing of another trade (a rota, an
 * invoice, a seating plan, membership cards) asks the bot for nothing: the unit is whom the thing is for.
 * Read only where no key, token or other word of ours is named (the credentials rule asks first); "create
 * one for growth", "set up claude for legal-ops", "get me set up for ads" keep their object as ours.
 */

import { LEXICON } from './lexicon.js';

/** The verb, up to two determiners, then the object (one to three plain words) before "for". */
const MADE_FOR =
  /\b(?:create|creating|generate|gen|make|produce|prepare|build|draw\s+up|need|needs|want|wants|get|give|add|issue|provision|mint|request)\s+(?:(?:a|an|the|new|some|our|my|their|his|her|this|that)\s+){0,2}([a-z]+(?:\s+[a-z]+){0,2})\s+for\b/;

/** Tags of a word that makes the object ours (a key, a token, a model, a unit, the person asking). */
const OURS_TAGS = new Set([
  'KeyNoun',
  'TokenNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Provider',
  'Models',
  'Unit',
  'Self',
]);

/** Words that stand for a credential of ours or leave the object open ("one", "it", "the same"). */
const OPEN_OR_OURS = new Set(
  (
    'ai genai chatbot assistant bot bots one ones it them us him her you same another something anything everything stuff more whatever usual ' +
    'thing things setup set up access account accounts env envs environment environments project projects ' +
    'workspace workspaces role roles user users profile profiles entry permission permissions seat seats ' +
    'pass passes password passwords budget quota quotas limit limits spend cost costs usage'
  ).split(' '),
);

/** Whether the text makes or gets a thing of another trade for someone (the object is no credential). */
export function otherThingMade(text: string): boolean {
  if (!text.includes(' for ')) return false;
  const m = MADE_FOR.exec(text);
  if (m === null) return false;
  const words = (m[1] ?? '').split(/\s+/);
  return words.every((w) => !OPEN_OR_OURS.has(w) && !OURS_TAGS.has(LEXICON[w] ?? ''));
}
