/**
 * post41d: the AWS Regions' places named in another language (fix41h, fix41a, fix41c: Polish "w Londynie", Finnish
 * "Lontoossa", Turkish "Tayvan", Swahili "Afrika Kusini", Russian "в Лондоне"). A place name is no word of the
 * language around it: "Я в Лондоне, токен не нужен" (I don't need a token), "Olin Lontoossa, en tarvinnut tokenia"
 * read as token only because the classifier took the known place for a request's Region, where the same text with a
 * city not listed ("в Москве", "Helsingissä") stayed unknown. parse-request.ts reads such a text a second time with
 * the place as an unknown word (neutralPlaces) and acts only where that reading acts alike.
 */
import { RUSSIAN_PLACES } from './more-languages.js';

/** The Latin-script names, without accents (aws-regions.ts). */
const LATIN: readonly string[] = [
  'wirginia',
  'wirginii',
  'kalifornien',
  'californie',
  'kalifornia',
  'kalifornii',
  'kaliforniya',
  'afrika kusini',
  'kapstadt',
  'kapsztad',
  'ciudad del cabo',
  'cidade do cabo',
  'citta del capo',
  'africa do sul',
  'tajwan',
  'tayvan',
  'japonia',
  'japonii',
  'japonya',
  'jepang',
  'nhat ban',
  'seulu',
  'korei',
  'guney kore',
  'han quoc',
  'indiach',
  'hindistan',
  'hajdarabad',
  'haidarabad',
  'singapurze',
  'xingapo',
  'australii',
  'avustralya',
  'dzakarta',
  'dzakarcie',
  'cakarta',
  'indonezja',
  'indonezji',
  'endonezya',
  'malezja',
  'malezji',
  'malezya',
  'nowa zelandia',
  'nowej zelandii',
  'nuova zelanda',
  'selandia baru',
  'nieuw-zeeland',
  'nieuw zeeland',
  'tajlandia',
  'tajlandii',
  'tayland',
  'bangkoku',
  'krung thep',
  'kanadzie',
  'montrealu',
  'almanya',
  'frankfurtissa',
  'nemecko',
  'nemecku',
  'tyskland',
  'almaen',
  'zurych',
  'curych',
  'szwajcaria',
  'isvicre',
  'svycarsko',
  'svycarsku',
  'tukholma',
  'tukholmassa',
  'stokholm',
  'szwecja',
  'szwecji',
  'isvec',
  'svedsko',
  'svedsku',
  'mediolan',
  'mediolanie',
  'mediolanu',
  'milao',
  'wlochy',
  'wloszech',
  'italya',
  'italii',
  'eidal',
  'hiszpania',
  'hiszpanii',
  'ispanya',
  'spanelsko',
  'spanelsku',
  'saragosse',
  'saragossa',
  'sbaen',
  'dublinie',
  'dublinu',
  'baile atha cliath',
  'irsko',
  'irsku',
  'iwerddon',
  'dulyn',
  'ddulyn',
  'nulyn',
  'llundain',
  'londain',
  'lontoo',
  'lontoossa',
  'lundunir',
  'londyne',
  'londynu',
  'londona',
  'wielka brytania',
  'wielkiej brytanii',
  'ingiltere',
  'grossbritannien',
  'reino unido',
  'regno unito',
  'verenigd koninkrijk',
  'lundain',
  'lloegr',
  'prydain',
  'deyrnas unedig',
  'pariz',
  'parizi',
  'pariisi',
  'pariisissa',
  'francja',
  'fransa',
  'ffrainc',
  'tel awiw',
  'tel-aviv',
  'izrael',
  'izraelu',
  'israil',
  'dubaj',
  'dubaju',
  'emiratos arabes unidos',
  'emirats arabes unis',
  'emirati arabi uniti',
  'emirados arabes unidos',
  'zjednoczone emiraty arabskie',
  'birlesik arap emirlikleri',
  'abu zabi',
  'abou dabi',
  'bahrein',
  'barein',
  'bahreyn',
  'bahrajn',
  'bahrajnie',
  'arabia saudita',
  'arabie saoudite',
  'arabia saudi',
  'arab saudi',
  'arabia saudyjska',
  'arabii saudyjskiej',
  'suudi arabistan',
  'rijad',
  'meksyk',
  'meksyku',
  'meksika',
  'mexique',
  'messico',
  'brazylia',
  'brazylii',
  'brezilya',
  'pekinie',
  'pequim',
  'pechino',
  'bac kinh',
];

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
