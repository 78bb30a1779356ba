/**
 * speed57: a set of pattern alternatives tested as one, each alternative only on a text that holds every pair
 * of adjacent characters it needs. Same answer as the alternation of them all (with the same flags), at a
 * fraction of the cost when the alternatives are many: a long alternation tries each of its alternatives at
 * nearly every position of the text (PHRASE_TRIGGER with 'i', 700 alternatives, took about 0.8 ms a text).
 *
 * Why the answer is the same:
 * - an alternation without back-references matches where one of its alternatives does (each is compiled
 *   apart; a source with a back-reference is never split, it is one ungated alternative);
 * - an alternative needs the pairs of literal characters it has in a row at its top level (outside groups and
 *   classes, neither under a quantifier: requiredPairs), so a text without one of them cannot match it;
 * - the text's pairs are read with ASCII letters in lower case and every other character past ASCII as one code
 *   (127), and the pattern's literals alike: with 'i' an ASCII letter matches only its other case, and a
 *   character past ASCII only characters past ASCII (ECMAScript's Canonicalize never maps one onto ASCII without
 *   'u'); with 'u' and 'i' the long s and the Kelvin sign fold onto 's' and 'k' (the only two: the test
 *   pair-gated.test.ts checks every character), so a text holding one of them is tested with the whole
 *   alternation. Surrogates in a pattern (one character with 'u') end a row of literals.
 * Only a skip is ever decided by the pairs; where an alternative may match, its pattern decides.
 */

/** Characters past ASCII that /…/iu matches to an ASCII letter (Unicode simple case folding: ſ → s, K → k). */
export const ASCII_FOLDING = /[\u017f\u212a]/;

/** The pairs a text holds: SEEN[first * 128 + second] === stamp, codes as the module's comment says. */
const SEEN = new Uint32Array(128 * 128);
let stamp = 0;
let marked: string | undefined;
/** The text's distinct pairs, in the order first seen: HELD[0 … heldCount - 1]. */
let HELD = new Int32Array(256);
let heldCount = 0;

/** Marks the pairs of a text (nothing to do when it is the text marked last). */
function mark(text: string): void {
  if (text === marked) return;
  marked = text;
  if (stamp === 0xffffffff) {
    SEEN.fill(0);
    stamp = 0;
  }
  const now = ++stamp;
  if (HELD.length < text.length) HELD = new Int32Array(text.length);
  heldCount = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = 127;
    if (prev >= 0) {
      const pair = prev * 128 + c;
      if (SEEN[pair] !== now) {
        SEEN[pair] = now;
        HELD[heldCount++] = pair;
      }
    }
    prev = c;
  }
}

/** A pattern source's top-level alternatives (split at each '|' outside groups and classes). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The length of the escape at `at` (the backslash and what it holds). */
function escapeLength(source: string, at: number): number {
  const m =
    /^\\(?:[pPk][{<][^}>]*[}>]|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[\s\S])/.exec(
      source.slice(at, at + 64),
    );
  return m === null ? 1 : m[0].length;
}

/** The index just past the group that opens at `open` (its ')' + 1), or -1 if it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The quantifier at `at` ('?', '*', '+', '{n}', '{n,}', '{n,m}', each maybe lazy): its length, 0 if none. */
function quantifierAt(source: string, at: number): { length: number; optional: boolean } {
  const c = source[at];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    length = 1;
    optional = true;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at, at + 24));
    if (m === null) return { length: 0, optional: false };
    length = m[0].length;
    optional = Number(m[1]) === 0;
  } else return { length: 0, optional: false };
  if (source[at + length] === '?') length++;
  return { length, optional };
}

/** English letters from the most to the least frequent: which of an alternative's clauses a text is likeliest to lack. */
const LETTERS_BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';
/** How common a character (a SEEN code) is in a message: a space most, then letters by frequency, digits, the rest. */
function characterCommonness(code: number): number {
  if (code === 32) return 30;
  const rank = LETTERS_BY_FREQUENCY.indexOf(String.fromCharCode(code));
  if (rank >= 0) return 26 - rank;
  return code >= 48 && code <= 57 ? 8 : 4;
}
/** How likely a text is to hold one of a clause's pairs (a rough estimate: only the choice among clauses uses it). */
function commonness(clause: Int32Array): number {
  let sum = 0;
  for (const pair of clause) sum += characterCommonness(pair >> 7) * characterCommonness(pair & 127);
  return sum;
}

/**
 * What every text an alternative (no top-level '|') matches must hold: clauses, each a list of pairs (SEEN
 * indexes) one of which the text holds. Two literal characters in a row give a clause of one pair; a group
 * that must occur (not a look-around, not optional) gives its own clauses when it has one alternative, and when
 * it has several and each needs something, one clause of the least common clause of each. An escape, a class, '.',
 * an anchor, a surrogate, a character ASCII_FOLDING lists and whatever is optional or repeated end a row and add
 * nothing: a pair is only ever left out, never made up.
 */
