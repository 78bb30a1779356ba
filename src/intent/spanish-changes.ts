/**
 * fix56 (Spanish change requests beyond the imperative): the Spanish ways of asking for a change that are neither an
 * imperative nor a verb the glossary reads word by word, read as the English that says the same (spanish-verbs.ts calls
 * this after its own phrases, in a message known as Spanish):
 *
 * - request frames before an infinitive or a noun: "les/te/le pido rotar…", "solicito rotar…" (please), "solicito (una)
 *   access key…" (I request), "me gustaría una key…" (I would like), "¿usted me podría crear…?" (could you);
 * - a noun of action opening the message, said as a request: "rotación de la key de X", "revocación de…", "(la) baja de
 *   la unidad X", "eliminación del usuario IAM de X" ("ya se hizo la rotación…" is told, and stays);
 * - stopping a key: "detén / deten / detengan / frena / frená / paren la key de X" (stop the key: revoke), and "para la
 *   key…" only opening a clause ("token para la key de…" is "for");
 * - slots: "key tipo AKIA" (an access key), "a nombre de" (in the name of: the owner), "el unit / el job X" (the unit X),
 *   "llave" before a form's "Unidad:" line (ours, no door's).
 *
 * SPANISH_CHANGE_TRIGGER marks a message as Spanish by these phrases alone (an infinitive with its key, "solicito una
 * key", "nueva api key", "tipo AKIA", "a nombre de", a form's "*Unidad*:"), where no word of it does. Each rewrite is
 * anchored on one of our nouns (key, llave, clave, credencial, token) or on a unit's name written as one, so a door's
 * key ("cambiar la llave del candado"), a shift ("rotar los turnos") or a supplier ("dar de baja al proveedor") stays.
 */

/** One of our nouns, with its kind before it ("api key", "access key"). */
const KEY_NOUN = String.raw`(?:(?:api|access)\s+)?(?:keys?|llaves?|claves?|credencial(?:es)?|tokens?)`;
/** The article or determiner before it. */
const DET = String.raw`(?:la|las|el|los|esa|esas|esta|estas|mi|mis|nuestra|nuestras|una|un)`;

/** What marks a text as Spanish by these phrases (for surface.ts's trigger, through spanish-verbs.ts; flags 'i'). */
export const SPANISH_CHANGE_TRIGGER = String.raw`(?:cambiar|reemplazar|renovar|rotar|revocar|borrar|eliminar)\s+(?:la|las|el|los|mi|mis)\s+${KEY_NOUN}|(?:te|le|les|os)\s+(?:pido|pedimos)(?=\s)|solicit(?:o|amos)\s+(?:una?\s+|nuevas?\s+)*${KEY_NOUN}|(?:me|nos)\s+gustar[ií]a|quisi(?:era|[eé]ramos)\s+una?(?=\s)|usted\s+(?:me|nos)\s+podr[ií]a|tipo\s+akia|nuev[oa]s?\s+${KEY_NOUN}|(?:rotaci[oó]n|revocaci[oó]n)\s+de\s+${DET}\s+${KEY_NOUN}|eliminaci[oó]n\s+del?\s+usuario|baja\s+de\s+la\s+unidad|desmont(?:a|á|ad|en|e|ar)\s+(?:la|el)\s+(?:unidad|equipo|unit)|(?:det[eé]n|deten[eé]|detengan?|fren[aá]|frenen|paren|p[aá]ra)\s+${DET}\s+${KEY_NOUN}|a\s+nombre\s+de|(?:para|pa)\s+(?:mi|nuestr[ao])\s+(?:compañer[oa]|companer[oa]|colega|compa)\s+(?:<@|xxuser)|todo\s+(?:ok|bien|listo|joya)|ya\s+(?:rot|revoqu|borr|elimin|gener|cre|renov|cambi|reemplac|anul|desactiv)e\s+(?:la|las|el|los|mi|mis)(?=\s)|\*?unidad\*?\s*:|algo\s+temporal`;

/** A cheap test before the rewrites. */
const GATE =
  /compa|coleg|ped|quisi|una?\s+a|usuario|enter[oa]|ya\s|vi[oóe]|das|pasas|generas|mandas|expira|qued|estuv|temporal|desmont|cambi|durac|plazo|pid|solicit|gustar|podr|akia|rotaci|revocaci|eliminaci|baja|det[eé]n|fren|par[aá]|paren|nombre|unit|job|llave/i;

