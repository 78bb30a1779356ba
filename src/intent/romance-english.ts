/**
 * fix57 (the English of Portuguese, Italian and French speakers): the calques and false friends they carry into English,
 * and the short phrases of their own they mix in, rewritten to the English the readers already know. Runs in prepare.ts
 * on the text as typed, before surface.ts glosses foreign words (so "não, desculpa" and "anzi" are seen as written),
 * by pattern, never sentence by sentence:
 *  - asking with "demand", "ask", "solicit" (French "demander", Italian "chiedere", Portuguese "pedir"): "I demand a
 *    token", "I ask a key for X" → "I need a token"; "I demand that you revoke…" → "please revoke…";
 *  - the action named as a noun after a verb of doing or asking: "make a rotation of the key", "do the revoke of",
 *    "realize a rotation of", "I ask the revocation of" → "rotate the key", "revoke", "please revoke" (only before one
 *    of our things: "a rotation of the staff", "the rotation of the tires" are left as they are);
 *  - "please to revoke", "please, to rotate" (Portuguese "por favor, revogar"): "please revoke";
 *  - "eventually" for "maybe" (French "éventuellement", Italian "eventualmente") opening a question: "eventually you
 *    can generate…?" → "can you generate…?";
 *  - "annul", "eliminate" before a key (Portuguese "anular", Italian "eliminare"): "revoke";
 *  - "the responsible is <@U…>" (Portuguese "o responsável", French "le responsable"): the owner;
 *  - "responsabile", "dono", "titolare" before a person: the owner; a person named with an article ("o João do
 *    financeiro", "la Giulia") before their mention or e-mail: the mention or e-mail alone;
 *  - a model asked about with the subject first: "we have Mistral in the bot?", "Llama is possible to use?" → "is
 *    mistral available?";
 *  - "actually" for "now" (Portuguese "atualmente", French "actuellement", Italian "attualmente") only where it ends a
 *    question ("the key is still valid actually?"; "a token of 3 hours, actually 4" is a correction and is kept);
 *  - "is possible to have a key…?", "it's possible to delete the unit X?": "can i get…?", "can you delete…?";
 *  - "I have a doubt" (dúvida, dubbio, doute): a question;
 *  - "which is the maximum…?": "what is…"; "the consumption / the expenses of the AI of X": its spend; "une
 *    demi-journée", "mezza giornata": half a day;
 *  - "make me the favour to…" (Portuguese "faz-me o favor de"): please; "renovate the key" (renovar, rinnovare): renew;
 *  - a question in the order of a statement: "you can rotate the key of X?" → "can you rotate…?"; "which region we
 *    must use?" → "which region should we use?" ("what model we can use?" → "what model can we use?");
 *  - places named in their own languages that no Region reader knows ("Espanha", "Svezia", "Royaume-Uni"): in English;
 *  - corrections in their own words: "não, desculpa, Y", "non, pardon, Y", "no, scusa, Y", "anzi Y", "ou melhor Y",
 *    "non, pas X, Y" → "no sorry, Y" (and "of Y" after one, "no sorry, of hotels-porto", is "Y").
 * A text none of it applies to is returned as it is (one cheap test per rewrite).
 */
import { PROVIDER_OF } from './lexicon.js';

/** Our things a nominal action may act on: a credential word, a key ID, a unit's name with a hyphen or underscore. */
const OUR_THING = String.raw`(?:(?:the|my|our|this|that|all|all\s+the)\s+)?(?:keys?\b|chaves?\b|chiavi\b|chiave\b|cl[eé]s?\b|clefs?\b|credentials?\b|creds\b|access\s+keys?\b|api\s+keys?\b|tokens?\b|access\b|unit\b|team\b|[a-z0-9]+[-_][a-z0-9][\w-]*|A[KS]IA[A-Z0-9]{8,})`;

/** The English verb of each action named as a noun. */
const VERB_OF_NOUN: Record<string, string> = {
  rotation: 'rotate',
  rotate: 'rotate',
  renewal: 'renew',
  renovation: 'renew',
  revocation: 'revoke',
  revoke: 'revoke',
  revoking: 'revoke',
  cancellation: 'revoke',
  cancelation: 'revoke',
  creation: 'create',
  generation: 'generate',
  deprovisioning: 'deprovision',
  deprovision: 'deprovision',
};
const NOUN = Object.keys(VERB_OF_NOUN).join('|');

