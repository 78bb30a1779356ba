/**
 * fix50c (tuned-printing, tuned-styles-romance): everyday talk in Italian, Spanish, Catalan, Galician and Portuguese (and
 * their speakers' English) that uses the bot's words for something of the trade's, read as nothing asked of the bot:
 *  - a history of the trade's things ("histórico de reimpressões do catálogo", "o historial de pedidos de conservas");
 *  - an approval of the trade's things ("quanto ci mette l'ufficio acquisti ad approvare un ordine di carta?");
 *  - spending on the trade's things ("o mês passado gastámos quanto em energia na fábrica?");
 *  - a bank card ("revoca immediata della carta di credito aziendale", "o token do cartão matriz expirou");
 *  - sales regions weighed ("quina regió té més comandes, Girona o Tarragona?");
 *  - an LLM's output tokens ("our chatbot answer is cut because the limit of tokens");
 *  - a change the team agrees to put off until something ends ("aspettiamo a ruotare la chiave di X finché …",
 *    "esperem com a rotação da chave do X até ao fecho do mês");
 *  - a request told of another ("Marco ha detto che ieri ha chiesto un token …", "o Rui pediu para apagar a unidade X
 *    mas o diretor disse que não");
 *  - the team weighing whether to ask the bot ("dobbiamo chiedere al bot o usiamo la chiave del team dati?");
 *  - fix53a (tuned-vineyards): the keys of a vehicle, a building or a room ("algú sap on són les claus de la furgoneta?",
 *    "quen leva hoxe as chaves da adega?", "chi ha le chiavi del magazzino?"), no credential: Catalan "clau", Portuguese
 *    and Galician "chave", Italian "chiave" are a lock's key too (Spanish says "llave", which the glossary reads so).
 * A cheap word test first, then one pattern per kind, built at load.
 */

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
/** The trade's things a history, an approval or a region's count is of. */
const TRADE_THINGS = String.raw`(?:fattura|factura|fatura|acquisto|preventivo|encomenda|nota[ \t]+spese|reimpress\p{L}*|ristamp\p{L}*|ordini|ordine|[oó]rdenes|orden|encomendas?|comandes|compras|acquisti|vendas|ventas|vendite|vendes|pagamenti|pagamentos|pagos|pagaments|fatture|facturas|faturas|factures|spedizioni|env[ií]os|enviaments|entregas|consegne|lliuraments|manutenzion\p{L}*|mantenimiento|manuten[çc][ãa]o|manteniment|reparaciones|riparazioni|repara[çc][õo]es|reparacions|prezzi|precios|pre[çc]os|preus|stampe|impress[õo]es|impresiones|clienti|clientes|clients|pazienti|pacientes|turni|turnos|ferie|vacaciones|f[ée]rias|vacances|consumi|consumos|presupuestos?|preventivi|preventivo|or[çc]amentos?|pressupostos?|ordine[ \t]+di[ \t]+\p{L}+|notas?[ \t]+de[ \t]+(?:gastos|despesas|despeses)|gastos?[ \t]+de[ \t]+(?:viaje|viagem|viatge|viaggio|representaci[oó]n|hotel)|despesas?[ \t]+de[ \t]+(?:viagem|deslo\p{L}*)|vi[aá]ticos|dietas|ajudas?[ \t]+de[ \t]+custo|reembolsos?|rimborsi|trasferte|pedidos?[ \t]+(?:de|do|da|dos|das)[ \t]+(?!tokens?|claves?|chaves?|claus?|keys?|acceso|acesso|credenciais|credenciales|bot)\p{L}+)`;

/**
 * A history of the trade's things, said of what (another "de …" that is no period: "do catálogo", "de conservas") or
 * asked of people or found wrong ("alguém tem?", "está mal"): "historial de compras del mes pasado" and "historial de
 * pagos-spei" are a unit's history.
 */
