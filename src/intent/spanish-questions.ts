/**
 * fix56 (Spanish questions and reads): the questions people put to the bot in Spanish, typed as phones type them (no
 * accents, no opening "¿"), glossed into the English the readers already take, by pattern rather than sentence by
 * sentence: a question word ("qué", "cuál", "cuándo", "cuánto", "cómo", "quién", "dónde", "qué tan", "hace cuánto",
 * "para qué"), a verb form and one of our nouns (unit, team, key, token, model, history, bill).
 *
 * - list: "qué equipos/unidades tienen keys", "cuántas unidades hay", "qué unidades son mías / tengo a mi nombre" (the
 *   asker's), "pasame el listado (de unidades)";
 * - details: "¿la unidad X ya tiene key o todavía no?", "qué estado tiene / en qué estado está la key de X", "sigue
 *   activa", "qué tan vieja es la key de X" (how old), "qué tan cerca de vencer está…", "las keys del X cuándo expiran"
 *   (the question word last), "ver key #2 de X";
 * - models: "¿tienen claude habilitado?", "tenés habilitado claude", "¿está deepseek (o no)?", "hay algún modelo de
 *   stability…", "qué modelos puedo usar" (with a credential, "con mi token", help's models topic: models-abroad.ts);
 * - history: "cuándo / hace cuánto se creó/rotó la key de X", "cuándo fue la última rotación de…", "qué se hizo / qué
 *   hicieron en X", "qué hizo <@U…> en X", "qué pasó con X", "historial de cambios", "tokens emitidos a…", "cuántos
 *   tokens se emitieron", a named month after "en";
 * - spend: "cuánta plata/lana/guita se gastó/se fue/llevamos gastada en IA", "cuánto nos salió bedrock", "factura de IA
 *   de X", "último mes" (the last 30 days);
 * - help: "cuál es el máximo de horas de un token", "lo máximo que puede durar", "cuántas keys puede tener una unidad",
 *   "se puede tener más de una key por unidad", "cuánto tarda en aprobarse", "a quién le escribo para que la aprueben",
 *   "hay que pedir aprobación para una key", "cómo funciona la aprobación", "de corto/largo plazo, cuál conviene", "qué
 *   muestra / para qué sirve details", "el historial muestra…", "se puede filtrar el historial…", "dónde veo el
 *   historial", "qué pasa si hago deprovision", "cómo roto una key", "cómo se revoca…" (how to ask for a token, "cómo
 *   pido", is read already).
 *
 * The trades' senses of the same words stay non-requests: what was spent, cost, expires or has a history is something
 * not ours ("cuánto gastamos en leche de avena", "cuánto nos salió el asado", "cuándo vence el seguro del camión",
 * "historial de temperaturas", "la factura de la luz", "qué estado tiene el pedido de cajas"), teams that play ("qué
 * equipos juegan hoy"), units of stock ("cuántas unidades de pan quedan", "cuántas unidades vendimos"), models of
 * appliances ("modelos de licuadora"), approval of anything else ("aprobación para las vacaciones"), a purpose told after
 * the ask ("lo necesito pa la presentación del comité", no unit).
 *
 * Wired into surface.ts at one place: its trigger marks the text as Spanish, and spanishQuestionsAsEnglish runs on a text
 * known as Spanish before the other Spanish phrases and the word glossary. Patterns are written with accents; each accented
 * vowel matches with or without it (built once at module load).
 */

import { IBERIAN_MODEL as MODEL } from './iberian-words.js';
import { SPANISH_MONTH_WORDS, SPANISH_MONTHS } from './spanish-months.js';

/** A pattern written with accents, made to match typed with or without them. */
function es(source: string): string {
  return source.replace(/\[[^\]]*\]|[áéíóúñ]/g, (m) => (m.length > 1 ? m : (ACCENTED[m] ?? m)));
}
const ACCENTED: Record<string, string> = {
  á: '[aá]',
  é: '[eé]',
  í: '[ií]',
  ó: '[oó]',
  ú: '[uú]',
  ñ: '[nñ]',
};

const S = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** "qué", "que", "q". */
const QUE = String.raw`(?:qu[eé]|q)`;
/** A unit's name as written for one: hyphenated, underscored, dotted or in backticks. */
const NAME = String.raw`(?:\x60[^\x60\n]{1,40}\x60|[\p{L}\d]+(?:[-_.][\p{L}\d]+)+)`;
/** Our credentials. */
const KEY = String.raw`(?:(?:api\s+|access\s+)?(?:keys?|llaves?|claves?|tokens?|credenciales?))`;
/** What money spent on AI is spent on (ours), or a unit's name. */
const OURS_SPENT = String.raw`(?:(?:la\s+)?(?:ia|ai|bedrock|aws|inteligencia\s+artificial|modelos|tokens|claude|llms?)|${NAME})`;
/** Money, in the words of several countries. */
const MONEY = String.raw`(?:plata|lana|guita|dinero|pasta|feria|billete|varo|pisto|money)`;
/** What of AI money is asked ("factura de IA"): the AI bill, spend, cost, usage. */
const AI_BILL: Record<string, string> = {
  factura: 'bill',
  gasto: 'spend',
  costo: 'cost',
  coste: 'cost',
  consumo: 'spend',
};
/** Our verbs told as done to several ("se emitieron", "se rotaron"), to English. */
const PAST_PLURAL: Record<string, string> = {
  emitieron: 'issued',
  crearon: 'created',
  generaron: 'created',
  rotaron: 'rotated',
  revocaron: 'revoked',
  pidieron: 'requested',
  dieron: 'issued',
  aprobaron: 'approved',
};
/**
 * Our verbs in the first person ("cómo roto…") and the impersonal "se" ("cómo se revoca…"), to English (how to ask for a
 * token, "cómo pido…", is read already).
 */
