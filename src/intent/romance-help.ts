/**
 * fix50c (tuned-printing, tuned-styles-romance): a question about the bot in Italian, Spanish, Catalan, Galician,
 * Portuguese or Romansh (and their speakers' English), read as help with the topic its answer leads with, where the
 * word-by-word glossary leaves the question half read (it knows no Catalan and reads Italian and Portuguese words only
 * in a text it has marked as such). The README's topics, in those languages' words:
 *  - approvals: who approves ("chi approva le chiavi?", "tgi po approvar mia dumonda per ina clav?"), whom to chase for
 *    the approval ("¿a quién tengo que perseguir para la aprobación?"), whether one is needed ("cal aprovació per a un
 *    token?");
 *  - regions: the data that must stay in a country ("… i dati non devono uscire dall'Italia", "temos dados que não podem
 *    sair de Portugal"), or a credential in a place at all or instead of the other kind ("can we get tokens in Portugal at
 *    all?", "les claus … es poden fer a Espanya o només tokens?");
 *  - limits: asked in theory or out of curiosity ("in teoria potrei avere un token da 12 ore?"), whether a token can last
 *    a span ("pot un token durar dos dies?"), past its 12-hour cap ("un token de más de 12 horas?"), against the maximum
 *    ("…, o el màxim són 12?"), how many keys a unit may have, how long a token lasts by default;
 *  - key-kinds: a token weighed against a key ("token o chiave?", "preciso de access key ou chega um token?", "¿un token es
 *    lo mismo que una api key?", "una access key è più sicura di un token?"), what a kind is ("bearer token o que é?"),
 *    short or long term ("api key a breve o a lungo termine?"); with two kinds weighed no kind is stated;
 *  - general: keeping the secret (pasting it, committing it, passing it on, a copy kept, "per sbaglio … che faccio?");
 *  - create_key: how a key is made or asked for ("come si crea una chiave per un nuovo team?", "com es demana una clau
 *    API?"); revoke and rotate: what happens if I do ("si anulo una clave, se puede recuperar?");
 *  - spend, history, details, models: how I see what was spent, who rotated, when a key expires, which models there are
 *    or a token can use ("com puc veure qui ha rotat una clau?", "que modelos … posso usar com o token?");
 *  - two commands weighed ("revocar y deprovisionar es lo mismo?"): help with no topic.
 *  - fix53a (tuned-vineyards): list, which units there are, asked how to see ("cómo veo qué unidades hay?"); deprovision,
 *    how a unit is taken down or what that does ("cómo doy de baja una unidad?", "deprovision borra también el
 *    historial?"); token, one run out and renewed ("se puede renovar o pido otro?"); a shortest lifetime ("existe tamanho
 *    mínimo de token?"); two kinds after "lo mismo"; the credential put in a repo and what now; "cómo sé" and who did
 *    what in the past ("quién hizo qué", "quem rotacionou").
 * Each reading is one pattern built at load, tried after a cheap test; none reads a value asked for now, and an action
 * asked after the question still wins (parse-request.ts's guard).
 */
import type { HelpTopic } from '../core/request.js';

/** What the question reads as: its topic (null: help with none) and whether two kinds are weighed (no kind stated). */
export interface RomanceHelp {
  topic: HelpTopic | null;
  kindsWeighed: boolean;
  apiKey: boolean;
}