/** "les pido rotar…", "te pido renovar…", "solicito cambiar…": please, before the infinitive. */
const ASK_INFINITIVE_RE =
  /(?<![\p{L}])(?:(?:te|le|les|os)\s+(?:pido|pedimos|pedir[ií]a)|solicit(?:o|amos))\s+(?=\p{L}+(?:ar|er|ir)(?:la|lo|las|los|le|les)?(?![\p{L}])|(?:rotate|renew|revoke|delete|create|generate|replace|change)(?![\p{L}]))/giu;
/** "solicito (una) access key para X": I request. */
const REQUEST_RE = new RegExp(
  String.raw`(?<![\p{L}])solicit(o|amos)\s+(?=(?:una?\s+|nuevas?\s+|otra\s+)*${KEY_NOUN}(?![\p{L}]))`,
  'giu',
);
/** "me gustaría una key…", "nos gustaría rotar…" (not "me gustaría que…", read by spanish-verbs.ts): I would like. */
const WOULD_LIKE_RE =
  /(?<![\p{L}])(me\s+gustar[ií]a|nos\s+gustar[ií]a|quisiera|quisi[eé]ramos)\s+(?=(?:una?|otra|otro|nuevas?|nuevos?|\d+)\s|(?:rot|revoc|gener|cre|renov|cambi|reemplaz|borr|elimin|ten)\p{L}*(?![\p{L}]))/giu;
/** "¿usted me podría crear…?", "me podría generar…" opening the message or a sentence: could you. */
const COULD_YOU_RE =
  /(?<=(?:^|[.!?\n])\s*)[¡¿]?\s*(?:usted\s+|ud\.?\s+)?(?:me|nos)\s+podr[ií](?:a|as|an)\s+(?=\p{L}+(?:ar|er|ir)(?:me|nos|la|lo|las|los|mela|melo)?(?![\p{L}]))|(?<![\p{L}])[¡¿]?\s*(?:usted|ud\.?)\s+(?:me|nos)\s+podr[ií]a\s+/giu;
/**
 * "cambiar / cambien / cambiá la key de X": change (the English readers take it as rotate); a "llave" only before a
 * unit's name written as one ("cambiar la llave del candado" is a padlock's).
 */
const CHANGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?<!no\s+)(?:cambiar|cambien|cambi[aá]|cambie|cambiad)\s+(?=${DET}\s+(?:(?:(?:api|access)\s+)?(?:keys?|claves?|credencial(?:es)?)|llaves?\s+(?:de|del|para|pa)\s+(?:la\s+unidad\s+|el\s+equipo\s+)?\x60?[\p{L}\d]+[-_.][\p{L}\d]))`,
  'giu',
);
/**
 * "una key de larga duración", "de largo plazo": long-term, asked for ("una/otra/nueva" before it; "no se crea la key de
 * largo plazo" is a refusal told, left as it is).
 */
const LONG_TERM_RE = new RegExp(
  String.raw`(?<![\p{L}])(?<=(?:una?|otra|nueva)\s+)(${KEY_NOUN})\s+de\s+(?:larga\s+duraci[oó]n|largo\s+plazo)(?![\p{L}])`,
  'giu',
);
/** "key tipo AKIA", "una llave de tipo AKIA": an access key. */
const AKIA_RE = /(?<![\p{L}])(?:keys?|llaves?|claves?)\s+(?:de\s+)?tipo\s+akia(?![\p{L}])/giu;
/** A noun of action opening the message (after a greeting): the request it names. */
const OPENING = String.raw`(?<=^\s*(?:(?:hola|buenas|buen\s+d[ií]a|buenos\s+d[ií]as|che|oye|oigan|porfa|por\s+favor)[\s,!.:]*)?)(?:la\s+)?`;
const NOUN_ACTION_RE = new RegExp(
  String.raw`${OPENING}(rotaci[oó]n|revocaci[oó]n)\s+de\s+(?=${DET}\s+${KEY_NOUN}(?![\p{L}]))`,
  'giu',
);
const BAJA_RE = new RegExp(
  String.raw`${OPENING}baja\s+(?:de\s+(?=(?:la\s+unidad|el\s+equipo|la\s+unit|el\s+unit)\s)|del\s+(?=(?:equipo|unit)\s))`,
  'giu',
);
const REMOVAL_RE = new RegExp(
  String.raw`${OPENING}eliminaci[oó]n\s+(?:del|de\s+la|de)\s+(?:usuario|user)\s+(?:de\s+)?iam\s+(?:de|del)\s+`,
  'giu',
);
/** "eliminación de la unidad X": deprovision the unit (a unit's name written as one after it). */
const UNIT_REMOVAL_RE = new RegExp(
  String.raw`${OPENING}eliminaci[oó]n\s+de\s+la\s+(?=unidad\s+\x60?[\p{L}\d]+[-_.][\p{L}\d])`,
  'giu',
);
/** "una api key", "una access key": "an" (the English readers doubt "a api key?"). */
const AN_KEY_RE = /(?<![\p{L}])una?\s+(?=(?:api|access)\s+keys?(?![\p{L}]))/giu;
/** "desmontad / desmonten / desmontá la unidad X": tear down. */
const TEAR_DOWN_RE =
  /(?<![\p{L}])desmont(?:a|á|ad|en|e|ar|emos)\s+(?=(?:la|el)\s+(?:unidad|equipo|unit)(?![\p{L}]))/giu;
/** Stopping a key: "detén / detengan / frena / frená / paren la key de X". */
const STOP_RE = new RegExp(
  String.raw`(?<![\p{L}])(?<!no\s+)(?:det[eé]n|deten[eé]|detengan?|det[eé]ngan|detened|fren[aá]|frenen|frene|frenad|paren|pare|parad)\s+(?=${DET}\s+${KEY_NOUN}(?![\p{L}]))`,
  'giu',
);
/** "para / pará la key de X" only opening a clause ("token para la key…" is "for"). */
const STOP_PARA_RE = new RegExp(
  String.raw`(?<=(?:^|[.!?;\n¡¿])\s*)p(?:ara|ará)\s+(?=${DET}\s+${KEY_NOUN}(?![\p{L}]))`,
  'giu',
);
/** "el unit X", "el job de X", "la unit X" (Spanglish): the unit X, a name written as one after it. */
const THE_UNIT_RE =
  /(?<![\p{L}])(?:el|la)\s+(unit|job|team)\s+(?:de\s+)?(?=`?[\p{L}\d]+(?:[-_.][\p{L}\d]+)+`?)/giu;
/** "llave" before a form's "Unidad:" line: ours. */
const LLAVE_FORM_RE = /(?<![\p{L}])llave(s?)(?=[ \t]*\n\s*\*?(?:unidad|unit|equipo|team)\*?\s*:)/giu;

/** A form's "*Expira*: 30", "Expira: 180" (the key's expiry, in days). */
const EXPIRA_FIELD_RE = /(?<=(?:^|\n)[ \t]*\*?)expira(?=\*?[ \t]*:)/giu;
/** "quedó pegada / expuesta / a la vista", "estuvo publicada": the key was exposed (a story before "me das una nueva?"). */
const EXPOSED_RE =
  /(?<![\p{L}])(?:qued[oó]|estuvo|est[aá])\s+(?:pegad[ao]|expuest[ao]|publicad[ao]|visible|a\s+la\s+vista)(?![\p{L}])/giu;
/** "no una api key, algo temporal" (not a key: something temporary, a token; the kind named is not the one asked). */
const NOT_A_KEY_RE =
  /(?<![\p{L}])no\s+(?:una?\s+)?(?:api|access)\s+keys?(?:\s+eh)?(?=\s*[,.;]\s*algo\s+temporal)/giu;

/**
 * "ya rote la llave de X, todo bien": "roté" typed without its accent after "ya" (already), with the message saying it
 * went well, is told as done ("ya rote la llave!" alone may be a usted's imperative, left as it is).
 */
const DONE_PAST: Record<string, string> = {
  rot: 'rotated',
  revoqu: 'revoked',
  borr: 'deleted',
  elimin: 'deleted',
  gener: 'generated',
  cre: 'created',
  renov: 'renewed',
  cambi: 'changed',
  reemplac: 'replaced',
  anul: 'revoked',
  desactiv: 'disabled',
  // (An earlier step may have read "rote" as "rotate" already: the same told as done.)
  rotat: 'rotated',
  revok: 'revoked',
};
const DONE_RE = new RegExp(
  String.raw`(?<![\p{L}])ya\s+(${Object.keys(DONE_PAST).join('|')})e\s+(?=(?:${DET}|the)\s+${KEY_NOUN}(?![\p{L}])[^]*?[,.;!]\s*(?:todo\s+(?:bien|ok|listo|en\s+orden|joya|tranqui)|listo|qued[oó]|funciona))`,
  'giu',
);

/** "la vio el proveedor", "la vieron los del soporte": the key was seen by (a story of exposure). */
const SEEN_BY_RE =
  /(?<![\p{L}])la\s+vi(?:o|ó|eron)\s+(?=(?:el|la|los|las|un|una|alguien|todo)(?![\p{L}]))/giu;
/** "…, me das una nueva?" after a story told in the same sentence: can you give me (a new one). */
const GIVE_NEW_RE =
  /(?<=[,;]\s*[¿]?)(?:me|nos)\s+(?:das|dás|pasas|pasás|generas|generás|mandas|mandás)\s+(?=(?:una|otra|uno|otro)\s+(?:nueva|nuevo)?\s*\?)/giu;
/** "a nombre de (mi compañera) <@U…>": the owner named by a mention. */
const OWNER_NAMED_RE =
  /(?<![\p{L}])a\s+nombre\s+de\s+(?:(?:mi|nuestr[ao])\s+(?:compañer[oa]|companer[oa]|colega|jef[ae]|compa)\s+)?(?=<@|xxuser)/giu;
/** "para mi compañera <@U…>" (a mention is "xxuser" by the time the glossary reads): for my colleague, the owner. */
const FOR_COLLEAGUE_RE =
  /(?<![\p{L}])(?:para|pa)\s+(?:mi|nuestr[ao])\s+(?:compañer[oa]|companer[oa]|colega|compa)\s+(?=<@|xxuser)/giu;

/** The Spanish change requests above, in English (a message known as Spanish). */
export function spanishChangesAsEnglish(s: string): string {
  if (!GATE.test(s)) return s;
  return (
    s
      .replace(DONE_RE, (_m, stem: string) => `i already ${DONE_PAST[stem.toLowerCase()] ?? 'did'} `)
      .replace(ASK_INFINITIVE_RE, 'please ')
      .replace(REQUEST_RE, (_m, who: string) => (who.toLowerCase() === 'o' ? 'i request ' : 'we request '))
      .replace(WOULD_LIKE_RE, (_m, me: string) =>
        /^(?:me\s|quisiera$)/i.test(me) ? 'i would like ' : 'we would like ',
      )
      .replace(COULD_YOU_RE, 'could you ')
      .replace(AKIA_RE, 'access key')
      .replace(CHANGE_RE, 'change ')
      .replace(LONG_TERM_RE, (_m, noun: string) => `long-term ${noun.replace(/(?:llave|clave)/giu, 'key')}`)
      .replace(NOUN_ACTION_RE, (_m, noun: string) =>
        noun.toLowerCase().startsWith('rot') ? 'rotate ' : 'revoke ',
      )
      .replace(BAJA_RE, 'deprovision ')
      .replace(REMOVAL_RE, 'deprovision the IAM user of ')
      .replace(UNIT_REMOVAL_RE, 'deprovision the ')
      .replace(AN_KEY_RE, 'an ')
      .replace(TEAR_DOWN_RE, 'tear down ')
      .replace(STOP_RE, 'stop ')
      .replace(STOP_PARA_RE, 'stop ')
      .replace(THE_UNIT_RE, (_m, what: string) => `the ${what.toLowerCase() === 'job' ? 'job of' : 'unit'} `)
      .replace(LLAVE_FORM_RE, 'key$1')
      .replace(OWNER_NAMED_RE, ', owner ')
      .replace(FOR_COLLEAGUE_RE, 'for my colleague ')
      .replace(/(?<![\p{L}])a\s+nombre\s+de(?![\p{L}])/giu, 'in the name of')
      .replace(SEEN_BY_RE, 'was seen by ')
      .replace(GIVE_NEW_RE, 'can you give me ')
      .replace(/(?<![\p{L}])ya\s+no\s+se\s+usan?(?![\p{L}])/giu, 'it is unused')
      // ("el usuario IAM de X entero": the IAM user, all of it, a unit's name before "entero".)
      .replace(/(?<![\p{L}])usuario\s+(?:de\s+)?iam(?![\p{L}])/giu, 'IAM user')
      .replace(/(?<=[\p{L}\d]+[-_.][\p{L}\d]+`?\s+)enter[oa](?![\p{L}])/giu, 'entirely')
      .replace(EXPIRA_FIELD_RE, 'Expires')
      .replace(EXPOSED_RE, 'was exposed')
      .replace(NOT_A_KEY_RE, 'not a key')
      .replace(/(?<![\p{L}])algo\s+temporal(?![\p{L}])/giu, 'something temporary')
  );
}
