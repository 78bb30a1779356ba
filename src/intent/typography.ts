/**
 * Typographic punctuation as the plain characters the parser's patterns read: curly quotes and apostrophes, primes,
 * dashes and the minus sign, wide and zero-width spaces. Phones and office tools put them in for the person ("I’m
 * locked out", “prod”, "rotate it — now"); Slack passes them on as typed. (The ellipsis stays as typed: "ABSK…" is
 * quoted back to the person as they wrote it.)
 *
 * Read before anything else, so that a text typed in Latin letters is held one byte a character through the whole
 * parse: V8 keeps a string two bytes a character once it holds one character past U+00FF, and compiles every pattern
 * run on such a string again for that width, a second copy kept for the process's life (marks.ts). Texts in other
 * scripts, and emoji, stay as typed.
 */
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u200b': '',
  '\u2060': '',
  '\ufeff': '',
};
const TYPOGRAPHY =
  /[\u2018-\u201f\u2032\u2033\u2012-\u2015\u2212\u200b\u2060\ufeff\u2000-\u200a\u202f\u205f\u3000]/g;
const PAST_LATIN1 = /[\u0100-\uffff]/;

/** The text with typographic punctuation plain, held one byte a character when nothing past Latin-1 is left. */
export function plainTypography(text: string): string {
  if (!PAST_LATIN1.test(text)) return text;
  const plain = text.replace(TYPOGRAPHY, (c) => PLAIN[c] ?? ' ');
  return oneByteWhereItFits(plain);
}

/**
 * The text held one byte a character when every character fits in Latin-1: a round trip through JSON gives back the
 * same characters, and V8 makes the new string as narrow as they allow (a string that once held a wider character
 * stays two bytes a character through every slice and replace made of it).
 */
export function oneByteWhereItFits(text: string): string {
  return PAST_LATIN1.test(text) ? text : (JSON.parse(JSON.stringify(text)) as string);
}
