/**
 * Round eighteen (units18b): the holder of a key named after it in a clause of its own. "the key held
 * by the Emergency Planning Cell", "the keys used by the search team" (a participle and "by"), "the key
 * the Protection Engineering team uses", "every key the Procurement Office has" (a relative clause
 * without "that"): the holder is the unit (README, "Units"). A person who holds it ("held by Priya", "the
 * key Sam uses") names no unit, and the participle is no name either ("the key held …" is never `held`).
 */
import { isNameWord } from './business-unit.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';
import type { Term } from './terms.js';

/** Past participles of holding before "by": "held by", "used by", "run by", "managed by". */
const HELD = new Set(
  'held used run managed operated kept maintained controlled owned administered'.split(' '),
);
/** Verbs of holding that close a relative clause: "the key the ops team uses", "every key growth has". */
const HOLDS = new Set(
  'uses use has have owns own holds hold runs run manages manage operates operate'.split(' '),
);
/** Words that may follow the holding verb as the clause ends: "… uses now", "… has, rotate it". */
const CLAUSE_ENDS = new Set(
  'now today currently once since because as and but so please pls plz thanks asap right then when after before'.split(
    ' ',
  ),
);
/** Determiners before the holder's name. */
const HOLDER_DETERMINERS = new Set(['the', 'our', 'their', 'your']);
/** The longest holder's name read in a relative clause ("the Office of Planning and Building Control"). */
const LONGEST = 6;

/** Where the holder's name stands after a key word at `i`, and whether it is a person's. */
export interface Holder {
  /** First term of the name, after its determiner (a participle's: where "by" leads, determiners and all). */
  start: number;
  /** End of the name (exclusive) in a relative clause; undefined after "by" (read as any name is). */
  end?: number;
  /** A person's given name, or one written with it: no unit. */
  person: boolean;
}

/** A given name alone ("Priya", "sam"), or opening two Title Case words ("Priya Shah"). */
function personAt(terms: Term[], start: number, end: number): boolean {
  const first = terms[start];
  if (first === undefined) return false;
  const given = COMMON_GIVEN_NAMES.has(first.w) || GIVEN_NAMES.has(first.w);
  return given && (end - start === 1 || (end - start === 2 && first.title === true));
}

/** A word of a holder's name in a relative clause: a name word, a word of a Title Case run, or its unit noun. */
const holderWord = (t: Term, first: boolean, unitNouns: ReadonlySet<string>): boolean =>
  !t.possessive && (isNameWord(t.w) || t.title === true || (!first && unitNouns.has(t.w)));

/** "the key held by X": the name after "by". */
function byHolder(terms: Term[], i: number): Holder | undefined {
  const verb = terms[i + 1];
  if (verb === undefined || verb.stop || !HELD.has(verb.w) || terms[i + 2]?.w !== 'by') return undefined;
  let k = i + 3;
  if (HOLDER_DETERMINERS.has(terms[k]?.w ?? '')) k++;
  const t = terms[k];
  if (t === undefined) return undefined;
  // (A person: one given name ending its phrase, or a given name opening two Title Case words.)
  const next = terms[k + 1];
  const person =
    (personAt(terms, k, k + 1) && (t.stop || next === undefined || !isNameWord(next.w))) ||
    (t.title === true && personAt(terms, k, k + 2) && terms[k + 1]?.title === true);
  return { start: i + 3, person };
}

/** "the key the ops team uses", "every key growth has": a name, then a verb of holding that ends the clause. */
function clauseHolder(terms: Term[], i: number, unitNouns: ReadonlySet<string>): Holder | undefined {
  let start = i + 1;
  if (HOLDER_DETERMINERS.has(terms[start]?.w ?? '')) start++;
  let k = start;
  while (k < terms.length && k - start < LONGEST) {
    const t = terms[k];
    if (t === undefined) return undefined;
    if (k > start && HOLDS.has(t.w) && !terms[k - 1]?.stop) break;
    if (t.stop || !holderWord(t, k === start, unitNouns)) return undefined;
    k++;
  }
  const verb = terms[k];
  if (k === start || verb === undefined || !HOLDS.has(verb.w)) return undefined;
  const after = terms[k + 1];
  if (!(verb.stop || after === undefined || CLAUSE_ENDS.has(after.w))) return undefined;
  return { start, end: k, person: personAt(terms, start, k) };
}

/**
 * The holder named after the key word at `i` ("key", "keys", "credentials"), if a clause names one;
 * `unitNouns`: the nouns a unit's name may end in ("team", "office", "unit").
 */
export function holderAfterKey(terms: Term[], i: number, unitNouns: ReadonlySet<string>): Holder | undefined {
  const t = terms[i];
  if (t === undefined || t.stop || t.possessive) return undefined;
  return byHolder(terms, i) ?? clauseHolder(terms, i, unitNouns);
}
