/**
 * fix55 (Spanish as a whole): the verbs of ours in Spanish, glossed into English as whole paradigms built from stem and
 * ending, so that any person and mood people ask in reads as its English: the imperative of tú, usted, vos, ustedes
 * and vosotros ("rota", "rote", "rotá", "roten", "rotad"), with its clitics ("rótala", "bórrala", "revócalas",
 * "generame", "pásame", "dámelo"), the infinitive ("necesito rotar", "rotarla"), the present asked as a question ("me
 * rotas la key?", "me borras la llave?"), the subjunctive after an ask ("que me des", "que rotes", "que la revoquen"),
 * the conditional ("me generarías…?") and the forms told as done ("roté", "rotó", "revocaron", "borrada": rotated,
 * revoked), which the readers keep from acting. The Spanglish "rotear" (to rotate) is a verb of the same kind.
 *
 * Built once at module load into a word list for surface.ts's glossary (a lookup per word, no scan): a form another
 * language or English has too ("rota", "crea", "elimina", "rote", "quite") is weak, read only in a message already known
 * as Spanish; a form with a clitic or an ending no other language of the glossary shares marks the language. Only words
 * the glossary has no Spanish for are added (surface.ts keeps its own where it has one).
 *
 * And the phrases of asking that are Spanish grammar rather than words: "(necesito|quiero|ocupo) que me des/generes/
 * rotes…" (I need you to…), a clause opened by "que" ("que me des un token de 2h"); "¿cómo hago para…?", "¿cómo se hace
 * para…?" (how do I…); and "la llave/clave del equipo de X", "los de X", "el área de X", "el depto de X" (X's team, the
 * unit X).
 */
import type { Glosses } from './more-languages.js';
import { SPANISH_CHANGE_TRIGGER, spanishChangesAsEnglish } from './spanish-changes.js';

/** One verb: its English, its English past, its stems (unstressed, stressed, before e) and whether it gives ("give me"). */
type Verb = {
  en: string;
  past: string;
  /** The stem before an unstressed ending ("rot", "mostr", "revoc"). */
  weak: string;
  /** The stem before a stressed ending, where it changes ("muestr", "renuev"); the weak stem otherwise. */
  strong?: string;
  /** The stem before -e ("revoqu", "saqu"); the weak stem otherwise. */
  beforeE?: string;
  /** The stressed stem before -e ("muestr"); beforeE otherwise. */
  strongBeforeE?: string;
  /** A verb of giving: only its forms with "me"/"nos" are read (a bare "pasa" is "happens", "manda" "sends"). */
  gives?: boolean;
};

const VERBS: Verb[] = [
  { en: 'rotate', past: 'rotated', weak: 'rot' },
  { en: 'rotate', past: 'rotated', weak: 'rote' },
  { en: 'revoke', past: 'revoked', weak: 'revoc', beforeE: 'revoqu' },
  { en: 'generate', past: 'generated', weak: 'gener' },
  { en: 'create', past: 'created', weak: 'cre' },
  { en: 'delete', past: 'deleted', weak: 'borr' },
  { en: 'delete', past: 'deleted', weak: 'elimin' },
  { en: 'remove', past: 'removed', weak: 'quit' },
  { en: 'revoke', past: 'revoked', weak: 'anul' },
  { en: 'disable', past: 'disabled', weak: 'desactiv' },
  { en: 'renew', past: 'renewed', weak: 'renov', strong: 'renuev' },
  { en: 'show', past: 'showed', weak: 'mostr', strong: 'muestr' },
  { en: 'show', past: 'showed', weak: 'enseñ' },
  { en: 'show', past: 'showed', weak: 'ensen' },
  { en: 'list', past: 'listed', weak: 'list' },
  { en: 'reset', past: 'reset', weak: 'rese' },
  { en: 'reset', past: 'reset', weak: 'resete' },
  { en: 'deprovision', past: 'deprovisioned', weak: 'desprovision' },
  { en: 'give', past: 'gave', weak: 'pas', gives: true },
  { en: 'give', past: 'gave', weak: 'mand', gives: true },
  { en: 'give', past: 'gave', weak: 'regal', gives: true },
  { en: 'give', past: 'gave', weak: 'sac', beforeE: 'saqu', gives: true },
  { en: 'revoke', past: 'revoked', weak: 'tumb' },
  // (fix56: "reemplazar la key de X", "reemplacen la llave…": replace, which the English readers take as rotate.)
  { en: 'replace', past: 'replaced', weak: 'reemplaz', beforeE: 'reemplac' },
  // ("armame una key para pagos-web", Southern Cone: make me one; only with "me"/"nos", since "arma" alone is a weapon and
  // "armar el equipo" builds a team.)
  { en: 'make', past: 'made', weak: 'arm', gives: true },
];

