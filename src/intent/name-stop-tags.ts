/**
 * The tags of our own verbs and nouns that never stand in a unit's name said or typed in plain words: one list for the
 * readers that join such a name with hyphens (plain-unit-names.ts, a name before its key or after "for"; and
 * spoken-unit-name.ts, a name said before a year, "hack week 2026"), so a tag added for one is not missed by the other
 * (round fifty-nine, units brief: the two lists had drifted apart).
 *
 * Each reader adds what is its own, stated where it builds its set:
 * - plain-unit-names.ts adds `Placeholder` ("the xxx key" is no name) and `Purpose` (what a key is for is said around a
 *   name, not in it); a provider's word is weighed there word by word instead ("the bid writer key" is a name, "the
 *   claude sonnet key" a model's), so `Provider` is not in its set;
 * - spoken-unit-name.ts adds `Provider`: a provider's word before a year is a model's release, never a unit's name.
 */
import { ACTION_TAGS } from './lexicon.js';

export const NOT_NAME_TAGS: readonly string[] = [
  ...ACTION_TAGS,
  'Onboard',
  'TokenNoun',
  'KeyNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Greeting',
  'Thanks',
  'Polite',
  'Question',
  'Self',
  'All',
  'Entire',
  'Region',
  'Owner',
  'Expiry',
  'Unit',
  'LongTerm',
];
