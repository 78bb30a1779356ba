/**
 * fix58 units: where a run of plain words after a key's "for" is no unit's name, so that plain-unit-names.ts leaves it
 * to the unit readings as they stand (round fifty-seven's clean-clone run failed on each kind):
 * - a person, by a title ("a key for dr. okafor", "prof lee", "mr smith") or by a given name before a family name's
 *   particle ("Maria da Silva", "Ahmad bin Ismail"); README "No unit": a person names none;
 * - a time or an occasion ("for the maintenance window", "growth eod", "ads past wk", "payroll after approval",
 *   "the weekend shift", "growth eventually"), a place ("Payments UK", "zürich ops"), or a thing a locksmith's key opens
 *   ("the wine cellar");
 * - a name given as the unit's right after it, in brackets, backticks or after a colon ("Ground Segment (gseg)",
 *   "the nightly fraud job: fraud-nightly"): README, a name given as the unit's wins over prose names;
 * - a unit named elsewhere in the text ("disable the growth key for the maintenance window", "a key for credit ops, our
 *   unit is credit-decisioning", "the Ore Grading lab needs a new key for the assay reader"): the unit already named
 *   wins, and the run is the story's.
 */
import { AWS_REGIONS, REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import { isNameWord, isSecretShaped } from './business-unit.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from './person-names.js';

/** A person's title before a name ("dr okafor", "prof. lee", "mrs patel"). */
const TITLES = new Set(
  'dr doctor prof professor mr mrs ms mx miss sir dame madam lord lady rev fr sr jr'.split(' '),
);

/** Words of time, a time's preposition or an occasion: a run holding one is when, never who. */
const TIME_WORDS = new Set(
  (
    'eod eow eom cob eta wk wks hr hrs min mins past next nightly hourly tonight asap now later soon ' +
    'after before until till once during since while when whenever if unless per via by from into onto upon within ' +
    'without about around through throughout across between'
  ).split(' '),
);
/** An occasion ending the run ("for the maintenance window", "the weekend shift"): when the key is for, no unit. */
const OCCASION_ENDS = new Set(
  (
    'window windows weekend weekends shift shifts sprint sprints night nights morning mornings afternoon afternoons ' +
    'evening evenings holiday holidays break breaks freeze freezes outage outages cutover cutovers release releases ' +
    'launch launches rollout rollouts downtime maintenance migration migrations deadline deadlines meeting meetings ' +
    'offsite standup retro demo demos'
  ).split(' '),
);
/** An adverb of the story ("for growth eventually", "urgently"). */
const ADVERB = /^[a-z]{3,}(?:ally|ately|ently|antly|edly|ingly|ously|ively|fully|lessly)$/;

/** Things a locksmith's key opens, and a chart's legend: no unit's key ("a key for the wine cellar"). */
const THINGS = new Set(
  (
    'cellar cellars room rooms tower towers booth booths chamber chambers shed sheds cabinet cabinets locker lockers door doors ' +
    'gate gates safe vault vaults van vans car cars truck trucks cupboard cupboards garage garages basement storeroom ' +
    'padlock lock locks drawer drawers hut cabin loft attic colours colors colour color legend map chart piano ' +
    // (A body that meets, no unit: "a key for the risk committee".)
    'committee committees board boards council councils panel panels'
  ).split(' '),
);

/** A place named in one word (from the Regions' places, "uk", "zurich", "tokyo"), folded of its accents. */
const PLACES: ReadonlySet<string> = new Set(
  AWS_REGIONS.flatMap((r) => r.places.filter((p) => !p.includes(' ') && p.length > 1)),
);
function folded(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether the run names a person (a title, or a given name before a particle or as a two-word name's first). */
export function personRun(words: readonly string[]): boolean {
  if (words.some((w) => TITLES.has(w.replace(/\.$/, '')))) return true;
  const first = words[0] ?? '';
  const given = GIVEN_NAMES.has(first) || COMMON_GIVEN_NAMES.has(first);
  if (!given) return false;
  return words.length === 2 || words.slice(1, -1).some((w) => NAME_PARTICLES.has(w));
}

/** Whether the run says when or where, or names a thing a locksmith's key opens. */
export function timePlaceOrThing(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    THINGS.has(last) ||
    OCCASION_ENDS.has(last) ||
    words.some((w) => TIME_WORDS.has(w) || ADVERB.test(w) || PLACES.has(folded(w)))
  );
}

/** A name given right after the run: in brackets, in backticks or after a colon ("(gseg)", ": fraud-nightly"). */
export function nameGivenAfter(rest: string): boolean {
  return /^[^\S\n]*(?:\(|`|:[^\S\n]*`?[a-z][\w-]*)/.test(rest);
}

/** Hyphenated words of prose that name no unit. */
const PROSE_HYPHENED =
  /^(?:one-\w+|\w+-(?:shot|time|off|day|week|month|year)s?|all-hands|follow-ups?|go-lives?|long-(?:term|lived)|short-(?:term|lived)|e-mail|co-\w+|re-\w+|non-\w+|self-\w+|one-off|post-\w+|pre-\w+|sign-offs?|hand-offs?|on-call|in-house|real-time|day-\d+|\w+-ish)$/;

/** A word written as a unit's name elsewhere: hyphens or underscores, no Region, no ID, no prose compound. */
function writtenAsName(w: string): boolean {
  const word = w.replace(/_/g, '-');
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(word) || PROSE_HYPHENED.test(word)) return false;
  if (REGION_CODE_SYNTAX.test(word) || isSecretShaped(word) || LEXICON[word] !== undefined) return false;
  return isNameWord(word) && !/^(?:\d+-|[a-z]-)/.test(word);
}

/** A unit named outside the run: "the growth key", "unit is x", "our unit", a hyphenated name, a group noun's name. */
const UNIT_STATED =
  /\b(?:(?:unit|bu|team)[^\S\n]*(?:is|=|:|should[^\S\n]+be)[^\S\n]+\S|our[^\S\n]+unit\b|unit[^\S\n]+[a-z0-9]+[-_][a-z0-9])/;
const WORD_BEFORE_KEY =
  /\b(?:the|our|their|a|an)[^\S\n]+([a-z][a-z0-9]*)[^\S\n]+(?:(?:api|access|bedrock)[^\S\n]+)?keys?\b/g;
const NOT_A_UNIT_BEFORE_KEY = new Set(
  (
    'old new current existing latest previous last next other same whole entire main primary personal shared temp ' +
    'temporary permanent spare backup master root admin default prod production staging dev test sandbox legacy live ' +
    'real fake dummy full leaked leaking stale exposed expiring working pending active original extra second first ' +
    'only one long short api access bedrock aws iam example sample right wrong correct proper separate single'
  ).split(' '),
);

export function unitNamedElsewhere(outside: string): boolean {
  if (UNIT_STATED.test(outside)) return true;
  for (const m of outside.matchAll(WORD_BEFORE_KEY)) {
    const w = m[1] ?? '';
    if (!NOT_A_UNIT_BEFORE_KEY.has(w) && !FUNCTION_WORDS.has(w) && LEXICON[w] === undefined && isNameWord(w))
      return true;
  }
  return outside.split(/[^\w-]+/).some((w) => w.length > 3 && writtenAsName(w));
}
