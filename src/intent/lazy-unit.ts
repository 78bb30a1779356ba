/**
 * A parse whose business unit is read on first use (speed: the unit finder is about a tenth of a
 * parse, and a text that ends as help or nothing, or whose reading never asks for the unit, need not
 * run it). The unit is an own, enumerable accessor in its place among the parse's keys, so a copy
 * (`{ ...parse }`) or the JSON of the parse reads it as before; the parse is made by one object literal
 * (an accessor added to an object later would turn it into a slow dictionary object).
 */
import type { IntentName, ParseResult } from '../core/request.js';

/** The parse (keys in `emptyParse`'s order, then `problems`), its unit read from `unit` on first use. */
export function withLazyUnit(parse: ParseResult, unit: () => string | null): ParseResult {
  if (parse.alternatives !== undefined || parse.question !== undefined || parse.topic !== undefined)
    return { ...parse, businessUnit: unit() };
  let read: string | null | undefined;
  const lazy: ParseResult = {
    intent: parse.intent,
    get businessUnit(): string | null {
      if (read === undefined) read = unit();
      return read;
    },
    set businessUnit(value: string | null) {
      read = value;
    },
    owner: parse.owner,
    ttlSeconds: parse.ttlSeconds,
    region: parse.region,
    keyKind: parse.keyKind,
    expiryDays: parse.expiryDays,
    keyId: parse.keyId,
    all: parse.all,
    longTerm: parse.longTerm,
    provider: parse.provider,
    period: parse.period,
    confidence: parse.confidence,
    reason: parse.reason,
  };
  if (parse.problems !== undefined) lazy.problems = parse.problems;
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
  return withLazyUnit(fill(base), () => parse.businessUnit);
}