const PERIOD_WORD = String.raw`(?:mes|m[eê]s|mese|setmana|semana|settimana|anno|a[ñn]o|ano|any|[uú]ltim\p{L}*|passad\p{L}*|pasad\p{L}*|scors\p{L}*|trimestre|ayer|ieri|ontem|ahir|hoy|oggi|hoje|avui)`;
const HISTORY_OF_TRADE = new RegExp(
  String.raw`${B}(?:storico|historial|hist[oó]rico|hist[oò]ric)[ \t]+(?:de|di|do|da|dos|das|del|dei|delle|degli|dels|della)[ \t]+${TRADE_THINGS}(?![\p{L}\p{N}_-])` +
    String.raw`(?:[ \t]+(?:de|di|do|da|dos|das|del|dei|delle|degli|dels|della|para|per)[ \t]+(?:(?:el|la|il|o|a|los|las|les)[ \t]+)?(?!${PERIOD_WORD}${E})\p{L}|[^.!\n]{0,30}(?:alguém|qualcuno|alguien|alg[uú]|est[áàa][ \t]+mal|[èe][ \t]+sbagliat|faltan|mancano|faltam|falten))`,
  'u',
);
const CREDENTIAL_WORD =
  /(?<![\p{L}])(?:tokens?|chiav[ei]|clav(?:e|es)?|claus?|chaves?|keys?|credenzial\p{L}*|credencial\p{L}*|bedrock)(?![\p{L}])/u;
const APPROVAL_OF_TRADE = new RegExp(
  String.raw`${B}(?:approv|aprov|aprueb)\p{L}*[^?.!]{0,30}${B}${TRADE_THINGS}${E}|${B}${TRADE_THINGS}${E}[^?.!]{0,30}${B}(?:approv|aprov|aprueb)\p{L}*`,
  'u',
);
/** Spending on the trade's things: energy, fuel, paper, travel, rent. */
const SPEND_OF_TRADE = new RegExp(
  String.raw`${B}(?:gast|spes|speso|spendiamo|spendete|despes)\p{L}*[^?.!]{0,40}${B}(?:en|em|in|di|de|per|na|no|nas|nos|para)[ \t]+(?:(?:la|las|le|los|el|il|lo|les|gli|i|as|os|a|o|les)[ \t]+)?(?:energia|energ[ií]a|luz|electricidad|elettricit[àa]|electricitat|eletricidade|gas|g[aá]s|gasolina|benzina|gas[oó]leo|combustible|combust[ií]vel|carburante|carta|papel|paper|comida|cibo|menjar|viagens|viajes|viaggi|viatges|materiale?|materiais|materials|tinta|inchiostro|transporte|trasporti|affitto|alquiler|aluguel|renda|lloguer|agua|acqua|[aá]gua|aigua|vacaciones|vacanze|f[ée]rias|vacances|cena|cene|jantar|sopar|almuerzo|pranzo|almo[çc]o|regalos?|regali|presentes|navidad|natale|natal|nadal|boda|matrimonio|casamento|ropa|vestiti|roupa|vi[aá]ticos|dietas|ajudas[ \t]+de[ \t]+custo|trasferte|hoteles|hot[ée]is|taxis?|peajes|portagens)${E}`,
  'u',
);
/** Our words that make spending the bot's: what was spent on AI. */
const OUR_SPEND =
  /(?<![\p{L}])(?:bedrock|tokens?|modell[oi]|modelos?|claude|llm|ia|ai|bot|unit|unidad|unidade|unitat)(?![\p{L}])/u;
