/**
 * post41d: the AWS Regions' places named in another language (fix41h, fix41a, fix41c: Polish "w Londynie", Finnish
 * "Lontoossa", Turkish "Tayvan", Swahili "Afrika Kusini", Russian "в Лондоне"). A place name is no word of the
 * language around it: "Я в Лондоне, токен не нужен" (I don't need a token), "Olin Lontoossa, en tarvinnut tokenia"
 * read as token only because the classifier took the known place for a request's Region, where the same text with a
 * city not listed ("в Москве", "Helsingissä") stayed unknown. parse-request.ts reads such a text a second time with
 * the place as an unknown word (neutralPlaces) and acts only where that reading acts alike.
 */
import { PLACES_ABROAD } from '../core/aws-regions.js';
import { RUSSIAN_PLACES } from './more-languages.js';

/** The Latin-script names, without accents. */
const LATIN: readonly string[] = Object.values(PLACES_ABROAD).flat();

const NO_ACCENT: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss' };
const plain = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .replace(/[ıłŁđĐß]/g, (c) => NO_ACCENT[c] ?? c);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const LATIN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...LATIN]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * The first word of each place above (the lead, round forty-one: a text none of whose words opens one names none, and is
 * not run through LATIN_RE, whose cost on every acting reading was a tenth of the parse's).
 */
const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORDS = new Set([...LATIN].map((place) => place.match(WORD)?.[0] ?? place));
const mayNameOne = (s: string): boolean =>
  (plain(s).toLowerCase().match(WORD) ?? []).some((w) => FIRST_WORDS.has(w));
const CYRILLIC = new Set(Object.keys(RUSSIAN_PLACES).flatMap((k) => k.split('|')));
const CYRILLIC_WORD = /[\p{Script=Cyrillic}-]+/gu;

/**
 * The text with each place named in another language put as a word no reader knows (Latin "Qzxv", Cyrillic
 * "Ыщщ"), as the place read before fix41h; null when it names none.
 */
export function neutralPlaces(input: string): string | null {
  let changed = false;
  let s = input;
  if (/[a-z]/i.test(s) && mayNameOne(s)) {
    // (Matched without accents, put back in the text as written: "cho tôi token ở Bắc Kinh" keeps its other accents,
    // by which its language is read.)
    const chars = [...s];
    const at: number[] = [];
    let flat = '';
    chars.forEach((c, i) => {
      const f = plain(c);
      for (let k = 0; k < f.length; k++) at.push(i);
      flat += f;
    });
    const spans: [number, number][] = [];
    for (const m of flat.matchAll(LATIN_RE))
      spans.push([at[m.index] ?? 0, (at[m.index + m[0].length - 1] ?? chars.length - 1) + 1]);
    for (const [from, to] of spans.reverse()) chars.splice(from, to - from, 'Qzxv');
    if (spans.length > 0) {
      changed = true;
      s = chars.join('');
    }
  }
  if (/\p{Script=Cyrillic}/u.test(s))
    s = s.replace(CYRILLIC_WORD, (w) => {
      if (!CYRILLIC.has(w.toLowerCase())) return w;
      changed = true;
      return 'Ыщщ';
    });
  return changed ? s : null;
}
