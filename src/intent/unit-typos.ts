/**
 * fix52e, tuned-insurer: a unit of time mistyped on a phone right after a number ("token fir 3 hoirs", "4 hiurs",
 * "30 minites", "2 weeka", "6 montsh"): a word one key off "hours", "minutes", "days", "weeks", "months" or "years"
 * (a letter changed, added, dropped or two swapped; two slips in a word of seven letters or more) with the same first
 * letter is read as that unit, in every place a number of time is read (durations.ts). Only right after a number, in
 * digits or a small number said in words, and only a word of five letters or more ("3 dogs", "2 homes", "5 heros" keep
 * their reading: more than one slip off any unit); the unit list already names the common misspellings.
 */
import { editDistance } from './typos.js';

const TIME_UNITS = [
  'hours',
  'hour',
  'minutes',
  'minute',
  'days',
  'weeks',
  'week',
  'months',
  'month',
  'years',
];
const KNOWN = new Set([...TIME_UNITS, 'hrs', 'mins', 'secs', 'seconds', 'second', 'day', 'year']);
/** A word of five letters or more right after a number: the only place a slip is read. */
const AFTER_NUMBER =
  /(?<![\w.])(\d{1,3}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|couple\s+of)[^\S\n]+([a-z]{5,9})\b/g;
const GATE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|few|of))[^\S\n]+[a-z]{5}/;

const cache = new Map<string, string | null>();

/** The unit of time a slip stands for, or null. */
function unitOf(word: string): string | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let found: string | null = null;
  if (!KNOWN.has(word))
    for (const unit of TIME_UNITS) {
      if (unit[0] !== word[0]) continue;
      const max = word.length >= 7 && unit.length >= 7 ? 2 : 1;
      if (editDistance(word, unit, max) <= max) {
        found = unit;
        break;
      }
    }
  if (cache.size > 5000) cache.clear();
  cache.set(word, found);
  return found;
}

/** The lowercase text with a unit of time mistyped after a number written as meant ("3 hoirs" → "3 hours"). */
export function withUnitTypos(lower: string): string {
  if (!GATE.test(lower)) return lower;
  return lower.replace(AFTER_NUMBER, (all, n: string, word: string) => {
    const unit = unitOf(word);
    return unit === null ? all : `${n} ${unit}`;
  });
}