/** The clitics after a verb: to me or us (the one asking), and it or them (the key). */
const TO_ME = ['me', 'nos'];
const IT = [
  'la',
  'lo',
  'las',
  'los',
  'mela',
  'melo',
  'melas',
  'melos',
  'nosla',
  'noslo',
  'selo',
  'sela',
  'selas',
  'selos',
];
const TO_THEM = ['le', 'les'];

/** Every form of one verb and its English (unaccented: the glossary folds accents away before it looks a word up). */
function forms(v: Verb): Map<string, string> {
  const out = new Map<string, string>();
  const w = v.weak;
  const s = v.strong ?? w;
  const q = v.beforeE ?? w;
  const sq = v.strongBeforeE ?? (v.strong === undefined ? q : s);
  const add = (form: string, en: string) => {
    if (!out.has(form)) out.set(form, en);
  };
  const withClitics = (base: string) => {
    for (const c of TO_ME) add(base + c, v.gives ? `${v.en} ${c === 'me' ? 'me' : 'us'}` : v.en);
    // (A verb of giving to someone else, "mandarle fotos", "pásala", gives nothing to the one asking: not read.)
    for (const c of IT)
      if (!v.gives || c.startsWith('me') || c.startsWith('nos'))
        add(base + c, `${v.en} ${c.endsWith('s') ? 'them' : 'it'}`);
    if (!v.gives) for (const c of TO_THEM) add(base + c, v.en);
  };
  // Asking: the imperatives, the present of a question, the subjunctive, the infinitive, each with its clitics.
  const asking = [`${s}a`, `${sq}e`, `${sq}en`, `${w}ar`, `${w}ad`];
  for (const base of asking) withClitics(base);
  if (!v.gives) {
    for (const f of [
      `${s}a`,
      `${sq}e`,
      `${sq}en`,
      `${w}ar`,
      `${w}ad`,
      `${s}as`,
      `${s}an`,
      `${sq}es`,
      `${q}eis`,
    ])
      add(f, v.en);
    for (const f of ['aria', 'arias', 'arian', 'ariamos']) add(`${w}${f}`, `would ${v.en}`);
    add(`${w}ando`, `${v.en}ing`.replace(/eing$/, 'ing'));
    add(`${w}amos`, `we ${v.past}`);
  } else {
    for (const f of [`${w}ar`]) add(f, v.en);
  }
  return out;
}

/** The past told as done, accented as typed ("roté" is no "rote", "rotó" no "roto"); its unaccented forms are another. */
function pastForms(v: Verb): Map<string, string> {
  const out = new Map<string, string>();
  if (v.gives) return out;
  const w = v.weak;
  const q = v.beforeE ?? w;
  out.set(`${q}é`, `i ${v.past}`);
  out.set(`${w}ó`, v.past);
  for (const f of ['aste', 'aron', 'ado', 'ada', 'ados', 'adas']) out.set(`${w}${f}`, v.past);
  return out;
}

