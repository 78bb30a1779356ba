/**
 * hunt42: a colleague named first and asked in another language with no comma after the name, the way people type it
 * in a thread ("Jonas kannst du einen Key für atlas anlegen?", "Julie tu peux créer une clé pour atlas", "Lars kan du
 * rotere nøkkelen?", "Budi tolong buatkan key untuk atlas"), named with a term of respect after the name ("Mehmet abi
 * … oluşturur musun", "Priya ji … rotate kar dijiye", "Emre bey, …"), or called by the Vietnamese vocative ("anh Minh
 * ơi tạo token …", "em Hà ơi, revoke key …"): the request is put to that person, not the bot.
 * not-live-request.ts's LEADING_NAME reads a name only before a comma, a dash or an English polite word; the word found
 * here is checked there against its opening words and the bot's own names ("Salut tu peux …", "Bot tu peux …" stay
 * the bot's).
 */

/** Not a letter of any script after a word (`\b` knows only ASCII). */
const END = String.raw`(?![\p{L}\p{N}])`;
/** A name in Title Case, Latin (with accents) or Cyrillic: "Jonas", "Élodie", "Олег". */
const NAME = String.raw`(\p{Lu}[\p{Ll}'’]{1,19})`;
/** A greeting before the name: "hey Jonas kannst du …", "hallo Julie tu peux …". */
const GREETING = String.raw`(?:(?:hey|hi|hallo|hello|salut|coucou|hola|oi|ol[aá]|ciao|hoi|hej|hei|moin|servus|cze[sś][cć]|привет)[ \t,!]+)?`;
/** An Indonesian or German title before the name: "Pak Budi tolong …", "Herr Lange könnten Sie …". */
const TITLE_BEFORE = String.raw`(?:(?:pak|bu|mas|mbak|kak|bang|herr|frau)[ \t]+)?`;
/** A polite word between the name and the question: "Lukas bitte kannst du …", "Олег пожалуйста …". */
const POLITE = String.raw`(?:(?:bitte|svp|stp|por\s+favor|per\s+favore|prosz[eę]|пожалуйста|alsjeblieft|pls|please)[ \t,]+)?`;
/**
 * The one named asked to do it, right after the name: "kannst du", "tu peux", "peux-tu", "puedes", "você pode",
 * "puoi", "możesz", "kun je", "kan du", "voitko", "можешь", "tolong", "tafadhali".
 */
const ASKED = String.raw`(?:kannst|k[öo]nntest|koenntest|k[öo]nnten\s+sie|k[öo]nnen\s+sie|¿?puedes|¿?podr[ií]as|(?:voc[eê]|vc|tu)\s+(?:pode|poderia|consegue)|podes|(?:tu|vous)\s+(?:peux|pourrais|pouvez|pourriez)|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|puoi|potresti|mo[zż]esz|mog[lł](?:by[sś]|aby[sś])|kun\s+(?:je|jij)|kan\s+(?:je|jij)|kunt\s+u|(?:kan|kunne|kunde|skulle)\s+(?:du|ni)|voi(?:si)?tko|voi(?:si)?tteko|можешь|можете|сможешь|сможете|можеш|не\s+мог(?:ла|ли)?\s+бы|tolong|tafadhali|naomba)${END}`;
/** A name, then at once the question put to it. */
const NAME_THEN_ASKED = new RegExp(
  String.raw`^[ \t]*${GREETING}${TITLE_BEFORE}${NAME}[ \t]+${POLITE}${ASKED}`,
  'iu',
);

/**
 * A term of respect after a name at the start, then a comma, or a Turkish question ("musun", "misiniz") or Hindi
 * request ("kar do", "kar dijiye", "bana do") later: "Mehmet abi … oluşturur musun", "Priya ji … rotate kar dijiye".
 * Not before a postposition ("Ahmet Bey için … oluştur", "Rahul bhai ke liye key", "Priya ji ki key": made for them).
 */
const NAME_THEN_RESPECT =
  /^[ \t]*(\p{Lu}[\p{Ll}]{1,19})[ \t]+(?:abi|abla|bey|han[ıi]m|hocam|ji|bhai|bhaiya|didi|sir|madam|san)(?:[ \t]*,|[ \t]+(?!(?:i[çc]in|ad[ıi]na|ke|ki|ka|ko|se|ne|ka|ke\s+liye)(?![\p{L}]))(?=\p{L}))/u;
const RESPECT_ASKED =
  /(?<![\p{L}])(?:m[iıuü]s[iıuü]n(?:[iıuü]z)?|(?:kar|bana|de|dena|karna)\s+(?:do|dijiye|dijie|dena|de|dein)|l[üu]tfen)(?![\p{L}])/iu;

/**
 * The Vietnamese vocative "<name> ơi", with a kin word before a name typed in lower case: "anh Minh ơi …", "Minh ơi …",
 * "em Hà ơi, …", "chị lan ơi".
 */
