/**
 * fix52a (tuned-hospitals): the Iberian Romance languages' words for what the bot does, glossed into English as whole
 * paradigms so the English readers do the rest: Portuguese (European and Brazilian) and Galician ('pt'), Catalan ('ca')
 * and Spanish ('es').
 *
 * - The verbs in every common person (imperative, infinitive, 3rd person as a polite "você"/"vostè" command, 2nd plural
 *   and the participle for history): rotate ("rotaciona", "rotacionem", "rotad", "rotat"), revoke and disable ("desativa",
 *   "desactiveu"), deprovision ("desprovisiona", "encerra", "desmantela"), create ("gera", "gerem", "crea"), show, list,
 *   replace ("substitui"), and who did what ("quem aprovou", "qui ha rotat").
 * - The small words fused with articles that were read as a part of a unit's name ("pra X", "pro X", "pela", "numa"):
 *   "for", "for the", "by the"…, and the question words around them.
 * - Periods ("semana passada", "mês passado", "últimas duas semanas", "há 3 meses", "3 meses atrás", "janeiro"…) and
 *   corrections ("digo", "ou melhor", "na verdade", "não pera"), as English says them.
 *
 * Wired into surface.ts at one place each, after romance-asks.ts: the glosses after ROMANCE_ASK_GLOSSES, the phrases
 * after ROMANCE_ASK_PHRASES (with their trigger).
 */
import type { Glosses, Lang } from './more-languages.js';

