/**
 * A part of a day as a lifetime: "access to Claude for the afternoon", "an AI login for tonight", "for the
 * rest of the day", "for today only". It is a span of hours, a token's (README: lay names are a `token`
 * for a lifetime in hours), not a unit's key; "the afternoon-shift team", "the day crew" are names. The day
 * part closes its phrase (the end, a mark, "to", "so", "please", "only", "and", ...): "for the day one
 * team", "for the evening news team", "for the night audit assistant", "for the rest of the day for
 * growth" name a unit or go on to one.
 */
const FOR_DAY_PART =
  /\bfor\s+(?:(?:the|this)\s+)?(?:rest\s+of\s+(?:the|this|today'?s?)\s+)?(?:afternoon|morning|evening|day|night)\b(?![-_'])(?=\s*(?:[.,;:!?)—–-]|$|(?:to|so|please|pls|plz|only|and|then|thanks|thx|ty|while|as|because|since|just|if|or|i|we|my|our|like)\b|\d))|\bfor\s+(?:today|tonight)\b(?![-_'])/;

/** Does the text ask for something for a part of today? */
export function forPartOfDay(text: string): boolean {
  return (
    (text.includes('day') || text.includes('noon') || text.includes('ing') || text.includes('night')) &&
    FOR_DAY_PART.test(text)
  );
}