/** "I ask the revocation of", "I demand the rotation of": please, and the verb. */
const ASK_NOUN_RE = new RegExp(
  String.raw`(?<!\b(?:can|could|may|might|should|shall|will|would|to|do|did|must|if|when|whenever|before|after|once|until|till|then|first)\s+)\b(?:i|we)\s+(?:(?:would\s+like\s+to|want\s+to)\s+)?(?:ask|demand|solicit|request)(?:\s+(?:to\s+)?you)?(?:\s+for)?\s+(?:a|an|the|one)\s+(${NOUN})\s+(?:of|for|from|on)\s+(?=${OUR_THING})`,
  'giu',
);
/** "make a rotation of", "do the revoke of", "realize a rotation of", "proceed with the revocation of": the verb. */
const DO_NOUN_RE = new RegExp(
  String.raw`\b(?:make|do|realize|realise|execute|perform|effectuate|proceed\s+(?:with|to))\s+(?:a|an|the|one)\s+(?:new\s+)?(${NOUN})\s+(?:of|for|from|on)\s+(?=${OUR_THING})`,
  'giu',
);
/** "I demand that you revoke", "I ask you to rotate", "I solicit that you create": please. */
const DEMAND_THAT_RE =
  /(?<!\b(?:can|could|may|might|should|shall|will|would|to|do|did|must|if|when|whenever|before|after|once|until|till|then|first)\s+)\b(?:i|we)\s+(?:demand|ask|solicit|request)\s+(?:(?:to\s+)?you\s+)?(?:that\s+(?:you|u)\s+|(?<=you\s+)to\s+)(?=(?:please\s+)?(?:rotate|revoke|create|generate|give|send|delete|remove|deprovision|renew|make|emit|cancel|disable)\b)/giu;
/** "I demand a token", "I ask a key for X", "we ask you one token": I need. */
const DEMAND_THING_RE =
  /(?<!\b(?:can|could|may|might|should|shall|will|would|to|do|did|must|if|when|whenever|before|after|once|until|till|then|first)\s+)\b(i|we)\s+(?:demand|ask|solicit)(?:\s+(?:to\s+)?you)?(?:\s+for)?\s+(?=(?:a|an|one|the|my|our|some|new|another)\s+(?:(?:new|short|temporary|bedrock|api|access|aws|ai)\s+){0,2}(?:tokens?|keys?|chave|chiave|cl[eé]|credentials?|access)\b)/giu;
/** "please to revoke", "please, to rotate": please. */
const PLEASE_TO_RE =
  /\b(please|pls|plz|kindly)\s*,?\s+to\s+(?=(?:rotate|revoke|create|generate|give|send|delete|remove|deprovision|renew|make|emit|cancel|disable|eliminate|annul|list|show|do|realize|change)\b)/giu;
