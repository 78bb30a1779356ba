/**
 * fix45e, tuned-styles-arabizi: Arabizi, Arabic (Gulf, Egyptian, Levantine, Maghrebi) written in Latin letters and
 * digits (3 = ع, 7 = ح, 2 = ء, 5 = خ) and mixed with English or French: "3ayez token sa3tein law sama7t" (I want a
 * token for two hours, please), "api key lel fraud scoring, 90 yom", "ghayyar el mifta7 bta3 churn_predictor",
 * "history el shahr elli fat lel crew-rostering". surface.ts's glossary reads words of letters only; Arabizi's words
 * hold digits ("sa3a", "la2", "mifta7"), so the message was read as English with unknown words in it, and "lel"
 * (for the), "bta3" (of) or "bidi" (I want) were taken for the unit's name.
 *
 * This reads such a message into English words, as more-languages.ts glosses Hinglish or Swahili, and only a message
 * with a strong word (one no English text has: "sa3a", "3ayez", "bta3", "lel", "momken"); the weak words ("el" the,
 * "w" and, "fi" in, "bas" only) are read only in such a message. Phrases first (a number of hours or days, a period,
 * "la2 khalliha" no, leave it), then the words.
 */

/** A word of Arabizi: letters and digits, not inside a name ("fraud-scoring", "souq.search", an e-mail, a mention). */
const WORD = String.raw`(?<![\p{L}\p{N}_@.\-/\x60'’:])([a-z0-9]*[a-z][a-z0-9]*|[a-z]*\d[a-z0-9]*[a-z])(?![\p{L}\p{N}_@\-/\x60'’]|\.[\p{L}\p{N}])`;
const WORD_RE = new RegExp(WORD, 'giu');

/** Words no English text has: one of them marks the message as Arabizi. */
const STRONG_WORDS = [
  'sa3a',
  'sa3at',
  'sa3aat',
  'sa3tein',
  'sa3ten',
  'da2i2a',
  'da2aye2',
  'da2ayi2',
  '3ayez',
  '3ayz',
  '3ayza',
  '3ayzeen',
  '3awez',
  '3awza',
  'bidi',
  'biddi',
  'badde',
  'baddi',
  'bidna',
  'baghi',
  'bghit',
  'bghina',
  'abgha',
  'abghi',
  'me7tag',
  'me7taga',
  'me7tageen',
  'momken',
  'mumkin',
  'mumken',
  'momkin',
  'lmodet',
  'modet',
  'lel',
  'lal',
  'bta3',
  'bta3et',
  'bta3t',
  'bta3ti',
  'bta3i',
  'taba3',
  'taba3i',
  'dyal',
  'dyali',
  '7ag',
  'mifta7',
  'mafatee7',
  'la2',
  'sama7t',
  'samaht',
  '3afak',
  'yalla',
  'yom',
  'yomein',
  'shahr',
  'shahrein',
  'ashhor',
  'shhour',
  'usbu3',
  'usbu3ein',
  'akher',
  'warrini',
  'warini',
  'a3tini',
  '3tini',
  'ghayyar',
  'ilghi',
  '2ilghe',
  'wa2afo',
  'e2fel',
  'sakker',
  '3ashan',
  'ezay',
  'kifash',
  'emta',
  'sarafna',
  'khlsna',
  'chhal',
  'gdeed',
  'jdid',
  '2asdi',
  'khalliha',
  'khaliha',
  '5alliha',
  'ensa',
  'e3melli',
  '3andak',
  '3amal',
  '3amalt',
  'et3amal',
  'te3mel',
  'a3mel',
  'n3mel',
  'ne3mel',
  'elli',
  'a5od',
];