export function requiredClauses(source: string): Int32Array[] {
  const clauses: Int32Array[] = [];
  let prev = -1;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      i += escapeLength(source, i);
      i += quantifierAt(source, i).length;
      prev = -1;
    } else if (c === '[') {
      let k = i + 1;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
      i = k + 1;
      i += quantifierAt(source, i).length;
      prev = -1;
    } else if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return clauses;
      const q = quantifierAt(source, end);
      const lookAround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      if (!lookAround && !q.optional) {
        const bodyStart = source.startsWith('(?:', i)
          ? i + 3
          : source.startsWith('(?<', i)
            ? source.indexOf('>', i) + 1
            : i + 1;
        const body = source.slice(bodyStart, end - 1);
        const inside = topAlternatives(body);
        if (inside.length === 1) clauses.push(...requiredClauses(body));
        else {
          const picked: number[] = [];
          let every = true;
          for (const alternative of inside) {
            const inner = requiredClauses(alternative);
            if (inner.length === 0) {
              every = false;
              break;
            }
            picked.push(...inner.reduce((a, b) => (commonness(b) < commonness(a) ? b : a)));
          }
          if (every) clauses.push(Int32Array.from(new Set(picked)));
        }
      }
      i = end + q.length;
      prev = -1;
    } else if ('^$.|)]}{*+?'.includes(c)) {
      i++;
      i += quantifierAt(source, i).length;
      prev = -1;
    } else {
      const q = quantifierAt(source, i + 1);
      let code = c.charCodeAt(0);
      if (q.length > 0 || (code >= 0xd800 && code <= 0xdfff) || ASCII_FOLDING.test(c)) {
        // A quantified character is left out, with the pair before it.
        i += 1 + q.length;
        prev = -1;
        continue;
      }
      if (code >= 65 && code <= 90) code += 32;
      else if (code > 127) code = 127;
      if (prev >= 0) clauses.push(Int32Array.of(prev * 128 + code));
      prev = code;
      i++;
    }
  }
  return clauses;
}

/** The alternatives keyed on a pair no alternative needs: none. */
const NONE = new Int32Array(0);

/** Whether a source has a back-reference (numbered or named): then its alternatives are not tried apart. */
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

/**
 * Alternatives tested as their alternation: `test(text)` answers as `new RegExp(sources.map((s) => `(?:${s})${suffix}`)
 * .join('|'), flags).test(text)`. The suffix (a look-ahead) follows each alternative: a group of alternatives followed
 * by a test matches where one of them followed by the test does.
 */
export class PairGated {
  private readonly gated: { clauses: Int32Array[]; re: RegExp }[] = [];
  /** The alternatives that need no pair, as one pattern, and the sources with a back-reference, each whole. */
  private readonly ungated: RegExp[] = [];
  private readonly folds: boolean;
  private wholes: RegExp[] | undefined;
  /**
   * The alternatives by the pairs of their key clause (their least common one): an alternative can match only a text
   * that holds one of these, so only those the text's pairs list are looked at. Indexed by the pair (a SEEN index),
   * NONE where no alternative keys on it: an array read per pair of the text, cheaper than a Map's (speed61).
   */
  private readonly byPair: Int32Array[] = new Array<Int32Array>(128 * 128).fill(NONE);
  /** The last test at which each alternative was looked at (once per test, however many of its pairs the text has). */
  private readonly lookedAt: Uint32Array;
  private tests = 0;

  constructor(
    private readonly sources: readonly string[],
    private readonly flags: string,
    private readonly suffix = '',
  ) {
    this.flags = flags.replace(/[gy]/g, '');
    this.folds = /[uv]/.test(this.flags) && this.flags.includes('i');
    const open: string[] = [];
    for (const source of sources) {
      if (BACK_REFERENCE.test(source)) {
        this.ungated.push(new RegExp(`(?:${source})${suffix}`, this.flags));
        continue;
      }
      for (const part of topAlternatives(source)) {
        const clauses = requiredClauses(part);
        const wrapped = `(?:${part})${suffix}`;
        if (clauses.length === 0) open.push(wrapped);
        else this.gated.push({ clauses, re: new RegExp(wrapped, this.flags) });
      }
    }
    if (open.length > 0) this.ungated.push(new RegExp(open.join('|'), this.flags));
    const lists = new Map<number, number[]>();
    this.gated.forEach(({ clauses }, a) => {
      const key = clauses.reduce((x, y) => (commonness(y) < commonness(x) ? y : x));
      for (const pair of new Set(key)) {
        const list = lists.get(pair) ?? [];
        list.push(a);
        lists.set(pair, list);
      }
    });
    for (const [pair, list] of lists) this.byPair[pair] = Int32Array.from(list);
    this.lookedAt = new Uint32Array(this.gated.length);
  }

  /** Whether one of the alternatives matches the text. */
  test(text: string): boolean {
    if (this.folds && ASCII_FOLDING.test(text)) {
      this.wholes ??= this.sources.map((s) => new RegExp(`(?:${s})${this.suffix}`, this.flags));
      return this.wholes.some((re) => re.test(text));
    }
    mark(text);
    const now = stamp;
    const gated = this.gated;
    const lookedAt = this.lookedAt;
    if (this.tests === 0xffffffff) {
      lookedAt.fill(0);
      this.tests = 0;
    }
    const test = ++this.tests;
    const byPair = this.byPair;
    for (let h = 0; h < heldCount; h++) {
      const list = byPair[HELD[h] as number] as Int32Array;
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as number;
        if (lookedAt[a] === test) continue;
        lookedAt[a] = test;
        const { clauses, re } = gated[a] as (typeof gated)[number];
        let held = true;
        for (let k = 0; k < clauses.length && held; k++) {
          const clause = clauses[k] as Int32Array;
          held = false;
          for (let p = 0; p < clause.length && !held; p++) held = SEEN[clause[p] as number] === now;
        }
        if (held && re.test(text)) return true;
      }
    }
    const ungated = this.ungated;
    for (let a = 0; a < ungated.length; a++) if ((ungated[a] as RegExp).test(text)) return true;
    return false;
  }
}