/** "eventually you can generate…?", "eventually is possible…?": a question that asks, maybe. */
const EVENTUALLY_RE =
  /\beventually\s*,?\s+(?:(you|u)\s+(can|could)|(?:it\s*'?\s*s|is\s+it|it\s+is|is)\s+possible)\b/giu;
/**
 * "annul the key", "eliminate the key", and their own verbs before one of our keys ("cancelar the key of X",
 * "cancella la chiave", "annule la clé"): revoke (the glossary's "delete" or "cancel" is asked about, revoke or take down).
 */
const ANNUL_RE =
  /(?<![\p{L}])(?:annul|annull?ate|eliminate|cancelar|cancela|cancele|cancellare|cancella|annuler|annule|annulez|anular|anula|annullare|annulla|eliminare|elimina|eliminar|apagar|apaga|apague)\s+(?=(?:the|my|our|this|that|all\s+the)\s+(?:keys?|chaves?|chiav[ei]|cl[eé]s?|credentials?|access\s+keys?|api\s+keys?)\b)/giu;
/** "the responsible is <@U…>", "responsible: ana@…": the owner. */
const RESPONSIBLE_RE = /\b(?:the\s+)?responsible(?:\s+person)?\s*(?:is|will\s+be|:|=)\s*/giu;

const PROVIDERS = Object.keys(PROVIDER_OF)
  .filter((w) => /^[a-z]+$/.test(w) && w.length > 3 && w !== 'command' && w !== 'writer' && w !== 'amazon')
  .join('|');
/** "we have Mistral in the bot?", "you have Claude here?", "Llama is possible to use?": is it available. */
const SUBJECT_FIRST_MODEL_RE = new RegExp(
  String.raw`^(\W*)(?:(?:and|so|ok|hi|hello|ciao|bonjour|ola|oi)\s*,?\s+)?(?:(?:(?:we|you)\s+have|c\s*['’]?\s*[eè]|il\s+y\s+a|tem|temos|t[eê]m|h[aá]|abbiamo|avete|avons-nous|vous\s+avez)\s+(?:the\s+|o\s+|il\s+|le\s+)?(${PROVIDERS})(?:\s+(?:in|on|nel|no|dans\s+le|sur\s+le)\s+(?:the\s+)?(?:bot|bedrock|here))?|(${PROVIDERS})\s+is\s+possible\s+(?:to\s+use|to\s+have|here)?)(?=\s*(?:in\s+[\p{L} -]+)?\?)`,
  'iu',
);
const SUBJECT_FIRST_HINT =
  /have|possible|c\s*['’]?\s*[eè]\s|il\s+y\s+a|\bt[eê]m|\bh[aá]\s|abbiamo|avete|avons|avez/u;
/** "come si fa per avere…?" (how does one get…?), which the Italian glosses read word by word ("how fa for have"): how do I (get). */
const HOW_DOES_ONE_RE =
  /\b(?:come\s+si\s+fa|come\s+faccio)\s+(?:per|a)\s+(?:(avere|ottenere|prendere)\s+)?/giu;
/** "emitir", "emettere", "émettre" (to issue) mixed into English: generate. */
const ISSUE_RE =
  /\b(?:emitir|emita|emite|emettere|emetti|emetta|[ée]mettre|[ée]mets|[ée]mettez)(?=\s+(?:a|an|one|um|uma|un|una|une|the|o|a|il|la|le|me|mi)\s)/giu;
/** "make me the favour to rotate…", "do me the favor of a token…" (Portuguese "faz-me o favor de", Italian "fammi il favore di"): please. */
const FAVOUR_RE =
  /\b(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:make|do)\s+(?:me|us)\s+(?:the|a)\s+fav(?:ou)?r\s*,?\s*(?:(?:to|of|de|di)\s+)?/giu;
/** "renovate the key" (Portuguese "renovar", Italian "rinnovare"), only before one of our things: renew. */
const RENOVATE_RE = new RegExp(String.raw`\brenovate\s+(?=${OUR_THING})`, 'giu');
/** "you can rotate the key of X?" (Portuguese "você pode…?", Italian "puoi…?" as said): can you, asked. */
const YOU_CAN_ASKED_RE =
  /(?<=^\W*|[,.!;:]\s*|\b(?:hi|hello|ciao|ola|oi|bonjour|salut)\s+)(you|u)\s+(can|could)\s+(?=(?:please\s+)?(?:rotate|revoke|create|generate|give|send|delete|remove|deprovision|renew|list|show|change|make|gerar|criar|emitir|revogar|apagar|cancelar|trocar|renovar|listar|generare|creare|revocare|cancellare|eliminare|ruotare|rinnovare|cambiare|g[ée]n[ée]rer|cr[ée]er|r[ée]voquer|supprimer|renouveler)(?![\p{L}])[^?.!\n]*\?)/giu;
/** "which region we must use?", "what model I can use?": the question in the order English asks it. */
const WHICH_WE_USE_RE =
  /\b(which|what)\s+(regions?|models?|keys?|units?|duration|provider)\s+(i|we)\s+(must|can|should|have\s+to|need\s+to)\s+(use|choose|pick|take|ask\s+for|request)\b/giu;
/** Where a clause opens: the text's start, after a stop, or after a greeting or "please". */
const CLAUSE_OPEN = String.raw`(?:(?<=^\W*)|(?<=[,.!;:?]\s*)|(?<=\b(?:hi|hello|ciao|ola|oi|bonjour|salut|please|pls|so|and|but)\s*,?\s+))`;
/**
 * "is possible to have a key…?", "it's possible to delete the unit X?" (Portuguese "é possível…?", Italian "è
 * possibile…?", French "c'est possible de…?"), the polite ask of these writers in a statement's order: "can i get…",
 * "can you delete…". Only asked (a "?" in the sentence), and a change only of a thing named ("the key of X", "the unit
 * X"): "is possible to delete a unit by mistake?" asks how it works.
 */
const POSSIBLE_GET_RE = new RegExp(
  String.raw`${CLAUSE_OPEN}(?:it\s*['’]?\s*s|it\s+is|is)\s+possible\s+(?:for\s+(?:me|us)\s+)?to\s+(?:have|get|receive|obtain)\b(?=[^?.!\n]*\?)`,
  'giu',
);
const POSSIBLE_CHANGE_RE = new RegExp(
  String.raw`${CLAUSE_OPEN}(?:it\s*['’]?\s*s|it\s+is|is)\s+possible\s+(?:for\s+you\s+)?to\s+(rotate|revoke|delete|remove|deprovision|renew|change)\s+(?=(?:completely\s+|entirely\s+)?(?:(?:the|my|our|this|that|all)\s|[a-z0-9]+[-_][a-z0-9])[^?.!\n]*\?)`,
  'giu',
);
/** "which is the maximum of hours?" (Portuguese "qual é", Italian "qual è"): what is, about our things only ("which is the maximum of persons for the tour?" is left). */
const WHICH_IS_RE =
  /\bwhich\s+(is|are)\s+the\s+(?=(?:max(?:imum)?|min(?:imum)?|limits?|difference|differences|price|cost|costs|duration|validity|default)\b[^?.!\n]*(?<![\p{L}])(?:tokens?|keys?|chaves?|chiav[ei]|cl[eé]s?|hours?|horas?|ore|heures?|days|dias|giorni|jours|lifetime|ttl|regions?|models?|rotate|revoke|unit)(?![\p{L}]))/giu;
/** "the consumption of the AI of X", "the expenses of AI of the unit X" (consumo, consommation, spese): the spend. */
const CONSUMPTION_RE = new RegExp(
  String.raw`\b(?:consumption|consume|consumes|expenses|expense|expenditure)\s+(?=(?:of|for|with|in)\s+(?:the\s+)?(?:ai|ia|bedrock|claude|genai|unit|team|[a-z0-9]+[-_][a-z0-9]))`,
  'giu',
);
/** "une demi-journée", "mezza giornata", "meia jornada": half a day. */
const HALF_DAY_RE = /\b(?:une\s+|a\s+|one\s+)?(?:demi[-\s]journ[ée]e|mezza\s+giornata|meia\s+jornada)\b/giu;
/** "I have a doubt", "one small doubt:", "my doubt is" (dúvida, dubbio, doute: a question): a question. ("I doubt it" is left.) */
const DOUBT_RE =
  /\b(a|one|some|my|small|little|quick|two|few)\s+(?:(?:small|little|quick|short)\s+)?doubts?\b/giu;
/**
 * Places in Portuguese, Italian and French that the Region readers have no name for ("em Espanha", "in Svezia",
 * "au Royaume-Uni", "San Paolo"): their English names, which name a Region. (Not "Sidney", a person too, nor "Inde",
 * Danish for "inside": post41d-fortyone, units19b-nineteen.)
 */
const PLACE_NAMES: Record<string, string> = {
  espanha: 'Spain',
  espagne: 'Spain',
  alemanha: 'Germany',
  suica: 'Switzerland',
  suede: 'Sweden',
  svezia: 'Sweden',
  'san paolo': 'Sao Paulo',
  franca: 'France',
  'royaume-uni': 'United Kingdom',
  'royaume uni': 'United Kingdom',
  coreia: 'Korea',
  coree: 'Korea',
  giacarta: 'Jakarta',
  'hong-kong': 'Hong Kong',
  emirados: 'UAE',
  emirati: 'UAE',
  barem: 'Bahrain',
  oregao: 'Oregon',
  'le cap': 'Cape Town',
  telavive: 'Tel Aviv',
};
const PLACE_RE =
  /(?<![\p{L}-])(?:espanha|espagne|alemanha|su[ií][çc]a|su[èe]de|svezia|san\s+paolo|fran[çc]a|royaume[-\s]uni|coreia|cor[ée]e|giacarta|hong-kong|emirados|emirati|bar[ée]m|oreg[ãa]o|le\s+cap|telavive)(?![\p{L}-])/giu;
const PLACE_HINT =
  /espa|aleman|su[ií]|su[èe]d|svez|paolo|fran[çc]a|royaume|cor[eé]|giacar|hong-|emira|bar[ée]m|oreg[ãa]o|le\s+cap|telav/iu;
/** Their verbs of generating and changing before a key or a token ("générer a token", "cambia the key"): in English. */
const GENERATE_RE =
  /(?<![\p{L}])(?:gerar|gera|gere|generare|genera|genere|g[ée]n[ée]rer|g[ée]n[èe]re|g[ée]n[ée]rez)\s+(?=(?:(?:a|an|one|the|um|uma|un|una|une|o|la|le|il|me|mi|my|our|new|nova|novo|nuova|nuovo|nouvelle|nouveau)\s+){1,2}(?:tokens?|jetons?|keys?|chaves?|chiav[ei]|cl[eé]s?|credentials?)(?![\p{L}]))/giu;
const CHANGE_RE =
  /(?<![\p{L}])(?:cambiare|cambia|cambiate|trocar|troca|troque|changer|changez)\s+(?=(?:the|a|o|la|le|il|my|our)\s+(?:keys?|chaves?|chiav[ei]|cl[eé]s?|credentials?)(?![\p{L}]))/giu;
/**
 * "responsabile", "responsável", "dono", "titolare" before the person named (a mention, an e-mail, "la Giulia"): owner.
 * ("pode botar a Luana como dona: <@U…>" is left to the Portuguese glossary, iberian-words.ts; "dona <@U…> said it is
 * fine" is a person in a story, train29, no owner.)
 */
const OWNER_WORD_RE =
  /(?<![\p{L}])(?<!(?<![\p{L}])(?:como|come|comme|as)\s+)(?:responsabile|respons[áa]vel|responsable|dono|dona|propriet[áa]ri[oa]|titolare|referente)(?=\s*[:=]?\s*(?:\(?\s*(?:<@|xxuser\b)|[\w.+-]+@[\w-]+\.|(?:o|a|la|il|le|lo)\s+\p{Lu}))(?!\s*[:=]?\s*\S+\s+(?:said|says|told|asked|approved|agreed|thinks|wants|is|was|will|can|knows|disse|falou|pediu|aprovou|ha\s+detto|dit|a\s+dit)(?![\p{L}]))/giu;
/**
 * A person named the way these languages name one, with an article and where they work ("o João do financeiro", "la
 * Giulia", "le Marc de la compta"), then their mention (by now `xxuser`, slack-text.ts) or e-mail, where an owner is named (after "for", "owner", "is" or a
 * colon): the article and name are dropped, so that the mention
 * or e-mail is read as whom the credential is for (the article is otherwise read as a name).
 */
const NAMED_PERSON_RE =
  /(?<=(?:(?<![\p{L}])(?:for|para|pra|per|pour|owner|is|é|è|est)\s+|[:=]\s*))(?:[oa]|[OA]|la|La|il|Il|le|Le|lo|Lo)\s+\p{Lu}[\p{Ll}\p{M}]+(?:\s+(?:do|da|dos|das|de|del|della|dello|dei|di|du|des|de\s+la)\s+[\p{L}]+)?\s*,?\s*(?=\(?\s*(?:<@[UW][A-Z0-9]+|xxuser\b|[\w.+-]+@[\w-]+\.[\w.]+))/gu;
/** "… still valid actually?": now, where it ends a question about a state ("what is access key actually?" is left). */
const ACTUALLY_ASKED_RE =
  /(?<=\b(?:valid|active|available|expired|enabled|working|usable|ok)\s+)actually\s*(?=\?)/giu;
/**
 * A correction in the writer's own words: "não, desculpa,", "non, pardon,", "no, scusa,", "anzi", "ou melhor", "o
 * meglio", "ou plutôt", "non, pas X,", then what is meant, with "of"/"de"/"di"/"do"/"da" before it dropped.
 */
const CORRECTION_RE =
  /(?<=[\s,.;…!]|^)(?:(?:n[aã]o|non|no)\s*[,.!…]*\s+(?:desculp[ae]|perd[aã]o|pardon|scusa|scusami|scusate|d[ée]sol[ée]e?)|non\s*,?\s+pas\s+[^,.;!?]{1,30}|anzi|ou\s+melhor|o\s+meglio|ou\s+plut[oô]t)\s*[,.!…]*\s+(?:(?:of|de|di|do|da|du|della|del)\s+(?=[\w-]))?/giu;
const CORRECTION_HINT = /n[aã]o|non|anzi|melhor|meglio|plut[oô]t|scusa/iu;

/** The English of Portuguese, Italian and French speakers read as the English the readers know. */
export function rewriteRomanceEnglish(text: string): string {
  let out = text;
  const lower = text.toLowerCase();
  if (
    lower.includes('ask') ||
    lower.includes('demand') ||
    lower.includes('solicit') ||
    lower.includes('request')
  ) {
    out = out
      .replace(ASK_NOUN_RE, (_m, noun: string) => `please ${VERB_OF_NOUN[noun.toLowerCase()] ?? noun} `)
      .replace(DEMAND_THAT_RE, 'please ')
      .replace(DEMAND_THING_RE, (_m, who: string) => `${who} need `);
  }
  if (/ion\b|ing\b|revoke|rotate|deprovision|renewal/iu.test(lower))
    out = out.replace(DO_NOUN_RE, (_m, noun: string) => `${VERB_OF_NOUN[noun.toLowerCase()] ?? noun} `);
  if (lower.includes(' to ')) out = out.replace(PLEASE_TO_RE, '$1 ');
  if (lower.includes('eventually'))
    out = out.replace(EVENTUALLY_RE, (_m, you?: string, can?: string) =>
      you === undefined ? 'is it possible' : `${can ?? 'can'} ${you}`,
    );
  if (/annul|elimin|cancel|anul|apag/u.test(lower)) out = out.replace(ANNUL_RE, 'revoke ');
  if (/ger|gen|g[ée]n/u.test(lower)) out = out.replace(GENERATE_RE, 'generate ');
  if (/camb|troc|troq|chang/u.test(lower)) out = out.replace(CHANGE_RE, 'change ');
  if (lower.includes('possible') && lower.includes('?'))
    out = out
      .replace(POSSIBLE_GET_RE, 'can i get')
      .replace(POSSIBLE_CHANGE_RE, (_m, verb: string) => `can you ${verb} `);
  if (lower.includes('doubt'))
    out = out.replace(DOUBT_RE, (m, det: string) =>
      m.endsWith('s') ? `${det} questions` : `${det} question`,
    );
  if (lower.includes('which')) out = out.replace(WHICH_IS_RE, 'what $1 the ');
  if (lower.includes('consum') || lower.includes('expen')) out = out.replace(CONSUMPTION_RE, 'spend ');
  if (lower.includes('journ') || lower.includes('giornata')) out = out.replace(HALF_DAY_RE, 'half a day');
  if (lower.includes('favo')) out = out.replace(FAVOUR_RE, 'please ');
  if (lower.includes('renovate')) out = out.replace(RENOVATE_RE, 'renew ');
  if (lower.includes('which') || lower.includes('what'))
    out = out.replace(
      WHICH_WE_USE_RE,
      // ("can" stays can: "what model we can use?" asks which models there are, "should" would ask for advice.)
      (_m, which: string, what: string, who: string, modal: string, verb: string) =>
        `${which} ${what} ${modal.toLowerCase() === 'can' ? 'can' : 'should'} ${who} ${verb}`,
    );
  if (/respons|dono|dona|propriet|titolare|referente/u.test(lower)) out = out.replace(OWNER_WORD_RE, 'owner');
  if (lower.includes('xxuser') || lower.includes('@')) out = out.replace(NAMED_PERSON_RE, '');
  if (lower.includes('responsible')) out = out.replace(RESPONSIBLE_RE, 'the owner is ');
  if (lower.includes('?')) {
    if (SUBJECT_FIRST_HINT.test(lower))
      out = out.replace(
        SUBJECT_FIRST_MODEL_RE,
        (_m, head: string, had?: string, possible?: string) => `${head}is ${had ?? possible} available`,
      );
    if (lower.includes('can'))
      out = out.replace(YOU_CAN_ASKED_RE, (_m, you: string, can: string) => `${can} ${you} `);
    if (lower.includes('actually')) out = out.replace(ACTUALLY_ASKED_RE, 'now');
  }
  if (lower.includes('come'))
    out = out.replace(HOW_DOES_ONE_RE, (_m, get?: string) =>
      get === undefined ? 'how do i ' : 'how do i get ',
    );
  if (lower.includes('emit') || lower.includes('emet') || lower.includes('émet'))
    out = out.replace(ISSUE_RE, 'generate');
  if (PLACE_HINT.test(lower))
    out = out.replace(PLACE_RE, (m) => {
      const key = m.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
      return PLACE_NAMES[key] ?? m;
    });
  if (CORRECTION_HINT.test(lower)) out = out.replace(CORRECTION_RE, 'no sorry, ');
  return out;
}
