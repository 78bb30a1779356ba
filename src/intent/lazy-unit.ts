/**
 * A parse whose business unit is read on first use (speed: the unit finder is about a tenth of a
 * parse, and a text that ends as help or nothing, or whose reading never asks for the unit, need not
 * run it). The unit is an own, enumerable accessor in its place among the parse's keys, so a copy
 * (`{ ...parse }`) or the JSON of the parse reads it as before. (Added in its place as the parse is
 * built: an accessor put over a data property would turn the parse into a slow dictionary object.)
 */
import type { IntentName, ParseResult } from '../core/request.js';

/** Where a lazy parse keeps how to read its unit (not enumerable: no copy or JSON sees it). */
const UNIT_OF = Symbol('unit of');
type Lazy = ParseResult & { [UNIT_OF]: () => string | null };
/**
 * One getter and setter for every lazy parse (functions made per parse would give each parse a map of
 * its own, and every step that reads a parse would slow down).
 */
const LAZY_UNIT: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: Lazy): string | null {
    return this[UNIT_OF]();
  },
  set(this: Lazy, value: string | null): void {
    this[UNIT_OF] = () => value;
  },
};

/**
 * The parse (keys in `emptyParse`'s order, then `problems`), its unit read from `unit` on first use
 * (`unit` keeps what it read: the rules' reading does).
 */
export function withLazyUnit(parse: ParseResult, unit: () => string | null): ParseResult {
  if (parse.alternatives !== undefined || parse.question !== undefined || parse.topic !== undefined)
    return { ...parse, businessUnit: unit() };
  const lazy = { intent: parse.intent } as Lazy;
  Object.defineProperty(lazy, 'businessUnit', LAZY_UNIT);
  lazy.owner = parse.owner;
  lazy.ttlSeconds = parse.ttlSeconds;
  lazy.region = parse.region;
  lazy.keyKind = parse.keyKind;
  lazy.expiryDays = parse.expiryDays;
  lazy.keyId = parse.keyId;
  lazy.all = parse.all;
  lazy.longTerm = parse.longTerm;
  lazy.provider = parse.provider;
  lazy.period = parse.period;
  lazy.confidence = parse.confidence;
  lazy.reason = parse.reason;
  if (parse.problems !== undefined) lazy.problems = parse.problems;
  Object.defineProperty(lazy, UNIT_OF, { value: unit, writable: true });
  return lazy;
}

/** Is the parse's unit an accessor not read through yet? (Then a spread would read it.) */
function lazyUnit(parse: ParseResult): boolean {
  return Object.getOwnPropertyDescriptor(parse, 'businessUnit')?.get !== undefined;
}

/**
 * `fill({ ...parse, intent, confidence, reason })` without reading a unit the parse has not read yet (a
 * spread would): `fill` is given the copy with no unit, and what it returns (a new parse, which `fill`
 * makes without reading or changing the unit) reads the unit from `parse` on first use.
 */
export function filledAs(
  parse: ParseResult,
  intent: IntentName,
  confidence: number,
  reason: string,
  fill: (base: ParseResult) => ParseResult,
): ParseResult {
  if (!lazyUnit(parse)) return fill({ ...parse, intent, confidence, reason });
  // (The copy's unit is null: `fill` neither reads nor changes it.)
  const base = { ...withLazyUnit(parse, () => null), intent, confidence, reason };
  let read: string | null | undefined;
  return withLazyUnit(fill(base), () => {
    if (read === undefined) read = parse.businessUnit;
    return read;
  });
}
