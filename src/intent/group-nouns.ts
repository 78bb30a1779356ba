/**
 * A desk or an office named as a unit ("the politics desk", "rotate the data desk's key", "the privacy
 * office's key", "deprovision the night desk"), as a team is: the group noun follows a name. Not a
 * piece of furniture or premises: "my desk", "the help desk", "the front desk", "a standing desk", "the
 * office wifi", "office hours", "the London office" (a place before it names premises, not a unit).
 * The everyday-things rule (rules.ts) asks this before it reads "desk"/"office" as everyday life.
 */
import { isNameWord } from './business-unit.js';
import { LEXICON } from './lexicon.js';
import { scanRegions } from './regions.js';

/** Words before "desk"/"office" that make it furniture or premises, not a unit's name. */
const PREMISES_BEFORE = new Set(
  (
    'front security reception standing sit sitting stand corner hot empty support main box post head branch ' +
    'regional wooden cash ikea information info check checkin ticket booking registration registry ' +
    'admissions admission lost found concierge guard ward nurses nurse doctor doctors dentist dental ' +
    'home tax_office ' +
    // Premises' everyday services: a door's key, never a unit ("the key for the cleaning office",
    // "the parking office", "the coffee desk", "the mailroom desk").
    'cleaning cleaner cleaners janitor janitors caretaker parking mail mailroom kitchen coffee lunch party ' +
    'canteen cafeteria lobby visitor visitors porter porters doorman'
  ).split(' '),
);

/**
 * The beats an everyday word may name as a desk or a team ("the photo desk", "the books desk", "the
 * travel desk", "the games desk": a newsroom's or a trade's line of work). Only these: "the coffee desk",
 * "the party desk", "the cleaning office" are premises or everyday things, never a unit.
 */
export const BEATS: ReadonlySet<string> = new Set(
  (
    'photo photos picture pictures book books film films movie movies music song songs food travel sport ' +
    'sports business metro culture science weather opinion graphics video audio game games puzzle ' +
    'puzzles crossword quiz festival'
  ).split(' '),
);

/**
 * Words that say what a team or a desk works on but alone name nothing (business-unit.ts NEVER_NAMES: "for
 * latency reasons", "the reliability of it", "can I borrow a key"): inside a name right before a group noun
 * ("the reliability team", known27: "deprovision the borrow desk", a trading floor's securities-borrow desk).
 */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'reliability',
  'performance',
  'latency',
  'borrow',
]);

const GROUP_HEAD = /(?<![\w-])(?:desk|office)(?![\w-])/g;
/** What opens the name before it: "the politics desk", "for our privacy office". */
const OPENERS = new Set(['the', 'our', 'their', 'your', 'for', 'of']);
/**
 * What may follow the unit: its key ("desk's key", "office key"), the end of a clause, or when
 * ("who created keys for the Strategy Office last week": "xxperiod" in prepared text), or a verb of
 * holding that ends its clause (round eighteen: "rotate every key the Procurement Office has"), or a clause of
 * reason or condition (requests22: "rotate the key for the exams office now that the new portal is live",
 * "create a key for the exams office once the budget is approved").
 */