/** Phrases, read before the words: several words that mean one thing. */
const PHRASES: [RegExp, string][] = [
  // A request taken back or put to a person: "la2 ensa" (no, never mind), "la2 mish lazem" (no, not needed), "mesh
  // 3ayez token" (I don't want a token), "momken te3mel … lamma tfda?" (can you … when you are free?), "e3melli token
  // men 3andak" (make me a token from your account).
  [/\bla2\s*,?\s*(?:ensa|insa|ensah)\b/giu, 'no, never mind'],
  [/\bla2\s*,?\s*(?:mish|mesh|msh)\s+lazem\b/giu, 'no, not needed'],
  [/\b(?:mesh|mish|msh|ma)\s+(?:3ayez|3ayza|3ayz|bidi|baddi|baghi|abi|abgha)\b/giu, "don't need"],
  [/\bkont\s+(?:3ayez|3ayza|bidi|baghi)\b/giu, 'wanted'],
  [/\b(?:momken|mumkin)\s+(?=te3mel|t3mel|ti3mel)/giu, 'can you '],
  [/\blamma\s+(?:tfda|tefda|tfadda|tkoun\s+fadi)\b/giu, 'when you get a sec'],
  [/\b(?:men|min|mn)\s+3andak\b/giu, 'from your account'],
  [/\bwalla\s+la2\b/giu, 'or not'],
  [/\b(?:3ala|3la|fi)\s+el\s+(?:mobile|phone|telefon|tel)\s+bas\b/giu, 'on my phone only'],
  [/\b7ad\s+(?:tani|tany|ghiri|ghayri)\b/giu, 'someone else'],
  [/\b(?:mifta7|mafatee7)\s+(?:el\s+)?(?:3arabeya|3arabiya|sayyara|tomobil)\b/giu, 'car key'],
  // How long: "sa3a w nos" (an hour and a half), "sa3tein w nos", "sa3a w rob3", "nos sa3a", "rob3 sa3a".
  [/\bsa3tein\s+w\s*nos\b/giu, '150 minutes'],
  [/\b(?:sa3a|sa3)\s+w\s*nos\b/giu, '90 minutes'],
  [/\b(?:sa3a|sa3)\s+w\s*rob3\b/giu, '75 minutes'],
  [/\bnos\s+sa3a\b/giu, '30 minutes'],
  [/\brob3\s+sa3a\b/giu, '15 minutes'],
  [/\b(?:wa7da|wa7ed)\s+sa3a\b/giu, '1 hour'],
  [/\btalat\s+(?:sa3at|saat|sa3aat)\b/giu, '3 hours'],
  [/\barba3\s+(?:sa3at|saat|sa3aat)\b/giu, '4 hours'],
  // A period: "hal shahr" / "el shahr da" (this month), "el shahr elli fat" (last month), "akher 7 ayam" (the last 7
  // days), "el usbu3 elli fat" (last week), "shahrein fatu" (two months ago).
  [/\b(?:hal|el)\s+shahr\s+(?:elli|illi|el)\s+(?:fat|fa2et|madi)\b/giu, 'last month'],
  [/\b(?:hal\s+shahr|el\s+shahr\s+(?:da|dah|di|hada|hadha))\b/giu, 'this month'],
  [/\b(?:el\s+)?usbu3\s+(?:elli|illi|el)\s+(?:fat|madi)\b/giu, 'last week'],
  [/\b(?:el\s+)?usbu3\s+(?:da|dah|hada)\b/giu, 'this week'],
  [/\bshahrein\s+fatu\b/giu, '2 months ago'],
  [/\bakher\s+usbu3ein\b/giu, 'the last 14 days'],
  [/\bakher\s+usbu3\b/giu, 'the last 7 days'],
  [/\bakher\s+(\d+)\s+(?:ayam|iyam|yom|youm)\b/giu, 'the last $1 days'],
  [/\bakher\s+(\d+)\s+(?:shhour|ashhor|ashhur|shuhur)\b/giu, 'the last $1 months'],
  [/\bsana\s+kamla\b/giu, '1 year'],
  [/\blaw\s+(?:sama7t|samaht|sama7ti|samahti)\b/giu, ''],
  [/\ble\s+(?=\d|modet|zamili|<@)/giu, 'for '],
  // "la2 khalliha" with nothing after it: no, leave it (the request taken back); "khalliha sa3tein": make it two.
  [/\b(?:khall?iha|5all?iha)\b(?=\s*(?:\d|sa3|nos|rob3))/giu, 'make it'],
  [/\b(?:khall?iha|5all?iha)\b/giu, 'leave it'],
  // "kol el keys" (all the keys), "kol 7aga" (everything).
  [/\bkol\s+7aga\b/giu, 'everything'],
  // A command's verb after "do" ("te3mel rotate", "n3mel revoke"): the command itself.
  [/\b(?:te3mel|a3mel|n3mel|ne3mel)\s+(?=rotate|revoke|deprovision)/giu, ''],
  [/\bet3amal\s+(rotate|revoke)\b/giu, 'was $1d'],
  [/\b(?:el\s+)?units?\s+(?:elli\s+3andi|bta3ti|bta3i|taba3i|dyali)\b/giu, 'my units'],
];