/** The forms of giving and making that are irregular: "dar" and "hacer". */
const IRREGULAR: Record<string, string> = {
  'dame|danos|deme|denos|denme|dadme|darme|darnos|dale|dele|denle|darle|darles': 'give me',
  'damelo|damela|damelos|damelas|demelo|demela|denmelo|denmela|darmelo|darmela|dadmelo': 'give it to me',
  'darias|daria|darian|dariais': 'would you give',
  'hazme|haceme|hagame|haganme|hacedme|hacerme|haznos|hacenos|haganos|hacernos': 'make me',
  'harias|haria|harian': 'would you make',
  'consigueme|consiguenos|consigame|consiganme|conseguirme|conseguime|conseguinos': 'give me',
  'echame|echanos|echeme|echenme|hechame|echadme': 'give me',
};

/** A few words around asking that the glossary had no Spanish for. */
const WORDS_WEAK: Record<string, string> = {
  pa: 'for',
  'existen|existe': 'exist',
  sigue: 'is still',
  'vigente|vigentes': 'valid',
  plata: 'money',
  'turno|turnos': 'shift',
  noche: 'night',
  temporada: 'season',
  durar: 'last',
  'venza|venzan': 'expires',
  ha: 'has',
  'nueva|nuevo|nuevas|nuevos': 'new',
};
const WORDS_STRONG: Record<string, string> = { puedes: 'can you', podés: 'can you' };

/** A form marks Spanish when it carries a clitic or a conditional no other language spells so. */
const MARKS = /(?:me|nos|la|lo|las|los|mela|melo|melas|melos|le|les|aria|arias|arian|eis|aste|aron|é|ó)$/;

/**
 * The glosses, for surface.ts (which adds only those it has no Spanish for, and makes a form weak when another language
 * of the glossary has it: `sharedElsewhere`).
 */
export function spanishVerbGlosses(sharedElsewhere: (word: string) => boolean): Glosses[] {
  const strong: Record<string, string> = {};
  const weak: Record<string, string> = {};
  const put = (form: string, en: string) => {
    const marks = form.length >= 6 && MARKS.test(form) && !sharedElsewhere(form);
    (marks ? strong : weak)[form] = en;
  };
  for (const v of VERBS) {
    for (const [f, en] of forms(v)) put(f, en);
    for (const [f, en] of pastForms(v)) put(f, en);
  }
  for (const [words, en] of Object.entries(IRREGULAR)) for (const f of words.split('|')) put(f, en);
  return [
    [['es'], false, { ...strong, ...WORDS_STRONG }],
    [['es'], true, { ...weak, ...WORDS_WEAK }],
  ];
}

/** The subjunctive of asking, after "que": each verb's tú, usted, ustedes and vos forms. */
const SUBJUNCTIVE = (() => {
  const out = new Map<string, string>();
  for (const v of VERBS) {
    const q = v.beforeE ?? v.weak;
    const sq = v.strongBeforeE ?? (v.strong === undefined ? q : v.strong);
    for (const f of [`${sq}es`, `${sq}e`, `${sq}en`, `${q}és`]) if (!out.has(f)) out.set(f, v.en);
  }
  for (const f of ['des', 'dé', 'den']) out.set(f, 'give');
  for (const f of ['hagas', 'haga', 'hagan']) out.set(f, 'make');
  return out;
})();
const SUBJ_SOURCE = [...SUBJUNCTIVE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace('é', '[eé]').replace('ñ', '[ñn]'))
  .join('|');

/**
 * The present of tú and vos ("rotas", "generás", "das"): after "me"/"nos" opening the message, a question asking the bot
 * ("¿me rotas la key?"); after a colleague's name ("Caro, ¿me rotas…?") it is asked of them and left as it is.
 */
const PRESENT = (() => {
  const out = new Map<string, string>();
  for (const v of VERBS) {
    const s = v.strong ?? v.weak;
    for (const f of [`${s}as`, `${v.weak}ás`]) if (!out.has(f)) out.set(f, v.en);
  }
  for (const f of ['das', 'dás']) out.set(f, 'give');
  for (const f of ['haces', 'hacés']) out.set(f, 'make');
  return out;
})();
const PRESENT_SOURCE = [...PRESENT.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace('á', '[aá]').replace('ñ', '[ñn]'))
  .join('|');
