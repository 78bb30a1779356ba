/** Business-unit names: normalisation and the words that can never be one. */
import { ACTION_TAGS, FUNCTION_WORDS, GENERIC_NOUNS, LEXICON } from './lexicon.js';

/** "Marketing Team" → "marketing-team"; lowercase, [a-z0-9-] only. Returns null when nothing is left. */
export function normalizeBusinessUnit(raw: string): string | null {
  const s = raw
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 64)
    .replace(/-$/, '');
  return s.length > 0 ? s : null;
}

/** Tags whose words never belong in a business-unit name. */
const NON_NAME_TAGS = new Set([
  ...ACTION_TAGS,
  'Help',
  'Greeting',
  'Thanks',
  'Ack',
  'TokenNoun',
  'KeyNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Unit',
  'LongTerm',
  'Service',
  'Purpose',
  'Expiry',
  'Self',
  'All',
  'Entire',
  'Question',
  'Polite',
  'Region',
  'Owner',
  'Placeholder',
  'Provider',
  'Spend',
  'Everyday',
]);

/** Can this word be part of a business-unit name? */
export function isNameWord(word: string): boolean {
  if (word.length === 0 || FUNCTION_WORDS.has(word)) return false;
  if (/^\d+$/.test(word)) return false;
  if (!/[a-z0-9]/.test(word)) return false;
  const tag = LEXICON[word];
  return tag === undefined || !NON_NAME_TAGS.has(tag);
}

/** A candidate made only of generic nouns ("the team", "project") names nothing. */
export function isMeaningfulName(words: string[]): boolean {
  return words.some((w) => !GENERIC_NOUNS.has(w));
}
