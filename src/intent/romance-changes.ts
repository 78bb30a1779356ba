/**
 * fix50b, tuned-styles-romance and tuned-printing: our changes, their history and what was spent, asked in Italian,
 * Spanish, Catalan, Galician, Portuguese and Romansh, read as the English that says the same before the glossary
 * (surface.ts) reads word by word. The glossary reads a word only in a text it knows as one of its languages, and it
 * knows no Catalan, Galician or Romansh: "esborra la clau de X", "anul·la la clau de X", "tanca-ho tot per X", "quen
 * rotou a chave de X e cando?", "quant hem gastat … els últims 30 dies" were read as nothing. Nor does it know the
 * verbs an Italian, a Spaniard or a Portuguese uses for our changes beyond the dictionary's ("spegni/togli/blocca/ferma
 * la chiave di X", "muda a chave do X", "mi cambi la chiave di X?"), their forms with the pronoun after them ("ruotala
 * subito", "anúlala", "revoga-a já"), nor their history ("chi ha approvato la chiave di X?", "quando è stata ruotata
 * l'ultima volta", "cuándo se rotó por última vez", "quem revogou …"), periods ("3 mesi fa", "fa 2 mesos", "la setmana
 * passada", "les últimes dues setmanes", "desta semana") and spend ("quanto costa X?", "cuánto nos está costando X",
 * "quant ens ha costat X", "la fattura bedrock di X … quant'era?").
 *
 * Read phrase by phrase, each anchored on words no English text has (a verb with one of our nouns after it, a period's
 * words), so no language need be detected: a verb of ours only with a key of ours after it (a generic verb, "cambia",
 * "togli", "blocca", "ferma", only before a unit's name written as one, so "cambia la chiave del magazzino" is a door's);
 * a negation before the verb kept ("non revocare la chiave di X", "no borres la unit X" are not to be done); a past only
 * after "who"/"when" ("chi ha ruotato", "quando è stata ruotata"), never told ("non ho ancora ruotato", "va revocata").
 */

/** Letters and digits, and what glues names together: a phrase never starts inside a word or a name. */
const B = String.raw`(?<![\p{L}\p{N}_@.\-/])`;
const E = String.raw`(?![\p{L}\p{N}_@\-/])`;

/** Each English verb's forms (imperative, second person, subjunctive after a negation, infinitive). */
const ROTATE_FORMS = [
  // Italian
  'ruota|ruotami|ruotaci|ruotate|ruotatemi|ruotare|ruoti|rinnova|rinnovami|rinnovate|rinnovare|rigenera|rigenerami|rigenerare',
  // Spanish
  'rota|rotá|rotad|roten|rote|rotes|rotar|rotame|rótame|renueva|renová|renueve|renueven|renovar|renuévame|renuevame|regenera|regenerá|regenerar',
  // Portuguese and Galician
  'roda|rode|rodem|rodes|rodar|rotaciona|rotacione|rotacionar|renova|renove|renovem|regenera|regenere|regenerar|roda-me|renova-me',
  // Catalan
  "roteu|rotis|renoveu|renovis|regenereu|renova'm",
  // Romansh
  'midar|mida|midai|müda|müdai|renovar',
].join('|');
/** Verbs that change a thing of any kind: ours only before a unit's name (cambia la chiave del magazzino is a door's). */
const CHANGE_FORMS = [
  'cambia|cambiami|cambiate|cambiare|cambi|cambie|cambien|cambies|cambiar|cámbiame|cambiame|cambiá',
  'muda|mude|mudem|mudes|mudar|troca|troque|troquem|troques|trocar',
  "canvia|canvieu|canviar|canviïs|canviis|canvia'm|muda-me|troca-me",
].join('|');
const REVOKE_FORMS = [
  // Italian
  'revoca|revocami|revocate|revocare|revochi|annulla|annullami|annullate|annullare|disattiva|disattivami|disattivate|disattivare|invalida|invalidate|invalidare|spegni|spegnimi|spegnete|spegnere',
  // Spanish
  'revocá|revocad|revoque|revoquen|revoques|revocar|revócame|revocame|anula|anulá|anulad|anule|anulen|anules|anular|anúlame|anulame|borra|borrá|borrad|borre|borren|borres|borrar|bórrame|borrame|desactiva|desactivá|desactive|desactiven|desactives|desactivar|desactívame|desactivame|invalidá|invalidar|bloquea|bloqueá|bloquear|inhabilita|inhabilitar',
  // Portuguese and Galician
  'revoga|revogue|revoguem|revogues|revogar|revoga-me|anulem|anula-me|desativa|desative|desativem|desatives|desativar|desativa-me|bloqueia|bloqueie|apaga|apague|apaguem|apagues|apagar|apaga-me|inutiliza|inutilize',
  // Catalan
  "revoqueu|revoquis|revoca'm|anul·la|anul.la|anul·leu|anul·lis|anul·lar|anul·la'm|esborra|esborreu|esborris|esborrar|esborra'm|desactiveu|desactivis|desactiva'm|bloqueja|bloquegeu",
  // Romansh, and Basque in a Spanish sentence ("kendu la key de X", take away)
  'revocar|revochescha|stizza|stizzai|kendu',
].join('|');
/** Verbs that remove a thing of any kind, or stop it: ours only before a unit's name. */
const REMOVE_FORMS = [
  'elimina|eliminami|eliminate|eliminare|elimini|elimine|eliminen|elimines|eliminar|eliminá|elimíname|eliminame|eliminis|elimineu',
  'cancella|cancellami|cancellate|cancellare|cancelli|cancela|cancele|cancelen|cancelar',
  'togli|toglimi|togliete|togliere|treu|treu-me|traieu|quita|quitá|quite|quiten|quites|quitar|quítame|quitame',
  'blocca|bloccami|bloccate|bloccare|ferma|fermami|fermate|fermare|stacca|staccate',
].join('|');