export const IBERIAN_GLOSSES: Glosses[] = [
  // Portuguese and Galician: the verbs, strong (no English or Spanish word has these forms).
  [
    ['pt'],
    false,
    {
      'rotaciona|rotacione|rotacionem|rotacionar|rotacionas|rotaciones|rotacionai|rotaciono|rotacionamos|rotacionarem':
        'rotate',
      'rotacionou|rotacionaram|rotacionada|rotacionado|rotacionadas|rotacionados': 'rotated',
      'desativa|desative|desativem|desativar|desatives|desativai|desactiva-a': 'disable',
      'desativou|desativaram|desativada|desativado': 'disabled',
      'desprovisiona|desprovisione|desprovisionem|desprovisionar|desprovisionas|desprovisiones|desprovisionai':
        'deprovision',
      'desprovisionou|desprovisionaram|desprovisionada|desprovisionado': 'deprovisioned',
      'substitui|substitua|substituam|substituir|substituis|substituas|substituí': 'replace',
      'revoga|revogue|revoguem|revogues|revogai': 'revoke',
      'gera|gere|gerem|geras|geres|gerai': 'generate',
      'mostre|mostrem|mostras|mostres|mostrai': 'show',
      'aprovou|aprovaram': 'approved',
      'criou|criaram': 'created',
      'semanas|semanitas': 'weeks',
      'janeiro|xaneiro': 'january',
      'fevereiro|febreiro': 'february',
      março: 'march',
      maio: 'may',
      'junho|xuño': 'june',
      'julho|xullo': 'july',
      setembro: 'september',
      outubro: 'october',
      novembro: 'november',
      'dezembro|decembro': 'december',
      'disponível|disponivel|disponíveis|disponiveis': 'available',
      'válida|valida|válido|valido': 'valid',
      histórico: 'history',
      'aqui|aquí': 'here',
      'quem|quen': 'who',
      unidades: 'units',
      'equipa|equipas': 'team',
      'credencial|credenciais': 'credential',
      'pendente|pendentes': 'pending',
      cutucar: 'ping',
    },
  ],
  // Portuguese and Galician, weak (read only in a message of the language): words other languages share or English has.
  [
    ['pt'],
    true,
    {
      'pro|pros': 'for the',
      'pra|pras': 'for',
      'pela|pelo|pelas|pelos': 'by the',
      'na|nas': 'in the',
      'ao|aos': 'to the',
      'numa|num': 'in a',
      'ate|até': 'until',
      'umas|uns': 'about',
      'tira|tire|tirem|tirar': 'remove',
      'remove|remova|removam|remover': 'remove',
      'encerra|encerre|encerrem|encerrar': 'decommission',
      'desmantela|desmantele|desmantelem|desmantelar': 'tear down',
      'lista|liste|listem|listar|listo': 'list',
      mostra: 'show',
      'fez|fizeram': 'did',
      'rota|rote|rotem': 'rotate',
      'xa|já|ja': 'now',
      // (Galician "crea", "como se crea unha chave"; the vocative "ó bot".)
      'crea|crear': 'create',
      ó: '',
      'quais|qual': 'which',
      'quantas|quantos': 'how many',
      'isto|isso|esse|essa|este|esta': 'this',
      semana: 'week',
      'passada|passado': 'last',
      'atrás|atras': 'ago',
      'ano|anos': 'years',
      mês: 'month',
      ou: 'or',
      e: 'and',
      mas: 'but',
      'ela|ele': 'it',
      com: 'with',
      sem: 'without',
      usar: 'use',
    },
  ],
  // Catalan.
  [
    ['ca'],
    false,
    {
      'desmanteleu|desmantella|desmantelleu|desmantellar|desmantelli|desmantellin|desmantelar': 'tear down',
      'rotada|rotades|rotats': 'rotated',
      'roteu|rotar|roti|rotin|rota-la': 'rotate',
      'revoqueu|revocar|revoqui|revoquin|revoca-la': 'revoke',
      'desactiveu|desactivar|desactivi|desactivin': 'disable',
      'esborreu|esborrar|esborri|esborrin': 'delete',
      'creeu|crear|creï|creïn': 'create',
      'mostreu|mostrar|mostri|mostrin|ensenya|ensenyeu|ensenyi': 'show',
      'llisteu|llistar|llista|llisti': 'list',
      'donar|doneu|doni|donin|dona-me|doneu-me': 'give',
      'podríeu|podrieu|podeu|podríem': 'could you',
      'quins|quines': 'which',
      'tenim|tenen': 'have',
      'aquest|aquesta': 'this',
      'setmana|setmanes': 'weeks',
      'passada|passat': 'last',
    },
  ],
  // Spanish, the forms the glossary lacked: the "vosotros" imperative and "usted" subjunctive, and the people's words.
  [
    ['es'],
    false,
    {
      'rotad|rotadla|rotadlas|rotadlo|roten|rótenla|rotenla|rotala|rótala': 'rotate',
      'revocad|revocadla|revóquenla|revoquenla|revócala|revocala': 'revoke',
      'desactivad|desactiven|desactívala|desactivala': 'disable',
      'borrad|eliminad|borren|eliminen': 'delete',
      'cread|creen|créala|creala': 'create',
      'mostrad|muestren': 'show',
      'rotó|rotaron|rotada|rotado': 'rotated',
    },
  ],
  // fix53a (tuned-vineyards): giving in every person and the voseo, with the clitics ("pasame", "pásenme", "mandame"),
  // replacing ("sustituye", "sustituid", "reemplazala"), and "tengo que" (I have to), which marks a reason told after a
  // request ("pasame un token de 3 horas que tengo que traducir el catálogo").
  [
    ['es'],
    false,
    {
      'pasame|pásame|pasáme|pasanos|pásanos|pasenme|pásenme|pasadme|mandame|mándame|mandáme|mandanos|mándenme|mandenme|tirame|tírame':
        'give me',
      'sustituye|sustituya|sustituyan|sustituid|sustituidla|sustitúyela|sustituyela|sustitúyanla|sustituila|sustituíla|reemplazá|reemplazala|reemplázala|reemplacen|reemplazad|reemplazadla|reemplácenla':
        'replace',
      'tengo|tenemos': 'i have',
    },
  ],
  [
    ['es'],
    true,
    { tiene: 'has', tienen: 'have', estado: 'status', está: 'is', 'activa|activo|activas|activos': 'active' },
  ],
  // Showing ("mostrame", "muéstranos") and the voseo "mirá" (look at: "mirá la key #2 de X").
  [
    ['es'],
    false,
    {
      'mostrame|mostráme|mostranos|mostrános|muéstrame|muéstranos|muestranos|mostradme|muéstrenme|muestrenme':
        'show me',
      mirá: 'look at',
    },
  ],
  // "la IA" (the AI), no unit: "coste de la IA", "custos de IA", "factura de IA" (Spanish, Portuguese, Catalan, Galician).
  [['es', 'pt', 'ca'], true, { ia: 'AI' }],
  // Catalan "quines unitats són meves?" (which are mine).
  [['ca'], true, { 'meves|meus': 'mine', són: 'are' }],
  // Portuguese "idade da chave" (the key's age), "estado" (status).
  [['pt'], false, { idade: 'age' }],
  [['pt'], true, { estado: 'status' }],
  // Catalan rotating ("gireu la clau", "gira-la") and deleting ("esborra"); "gira", "giri" are other languages' words
  // too, read only in a Catalan text.
  [
    ['ca'],
    false,
    { 'gireu|gira-la|gireu-la|girar-la': 'rotate', 'esborra|esborra-la|esborreu-la': 'delete' },
  ],
  [['ca'], true, { 'gira|giri|girin|girar': 'rotate' }],
  // Portuguese and Galician "retira a chave" (take away, remove: a revocation, not a retirement).
  [['pt'], true, { 'retira|retire|retirem|retirar|retirade': 'remove' }],
];

