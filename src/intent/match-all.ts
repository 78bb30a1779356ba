/**
 * `text.matchAll(re)` without its cost when nothing matches. matchAll copies its pattern and builds an
 * iterator on every call, several times the cost of one test; the parser runs most of its patterns
 * over texts that have no match. A non-global twin of the pattern tests first (from the start of the
 * text, so a pattern's own lastIndex makes no difference to what is found).
 */
const twins = new WeakMap<RegExp, RegExp>();
const NONE: readonly RegExpExecArray[] = [];

export function matchesOf(text: string, re: RegExp): Iterable<RegExpExecArray> {
  if (re.sticky) return text.matchAll(re);
  let twin = twins.get(re);
  if (twin === undefined) {
    twin = new RegExp(re.source, re.flags.replace('g', ''));
    twins.set(re, twin);
  }
  return twin.test(text) ? text.matchAll(re) : NONE;
}
