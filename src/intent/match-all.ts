/**
 * `text.matchAll(re)` without its cost when nothing matches. matchAll copies its pattern and builds an
 * iterator on every call, several times the cost of one test; the parser runs most of its patterns
 * over texts that have no match. A non-global twin of the pattern tests first (from the start of the
 * text, so a pattern's own lastIndex makes no difference to what is found).
 *
 * When the twin matches, the matches are those matchAll yields, found by exec on a copy of the
 * pattern made once (matchAll makes its copy on every call, through the RegExp species constructor):
 * the copy starts at the pattern's lastIndex and steps past an empty match as matchAll does.
 */
const twins = new WeakMap<RegExp, RegExp>();
const copies = new WeakMap<RegExp, { copy: RegExp; fullUnicode: boolean }>();
const NONE: readonly RegExpExecArray[] = [];

export function matchesOf(text: string, re: RegExp): Iterable<RegExpExecArray> {
  if (re.sticky || !re.global) return text.matchAll(re);
  let twin = twins.get(re);
  if (twin === undefined) {
    twin = new RegExp(re.source, re.flags.replace('g', ''));
    twins.set(re, twin);
  }
  if (!twin.test(text)) return NONE;
  let own = copies.get(re);
  if (own === undefined) {
    own = { copy: new RegExp(re.source, re.flags), fullUnicode: /[uv]/.test(re.flags) };
    copies.set(re, own);
  }
  const { copy, fullUnicode } = own;
  copy.lastIndex = re.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) {
    found.push(m);
    if (m[0] === '') copy.lastIndex = advance(text, copy.lastIndex, fullUnicode);
  }
  return found;
}

/** AdvanceStringIndex: the next index, past a whole surrogate pair in a Unicode pattern. */
function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  if (lead < 0xd800 || lead > 0xdbff) return index + 1;
  const trail = text.charCodeAt(index + 1);
  return trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
