/**
 * `list[i]`, and undefined below 0 without reading there (speed26). In V8 a read at index -1 (`terms[i - 1]`
 * at i = 0) is a named-property read of "-1": it turns that read site megamorphic for good, so every later read
 * there goes through the generic keyed load (5–6 times slower than an element read). About a hundred such
 * sites in the unit finder, the owner reader and the rules read the term before a word this way.
 */
export const itemAt = <T>(list: ArrayLike<T>, i: number): T | undefined => (i >= 0 ? list[i] : undefined);
