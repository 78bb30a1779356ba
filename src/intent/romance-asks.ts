/**
 * fix50a (tuned-printing, tuned-styles-romance): asking for a token, a key, the list or a unit's details in the
 * Romance languages the glossary read least, and in the Italian, Spanish and Portuguese of chat.
 *
 * - Catalan ('ca'), read word by word as the other languages are: "necessito un token per tres hores, si us plau",
 *   "ens cal una clau per a X", "podries crear una clau per a X? la propietària és …", "que té la unitat X?",
 *   "llista d'unitats, totes", "clau per a X que caduqui d'aquí a sis mesos".
 * - Romansh ('rm'): "jau hai basegn d'ina clav per X, 90 dis", "pos jau avair in token per in'ura?".
 * - Galician, beside Portuguese ('pt'): "preciso un token para unha hora", "cales son as unidades que teño eu?",
 *   "que ten X agora mesmo?".
 * - Durations said in words, whatever the language around them (romanceSpans): "mezz'ora", "un'oretta", "un paio
 *   d'ore", "tres quarts d'hora", "un quart d'hora", "mitja hora", "in'ura", "duas uras", "dues hores", "20 minutitos",
 *   "30 dì"; and the Italian, Catalan and Romansh "per" (for) before such a duration, which English reads as a rate.
 * - The verbs of asking in chat ("mi crei una chiave", "mi fai un token al volo?", "fammi un token", "vorrei", "mi basta",
 *   "em pots fer", "mi dai la password dell'IA"), the credential said as "la password dell'IA", "accesso all'IA".
 * - A value corrected mid-message: "no aspetta, 3", "no, mejor cuatro", "meglio 90 minuti", "aliás 120", "bueno no, de
 *   5h", "perdón, laia@…", "no scherzo, 45": English's "no wait", "rather", "actually", "sorry".
 * - The asker's own units ("che unit ho io?", "quali unit sono mie?", "las unidades que tengo") and what a unit has
 *   ("cuántas claves tiene X", "a chave do X ainda é válida?", "quanti giorni mancano alla scadenza della chiave di X").
 *
 * Wired into surface.ts at one place each: the glosses after MORE_GLOSSES, the phrases after MORE_PHRASES (with their
 * trigger), and romanceSpans as a step before foreignHours.
 */
import type { Glosses, Lang } from './more-languages.js';

export const ROMANCE_ASK_GLOSSES: Glosses[] = [
  [
    ['ca'],
    false,
    {
      necessito: 'i need',
      necessitem: 'we need',
      'necessitaria|necessitariem': 'i would need',
      clau: 'key',
      claus: 'keys',
      hores: 'hours',
      unitat: 'unit',
      unitats: 'units',
      gracies: '',
      'propietari|propietaria': 'owner',
      'caducitat|venciment': 'expiry',
      'caduqui|caduca': 'expires',
      mesos: 'months',
      setmanes: 'weeks',
      anys: 'years',
      llista: 'list',
      nomes: 'just',
      podries: 'could you',
      noranta: 'ninety',
      seixanta: 'sixty',
      amb: 'with',
      regió: 'region',
      accés: 'access',
      què: 'what',
      espanya: 'spain',
    },
  ],
  [
    ['ca'],
    true,
    {
      'la|el|els|les': 'the',
      'un|una': 'a',
      de: 'of',
      per: 'for',
      'totes|tots|tot': 'all',
      dies: 'days',
      té: 'has',
      sis: 'six',
      // ("port dues", "proves", "equip": English words too, read only beside a strong Catalan word.)
      dues: 'two',
      proves: 'tests',
      'equip|equips': 'team',
      tres: 'three',
      quatre: 'four',
      crear: 'create',
      fer: 'do',
      provar: 'try',
      dia: 'morning',
      bon: 'good',
    },
  ],
  [
    ['rm'],
    false,
    {
      basegn: 'need',
      jau: 'i',
      clav: 'key',
      uras: 'hours',
      ura: 'hour',
      avair: 'have',
      'grazia|fitg': '',
    },
  ],
  [
    ['rm'],
    true,
    {
      allegra: 'hi',
      'in|ina': 'a',
      per: 'for',
      dis: 'days',
      pos: 'can',
      hai: 'have',
      bun: 'good',
      di: 'day',
    },
  ],
  // Galician beside Portuguese: "unha" (a), "teño" (I have), "cales" (which).
  [['pt'], false, { unha: 'a', teño: 'i have', cales: 'which', colega: 'colleague' }],
  [['pt'], true, { chega: 'is enough' }],
  [['es'], false, { colega: 'colleague', 'perdón|perdona|perdone': 'sorry', minutitos: 'minutes' }],
  [
    ['it'],
    false,
    {
      vorrei: 'i would like',
      'collega|colleghi': 'colleague',
      'aspetta|aspetti': 'wait',
      'scusa|scusate|scusami': 'sorry',
      anni: 'years',
      novanta: 'ninety',
      sessanta: 'sixty',
      'sulla|sulle|sullo': 'on the',
      'quanti|quante': 'how many',
      mancano: 'are left',
      esistono: 'exist',
      ciav: 'key',
      crei: 'create',
      creami: 'create me',
      diciamo: 'say',
      durata: 'duration',
    },
  ],
  [['it'], true, { fam: 'make me', par: 'for', sul: 'on the', anno: 'year', prima: 'before' }],
  [['pt'], false, { aliás: 'actually' }],
];