const HOW_VERBS: Record<string, string> = {
  roto: 'rotate',
  rota: 'rotate',
  revoco: 'revoke',
  revoca: 'revoke',
  renuevo: 'renew',
  renueva: 'renew',
  creo: 'create',
  crea: 'create',
  genero: 'generate',
  genera: 'generate',
  borro: 'delete',
  borra: 'delete',
  elimino: 'delete',
  elimina: 'delete',
};
const fold = (w: string): string => w.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** What "qué pasa si…" asks about: our commands ("hago deprovision", "revoco una key", "doy de baja la unidad"). */
const WHAT_IF: Record<string, string> = {
  deprovision: 'deprovision',
  desprovisiono: 'deprovision',
  revoke: 'revoke',
  revoco: 'revoke',
  rotate: 'rotate',
  roto: 'rotate',
  borro: 'delete',
  elimino: 'delete',
};

/** The commands whose output is asked about ("qué muestra details"). */
const COMMANDS: Record<string, string> = {
  details: 'details',
  detalles: 'details',
  history: 'history',
  historial: 'history',
  list: 'list',
  spend: 'spend',
  gasto: 'spend',
  models: 'models',
  modelos: 'models',
};

const RULES: [RegExp, string | ((m: string, ...groups: string[]) => string)][] = [
  // --- help (read first: their words would read as the commands) ---
  // "qué muestra (el comando) details (exactamente)?": what does the details command show.
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+(?:muestra|devuelve|trae|enseña|hace)\s+(?:el\s+comando\s+|exactamente\s+)?\x60?(details|detalles|history|historial|list|spend|models|modelos)\x60?${E}(?:\s+exactamente${E})?`,
      ),
      'giu',
    ),
    (_m, cmd: string) => `what does the ${COMMANDS[fold(cmd)] ?? 'details'} command show`,
  ],
  // "para qué sirve details?": what does the details command do.
  [
    new RegExp(
      es(
        String.raw`${S}para\s+${QUE}\s+sirven?\s+(?:el\s+comando\s+)?\x60?(details|detalles|history|historial|list|spend|models|modelos)\x60?${E}`,
      ),
      'giu',
    ),
    (_m, cmd: string) => `what does the ${COMMANDS[fold(cmd)] ?? 'details'} command do`,
  ],
  // "el historial muestra quién pidió cada token?": does the history show who asked for each.
  [
    new RegExp(es(String.raw`${S}(?:el\s+)?historial\s+(?:muestra|dice|guarda|registra|incluye)\s+`), 'giu'),
    'does the history show ',
  ],
  [new RegExp(es(String.raw`${S}qui[eé]n\s+pidió\s+cada${E}`), 'giu'), 'who requested each'],
  // "se puede filtrar el historial por persona?": can the history be filtered by.
  [
    new RegExp(
      es(
        String.raw`${S}se\s+puede\s+filtrar\s+el\s+historial\s+(?:por|x)(?:\s+(?:persona|usuario|usuaria|gente|quien))?${E}`,
      ),
      'giu',
    ),
    (m: string) =>
      /(?:por|x)$/i.test(m) ? 'can the history be filtered by' : 'can the history be filtered by person',
  ],
  // "qué pasa si hago deprovision (de una unidad)?", "qué pasa si revoco una key…": what happens if I….
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+pasa\s+si\s+(?:hago\s+(?:un\s+|el\s+)?)?(deprovision|desprovisiono|revoke|revoco|rotate|roto|borro|elimino)${E}(?:\s+de${E})?`,
      ),
      'giu',
    ),
    (_m, v: string) => `what happens if i ${WHAT_IF[fold(v)] ?? 'deprovision'}`,
  ],
  // "se borran los logs?": is everything deleted (a question about what the command does, no order).
  [
    new RegExp(
      es(
        String.raw`${S}se\s+(?:borran|borra|eliminan|elimina|pierden|pierde)\s+(?:los|las|el|la)\s+[\p{L}]+${E}`,
      ),
      'giu',
    ),
    'is everything deleted',
  ],
  // "cómo roto una key?", "cómo se revoca una llave?": how do I….
  [
    new RegExp(
      es(
        String.raw`${S}cómo\s+(?:se\s+)?(roto|rota|revoco|revoca|renuevo|renueva|creo|crea|genero|genera|borro|borra|elimino|elimina)${E}`,
      ),
      'giu',
    ),
    (_m, v: string) => `how do i ${HOW_VERBS[fold(v)] ?? 'get'}`,
  ],
  // "cuánto tarda en aprobarse una key?", "cuánto demoran en aprobar…": how long does approval take for.
  [
    new RegExp(
      es(
        String.raw`${S}cuánto\s+(?:tiempo\s+)?(?:se\s+)?(?:tarda|tardan|demora|demoran|toma|lleva)\s+(?:en\s+)?(?:aprobarse|aprobar(?:la|lo|las|los)?|que\s+(?:me\s+)?(?:la|lo|las|los)?\s*aprueben|la\s+aprobación\s+de\s+(?:(?:una|la|mi|las|mis)\s+)?${KEY})${E}`,
      ),
      'giu',
    ),
    'how long does approval take for',
  ],
  // "a quién le escribo para que la aprueben?": who do I write to so they approve it.
  [
    new RegExp(
      es(
        String.raw`${S}a\s+quién\s+(?:le\s+)?(?:escribo|hablo|pregunto|pido|aviso|contacto|molesto)\s+(?:(?:para|pa)\s+)?que\s+(?:me\s+)?(?:(la|lo|las|los)\s+)?aprueben(?:\s+(?:mi|la|una|nuestra|el)\s+(${KEY}))?${E}`,
      ),
      'giu',
    ),
    (_m, it: string | undefined, key: string | undefined) =>
      `who do i write to so they approve${key !== undefined ? ' my key' : it === undefined ? '' : ' it'}`,
  ],
  // "cómo funciona (lo de) la aprobación?": how does approval work.
  [
    new RegExp(
      es(
        String.raw`${S}cómo\s+funciona\s+(?:lo\s+de\s+)?(?:la\s+)?aprobación(?:\s+de\s+(?:las\s+|los\s+)?${KEY})?${E}`,
      ),
      'giu',
    ),
    'how does approval work',
  ],
  // "una api key de corto plazo vs una de largo plazo, cuál conviene": short-term, long-term, which should I use.
  [
    new RegExp(
      es(
        String.raw`${S}(?<!(?:la|el)\s+)(?<!(?:la|el|las|los)\s+(?:api\s+|access\s+)?(?:keys?|llaves?|claves?|tokens?)\s+)(?:(una?)\s+)?((?:api\s+|access\s+)?(?:keys?|llaves?|claves?|tokens?)\s+)?de\s+(corto|largo)\s+plazo${E}`,
      ),
      'giu',
    ),
    (_m, a: string | undefined, noun: string | undefined, term: string) =>
      `${a === undefined ? '' : /^(?:la|el)$/i.test(a) ? 'the ' : 'a '}${fold(term) === 'corto' ? 'short' : 'long'}-term ${noun === undefined ? 'one' : noun.replace(/llaves?|claves?/i, 'key').trim()}`,
  ],
  [
    new RegExp(
      String.raw`(?<=-term\s+[\p{L} ]{1,12}?)\s+(?:o|vs\.?|versus)\s+(?=a\s+(?:short|long)-term)`,
      'giu',
    ),
    ' or ',
  ],
  [
    new RegExp(
      es(String.raw`${S}cuál\s+(?:me\s+|nos\s+)?(?:conviene|recomiendan|recomiendas|uso|usamos)${E}`),
      'giu',
    ),
    'which should i use',
  ],
  // "cuál es el máximo de horas de un token?": what is the max hours for a token.
  [
    new RegExp(
      es(
        String.raw`${S}cuál\s+es\s+el\s+máximo\s+de\s+(horas|días|keys|tokens)\s+(?:de|para|por)\s+(?:un|una)${E}`,
      ),
      'giu',
    ),
    (_m, what: string) => `what is the max ${fold(what) === 'dias' ? 'days' : fold(what)} for one`,
  ],
  // "cuánto es lo máximo que puede durar una key de larga duración?": the max lifetime of a long-lived key.
  [
    new RegExp(
      es(
        String.raw`${S}cuánto\s+es\s+lo\s+máximo\s+que\s+(?:puede|pueden)\s+durar\s+(?:una?|el|la|las|los)\s+(${KEY})(\s+de\s+(?:larga\s+duración|largo\s+plazo))?${E}`,
      ),
      'giu',
    ),
    (_m, k: string, long: string | undefined) =>
      `what is the max lifetime of a ${long === undefined ? '' : 'long-lived '}${k.replace(/llaves?|claves?/i, 'key')}`,
  ],
  // "dónde veo el historial…": where do I see.
  [
    new RegExp(es(String.raw`${S}dónde\s+(?:veo|miro|consulto|encuentro|reviso)${E}`), 'giu'),
    'where do i see',
  ],
  // "se puede tener más de una key por unidad?": can a unit have more than one key.
  [
    new RegExp(
      es(
        String.raw`${S}se\s+puede(?:n)?\s+tener\s+más\s+de\s+(?:una?|\d+)\s+${KEY}\s+(?:por|x)\s+(?:unidad|equipo|unit)${E}`,
      ),
      'giu',
    ),
    'can a unit have more than one key',
  ],
  // "hay que pedir aprobación para una api key?": do I need approval for.
  [
    new RegExp(
      es(
        String.raw`${S}(?:hay\s+que|tengo\s+que|se\s+necesita|necesito)\s+(?:pedir\s+)?(?:una\s+)?aprobación\s+(?:para|pa)${E}(?=\s+(?:(?:una?|la|el|mi|las|los)\s+)?${KEY}${E})`,
      ),
      'giu',
    ),
    'is approval needed for',
  ],
  // "cuántas (api) keys puede tener una unidad?": how many keys can a unit have.
  [
    new RegExp(
      es(String.raw`${S}cuánt[ao]s\s+(${KEY})\s+puede\s+tener\s+(?:un|una)\s+(?:unidad|equipo|unit)${E}`),
      'giu',
    ),
    (_m, k: string) => `how many ${k.replace(/llaves?|claves?/i, 'keys')} can each unit have`,
  ],
  // --- list ---
  // "qué unidades son mías?", "cuáles unidades tengo (yo)?": which units are mine.
  [
    new RegExp(
      es(
        String.raw`${S}(?:${QUE}|cuáles)\s+(?:son\s+)?(?:mis\s+)?(?:unidades|units|equipos)\s+(?:son\s+(?:las\s+)?mías|son\s+míos|tengo(?:\s+yo)?(?:\s+a\s+mi\s+nombre)?|me\s+pertenecen)${E}`,
      ),
      'giu',
    ),
    'which units are mine',
  ],
  // "qué equipos/unidades tienen keys?": which units have keys.
  [
    new RegExp(
      es(
        String.raw`${S}(?:${QUE}|cuáles)\s+(?:equipos|unidades|units|áreas)\s+(?:ya\s+)?tienen\s+(?=${KEY}${E})`,
      ),
      'giu',
    ),
    'which units have ',
  ],
  // "cuántas unidades hay/tenemos?": how many units are there.
  [
    new RegExp(
      es(
        String.raw`${S}cuánt[ao]s\s+(?:unidades|units|equipos)\s+(?:hay|tenemos|existen)(?:\s+(?:registrad[ao]s|cread[ao]s|dad[ao]s\s+de\s+alta))?(?:\s+en\s+(?:el\s+bot|bedrock|total))?${E}`,
      ),
      'giu',
    ),
    'how many units are there in bedrock',
  ],
  // "qué unidades existen/hay?": which units exist.
  [
    new RegExp(es(String.raw`${S}(?:${QUE}|cuáles)\s+(?:unidades|units)\s+(?:existen|hay)${E}`), 'giu'),
    'which units exist',
  ],
  // "pasame el listado (de unidades/equipos)": show me the list of units.
  [
    new RegExp(
      es(
        String.raw`${S}(?:pásame|pasame|pasáme|mándame|me\s+pasas|me\s+pasás|me\s+mandas|me\s+das)\s+(?:el\s+)?(?:listado|lista)(?:\s+(?:de\s+(?:las\s+|los\s+)?(?:unidades|equipos|units)|completo|completa))?(?=\s*(?:[.,!?;]|$|de\s+(?:las\s+|los\s+)?(?:unidades|equipos|units)))`,
      ),
      'giu',
    ),
    'show me the list of units',
  ],
  // "no me acuerdo cuáles creé": which ones I made (no request).
  [new RegExp(es(String.raw`${S}cuáles\s+(?:creé|hice|pedí|armé)${E}`), 'giu'), 'which ones i made'],
  // --- details ---
  // "(la unidad / el equipo) X ya tiene key o todavía no?": does unit X have a key yet.
  [
    new RegExp(
      es(
        String.raw`${S}(?:(?:la|el)\s+(?:unidad|equipo|unit)\s+)?(${NAME})\s+(?:ya\s+)?tiene\s+(?:una\s+|alguna\s+)?(${KEY})(?:\s+o\s+(?:todavía\s+|aún\s+)?no)?${E}`,
      ),
      'giu',
    ),
    (_m, name: string) => `does unit ${name} have a key yet`,
  ],
  // "qué estado tiene la key de X", "en qué estado está la llave de X": what is the status of.
  [
    new RegExp(
      es(
        String.raw`${S}(?:${QUE}\s+estado\s+tiene|en\s+${QUE}\s+estado\s+(?:está|están|se\s+encuentra|se\s+encuentran|anda|andan))\s+(?=(?:la|el|las|los|mi|mis)\s+${KEY}${E})`,
      ),
      'giu',
    ),
    'what is the status of ',
  ],
  // "qué estado tiene el pedido de cajas": an order's or a thing's state, none of ours.
  [
    new RegExp(
      es(
        String.raw`${S}(?:${QUE}\s+estado\s+tiene|en\s+${QUE}\s+estado\s+(?:está|están|anda|andan))\s+(?:la|el|las|los|mi|mis)\s+(?!${KEY}${E}|unidad${E}|equipo${E})[\p{L}]+(?:\s+de\s+(?!\S*[-_.])[\p{L}]+)?${E}`,
      ),
      'giu',
    ),
    'how is it going',
  ],
  // "la key de X sigue activa?": is it still active.
  [
    new RegExp(
      es(
        String.raw`${S}(?:sigue|siguen)\s+(?:estando\s+)?(?:activ[ao]s?|vigentes?|válid[ao]s?|habilitad[ao]s?)${E}(?:\s+o\s+(?:ya\s+)?(?:expiró|venció|caducó|vencida|vencido|expirada|expirado|no)${E})?`,
      ),
      'giu',
    ),
    'is still active or not',
  ],
  // "qué tan vieja es la key de X": how old is; "qué tan cerca de vencer está…": how close to expiry is.
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+tan\s+(?:viej[ao]s?|antigu[ao]s?|nuev[ao]s?)\s+(?:es|está|son|están)\s+(?=(?:la|el|las|los|mi|mis)\s+${KEY}${E})`,
      ),
      'giu',
    ),
    'how old is ',
  ],
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+tan\s+cerca\s+(?:de\s+(?:vencer(?:se)?|expirar|caducar)|del\s+vencimiento)\s+(?:está|están)\s+(?=(?:la|el|las|los|mi|mis)\s+${KEY}${E})`,
      ),
      'giu',
    ),
    'how close to expiry is ',
  ],
  // "las keys del Roastery Lab cuándo expiran?": the question word last.
  [
    new RegExp(
      es(
        String.raw`${S}(?:las|los|la|el)\s+(${KEY})\s+(?:del?|de\s+la|de\s+el)\s+([^?.!,;\n]{1,40}?)\s+cuándo\s+(?:expiran|vencen|caducan|expira|vence|caduca)${E}`,
      ),
      'giu',
    ),
    (_m, k: string, unit: string) => `when do the ${k.replace(/llaves?|claves?/i, 'keys')} of ${unit} expire`,
  ],
  // "cuándo vence el seguro del camión?": when something not ours expires.
  [
    new RegExp(
      es(
        String.raw`${S}cuándo\s+(?:vence|vencen|expira|expiran|caduca|caducan|se\s+vence|se\s+vencen)\s+(?:el|la|los|las)\s+(?!${KEY}${E}|(?:unidad|equipo|acceso)${E})[\p{L}]+(?:\s+(?:del?|de\s+la)\s+(?!${NAME})[\p{L}]+)?${E}`,
      ),
      'giu',
    ),
    'when is the renewal due',
  ],
  // "ver key #2 de X", "ver la llave 2 de X" (a message opened by it): show.
  [
    new RegExp(
      es(String.raw`^\s*ver\s+(?=(?:la\s+|el\s+)?(?:keys?|llaves?|claves?|detalles|info)${E})`),
      'giu',
    ),
    'show ',
  ],
  // --- models ---
  // "¿tienen claude habilitado?", "hay llama disponible?": do you have X enabled.
  [
    new RegExp(
      es(
        String.raw`${S}(?:tienen|tenés|tienes|tenéis|hay)\s+(${MODEL})\s+(?:habilitad[oa]s?|disponibles?|activad[oa]s?|activ[oa]s?|prendid[oa]s?)${E}`,
      ),
      'giu',
    ),
    'do you have $1 enabled',
  ],
  [
    new RegExp(
      es(
        String.raw`${S}(?:tienen|tenés|tienes|tenéis|hay)\s+(?:habilitad[oa]s?|disponibles?|activad[oa]s?)\s+(?:a\s+)?(${MODEL})${E}`,
      ),
      'giu',
    ),
    'do you have $1 enabled',
  ],
  // "¿está deepseek (o no)?", "está disponible nova de amazon?": is X available.
  [
    new RegExp(
      es(
        String.raw`${S}(?:está|estan|están)\s+(?:disponibles?\s+|habilitad[oa]s?\s+)?(${MODEL}(?:\s+de\s+(?:amazon|anthropic|meta|mistral|cohere))?)(?:\s+(?:disponibles?|habilitad[oa]s?))?(?=\s*(?:[?.!,]|$|o\s+no${E}|en\s+bedrock${E}))`,
      ),
      'giu',
    ),
    'is $1 available',
  ],
  // "hay algún modelo de stability para…": is there any stability model.
  [
    new RegExp(
      es(
        String.raw`${S}hay\s+(?:algún|alguno|un)\s+modelo\s+de\s+(${MODEL}|meta|amazon|ai21|writer|openai)${E}`,
      ),
      'giu',
    ),
    'is there any $1 model',
  ],
  // "qué modelos puedo usar?": which models are available (with a credential, "con mi token", it is help's models
  // topic, models-abroad.ts, as in English).
  [
    new RegExp(
      es(
        String.raw`${S}(?:${QUE}|cuáles)\s+modelos\s+(?:puedo|podemos|se\s+pueden)\s+(?:usar|llamar|invocar|probar)${E}(?!\s+(?:con|desde)\s)`,
      ),
      'giu',
    ),
    'which models are available',
  ],
  // --- history ---
  // "cuándo se creó/rotó la key de X": when was the key of X created/rotated.
  [
    new RegExp(
      es(
        String.raw`${S}(?:cuándo|hace\s+cuánto(?:\s+tiempo)?)\s+se\s+(creó|rotó|revocó|generó|emitió|aprobó|renovó|borró|eliminó)\s+((?:la|el|las|los)\s+${KEY}\s+(?:de|del|para)\s+(?:la\s+unidad\s+|el\s+equipo\s+)?(?:${NAME}|[\p{L}\d]+))`,
      ),
      'giu',
    ),
    (_m, verb: string, obj: string) => {
      const en: Record<string, string> = {
        creo: 'created',
        roto: 'rotated',
        revoco: 'revoked',
        genero: 'created',
        emitio: 'issued',
        aprobo: 'approved',
        renovo: 'renewed',
        borro: 'deleted',
        elimino: 'deleted',
      };
      return `when was ${obj} ${en[fold(verb)] ?? 'created'}`;
    },
  ],
  // "cuántos tokens se emitieron este mes?": how many tokens were issued.
  [
    new RegExp(
      es(
        String.raw`${S}cuánt[oa]s\s+(${KEY})\s+se\s+(emitieron|crearon|generaron|rotaron|revocaron|pidieron|dieron|aprobaron)${E}`,
      ),
      'giu',
    ),
    (_m, k: string, verb: string) =>
      `how many ${k.replace(/llaves?|claves?/i, 'keys')} were ${PAST_PLURAL[fold(verb)] ?? 'issued'}`,
  ],
  // "cuándo fue la última rotación (de)", "cuándo fue la última vez que se rotó": when was the last rotation of.
  [
    new RegExp(
      es(
        String.raw`${S}cuándo\s+fue\s+(?:la\s+)?última\s+(?:rotación|vez\s+que\s+(?:se\s+)?rot(?:ó|aron))(?:\s+de)?${E}`,
      ),
      'giu',
    ),
    'when was the last rotation of',
  ],
  [
    new RegExp(
      es(
        String.raw`${S}cuándo\s+fue\s+(?:la\s+)?última\s+(?:revocación|vez\s+que\s+(?:se\s+)?revoc(?:ó|aron))(?:\s+de)?${E}`,
      ),
      'giu',
    ),
    'when was the last revocation of',
  ],
  // "qué se hizo en X", "qué pasó con X" (a unit named as one): what was done in X.
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+(?:se\s+hizo|se\s+ha\s+hecho|hicieron|han\s+hecho)\s+(?:en|con)\s+(?=${NAME})`,
      ),
      'giu',
    ),
    'what was done in ',
  ],
  [
    new RegExp(
      es(String.raw`${S}${QUE}\s+(?:pasó|ha\s+pasado|sucedió|ocurrió)\s+(?:en|con)\s+(?=${NAME})`),
      'giu',
    ),
    'what happened with ',
  ],
  // "qué hizo <@U…> / ana@… en X": what did … do in X.
  [
    new RegExp(
      es(
        String.raw`${S}${QUE}\s+(?:hizo|ha\s+hecho)\s+(xxuser|xxemail|<@[A-Z0-9]+(?:\|[^>]*)?>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?:en|con)\s+(?=${NAME})`,
      ),
      'giu',
    ),
    'what did $1 do in ',
  ],
  // "(el) historial de cambios/movimientos": the change history (no unit "cambios").
  [
    new RegExp(
      es(
        String.raw`${S}(?:el\s+)?historial\s+de\s+(?:cambios|movimientos|actividad|eventos|acciones)(?:\s+de\s+(?:las\s+|los\s+)?${KEY})?${E}`,
      ),
      'giu',
    ),
    'the change history of the keys',
  ],
  // "historial de temperaturas / de pedidos del cliente": the record of something not ours.
  [
    new RegExp(
      es(
        String.raw`${S}(?:el\s+)?historial\s+de\s+(?!${KEY}${E}|(?:cambios|movimientos|actividad|eventos|acciones|accesos|permisos|rotaciones|revocaciones|aprobaciones|altas|bajas|uso|gastos?)${E}|(?:pedidos|solicitudes)\s+de\s+${KEY})([\p{L}]+s)(?=\s+(?:del?|de\s+la|de\s+los|de\s+las)\s+(?!${NAME})(?!(?:(?:la|el|los|las)\s+)?(?:mes|semana|año|día|trimestre|periodo|período|último|ultimo|pasado|este|esta|hoy|ayer)${E})[\p{L}]+${E})`,
      ),
      'giu',
    ),
    'the record of $1',
  ],
  // "tokens emitidos a X en noviembre": tokens issued to X in November.
  [
    new RegExp(
      es(
        String.raw`${S}(tokens?|keys?|llaves?)\s+(?:emitid[oa]s|otorgad[oa]s|dad[oa]s|entregad[oa]s)\s+a${E}`,
      ),
      'giu',
    ),
    '$1 issued to',
  ],
  // --- spend ---
  // "cuánta plata se gastó / se fue en IA", "cuánto se gastó en bedrock": how much money was spent on AI.
  [
    new RegExp(
      es(
        String.raw`${S}cuánt[oa]\s+(?:${MONEY}\s+)?(?:se\s+(?:gastó|fue|ha\s+gastado|lleva\s+gastado|va\s+gastado)|gastamos|gastaron|gasté|hemos\s+gastad[oa]|llevamos\s+gastad[oa])\s+en\s+(?=${OURS_SPENT}${E})`,
      ),
      'giu',
    ),
    'how much money was spent on ',
  ],
  // "cuánto nos salió bedrock en septiembre": how much did we spend on (what is ours only).
  [
    new RegExp(
      es(String.raw`${S}cuánto\s+(?:nos|me|les)\s+(?:salió|ha\s+salido|sale)\s+(?=${OURS_SPENT}${E})`),
      'giu',
    ),
    'how much did we spend on ',
  ],
  // "cuánto nos salió / nos costó el asado del sábado": what a thing not ours cost.
  [
    new RegExp(
      es(
        String.raw`${S}cuánto\s+(?:nos|me|les)\s+(?:salió|ha\s+salido|costó|ha\s+costado)\s+(?:el|la|los|las)\s+(?!${OURS_SPENT}${E}|(?:unidad|equipo|área)${E})[\p{L}]+(?:\s+(?:del?|de\s+la)\s+(?!${NAME})[\p{L}]+)?${E}`,
      ),
      'giu',
    ),
    'the price of groceries',
  ],
  // The same of something not ours ("cuánto gastamos en leche de avena", "cuánta plata se fue en el asado"): money gone
  // on a thing, no spend of ours.
  [
    new RegExp(
      es(
        String.raw`${S}cuánt[oa]\s+(?:${MONEY}\s+)?(?:se\s+(?:gastó|fue|ha\s+gastado|lleva\s+gastado|va\s+gastado)|gastamos|gastaron|gasté|hemos\s+gastad[oa]|llevamos\s+gastad[oa])\s+en\s+(?!${OURS_SPENT}${E})(?:(?:el|la|los|las)\s+)?[\p{L}]+(?:\s+de\s+[\p{L}]+)?${E}`,
      ),
      'giu',
    ),
    'the price of groceries',
  ],
  // "factura de IA (de X)": the AI bill.
  [
    new RegExp(
      es(
        String.raw`${S}(?:la\s+)?(factura|gasto|costo|coste|consumo)\s+de\s+(?:la\s+)?(?:ia|ai)${E}(?!\s+(?:do|da|dos|das|no|na|nos|nas)\s)`,
      ),
      'giu',
    ),
    (_m, what: string) => `AI ${AI_BILL[fold(what)] ?? 'spend'}`,
  ],
  // "la factura de la luz / del agua": a bill of the premises, no spend of ours.
  [
    new RegExp(
      es(
        String.raw`${S}(?:la\s+)?factura\s+de(?:l|\s+la|\s+el|\s+los)?\s+(?!${OURS_SPENT}${E})(?!(?:AI|${SPANISH_MONTH_WORDS}|este|esta|mes|semana|año|último|ultimo|hoy|ayer)${E})[\p{L}]+${E}`,
      ),
      'giu',
    ),
    'the electricity bill',
  ],
  // "(del/el) último mes": the last 30 days (a month back from today, not the calendar month before).
  [
    new RegExp(es(String.raw`${S}(?:(?:en\s+|durante\s+)?(?:el|del)\s+)?último\s+mes${E}`), 'giu'),
    'the last 30 days',
  ],
  // "lo necesito pa(ra) la presentación del comité": a purpose told after the ask, no unit in it.
  [
    new RegExp(
      es(
        String.raw`${S}(?:lo|la|los|las)\s+necesito\s+(?:pa|para)\s+(?:la|el|una|un)\s+(?!\S*[-_])[\p{L}]+(?:\s+(?:del?|de\s+la)\s+(?!\S*[-_])[\p{L}]+)?${E}`,
      ),
      'giu',
    ),
    'i need it for a report',
  ],
  // --- units of stock, models of things (not ours) ---
  // "cuántas unidades vendimos ayer?": units sold, bought or left.
  [
    new RegExp(
      es(
        String.raw`${S}cuánt[ao]s\s+unidades\s+(?:se\s+)?(?:vendimos|vendieron|vendí|vendió|vendemos|quedan|faltan|compramos|compraron|llegaron|salieron|despachamos|producimos|hicimos)${E}`,
      ),
      'giu',
    ),
    'how much stock',
  ],
  // "cuántas unidades de pan quedan": pieces of bread.
  [
    new RegExp(es(String.raw`${S}cuánt[ao]s\s+unidades\s+de\s+(?!${NAME})[\p{L}]+${E}`), 'giu'),
    'how much stock',
  ],
  // "qué modelos de licuadora tienen": the makes of an appliance, none of ours.
  [
    new RegExp(
      es(
        String.raw`${S}(?:(?:${QUE}|cuáles)\s+)?modelos\s+de\s+(?!${MODEL}${E}|(?:meta|amazon|ai21|writer|openai|ia|ai|bedrock|lenguaje|texto|imágenes|imagen|embeddings?|chat|razonamiento|código)${E})([\p{L}]+)(?:\s+(?:tienen|hay|venden|quedan|tenemos))?${E}`,
      ),
      'giu',
    ),
    'which $1 are in stock',
  ],
  // --- months ---
  [
    new RegExp(es(String.raw`${S}(en|durante)\s+(${SPANISH_MONTH_WORDS})${E}`), 'giu'),
    (_m, _p: string, month: string) => `in ${SPANISH_MONTHS[fold(month)] ?? month}`,
  ],
  // "hace cuánto": how long ago.
  [new RegExp(es(String.raw`${S}hace\s+cuánto(?:\s+tiempo)?${E}`), 'giu'), 'how long ago'],
];

/** A cheap test before the rules: a question word or one of the nouns they read. */
const GATE =
  /^\s*ver\s|d[oó]nde|puede|otorgad|entregad|aprob|sirve|sigue|(?<![a-z])qu?[eé]?(?![a-z])|cu[aá]|c[oó]mo|hizo|historial|factura|gast|(?<![a-z])est(?:[aá]n?|ado|ando)(?![a-z])|tienen|tenés|tienes|hay|lista|plazo|muestra|unidades|equipos|modelos|hace|emitid|[uú]ltimo|necesito|tiene|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept|setiembre|octubre|noviembre|diciembre|gasto|costo|consumo/i;

/**
 * What marks a text as Spanish by these questions alone (read by surface.ts's phrase trigger: in lower case, without the
 * 'u' flag, each alternative ending where a word ends).
 */
export const SPANISH_QUESTION_TRIGGER = [
  String.raw`\bqu?[eé]?\s+tan\s+(?:viej[a-z]*|antigu[a-z]*|nuev[a-z]*|cerca\s+de\s+vencer)\s+(?:es|est[aá]|son|est[aá]n)\s+(?:la|el|las|los|mi|mis)\s+(?:keys?|llaves?|claves?|tokens?|api|access|credencial)`,
  String.raw`\bhace\s+cu[aá]nto`,
  String.raw`\bcu[aá]nt[oa]s?\s+(?:unidades|equipos|plata|lana|guita|dinero|se\s+(?:gast|fue)[a-záéíóúñ]*|gastamos|tarda|demora|keys|llaves|api\s+keys|tokens)`,
  String.raw`\bqu?[eé]?\s+(?:equipos|unidades|estado\s+tiene|se\s+hizo|hizo|muestra|pasa\s+si)`,
  String.raw`\ben\s+qu[eé]\s+estado`,
  String.raw`\bcu[aá]ndo\s+se\s+(?:cre|rot|revoc|gener|emiti|aprob)[a-záéíóúñ]*\s+(?:la|el|las|los|mi|mis)\s+(?:keys?|llaves?|claves?|tokens?|api|access|credencial)`,
  String.raw`\bcu[aá]ndo\s+fue\s+la`,
  String.raw`\btienen\s+${MODEL}`,
  String.raw`\best[aá]\s+(?:disponible\s+)?${MODEL}`,
  String.raw`\bhay\s+alg[uú]n\s+modelo`,
  String.raw`\bc[oó]mo\s+(?:roto|revoco|se\s+(?:rota|revoca|pide|crea)|funciona\s+(?:lo\s+de\s+)?la\s+aprobaci[oó]n)`,
  String.raw`\ba\s+qui[eé]n\s+le`,
  String.raw`\bhistorial\s+de`,
  String.raw`\bfactura\s+de`,
  String.raw`\bse\s+puede\s+filtrar`,
  String.raw`\bel\s+listado`,
  String.raw`\btokens\s+emitidos`,
  String.raw`\bde\s+(?:corto|largo)\s+plazo`,
  String.raw`\bunidades\s+son\s+m[ií]as`,
  String.raw`\bya\s+tiene\s+(?:keys?|llaves?)`,
  String.raw`\bcu[aá]les\s+(?:unidades|modelos)`,
  String.raw`\bqu[eé]\s+modelos\s+puedo`,
  String.raw`\bcu[aá]l\s+es\s+el\s+m[aá]ximo`,
  String.raw`\bmodelos\s+de\s+[a-záéíóúñ]+`,
  String.raw`\b(?:tienen|ten[eé]s|tienes)\s+(?:habilitad|disponible|activad)[a-z]*`,
  String.raw`\bcu[aá]nto\s+(?:nos|me|les)\s+sali[oó]`,
  String.raw`^\s*ver\s+(?:la\s+|el\s+)?(?:keys?|llaves?|claves?)`,
  String.raw`\b(?:keys?|llaves?|claves?|tokens?)\s+(?:del?|de\s+la)\s+[^?\n]{1,40}?\s+cu[aá]ndo\s+(?:expiran|vencen|caducan|expira|vence|caduca)`,
  String.raw`\blo\s+m[aá]ximo\s+que\s+puede`,
  String.raw`\bd[oó]nde\s+(?:veo|miro|consulto|encuentro|reviso)`,
  String.raw`\bllevamos\s+gastad[oa]`,
  String.raw`\bse\s+pueden?\s+tener\s+m[aá]s\s+de`,
  String.raw`\baprobaci[oó]n\s+(?:para|pa)`,
  String.raw`\bqu[eé]\s+(?:hicieron|han\s+hecho)`,
  String.raw`\bsiguen?\s+(?:activ|vigente|v[aá]lid)[a-z]*`,
  String.raw`\bpara\s+qu[eé]\s+sirven?`,
  String.raw`\bcu[aá]nto\s+(?:nos|me|les)\s+(?:sali[oó]|cost[oó])\s+(?:el|la|los|las)\s+[a-záéíóúñ]+`,
  String.raw`\bcu[aá]ndo\s+(?:se\s+)?(?:vence|vencen|expira|expiran|caduca|caducan)\s+(?:el|la|los|las)\s+[a-záéíóúñ]+`,
].join('|');

/** The Spanish questions to the bot, in English (a text known as Spanish only). */
export function spanishQuestionsAsEnglish(s: string): string {
  if (!GATE.test(s)) return s;
  let out = s;
  for (const [re, en] of RULES) out = typeof en === 'string' ? out.replace(re, en) : out.replace(re, en);
  return out;
}