const KEY = String.raw`(?:chiav[ei]|clav(?:e|es)?|claus?|chaves?|access[ \t-]+keys?|api[ \t_-]*keys?|keys?)`;
const KEY_OR_TOKEN = String.raw`(?:${KEY}|tokens?)`;
const ART = String.raw`(?:(?:una?|uno|uma|um|la|el|il|lo|a|o|les|las|els|l['’])[ \t]*)?`;
/** The cheap test: a credential's noun in one of the languages. */
const CREDENTIAL = new RegExp(String.raw`(?<![\p{L}])(?:${KEY_OR_TOKEN}|clav)(?![\p{L}])`, 'u');
/** An API key in the languages' order: "clau API", "chiave API", "clave de API". */
const API_KEY =
  /(?<![\p{L}])(?:(?:chiav[ei]|clav(?:e|es)?|claus?|chaves?)[ \t]+(?:de[ \t]+|d['’])?api|api[ \t_-]*keys?)(?![\p{L}])/u;

const OUR_COMMAND = String.raw`(?:revoc|revog|anul|ruot|rot|rod|deprovision|borr|elimin|cancell)\p{L}*`;
const TWO_COMMANDS = new RegExp(
  String.raw`(?<![\p{L}])${OUR_COMMAND}[ \t]+(?:y|e|i|o|ou|vs\.?)[ \t]+${OUR_COMMAND}[ \t]+(?:[ée]s|[èé]|son|sono|s[ãa]o|s[óo]n)[ \t]+(?:lo[ \t]+mismo|lo[ \t]+stesso|la[ \t]+stessa[ \t]+cosa|o[ \t]+mesmo|a[ \t]+mesma[ \t]+coisa|el[ \t]+mateix|igual|uguali|iguales|iguais)|(?:diferencia|differenza|diferen[çc]a|difer[èe]ncia)[^?]{0,30}${OUR_COMMAND}[^?]{0,20}${OUR_COMMAND}`,
  'u',
);

const APPROVE = String.raw`(?:approv|aprov|aprueb)\p{L}*`;
const APPROVAL = String.raw`(?:approvazione|aprobaci[oó]n|aprova[cç][ãa]o|aprovaci[oó]|approvaziun)`;
const APPROVALS = new RegExp(
  String.raw`(?<![\p{L}])(?:chi|qui[eé]n|quem|qui|tgi)[ \t]+(?:[\p{L}']+[ \t]+){0,2}?${APPROVE}|` +
    String.raw`(?<![\p{L}])a[ \t]+(?:chi|qui[eé]n|quem|qui)(?![\p{L}])[^?]{0,60}${APPROVAL}|` +
    String.raw`(?<![\p{L}])(?:cal|serve|servono|hace[ \t]+falta|fa[ \t]+falta|se[ \t]+necesita|necesita|precisa|ci[ \t]+vuole|[ée][ \t]+necess[aá]ri[ao])[ \t]+${ART}${APPROVAL}`,
  'u',
);

/**
 * fix52a: who approved one unit's key, in the past ("quem aprovou a chave do girassol?", "¿quién aprobó la clave de X?"):
 * that key's history, no question about approving.
 */
const KEY_APPROVED =
  /(?<![\p{L}])(?:quem|quen|qui[eé]n|chi|qui)\s+(?:ha\s+|va\s+)?(?:aprovou|aprob[oó]|approv[oò]|approvato|aprovat|aprovar)\s+(?:a|la|el|l['’])\s*(?:chave|clave|llave|clau|chiave|key)\s+(?:d[oa]|del?|della|di|dels?)\s+\S/u;

const PLACE = String.raw`(?:italia|it[àa]lia|milano|mil[aã]o|espa[ñn]a|espanya|spagna|espanha|portugal|portogallo|lisboa|lisbona|madrid|irlanda|dublino|francia|fran[çc]a|frankfurt|francoforte|fr[aá]ncfort|europa|zurigo|z[uú]rich|stoccolma|estocolmo|londra|londres|parigi|par[ií]s|brasil|brasile|germania|alemania|alemanha|alemanya|svizzera|suiza|su[ií][çc]a|su[iï]ssa)`;
/** The data that must stay in a country: "i dati non devono uscire dall'Italia", "dados que não podem sair de Portugal". */
const DATA_STAYS =
  /(?<![\p{L}])(?:dati|datos|dados|dades)(?![\p{L}])[^?.!]{0,60}(?<![\p{L}])(?:uscire|salir|sair|sortir|restare|rimanere|quedarse|ficar)(?![\p{L}])/u;
/** Which Regions at all: "in quali regioni funzionano i token?", "en qué regiones puedo tener claves?". */
const WHICH_REGIONS =
  /(?<![\p{L}])(?:in|en|em|a)[ \t]+(?:quali|qu[ée]|que|quines|quais|cu[aá]les)[ \t]+(?:regioni|regiones|regi[õo]es|regions)(?![\p{L}])/u;
/** A place asked about at all, or instead of the other kind: "… in Portugal at all?", "… a Espanya o només tokens?". */
const PLACE_AT_ALL = new RegExp(
  String.raw`(?<![\p{L}])(?:in|a|en|em|na|no|al|à)[ \t]+${PLACE}(?![\p{L}])[ \t]*(?:at[ \t]+all|del[ \t]+tutto|siquiera|sequer|(?:o|ou|or)[ \t]+(?:nom[ée]s|solo|s[óo]lo|s[óo]|apenas|only)[ \t]+${KEY_OR_TOKEN})`,
  'u',
);

const NUMBER_PAST_CAP = String.raw`(?:1[2-9]|[2-9]\d|doce|dodici|doze|dotze|veinte|venti|vinte|vint)`;
const HOURS = String.raw`(?:h|hrs?|hours?|ore|horas|hores)`;
const LIMITS = new RegExp(
  [
    // in theory, out of curiosity
    String.raw`(?<![\p{L}])(?:in[ \t]+teoria|en[ \t]+teor[ií]a|em[ \t]+teoria|per[ \t]+curiosit[àa]t?|por[ \t]+curiosidade?|in[ \t]+linea[ \t]+di[ \t]+principio|en[ \t]+principio|em[ \t]+princ[ií]pio|en[ \t]+principi|solo[ \t]+per[ \t]+sapere|s[óo]lo[ \t]+por[ \t]+saber)(?![\p{L}])[^?]{0,60}(?<![\p{L}])${KEY_OR_TOKEN}(?![\p{L}])`,
    // whether a token can last a span: "un token può durare …", "pot un token durar …"
    String.raw`(?<![\p{L}])tokens?[ \t]+(?:pu[òo]|puede|pode|pot|podr[ií]a|potrebbe|poderia|podria|possono|pueden|podem|poden)[ \t]+durar(?:e)?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:pu[òo]|puede|pode|pot|podr[ií]a|potrebbe|poderia|podria)[ \t]+(?:un|um|el|il|o|uno)[ \t]+tokens?[ \t]+durar(?:e)?(?![\p{L}])`,
    // past the cap: "di più di 12 ore", "de más de 12 horas", "mais de 12 horas", "més de 12 hores"
    String.raw`(?<![\p{L}])tokens?(?![\p{L}])[^?]{0,20}(?<![\p{L}])(?:pi[uù]|m[aá]s|mais|m[ée]s)[ \t]+(?:di|de|que|d['’])[ \t]*${NUMBER_PAST_CAP}[ \t]*${HOURS}(?![\p{L}])`,
    // against the maximum: "…, o el màxim són 12?", "… ou o máximo é 12?"
    String.raw`(?<![\p{L}])(?:o|ou|oppure)[ \t]+(?:el|il|o|lo)[ \t]+(?:m[àáa]xim[oa]?|massimo)(?![\p{L}])`,
    // how many keys a unit may have: "quantas chaves pode ter uma unidade no máximo?"
    String.raw`(?<![\p{L}])(?:quant[aeio]s?|cu[aá]nt[ao]s|quants|quantes)[ \t]+${KEY}(?![\p{L}])[^?]{0,50}(?<![\p{L}])(?:al[ \t]+massimo|no[ \t]+m[aá]ximo|como[ \t]+m[aá]ximo|al[ \t]+m[àa]xim|m[àáa]xim[oa]?|massimo)(?![\p{L}])`,
    // a token's lifetime by default: "qual è la durata di default di un token", "quanto dura un token di default?"
    String.raw`(?<![\p{L}])(?:durata|duraci[oó]n|dura[cç][ãa]o|durada|dura)(?![\p{L}])[^?]{0,40}(?<![\p{L}])(?:di|de|por|per)[ \t]+(?:default|defecto|defeito|defecte)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:quanto|cu[aá]nto|quant)[ \t]+(?:tempo[ \t]+|tiempo[ \t]+|temps[ \t]+)?dura[ \t]+(?:un|uno|um|una|uma)[ \t]+tokens?(?![\p{L}])`,
    // how many hours a token may last, its longest lifetime, a limit on it
    String.raw`(?<![\p{L}])(?:quant[ae]|cu[aá]nt[ao]s|quant[ao]s|quantes)[ \t]+(?:ore|horas|hores|giorni|d[ií]as|dies)[ \t]+(?:pu[òo]|puede|pode|pot)[ \t]+durar`,
    String.raw`(?<![\p{L}])(?:durata|duraci[oó]n|dura[cç][ãa]o|durada)[ \t]+(?:m[àáa]xim[ao]|massim[ao])(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:c['’][èe]|hay|h[áa]|hi[ \t]+ha)[ \t]+(?:un|um)[ \t]+l[ií]mite[ \t]+(?:di|de|per|para|por)[ \t]+${KEY_OR_TOKEN}(?![\p{L}])`,
    // fix53a: a shortest lifetime, "existe tamanho mínimo de token?", "hay un mínimo para los tokens?", "durata minima"
    String.raw`(?<![\p{L}])(?:tamanho|tama[ñn]o|duraci[oó]n|dura[cç][ãa]o|durata|durada|tiempo|tempo|temps)[ \t]+m[ií]nim[oa](?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:c['’][èe]|hay|h[áa]|hi[ \t]+ha|existe|existeix|esiste)[ \t]+(?:un[ \t]+|um[ \t]+|uno[ \t]+)?(?:m[ií]nimo|minimo|m[íi]nim)(?![\p{L}])`,
  ].join('|'),
  'u',
);

/** A token weighed against a key, either way round, or what one kind is. */
const KINDS_WEIGHED = new RegExp(
  [
    String.raw`(?<![\p{L}])tokens?(?![\p{L}])[^?.!\n]{0,30}?(?<![\p{L}])(?:o|ou|oppure|or|vs\.?|versus)[ \t]+${ART}${KEY}(?![\p{L}])`,
    String.raw`(?<![\p{L}])${KEY}(?![\p{L}])[^?.!\n]{0,30}?(?<![\p{L}])(?:o|ou|oppure|or|vs\.?|versus)[ \t]+(?:(?:chega|basta|serve|vale|sirve|n'hi[ \t]+ha[ \t]+prou[ \t]+amb)[ \t]+)?${ART}tokens?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:mism[ao]|mesm[ao]|stess[ao]|mateix[a]?)(?:[ \t]+(?:cosa|coisa|cosa))?[ \t]+(?:que|che|di|de)[ \t]+${ART}${KEY_OR_TOKEN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:diferencia|differenza|diferen[çc]a|difer[èe]ncia)(?![\p{L}])[^?]{0,40}(?<![\p{L}])tokens?(?![\p{L}])`,
    // fix53a: "lo mismo" first, the two after it: "¿es lo mismo un token que una api key?", "é o mesmo um token e uma chave?"
    String.raw`(?<![\p{L}])(?:lo[ \t]+mismo|o[ \t]+mesmo|a[ \t]+mesma[ \t]+coisa|lo[ \t]+stesso|la[ \t]+stessa[ \t]+cosa|el[ \t]+mateix|igual)[ \t]+${ART}${KEY_OR_TOKEN}[ \t]+(?:que|che|e|y|i|di|de|a)[ \t]+${ART}${KEY_OR_TOKEN}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:pi[uù]|m[aá]s|mais|m[ée]s)[ \t]+(?:sicur[aoe]|segur[ao]s?|segures?)[ \t]+(?:di|que|de)[ \t]+${ART}${KEY_OR_TOKEN}(?![\p{L}])`,
  ].join('|'),
  'u',
);
const WHAT_IS = String.raw`(?:[ée][ \t]+o[ \t]+qu[êe]|cos['’][ \t]*[èe]|cosa[ \t]+[èe]|che[ \t]+cos['’]?[ \t]*[èe]|qu[ée][ \t]+es|o[ \t]+que[ \t]+[ée]|qu[èe][ \t]+[ée]s|que[ \t]+[ée])`;
const KIND_TOLD = new RegExp(
  String.raw`(?<![\p{L}])(?:access[ \t-]+keys?|api[ \t_-]*keys?|bearer[ \t]+tokens?)(?![\p{L}])[^?]{0,20}?${WHAT_IS}(?![\p{L}])|` +
    String.raw`${WHAT_IS}[ \t]+${ART}(?:access[ \t-]+keys?|api[ \t_-]*keys?|bearer[ \t]+tokens?)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:a[ \t]+)?(?:breve|corto|curto|curt)[ \t]+(?:o|ou|oppure)[ \t]+(?:a[ \t]+)?(?:lungo|largo|longo|llarg)[ \t]+(?:termine|plazo|prazo|termini)(?![\p{L}])`,
  'u',
);

/** Keeping the secret: pasting, committing, passing it on, a copy kept, a slip and what to do. */
const SECRET_HANDLED = new RegExp(
  String.raw`(?<![\p{L}])(?:incoll\p{L}*|peg(?:ar|o|u[eé]|ado)|col(?:ar|ei|ou|ado)|enganx\p{L}*|committ(?:at[oaie]|ad[oa]|ei|ou)|pushat\p{L}*|condivi\p{L}*|compart(?:ir|o|[ií]|ido|ida|ilh\p{L}*)|partilh\p{L}*|passare|pasar|passar|prestare|prestar)(?![\p{L}])[^?]{0,40}(?<![\p{L}])${KEY_OR_TOKEN}(?![\p{L}])|` +
    String.raw`(?<![\p{L}])${KEY_OR_TOKEN}(?![\p{L}])[^?]{0,40}(?<![\p{L}])(?:incoll\p{L}*|committ(?:at[oaie]|ad[oa]|ei|ou)|pushat\p{L}*)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:copia|c[óò]pia)[ \t]+(?:del|do|de|dal|da)[ \t]+(?:mio[ \t]+|meu[ \t]+|mi[ \t]+)?${KEY_OR_TOKEN}(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:per[ \t]+sbaglio|por[ \t]+error|por[ \t]+engano|sem[ \t]+querer|per[ \t]+error|sense[ \t]+voler)(?![\p{L}])[^?]{0,50}(?<![\p{L}])(?:cosa[ \t]+devo[ \t]+fare|che[ \t]+(?:devo[ \t]+)?faccio|qu[ée][ \t]+(?:hago|tengo[ \t]+que[ \t]+hacer)|o[ \t]+que[ \t]+(?:fa[çc]o|devo[ \t]+fazer)|qu[èe][ \t]+(?:faig|he[ \t]+de[ \t]+fer))(?![\p{L}])|` +
    // fix53a: the credential put where others see it, and what now: "subí mi token al repo, qué hago?", "publiquei a chave
    // no github, o que faço?", "ho pushato il token…, che faccio?"
    String.raw`(?<![\p{L}])(?:sub[ií]|subimos|subido|pushe[eé]|pushei|pushat\p{L}*|commite[eé]|commitei|publiqu[eé]|publiquei|publicado|filtr[eé]|vazei|vazou|expuse|exposto|mand[eé]|mandei|envi[eé]|enviei|pus[eé]|puse)(?![\p{L}])[^?]{0,40}(?<![\p{L}])${KEY_OR_TOKEN}(?![\p{L}])[^?]{0,60}(?:cosa[ \t]+devo[ \t]+fare|che[ \t]+(?:devo[ \t]+)?faccio|qu[ée][ \t]+(?:hago|tengo[ \t]+que[ \t]+hacer)|o[ \t]+que[ \t]+(?:fa[çc]o|devo[ \t]+fazer)|qu[èe][ \t]+(?:faig|he[ \t]+de[ \t]+fer))(?![\p{L}])|` +
    String.raw`(?<![\p{L}])${KEY_OR_TOKEN}(?![\p{L}])[^?]{0,40}(?<![\p{L}])(?:sub[ií]|subido|pushe[eé]|pushei|commite[eé]|commitei|publiqu[eé]|publiquei|publicado|filtr[eé]|vazei|vazou)(?![\p{L}])[^?]{0,60}(?:cosa[ \t]+devo[ \t]+fare|che[ \t]+(?:devo[ \t]+)?faccio|qu[ée][ \t]+(?:hago|tengo[ \t]+que[ \t]+hacer)|o[ \t]+que[ \t]+(?:fa[çc]o|devo[ \t]+fazer)|qu[èe][ \t]+(?:faig|he[ \t]+de[ \t]+fer))(?![\p{L}])`,
  'u',
);

const HOW = String.raw`(?<![\p{L}])(?:come|c[oó]mo|com)[ \t]+`;
/** How a key is made or asked for: "come si crea una chiave", "com es demana una clau API", "come faccio a creare …". */
const HOW_CREATE = new RegExp(
  HOW +
    String.raw`(?:(?:faccio|fa[çc]o|hago|faig)[ \t]+(?:a|para|per)[ \t]+|si[ \t]+|se[ \t]+|es[ \t]+|puedo[ \t]+|posso[ \t]+|podemos[ \t]+|possiamo[ \t]+|puc[ \t]+|podem[ \t]+)?` +
    String.raw`(?:crea(?:re|r)?|cri(?:ar|a)|demana(?:r)?|chied(?:e|ere)|richied(?:e|ere)|pid[eo]|pedir|pe[çc]o|solicita(?:r)?|sol·licita(?:r)?|ottiene|ottenere|obtiene|obtener|obter|aconsegu(?:eix|ir))[ \t]+` +
    String.raw`(?:una?[ \t]+|uma[ \t]+|la[ \t]+|a[ \t]+)?(?:nuova[ \t]+|nueva[ \t]+|nova[ \t]+)?(?:chiave|clave|clau|chave|key)(?![\p{L}])`,
  'u',
);
/** What happens if I revoke or rotate a key: "si anulo una clave, …?", "si revoco una key, …?". */
const IF_I_DO = new RegExp(
  // (fix52a: "o que acontece quando eu revogo uma chave?", "qué pasa si revoco…": what happens when, the person said.)
  String.raw`^\W*(?:(?:o[ \t]+que[ \t]+acontece|qu[eé][ \t]+pasa|qu[eè][ \t]+passa|cosa[ \t]+succede)[ \t]+)?(?:si|se|quando|cuando|quan)[ \t]+(?:eu[ \t]+|yo[ \t]+|jo[ \t]+)?(?:(anulo|anul·lo|revoco|revogo|cancello|elimino|borro|apago|esborro)|(ruoto|roto|rodo|rot[oe]|rotaciono))[ \t]+${ART}(?:mia[ \t]+|mi[ \t]+|minha[ \t]+|meva[ \t]+)?${KEY}(?![\p{L}])[^?]{0,80}\?`,
  'u',
);
// (fix53a: "sé", "sei", "sap" (I know) before the question word, "cómo sé qué modelos hay", "com sé qui ha rotat"; "se" alone
// is the reflexive, "cómo se pide", but never before a question word.)
const SEE = String.raw`(?:(?:puedo|posso|puc|podemos|possiamo|se[ \t]+puede|si[ \t]+pu[òo]|es[ \t]+pot)[ \t]+)?(?:vedo|veo|vejo|veig|ver|vedere|veure|saber|sapere|consultar|controllare|mirar|guardare|vemos|vediamo|veiem|s[eé](?=[ \t]+(?:que|qu[eéè]|quali|quais|quins|quines|cu[aá]les|qui[eé]n|quem|qui|chi|cu[aá]ndo|quando|quan|si|se)(?![\p{L}]))|sei|sap)`;
const SPEND = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?${SEE}(?![\p{L}])[^?]{0,40}(?<![\p{L}])(?:gast|spes|speso|despes|costi|costos|custos|costs)\p{L}*|` +
    String.raw`(?<![\p{L}])bot[ \t]+(?:consegue|puede|pu[òo]|pot|sabe|sa|riesce[ \t]+a)[ \t]+(?:dizer|decir|dire|dir|mostrar|mostrare|ensenyar)(?![\p{L}])[^?]{0,30}(?<![\p{L}])(?:gast|spes|speso|despes)\p{L}*`,
  'u',
);
const HISTORY = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?${SEE}[ \t]+(?:chi|qui[eé]n|quem|qui)[ \t]+(?:ha|han|hanno|va|hizo|hicieron|fez|fizeram|fece|fecero|(?:rot|ruot|revoc|revog|borr|elimin|apag|cre|cri|aprob|aprov|approv)\p{L}*)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:storico|historial|hist[oó]rico|hist[oò]ric)(?![\p{L}])[^?]{0,30}(?<![\p{L}])(?:fin[ \t]+dove|fino[ \t]+a[ \t]+quando|hasta[ \t]+d[oó]nde|hasta[ \t]+cu[aá]ndo|at[ée][ \t]+onde|at[ée][ \t]+quando|fins[ \t]+on|fins[ \t]+quan|quanto[ \t]+indietro)(?![\p{L}])`,
  'u',
);
const DETAILS = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?${SEE}[ \t]+(?:quando|cuando|quan)[ \t]+(?:expira|scade|caduca|vence|ven[çc])(?![\p{L}])`,
  'u',
);
const MODELS = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?${SEE}[ \t]+(?:que|qu[ée]|quali|quais|quins|quines|cu[aá]les|quale)[ \t]+(?:modelli|modelos|models)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:modelli|modelos|models)(?![\p{L}])[^?]{0,40}(?<![\p{L}])(?:posso|puedo|puc|pode|podemos|possiamo)[ \t]+(?:usare|usar|utilizar|utilizzare|fer[ \t]+servir|chamar)[ \t]+(?:con|com|amb)[ \t]+${ART}(?:mio[ \t]+|meu[ \t]+|mi[ \t]+|meu[ \t]+)?tokens?(?![\p{L}])`,
  'u',
);

/**
 * fix53a: which units or teams there are, asked how to see ("cómo veo qué unidades hay?", "como vejo as unidades?", "com
 * puc veure quines unitats hi ha?"): the list's help.
 */
const LIST = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?${SEE}[ \t]+(?:(?:que|qu[ée]|quali|quais|quines|quins|cu[aá]les|las|les|as|le|els|todas[ \t]+las|todas[ \t]+as|tutte[ \t]+le)[ \t]+)?(?:unidades|unit[àa]|unitats|units|equipos|equipas|equipes|squadre)(?![\p{L}])`,
  'u',
);
/**
 * fix53a: how a unit is taken down, or what that does ("cómo doy de baja una unidad entera?", "como desprovisiono uma
 * unidade?", "deprovision borra también el historial?", "el desprovisionamiento elimina las claves?"): deprovision's help.
 */
const DEPROVISION = new RegExp(
  HOW +
    String.raw`(?:[\p{L}]+[ \t]+){0,2}?(?:(?:doy|damos|dar|da|se[ \t]+da|se[ \t]+dan)[ \t]+de[ \t]+baja|(?:deprovision|desprovision|desmantel|smantell|desmantell|encerr|tanc|dismett)\p{L}*)(?![\p{L}])|` +
    String.raw`(?<![\p{L}])(?:deprovision|desprovision|dar[ \t]+de[ \t]+baja|smantellament)\p{L}*(?![\p{L}])[^?]{0,30}(?<![\p{L}])(?:borra|borran|apaga|apagam|elimina|eliminan|eliminam|cancella|esborra|quita|remove|tambi[ée]n|tamb[ée]m|anche|tamb[ée])(?![\p{L}])`,
  'u',
);
/**
 * fix53a: a token that ran out, renewed or asked for again ("se me expiró el token, se puede renovar o pido otro?", "dá
 * para renovar o token?", "si può rinnovare il token?"): the token's help (a key renewed is a rotation, not this).
 */
const TOKEN_RENEWED =
  /(?<![\p{L}])(?:se[ \t]+puede|se[ \t]+pode|pode-se|d[aá][ \t]+para|es[ \t]+pot|si[ \t]+pu[òo]|puedo|posso|puc|podemos|pod[eé]s|puedes)[ \t]+(?:renovar|renovarlo|renovar-lo|rinnovar(?:e|lo)|estender|extender|extenderlo|prolongar|prolongarlo|allungar(?:e|lo)|ampliar|alargar|alargarlo|renovar-se)(?![\p{L}])/u;
const KEY_WORD = new RegExp(String.raw`(?<![\p{L}])${KEY}(?![\p{L}])`, 'u');
const TOKEN_WORD = /(?<![\p{L}])tokens?(?![\p{L}])/u;

/** Using a key in one's own code: "come uso la api key nel nostro script?" (help with no topic, README). */
const HOW_USE = new RegExp(
  HOW + String.raw`(?:uso|utilizzo|utilizo|fa(?:ig|ccio)[ \t]+servir)[ \t]+${ART}${KEY}(?![\p{L}])`,
  'u',
);

/** The Region of a place named in a Romance language ("a Espanya", "in Spagna"), for a regions question. */
const PLACE_REGIONS: [RegExp, string][] = [
  [/(?<![\p{L}])(?:espanya|spagna|espanha|españa|espana)(?![\p{L}])/u, 'eu-south-2'],
  [/(?<![\p{L}])(?:italia|itàlia|milano|milão)(?![\p{L}])/u, 'eu-south-1'],
  [/(?<![\p{L}])(?:germania|alemania|alemanha|alemanya|francoforte|fráncfort)(?![\p{L}])/u, 'eu-central-1'],
  [/(?<![\p{L}])(?:svizzera|suiza|suíça|suïssa|zurigo)(?![\p{L}])/u, 'eu-central-2'],
  [/(?<![\p{L}])(?:irlanda|dublino)(?![\p{L}])/u, 'eu-west-1'],
  [/(?<![\p{L}])(?:londra)(?![\p{L}])/u, 'eu-west-2'],
  [/(?<![\p{L}])(?:francia|frança|parigi)(?![\p{L}])/u, 'eu-west-3'],
  [/(?<![\p{L}])(?:stoccolma|estocolmo|svezia|suecia|suécia|suècia)(?![\p{L}])/u, 'eu-north-1'],
  [/(?<![\p{L}])(?:brasile|brasil|san paolo)(?![\p{L}])/u, 'sa-east-1'],
];

/** The Region a Romance place name stands for, or null. */
export function romancePlaceRegion(lower: string): string | null {
  for (const [re, region] of PLACE_REGIONS) if (re.test(lower)) return region;
  return null;
}

/**
 * A word only the Romance languages have (English has none of them): the readings below, but for a place asked about at
 * all, are of those languages' words and leave English to help-topic.ts ("what is an access key vs a token?", "the risk
 * committee").
 */
const ROMANCE =
  /(?<![\p{L}])(?:il|lo|gli|una|uno|el|los|las|um|uma|els|di|del|della|dei|delle|dal|nel|nella|para|por|che|que|qu[ée]|qual|quale|[èé]|[ée]s|posso|puedo|pode|pot|c[oó]mo|chi|qui[eé]n|quem|qui|tgi|ina|mia|ou|y|amb|s[ãa]o|sono|est[áà]|n[ãa]o|anche|tamb[ée]m|tambi[ée]n|mio|meu|minha|mi|cal|dá|si|se|la|cosa|devo|fare|fazer|hacer|fer|ao|al|puede|pueden|pode|podem|poden|possono|potrei|podr[ií]a|poderia|podria|puedo|puc|dura|durar|durare|vedo|veo|vejo|veig|veure|vedere|ver|chiav[ei]|clav(?:e|es)?|claus?|chaves?|clav|unidad|unidade|unitat|equipo|equipa|equip|squadra|modell[io]|modelos|quanto|cu[aá]nto|quant|quant[aeo]s|cu[aá]nt[ao]s|come|entre|amb|usar|usare)(?![\p{L}])/u;
/** A lifetime or a "give me" in the question: the data's place is then why a token is asked for, not a question. */
const ASKED_NOW =
  /\d|(?<![\p{L}])(?:me[ \t]+das|dame|dammi|d[áa]-me|me[ \t]+d[áa]s|dona['’]m|mi[ \t]+dai)(?![\p{L}])/u;

/** A Romance question about the bot and its topic, or null (lowercased text). */
export function romanceHelpAsked(lower: string): RomanceHelp | null {
  if (!lower.includes('?') || lower.length > 400) return null;
  if (!ROMANCE.test(lower))
    return PLACE_AT_ALL.test(lower) ? { topic: 'regions', kindsWeighed: false, apiKey: false } : null;
  const weighed = (topic: HelpTopic | null, kindsWeighed = false): RomanceHelp => ({
    topic,
    kindsWeighed,
    apiKey: API_KEY.test(lower),
  });
  if (TWO_COMMANDS.test(lower)) return weighed(null);
  if (!CREDENTIAL.test(lower)) {
    if (SPEND.test(lower)) return weighed('spend');
    if (MODELS.test(lower)) return weighed('models');
    if (HISTORY.test(lower) && /(?<![\p{L}])bot(?![\p{L}])/u.test(lower)) return weighed('history');
    if (LIST.test(lower)) return weighed('list');
    if (DEPROVISION.test(lower)) return weighed('deprovision');
    return null;
  }
  if (APPROVALS.test(lower) && !KEY_APPROVED.test(lower)) return weighed('approvals');
  if (
    (DATA_STAYS.test(lower) && !ASKED_NOW.test(lower.slice(0, lower.indexOf('?') + 1))) ||
    PLACE_AT_ALL.test(lower) ||
    WHICH_REGIONS.test(lower)
  )
    return weighed('regions');
  if (LIMITS.test(lower)) return weighed('limits');
  if (KINDS_WEIGHED.test(lower)) return weighed('key-kinds', true);
  if (KIND_TOLD.test(lower)) return weighed('key-kinds');
  if (SECRET_HANDLED.test(lower)) return weighed('general');
  if (HOW_CREATE.test(lower)) return weighed('create_key');
  if (DEPROVISION.test(lower)) return weighed('deprovision');
  if (TOKEN_RENEWED.test(lower) && TOKEN_WORD.test(lower) && !KEY_WORD.test(lower)) return weighed('token');
  const ifDone = IF_I_DO.exec(lower);
  if (ifDone !== null) return weighed(ifDone[1] !== undefined ? 'revoke' : 'rotate');
  if (SPEND.test(lower)) return weighed('spend');
  if (HISTORY.test(lower)) return weighed('history');
  if (DETAILS.test(lower)) return weighed('details');
  if (MODELS.test(lower)) return weighed('models');
  if (HOW_USE.test(lower)) return weighed(null);
  return null;
}
