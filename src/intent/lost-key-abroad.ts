/**
 * acted30: a lost physical key, in another language: "Ich hab meinen Spindschlüssel im Personalraum verloren, hat den
 * jemand gefunden? Roter Anhänger", "ik ben mijn fietssleutel kwijt, iemand gezien?", "j'ai perdu ma clé de casier",
 * "perdí la llave del coche". A locker's, a house's, a car's or a bike's key (a German compound in -schlüssel, a Dutch
 * one in -sleutel, French "clé de …", Spanish "llave de …", Italian "chiave di …") lost or asked after ("hat den
 * jemand gefunden?") is a thing one carries, as the English "lost my locker key, anyone seen it?" (lock-keys.ts):
 * what else the text says ("Roter Anhänger", a red tag, read as "rotate") asks nothing of the bot. A key of ours
 * ("API-Schlüssel", "Zugangsschlüssel", "clé d'API", "llave de acceso") or one for a unit ("Schlüssel für growth")
 * is no such thing.
 * fix33a: Polish too, "klucz do …" (a van's, a store's, an archive's: "kto ma klucz do busa 17? stoi zamknięty pod
 * magazynem", "kto ma klucz do magazynu w archiwum?"), asked after ("kto ma": who has it) or lost ("zgubiłem").
 */

/** Not a letter of any script after or before a word (`\b` knows only ASCII). */
const END = String.raw`(?![\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;

/** What a physical key opens or belongs to, as the first part of a compound or after "de"/"di"/"del". */
const THINGS_DE = String.raw`spind|haus|haust[üu]r|wohnungs?|auto|wagen|fahrrad|rad|motorrad|roller|b[üu]ro|t[üu]r|zimmer|keller|garagen?|schrank|schlie(?:ß|ss)fach|briefkasten|vorh[äa]ngeschloss|tresor|kassen|spinde|umkleide|werkstatt|lager|tor|dienstwagen|transporter|firmenwagen|ersatz|zweit|general|haupt`;
const THINGS_NL = String.raw`kluis|kluisje|huis|voordeur|auto|fiets|scooter|brommer|kantoor|deur|kamer|kelder|garage|kast|locker|brievenbus|hangslot|kassa|bus|busje|reserve|bedrijfsauto|werkplaats`;
const THINGS_ROMANCE = String.raw`casier|vestiaire|maison|voiture|v[ée]lo|bureau|porte|chambre|cave|garage|placard|armoire|bo[iî]te\s+aux\s+lettres|cadenas|coffre|camionnette|taquilla|casa|coche|carro|moto|bici|bicicleta|oficina|puerta|habitaci[oó]n|s[oó]tano|armario|buz[oó]n|candado|caja\s+fuerte|furgoneta|casa|macchina|armadietto|ufficio|stanza|cantina|lucchetto|cassetto`;

/** What a Polish "klucz do …" opens, in the genitive (a van, a store, an archive, an office, a locker, a door). */
const THINGS_PL = String.raw`busa|busika|vana|auta|samochodu|furgonetki|ci[ęe][żz]ar[óo]wki|magazynu|archiwum|biura|szafki|szafy|drzwi|pokoju|piwnicy|gara[żz]u|sejfu|domu|mieszkania|roweru|skrzynki|k[łl][óo]dki|sali|szatni|bramy|kasy|hali|rampy|pomieszczenia|budynku|klatki|zaplecza|serwerowni`;

const PHYSICAL_KEY = new RegExp(
  [
    String.raw`${START}(?:${THINGS_DE})(?:-)?schl[üu](?:ss|ß)el\p{L}*${END}`,
    String.raw`${START}(?:${THINGS_NL})(?:-)?sleutel\p{L}*${END}`,
    String.raw`${START}(?:cl[ée]s?|clef|clefs|llaves?|chiav[ei])\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|del\s+|di\s+|della\s+|dell['’]\s*|dello\s+)(?:(?:mon|ma|mes|mi|mis|mio|mia|notre|nuestro|nuestra)\s+)?(?:${THINGS_ROMANCE})${END}`,
    String.raw`${START}klucz(?:e|a|y|yk|yki|ami)?\s+do\s+(?:(?:m[oó]jego|mojej|naszego|naszej|tego|tej)\s+)?(?:${THINGS_PL})${END}`,
  ].join('|'),
  'iu',
);

/** Lost, or asked whether someone found or saw it: "verloren", "kwijt", "perdu", "perdí", "gefunden?", "gezien?". */
const LOST_OR_FOUND = new RegExp(
  String.raw`${START}(?:verloren|verlegt|vergessen|liegen\s+lassen|gefunden|gesehen|kwijt|gevonden|gezien|verloor|perdu|perdue|trouv[ée]e?s?|vu|vue|perd[ií]|perdido|perdida|encontr[oó]|encontrado|visto|perso|persa|trovato|trovata|kto\s+ma|zgubi\p{L}*|znalaz\p{L}*|znalez\p{L}*|widzia\p{L}*)${END}`,
  'iu',
);

/** A credential of ours named as well: the text is read as usual. */
const OURS_NAMED =
  /(?<![\p{L}])(?:api|bedrock|aws|token|tokens|zugang\p{L}*|zugriff\p{L}*|toegang\p{L}*|acc[eè]s|acceso|accesso|credential\p{L}*|secret)(?![\p{L}])/iu;

/**
 * A cheap exact look before PHYSICAL_KEY, with its flags: each of its four alternatives holds one of these (German
 * "schl[üu](?:ss|ß)el" holds "schl", Dutch "sleutel", French "cl[ée]s?"/"clef(s)" hold "cl[ée]", Spanish "llave",
 * Italian "chiav", Polish "klucz"), so a text without any of them has no match.
 */
const KEY_WORD_LOOK = /schl|sleutel|cl[ée]|llave|chiav|klucz/iu;

/** A physical key lost or asked after in another language, nothing of ours named. */
export function lostPhysicalKeyAbroad(text: string): boolean {
  return (
    KEY_WORD_LOOK.test(text) && PHYSICAL_KEY.test(text) && LOST_OR_FOUND.test(text) && !OURS_NAMED.test(text)
  );
}
