/**
 * fix52c (tuned-freight): Hungarian glossed into English, so that the English readers do the rest ("kérnék egy
 * tokent két órára" → "i would like a token for 2 hours", "vond vissza a dispatch-assistant kulcsát" → "revoke the
 * dispatch-assistant key", "mennyit költött a X az elmúlt 30 napban?" → "how much spent the X in the last 30 days?").
 *
 * Hungarian is agglutinative: a noun carries its case and possessive endings ("kulcs", "kulcsot", "kulcsát",
 * "kulcsaival"; "óra", "órára", "órás"), so the words are read by stem and ending, not listed form by form:
 *  - a number (digits, a number word, "fél", "másfél", "negyed", "háromnegyed") before a unit of time, the ending
 *    telling how it is meant: "-ra/-re" and "-ig" for how long ("két órára" → "for 2 hours"), "-s" an adjective
 *    ("egy órás token" → "a 1 hour token"), "-ban/-ben" after "az elmúlt" the last N ("az elmúlt 2 hétben" → "in the
 *    last 14 days"), "-ja/-je" or "ezelőtt" ago;
 *  - our nouns by stem (token, kulcs, unit, egység, modell, csapat), plural when the ending is;
 *  - the verbs of asking and of our commands in their imperative, conditional, infinitive and 1st-person forms with
 *    their preverbs ("cseréld le", "vond vissza", "szüntesd meg", "hozz létre"), the question words, time words,
 *    thanks and please, negation and take-back ("nem kell", "mégse", "felejtsd el");
 *  - Hungarian puts "kell"/"kellene"/"kérek"/"szeretnék" after what is wanted ("egy órás token kellene"): the wanted
 *    thing is read after the English verb ("i need a 1 hour token"), unless the clause asks a question.
 * Words are matched without their accents too (phone typing: "kerek", "orara", "kulcsat").
 * A cheap gate (HU_GATE: letters and stems no other language of the glossary has) keeps every other text from paying
 * anything; the words that are also words elsewhere ("mi", "ki", "a", "ne", "most") are read only behind it.
 */