const VIETNAMESE_CALLED =
  /^[ \t]*(?:(?:anh|ch[iị]|em|b[aạ]n|c[oô]|ch[uú]|[oô]ng|b[aà])[ \t]+(\p{L}{1,12}(?:[ \t]+\p{L}{1,12})?)|(\p{Lu}\p{Ll}{0,11}))[ \t]+ơi(?![\p{L}])/u;

/**
 * fix45d, tuned-styles-nusantara: a colleague called by an Indonesian or Malay title and name, then asked ("Bang Farid,
 * bisa tolong revoke key X?", "encik Azman, boleh tolong mintak api key …", "Pak Budi bisa …"): put to that person. The
 * title is needed (a name alone before "bisa" may be a unit's), and the name is in Title Case.
 */
const NUSANTARA_TITLED =
  /^[ \t]*(?:(?:halo|hai|hi|hey|selamat\s+(?:pagi|siang|sore|malam))[ \t,!]+)?(?:pak|bu|mas|mbak|kak|bang|abang|encik|cik|puan|tuan|kakak|akak)[ \t]+(\p{Lu}\p{Ll}{1,19})(?:[ \t]*,[ \t]*|[ \t]+)(?:bisa|boleh|bisakah|bolehkah|tolong|tlg|mohon|minta|mintak|can|could|pls|please)(?![\p{L}])/iu;

/**
 * The word a request put to a named colleague opens with, lower-cased ("jonas", "mehmet", "minh"), or null. The
 * caller rules out greetings and the bot's names.
 */
export function nameAskedAbroad(text: string): string | null {
  const asked = NAME_THEN_ASKED.exec(text);
  if (asked !== null) return named(asked[1]);
  const titled = NUSANTARA_TITLED.exec(text);
  if (titled !== null) return named(titled[1]);
  if (text.includes('ơi')) {
    const called = VIETNAMESE_CALLED.exec(text);
    if (called !== null) return named(called[1]?.split(/[ \t]+/)[0] ?? called[2], called[1] !== undefined);
  }
  const respect = NAME_THEN_RESPECT.exec(text);
  if (respect !== null && (respect[0].trimEnd().endsWith(',') || RESPECT_ASKED.test(text)))
    return named(respect[1]);
  return null;
}

/**
 * Words in a name's place that name no one: greetings ("Coucou tu peux …", "Привет можешь …"), titles and kin words
 * alone ("Pak tolong …", "Anh ơi …"), a polite word ("Tolong buatkan …" is no name then "buatkan").
 */
const NO_NAME = new Set(
  (
    'hey hi hallo hello salut coucou hola oi olá ola ciao hoi hej hei moin servus cześć czesc привет здравствуйте ' +
    'pak bu mas mbak kak bang herr frau anh chị chi em bạn ban cô co chú chu ông ong bà ba bitte svp stp tolong ' +
    'tafadhali naomba please pls also und dann jetzt heute morgen alors bon donc ahora oggi vandaag idag i dag ' +
    // (thanks, agreement and interjections opening a request to the bot: "Super tu peux …", "Спасибо можешь …")
    'super top cool genial génial parfait perfecto perfeito perfetto prima klasse toll gut bien bueno bom bene ' +
    'dzięki dzieki спасибо спс obrigado obrigada valeu tack takk tak kiitos teşekkürler tesekkurler sağol sagol ' +
    'makasih asante sorry pardon entschuldigung désolé desole perdón perdon scusa scusi desculpa przepraszam ' +
    'извини извините простите aber mais pero mas maar men ale но а ja jo oui si sí sim да evet iya ndiyo nee non ' +
    'nein nie нет hayır hayir naja na nah ah oh eh hmm dai allora quindi então entao entonces dus nou così cosi ' +
    'team leute équipe equipe equipo equipa squadra zespół zespol команда ekip tim timu ' +
    // (question words: "Was können Sie?" asks the bot what it can do; "Wie kann ich …", "Comment tu peux …")
    'was wie wer wo wann warum wieso weshalb welche welcher welches woher wohin que quoi comment pourquoi quand où ' +
    'qui quel quelle quels quelles qué cómo como cuándo cuando dónde donde quién quien cuál cual cuánto cuanto ' +
    'porque porqué quem onde quanto cosa come quanto dove chi perché perche quale wat hoe wanneer waar wie waarom ' +
    'welke co jak kiedy gdzie kto czy dlaczego ile который что как когда где кто почему зачем сколько чем ' +
    'hva hvad vad hvordan hur når nar hvor var hvem vem hvorfor varför varfor hvilken vilken mitä mita miten ' +
    'milloin missä missa kuka miksi mikä mika'
  ).split(' '),
);

/** The name found, lower-cased, if it is one: Title Case unless called with a kin word before it. */
function named(word: string | undefined, kinBefore = false): string | null {
  if (word === undefined || !(kinBefore || /^\p{Lu}/u.test(word))) return null;
  const lower = word.toLowerCase();
  return NO_NAME.has(lower) ? null : lower;
}