const PRESENT_RE = new RegExp(
  String.raw`(?<=(?:^\s*[¡¿]?|>\s*[¡¿]?|[.!?…]\s*[¡¿]?|(?:porfa|porfis|pls|plis|xfa|oye|oiga|che|bro|pana|parce|hola|bot)[\s,.!]*[¡¿]?)\s*)(me|nos)\s+(?:(la|lo|las|los)\s+)?(${PRESENT_SOURCE})(?![\p{L}])`,
  'giu',
);
/**
 * What marks a text as Spanish when no word of it does (the number and its unit are read first, "2 horas" is "2 hours"
 * by then): "que me des…", "cómo hago para…", the Spanglish "rotear", "puedes rotar", the noun alone asked ("una key para
 * pagos-web": before, the unmarked text was left untranslated and read as nothing). For surface.ts's trigger, and as a
 * phrase of the language.
 */
export const SPANISH_VERB_TRIGGER = String.raw`(?:que|q)\s+(?:me|nos|la|lo|las|los)\s+(?:${SUBJ_SOURCE})(?![a-záéíóúñ])|c[oó]mo\s+(?:hago|hacemos|le\s+hago|se\s+hace)\s+(?:para|pa)(?=\s)|rote(?:a|á|ar|ame|ala|alo|en|e)(?![a-záéíóúñ])|(?:keys?|llaves?|claves?|tokens?|credencial(?:es)?)\s+pa(?=\s)|\buna?\s+(?:api\s+)?(?:keys?|llaves?|claves?|tokens?|credencial)\s+para(?=\s)|(?:me|nos)\s+(?:${PRESENT_SOURCE})(?![a-záéíóúñ])|(?:me|nos)\s+urgen?(?![a-záéíóúñ])|(?:ando|andamos|estoy|estamos)\s+necesitando|(?:puedes|pod[eé]s)\s+(?:rotear|rotar|revocar|borrar|generar|crear|darme|pasarme|mandarme)|${SPANISH_CHANGE_TRIGGER}`;