/** Our nouns for a key (singular, plural) in the six languages, and English's beside an article of theirs. */
const KEY_ONE = String.raw`chiave|clau|chave|clave|clav|ciav|credenziale|credencial|key|api\s*key`;
const KEY_MANY = String.raw`chiavi|claus|chaves|claves|clavs|ciavs|credenziali|credenciales|credencials|credenciais|keys|api\s*keys`;
const ARTICLE = String.raw`(?:la|a|el|il|o|lo|le|las|les|los|os|as|els|gli|i|sa|sias|tia|mia|mie|nostra|nostre|nuestra|nuestras|nossa|nossas|vostra|aquesta|questa|esta|essa|la\s+sua|sua)`;
const ALL_WORD = String.raw`(?:tutte|tutti|todas|todos|totes|tots|tuttas)`;
const JUST_WORD = String.raw`(?:solo|sólo|soltanto|solamente|només|nomes|só|apenas|unicamente|sulettamain|mo)`;
const NOT_WORD = String.raw`(?:non|no|não|nao|nun|nu)`;
/** A key's number ("la chiave n. 3", "a chave nº 2", "la clau núm. 4", "la clave número 2"). */
const KEY_NUMBER = String.raw`(?:n\.|nº|n°|nr\.?|núm\.?|num\.?|numero|número|nro\.?)\s*(\d{1,3})`;
/** What a key is of: "de", "di", "do", "da", "del", "dels", "della", "d'", "per", "para", "a" (togli la chiave a X). */
const OF = String.raw`(?:de(?:l|ls|\s+la|\s+les|\s+los|\s+las)?|d['’]\s*|di|dil|da(?:l|lla|s)?|do|dos|della|dello|degli|delle|dei|per(?:\s+a)?|para|pra|a(?:l|o|lla)?|à|of|for)`;
/** A unit's name written as one: hyphens, underscores, dots or digits inside it, or in backticks. */
const UNIT_NAME_AHEAD = /^\s*(?:`|[\p{L}\p{N}]+[-_.][\p{L}\p{N}]|[\p{L}]+\d)/u;

/**
 * Words that name no unit after "tutto per", "tot per", "todo lo de": a day, a pronoun, an article ("chiudi tutto per
 * oggi", "tanca tot per avui": the day's work ends).
 */
const NO_UNIT_WORD = new Set(
  (
    'oggi domani stasera stanotte adesso ora sempre ieri dopo poi favore piacere avui demà dema ara sempre ahir després ' +
    'hoy mañana manana ahora siempre ayer luego después despues hoje amanhã amanha agora ontem depois hui mañá onte ' +
    'me mi te ti noi voi tu lui lei nosotros vosotros ellos nós nos vocês nosaltres vosaltres el la lo il los las les ' +
    'els os as o a un una uno um uma questo questa este esta aquest aquesta esto isto això aixo ciò cio tutti todos ' +
    'tots todo tot tutto tudo semana settimana setmana mes mese mês anno año any ano fin fine final'
  ).split(' '),
);
/** A unit named right after the words: a name written as one, or one word that is no day, pronoun or article. */
function namedAhead(after: string): boolean {
  if (UNIT_NAME_AHEAD.test(after)) return true;
  const m = /^\s*([\p{L}\p{N}]+)(?=\s*(?:[,.;!?]|$))/u.exec(after);
  return m !== null && !NO_UNIT_WORD.has((m[1] ?? '').toLowerCase());
}

const forms = (list: string): string[] => list.split('|');
const EN_OF = new Map<string, string>();
for (const w of forms(ROTATE_FORMS)) EN_OF.set(w, 'rotate');
for (const w of forms(CHANGE_FORMS)) EN_OF.set(w, 'rotate');
for (const w of forms(REVOKE_FORMS)) EN_OF.set(w, 'revoke');
for (const w of forms(REMOVE_FORMS)) EN_OF.set(w, 'revoke');
/** The generic verbs, ours only before a unit's name. */
const GENERIC = new Set([...forms(CHANGE_FORMS), ...forms(REMOVE_FORMS)]);

/** "can you", "could you", and the person's "me" around it ("mi puoi ruotare", "podes revogar", "pudais midar"). */
const CAN_YOU = String.raw`(?:(?:mi|me|em|ma)\s+)?(?:puoi|potresti|potete|potreste|può|podes|pode|podia|poderia|poderias|puedes|podés|podrías|podéis|podríais|pots|podries|podeu|pudais|pudessas|pudessat|pos)\s+(?:(?:mi|me|em|ma)\s+)?`;
/** "mi cambi la chiave?", "me cambias la clave?", "em canvies la clau?": will you change it for me. */
const YOU_CHANGE = String.raw`(?:mi|me|em|m['’])\s*(?:cambi|cambias|canvies|mudas|trocas|rodas|ruoti|revochi|revocas|revogas|anul·les|anulas|esborres|borras|rotas)`;

/** The forms as a pattern: a Catalan pronoun's apostrophe typed either way ("esborra'm", "esborra’m"). */
const VERB_ALL = [ROTATE_FORMS, CHANGE_FORMS, REVOKE_FORMS, REMOVE_FORMS].join('|').replace(/'/g, "['’]");

/**
 * Our change said with one of our nouns after it: "revoca la chiave di X", "esborra la clau de X", "roda todas as chaves
 * do X", "ruota solo la chiave", "revoca la chiave n. 3 di X", "non revocare la chiave di X", "mi cambi la chiave di X?".
 */
/** "now" between the verb and its object: "revoca subito la chiave di X", "esborra ara mateix la clau de X". */
const NOW_BETWEEN = String.raw`subito|ya|já|ja|ara(?:\s+mateix)?|ahora(?:\s+mismo)?|agora(?:\s+mesmo)?|adesso|immediatamente|inmediatamente|imediatamente|de\s+inmediato|de\s+imediato|immediatament`;
const CHANGE_KEY_RE = new RegExp(
  String.raw`${B}(?:(${NOT_WORD})\s+)?(?:(${JUST_WORD})\s+)?(${CAN_YOU})?(${YOU_CHANGE}|${VERB_ALL})(?:\s+(${JUST_WORD}|${NOW_BETWEEN}))?\s+(?:(${ALL_WORD})\s+)?(?:${ARTICLE}\s+)?(?:(${KEY_MANY})|(${KEY_ONE}))` +
    String.raw`(?:\s+(?:d['’]\s*acc[eé]s|de\s+acceso|di\s+accesso|de\s+acesso|api|bedrock))?(?:\s+${KEY_NUMBER})?(?:\s+(${OF})(?=[\s\p{L}\p{N}\x60'’]))?${E}`,
  'giu',
);

/** The pronoun after the verb, said of a key named before: "ruotala subito", "anúlala", "revoga-a já", "esborra-la". */
const IT_ROTATE = String.raw`ruotal[aoei]|ruotamel[ao]|cambial[ae]|cambiamel[ao]|rinnoval[ae]|r[oó]tal[ae]s?|c[aá]mbial[ae]s?|renu[eé]val[ae]s?|(?:roda|rode|muda|mude|troca|troque|renova|renove|rota)-(?:a|as|o|os)|(?:rota|canvia|renova)-(?:la|les)`;
const IT_REVOKE = String.raw`revocal[ae]|rev[oó]cal[ae]s?|annullal[ae]|an[uú]lal[ae]s?|b[oó]rral[ae]s?|elim[ií]nal[ae]s?|cancellal[ae]|disattival[ae]|desact[ií]val[ae]s?|spegnil[ae]|togli(?:e)?l[ae]|bloccal[ae]|bloqu[eé]al[ae]s?|fermal[ae]|invalidal[ae]|inval[ií]dal[ae]s?|ap[aá]gal[ae]s?|(?:revoga|revogue|anula|apaga|apague|elimina|desativa|desative|bloqueia)-(?:a|as|o|os)|(?:revoca|anul·la|esborra|elimina|desactiva|bloqueja)-(?:la|les)`;
const NOW_WORD = String.raw`(?:già|ja|já|ya|xa|subito|ara|agora|ahora|adesso|ora|immediatamente|inmediatamente|imediatamente|dalunga|immediat)`;
const PRONOUN_RE = new RegExp(
  String.raw`${B}(?:(${IT_ROTATE})|(${IT_REVOKE}))(?:[\s,]+(${NOW_WORD}))?${E}`,
  'giu',
);

/**
 * The whole unit taken down: "tanca tot el de X", "tanca-ho tot per X", "chiudi tutto per X", "stacca tutto a X",
 * "apaga todo lo de X", "elimina del tot la unitat X", "desativa a unidade X por completo", "no borres la unit X".
 */
const TAKE_DOWN = String.raw`tanca|tanqueu|tanquem|tancar|chiudi|chiudete|chiudiamo|chiudere|stacca|staccate|stacchiamo|staccare|cierra|cerrá|cierren|cerremos|cerrar|fecha|feche|fechem|fechemos|fechar|desliga|desligue|desligar|spegni|spegnete|smonta|smontate|desmonta|desmantela|desmantella|dismetti|dismettete|${REVOKE_FORMS}|${REMOVE_FORMS}`;
const WHOLE = String.raw`(?:del\s+tot|per\s+complet|completament|completamente|por\s+completo|del\s+todo|de\s+todo|totalmente|interamente|del\s+tutto|enteramente|totalment|de\s+vez)`;
const EVERYTHING_RE = new RegExp(
  String.raw`${B}(?:(${NOT_WORD})\s+)?(?:${TAKE_DOWN})(?:-ho|-lo|-o)?\s+(?:tot|tutto|todo|tudo)(?:\s+(?:el|lo|o|quello|quel|ciò|cio))?\s+(?:de(?:l|ls)?|di|da|do|per|para|pra|a|al|ao|su)(?=\s)`,
  'giu',
);
const UNIT_NOUN = String.raw`(?:unitat|unidade|unidad|unità|unita|unit|unitad|bu)`;
const UNIT_GONE_RE = new RegExp(
  String.raw`${B}(?:(${NOT_WORD})\s+)?(?:${TAKE_DOWN})(?:\s+${WHOLE})?\s+(?:(?:la|a|el|il|lo|sa)\s+|l['’]\s*)${UNIT_NOUN}(?:\s+(de|di))?(?=\s)`,
  'giu',
);

/** "non fare il deprovision di X", "no hagas el deprovision de X": the change named as a noun, not to be done. */
const DO_NOT_NOUN_RE =
  /(?<![\p{L}])(?:non|no|não|nao)\s+(?:fare|fate|facciamo|hagas|hagáis|hacer|faças|façam|fer|facis|faci)\s+(?:il|la|lo|el|o|a|l['’])\s*(deprovision|deprovisioning|offboarding|decommission|rotate|rotation|rotazione|rotación|rotação|rotació|revoke|revoca|revocación|revogação|revocació)\s+(?:di|de|del|do|da|della|dello|dels)(?=\s)/giu;
const NOUN_VERB: Record<string, string> = {
  deprovision: 'deprovision',
  deprovisioning: 'deprovision',
  offboarding: 'deprovision',
  decommission: 'deprovision',
};

/**
 * Our verbs' pasts, asked after "who" or "when" (the English past); the last four kinds are said of any thing, and
 * are read so only with a thing of ours after them ("chi ha approvato le ferie di Luca?" asks after a holiday).
 */
const PAST_OF: [string, string, boolean][] = [
  [
    'ruotato|ruotata|ruotate|ruotati|rotó|rotado|rotada|rodou|rodaram|rodada|rodado|rotou|rotaron|rotat|rotaren|cambiato|cambiata|cambió|cambiado|mudou|trocou|cambiou|canviat|canviada|canvià|renovato|renovó|renovou|renovat|midà|midada',
    'rotated',
    true,
  ],
  [
    'revocato|revocata|revocò|revocó|revocado|revocada|revogou|revogada|revogado|revogaram|revocat|anullato|annullato|annullata|anulado|anulada|anuló|anulou|anul·lat|anul·lada',
    'revoked',
    true,
  ],
  ['deprovisionato|deprovisionado|desprovisionado|desprovisionou', 'deprovisioned', true],
  // (Pasts of verbs for any thing, in the English that says any thing: "chi ha cancellato la cartella dei pdf dal
  // server?" asks after a folder, not a key.)
  [
    'esborrat|esborrada|borró|borrado|borrada|borrou|apagou|apagado|eliminato|eliminata|eliminó|eliminado|eliminou|cancellato|cancellata|quitou',
    'deleted',
    false,
  ],
  [
    'disattivato|disattivata|desactivó|desactivado|desativou|desativado|desactivou|bloccato|bloccata|bloqueó|bloqueou',
    'disabled',
    false,
  ],
  [
    'creato|creata|creati|creò|creó|creado|creada|creados|creadas|criou|criado|criada|criaram|creou|crearon|creat|creats|generato|generó|gerou|xerou',
    'created',
    false,
  ],
  [
    'approvato|approvata|approvò|aprobó|aprobado|aprobada|aprobou|aprovou|aprovado|aprovada|aprovat',
    'approved',
    false,
  ],
  ['chiesto|richiesto|pidió|pediu|demanat|sollicitat|dumandà', 'asked for', false],
  [
    'toccato|toccata|tocat|tocada|tocó|tocou|mexeu|modificato|modificata|modificat|modificó|modificado|modificou',
    'changed',
    false,
  ],
];
/** Catalan's past said with "va" and the infinitive: "qui va revocar la clau?", "quan es va rotar?". */
const CA_PAST_OF: Record<string, [string, boolean]> = {
  rotar: ['rotated', true],
  canviar: ['rotated', true],
  renovar: ['rotated', true],
  revocar: ['revoked', true],
  anul·lar: ['revoked', true],
  anullar: ['revoked', true],
  esborrar: ['deleted', false],
  eliminar: ['deleted', false],
  crear: ['created', false],
  generar: ['created', false],
  aprovar: ['approved', false],
  demanar: ['asked for', false],
  tocar: ['changed', false],
  modificar: ['changed', false],
};
const PAST_EN = new Map<string, [string, boolean]>();
for (const [words, en, ours] of PAST_OF) for (const w of words.split('|')) PAST_EN.set(w, [en, ours]);
const PAST_WORDS = PAST_OF.map(([words]) => words).join('|');
const CA_INFINITIVES = Object.keys(CA_PAST_OF).join('|');
const WHO = String.raw`(?:chi|qui|qui[eé]n|quem|quen|tgi)`;
const WHEN = String.raw`(?:quando|cu[aá]ndo|quan|cando|cura)`;
/** Auxiliaries and pronouns between the question word and the past: "è stata", "se", "l'ha", "foi". */
const AUX = String.raw`(?:(?:è|e|es|ha|han|hanno|hai|hem|heu|foi|fou|fue|se|s['’]|l['’]|la|lo|le|les|a|o|stata|stato|state|stati|estat|estada|sido|sida|ser|ho|hat|ei|è\s+stata)\s*)`;
/** The start of a clause: a question is asked at its start, never told in the middle of one. */
const CLAUSE = String.raw`(?:^|(?<=[\n.!?:;,>]\s*)|(?<=(?:^|\s)(?:e|y|i|ma|pero|però|mas|ok|dai|bot|bon\s+dia|buongiorno|hola|ciao|oi|ol[aá]|allegra|bun\s+di|xxuser)\s+)|(?<=<@[A-Z0-9]+>\s*))`;
const WHO_PAST_RE = new RegExp(
  String.raw`${CLAUSE}(${WHO}|${WHEN})\s+(?:${AUX}{0,3}(${PAST_WORDS})|(?:(?:es|s['’]|l['’]|la|les|el|ho)\s*)?(?:va|van|vas|vam|vau)\s+(${CA_INFINITIVES}))${E}`,
  'giu',
);
/** A thing of ours within a few words after a past said of any thing: a key, a token, a unit, a unit's name. */
const OURS_AFTER = new RegExp(
  String.raw`^(?:\s+[^\s?.!,;]+){0,5}?\s+(?:${KEY_ONE}|${KEY_MANY}|llaves?|tokens?|credenziali|credenciales|credenciais|acce(?:ss|s)o|acc[eé]s|unit(?:à|a|at|ad|s)?|unidad(?:es)?|unidades?|[\p{L}\p{N}]+[-_.][\p{L}\p{N}]|\x60)`,
  'iu',
);

/** Our noun after the past asked ("who deleted la clau de X?"): the key of X, in a language the glossary may not know. */
const KEY_AFTER_PAST_RE = new RegExp(
  String.raw`(?<=(?:who|when\s+was\s+it)\s+(?:rotated|revoked|deprovisioned|deleted|disabled|created|approved|asked\s+for|changed),?\s+)(?:${ARTICLE}\s+)?(?:(${KEY_MANY})|(?:${KEY_ONE}))(?:\s+(${OF})(?=\s))?`,
  'giu',
);
/** "l'ultima volta", "por última vez", "pela última vez", "per última vegada": last, of a change asked after. */
const LAST_TIME_RE =
  /(?<![\p{L}])(?:l['’]\s*ultima\s+volta|per\s+l['’]\s*ultima\s+volta|por\s+[uú]ltima\s+vez|pela\s+[uú]ltima\s+vez|(?:per\s+)?(?:l['’]|la\s+)?[uú]ltima\s+vegada|por\s+derradeira\s+vez)(?![\p{L}])/giu;
/** "e quando?", "y cuándo?", "i quan?", "e cando?": and when, at a question's end. */
const AND_WHEN_RE = /(?<=\s)(?:e|y|i)\s+(?:quando|cu[aá]ndo|quan|cando)(?=\s*[?!.]*\s*$)/giu;

/** "chi ha fatto modifiche a X", "qui ha fet canvis a X", "quién hizo cambios en X": who changed X. */
const WHO_CHANGED_RE = new RegExp(
  String.raw`${CLAUSE}${WHO}\s+(?:(?:ha|han|hanno|hai|va|van|foi)\s+)?(?:fet|fatto|hecho|hizo|hicieron|feito|fez|fixo|fer|fare|fare)\s+(?:(?:dei|delle|des|unos|unas|uns|umas|alguns|algunes)\s+)?(?:canvis|cambi|modifiche|cambios|mudanças|mudancas|alterações|alteracoes|modificacions|modificaciones|modificações)\s+(?:a|al|en|su|in|em|no|na|sobre|de|di|ad)(?=\s)`,
  'giu',
);
/** "registre de canvis d'X", "registro de creaciones y rotaciones de claves de X": the history of changes. */
const CHANGE_NOUNS = String.raw`canvis|cambios|cambi|modifiche|mudan[çc]as|altera[çc][õo]es|modificacions|modificaciones|moviments|movimientos|movimenti|movimentos|creaci(?:ones|ons)|rotaci(?:ones|ons)|revocaci(?:ones|ons)|cria[çc][õo]es|rota[çc][õo]es|revoga[çc][õo]es|creazioni|rotazioni|revoche|operaci(?:ones|ons)|opera[çc][õo]es|operazioni|accions|acciones|azioni|a[çc][õo]es|eventi|eventos|esdeveniments`;
const REGISTER_RE = new RegExp(
  String.raw`${B}(?:registre|registro|registo)\s+(?:de|d['’]\s*|di|dei|delle|degli|dels|de\s+les|de\s+los|das|dos)\s*(?:(?:${CHANGE_NOUNS})(?:\s*(?:,|y|e|i|ed)\s*)?)+(?:\s+(?:de|di|dels|das|dos|delle|dei)\s+(?:${KEY_MANY}|tokens))?(?:\s*(?:de(?:l|ls)?|d['’]|di|della|dello|da|do|per|para)\s*)?`,
  'giu',
);
/** "token emessi a X", "tokens emitidos a X": tokens issued to someone. */
const ISSUED_RE = new RegExp(
  String.raw`${B}(tokens?|${KEY_MANY})\s+(?:emess[ioae]|emitid[oa]s?|em[eè]s(?:os|es)?|emitits|emitides|rilasciat[ioae]|concedid[oa]s)\s+(?:a|al|alla|ao|à|para|per)(?=\s)`,
  'giu',
);

/** Counts in the six languages' words. */
const COUNT: Record<string, number> = {
  un: 1,
  una: 1,
  uno: 1,
  um: 1,
  uma: 1,
  due: 2,
  dos: 2,
  dues: 2,
  duas: 2,
  dois: 2,
  tre: 3,
  tres: 3,
  três: 3,
  quattro: 4,
  quatre: 4,
  quatro: 4,
  cuatro: 4,
  cinque: 5,
  cinc: 5,
  cinco: 5,
  sei: 6,
  sis: 6,
  seis: 6,
  sette: 7,
  siete: 7,
  sete: 7,
  otto: 8,
  vuit: 8,
  ocho: 8,
  oito: 8,
  dieci: 10,
  deu: 10,
  diez: 10,
  dez: 10,
  quindici: 15,
  quinze: 15,
  quince: 15,
  trenta: 30,
  treinta: 30,
  trinta: 30,
  sessanta: 60,
  seixanta: 60,
  sesenta: 60,
  sessenta: 60,
  novanta: 90,
  noranta: 90,
  noventa: 90,
};
const COUNT_WORD = String.raw`(?:\d{1,3}|${Object.keys(COUNT).join('|')})`;
// (The English words too: the glossary reads a number's unit before these phrases, "2 mesi" → "2 months".)
const SPAN_OF: [string, string][] = [
  ['giorni|dies|días|dias|dis|dìs|days', 'days'],
  ['settimane|setmanes|semanas|emnas|eivnas|weeks', 'weeks'],
  ['mesi|mesos|meses|mais|months', 'months'],
];
const SPAN_EN = new Map<string, string>();
for (const [words, en] of SPAN_OF) for (const w of words.split('|')) SPAN_EN.set(w, en);
const SPAN = String.raw`(?:${SPAN_OF.map(([w]) => w).join('|')})`;
const countOf = (w: string): number => (/^\d/.test(w) ? Number(w) : (COUNT[w.toLowerCase()] ?? 1));
const spanEn = (w: string, n: number): string => {
  const en = SPAN_EN.get(w.toLowerCase()) ?? 'days';
  return n === 1 ? en.slice(0, -1) : en;
};

/** "gli ultimi 30 giorni", "els últims 30 dies", "les últimes dues setmanes", "últimas 2 semanas": the last N days. */
const LAST_SPAN_RE = new RegExp(
  String.raw`${B}(?:(?:in|en|a|nei|negli|nelle|no|nos|nas|dels|de\s+les|de\s+los|de\s+las|das|dos)\s+)?(?:(?:gli|le|i|els|les|los|las|os|as)\s+)?(?:ultim[ieao]|[uú]ltim(?:s|es|os|as)|derradeir[oa]s)\s+(${COUNT_WORD})\s+(${SPAN})${E}`,
  'giu',
);
/** "3 mesi fa" (Italian), "fa 2 mesos" (Catalan), "hai 2 meses" (Galician): ago. */
const AGO_AFTER_RE = new RegExp(String.raw`${B}(${COUNT_WORD})\s+(${SPAN})\s+fa${E}`, 'giu');
const AGO_BEFORE_RE = new RegExp(String.raw`${B}(?:fa|hai|fai)\s+(${COUNT_WORD})\s+(${SPAN})${E}`, 'giu');
/** "questo mese", "aquest mes", "desta semana", "esta semana": this month or week. */
const THIS_SPAN_RE =
  /(?<![\p{L}])(?:d['’]\s*aquest(?:a)?|aquest(?:a)?|questo|questa|quest['’]\s*|dest[ae]|nest[ae]|est[ae]|quist|quista)\s*(settimana|setmana|semana|emna|mese|mes|mês|mais)(?![\p{L}])/giu;
/**
 * "la setmana passada", "la settimana scorsa", "a semana passada", "el mes passat", "il mese scorso": last (the article
 * or "of the" before it too, "gasto del mes pasado", as the glossary's Spanish phrase reads it).
 */
const LAST_NAMED_RE =
  /(?<![\p{L}])(?:(?:la|a|na|el|il|o|no|lo|del|dal|della|dello|de\s+la|da|do|nel|nella|en\s+el|en\s+la)\s+)?(settimana|setmana|semana|emna|mese|mes|mês|mais)\s+(?:passad[ao]|passat|passata|passato|scors[ao]|pasad[ao]|passà|passada)(?![\p{L}])/giu;

/** What was spent asked: "quant hem gastat", "canto levamos gastado", "quanto costa X", "cuánto nos está costando X". */
// (Catalan's and Galician's only: the glossary reads Spanish's, Italian's and Portuguese's, "cuánto hemos gastado".)
const SPENT_RE =
  /(?<![\p{L}])(?:quant\s+(?:hem|heu|han|ha|hi\s+ha)\s+(?:gastat|desp[eè]s)|canto\s+(?:levamos|levades|temos|gastamos|gastastes|gastaron)(?:\s+gastado)?)(?:\s+(en|a|amb|per|no|na|nos|nas))?(?![\p{L}])/giu;
const COST_RE =
  /(?<![\p{L}])(?:quant|canto|cu[aá]nto|quanto)\s+(?:(?:ens|ci|nos|mi|me|em|m['’]|ti|vi|us|gli|le|les|li)\s*)?(?:(?:ha|han|hanno|è|es|está|esta|estan|están|está\s+a|sta|stanno|va)\s+)?(costat|costato|costata|costado|costó|costaron|custou|custaram|costou|costando|custar|costa|costano|cuesta|cuestan|custa|custam|cuesten|costen)(?![\p{L}])/giu;
/** Catalan's spend, "despesa de X", "les despeses del mes passat": the glossary knows Spanish's "gasto" only. */
const CA_SPEND_RE = /(?<![\p{L}])despes(?:a|es)(?![\p{L}])/giu;
/** "la fattura bedrock di X", "la factura de bedrock de X", "a fatura do X": the bill. */
const BILL_RE =
  /(?<![\p{L}])(?:(?:la|a|il)\s+)?(?:fattura|factura|fatura)(?:\s+(?:de\s+|di\s+|do\s+)?(?:bedrock|aws|ia|ai))?(?=\s+(?:de|di|del|della|do|da|per|dels)\s)/giu;
const HOW_MUCH_WAS_RE =
  /(?<![\p{L}])(?:quant['’]\s*era|quanto\s+era|quant\s+era|cu[aá]nto\s+(?:era|fue)|quanto\s+foi)(?![\p{L}])/giu;

/**
 * "sono passati 90 giorni", "han pasado 90 días", "já passaram 90 dias", "ja han passat 90 dies": how old the key is,
 * no lifetime asked for (README "Ages are not lifetimes").
 */
const DAYS_PASSED_RE = new RegExp(
  String.raw`${B}(?:(?:ya|já|ja|xa|gi[àa])\s+)?(?:sono\s+passati|son\s+passati|(?:ya\s+)?han\s+pasado|pasaron|passaram|l[áa]\s+v[ãa]o|han\s+passat|van\s+passar)\s+(${COUNT_WORD})\s+(${SPAN})${E}`,
  'giu',
);
/** "una nuova per favore", "una de nova per a X", "uma nova, por favor": a new one (a key named before, or for X). */
const NEW_ONE_RE =
  /(?<![\p{L}])(?:una|uma)\s+(?:de\s+)?(?:nuova|nova|nueva)(?:\s+(per\s+a|per|para|pra))?(?=\s*(?:[,.!?…]|$|per\s+favore|por\s+favor|si\s+us\s+plau|pls|please|grazie|gracias|obrigad|gr[àa]cies|\s+[\x60\p{L}\p{N}]+[-_.][\p{L}\p{N}]))/giu;
/** "cosa ha fatto <@U…> su X?", "qué hizo Ana en X?", "o que fez o Rui no X?": what someone did on a unit. */
const WHAT_DONE_RE =
  /(?<![\p{L}])(?:(?:che\s+)?cosa|qu[eé]|què|o\s+que)\s+(?:(?:ha|han|hanno|va|van)\s+)?(?:fatto|hecho|hizo|feito|fez|fet|fer|fixo)\s+(<@[A-Z0-9]+>|(?:(?:o|a|el|la|en|na)\s+)?\p{Lu}\p{Ll}+)\s+(?:su|en|em|no|na|a|in|con|amb|com|sobre|al)\s+/gu;

/** A unit corrected by "the one of": "revoca la chiave di X? no, di Y", "…anzi no, di Y", "no perdona, la de Y". */
const SORRY = String.raw`(?:perd[oó]n|perdona|perdoa|perdone|scusa|scusami|scusate|disculpa|desculpa|desculpe|sorry|espera|aspetta|wait|mejor|meglio|millor|volevo\s+dire|quise\s+decir|quería\s+decir|queria\s+dizer|volia\s+dir)`;
const ONE_OF_RE =
  /(?<=[?.!,…]\s*|\s)(?:no|non|não|nao|anzi(?:\s+no)?|o\s+no|bueno\s+no|ah\s+no|eh\s+no)(?:[\s,.!…]+SORRY)?[\s,.!…]+(?:(?:el|la|il|o|a|quella|quello|la\s+de|lo|aquella|aquela)\s+)?(?:di|de|do|da|del|dels|della|dello)\s+(`?[\p{L}\p{N}]+[-_.][\p{L}\p{N}._-]*`?)(?=\s*(?:[,.;!?]|$|per\s+favore|por\s+favor|si\s+us\s+plau|pls|please|grazie|gracias|obrigad[oa]))/giu;
const ONE_OF = new RegExp(ONE_OF_RE.source.replace('SORRY', SORRY), ONE_OF_RE.flags);

/** "hay algo de mistral?", "c'è qualcosa di llama?": a model maker's models asked after. */
const MAKERS = String.raw`mistral|mixtral|llama|meta|claude|anthropic|cohere|titan|nova|amazon|deepseek|qwen|ai21|jamba|stability|openai|gpt-oss|palmyra|writer`;
const ANY_OF_MAKER_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:hay|tenéis|tienes|ten[eé]is|hi\s+ha|tens|teniu|há|tem|tendes|temos|c['’]\s*è|ce\s+|avete|hai|abbiamo)\s+(?:algo|alguna\s+cosa|qualcosa|qualche\s+cosa|alguma\s+coisa|algo|res|quelcom|algún\s+modelo|algun\s+model|qualche\s+modello|algum\s+modelo|modelos|modelli|models)\s+(?:de|di|da|do|del)\s+(${MAKERS})(?![\p{L}])`,
  'giu',
);

/** One cheap test, surface.ts's step's: a stem of the phrases' own words, one of which every phrase above has. */
export const ROMANCE_CHANGE_GATE =
  /chiav|clau|chave|clave|clav|ciav|credenz|credenc|\b(?:la|el|le|les|los|las|il|sa)\s+(?:api\s*)?keys?\b|\btot\b|tutto|\btodo\b|\btudo\b|unitat|unidad|unit[àa]|\bunit\b|\b(?:fare|hagas)\s|\bchi\b|\bqui\b|qui[eé]n|\bquem\b|\bquen\b|\btgi\b|quando|cu[aá]ndo|\bquan\b|\bcando\b|registr|emess|emitid|em[eè]s|setman|settiman|seman|\bmes[ei]\b|mes[eo]s|\bmes\b|m[eê]s\b|[uú]ltim|\bfa\b|\bhai\b|\bfai\b|\bquant|\bcanto\b|cu[aá]nto|fattura|factura|fatura|despes|\bhay\b|hi\s+ha|c['’]\s*[èe]|ten[eé]is|\balgo\b|qualc|\btem\b|passa[tr]|pasad|pasaron|l[áa]\s+v[ãa]o|nuova|\bnova\b|nueva|fatto|hecho|hizo|feito|\bfez\b|\bfet\b|fixo|(?:ruot|camb|rinnov|r[oó]t|renu|rod|mud|troc|renov|canvi|revo|annul|an[uú]l|b[oó]rr|elim|cancel|disatt|desact|desat|spegn|togl|blocc|bloq|ferm|inval|ap[aá]g|esborr)[a-zíéóú·]*(?:l[aeoi]s?|-(?:a|as|o|os|la|les))\b/i;

type Rule = [RegExp, (m: string, ...groups: (string | undefined)[]) => string];

/** An infinitive of the verbs above (Italian -are/-ere, the others' -ar/-er). */
const INFINITIVE = /(?:are|ere|ar|er)$/;
/** What may come before an order at a clause's start: a mark, a mention, a greeting, "ok", "please". */
const CLAUSE_START =
  /(?:^|[\n.!?:;,>(]|<@[A-Z0-9]+>|xxuser)\s*(?:(?:ok|okay|dai|bot|hola|ciao|oi|ol[aá]|allegra|bun\s+di|bon\s+dia|buongiorno|buenos\s+d[ií]as|bom\s+dia|bos\s+d[ií]as|per\s+favore|por\s+favor|si\s+us\s+plau|pls|please|eh|ah|vale|bueno|beh|allora|pues|então|entao|llavors|doncs)[\s,:!]+)*$/i;

/** The English of a change verb said with one of our nouns; the generic verbs only before a unit's name. */
function changeKey(
  m: string,
  not: string | undefined,
  justBefore: string | undefined,
  canYou: string | undefined,
  verb: string | undefined,
  justAfter: string | undefined,
  all: string | undefined,
  many: string | undefined,
  _one: string | undefined,
  number: string | undefined,
  of: string | undefined,
  at: number,
  whole: string,
): string {
  const v = (verb ?? '').toLowerCase().replace(/’/g, "'");
  const youChange = /^(?:mi|me|em|m['’])\s*/i.test(v) && !EN_OF.has(v);
  const bare = v.replace(/^(?:mi|me|em|m['’])\s*/i, '');
  const en = youChange
    ? /^(?:revoc|revog|anul|esborr|borr)/.test(bare)
      ? 'revoke'
      : 'rotate'
    : EN_OF.get(v);
  if (en === undefined) return m;
  const after = whole.slice(at + m.length);
  // (A generic verb is ours only before a unit's name: "cambia la chiave del magazzino" is a door's.)
  if ((GENERIC.has(v) || youChange) && !UNIT_NAME_AHEAD.test(after)) return m;
  // (Nor, for any verb, a key "of" a thing that is no unit's name: "revoga a chave do armário 22", a locker's; "roda la
  // chiave della sala riunioni", a room's. A unit is written as one name, or is one word ending the clause.)
  if (of !== undefined && !namedAhead(after)) return m;
  // (Nor "la chiave di volta", a keystone; "la clave de todo", the key to it all.)
  if (of !== undefined && /^\s*(?:volta|todo|tot|tutto|tudo|sol|acceso\s+a\s+la\s+puerta)\b/i.test(after))
    return m;
  // (An infinitive is an order only at a clause's start, "revocar la clav da X, grazia", or after "can you" or a
  // negation, "non revocare la chiave di X": "se volessimo revocare tutte le chiavi di X" (if we wanted to), "não é
  // preciso rodar a chave" (no need to) ask nothing.)
  if (
    INFINITIVE.test(v) &&
    canYou === undefined &&
    not === undefined &&
    !CLAUSE_START.test(whole.slice(Math.max(0, at - 60), at))
  )
    return m;
  const ask = canYou !== undefined || youChange ? 'can you ' : '';
  const neg = not !== undefined ? "don't " : '';
  const nowAfter = justAfter !== undefined && new RegExp(`^(?:${NOW_BETWEEN})$`, 'i').test(justAfter);
  const just = justBefore !== undefined || (justAfter !== undefined && !nowAfter) ? 'just ' : '';
  const kind = /api/i.test(m) ? 'api ' : /acc[eé]s|accesso|acesso|acceso/i.test(m) ? 'access ' : '';
  const noun = `${kind}${many !== undefined ? 'keys' : 'key'}`;
  const what = `${all !== undefined ? 'all the' : 'the'} ${noun}${number !== undefined ? ` no. ${number}` : ''}`;
  return `${neg}${just}${ask}${en}${nowAfter ? ' now' : ''} ${what}${of !== undefined ? ' of' : ''}`;
}

const RULES: Rule[] = [
  [DO_NOT_NOUN_RE, (_m, noun) => `don't ${NOUN_VERB[(noun ?? '').toLowerCase()] ?? 'change'} `],
  [
    EVERYTHING_RE,
    (m, not, at, whole) =>
      namedAhead((whole ?? '').slice((at as unknown as number) + m.length))
        ? `${not !== undefined ? "don't " : ''}deprovision everything for`
        : m,
  ],
  [
    UNIT_GONE_RE,
    (m, not, of, at, whole) =>
      of === undefined || UNIT_NAME_AHEAD.test((whole ?? '').slice((at as unknown as number) + m.length))
        ? `${not !== undefined ? "don't " : ''}deprovision the unit`
        : m,
  ],
  [
    CHANGE_KEY_RE,
    (m, ...g) =>
      changeKey(
        m,
        g[0],
        g[1],
        g[2],
        g[3],
        g[4],
        g[5],
        g[6],
        g[7],
        g[8],
        g[9],
        g[10] as unknown as number,
        g[11] as unknown as string,
      ),
  ],
  [
    PRONOUN_RE,
    (m, rotate, revoke, now) => {
      const plural = /(?:l[ae]s|-as|-os|-les)$/i.test(rotate ?? revoke ?? m);
      return `${rotate !== undefined ? 'rotate' : 'revoke'} ${plural ? 'them' : 'it'}${now !== undefined ? ' now' : ''}`;
    },
  ],
  [
    WHO_PAST_RE,
    (m, asker, past, infinitive, at, whole) => {
      const [en, ours] = (past !== undefined
        ? PAST_EN.get(past.toLowerCase())
        : CA_PAST_OF[(infinitive ?? '').toLowerCase()]) ?? ['changed', false];
      // (Ours only with a thing of ours after them, or nothing: "cuándo rotaron por última vez las llantas?" asks
      // after tyres; "chi l'ha ruotata?" after the key named before.)
      const after = (whole ?? '').slice((at as unknown as number) + m.length);
      if (!OURS_AFTER.test(after) && !(ours && /^\s*(?:[?!.]|$)/.test(after))) return m;
      return /^(?:chi|qui|qui[eé]n|quem|quen|tgi)$/i.test(asker ?? '') ? `who ${en}` : `when was it ${en},`;
    },
  ],
  [
    KEY_AFTER_PAST_RE,
    (_m, many, of) => `the ${many !== undefined ? 'keys' : 'key'}${of !== undefined ? ' of' : ''}`,
  ],
  [LAST_TIME_RE, () => 'last time'],
  [AND_WHEN_RE, () => 'and when'],
  [WHO_CHANGED_RE, () => 'who made changes to'],
  [REGISTER_RE, () => 'history of changes of '],
  [ISSUED_RE, (_m, noun) => `${/^tok/i.test(noun ?? '') ? 'tokens' : 'keys'} issued to`],
  [
    LAST_SPAN_RE,
    (_m, n, span) => {
      const k = countOf(n ?? '1');
      return `in the last ${k} ${spanEn(span ?? '', k)}`;
    },
  ],
  [AGO_AFTER_RE, (_m, n, span) => `${countOf(n ?? '1')} ${spanEn(span ?? '', countOf(n ?? '1'))} ago`],
  [AGO_BEFORE_RE, (_m, n, span) => `${countOf(n ?? '1')} ${spanEn(span ?? '', countOf(n ?? '1'))} ago`],
  [THIS_SPAN_RE, (_m, span) => (/^(?:mes|mese|mês|mais)$/i.test(span ?? '') ? 'this month' : 'this week')],
  [LAST_NAMED_RE, (_m, span) => (/^(?:mes|mese|mês|mais)$/i.test(span ?? '') ? 'last month' : 'last week')],
  [SPENT_RE, (_m, on) => `how much have we spent${on !== undefined ? ' on' : ''}`],
  // (Only before a unit's name: "cuánto nos costó la IA la semana pasada" names none, and is read as before.)
  [
    COST_RE,
    (m, _v, at, whole) =>
      UNIT_NAME_AHEAD.test((whole as unknown as string).slice((at as unknown as number) + m.length))
        ? 'how much is the cost of'
        : m,
  ],
  [CA_SPEND_RE, () => 'spend'],
  [BILL_RE, () => 'the bedrock bill'],
  [HOW_MUCH_WAS_RE, () => 'how much was it'],
  [ONE_OF, (_m, name) => `no wait, the ${name} one`],
  [
    DAYS_PASSED_RE,
    (_m, n, span) => `it has been ${countOf(n ?? '1')} ${spanEn(span ?? '', countOf(n ?? '1'))}`,
  ],
  [NEW_ONE_RE, (_m, forWord) => `a new one${forWord !== undefined ? ' for' : ''}`],
  [WHAT_DONE_RE, (_m, who) => `what did ${(who ?? '').replace(/^(?:o|a|el|la|en|na)\s+/i, '')} do on `],
  [ANY_OF_MAKER_RE, (_m, maker) => `is there something from ${maker}`],
];

/** The text with the phrases above in English; a text none applies to comes back as it is. */
export function romanceChangesAsEnglish(s: string): string {
  let out = s;
  for (const [re, run] of RULES) {
    re.lastIndex = 0;
    if (!re.test(out)) continue;
    re.lastIndex = 0;
    out = out.replace(re, run as (m: string, ...rest: unknown[]) => string);
  }
  return out;
}
