/**
 * A unit field's value written in Title Case ("Business unit: Temporary Works", "Team: Permanent Way",
 * "Department: Token Services") is the unit's name whole, kebab-cased (`temporary-works`): a form's
 * field says where the name stands, and capitals on every word say it is a name, so its words are not
 * read as our own ("temporary" a token, "permanent" a key's lifetime). Two or three words, each a
 * capital then lowercase letters; none of a sentence's grammar or a placeholder ("Please Help", "Not Sure",
 * "The Same", "Coming Soon")
 * nor words for every unit ("All Teams"). Cheap: a character test before any other.
 */
import { isSecretShaped } from './business-unit.js';
import { LEXICON } from './lexicon.js';

/** One Title Case word: a capital, then one or more lowercase letters ("Works", "Way"). */
const TITLE_WORD = /^[A-Z][a-z]+$/;

/** Words that make a value a sentence, not a name ("Same As Above", "To Be Confirmed", "Not Sure Yet"). */
const GRAMMAR = new Set(
  (
    'the a an this that these those some any our your their his her its my you we they it he she us them i ' +
    'do does did is are was were be been am have has had and or but if then than with without in on at by ' +
    'to from of for as not no yes same above below tbd tbc pending unknown none all every each everyone ' +
    'everything anyone whoever please pls thanks thank hi hello hey ' +
    // (Placeholders: "Coming Soon", "Unsure Yet", "Will Confirm", "Ask Sarah", "Not Sure".)
    'coming soon unsure yet sure confirm confirmed later tba ask will'
  ).split(' '),
);
/** Lexicon tags of a sentence's grammar: never a word of a name, even in capitals. */
// (Nor our product's or a provider's words: "Amazon Bedrock", "Claude Sonnet" name no unit.)
const GRAMMAR_TAGS = new Set([
  'Polite',
  'Thanks',
  'Greeting',
  'Ack',
  'Question',
  'Provider',
  'Bedrock',
  'Aws',
]);

/**
 * Lexicon tags of our own words that a name in capitals may hold ("Temporary", "Permanent", "Token"),
 * and of everyday things ("the Data Protection Office": no office of bricks).
 */
const OURS = new Set(['TokenNoun', 'LongTerm', 'KeyNoun', 'Service', 'Purpose', 'Spend', 'Everyday']);

/** The kebab-case name a Title Case field value is, or null ("Temporary Works" → "temporary-works"). */
export function titleCaseName(value: string): string | null {
  const v = value.trim();
  const c = v.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || v.length > 60) return null;
  const words = v.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => TITLE_WORD.test(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => GRAMMAR.has(w) || GRAMMAR_TAGS.has(LEXICON[w] ?? '') || isSecretShaped(w)))
    return null;
  return lower.join('-');
}

/**
 * A unit field's line with its Title Case value kebab-cased when one of its words is one of ours
 * ("Department: Temporary Accommodation" → "Department: temporary-accommodation"), so that the prose
 * reading of the form takes no "temporary" for a token; the same line otherwise.
 */
export function titleCaseLine(segment: string, value: string): string {
  // ("Team: Data Protection Office (dpo)": the name before the code in brackets is read the same way.)
  const open = value.indexOf(' (');
  const name = titleCaseName(open > 0 ? value.slice(0, open) : value);
  if (name === null || !name.split('-').some((w) => OURS.has(LEXICON[w] ?? ''))) return segment;
  const title = open > 0 ? value.slice(0, open) : value;
  const at = segment.lastIndexOf(title);
  return at < 0 ? segment : `${segment.slice(0, at)}${name}${segment.slice(at + title.length)}`;
}

/** Tags of a word one of our readers takes for its own that a team may still be called ("Events"). */
const ONE_WORD_TAGS = new Set(['History', 'Everyday']);

/**
 * A team field's value of one Title Case word that our readers take for a word of theirs ("Team:
 * Events": no event log asked for) is the team's name; only in a field that names the team itself.
 */
export function titleCaseWord(value: string): string | null {
  const v = value.trim();
  if (!TITLE_WORD.test(v) || v.length < 3) return null;
  const w = v.toLowerCase();
  return ONE_WORD_TAGS.has(LEXICON[w] ?? '') && !GRAMMAR.has(w) ? w : null;
}