/** Number words of the Romance languages a duration is said with (Italian, Catalan, Romansh, Spanish, Portuguese). */
const COUNT = String.raw`(?:\d+|un[ao]?|in|ina|dues|duas|dos|due|tre|tres|tr[eê]s|trais|quattro|quatre|quatro|cuatro|quatter|cinque|cinc|cinco|sei|sis|seis|otto|vuit|oito|ocho|dieci|deu|dez|diez|dodici|dotze|doze|doce)`;
const ROMANCE_UNIT = String.raw`(?:ore|ora|hores|horas?|uras?|minuti|minuts|minutos|minutitos|giorni|dies|dis|dì|mesi|mesos|anni|anys)`;
/**
 * "per" (for) before a duration said in Italian, Catalan or Romansh ("per 4 ore", "per tres hores", "per a tres quarts
 * d'hora", "per mezz'ora", "per un paio d'ore", "per in'ura", "per duas uras"), and Italian chat's "x" after a
 * credential ("token x un'oretta"): English reads "per" as a rate ("tokens per 24h").
 */
const PER_DURATION_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:per(?:\s+a)?|(?<=(?:tokens?|keys?|chiave)\s+)x)\s+(?=${COUNT}\s*${ROMANCE_UNIT}(?![\p{L}])|un['’\s]?or(?:a|etta)(?![\p{L}])|mezz['’\s]?ora|(?:un\s+)?paio\s+(?:de|di|d['’])\s*ore|(?:tres|3)\s+quarts|(?:un\s+)?quart\s+de|mitja\s+hora|in['’\s]ura)`,
  'giu',
);
const CATALAN_HOUR_COUNT: Record<string, string> = {
  un: '1',
  una: '1',
  in: '1',
  ina: '1',
  dues: '2',
  duas: '2',
  dos: '2',
  tres: '3',
  trais: '3',
  quatre: '4',
  quatter: '4',
  cinc: '5',
  sis: '6',
  vuit: '8',
  deu: '10',
  dotze: '12',
};
/** Hours in Catalan and Romansh after a count in words or digits: "dues hores", "4 hores", "duas uras". */
const HOURS_RE =
  /(?<![\p{L}])(\d+|una?|in|ina|dues|duas|dos|tres|trais|quatre|quatter|cinc|sis|vuit|deu|dotze)\s+(?:hores|uras?)(?![\p{L}])/giu;
/** The spans said without a number: 45 minutes, 15 minutes, half an hour, an hour, a couple of hours. */
const SPANS: [RegExp, string][] = [
  [/(?<![\p{L}])(?:tres|3)\s+quarts\s+d(?:['’]\s*|e\s+)hora(?![\p{L}])/giu, '45 minutes'],
  [/(?<![\p{L}])(?:un\s+)?quart\s+d(?:['’]\s*|e\s+)hora(?![\p{L}])/giu, '15 minutes'],
  [/(?<![\p{L}])(?:una\s+)?hora\s+i\s+mitja(?![\p{L}])/giu, 'an hour and a half'],
  [/(?<![\p{L}])mitja\s+hora(?![\p{L}])/giu, 'half an hour'],
  [/(?<![\p{L}])mezz(?:['’]\s*|\s+|a\s+)?ora(?![\p{L}])/giu, 'half an hour'],
  [/(?<![\p{L}])un['’\s]?oretta(?![\p{L}])/giu, 'an hour'],
  [/(?<![\p{L}])(?:un\s+)?paio\s+(?:de|di|d['’])\s*ore(?![\p{L}])/giu, '2 hours'],
  [/(?<![\p{L}])in['’\s]ura(?![\p{L}])/giu, 'an hour'],
  // (fix53a: "unha hora e media", an hour and a half, before "unha hora".)
  [/(?<![\p{L}])unha\s+hora\s+e\s+media(?![\p{L}])/giu, 'an hour and a half'],
  [/(?<![\p{L}])unha\s+hora(?![\p{L}])/giu, 'an hour'],
  [/(?<![\p{L}\p{N}])(\d+)\s+minut(?:itos|inhos|ini)(?![\p{L}])/giu, '$1 minutes'],
  [/(?<![\p{L}\p{N}])(\d+)\s+dì(?![\p{L}])/giu, '$1 days'],
  // A week or a month said without a number ("token por una semana", "uma semana", "clé pour un mois"; not Italian, whose
  // "teniamola ancora un mese" is read by its take-back):
  // read as English says it, so a token asked for a week is read, and refused for its lifetime.
  [/(?<![\p{L}])(?:una|uma|une)\s+(?:semana|semaine)(?![\p{L}])/giu, 'a week'],
  [/(?<![\p{L}])(?:un|um)\s+(?:mes|mês|mois)(?![\p{L}])/giu, 'a month'],
  // The credential as people say it in Italian: "la password dell'IA", "accesso all'IA" (README "Lay names").
  [/(?<![\p{L}])password\s+dell['’]\s*ia(?![\p{L}])/giu, 'ai password'],
  [/(?<![\p{L}])accesso\s+all['’]\s*ia(?![\p{L}])/giu, 'access to the ai'],
  // Whose units: "units de ines@…", "unit di <@U…>" (of); "which units are under my name", "a mio nome", "a mi nombre",
  // "no meu nome" (the asker's own, as "are mine").
  [
    /(?<![\p{L}])(units?|unit[àa]|unidades|unitats)\s+(?:de|di|do|da|dels?)\s+(?=[\w.+-]+@|<@)/giu,
    'units of ',
  ],
  [
    /(?<![\p{L}])(units|teams|unit[àa]|unidades|unitats)\s+(?:are\s+|sono\s+|son\s+|s[ãa]o\s+|s[óo]n\s+)?(?:registered\s+)?(?:under\s+my|a\s+mio|a\s+mi|no\s+meu|em\s+meu|al\s+meu|a\s+nom\s+meu)\s+(?:name|nome|nombre)(?![\p{L}])/giu,
    '$1 are mine',
  ],
];
/** The step's cheap test: one of the words the rewrites begin with. */
export const ROMANCE_SPAN_STEP =
  /\bper\s|\bx\s|(?:my|mio|mi|meu)\s+(?:name|nome|nombre)|\s(?:de|di|do|da|dels?)\s+(?:[\w.+-]+@|<@)|hores|uras?\b|quarts?\s|mitja|mezz|oretta|paio|in['’\s]ura|unha\s+hora|minut(?:itos|inhos|ini)|\d\s+dì|dell['’]\s*ia|all['’]\s*ia|(?:una|uma|une)\s+(?:semana|semaine)|(?:un|um)\s+(?:mes|mês|mois)(?![\p{L}])/iu;

/** Words of which a text ROMANCE_SPAN_STEP matches has one (in lower case), for surface.ts's fast skip. */
export const ROMANCE_SPAN_NEED: readonly string[] = [
  'per',
  'x ',
  'x\t',
  'x\n',
  'hores',
  'ura',
  'quart',
  'mitja',
  'mezz',
  'oretta',
  'paio',
  'unha',
  'minut',
  'dì',
  'semaine',
  'semana',
  'mes',
  'mois',
  'mês',
  'dell',
  'all',
  'name',
  'nome',
  'nombre',
  '@',
];

/** Durations said in words, in the Romance languages of the file, as English says them (no language detected). */
export function romanceSpans(s: string): string {
  let out = s.replace(PER_DURATION_RE, 'for ');
  out = out.replace(HOURS_RE, (m, n: string) => {
    const count = /^\d+$/.test(n) ? n : CATALAN_HOUR_COUNT[n.toLowerCase()];
    if (count === undefined) return m;
    return count === '1' ? 'an hour' : `${count} hours`;
  });
  for (const [re, en] of SPANS) out = out.replace(re, en);
  return out;
}

/** The English field of a form's field name in Italian, Spanish, Catalan or Portuguese (folded, lower case). */
const FIELD_NAME: Record<string, string> = {
  scadenza: 'Expiry',
  caducidad: 'Expiry',
  caducitat: 'Expiry',
  validade: 'Expiry',
  validita: 'Expiry',
  validez: 'Expiry',
  vencimiento: 'Expiry',
  tipo: 'Type',
  tipus: 'Type',
  unita: 'Unit',
  unidad: 'Unit',
  unitat: 'Unit',
  unidade: 'Unit',
  squadra: 'Team',
  equipo: 'Team',
  equip: 'Team',
  equipa: 'Team',
  'expira em': 'Expiry',
  dono: 'Owner',
  dona: 'Owner',
  'tipo de credencial': 'Type',
};
/** A line of a form that opens with one of FIELD_NAME's words and a colon: "Scadenza: 30", "• Tipo: access key". */
// (fix52a: a name in Slack's bold, "*Validade*: 90", the stars dropped; "Expira em", "Dono", "Tipo de credencial".)
const FIELD_LINE_RE =
  /^([ \t]*(?:[-•*]|\d+[.)])?[ \t]*)\*?(scadenza|caducidad|caducitat|validade|validit[àa]|validez|vencimiento|expira[ \t]+em|dono|dona|tipo(?:[ \t]+de[ \t]+credencial)?|tipus|unit[àa]|unidad|unitat|unidade|squadra|equipo|equip|equipa)\*?([ \t]*:)\*?/gimu;
export const ROMANCE_FIELD_STEP =
  /^[ \t]*(?:[-•*]|\d+[.)])?[ \t]*\*?(?:scadenza|caducidad|caducitat|validade|validit[àa]|validez|vencimiento|expira[ \t]+em|dono|dona|tipo|tipus|unit[àa]|unidad|unitat|unidade|squadra|equipo|equip|equipa)\*?[ \t]*:/imu;

/** A form's lines with Romance field names, as the English form surface.ts reads ("Scadenza: 30" → "Expiry: 30"). */
export function romanceFieldNames(s: string): string {
  return s.replace(FIELD_LINE_RE, (m, lead: string, name: string, colon: string) => {
    const en = FIELD_NAME[name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ')];
    return en === undefined ? m : `${lead}${en}${colon}`;
  });
}

/** A number word or digit that a corrected value begins with. */
const VALUE_AHEAD = String.raw`(?=\d|(?:una?|uno|um|uma|dos|due|duas|dues|tres|tre|tr[eê]s|cuatro|quattro|quatro|quatre|cinco|cinque|cinc|seis|sei|sis|media|mezz|meia|mitja)(?![\p{L}]))`;

export const ROMANCE_ASK_PHRASES: [RegExp, string, Lang][] = [
  // Catalan.
  [/(?<![\p{L}])si\s+us\s+plau(?![\p{L}])/giu, 'please', 'ca'],
  [/(?<![\p{L}])(?:em|m['’])\s+cal(?![\p{L}])/giu, 'i need', 'ca'],
  [/(?<![\p{L}])ens\s+cal(?![\p{L}])/giu, 'we need', 'ca'],
  [/(?<![\p{L}])em\s+(?:pots|podries|podeu)\s+(?:fer|crear|donar)(?![\p{L}])/giu, 'can you make me', 'ca'],
  [/(?<![\p{L}])per\s+a(?=\s)/giu, 'for', 'ca'],
  [/(?<![\p{L}])(?:que\s+)?caduqui\s+d(?:['’]\s*|e\s+)aqu[íi]\s+a(?![\p{L}])/giu, 'that expires in', 'ca'],
  [
    /(?<![\p{L}])(?:què|(?<=(?:^|[,.;:!?¿]\s*))que)\s+t[ée]\s+(?:la\s+unitat\s+|l['’]\s*equip\s+)?(`?[\p{L}\d]+[-_][\p{L}\d._-]*`?)/giu,
    'what does $1 have',
    'ca',
  ],
  [/(?<![\p{L}])què\s+t[ée](?=\s)/giu, 'what has', 'ca'],
  [/(?<![\p{L}])de\s+moment(?![\p{L}])/giu, 'for now', 'ca'],
  [/(?<![\p{L}])(?:la\s+)?propiet[àa]ri[ao]?\s+[ée]s(?![\p{L}])/giu, 'the owner is', 'ca'],
  [/(?<![\p{L}])es\s+pot\s*\?/giu, 'possible?', 'ca'],
  [/(?<![\p{L}])no\s+(?=una?\s+(?:api|access|clau|token))/giu, 'not ', 'ca'],
  [/(?<![\p{L}])millor\s+(?=\d)/giu, 'rather ', 'ca'],
  [/(?<![\p{L}])a\s+la\s+regi[óo](?![\p{L}])/giu, 'in the region', 'ca'],
  // Romansh.
  [/(?<![\p{L}])jau\s+hai\s+basegn\s+(?:d(?:['’]\s*|e\s+))?/giu, 'i need ', 'rm'],
  [/(?<![\p{L}])pos\s+jau\s+avair(?![\p{L}])/giu, 'can i have', 'rm'],
  // Italian.
  [/(?<![\p{L}])(?:mi|ci)\s+(?:crei|creeresti|creereste|create)(?![\p{L}])/giu, 'can you create', 'it'],
  // (Only before a credential: "mi fai sapere", "mi fai vedere", "mi fai tu la revoca" take what follows, post40d.)
  [
    /(?<![\p{L}])(?:mi|ci)\s+(?:fai|faresti|fareste)(?:\s+tu)?(?=\s+(?:un|una|uno|un['’])\s*(?:(?:nuov[oa]|altr[oa])\s+)?(?:token|chiave|api|access|key|password|accesso)(?![\p{L}]))/giu,
    'can you make me',
    'it',
  ],
  [/(?<![\p{L}])(?:mi|ci)\s+(?:dai|daresti|date)(?![\p{L}])/giu, 'can you give me', 'it'],
  [/(?<![\p{L}])fammi\s+vedere(?![\p{L}])/giu, 'show me', 'it'],
  [
    /(?<![\p{L}])fammi(?=\s+(?:un|una|uno|un['’])\s*(?:(?:nuov[oa]|altr[oa])\s+)?(?:token|chiave|api|access|key|password|accesso)(?![\p{L}]))/giu,
    'make me',
    'it',
  ],
  [/(?<![\p{L}])(?:mi|ci)\s+basta(?![\p{L}])/giu, 'i just need', 'it'],
  [/(?<![\p{L}])se\s+(?:si\s+pu[òo]|possibile|fosse\s+possibile)(?![\p{L}])/giu, 'if possible', 'it'],
  [/(?<![\p{L}])al\s+volo(?![\p{L}])/giu, 'quickly', 'it'],
  [/(?<![\p{L}])no\s+scherzo(?![\p{L}])/giu, 'just kidding', 'it'],
  [new RegExp(String.raw`(?<![\p{L}])meglio\s+${VALUE_AHEAD}`, 'giu'), 'rather ', 'it'],
  [
    /(?<![\p{L}])(?:che|quali)\s+unit(?:[àa]|s)?\s+(?:ho(?:\s+io)?|possiedo|sono\s+(?:mie|miei|le\s+mie))(?![\p{L}])/giu,
    'which units do i own',
    'it',
  ],
  [/(?<![\p{L}])(?:che|chi)\s+esistono(?![\p{L}])/giu, 'that exist', 'it'],
  [/(?<![\p{L}])che\s+gira\s+a(?![\p{L}])/giu, 'that runs in', 'it'],
  [/(?<![\p{L}])(?:alla|la)\s+scadenza(?![\p{L}])/giu, 'until the expiry', 'it'],
  // The Region of a unit's key asked: "in che region è la chiave del X?", "en qué región está la clave de X?", "em que
  // região está a chave do X?", "a quina regió és la clau de X?": English's "which region is the X key in?".
  [
    /(?<![\p{L}])in\s+(?:che|quale)\s+region[ei]?\s+(?:[èe]|sta)\s+la\s+chiave\s+(?:del|della|dello|di)\s+(`?[\p{L}\d][\p{L}\d._-]*`?)/giu,
    'which region is the $1 key in',
    'it',
  ],
  [
    /(?<![\p{L}])en\s+qu[eé]\s+regi[oó]n\s+(?:est[aá]|es)\s+la\s+(?:clave|llave|key)\s+(?:del?|para)\s+(`?[\p{L}\d][\p{L}\d._-]*`?)/giu,
    'which region is the $1 key in',
    'es',
  ],
  [
    /(?<![\p{L}])em\s+que\s+regi[ãa]o\s+(?:est[aá]|fica|[ée])\s+a\s+chave\s+d[oa]s?\s+(`?[\p{L}\d][\p{L}\d._-]*`?)/giu,
    'which region is the $1 key in',
    'pt',
  ],
  [
    /(?<![\p{L}])(?:a|en)\s+quina\s+regi[óo]\s+(?:[ée]s|est[àa])\s+la\s+clau\s+(?:del?|d['’]\s*)\s*(`?[\p{L}\d][\p{L}\d._-]*`?)/giu,
    'which region is the $1 key in',
    'ca',
  ],
  // Spanish.
  [new RegExp(String.raw`(?<![\p{L}])mejor\s+(?:de\s+)?${VALUE_AHEAD}`, 'giu'), 'rather ', 'es'],
  [/(?<![\p{L}])bueno\s+no\s*[,.;!…]?\s*(?:de\s+)?(?=\d)/giu, 'no, ', 'es'],
  // ("la unidad se llama `w2p-shop`", "la unità si chiama X", "la unitat es diu X", "a unidade chama-se X": the name given as
  // the unit's, which English says "the unit should be X" (README "Units are written as named").)
  [/(?<![\p{L}])unidad\s+se\s+llama(?![\p{L}])/giu, 'unit should be', 'es'],
  [/(?<![\p{L}])unit(?:[àa])?\s+si\s+chiama(?![\p{L}])/giu, 'unit should be', 'it'],
  [/(?<![\p{L}])unitat\s+es\s+diu(?![\p{L}])/giu, 'unit should be', 'ca'],
  [/(?<![\p{L}])unidade\s+(?:se\s+chama|chama-se)(?![\p{L}])/giu, 'unit should be', 'pt'],
  [/(?<![\p{L}])se\s+llama(?![\p{L}])/giu, 'is called', 'es'],
  [/(?<![\p{L}])(?:el\s+|la\s+)?(?:owner|due[ñn]o|due[ñn]a)\s+soy\s+yo(?![\p{L}])/giu, 'owner me', 'es'],
  [/(?<![\p{L}])sin\s+m[aá]s(?![\p{L}])/giu, '', 'es'],
  [/(?<![\p{L}])lo\s+de\s+siempre(?![\p{L}])/giu, 'the usual', 'es'],
  [/(?<![\p{L}])cu[aá]ntas\s+(?:claves|llaves|keys)\s+tiene\s+(\S+)/giu, 'how many keys does $1 have', 'es'],
  [/(?<![\p{L}])cu[aá]ndo\s+(?:caducan|vencen|expiran)(?![\p{L}])/giu, 'when do they expire', 'es'],
  [
    /(?<![\p{L}])qu[eé]\s+hay\s+en\s+(`?[\p{L}\d][\p{L}\d._-]*[-_][\p{L}\d._-]*`?)/giu,
    'what does $1 have',
    'es',
  ],
  [/(?<![\p{L}])qu[eé]\s+hay\s+en(?![\p{L}])/giu, 'what is there in', 'es'],
  // ("qué hay en X? ah no perdona, en Y": the unit corrected, as the older "no, el de Y" is read.)
  [
    /(?<![\p{L}])no\s*[,.!…]*\s*(?:perd[oó]n[ae]?|espera|esper[aá])\s*[,.!…]*\s*(?:en|de|para)\s+(`?[\p{L}\d][\p{L}\d._-]*[-_][\p{L}\d._-]*`?)(?=\s*(?:[,.;!?]|$))/giu,
    'no wait, the $1 one',
    'es',
  ],
  // Portuguese and Galician.
  [/(?<![\p{L}])se\s+faz\s+favor(?![\p{L}])/giu, 'please', 'pt'],
  [new RegExp(String.raw`(?<=[.,;]\s*)n[ãa]o\s*[,.]\s*${VALUE_AHEAD}`, 'giu'), 'no, ', 'pt'],
  [
    /(?<![\p{L}])(?:a\s+)?chave\s+d[oa]\s+(\S+)\s+ainda\s+(?:[ée]|t[áa]|est[áa])\s+v[áa]lida(?![\p{L}])/giu,
    'is the key of $1 still valid',
    'pt',
  ],
  [/(?<![\p{L}])ou\s+j[áa]\s+expirou(?![\p{L}])/giu, 'or already expired', 'pt'],
  [
    /(?<![\p{L}])o\s+que\s+[ée]\s+que\s+(?:a|o)\s+(unidade\s+)?(\S+)\s+tem(?![\p{L}])/giu,
    'what does the unit $2 have',
    'pt',
  ],
  // (Only opening the sentence, before a name: "a equipa que tem a chave" is "the team that has the key", "o que tem de
  // novo?" what's new.)
  [
    /(?<=(?:^|[,.;:!?¿]\s*))(?:o\s+)?que\s+(?:ten|tem)\s+(?:(?:a|o)\s+unidade\s+)?(`?[\p{L}\d]+[-_][\p{L}\d._-]*`?)/giu,
    'what does $1 have',
    'pt',
  ],
  [/(?<![\p{L}])agora\s+mesmo(?![\p{L}])/giu, 'right now', 'pt'],
  // ("para a equipa assistente-balcao": the team noun before a name written as a unit's, as "the team X".)
  [/(?<![\p{L}])equipa\s+(?=`?[\p{L}\d]+[-_][\p{L}\d])/giu, 'team ', 'pt'],
  // The asker's own units, in any of them: "as unidades que teño eu", "las unidades que tengo", "les unitats que tinc".
  [
    /(?<![\p{L}])(?:cales|quais|cu[aá]les|quines)\s+(?:son|s[ãa]o|s[óo]n)\s+(?:as|las|os|los|les)\s+(?:unidades|unitats)\s+que\s+(?:teño|tengo|tenho|tinc)(?:\s+(?:eu|yo|jo))?(?![\p{L}])/giu,
    'which are the units i own',
    'pt',
  ],
];

/** The phrases that mark their language on their own (surface.ts's PHRASE_TRIGGER). */
export const ROMANCE_ASK_TRIGGER = String.raw`(?:in|en|em|a)\s+(?:che|quale|qu[eé]|que|quina)\s+regi|(?:che|quali)\s+unit|cu[aá]ntas\s+(?:claves|llaves)|si\s+us\s+plau|(?:em|ens|m['’])\s+cal|em\s+(?:pots|podries|podeu)|jau\s+hai|pos\s+jau|(?:mi|ci)\s+(?:crei|fai|dai|basta)|fammi|meglio\s+\d|mejor\s+(?:de\s+)?(?:\d|una?|dos|tres|cuatro|cinco|seis)|bueno\s+no|se\s+llama|unit(?:[àa])?\s+si\s+chiama|unitat\s+es\s+diu|unidade\s+(?:se\s+chama|chama-se)|soy\s+yo|sin\s+m[aá]s|se\s+faz\s+favor|que\s+ten\s|agora\s+mesmo`;
