/**
 * A misspelt city of the Region table ("tkn 8h frnkfurt", "token 2h in londn", "sydny"): the city's
 * name is one of the table's (the place in brackets of a Region's description, one word of 6 letters
 * or more: "Frankfurt", "London", "Sydney", "Singapore"), the word is 5 letters or more, one edit
 * (a letter missing, added, changed, or two swapped) from that name, and no English word or name.
 * The word is then read as that city, so as a Region where the city would be one ("the londn team"
 * stays a team's name, as "the london team" does).
 */
import { AWS_REGIONS } from '../core/aws-regions.js';
import { editDistance } from './typos.js';

/**
 * The cities: one word of 6 letters or more ("Central" is no city; "Tokyo", "Paris" are too short). A
 * state after "N." is one too (requests22: "tkn 1h virgina", "token 2h in califronia").
 */
const CITIES = [
  ...new Set(
    AWS_REGIONS.map((r) =>
      (/\(([^)]*)\)/.exec(r.description)?.[1]?.toLowerCase() ?? '').replace(/^n\. /, ''),
    ).filter((c) => /^[a-z]{6,}$/.test(c) && c !== 'central'),
  ),
];
/**
 * English words and names one edit from a city (Debian's wamerican, searched when the list was made):
 * kept as written ("the calvary church", "Sidney from payroll", "german", "iceland"). Not "frankfort"
 * (requests22): in a message to the bot it is Frankfurt misspelt ("tkn 3h frankfort"), Kentucky's capital has
 * no Region, and a team named after it stays a team ("the frankfort team").
 */
const ENGLISH_NEAR_CITIES = new Set([
  'calvary',
  'californian',
  'djakarta',
  'german',
  'germans',
  'germane',
  'iceland',
  'landon',
  'lyndon',
  'malaysian',
  'sidney',
  // (fix22c: "my lead is a virginian", as "californian".)
  'virginian',
]);
const SHORTEST = Math.min(...CITIES.map((c) => c.length)) - 1;
const LONGEST = Math.max(...CITIES.map((c) => c.length)) + 1;

/** Per word, the city it misspells or '' (bounded; cleared when full). */
const cache = new Map<string, string>();
const CACHE_SIZE = 100_000;

function cityOf(word: string): string {
  let city = cache.get(word);
  if (city !== undefined) return city;
  city = '';
  if (!ENGLISH_NEAR_CITIES.has(word))
    // (Not the description's "N." glued on, "nvirginia", "ncalifornia": read as written, as before; speed14.)
    for (const c of CITIES)
      if (
        c !== word &&
        word !== `n${c}` &&
        Math.abs(c.length - word.length) <= 1 &&
        editDistance(word, c, 1) <= 1
      ) {
        city = c;
        break;
      }
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, city);
  return city;
}

/**
 * The runs of letters of a lowercase text (`runs`, in text order) that misspell a city, with the
 * city; undefined when there are none.
 */
export function misspeltCities(runs: readonly string[]): Map<string, string> | undefined {
  let found: Map<string, string> | undefined;
  for (const run of runs) {
    if (run.length < SHORTEST || run.length > LONGEST || run.length < 5) continue;
    const city = cityOf(run);
    if (city === '') continue;
    found ??= new Map();
    found.set(run, city);
  }
  return found;
}