/** Who asks before "que": "necesito que", "quiero que", "ocupo que", "te pido que", or the clause's start. */
const ASK_BEFORE_QUE = String.raw`(?:(?:necesito|necesitamos|necesitaria|necesitaría|quiero|queremos|quisiera|ocupo|ocupamos|me\s+gustar[ií]a|nos\s+gustar[ií]a|te\s+pido|le\s+pido|les\s+pido|os\s+pido)\s+)`;
const QUE_SUBJ_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${ASK_BEFORE_QUE}|(?<=(?:^|[,.;:!?¡¿…\n]|porfa|porfis|pls|plis|xfa|por\s+favor)\s*))(?:que|q)\s+(me\s+|nos\s+)?(?:(la|lo|las|los)\s+)?(${SUBJ_SOURCE})(?![\p{L}])`,
  'giu',
);

function presentAsked(_m: string, me: string, it: string | undefined, verb: string): string {
  const lower = verb.toLowerCase();
  const en = PRESENT.get(lower) ?? PRESENT.get(lower.normalize('NFKD').replace(/\p{M}/gu, '')) ?? 'do';
  const to = /^(?:give|make)$/.test(en) ? (me.toLowerCase() === 'me' ? ' me' : ' us') : '';
  const obj = it === undefined ? '' : it.endsWith('s') ? ' them' : ' it';
  return `can you ${en}${to}${obj}`;
}

/** "que me des un token" → "please give me a token"; "que la revoquen" → "please revoke it". */
function queSubjunctive(_m: string, me: string | undefined, it: string | undefined, verb: string): string {
  const folded = verb.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const en = SUBJUNCTIVE.get(verb.toLowerCase()) ?? SUBJUNCTIVE.get(folded) ?? 'do';
  const to = me === undefined || !/^(?:give|get|make)$/.test(en) ? '' : me.trim() === 'me' ? ' me' : ' us';
  const obj = it === undefined ? '' : it.endsWith('s') ? ' them' : ' it';
  return `please ${en}${to}${obj}`;
}

/**
 * The group words before a unit's name: "(para) el equipo de X", "el área de X", "el depto de X",
 * "(a) los de X", "la gente de X": the unit X, never "equipo" (a name written as a unit's: hyphen, underscore, dot or
 * backticks; "el equipo de cocina" is a kitchen's crew).
 */
const GROUP_OF_RE =
  /(?<![\p{L}])(?:(para|pa|de|a|con)\s+)?(?:(?:el|al|del)\s+(?:equipo|[aá]rea|depto\.?|departamento|dpto\.?|grupo)|la\s+(?:gente|[aá]rea)|los\s+(?:chicos|muchachos|compas|cuates|panas)|los)\s+de\s+(?=`?[\p{L}\d]+(?:[-_.][\p{L}\d]+)+`?(?![\p{L}\d-]))/giu;
const PREPOSITION: Record<string, string> = { para: 'for', pa: 'for', de: 'of', a: 'to', con: 'with' };
function groupOf(m: string, before: string | undefined): string {
  const core = (before === undefined ? m : m.slice(before.length)).trimStart().toLowerCase();
  const lead =
    before !== undefined
      ? `${PREPOSITION[before.toLowerCase()] ?? ''} `
      : core.startsWith('del ')
        ? 'of '
        : core.startsWith('al ')
          ? 'to '
          : '';
  return `${lead}team `;
}

/** A cheap test before the phrases: "que"/"q", "cómo", or a group word before "de". */
const PHRASE_GATE =
  /\b(?:me|nos)\s|\bq(?:ue)?\s|c[oó]mo\s|\s(?:equipo|[aá]rea|depto|dpto|departamento|grupo|unidad|gente|los)\s+de\s|\bv(?:a|an|amos|oy)\s+a\s|tiene\s+\d|tiempo\s|caso\s+de|plan\s+es|cargo|urge|necesitando|favor\s+(?:de|y)\s|\b(?:mucho|sumo)\b|se\s+fue/i;

/** The Spanish phrases of asking, in English (a message known as Spanish only). */
export function spanishPhrasesAsEnglish(s: string): string {
  // (fix56: then the change requests beyond the imperative, request frames and nouns of action: spanish-changes.ts.)
  return spanishChangesAsEnglish(askingPhrasesAsEnglish(s));
}

function askingPhrasesAsEnglish(s: string): string {
  if (!PHRASE_GATE.test(s)) return s;
  return (
    s
      // "¿qué puedes hacer?", "que sabés hacer, bot?" (what can you do: help); "que" unaccented is "that" otherwise.
      .replace(
        /(?<![\p{L}])(?:qu[eé]|q)\s+(?:puedes|pod[eé]s|puede|pueden|sabes|sab[eé]s|sabe)\s+hacer(?![\p{L}])/giu,
        'what can you do',
      )
      // "me urge un token" (I need one urgently), "ando necesitando" (I have been needing), "me hace el favor de rotar…"
      // (would you do me the favour of: please).
      .replace(/(?<![\p{L}])(me|nos)\s+urgen?(?![\p{L}])/giu, (_m, me: string) =>
        me.toLowerCase() === 'me' ? 'i urgently need' : 'we urgently need',
      )
      .replace(/(?<![\p{L}])(?:ando|estoy|andamos|estamos)\s+necesitando(?![\p{L}])/giu, 'i need')
      .replace(FAVOR_RE, 'please ')
      // "que alguien rote…" opening a clause (someone, asked of the channel): a question to people; "la credencial que
      // alguien dejó" is a relative clause, left as it is.
      .replace(/(?<=(?:^|[,.;:!?¡¿…\n])\s*)(?:que|q)\s+alguien\s+/giu, 'can someone ')
      .replace(QUE_SUBJ_RE, queSubjunctive)
      .replace(PRESENT_RE, presentAsked)
      .replace(/(?<![\p{L}])hay\s+q(?=\s)/giu, 'hay que')
      .replace(
        /(?<![\p{L}])c[oó]mo\s+(?:hago|hacemos|le\s+hago|le\s+hacemos|se\s+hace|puedo\s+hacer|tengo\s+que\s+hacer)\s+(?:para|pa)\s+/giu,
        'how do i ',
      )
      .replace(GROUP_OF_RE, groupOf)
      .replace(YOU_WILL_RE, 'will you ')
      .replace(GOING_TO_RE, (_m, who: string) => `${GOING_TO[who.toLowerCase()] ?? 'is'} going to `)
      .replace(DAYS_OLD_RE, 'is $1 $2 old')
      .replace(AT_MOST_RE, 'how long can')
      .replace(/(?<![\p{L}])(?:como\s+mucho|a\s+lo\s+sumo|a\s+lo\s+mucho)(?![\p{L}])/giu, 'at most')
      .replace(/(?<![\p{L}])se\s+fue\s+en(?![\p{L}])/giu, 'went on')
      // "¿quién tiene a su cargo la unidad X?", "¿quién está a cargo de X?": who owns.
      .replace(
        /(?<![\p{L}])qui[eé]n\s+(?:tiene\s+a\s+su\s+cargo|est[aá]\s+a\s+cargo\s+de)(?![\p{L}])/giu,
        'who owns',
      )
      // "en caso de que se filtre, el plan es revocarlo": a plan for a case ("if"), no request.
      .replace(/(?<![\p{L}])en\s+caso\s+de\s+que(?![\p{L}])/giu, 'if')
      .replace(/(?<![\p{L}])el\s+plan\s+es(?=\s+\p{L}+ar(?:lo|la|los|las)?(?![\p{L}]))/giu, 'the plan is to')
  );
}

/** "me hace el favor de…", "hágame el favor y…", "me harías el favor de…": please. */
const FAVOR_RE =
  /(?<![\p{L}])(?:(?:me|nos)\s+)?(?:hace|haces|hac[eé]s|har[ií]as?|har[ií]an|hagan|haga|hazme|h[aá]game|h[aá]ganme|h[aá]zme)\s+(?:el|un)\s+favor\s+(?:de|y)\s+/giu;

/** "Caro va a rotar…", "vamos a revocar…" (told as planned): "is going to", "we are going to". */
const GOING_TO: Record<string, string> = { va: 'is', van: 'are', vamos: 'we are', voy: 'i am' };
const GOING_TO_RE =
  /(?<![\p{L}])(va|van|vamos|voy)\s+a\s+(?=(?:rot|revo|gener|cre|borr|elimin|quit|ped|sac|renov|cambi|desactiv|anul)\p{L}*)/giu;
/** "¿me vas a generar un token de 4 horas?": asked of the bot, "will you generate me…". */
const YOU_WILL_RE =
  /(?<![\p{L}])(?:me|nos)\s+vas\s+a\s+(?=(?:rot|revo|gener|cre|borr|elimin|quit|sac|renov|cambi|desactiv|anul|d[aá]r|pas|mand)\p{L}*)/giu;
/** "ya tiene 90 días" (is 90 days old: the key's age, no lifetime asked). */
const DAYS_OLD_RE =
  /(?<![\p{L}])(?:ya\s+)?tiene\s+(\d+)\s+(d[ií]as|days|meses|months|semanas|weeks)(?![\p{L}])(?!\s+de\s+(?:vigencia|validez))/giu;
/** "¿cuánto tiempo puede durar un token?": how long can a token last. */
const AT_MOST_RE = /(?<![\p{L}])cu[aá]nto\s+tiempo\s+(?:puede|pueden|podr[ií]a)\s+(?=durar)/giu;