const CARD = new RegExp(
  String.raw`${B}(?:carta|tarjeta|cart[ãa]o|targeta)[ \t]+(?:(?:di|de|do|da)[ \t]+)?(?:cr[ée]dit[oa]?|d[ée]bito|debit|matriz|aziendale|corporativa|bancari[ao]|banc[aá]ria|multibanco)${E}|` +
    String.raw`${B}(?:token|chiave|clave|chave|clau)[ \t]+(?:do|del|della|de|da|dal)[ \t]+(?:(?:meu|mio|mi|seu|suo)[ \t]+)?(?:multibanco|banco|banca|cart[ãa]o|tarjeta|carta|targeta|home[ \t]?banking)${E}`,
  'u',
);
const TEAM_NOUN =
  /(?<![\p{L}])(?:team|equipo|equipa|equip|unit|unità|unidad|unidade|unitat|squadra)(?![\p{L}])/u;
const SALES_REGION = new RegExp(
  String.raw`${B}(?:regi[oó]|regi[oó]n|regione|regi[ãa]o|zona|region)${E}[^?.!]{0,20}${B}(?:m[ée]s|m[aá]s|pi[uù]|mais|menys|menos|meno|more|fewer)[ \t]+${TRADE_THINGS}${E}`,
  'u',
);
// (fix53a: a model's context, input and output tokens, "tokens de contexto", "tokens de saída", "tokens d'entrada",
// "finestra di contesto": what a model reads and writes, no credential of ours.)
const OUTPUT_TOKENS =
  /(?<![\p{L}])(?:limit\p{L}*[ \t]+(?:of|de|di|dos|dei|del)[ \t]+(?:the[ \t]+)?tokens|max(?:imum)?[_ \t]*tokens|tokens?[ \t]+limit)(?![\p{L}])[^?]{0,80}|(?:answer|response|respuesta|risposta|resposta|output)[^?]{0,40}(?:cut|cortad|tagliat|truncat|troncat)[^?]{0,40}tokens|(?<![\p{L}])tokens[ \t]+(?:de[ \t]+|di[ \t]+|d['’][ \t]*)(?:contexto|contesto|context|entrada|salida|sa[ií]da|sortida|input|output|ingresso|uscita)(?![\p{L}])|(?<![\p{L}])(?:ventana|janela|finestra)[ \t]+(?:de|di)[ \t]+(?:contexto|contesto|context)(?![\p{L}])/u;
const OUTPUT_WORDS =
  /answer|response|respuesta|risposta|resposta|output|cut|cortad|tagliat|truncat|troncat|contexto|contesto|context|entrada|salida|sa[ií]da|sortida|input|ingresso|uscita/;
/** A change put off until something ends: "aspettiamo a ruotare … finché", "esperem com a rotação … até ao fecho". */
const PUT_OFF = new RegExp(
  String.raw`${B}(?:aspettiamo|aspettate|esperemos|esperad|esperem|esperamos|esperen|esperar)[ \t]+(?:a|com|con|amb|per|para|ad)[ \t]+(?:[\p{L}]+[ \t]+){0,2}?(?:ruot|rot|rod|revoc|revog|cancell|elimin|deprovision|apag|borr)\p{L}*[^?]{0,60}${B}(?:finch[ée]|fino[ \t]+a|hasta|at[ée]|fins|dopo|despu[ée]s|depois|quando|cuando|quan)${E}`,
  'u',
);
/** A request told of another: "X ha detto che ha chiesto …", "X pediu para … mas o diretor disse que não". */
const TOLD_OF_OTHER = new RegExp(
  String.raw`${B}(?:ha[ \t]+detto|ha[ \t]+dicho|dijo|disse|ha[ \t]+dit|diu)[ \t]+(?:che|que)[ \t]+[^.?!]{0,40}${B}(?:ha|hanno|han|havia|hab[ií]a|aveva)[ \t]+(?:chiesto|pedido|demanat|solicitado|richiesto)${E}|` +
    String.raw`${B}(?:pediu|pidi[oó]|ha[ \t]+chiesto|ha[ \t]+demanat|ha[ \t]+pedido)[ \t]+(?:(?:para|di|que|per|de)[ \t]+)?[^.?!]{0,60}${B}(?:mas|pero|ma|per[òo])[ \t]+[^.?!]{0,40}${B}(?:disse[ \t]+que[ \t]+n[ãa]o|dijo[ \t]+que[ \t]+no|ha[ \t]+dicho[ \t]+que[ \t]+no|ha[ \t]+detto[ \t]+(?:di[ \t]+)?no|ha[ \t]+dit[ \t]+que[ \t]+no)${E}`,
  'u',
);
/**
 * The team weighing whether to ask the bot: "dobbiamo chiedere al bot o usiamo …"; fix53a: or whether to ask for a key
 * or use one there is ("¿debemos pedir una clave nueva o usamos la de X?", "hem de demanar una clau o fer servir la
 * del X?").
 */
const ASK_BOT_OR = new RegExp(
  String.raw`${B}(?:dobbiamo|dovremmo|debemos|deber[ií]amos|devemos|dever[ií]amos|hem[ \t]+de|haur[ií]em[ \t]+de|tenemos[ \t]+que|temos[ \t]+(?:de|que))[ \t]+(?:chiedere|pedir|demanar|preguntar)[ \t]+(?:al|ao|a[ \t]+el|a|al[ \t]+nostro)[ \t]+bot[ \t]+(?:o|ou)[ \t]|` +
    String.raw`${B}(?:dobbiamo|dovremmo|debemos|deber[ií]amos|devemos|dever[ií]amos|hem[ \t]+de|haur[ií]em[ \t]+de|tenemos[ \t]+que|temos[ \t]+(?:de|que))[ \t]+(?:chiedere|pedir|demanar|solicitar|sol·licitar)${E}[^?.!]{0,50}${B}(?:o|ou)[ \t]+(?:usar|usare|usamos|usiamo|utilizar|utilizzare|utilizamos|fer[ \t]+servir|fem[ \t]+servir|reutilizar|riusare|riutilizzare|aprovechar|aproveitar)${E}`,
  'u',
);
/** A product's model: "il modello della Panda nuova …" with none of the words of AI models. */
const PRODUCT_MODEL =
  /(?<![\p{L}])(?:modello|modelo|model)[ \t]+(?:della|del|dello|de[ \t]+la|do|da|dell['’])[ \t]+\p{L}/u;
const AI_WORDS =
  /bedrock|claude|llama|titan|nova|mistral|anthropic|cohere|token|chiav|clave|chave|clau|api|prompt|chatbot|embedding|llm|(?<![\p{L}])(?:ia|ai|bot|ml)(?![\p{L}])/u;

/**
 * Whether my request is approved yet ("ho chiesto una chiave …, è già stata approvata?", "¿ya está aprobada mi clave?"):
 * its status, which the bot cannot tell (unknown, as "is my key approved yet?"); not who approves (help, approvals).
 */
const APPROVED_YET = new RegExp(
  String.raw`${B}(?:(?:[èe]|sono)[ \t]+(?:gi[àa][ \t]+)?stat[aoie][ \t]+approvat[aoie]|(?:ya[ \t]+)?(?:est[áa]n?|ha[ \t]+sido|han[ \t]+sido)[ \t]+(?:ya[ \t]+)?aprobad[ao]s?|j[áa][ \t]+(?:foi|foram|est[áa]|est[ãa]o)[ \t]+aprovad[ao]s?|(?:foi|est[áa])[ \t]+aprovad[ao][ \t]+j[áa]|(?:ja[ \t]+)?(?:est[àa]|ha[ \t]+estat)[ \t]+aprovad[ao]|approvat[aoie][ \t]+(?:gi[àa]|ancora)|aprobad[ao]s?[ \t]+ya)${E}`,
  'u',
);
const WHO_APPROVES = /(?<![\p{L}])(?:chi|qui[eé]n|quem|qui|tgi)(?![\p{L}])/u;

/** The keys of a vehicle, a building or a room (not a unit's name: no hyphen or underscore after it). */
const PHYSICAL_KEY = new RegExp(
  String.raw`${B}(?:claus|clau|chaves?|llaves?|chiavi|chiave)[ \t]+(?:de|del|dels|da|do|das|dos|della|dello|delle|dei|di|dell['’])[ \t]*(?:(?:la|el|a|o|l['’]|les|els|las|los|as|os)[ \t]*)?(?:furgoneta|furgo|furg[ãa]o|furgone|carrinha|cotxe|coche|carro|auto|macchina|camioneta|cami[oó]n?|caminh[ãa]o|camion|tractor|trator|trattore|moto|adega|celler|cantina|nave|nau|almac[eé]n|magatzem|armaz[ée]m|magazzino|oficina|escritori|escrit[oó]rio|ufficio|porta|puerta|port[ãa]o|portal|cancello|portone|casa|pis|piso|apartamento|despacho|taquilla|taquilha|armario|arm[aá]rio|armari|armadio|candado|cadeado|lucchetto|caixa|cassaforte|cofre|garaje|garagem|garatge|garage|finca|quinta|cabana|trastero|almazara|lagar|tienda|loja|botiga|negozio|sala|cuarto|quarto|habitaci[oó]n|cuina|cozinha|cocina|bodega)(?![\p{L}\p{N}_-])`,
  'u',
);
/** Our words beside such a key make it ours: a verb of ours, a credential's kind, the bot or AWS. */
const OURS_BESIDE_KEY =
  /(?<![\p{L}])(?:rot\p{L}*|revo\p{L}*|revog\p{L}*|desactiv\p{L}*|desativ\p{L}*|disattiv\p{L}*|borr\p{L}*|apag\p{L}*|elimin\p{L}*|esborr\p{L}*|cri[ae]\p{L}*|cre[ae]\p{L}*|gera\p{L}*|api|tokens?|bedrock|aws|access|iam|bot|unit|unidad|unidade|unitat|equipo|equipa|team)(?![\p{L}])/u;

/** The cheap test: a word of one of the kinds. */
const WORDS =
  /cla[uv]|chav|pedir|demanar|chied|solicit|chiav|llav|st[oó]r|ist[oóò]r|approv|aprov|aprueb|aprob|gast|spes|despes|carta|tarjeta|cart[ãa]o|targeta|multibanco|banc|regi|zona|tokens|aspett|esper|detto|dicho|dijo|disse|dit|diu|pediu|pidi|chiesto|demanat|pedido|bot|modell?o/u;

/** Why this everyday talk asks nothing of the bot, or null (lowercased text). */
export function romanceEverydayTold(lower: string): string | null {
  if (lower.length > 500 || !WORDS.test(lower)) return null;
  if (HISTORY_OF_TRADE.test(lower)) return "a history of the trade's things";
  if (APPROVED_YET.test(lower) && !WHO_APPROVES.test(lower)) return "a request's approval asked about";
  if (APPROVAL_OF_TRADE.test(lower) && !CREDENTIAL_WORD.test(lower))
    return "an approval of the trade's things";
  if (SPEND_OF_TRADE.test(lower) && !OUR_SPEND.test(lower)) return "spending on the trade's things";
  if (CARD.test(lower) && !TEAM_NOUN.test(lower)) return 'a bank card, no credential';
  if (SALES_REGION.test(lower)) return 'sales regions weighed';
  if (OUTPUT_WORDS.test(lower) && OUTPUT_TOKENS.test(lower)) return "a model's output tokens";
  if (PUT_OFF.test(lower)) return 'a change put off';
  if (TOLD_OF_OTHER.test(lower)) return 'a request told of another';
  if (ASK_BOT_OR.test(lower)) return 'the team weighing whether to ask the bot';
  if (PRODUCT_MODEL.test(lower) && !AI_WORDS.test(lower)) return "a product's model";
  if (PHYSICAL_KEY.test(lower) && !OURS_BESIDE_KEY.test(lower)) return "a lock's key, no credential";
  return null;
}