const UNIT_AFTER =
  /^(?:'s\b|\s*(?:keys?|tokens?|api|access\s+keys?)\b|\s*(?:[,.!?;:)]|$)|\s+(?:xxperiod|(?:last|this|past|previous)\s+(?:week|month|quarter|year)|yesterday|today)\b|\s+(?:uses|use|has|have|owns|holds|runs|manages)(?:\s+(?:now|today|currently))?\s*(?:[,.!?;:)]|$)|\s+(?:now\s+that|once|as\s+soon\s+as|after|when|because|since|please|pls)\b)/;

/** Is this word one that makes a desk or an office after it furniture or premises ("front", "ticket")? */
export const premisesWord = (word: string): boolean => PREMISES_BEFORE.has(word);

/** Initials in brackets right after the group noun ("the Data Protection Office (dpo) needs a key"). */
const INITIALS_AFTER = /^\s*\(([a-z]{2,6})\)/;

/**
 * A bracket after "office"/"desk" holding the initials of the name before it (README: the name given
 * as the unit's): "the Data Protection Office (dpo)", "the Data Protection Office (dp)", "our Fraud
 * Analytics Desk (fad)": the first letters of the last name words, with or without the noun's.
 */
function initialsAfter(after: string, before: string[], noun: string): number {
  const m = INITIALS_AFTER.exec(after);
  if (m === null) return 0;
  const letters = m[1] ?? '';
  let initials = '';
  for (
    let k = before.length - 1;
    k >= 0 && initials.length < 3 && nameBeforeGroup(before[k] ?? '', noun);
    k--
  ) {
    initials = (before[k] ?? '')[0] + initials;
    if (letters === initials || letters === initials + noun[0]) return before.length - k;
  }
  // (units22: "the Medical Information Office (mio)", "Supplier Quality Office (sqo)": three or more
  // initials that spell every word of the name, the group noun's too, give the name as the unit's, though
  // a word of it alone would be premises or everyday: "information desk".)
  if (letters.length < 3) return 0;
  initials = noun[0] ?? '';
  for (let k = before.length - 1; k >= 0 && initials.length < letters.length; k--) {
    const w = before[k] ?? '';
    if (!/^[a-z]{2,}$/.test(w) || OPENERS.has(w)) return 0;
    initials = w[0] + initials;
    if (letters === initials) return before.length - k;
  }
  return 0;
}

/**
 * Is this word, before "desk"/"office", part of a unit's name (not furniture, premises or a place)? A place
 * before "desk" names the desk that covers it (units26b: "key for the Tokyo desk", a trading or news
 * desk, as "the Tokyo team" is a team); before "office" it names premises ("the London office").
 */
export function nameBeforeGroup(word: string, noun = ''): boolean {
  return (
    (BEATS.has(word) ||
      SUBJECT_WORDS.has(word) ||
      (isNameWord(word) && !LOOSE_NAME_TAGS.has(LEXICON[word] ?? ''))) &&
    !PREMISES_BEFORE.has(word) &&
    (noun === 'desk' || scanRegions(` ${word} `).found.length === 0)
  );
}

/** Tags of everyday words and greetings: never a desk's name but for a beat ("the hello desk", "the morning desk"). */
const LOOSE_NAME_TAGS = new Set(['Everyday', 'Greeting']);

/**
 * The words of the units' names that end in "desk"/"office", with the group nouns themselves ("rotate
 * the photo desk key" → photo, desk), when every "desk"/"office" in the text is such a group noun;
 * else null. (Round sixteen: an everyday word may name the desk's beat, "the photo desk", "the books
 * desk", only from BEATS; the everyday-things rule lets those words by.)
 */
export function groupNameWords(text: string): Set<string> | null {
  const named = new Set<string>();
  for (const m of text.matchAll(GROUP_HEAD)) {
    const after = text.slice(m.index + m[0].length);
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .trim()
      .split(/\s+/);
    if (m[0] === 'office' && OFFICE_OF.test(after)) {
      // ("the office of data analytics", "for the Office of Budget Planning": a public body's name.)
      const words = officeOf(after, before);
      if (words === null) return null;
      for (const w of words) named.add(w);
      named.add(m[0]);
      continue;
    }
    const spelt = UNIT_AFTER.test(after) ? 0 : initialsAfter(after, before, m[0]);
    if (!UNIT_AFTER.test(after) && spelt === 0) return null;
    let k = before.length - 1;
    while (k >= 0 && before.length - 1 - k < 3 && nameBeforeGroup(before[k] ?? '', m[0]))
      named.add(before[k--] ?? '');
    // (Only the name's words nameBeforeGroup takes are named: an everyday word its initials spell stays
    // everyday, "the Car Park Office (cpo)". fix22a: a loop said to name those too never ran, and is gone.)
    if (spelt > 0) k = Math.min(k, before.length - 1 - spelt);
    if (k === before.length - 1 || !OPENERS.has(before[k] ?? '')) return null;
    named.add(m[0]);
  }
  return named.size > 0 ? named : null;
}

const OFFICE_OF = /^\s+of\s+[a-z]/;

/**
 * The name words of "the office of X Y" (round eighteen: "the Office of Budget Planning", a public
 * body's formal name), one to three of them up to what may follow a unit; null if it is no such name.
 */
function officeOf(after: string, before: string[]): string[] | null {
  if (!OPENERS.has(before[before.length - 1] ?? '')) return null;
  const rest = after.replace(OFFICE_OF, (m) => m.slice(-1));
  const words: string[] = [];
  let at = 0;
  for (const w of rest.split(/\s+/).slice(0, 4)) {
    const word = /^[a-z][a-z_-]*/.exec(w)?.[0] ?? '';
    if (word === '' || !nameBeforeGroup(word) || words.length === 3) break;
    words.push(word);
    at = rest.indexOf(word, at) + word.length;
    if (word.length < w.length) break;
  }
  return words.length > 0 && UNIT_AFTER.test(rest.slice(at)) ? words : null;
}

/**
 * The nouns a team's name ends in ("the yield team", "the discovery pod", "the Asset Office"), group
 * phrases joined by joinGroupPhrases: the one list for the unit finder and the readers that ask whether
 * words name a team (fix21c: "owned by the retention squad" is a team's, "owned by jane" is not). (fix40a,
 * tuned-airport: and "cell", README's group noun, "the ATC liaison cell needs a key of its own".)
 */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(
  'team squad group dept department org crew pod guild tribe desk office hub chapter studio lab bureau cell working_group task_force centre_of_excellence center_of_excellence'.split(
    ' ',
  ),
);

/**
 * post40a: things called a cell that are no group of people ("the prison cell", "the battery cell", "the fuel cell",
 * "a spreadsheet cell").
 */
const THING_CELLS = new Set(
  (
    'prison jail padded holding police custody battery fuel solar photovoltaic pv lithium dry wet load storage ' +
    'spreadsheet excel sheet table grid notebook output blood stem nerve brain skin cancer tumour tumor red white ' +
    'egg sperm plant animal human living dead single double monk convent sleeper terror'
  ).split(' '),
);
/** Whether the word before "cell" makes it a thing ("prison", "battery", "fuel": THING_CELLS). */
export const thingCell = (word: string): boolean => THING_CELLS.has(word);
/**
 * post40a: whether the words before "cell" name a group of people (fix40a: "the slot planning cell", "the ATC
 * liaison cell", "the gate-ops cell"): two words or more, or one written as a name (hyphenated, "_", a digit), and
 * never a thing's word right before it ("the prison cell needs a key", "the lithium battery cell").
 */
export function namedCell(words: string[]): boolean {
  const last = words.at(-1);
  if (last === undefined || thingCell(last)) return false;
  return words.length >= 2 || /[-_\d]/.test(last);
}

/** Group nouns of more than one word ("working group", "task force", "centre of excellence"). */
const GROUP_PHRASE = /\b(?:working\s+group|task\s+force|cent(?:re|er)\s+of\s+excellence)\b/g;

/**
 * ("the NLP working group", "the pricing task force", "the AI Centre of Excellence"): a group noun of
 * several words is joined into one word, so that it ends the name before it as "team" does.
 */
export function joinGroupPhrases(s: string): string {
  const numbered = s.includes(' i ') || s.includes(' ii ') || s.includes(' iii ') || s.includes(' iv ');
  if (numbered) s = s.replace(NUMBERED_PROGRAMME, (m) => m.replace(/\s+/g, '_'));
  if (!s.includes(' group') && !s.includes(' force') && !s.includes(' excellence')) return s;
  return s.replace(GROUP_PHRASE, (m) => m.replace(/\s+/g, '_'));
}

/**
 * A programme numbered in Roman numerals before a group noun (requests22: "the Title I office", "the Phase II
 * team" → `title_i`, `phase_ii`): one name, so that "I" is not read as the writer.
 * (fix22c: after an article only: "at this stage I group the keys by team" is the writer grouping.)
 */
const NUMBERED_PROGRAMME =
  /(?<=\b(?:the|our|their|its|a|your|my)\s)(?:title|phase|tier|part|stage|level)\s(?:i|ii|iii|iv)(?=\s(?:office|team|desk|unit|group|programme|program)\b)/g;