/** Words, read once the message is known as Arabizi. */
const WORDS: Record<string, string> = {
  sa3a: 'hour',
  'sa3at|sa3aat|saat': 'hours',
  'sa3tein|sa3ten': '2 hours',
  'da2i2a|da2aye2|da2ayi2': 'minutes',
  'yom|youm|ayam|iyam': 'days',
  yomein: '2 days',
  shahr: 'month',
  shahrein: '2 months',
  'ashhor|shhour|ashhur|shuhur': 'months',
  usbu3: 'week',
  usbu3ein: '2 weeks',
  sana: 'year',
  '3ayez|3ayz|3ayza|3awez|3awza|bidi|biddi|badde|baddi|baghi|bghit|abgha|abghi|abi': 'i need',
  '3ayzeen|bidna|bghina': 'we need',
  'me7tag|me7taga|me7tageen': 'needs',
  'momken|mumkin|mumken|momkin': 'can i get',
  'lmodet|modet': '',
  l: 'for',
  'lel|lal|lil': 'for the',
  'bta3|bta3et|bta3t|taba3|dyal|dial|7ag': 'of',
  'bta3ti|bta3i|taba3i|dyali': 'mine',
  el: 'the',
  wel: 'and the',
  w: 'and',
  fi: 'in',
  f: 'in',
  ma3: 'with',
  '3ala|3la': 'on',
  kol: 'all',
  'mifta7|mafatee7': 'key',
  'gdeed|gedid|jdid|jdide|jadid': 'new',
  la2: 'no',
  ensa: 'forget it',
  '2asdi': 'i mean',
  ana: 'i',
  bas: 'just',
  ya3ni: '',
  'sama7t|samaht|3afak|yalla|inshallah': '',
  law: 'if',
  zamili: 'my colleague',
  'shokran|shukran|mersi': '',
  'warrini|warini|wareeni': 'show me',
  'a3tini|3tini|a3teeni': 'give me',
  'ashoof|ashouf|nshouf|yeshoof': 'see',
  ghayyar: 'change',
  'ilghi|2ilghe': 'cancel',
  wa2afo: 'stop',
  e2fel: 'stop',
  sakker: 'shut down',
  '3ashan': 'because',
  'ezay|kifash': 'how',
  emta: 'when',
  'sarafna|khlsna': 'we spent',
  chhal: 'how much',
  '3amal|3amalt': 'did',
  'te3mel|a3mel|n3mel|ne3mel': 'make',
  elli: 'that',
  a5od: 'get',
  'mesh|mish|msh': 'not',
  walla: 'or',
  '7ad': 'anyone',
  lw: 'if',
  '5adna|akhadna': 'we take',
  bukra: 'tomorrow',
  hayez3al: 'will be angry',
  e3melli: 'make me',
  'habibi|ya': '',
  '3andi': 'i have',
  '3andna': 'we have',
  'wa7ed|wa7da': 'one',
  'lih|leh|lesh|lech': 'why',
  a3raf: 'to know',
  wa2ef: 'is down',
  kont: 'was',
  a2ool: 'tell',
  '2ali|2alli': 'told me',
  '2al': 'said',
  estanna: 'to wait',
  lazem: 'must',
};
const WORD_MAP = new Map<string, string>();
for (const [words, en] of Object.entries(WORDS)) for (const w of words.split('|')) WORD_MAP.set(w, en);

/** Whether the text (in lower case) has a strong word: the step's test. */
const ARABIZI_WHEN = new RegExp(String.raw`\b(?<![@.\-/])(?:${STRONG_WORDS.join('|')})(?![\w@\-/])`, 'i');

/**
 * The message read into English words (a message with no strong word is left as it is). parse-request.ts reads the
 * English before anything else, as it reads a message in another script (other-scripts.ts): the tests on the text as
 * typed (a request put to a person, a request taken back) read it too.
 */
export function arabizi(s: string): string {
  if (!ARABIZI_WHEN.test(s)) return s;
  let out = s;
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  return out
    .replace(WORD_RE, (m, word: string) => {
      const en = WORD_MAP.get(word.toLowerCase());
      return en === undefined ? m : en === '' ? ' ' : en;
    })
    .replace(/[ \t]{2,}/g, ' ');
}

/** The message read into English words, or null when it has no Arabizi word (parse-request.ts). */
export function arabiziAsEnglish(s: string): string | null {
  const out = arabizi(s);
  return out === s ? null : out;
}