/** A unit's name as written after a preposition ("do farol", "da `imagem_bh`"). */
const NAME = String.raw`(\x60?[\p{L}\d][\p{L}\d._-]*\x60?)`;
/** The end of a clause: what a name corrected alone is followed by. */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;!?…]|$))`;
/** Model families and makers a question about what the bot has names. */
/** A model family or maker, as the Iberian glosses (and spanish-questions.ts) read them. */
export const IBERIAN_MODEL = String.raw`(?:claude(?:\s+(?:sonnet|haiku|opus))?|llama(?:[\s-]?\d(?:\.\d)?)?|mistral|mixtral|pixtral|deepseek|gpt-oss|titan|nova|cohere|command(?:[\s-]r\+?)?|jamba|qwen|haiku|sonnet|opus|palmyra|stable\s+diffusion|stability|anthropic)`;
const MODEL = IBERIAN_MODEL;

export const IBERIAN_PHRASES: [RegExp, string, Lang][] = [
  // Corrections: "90 dias. 60, digo" (I mean 60), "6 horas, ou melhor, 4" (or rather), "na verdade 120" (actually).
  [/(?<![\p{L}\p{N}])(\d+)\s*,?\s*digo(?![\p{L}])/giu, 'i mean $1', 'pt'],
  [/(?<![\p{L}])(?:digo|quero\s+dizer|quer\s+dizer)(?=\s*[,:]?\s*\d)/giu, 'i mean', 'pt'],
  [/(?<![\p{L}])ou\s+(?:melhor|mellor)(?![\p{L}])/giu, 'or rather', 'pt'],
  [/(?<![\p{L}])o\s+mejor(?=\s*[,:]?\s*\d)/giu, 'or rather', 'es'],
  // (fix53a: "mejor dicho", "millor dit", "melhor dizendo": or rather, before a value or a unit.)
  [/(?<![\p{L}])(?:o\s+)?mejor\s+dicho(?![\p{L}])/giu, 'or rather', 'es'],
  [/(?<![\p{L}])(?:o\s+)?millor\s+dit(?![\p{L}])/giu, 'or rather', 'ca'],
  [/(?<![\p{L}])(?:ou\s+)?melhor\s+dizendo(?![\p{L}])/giu, 'or rather', 'pt'],
  [/(?<![\p{L}])(?:o\s+millor|m[ée]s\s+ben\s+dit)(?![\p{L}])/giu, 'or rather', 'ca'],
  [/(?<![\p{L}])na\s+verdade(?![\p{L}])/giu, 'actually', 'pt'],
  [/(?<![\p{L}])en\s+realidad(?![\p{L}])/giu, 'actually', 'es'],
  [/(?<![\p{L}])(?:en\s+realitat|de\s+fet)(?![\p{L}])/giu, 'actually', 'ca'],
  // A unit corrected alone: "não pera, do farol", "opa, errei, é a do imagem-bh"; "no, espera, la de X" in Catalan.
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:n[ãa]o[\s,.!…]*(?:pera[ií]?|espera|perai)|(?:(?:opa|ops|epa|eita)[\s,.!…]+)?errei)[\s,.!…]*(?:[ée]\s+)?(?:(?:a|o)\s+)?(?:d[oa]s?|n[oa])\s+${NAME}${CLAUSE_END}`,
      'giu',
    ),
    'no wait, the $1 one',
    'pt',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}])no[\s,.!…]+(?:espera|perd[oó])[\s,.!…]*(?:(?:la|el)\s+)?(?:de|del)\s+${NAME}${CLAUSE_END}`,
      'giu',
    ),
    'no wait, the $1 one',
    'ca',
  ],
  // Periods: "3 meses atrás", "semana passada", "mês passado", "la setmana passada", "el mes passat".
  [/(?<![\p{L}])(\S+)\s+(meses|semanas|dias|months|weeks|days)\s+atr[aá]s(?![\p{L}])/giu, '$1 $2 ago', 'pt'],
  // ("key pro X", "chave pra X": for X, the fused article no part of the name.)
  [
    /(?=(?:pro|pra|pros|pras)\s)(?<=(?:keys?|chaves?|tokens?|credencia(?:l|is))\s+)(?:pro|pra|pros|pras)\s+(?=\x60?[\p{L}\d]+[-_][\p{L}\d])/giu,
    'for ',
    'pt',
  ],
  [/(?<![\p{L}])(?:na\s+|da\s+)?semana\s+passada(?![\p{L}])/giu, 'last week', 'pt'],
  [/(?<![\p{L}])(?:no\s+|do\s+)?m[eê]s\s+passado(?![\p{L}])/giu, 'last month', 'pt'],
  [/(?<![\p{L}])(?:la\s+)?setmana\s+passada(?![\p{L}])/giu, 'last week', 'ca'],
  [/(?<![\p{L}])(?:el\s+)?mes\s+passat(?![\p{L}])/giu, 'last month', 'ca'],
  // What the bot has: "tem Claude no bot?", "tem o llama 3 disponível ou não?", "hay Mistral?", "hi ha Claude?".
  [
    new RegExp(
      String.raw`(?=tem\s)(?<=(?:^|[.!?]\s*|,\s*|bot\s*[,:]?\s+))tem\s+(?:o\s+|a\s+)?(${MODEL})(?:\s+(?:no\s+bot|aqui|a[ií]|dispon[ií]vel))?(\s+ou\s+n[ãa]o)?\s*\?`,
      'giu',
    ),
    'is $1 available$2?',
    'pt',
  ],
  [
    new RegExp(
      String.raw`(?=(?:hay|ten[eé]is|tienen)\s)(?<=(?:^|[.!?¿]\s*|,\s*))(?:hay|ten[eé]is|tienen)\s+(?:el\s+)?(${MODEL})(?:\s+(?:en\s+el\s+bot|aqu[ií]|disponible))?\s*\?`,
      'giu',
    ),
    'is $1 available?',
    'es',
  ],
  [
    new RegExp(
      String.raw`(?=(?:hi\s+ha|teniu)\s)(?<=(?:^|[.!?]\s*|,\s*))(?:hi\s+ha|teniu)\s+(?:el\s+)?(${MODEL})(?:\s+(?:al\s+bot|aqu[ií]|disponible))?\s*\?`,
      'giu',
    ),
    'is $1 available?',
    'ca',
  ],
  [/(?<![\p{L}])d[aá]\s+p(?:ra|ara)\s+usar(?![\p{L}])/giu, 'can i use', 'pt'],
  // Asking: "dá um reset na chave" (reset the key), "pode acabar com a unidade X" (tear down), "tira tudo do X".
  [/(?<![\p{L}])(?:d[aá]|faz|fa[çc]a)\s+(?:um\s+)?reset\s+(?:n[ao]s?|em)\s+/giu, 'reset the ', 'pt'],
  [/(?<![\p{L}])acab(?:ar|a|e|em)\s+com\s+(?:a|o|as|os)\s+/giu, 'tear down the ', 'pt'],
  [/(?<![\p{L}])tir(?:a|e|em|ar)\s+tudo\s+(?:d[oa]s?)\s+/giu, 'tear down everything of the ', 'pt'],
  [/(?<![\p{L}])tir(?:a|e|em|ar)\s+(?:ela|ele|a|o|isso|isto)\s+do\s+ar(?![\p{L}])/giu, 'revoke it', 'pt'],
  // The kind: "chave de API", "clave de API", "clau d'API" (an API key); "lista completa" (the full list).
  [/(?<![\p{L}])(?:chaves?|claves?|llaves?|claus?)\s+(?:de\s+|d['’]\s*)?api(?![\p{L}])/giu, 'api key', 'pt'],
  [/(?<![\p{L}])(?:a\s+)?lista\s+complet[ao](?![\p{L}])/giu, 'the full list', 'pt'],
  // The maker a token is for: "pro haiku", "é pro Mistral", "para o Claude".
  // (Not in a question, "o token serve pro Claude e pro Haiku?", which asks what a token works with.)
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:é\s+)?(?:pro|pra|para\s+o|para)\s+(?=${MODEL}(?![\p{L}])[^?\n]*(?:$|\n))`,
      'giu',
    ),
    'for ',
    'pt',
  ],
  [new RegExp(String.raw`(?<![\p{L}])amb\s+(?:el\s+|la\s+)?(?=${MODEL}(?![\p{L}]))`, 'giu'), 'with ', 'ca'],
  // A unit's spend: "consumo de IA do X", "gastos do X", "custos da X".
  [
    /(?<![\p{L}])(?:consumo|gastos?|custos?)\s+(?:de\s+(?:ia|bedrock)\s+)?d[oa]s?\s+(?=\x60?[\p{L}\d]+[-_][\p{L}\d])/giu,
    'spend of ',
    'pt',
  ],
  [/(?<![\p{L}])(?:de\s+ia\s+)?por\s+unidade(?![\p{L}])/giu, 'per unit', 'pt'],
  // Numbers past a hundred said in words: "cento e vinte" (120).
  [/(?<![\p{L}])cento\s+e\s+vinte(?![\p{L}])/giu, '120', 'pt'],
  [/(?<![\p{L}])cento\s+e\s+oitenta(?![\p{L}])/giu, '180', 'pt'],
  [/(?<![\p{L}])cento\s+e\s+cinquenta(?![\p{L}])/giu, '150', 'pt'],
  [/(?<![\p{L}])trezentos\s+e\s+sessenta\s+e\s+cinco(?![\p{L}])/giu, '365', 'pt'],
  [/(?<![\p{L}])ciento\s+veinte(?![\p{L}])/giu, '120', 'es'],
  [/(?<![\p{L}])cent\s+vint(?![\p{L}])/giu, '120', 'ca'],
  // History: "o que o X fez no bot" (what did X do), "¿qué ha hecho X?", "trilha de auditoria" (audit trail).
  [
    /(?<![\p{L}])o\s+que\s+(?:o\s+|a\s+)?(\S+)\s+fez(?:\s+n[oa]\s+bot)?(?![\p{L}])/giu,
    'what actions did $1 take in the bot',
    'pt',
  ],
  // Who is the owner: "pode botar a Luana como dona: <@U…>" (set Luana as owner), "coloca o Rui como responsável".
  [
    /(?<![\p{L}])(?:bota|botar|bote|coloca|colocar|coloque|p[õo]e|p[ôo]r|ponha)\s+(?:a\s+|o\s+)?(\p{Lu}\p{Ll}+\s+)?como\s+(?:dona|dono|respons[áa]vel|propriet[áa]ri[oa])(?![\p{L}])/gu,
    'set $1as owner',
    'pt',
  ],
  // ("remove o usuário IAM do X": the IAM user of a unit named after it.)
  [/(?<![\p{L}])usu[áa]rio\s+(?:do\s+|de\s+)?IAM(?=\s+d[oa]\s)/giu, 'IAM user', 'pt'],
  [
    /(?<![\p{L}])qu[eé]\s+ha\s+hecho\s+(\S+)(?:\s+en\s+el\s+bot)?/giu,
    'what actions did $1 take in the bot',
    'es',
  ],
  [/(?<![\p{L}])qu[eè]\s+ha\s+fet\s+(\S+)(?:\s+al\s+bot)?/giu, 'what actions did $1 take in the bot', 'ca'],
  [/(?<![\p{L}])trilha\s+de\s+auditoria(?![\p{L}])/giu, 'audit trail', 'pt'],
  // What a unit has: "o X ten algunha chave activa?", "o X tem alguma chave ativa?".
  [
    /(?<![\p{L}])(?:o\s+|a\s+)?(\x60?[\p{L}\d]+[-_][\p{L}\d._-]*\x60?)\s+(?:ten|tem)\s+(?:algunha|alguma|algum|algún)\s+(?:chave|clave|key)(?:\s+(?:activa|ativa|v[áa]lida))?/giu,
    'does $1 have any active key',
    'pt',
  ],
  // "remove o usuário IAM do X de vez": for good.
  [/(?<![\p{L}])de\s+vez(?![\p{L}])(?!\s+em)/giu, 'for good', 'pt'],
  // The owner is the asker: "responsável eu mesmo", "dono: eu" (owner me, which names no one).
  [
    /(?<![\p{L}])(?:respons[áa]vel|dono|dona)\s*:?\s*(?:sou\s+)?eu(?:\s+mesm[oa])?(?![\p{L}])/giu,
    'owner me',
    'pt',
  ],
  // Where a system runs: "vai correr numa Lambda em Frankfurt", "vai rodar num ECS" (will run in).
  [
    /(?<![\p{L}])(?:vai|v[ãa]o)\s+(?:correr|rodar|ficar|estar)\s+(?:numa?|em|no|na)(?![\p{L}])/giu,
    'will run in',
    'pt',
  ],
  // "unidades do <@U…>": the units a person owns.
  [/(?<![\p{L}])(?:as\s+)?unidades\s+d[oa]\s+(?=<@)/giu, 'units of ', 'pt'],
  // "qto tá a conta do bedrock?": how much is the bill.
  [
    /(?<![\p{L}])(?:qto|quanto)\s+(?:t[áa]|est[áa]|[ée]|deu|ficou)\s+a\s+conta(?![\p{L}])/giu,
    'how much is the bill',
    'pt',
  ],
  // How-to questions: "como (eu) vejo…", "como listo…", "o que esse bot faz", "o que é esse tal de X".
  [/(?<![\p{L}])como\s+(?:eu\s+|[ée]\s+que\s+(?:eu\s+)?)?vejo(?![\p{L}])/giu, 'how can i see', 'pt'],
  [/(?<![\p{L}])como\s+(?:eu\s+|[ée]\s+que\s+(?:eu\s+)?)?listo(?![\p{L}])/giu, 'how can i list', 'pt'],
  [
    /(?<![\p{L}])como\s+(?:eu\s+|[ée]\s+que\s+(?:eu\s+)?)?(?:pe[çc]o|solicito)(?![\p{L}])/giu,
    'how can i request',
    'pt',
  ],
  [/(?<![\p{L}])o\s+que\s+(?:esse|este|o)\s+bot\s+faz(?![\p{L}])/giu, 'what is this bot for', 'pt'],
  [/(?<![\p{L}])o\s+que\s+[ée]\s+(?:esse|essa|este|esta)\s+(?:tal\s+de\s+)?/giu, 'what is ', 'pt'],
  [/(?<![\p{L}])tem\s+documenta[çc][ãa]o(?![\p{L}])/giu, 'is there documentation', 'pt'],
  [/(?<![\p{L}])em\s+algum\s+lugar(?![\p{L}])/giu, 'anywhere', 'pt'],
  // In theory: "hipoteticamente", "em tese", "em teoria".
  [/(?<![\p{L}])(?:hipoteticamente|em\s+tese)(?![\p{L}])/giu, 'in theory', 'pt'],
  [/(?<![\p{L}])prazo\s+m[áa]ximo(?![\p{L}])/giu, 'maximum lifetime', 'pt'],
  [/(?<![\p{L}])(?:de\s+)?longo\s+prazo(?![\p{L}])/giu, 'long-term', 'pt'],
  // "revoga isto já": this, now (no unit).
  [/(?<![\p{L}])(?:isto|isso)\s+j[áa](?![\p{L}])/giu, 'this now', 'pt'],
  // Thanks to whoever did it: no question who.
  [/(?<![\p{L}])obrigad[oa]s?\s+(?:a\s+)?quem(?![\p{L}])/giu, 'thanks to whoever', 'pt'],
  // Catalan history and the list: "ha rotat", "donats d'alta" (registered).
  [/(?<![\p{L}])ha\s+rotat(?![\p{L}])/giu, 'has rotated', 'ca'],
  [/(?<![\p{L}])donat?s?\s+d['’]alta(?![\p{L}])/giu, 'registered', 'ca'],
  // fix53a (tuned-vineyards): the voseo "pará" (stop) before a credential, a revocation ("pará la key de X"), and "no,
  // pará" (no, wait) correcting what came before; "para" without its accent stays "for".
  // (A mark after it, and one before it or the accent: "la rotativa no para" (the press never stops) is no correction.)
  [/(?<![\p{L}])no(?:\s*[,.!…]+\s*par[aá]|\s+pará)(?=\s*[,.!…])/giu, 'no wait', 'es'],
  [
    /(?<![\p{L}])par[aá]\s+(?=(?:la|el|las|los|esa|esta|esas|estas)\s+(?:keys?|claves?|credenciales?|tokens?|access\s+keys?)(?![\p{L}]))(?<=pará\s+)/giu,
    'stop ',
    'es',
  ],
  // "rota la de X", "rota la clave de X" (rotate X's) where nothing else marks the text as Spanish; "la botella está
  // rota" (broken) has no article after it.
  [
    /(?<![\p{L}])rota\s+(?=(?:la|el|las|los)\s+(?:de|del|claves?|keys?|credenciales?)(?![\p{L}]))/giu,
    'rotate ',
    'es',
  ],
  // "me podés dar", "nos pueden pasar", "me podrías mandar" (can you give me): a request, as English asks it.
  [
    /(?<![\p{L}])(?:me|nos)\s+(?:pod[eé]s|puedes|pueden|puede|podr[ií]as|podr[ií]an|podr[ií]a|pod[eé]is|podr[ií]ais)\s+(?:dar|pasar|mandar|generar)(?![\p{L}])/giu,
    'can you give me',
    'es',
  ],
  // "un token x 30 min" (for), the phone's "x" before a number after a credential.
  [/(?<=(?:tokens?|keys?|claves?)\s+)x(?=\s*\d)/giu, 'for', 'es'],
  // Questions about a unit in the third person: "qué tiene X" / "qué hay para el X" (details), "cuánto le queda a la
  // clave de X" (how long is left), "cuánto nos está costando X" (spend), "qué hizo <@U…> con las claves de X" and "qué se
  // hizo con las keys en octubre" (history), "registro de altas y rotaciones" (the log of what was done).
  [
    /(?<![\p{L}])qu[eé]\s+(?:tiene|hay\s+(?:para|en|de))\s+(?:el\s+|la\s+)?(?=\x60?[\p{L}\d]+[-_][\p{L}\d])/giu,
    'details of ',
    'es',
  ],
  [/(?<![\p{L}])qu[eé]\s+tiene\s+(?:el|la)\s+(equipo|unidad)\s+(?:de\s+)?/giu, 'details of the $1 ', 'es'],
  [
    /(?<![\p{L}])cu[aá]nto\s+(?:tiempo\s+)?(?:de\s+vida\s+)?le\s+queda(?:n)?\s+a\s+/giu,
    'how much time is left on ',
    'es',
  ],
  [
    /(?<![\p{L}])cu[aá]nto\s+(?:nos|me|les)\s+(?:est[aá]\s+costando|cuesta|cost[oó]|ha\s+costado)\s+(?:el\s+|la\s+)?(?=\x60?[\p{L}\d]+[-_][\p{L}\d])/giu,
    'what is the spend of the ',
    'es',
  ],
  [/(?<![\p{L}])qu[eé]\s+(?:hizo|hicieron|ha\s+hecho)\s+(\S+)\s+con\s+/giu, 'what did $1 do with ', 'es'],
  [/(?<![\p{L}])qu[eé]\s+se\s+hizo\s+con\s+/giu, 'what was done with ', 'es'],
  [
    /(?<![\p{L}])registro\s+de\s+(?:altas|bajas|cambios|movimientos|rotaciones)(?:\s+y\s+(?:altas|bajas|rotaciones|revocaciones|cambios))?(?![\p{L}])/giu,
    'history',
    'es',
  ],
  // "podés darme", "puedes pasarme" (can you give me), the clitic after the verb.
  [
    /(?<![\p{L}])(?:pod[eé]s|puedes|pueden|puede|podr[ií]as|podr[ií]an|podr[ií]a|pod[eé]is)\s+(?:darme|darnos|pasarme|pasarnos|mandarme|mandarnos|generarme)(?![\p{L}])/giu,
    'can you give me',
    'es',
  ],
  // "units de <@U…>" (a person's units), "a su nombre" (in their name), "en el último mes" (over the last month: a span up
  // to now, 30 days; "el mes pasado" is the calendar month before).
  [/(?<![\p{L}])(?:units?|unidades|unitats|equipos)\s+de\s+(?=<@|\s*xxuser)/giu, 'units of ', 'es'],
  [
    /(?<![\p{L}])(?:units?|unidades|equipos)\s+tienen?\s+a\s+(?:su\s+)?nombre(?:\s+de)?(?![\p{L}])/giu,
    'units owned by',
    'es',
  ],
  [/(?<![\p{L}])(?:en|durante)\s+el\s+[uú]ltimo\s+mes(?![\p{L}])/giu, 'over the last month', 'es'],
  [/(?<![\p{L}])(?:no|durante\s+o)\s+[uú]ltimo\s+m[eê]s(?![\p{L}])/giu, 'over the last month', 'pt'],
  // A value corrected after "espera" (wait): "token de 3 horas? não, espera, 4", "no, espera, 5".
  [/(?<![\p{L}])n[ãa]o[\s,.!…]+(?:espera|pera[ií]?|perai)[\s,.!…]+(?=\d)/giu, 'no, wait, ', 'pt'],
  [/(?<![\p{L}])no[\s,.!…]+espera[\s,.!…]+(?=\d)/giu, 'no, wait, ', 'es'],
  // "estado de la key de X" (the status of X's key), where no other word marks the text as Spanish.
  [
    /(?<![\p{L}])estado\s+de\s+(?:la|las|el|los)\s+(?=(?:keys?|claves?|credenciales?|access\s+keys?|api\s+keys?)(?![\p{L}]))/giu,
    'status of the ',
    'es',
  ],
  // "la de X", "el del X" (the one of X), the article standing for the key named before: after a mark ("perdón, la de X",
  // "no, pará, la de X") or after one of our verbs ("rotá la de X", "revoca la del X").
  // (Not right after "no" or "nah": "espera, no, la de X" is surface.ts's correction, "no wait, the X one".)
  [
    /(?<=(?:^|[,.;:!?…]\s*|(?<![\p{L}])(?:rot[aá]|revoc[aá]|borr[aá]|elimin[aá]|desactiv[aá]|renov[aá]|cambi[aá]|rotala|revocala|sino|mejor|dicho|rather|digo|perd[oó]n)\s+))(?<!(?<![\p{L}])(?:no|nah|nop)[\s,.!…]+)(?:la|el)\s+(del?)\s+(?=\x60?[\p{L}\d])/giu,
    'the one $1 ',
    'es',
  ],
  // Catalan "del tot" (entirely), after a deletion.
  [/(?<![\p{L}])del\s+tot(?![\p{L}])/giu, 'entirely', 'ca'],
  // Portuguese and Galician "desmantela o X" (tear down), the article marking the language.
  [/(?<![\p{L}])desmantel(?:a|e|em)\s+(?=(?:o|a|os|as)\s)/giu, 'tear down ', 'pt'],
];

/** The phrases that mark their language on their own (surface.ts's PHRASE_TRIGGER). */
export const IBERIAN_TRIGGER = String.raw`(?:respons[áa]vel|dono|dona)\s*:?\s*(?:sou\s+)?eu|(?:vai|v[ãa]o)\s+(?:correr|rodar|ficar|estar)\s+(?:numa?|em|no|na)|unidades\s+d[oa]\s+<|(?:qto|quanto)\s+(?:t[áa]|est[áa]|[ée]|deu|ficou)\s+a\s+conta|como\s+(?:eu\s+|[ée]\s+que\s+(?:eu\s+)?)?(?:vejo|listo|pe[çc]o|solicito)|o\s+que\s+(?:esse|este|o)\s+bot|o\s+que\s+[ée]\s+(?:esse|essa|este|esta)|tem\s+documenta|em\s+algum\s+lugar|hipoteticamente|em\s+tese|prazo\s+m[áa]ximo|longo\s+prazo|(?:isto|isso)\s+j[áa]|como\s+(?:dona|dono|respons[áa]vel)|usu[áa]rio\s+(?:do\s+|de\s+)?iam\s+d[oa]\s|(?:chaves?|claves?|llaves?|claus?)\s+(?:de\s+|d['’]\s*)?api|lista\s+complet[ao]|(?:pro|pra)\s+(?:o\s+)?${MODEL}|amb\s+(?:el\s+)?${MODEL}|(?:consumo|gastos?|custos?)\s+(?:de\s+(?:ia|bedrock)\s+)?d[oa]s?\s+\x60?[a-z0-9]+(?:[-_][a-z0-9]+)+|por\s+unidade|cento\s+e\s|ciento\s+veinte|cent\s+vint|o\s+que\s+(?:o\s+|a\s+)?\S+\s+fez|ha\s+(?:hecho|fet)|trilha\s+de|(?:ten|tem)\s+(?:algunha|alguma|algum)|de\s+vez|\d\s*,?\s*digo|digo\s*[,:]?\s*\d+|(?:keys?|chaves?|tokens?|credencia(?:l|is))\s+(?:pro|pra|pros|pras)\s+\x60?[a-z0-9]+(?:[-_][a-z0-9]+)+|(?:months|weeks|days)\s+atr[aá]s|ou\s+melhor|ou\s+mellor|na\s+verdade|n[ãa]o[\s,.!…]*pera|errei|(?:meses|semanas|dias)\s+atr[aá]s|semana\s+passada|m[eê]s\s+passado|setmana\s+passada|mes\s+passat|tem\s+(?:o\s+|a\s+)?${MODEL}|(?:hay|ten[eé]is|tienen|hi\s+ha|teniu)\s+(?:el\s+)?${MODEL}|d[aá]\s+p(?:ra|ara)\s+usar|reset\s+(?:n[ao]s?|em)\s|acab(?:ar|a|e|em)\s+com|tir(?:a|e|em|ar)\s+(?:tudo|ela|ele|isso|isto)|obrigad[oa]s?\s+(?:a\s+)?quem|ha\s+rotat|d['’]alta|o\s+millor|en\s+realitat|o\s+mejor|no\s*[,.!…]+\s*par[aá]|no\s+pará|par[aá]\s+(?:la|el|las|los|esa|esta)|rota\s+(?:la|el|las|los)|(?:me|nos)\s+(?:pod|pued|podr)\S*\s+(?:dar|pasar|mandar|generar)|(?:tokens?|keys?|claves?)\s+x\s*\d+|qu[eé]\s+(?:tiene|hay\s+(?:para|en|de))|cu[aá]nto\s+(?:tiempo\s+)?(?:de\s+vida\s+)?le\s+quedan?|cu[aá]nto\s+(?:nos|me|les)\s+(?:est[aá]|cuesta|cost[oó]|ha\s+costado)|qu[eé]\s+(?:hizo|hicieron|ha\s+hecho|se\s+hizo)|registro\s+de\s+(?:altas|bajas|cambios|movimientos|rotaciones)|del\s+tot|mejor\s+dicho|millor\s+dit|melhor\s+dizendo|(?:^|[,.;:!?…]\s*|(?:rot[aá]|revoc[aá]|borr[aá]|elimin[aá]|desactiv[aá]|renov[aá]|cambi[aá]|rotala|revocala|sino|mejor|dicho|digo|perd[oó]n)\s+)(?:la|el)\s+del?|estado\s+de\s+(?:la|las|el|los)|(?:pod[eé]s|puedes|pueden|puede|podr[ií]as|podr[ií]an|podr[ií]a|pod[eé]is)\s+(?:darme|darnos|pasarme|pasarnos|mandarme|mandarnos|generarme)|(?:units?|unidades|unitats|equipos)\s+de|(?:units?|unidades|equipos)\s+tienen?\s+a\s+(?:su\s+)?nombre|(?:en|durante)\s+el\s+[uú]ltimo\s+mes|(?:no|durante\s+o)\s+[uú]ltimo\s+m[eê]s|n[ãa]o[\s,.!…]+(?:espera|pera[ií]?|perai)[\s,.!…]+\d+|no[\s,.!…]+espera[\s,.!…]+\d+|desmantel(?:a|e|em)\s+(?:o|a|os|as)`;
