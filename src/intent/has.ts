// `has(text, part)` is `text.includes(part)` without loading `includes` from the string at each call site
// (round twenty-seven, speed27). A site `text.includes(…)` keeps an inline cache of the receiver's map, and
// the strings the readers see come in five maps (sequential, cons, sliced, thin, internalized), so about 180
// such sites went megamorphic (round twenty-six). Here `includes` is taken once from String.prototype and
// called with the text, so no site loads it. The call sites are rewritten by a codemod that knows from the
// type checker that the receiver is a string (never an array): /work/wt/speed27-codemod.mjs in that round.
const includes = String.prototype.includes;

export function has(text: string, part: string): boolean {
  return includes.call(text, part);
}