/** Folds a word to lower case without accents ("Órára" → "orara", "kulcsát" → "kulcsat"). */
const fold = (w: string): string => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Stems of Hungarian only: our nouns and verbs with Hungarian endings, its question words, thanks and please (with and
 * without accents). A text without one is returned untouched. (Not ő or ű alone: a Hungarian place in English, "on my
 * way to the Győr plant, need a token", is English.)
 */
export const HU_GATE =
  /(?<![\p{L}])(?:tokent|tokenre|tokenek|tokeneket|tokennel|kulcs\p{L}*|unit(?:ot|nak|tal|ok|okat|ja|jai|jaim|jaink|om|unk|ban|hoz|ról|rol|ra)|egység\p{L}*|egyseg(?:et|ek|eket|nek|hez)|modellek\p{L}*|k[ée]r(?:ek|n[ée]k|n[ée]m|n[ée]nk|hetek|hetn[ée]k)|kérünk|szeretn[ée](?:k|nk|m)|kellene|kéne|l[ée]gyszi|k[öo]szi|k[öo]sz[öo]n\p{L}*|k[öo]ltött\p{L}*|k[öo]lts[ée]g\p{L}*|mennyi[tb]?\p{L}*|hány|milyen|melyik|hogyan|óra(?:ra|s|t|ig|ja)|órá(?:ra|s|t|ig|ja)|órás|napra|napig|h[óo]nap\p{L}*|évre|elm[úu]lt|múlt|cser[ée]l\p{L}*|rotál\p{L}*|vond\s+vissza|vonj\p{L}*\s+vissza|vonn\p{L}*\s+vissza|visszavon\p{L}*|t[öo]r[öo]ld|t[öo]r[öo]lj\p{L}*|t[öo]r[öo]lni|sz[üu]ntes\p{L}*|megsz[üu]ntet\p{L}*|mutasd|mutass\p{L}*|el[őo]zm[ée]ny\p{L}*|list[áa]zd|list[áa]zza|csin[áa]l(?:j|d|n[áa]l|ni)|k[ée]sz[íi]t(?:s|sd|sen|sen[ée]l|en[ée]l|eni)|l[ée]trehoz\p{L}*|hozd\s+l[ée]tre|hozz\s+l[ée]tre|kaphat\p{L}*|adnál|t[öo]rt[ée]nt|[ée]rhet[őo]k?|el[ée]rhet[őo]\p{L}*|tulajdonos\p{L}*|r[ée]gi[óo]ban|frankfurti|m[ée]gse[m]?|felejtsd)(?![\p{L}])/iu;

/** Number words, folded, with their values (the compounds the files write out). */
const NUMBERS: Record<string, number> = {
  egy: 1,
  ket: 2,
  ketto: 2,
  harom: 3,
  negy: 4,
  ot: 5,
  hat: 6,
  het: 7,
  nyolc: 8,
  kilenc: 9,
  tiz: 10,
  tizenegy: 11,
  tizenket: 12,
  tizenketto: 12,
  tizenot: 15,
  husz: 20,
  huszonnegy: 24,
  harminc: 30,
  negyven: 40,
  negyvenot: 45,
  otven: 50,
  hatvan: 60,
  hetven: 70,
  nyolcvan: 80,
  kilencven: 90,
  szaz: 100,
  szaznyolcvan: 180,
  haromszazhatvanot: 365,
};
/** Fractions before a unit of time: "fél" half, "másfél" one and a half, "negyed" a quarter, "háromnegyed" three quarters. */
const FRACTIONS: Record<string, number> = { fel: 0.5, masfel: 1.5, negyed: 0.25, haromnegyed: 0.75 };

/** Units of time by folded stem, their English plural and their length in the next smaller unit we write. */
const TIME_UNITS: [RegExp, string, number, string][] = [
  // stem, English unit, minutes or days in one, the smaller English unit used for fractions
  [/^(?:ora|oraj)/, 'hours', 60, 'minutes'],
  [/^perc/, 'minutes', 1, 'minutes'],
  [/^nap/, 'days', 1, 'days'],
  [/^(?:het|hete)/, 'weeks', 7, 'days'],
  [/^honap/, 'months', 30, 'days'],
  [/^ev/, 'years', 12, 'months'],
];
const NUMBER_WORD = Object.keys(NUMBERS).join('|');
const FRACTION_WORD = 'h[áa]romnegyed|negyed|m[áa]sf[ée]l|f[ée]l';
/** A number (digits, with a decimal comma or point, a number word, "két és fél") before a Hungarian unit of time. */
const HU_SPAN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(az\s+)?(elm[úu]lt|el[őo]z[őo]|utols[óo])\s+)?(\d+(?:[.,]\d+)?|${FRACTION_WORD}|(?:${NUMBER_WORD.replace(/o/g, '[oóöő]').replace(/e/g, '[eé]').replace(/a/g, '[aá]').replace(/i/g, '[ií]').replace(/u/g, '[uúüű]')}))(?:\s+[ée]s\s+(f[ée]l))?(?:\s*-?\s*|\s+)((?:[óo]r[áa]|[óo]r[áa]\p{L}*|perc\p{L}*|nap\p{L}*|h[ée]t(?:re|ig|en|ben|et|es|nyi)?|het(?:es|et|ig|ekre|ek|ekben|ekig|i)|h[óo]nap\p{L}*|[ée]v(?:re|ig|es|et|ben|e|nyi)?))(?![\p{L}])(\s+(?:ezel[őo]tt|el[őo]tt|m[úu]lva))?`,
  'giu',
);

function numberOf(word: string): number | undefined {
  const f = fold(word);
  if (/^\d/.test(f)) return Number(f.replace(',', '.'));
  return NUMBERS[f] ?? FRACTIONS[f];
}

/** "két órára" → "for 2 hours", "egy órás" → "1 hour", "az elmúlt 2 hétben" → "in the last 14 days". */
function spans(s: string): string {
  return s.replace(
    HU_SPAN_RE,
    (
      m,
      _az: string | undefined,
      last: string | undefined,
      num: string,
      andHalf: string | undefined,
      unitWord: string,
      ago: string | undefined,
    ) => {
      let n = numberOf(num);
      if (n === undefined) return m;
      if (andHalf !== undefined) n += 0.5;
      const u = fold(unitWord);
      const unit = TIME_UNITS.find(([re]) => re.test(u));
      if (unit === undefined) return m;
      // "hét" alone after a number word is seven, not a week ("hét órára" was taken by the number first).
      const [, en, size, smaller] = unit;
      let count = String(n);
      let name = en;
      if (!Number.isInteger(n)) {
        count = String(Math.round(n * size));
        name = smaller;
      }
      const one = count === '1' ? name.replace(/s$/, '') : name;
      if (last !== undefined) {
        // "az elmúlt 2 hétben": the last N, in days where the unit is weeks (the readers count "last 14 days").
        if (en === 'weeks') return `in the last ${n * 7} days`;
        return `in the last ${count} ${name}`;
      }
      const ending = u.replace(/^(?:oraj|ora|perc|napj?|hete|het|honapj?|ev)/, '');
      if (ago !== undefined && /ezel|elott/.test(fold(ago))) return `${count} ${name} ago`;
      if (ago !== undefined) return `in ${count} ${name}`;
      if (/^(?:ra|re|ig|nyi|ekre|ekig)$/.test(ending)) return `for ${count} ${one}`;
      if (/^(?:s|os|es|as)$/.test(ending)) return `${count} ${one}`;
      if (/^(?:ja|e|a)$/.test(ending)) return `${count} ${name} ago`;
      if (/^(?:ban|ben|en|on)$/.test(ending)) return `in ${count} ${name}`;
      return `${count} ${count === '1' ? one : name}`;
    },
  );
}

/** Phrases read before the words: two-word turns, preverbs after their verb, periods, take-backs. */
const PHRASES: [RegExp, string][] = (
  [
    // greetings
    [String.raw`j[óo]\s+reggelt`, 'good morning'],
    [String.raw`j[óo]\s+napot(?:\s+k[íi]v[áa]nok)?`, 'good day'],
    [String.raw`l[ée]gy\s+sz[íi]ves`, 'please'],
    // negation and take-back
    [String.raw`nem\s+kell(?:ene)?(?:\s+m[áa]r)?`, 'no need'],
    [String.raw`(?:m[ée]gsem?|m[ée]gis\s+nem)(?:\s+kell)?`, 'never mind'],
    [String.raw`felejtsd\s+el|felejtse\s+el|hagyjuk|hagyd\s+(?:csak|ki)`, 'forget it'],
    [String.raw`nem\s+kell\s+t[öo]bb[ée]`, 'no longer needed'],
    // periods
    [
      String.raw`(?:ebben|ezen)\s+a\s+h[óo]napban|e\s+h[óo]napban|id[ée]n\s+ebben\s+a\s+h[óo]napban`,
      'this month',
    ],
    [String.raw`(?:a\s+)?(?:m[úu]lt|el[őo]z[őo])\s+h[óo]nap(?:ban)?`, 'last month'],
    [String.raw`(?:ezen|ebben)\s+a\s+h[ée]ten|e\s+h[ée]ten`, 'this week'],
    [String.raw`(?:a\s+)?(?:m[úu]lt|el[őo]z[őo])\s+h[ée]t(?:en)?`, 'last week'],
    [String.raw`(?:a\s+)?(?:m[úu]lt|el[őo]z[őo])\s+[ée]v(?:ben)?`, 'last year'],
    // question turns
    [String.raw`mi\s+van\s+(?=a\s|az\s)`, 'what is with '],
    [String.raw`mi\s+t[öo]rt[ée]nt\s+(?=a\s|az\s)`, 'what happened to '],
    [String.raw`h[áa]ny\s+kulcs(?:a|uk|om|unk)?\s+van`, 'how many keys does it have'],
    [String.raw`mennyibe\s+ker[üu]l(?:t)?`, 'how much did it cost'],
    [String.raw`mennyi\s+ideig`, 'how long'],
    [String.raw`(?:[ée]rhet[őo]k?\s+el|el[ée]rhet[őo]k?)`, 'available'],
    [String.raw`kell[\s-]+e`, 'do i need'],
    [String.raw`lehet[\s-]+e`, 'is it possible'],
    [String.raw`ki\s+hozta\s+l[ée]tre`, 'who created'],
    [String.raw`ki\s+hagyja\s+j[óo]v[áa]`, 'who approves'],
    // our verbs with their preverbs
    [
      String.raw`(?:cser[ée]ld|cser[ée]lje|cser[ée]lj[üu]k|cser[ée]lj[ée]tek|cser[ée]lj[ée]k|cser[ée]ln[ée]d|cser[ée]ln[ée]tek|cser[ée]ln[ée]k)\s+(?:le|ki)`,
      'rotate',
    ],
    // (fix53b: "kérem a X kulcsát visszavonni", please revoke X's key: the infinitive put before what it is done to.)
    [
      String.raw`k[ée]r(?:em|n[ée]m|n[ée]nk|j[üu]k|ek)\s+((?:a|az)\s+[^,.;!?\n]{1,80}?)\s+(visszavonni|t[öo]r[öo]lni|lecser[ée]lni|kicser[ée]lni|megsz[üu]ntetni|rot[áa]lni)`,
      '$2 $1',
    ],
    [
      String.raw`(?:vond|vonja|vonj[áa]k|vonj[áa]tok|vonj[üu]k|vonn[áa]d|vonn[áa]tok|vonn[áa]|vonn[áa]k)\s+vissza`,
      'revoke',
    ],
    [
      String.raw`(?:sz[üu]ntesd|sz[üu]ntesse|sz[üu]ntess[üu]k|sz[üu]ntess[ée]tek|sz[üu]ntess[ée]k|sz[üu]ntetn[ée]d|sz[üu]ntetn[ée]k)\s+meg`,
      'remove',
    ],
    [
      String.raw`(?:t[öo]r[öo]ld|t[öo]r[öo]lje|t[öo]r[öo]lj[üu]k|t[öo]r[öo]lj[ée]tek|t[öo]r[öo]lj[ée]k|t[öo]r[öo]ln[ée]d)\s+ki`,
      'delete',
    ],
    [String.raw`(?:tiltsd|tiltsa|tiltsuk)\s+le`, 'disable'],
    [String.raw`(?:[úu]j[íi]tsd|[úu]j[íi]tsa|hosszabb[íi]tsd|hosszabb[íi]tsa)\s+meg`, 'renew'],
    [
      String.raw`(?:hozz|hozzon|hozd|hozza|hozzuk|hozz[áa]tok|hozzanak|hozzatok|hozn[áa]l|hozn[áa]d)\s+l[ée]tre`,
      'create',
    ],
    [String.raw`(?:mutasd|mutassa|mutass[áa]tok|mutass[áa]k|mutatn[áa]d)\s+meg`, 'show'],
    [String.raw`(?:sorold|sorolja)\s+fel`, 'list'],
    [String.raw`adj(?:on)?\s+nekem`, 'give me'],
    [String.raw`(?:a|az)\s+([\p{L}]+)i\s+r[ée]gi[óo]ban`, 'in the $1 region'],
    // the dative "-nak/-nek" of a unit, a team: "for" before its name ("a driver chat unitnak" → "for the driver chat unit")
    [
      String.raw`(?:a|az)\s+((?:[\p{L}\p{N}_-]+\s+){0,2}[\p{L}\p{N}_-]+)\s+(unit|egys[ée]g|csapat)(?:nak|nek)`,
      'for the $1 $2',
    ],
    // the locative "-nál/-nél", "-ban/-ben" of a unit: "of" ("a sava-squad unitnál" → "of the sava-squad unit")
    [
      String.raw`(?:a|az)\s+((?:[\p{L}\p{N}_-]+\s+){0,2}[\p{L}\p{N}_-]+)\s+(unit|egys[ée]g|csapat)(?:n[áa]l|n[ée]l|ban|ben)`,
      'of the $1 $2',
    ],
    // "az összes kulcsot", "minden tokent": all of them (Hungarian counts in the singular)
    [String.raw`(?:az\s+)?(?:[öo]sszes|minden)\s+kulcs\p{L}*`, 'all keys'],
    [String.raw`(?:az\s+)?(?:[öo]sszes|minden)\s+token\p{L}*`, 'all tokens'],
    [String.raw`(?:az\s+)?(?:[öo]sszes|minden)\s+(?:unit|egys[ée]g)\p{L}*`, 'all units'],
    [String.raw`nem(?=\s*[,.!;])`, 'no'],
    // "az én unitjaim": the "my" is the ending's (words() reads "unitjaim" as "my units")
    [String.raw`(?:az\s+)?[ée]n(?=\s+\p{L}+(?:aim|eim|jaim|jeim)(?![\p{L}]))`, ''],
    [String.raw`az\s+eny[ée](?:m|im)`, 'are mine'],
    // an English noun with its Hungarian ending after a hyphen: "key-t", "token-t", "key-ket", "key-hez"
    [String.raw`(key|token|unit)-(?:t|et|ek|eket|ket|re|hez|nek|nak|je|ja|j[ée]t|jei|jai)`, '$1'],
    // (fix53b: the English word with its ending glued on, "access keyt", "api keyre".)
    [String.raw`(key)(?:t|et|re|hez|nek|je|j[ée]t)`, '$1'],
    [String.raw`mikor\s+j[áa]r(?:nak)?\s+le`, 'when expires'],
    [String.raw`hogyan\s+kell|hogy\s+kell`, 'how do i'],
    [String.raw`mit\s+kell`, 'what do i need to'],
  ] as [string, string][]
).map(([src, en]) => [new RegExp(String.raw`(?<![\p{L}])(?:${src})(?![\p{L}])`, 'giu'), en]);

/** Words, folded, → English ('' drops the word). */
const WORDS: Record<string, string> = {
  // thanks, please, hello
  koszi: 'thanks',
  kosz: 'thanks',
  koszike: 'thanks',
  koszonom: 'thanks',
  koszonjuk: 'thanks',
  koszonet: 'thanks',
  legyszi: 'please',
  legyszives: 'please',
  kerlek: 'please',
  szia: 'hi',
  sziasztok: 'hi',
  hali: 'hi',
  // asking (the verb put first is read in wants(); here where it stands first already)
  kaphatnek: 'could i get',
  kaphatok: 'can i get',
  kaphatnank: 'could we get',
  kaphatunk: 'can we get',
  kerhetek: 'can i get',
  kerhetnek: 'could i get',
  lehetne: 'could i get',
  adj: 'give me',
  adjon: 'give me',
  adnal: 'could you give me',
  adna: 'could you give me',
  csinalj: 'make',
  csinald: 'make',
  csinalnal: 'could you make',
  csinalni: 'make',
  keszits: 'create',
  keszitsd: 'create',
  keszitsen: 'create',
  keszitenel: 'could you create',
  kesziteni: 'create',
  generalj: 'generate',
  generalnal: 'could you generate',
  letrehozni: 'create',
  letrehoznal: 'could you create',
  // our commands without their preverb
  cserelni: 'rotate',
  lecserelni: 'rotate',
  lecserelned: 'could you rotate',
  cserelj: 'rotate',
  cserelned: 'could you rotate',
  rotald: 'rotate',
  rotalja: 'rotate',
  rotalni: 'rotate',
  rotalnad: 'could you rotate',
  rotaljuk: 'rotate',
  visszavonni: 'revoke',
  visszavonnad: 'could you revoke',
  torold: 'delete',
  toroljetek: 'delete',
  toroljek: 'delete',
  torolje: 'delete',
  toroljuk: 'delete',
  torolni: 'delete',
  torolned: 'could you delete',
  megszuntetni: 'remove',
  megszuntetned: 'could you remove',
  mutasd: 'show',
  mutassa: 'show',
  listazd: 'list',
  listazza: 'list',
  lista: 'list',
  listat: 'list',
  // what was done
  tortent: 'happened',
  tartozik: 'belongs',
  tartoznak: 'belong',
  hozzam: 'to me',
  hozzank: 'to us',
  kerni: 'to get',
  kapni: 'to get',
  tudnal: 'could you',
  tudna: 'could you',
  adni: 'give',
  ervenyes: 'valid',
  kulonbseg: 'difference',
  kozott: 'between',
  kiszivargott: 'leaked',
  kiszivarogott: 'leaked',
  elloptak: 'stolen',
  letrehozta: 'created',
  krealta: 'created',
  kert: 'requested',
  kapott: 'got',
  kaptak: 'got',
  cserelte: 'rotated',
  rotalta: 'rotated',
  visszavonta: 'revoked',
  torolte: 'deleted',
  koltott: 'spent',
  koltottunk: 'did we spend',
  koltottek: 'spent',
  koltottem: 'did i spend',
  fizettunk: 'did we pay',
  // questions
  mi: 'what',
  mit: 'what',
  milyen: 'what',
  milyenek: 'what',
  melyik: 'which',
  melyek: 'which',
  hany: 'how many',
  mennyi: 'how much',
  mennyit: 'how much',
  mikor: 'when',
  meddig: 'how long',
  hogyan: 'how',
  hol: 'where',
  miert: 'why',
  kik: 'who',
  mik: 'what are',
  van: 'is',
  vannak: 'are there',
  nincs: 'there is no',
  lehet: 'can',
  lehetseges: 'possible',
  hasznalhatok: 'can i use',
  hasznalhatunk: 'can we use',
  hasznalni: 'use',
  mukodik: 'works',
  lejar: 'expires',
  // our nouns (stems with endings are read in nouns())
  tulajdonos: 'owner',
  tulajdonosa: 'owner',
  tulajdonosnak: 'owner',
  gazdaja: 'owner',
  lejarat: 'expiry',
  lejarata: 'expiry',
  reszletek: 'details',
  reszletei: 'details',
  reszleteit: 'details',
  reszleteket: 'details',
  jovahagyas: 'approval',
  jovahagyast: 'approval',
  jovahagyasa: 'approval',
  jovahagyja: 'approves',
  regio: 'region',
  regiot: 'region',
  regioban: 'in region',
  alapertelmezett: 'default',
  koltseg: 'cost',
  koltsege: 'cost',
  koltsegek: 'costs',
  koltseget: 'cost',
  // time words
  tegnap: 'yesterday',
  ma: 'today',
  holnap: 'tomorrow',
  tavaly: 'last year',
  iden: 'this year',
  most: 'now',
  azonnal: 'now',
  januarban: 'in january',
  februarban: 'in february',
  marciusban: 'in march',
  aprilisban: 'in april',
  majusban: 'in may',
  juniusban: 'in june',
  juliusban: 'in july',
  augusztusban: 'in august',
  szeptemberben: 'in september',
  oktoberben: 'in october',
  novemberben: 'in november',
  decemberben: 'in december',
  marcius: 'march',
  aprilis: 'april',
  majus: 'may',
  junius: 'june',
  julius: 'july',
  // (fix53b: the rest of the paradigm, the plural and polite imperatives, "kérem" (please), history and log nouns.)
  kerem: 'please',
  kerjuk: 'please',
  adjatok: 'give me',
  adjanak: 'give me',
  csinaljatok: 'make',
  csinaljon: 'make',
  keszitsetek: 'create',
  keszitsenek: 'create',
  generaljatok: 'generate',
  generaljon: 'generate',
  generald: 'generate',
  cserelje: 'rotate',
  csereljetek: 'rotate',
  csereljek: 'rotate',
  rotaljatok: 'rotate',
  rotaljak: 'rotate',
  rotaljon: 'rotate',
  visszavonnatok: 'could you revoke',
  visszavonnak: 'could you revoke',
  mutassatok: 'show',
  mutassak: 'show',
  listazzatok: 'list',
  listazzak: 'list',
  elozmenyek: 'history',
  elozmenyei: 'history',
  elozmenyeit: 'history',
  elozmenyeket: 'history',
  naplo: 'log',
  naplot: 'log',
  naploja: 'log',
  tortenete: 'history',
  tortenetet: 'history',
  lejart: 'expired',
  // little words
  a: 'the',
  az: 'the',
  egy: 'a',
  es: 'and',
  vagy: 'or',
  de: 'but',
  nekem: 'for me',
  nekunk: 'for us',
  en: 'i',
  ne: "don't",
  nem: 'not',
  csak: 'just',
  teljesen: 'completely',
  vegleg: 'permanently',
  inkabb: 'rather',
  vagyis: 'i mean',
  bocs: 'sorry',
  varj: 'wait',
  enyem: 'mine',
  enyeim: 'mine',
  sajat: 'own',
  ossze: 'all',
  osszes: 'all',
  osszeset: 'all',
  mindet: 'all',
  frankfurti: 'frankfurt',
  irorszagi: 'ireland',
  // (fix53b: a place in the inessive, "Írországban" (in Ireland), "Frankfurtban".)
  irorszagban: 'in ireland',
  irorszagba: 'to ireland',
  frankfurtban: 'in frankfurt',
  londonban: 'in london',
  parizsban: 'in paris',
  stockholmban: 'in stockholm',
  milanoban: 'in milan',
  zurichben: 'in zurich',
  nemetorszagban: 'in germany',
  londoni: 'london',
  parizsi: 'paris',
  stockholmi: 'stockholm',
  milanoi: 'milan',
  zurichi: 'zurich',
};

/** Our nouns by stem: folded stem, the English singular and plural. */
const NOUNS: [RegExp, string, string][] = [
  [/^token(?:t|re|nel|hez|rol|em|ed|e|et|je|jet|es)?$/, 'token', ''],
  [/^token(?:ek|eket|eim|eink|ekrol|eket|ekkel)$/, 'tokens', ''],
  [/^kulcs(?:ot|a|at|ra|nak|hoz|rol|om|omat|unk|unkat|od|ot|aval|al|uk|ukat)?$/, 'key', ''],
  [/^kulcs(?:ok|okat|ai|ait|aival|aink|ainkat|okrol|okkal|aim|aimat)$/, 'keys', ''],
  [/^unit(?:ot|nak|tal|ja|om|unk|ban|hoz|rol|ra|bol|on|jat)?$/, 'unit', ''],
  [/^unit(?:ok|okat|jai|jaim|jaink|jainkat|jaimat|okrol)$/, 'units', ''],
  [/^egyseg(?:et|nek|hez|rol|e|unk|tol)?$/, 'unit', ''],
  [/^egyseg(?:ek|eket|eim|eink)$/, 'units', ''],
  [/^modell(?:t|je|hez|rol|en)?$/, 'model', ''],
  [/^modell(?:ek|eket|jei|ekrol)$/, 'models', ''],
  [/^csapat(?:nak|ot|unk|hoz|tol|rol|a)?$/, 'team', ''],
];
/** The asker's own, "unitjaim", "kulcsaim": my. */
const MINE_ENDING = /^(?:unitjaim|unitjaimat|kulcsaim|kulcsaimat|kulcsom|unitom|egysegeim|tokeneim)$/;

/**
 * A case ending glued to a name or a foreign word after a hyphen ("fuel-analytics-hu-nak", "sava-squad-ot", "Claude-hoz",
 * "Frankfurt-ban"): the name without it.
 */
const NAME_CASE_RE =
  /(?<![\p{L}\p{N}_-])([\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*)-(?:nak|nek|hoz|hez|höz|tól|től|ról|ről|ra|re|ba|be|ban|ben|val|vel|nál|nél|ot|et|öt|at|t|é|ét|ig)(?![\p{L}\p{N}])/giu;

/** Words wanted after the thing wanted: "X kell(ene)", "X kérek", "X szeretnék" → "i need X", "i would like X". */
const WANT_WORD =
  /(?<![\p{L}])(kell(?:ene|enek|enenek)?|k[ée]ne|k[ée]r(?:ek|n[ée]k|n[ée]m|n[ée]nk|[üu]nk)|szeretn[ée](?:k|nk|m))(?![\p{L}-])/iu;
const QUESTION_WORD =
  /(?<![\p{L}])(?:mi|mit|milyen|melyik|h[áa]ny|mennyi\p{L}*|mikor|meddig|hogyan|hogy|mi[ée]rt|ki|kik|hol)(?![\p{L}])/iu;

function wants(s: string): string {
  if (!WANT_WORD.test(s)) return s;
  return s.replace(/[^,.;!?\n]+/g, (clause) => {
    const m = WANT_WORD.exec(clause);
    if (m === null) return clause;
    const f = fold(m[1] ?? '');
    const en = /^(?:kell|kene)/.test(f) ? 'i need' : 'i would like';
    if (QUESTION_WORD.test(clause)) return clause.replace(WANT_WORD, /^(?:kell|kene)/.test(f) ? 'must' : en);
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    const lead = /^\s*/.exec(before)?.[0] ?? '';
    return (
      `${lead}${en} ${before.trim()} ${after.trim()}`.replace(/\s+$/, '') + (/\s$/.test(clause) ? ' ' : '')
    );
  });
}

const WORD_RE = /(?<![\p{L}\p{N}_@./-])([\p{L}]+)(?![\p{L}\p{N}_@-])/gu;

function words(s: string): string {
  return s.replace(WORD_RE, (m, w: string) => {
    const f = fold(w);
    if (MINE_ENDING.test(f))
      return f.startsWith('kulcs') || f.startsWith('token')
        ? `my ${f.startsWith('token') ? 'tokens' : 'keys'}`
        : 'my units';
    // (The article is "a" as typed: "á" is an exclamation, "á nem", oh no.)
    if (f === 'a' && w.length === 1 && w.toLowerCase() !== 'a') return m;
    const en = WORDS[f];
    if (en !== undefined) return en;
    for (const [re, one] of NOUNS) if (re.test(f)) return one;
    return m;
  });
}

/** A hyphenated name and "csapat" with its case ending after it ("miskolc-energia csapatnak", "… csapatot"). */
const CSAPAT_AFTER_NAME_RE =
  /(?<![\p{L}\p{N}_-])([\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+)\s+csapat(nak|n[áa]l|ban|ot|a|[áa]t|unk|hoz|r[óo]l|t[óo]l)?(?![\p{L}])/giu;
function csapatName(_m: string, name: string, ending: string | undefined): string {
  const e = fold(ending ?? '');
  return `${name}-csapat unit${e === 'nak' || e === 'nal' || e === 'ban' ? e : ''}`;
}

/** The Hungarian of a text in English; a text that is not Hungarian, as it is. */
export function hungarianAsEnglish(s: string): string {
  if (!HU_GATE.test(s)) return s;
  let out = s.replace(NAME_CASE_RE, '$1');
  // (fix53b: "a miskolc-energia csapatnak": a team noun after a hyphenated name is kept as part of the name, as English
  // keeps "team" after one, so the name is "miskolc-energia-csapat"; the case ending moves to "unit", which is no name.)
  if (CSAPAT_AFTER_NAME_RE.test(out)) out = out.replace(CSAPAT_AFTER_NAME_RE, csapatName);
  out = spans(out);
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  // "ki" is who only where a question begins with it ("ki kért tokent?"); elsewhere a preverb, dropped.
  out = out.replace(/(^|[,.;!?\n]\s*)ki(?=\s)/giu, '$1who');
  out = wants(out);
  out = words(out);
  return out.replace(/[ \t]{2,}/g, ' ');
}
