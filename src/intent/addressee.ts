/**
 * Whom a message that opens with a mention is put to (round sixteen; README "Help or unknown").
 *
 * The parser alone takes a leading mention for the bot's (the corpus uses many bot IDs): it cannot
 * tell "<@U02B7XW4L> can you revoke the payments key?" put to a colleague from the same put to the bot.
 * The Slack app knows the bot's user ID and passes it (ParseOptions.botUserId): then a message whose
 * leading mention is another user's is put to that person (unknown), unless the bot is spoken to as
 * well ("<@alice> fyi — <@bot> revoke the payments key"); "cc <@bot>" or the bot's mention at the end
 * only copies the bot. Without the ID, what only a person is asked by someone away from their
 * machine ("<@U…> I'm on my phone in a cab, can you revoke the payments key?") is put to a person: the
 * writer asks them to do it for them (prepare.ts's TO_A_PERSON holds the other such words).
 */
import { PERSON_SUBJECT } from './slack-text.js';

/** A mention at the start, or after a greeting. */
const LEADING =
  /^\s*(?:(?:hey|hi|hello|hiya|yo|ok|okay|morning|good\s+morning)[\s,!]+)?<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/i;

/** Before a mention that copies the bot: "cc <@bot>", "fyi <@bot>", "+ <@bot>", "(<@bot>". */
const COPIED_AFTER = /(?:\b(?:cc|bcc|fyi|looping\s+in|loop\s+in|adding|tagging)|[+(/])[\s:,]*$/i;
/** Before a mention that speaks to the bot: the start, another mention, a clause's end or opening word. */
const SPOKEN_AFTER =
  /(?:^|[.,!?;:—–\n-]|<@[^>]+>|\b(?:and|then|so|ok|okay|hey|hi|hello|also|now|but|or|yo|please|pls))\s*$/i;

/** Whether the bot's mention (other than the leading one) speaks to it, not only copies it. */
function botSpokenTo(text: string, bot: string, from: number): boolean {
  const mention = new RegExp(String.raw`<@${bot}(?:\|[^>]*)?>`, 'g');
  mention.lastIndex = from;
  for (let m = mention.exec(text); m !== null; m = mention.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length);
    // ("… cc <@bot>", "… thanks <@bot>": nothing said to it after its mention.)
    if (!/[a-z0-9]/i.test(after) || COPIED_AFTER.test(before)) continue;
    if (SPOKEN_AFTER.test(before)) return true;
  }
  return false;
}

/**
 * Whom a text that opens with a mention addresses, when the bot's user ID is known: 'bot', 'another'
 * (a colleague, the bot not spoken to), or null (no leading mention, a mention as the subject, or no
 * ID to tell).
 */
export function leadingAddressee(text: string, botUserId: string | undefined): 'bot' | 'another' | null {
  if (botUserId === undefined || !text.includes('<@')) return null;
  const m = LEADING.exec(text);
  if (m === null || PERSON_SUBJECT.test(text)) return null;
  if (m[1] === botUserId) return 'bot';
  return botSpokenTo(text, botUserId, m[0].length) ? 'bot' : 'another';
}

/**
 * Away from one's machine: "I'm on my phone", "in a cab", "driving", "away from my laptop", "my laptop died" (round
 * twenty-four); in a hurried thread's shorthand, "phone only", "only have my phone", "i'm locked out of my laptop"
 * (fixthreads29); on the floor of a plant or on a round, "I'm on the van", "I'm stuck in the Bristol plant all
 * day", ", no laptop" (fixfollowups30); round thirty-three: on a jeepney, a tricycle, a ferry or a scooter, and a phone
 * with "2% battery" or "dying"; fix34a (tuned-met): hands that cannot type, "my hands are frozen", "gloves on"; fix35c:
 * a laptop "getting reimaged", "being wiped".
 */
const ON_THE_GO =
  /\bmy\s+hands\s+(?:are|r)\s+(?:(?:too|so|completely|totally)\s+)?(?:frozen|freezing|numb|full|covered|greasy|filthy)\b|\b(?:my\s+|i\s+have\s+(?:my\s+)?|i'?ve\s+got\s+(?:my\s+)?)gloves\s+on\b|\b(?:i'?m|i\s+am|im)\s+(?:(?:stuck|currently|still|only|just|literally|now)\s+)?(?:on\s+(?:my\s+)?(?:phone|mobile|cell|ipad|tablet)|on\s+mobile|in\s+(?:a|an|the|my)\s+(?:cab|taxi|uber|lyft|car|train|plane|airport|jeepney|tricycle|rickshaw|tuk-?tuk|grab)|on\s+(?:the|a)\s+(?:road|train|go|bus|plane|flight|tube|subway|jeepney|jeep|tram|ferry|boat|bike|scooter|motorbike|tricycle|metro|rickshaw|tuk-?tuk)|driving|commuting|boarding|away\s+from\s+(?:my\s+)?(?:laptop|desk|computer|pc|keyboard|machine)|not\s+(?:at|near)\s+(?:my\s+)?(?:laptop|desk|computer|pc|machine)|without\s+(?:my\s+)?(?:laptop|computer|machine)|afk)\b|\b(?:i'?m|i\s+am|im)\s+(?:[a-z]+\s+){1,4}?(?:without|away\s+from|with\s+no)\s+(?:a\s+|my\s+)?(?:laptop|computer|pc|machine|desk)\b|\bmy\s+(?:laptop|computer|pc|machine|mac|macbook)(?:'s|\s+(?:is|has|just))?\s+(?:died|dead|crashed|broke|broken|bricked|frozen|froze|out\s+of\s+battery|won'?t\s+(?:boot|start|turn\s+on)|is\s+in\s+(?:for\s+)?repair|(?:is\s+)?(?:at|with)\s+(?:it|the\s+(?:it\s+)?(?:helpdesk|help\s+desk|service\s+desk|repair\s+shop))|(?:getting|being)\s+(?:re-?imaged|wiped|reinstalled|repaired|rebuilt|replaced))\b|\b(?:phone|mobile)[\s-]+only\b(?![\s-]+(?:apps?|version|site|build|users?|flow|features?|customers?|view|mode)\b)|\bonly\s+(?:(?:have|got|with)\s+)?(?:my\s+|a\s+)?(?:phone|mobile)\b|\bwith\s+just\s+(?:my|a)\s+(?:phone|mobile)\b|\b(?:i'?m|i\s+am|im)\s+(?:[a-z]+\s+)?locked\s+out\s+(?:of|on|from)\s+(?:my\s+)?(?:laptop|computer|pc|machine|mac|macbook)\b|\b(?:i'?m|i\s+am|im)\s+(?:(?:stuck|still|out)\s+)?(?:on\s+(?:the|a|my)\s+(?:van|lorry|truck|shop\s+floor)|(?:stuck|out)\s+(?:in|at|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:plant|depot|warehouse|factory|site|yard|mill|floor))\b|[,.;:—–-]\s*no\s+(?:laptop|computer|pc)\b|\b(?:with|on|at)\s+(?:only\s+|like\s+)?\d{1,2}\s*%\s+(?:battery|batt)\b|\b(?:my\s+)?(?:phone|battery)\s+(?:is\s+)?(?:dying|about\s+to\s+die|almost\s+dead|at\s+\d{1,2}\s*%)/i;
/**
 * fix38c, tuned-pension and tuned-shipyard: the machine left elsewhere or typing out of reach, "laptop's in the
 * meeting room", "I left my laptop at home", "with gloves on, can't type": as ON_THE_GO, the writer cannot do it.
 */
const CANNOT_TYPE =
  /\b(?:laptop|computer|pc|mac|macbook)(?:['’]s|\s+is)\s+(?:still\s+)?(?:in|at|back\s+(?:in|at)|upstairs|downstairs)\s+(?:the|my|home|a)\b|\bleft\s+(?:my\s+)?(?:laptop|computer|pc|mac|macbook)\s+(?:in|at|on|back)\b|\bwith\s+(?:my\s+)?gloves\s+on\b|\b(?:can['’]?t|cannot|can\s+not|unable\s+to)\s+type\b/i;
/** Whether the text says its writer is away from their machine (ON_THE_GO and CANNOT_TYPE above). */
export function onTheGo(text: string): boolean {
  return ON_THE_GO.test(text) || CANNOT_TYPE.test(text);
}
/**
 * The one mentioned asked to do it: "can you", "could u", "would you mind", "when you can", "when you get
 * a sec", "when you've a minute" (what one asks a person, never the bot, which answers at once).
 */
const YOU_ASKED =
  /\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:mind|able\s+to)\b|\bwhen\s+(?:you|u)\s*(?:can\b|get\s+a|have\s+a|'ve\s+(?:got\s+)?a\b)/i;

/**
 * fix49g, tuned-styles-anglo: the one mentioned said to own what they are asked to change ("<@U…> can you revoke the
 * ad-copy-gen key? you own it right", "… you're the owner", "… it's yours"): the owner is asked, not the bot, which
 * owns nothing.
 */
const YOU_OWN =
  /\b(?:you|u)\s+own\s+(?:it|that|this|them|the)\b|\b(?:you['’]?re|you\s+are|ur)\s+(?:the\s+)?owner\b|\bit['’]?s\s+yours\b/i;

/**
 * fix59-quiet: the writer about to leave or held where they stand ("i'm off in 10", "I'm heading out in 5", "I'm stuck
 * at the Candy Town till"), or unsure they may do it ("I'm not sure I'm allowed", "I don't think I'm allowed"): what
 * one says to a person asked to act for one, as ON_THE_GO and NO_RIGHTS are.
 */
const CANNOT_ACT_NOW =
  /\b(?:i['’]?m|i\s+am|im)\s+(?:off|out|leaving|heading\s+out|logging\s+off|gone|offline)\s+in\s+(?:\d{1,3}|a\s+(?:few|sec|min|minute|bit))\b|\b(?:i['’]?m|i\s+am|im)\s+(?:stuck|tied\s+up)\s+(?:at|on|behind)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:till|tills|counter|desk|register|reception|bar|kiosk|checkout|front\s+desk)\b|\b(?:i['’]?m|i\s+am|im)\s+not\s+(?:sure\s+(?:if\s+|whether\s+)?(?:i['’]?m|i\s+am|im)\s+|)allowed\b|\bi\s+don['’]?t\s+think\s+(?:i['’]?m|i\s+am|im)\s+allowed\b/i;

/**
 * Without the bot's ID: a leading mention asked, by someone away from their machine, to do something
 * ("<@U…> can you revoke the payments key? I'm on my phone in a cab"): put to a person.
 */
export function askedOfPersonOnTheGo(text: string): boolean {
  if (!text.includes('<@') || !LEADING.test(text) || PERSON_SUBJECT.test(text)) return false;
  if ((onTheGo(text) && YOU_ASKED.test(text)) || (TRAVELLING.test(text) && PLEASE.test(text))) return true;
  if (text.includes('you') && YOU_OWN.test(text) && YOU_ASKED.test(text)) return true;
  if (CANNOT_ACT_NOW.test(text) && YOU_ASKED.test(text)) return true;
  if (SPARE_MOMENT_ABROAD.test(text) && YOU_ASKED_ABROAD.test(text)) return true;
  if (NO_RIGHTS.test(text) && (YOU_ASKED.test(text) || YOU_ASKED_ABROAD.test(text))) return true;
  if (TIED_UP_ABROAD.test(text) && (YOU_ASKED_ABROAD.test(text) || YOU_ASKED.test(text))) return true;
  if (HAN_TIED_UP.test(text) && HAN_YOU_ASKED.test(text)) return true;
  if (CJK_LETTER.test(text) && CJK_AWAY.test(text) && CJK_YOU_ASKED.test(text)) return true;
  return AWAY_ABROAD.test(text) && (YOU_ASKED_ABROAD.test(text) || YOU_ASKED.test(text));
}

/**
 * fix38d, tuned-styles-northern: "when you have time", said in another language after "can you" to a leading mention
 * ("<@U…> kan du rotere nøkkelen til x når du har tid?", "… när du har tid", "… wenn du Zeit hast", "… als je tijd
 * hebt", "… kun ehdit"; fix49c, Turkish "… revoke eder misin müsait olunca?"): a colleague's spare moment, as "when you get a sec" is (prepare.ts's TO_A_PERSON); the bot
 * answers at once.
 */
const SPARE_MOMENT_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:n(?:å|a|aa|ä)r\s+(?:du|ni)\s+(?:har|f(?:å|a)r)\s+(?:tid|en\s+stund|et\s+(?:øjeblik|øyeblikk))|wenn\s+(?:du|sie)\s+(?:mal\s+)?(?:zeit|kurz\s+zeit)\s+(?:hast|haben)|als\s+(?:je|jij|u)\s+(?:even\s+)?tijd\s+(?:hebt|heeft|heb)|kun\s+(?:ehdit|ehditte|kerkeät|kerkeat)|m(?:ü|u)sait\s+(?:olunca|oldu(?:ğ|g)unda)|vaktin\s+olunca)(?![\p{L}\p{N}])`,
  'iu',
);

/** Not a letter of any script after a word (`\b` knows only ASCII: "pociągu", "ônibus"). */
const END = String.raw`(?![\p{L}\p{N}])`;
/**
 * fix49e, tuned-styles-slavic: the writer lacks the rights or the access, in Czech and Slovak ("já nemám práva",
 * "nemám prístup"), Serbian and Croatian ("nemam prava"), Polish ("nie mam uprawnień"), Ukrainian, Russian and
 * Bulgarian ("у мене немає прав", "у меня нет доступа", "аз нямам достъп") and Romanian ("nu am drepturi").
 */
export const SLAVIC_NO_RIGHTS = String.raw`(?:j[aá]\s+)?nem[aá]m\s+(?:pr[aá]va|pr[aá]vo|p[rř][ií]stup|ovlasti|ovla[sš]tenja|dozvol[ue])|nie\s+mam\s+(?:uprawnie[nń]|dost[eę]pu)|(?:у\s+мене\s+)?нема(?:є)?\s+(?:прав|доступу)|(?:у\s+меня\s+)?нет\s+(?:прав|доступа)|(?:аз\s+)?нямам\s+(?:права|достъп)|(?:ja\s+)?немам\s+(?:права|приступ)|nu\s+am\s+(?:drepturi|acces|permisiuni)`;
/**
 * fix39b, tuned-auction: the writer lacks the rights, said after asking the one mentioned ("<@U…> can you revoke the
 * x key? I don't have the rights", "… tu peux révoquer la clé de x ? je n'ai pas les droits", "… ich habe keine
 * Rechte", "… no tengo permisos"): that person, who has them, is asked, not the bot. (fix45d, tuned-styles-nusantara:
 * and Indonesian "… ga? aku gak punya akses", I don't have access.)
 */
const NO_RIGHTS = new RegExp(
  String.raw`\?\s*(?:(?:i|we)\s+(?:don['’]?t|do\s+not)\s+have\s+(?:the\s+)?(?:rights?|permissions?|access|perms)|(?:i|we)\s+(?:have|got)\s+no\s+(?:rights?|permissions?|perms)|je\s+n['’]ai\s+pas\s+(?:les\s+)?(?:droits|permissions|acc[eè]s)|(?:ich\s+habe|wir\s+haben)\s+keine\s+(?:rechte|berechtigung(?:en)?)|no\s+tengo\s+(?:los\s+)?(?:permisos|derechos)|(?:eu\s+)?n[aã]o\s+tenho\s+(?:as\s+)?(?:permiss[oõ]es|direitos)|(?:aku|saya|sy|gw|gue)\s+(?:gak|ga|nggak|tidak|tak|x)\s+(?:punya|ada)\s+(?:akses|hak\s+akses|access)|${SLAVIC_NO_RIGHTS})${END}`,
  'iu',
);
/**
 * fix38d, tuned-styles-northern: away from one's machine in the Nordic languages and Finnish: "min laptop er død"
 * (my laptop is dead), "jeg er på telefonen", "jag sitter på tåget", "uden/utan min dator", "oon puhelimella" (I'm on
 * the phone), "olen junassa" (I'm on the train), "kone on rikki" (the machine is broken).
 */
const NORDIC_AWAY = String.raw`(?:min|mit)\s+(?:laptop|computer|pc|dator|bærbare|baerbare|maskin)\s+(?:er|är|ar)\s+(?:død|doed|dod|døde|död|dod|i\s+stykker|sönder|sonder|trasig|på\s+service|hos\s+it)|(?:jeg|jag)\s+(?:er|är|sitter|står|star)\s+(?:på|i)\s+(?:telefonen|mobilen|toget|tåget|bussen|taxien|taxin|flyet|flyget|bilen)|(?:uden|uten|utan)\s+(?:min\s+)?(?:laptop|computer|pc|dator|maskin)|(?:oon|olen)\s+(?:puhelimella|kännykällä|kannykalla|junassa|bussissa|taksissa|autossa|lentokoneessa)|(?:kone|läppäri|lappari|tietokone)\s+on\s+(?:rikki|huollossa)`;
/**
 * fixforeign29: away from one's machine, said in another language ("Ich bin im Zug", "estoy en el taxi", "estou
 * no ônibus sem notebook", "je suis dans le train", "sono in treno", "jestem w pociągu", "ik zit in de trein",
 * "lagi di kereta"; round thirty-six, the edtech blind file's one text acted on: Taglish "nasa jeep ako", "walang laptop"):
 * as ON_THE_GO, the writer cannot do it and asks the one mentioned to. (fix45d, tuned-styles-nusantara: and driving,
 * "aku lagi nyetir", Malay "tengah memandu".)
 */
const AWAY_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:ich\s+)?bin\s+(?:(?:gerade|grad|noch|jetzt|nur)\s+)?(?:im\s+(?:zug|auto|taxi|flugzeug|bus|flieger)|unterwegs|am\s+(?:flughafen|bahnhof|handy)|ohne\s+(?:meinen\s+|mein\s+)?(?:laptop|rechner|pc))|(?:estoy|voy)\s+(?:(?:ahora|todav[ií]a)\s+)?(?:en\s+(?:el|un)\s+(?:tren|taxi|coche|carro|avi[oó]n|autob[uú]s|bus|metro|aeropuerto|uber)|sin\s+(?:mi\s+)?(?:laptop|port[aá]til|ordenador|computadora|compu))|(?:estou|t[oô])\s+(?:(?:agora|ainda)\s+)?(?:(?:no|num|na|numa)\s+(?:trem|[oô]nibus|t[aá]xi|uber|carro|avi[aã]o|metr[oô]|aeroporto)|sem\s+(?:o\s+|meu\s+)?(?:notebook|laptop|computador|pc))|je\s+suis\s+(?:(?:dans\s+(?:le|un)|en)\s+(?:train|taxi|voiture|avion|bus|m[ée]tro)|[àa]\s+l['’]a[ée]roport|sans\s+(?:mon\s+)?(?:ordi|ordinateur|pc|laptop))|sono\s+(?:(?:in|sul|sull['’])\s*(?:treno|taxi|macchina|aereo|autobus|metro)|senza\s+(?:il\s+)?(?:pc|portatile|computer))|jestem\s+(?:w\s+(?:poci[aą]gu|taks[oó]wce|samochodzie|autobusie|samolocie|drodze|tramwaju|metrze)|bez\s+(?:laptopa|komputera))|ik\s+(?:zit|ben)\s+(?:in\s+(?:de|een)\s+(?:trein|taxi|auto|bus)|onderweg|zonder\s+(?:mijn\s+)?laptop)|(?:lagi|sedang)\s+di\s+(?:kereta|taksi|taxi|mobil|jalan|pesawat|bandara)|(?:lagi|lg|sedang|tengah)\s+(?:nyetir|menyetir|memandu)|nasa\s+(?:jeep|jeepney|tricycle|trike|bus|tren|train|mrt|lrt|grab|taxi|barko|ferry|byahe|biyahe)|wala(?:ng|\s+akong)\s+(?:laptop|computer|pc)|${NORDIC_AWAY})${END}`,
  'iu',
);
/**
 * fix40c, tuned-genomics: the writer tied up at work, said in another language after asking the one mentioned
 * ("<@U…> kannst du den x Key rotieren? Ich bin im Labor", "… je suis en réunion", "… estoy en el laboratorio",
 * "… sono in riunione", "… ik zit in een vergadering"): as tied-up.ts's English "I'm in the lab", the writer
 * cannot do it now and asks that person, not the bot.
 */
const TIED_UP_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:ich\s+)?bin\s+(?:(?:gerade|grad|noch|jetzt)\s+)?(?:im\s+(?:labor|meeting|termin|op|reinraum|k[üu]hlraum|lager)|in\s+(?:einer|der)\s+(?:besprechung|sitzung|vorlesung|werkstatt)|in\s+einem\s+(?:meeting|termin)|auf\s+der\s+baustelle)|je\s+suis\s+(?:au\s+(?:labo|laboratoire|bloc)|en\s+(?:r[ée]union|salle\s+blanche))|estoy\s+en\s+(?:el\s+(?:laboratorio|lab|quir[óo]fano)|una\s+reuni[óo]n|reuni[óo]n)|estou\s+(?:no\s+laborat[óo]rio|em\s+reuni[ãa]o)|sono\s+in\s+(?:laboratorio|riunione)|ik\s+zit\s+in\s+(?:het\s+lab|een\s+(?:vergadering|meeting)))${END}`,
  'iu',
);
/**
 * fix40c, tuned-genomics: the same in Chinese, "我在冷库" (I'm in the cold store), "我在实验室" (in the lab), "我在开会" (in a
 * meeting), "我在现场" (on site), after asking the one mentioned "你能", "你可以", "能不能", "麻烦你" (can you, please).
 */
const HAN_TIED_UP =
  /我(?:现在|現在|正)?在(?:冷库|冷庫|实验室|實驗室|开会|開會|会议|會議|现场|現場|手术|手術|机房|機房|仓库|倉庫)/;
const HAN_YOU_ASKED = /你(?:能|可以|可不可以|能不能)|麻烦你|麻煩你/;
/**
 * fix48c, tuned-webtoon: the writer away from a machine or without the rights, said in Japanese or Chinese after
 * asking the one mentioned ("<@U…> 東京リージョンのトークン、取ってもらえますか？今スマホしかなくて…" could you get it, I
 * only have my phone; "<@U…> 可以幫我 revoke x 的 key 嗎？我在高鐵上" could you revoke it for me, I'm on the high-speed
 * train; "… 私まだ権限ないので", "… 我沒有權限" I have no rights yet): that person is asked, not the bot.
 */
const CJK_LETTER = /[\u3040-\u30ff\u3400-\u9fff]/;
const CJK_AWAY =
  /スマホしか|スマホから|携帯しか|携帯から|電車|移動中|外出中|権限(?:が|は)?(?:ない|なくて|ありません)|手[機机](?:不方便|而已)|我在(?:高[鐵铁]|捷[運运]|地[鐵铁]|[車车]上|火[車车]|飛機|飞机|路上)|(?:沒有|没有|沒|没)(?:權限|权限)/;
const CJK_YOU_ASKED =
  /もらえますか|もらえませんか|いただけますか|いただけませんか|お願いできますか|可以(?:幫|帮)我|你(?:能|可以|可不可以|能不能)|麻[烦煩]你/;
/**
 * fix49e, tuned-styles-slavic: "can you" and "will you" in Czech and Slovak ("Petra, můžeš prosím vytvořit klíč …",
 * "mohl bys …", "môžeš …"), Serbian and Croatian ("možeš li …"), Ukrainian, Russian and Bulgarian in Cyrillic
 * ("можеш …", "можешь …", "можете ли …", "могли бы …"), Romanian ("poți …", "ai putea …") and Polish "will you do"
 * ("zrobisz token dla mnie …?"): what one asks a person (Polish "możesz", "mógłbyś" are above).
 */
const SLAVIC_YOU_ASKED = String.raw`m[uů][zž]e[sš]|m[uů][zž]ete|m[oô][zž]e[sš]|m[oô][zž]ete|mo[zž]e[sš]|mo[zž]ete|mohl[ai]?\s+by(?:s|ste|\s+si)|mohol\s+by\s+si|zrobisz|zrobicie|можеш|можешь|можете|могли\s+б(?:ы)?|міг\s+би|могла\s+б(?:и|ы)?|po[tțţ]i|pute[tțţ]i|ai\s+putea|a[tțţ]i\s+putea`;
/**
 * The one mentioned asked to do it, in another language: "kannst du", "könnten Sie", "¿puedes", "você pode",
 * "tu peux", "pourrais-tu", "puoi", "możesz", "kun je", "bisa tolong"; Taglish "paki-rotate", "pa-revoke", "pwede mo".
 */
const YOU_ASKED_ABROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:eder|yapar|edebilir|yapabilir|al(?:ı|i)r|verir|olu(?:ş|s)turur|a(?:ç|c)ar|siler|yeniler)\s*m(?:i|ı)s(?:i|ı)n(?:iz)?|kannst|k[öo]nntest|koenntest|k[öo]nnten\s+sie|k[öo]nnen\s+sie|puedes|podr[ií]as|puede\s+usted|(?:voc[eê]|vc|tu)\s+(?:pode|poderia|consegue)|podes|poderia|(?:tu|vous)\s+(?:peux|pourrais|pouvez|pourriez)|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|puoi|potresti|mo[zż]esz|mog[lł](?:by[sś]|aby[sś])|kun\s+(?:je|jij)|kan\s+(?:je|jij)|kunt\s+u|(?:kan|kunne|kunde|skulle)\s+(?:du|ni)|voi(?:si)?tko|voi(?:si)?tteko|chasch|ch(?:ö|o)nntsch|ch(?:ö|o)ntsch|zou\s+(?:je|jij)|bisa\s+tolong|tolong|pa(?:ki)?-?(?:create|gawa|gawan|rotate|revoke|delete|renew|reset|generate|deprovision|bura|tanggal|palit)|pu?wede\s+(?:mo|ba|po)|${SLAVIC_YOU_ASKED})${END}`,
  'iu',
);
/**
 * (round twenty-six) On the way somewhere, with a "please" ("<@U…> pls create key for defect-triage-v3, I'm on my
 * phone in taxi to airport", "<@U…> new key for ledger-sync pls, I'm on the train without my laptop"): the one
 * mentioned is asked to do it for the traveller. Only on one's phone ("<@bot> token for 3h please, I'm on my
 * phone") one still asks the bot.
 */
const TRAVELLING =
  /\b(?:i'?m|i\s+am|im)\s+(?:(?:stuck|currently|still|just|now)\s+)?(?:on\s+(?:my\s+)?(?:phone|mobile)\s+)?(?:in\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:taxi|cab|uber|lyft|car|train|plane)|on\s+(?:the|a)\s+(?:road|train|bus|plane|flight|tube)|at\s+the\s+(?:airport|gate|station)|(?:driving|boarding)(?=\s*(?:$|[,.;:!?)—–-]|(?:rn|now|atm|home|back|to|so)\b)))/i;
const PLEASE = /\b(?:pls|please|plz|pleae|plis)\b/i;

/**
 * dev26b: a task only a person takes on, asked right after the leading mention ("<@U…> can you own the
 * Bedrock cost report going forward?", "<@U…> could you put together a list of which teams would want keys
 * next quarter?", "… take over the rotation runbook"): an ownership or a piece of work, never a command of
 * the bot, which issues, shows and changes credentials and answers at once.
 */
const PERSONS_TASK =
  /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|maybe\s+)?(?:own|take\s+over|take\s+ownership\s+of|put\s+together|pull\s+together|draft|write\s+up|present|coordinate|chase|follow\s+up\s+on|organi[sz]e|lead)\b/i;

/** Without the bot's ID: a leading mention asked to take on a person's task. */
export function askedPersonsTask(text: string): boolean {
  return text.includes('<@') && PERSONS_TASK.test(text);
}

/**
 * notours28: a thing told as the writer believes it, then a mention after the clause asked to look into it ("I
 * think the tx-explainer key expires next week, <@U…> can you double check and handle it?", "looks like the ads
 * key leaked. <@U…> could you sort it?"): the one mentioned is asked to check and act, a person's part; the bot
 * checks nothing on request and is not spoken to by "I think …".
 */
const TOLD_AS_BELIEVED =
  /^\s*(?:(?:hey|hi|so|ok|okay|fyi|heads\s+up)[\s,:!-]+)?(?:i\s+think|i\s+believe|i\s+guess|looks\s+like|seems\s+like|it\s+seems|apparently|pretty\s+sure|not\s+sure\s+but)\b/i;
const MENTION_ASKED_AFTER =
  /(?:[,.;:!?—–]|\s-)\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|maybe\s+)?(?:double[\s-]?check|check|verify|confirm|look\s+into|have\s+a\s+look|take\s+a\s+look|handle|sort|take\s+care\s+of|deal\s+with)\b/i;

/** Without the bot's ID: a belief told, then a mention after it asked to check or handle it. */
export function askedPersonAfterBelief(text: string): boolean {
  return text.includes('<@') && TOLD_AS_BELIEVED.test(text) && MENTION_ASKED_AFTER.test(text);
}

/** A mention copied after the first: "cc <@U…>", "fyi: <@U…>", "looping in <@U…>". */
const COPIED_MENTION = /(?:\b(?:cc|bcc|fyi|looping\s+in|loop\s+in|adding|tagging)|\+)[\s:,]*<@[UW][A-Z0-9]+/i;
/** A mention copied with its marker after it: "<@U…> fyi", "<@U…> for visibility", "<@U…> (fyi)". */
const COPY_MARKED_AFTER =
  /<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s:,(-]*(?:fyi|cc|for\s+(?:visibility|awareness|context|your\s+info)|as\s+fyi|heads\s+up)\b/i;

/**
 * Without the bot's ID: a leading mention asked to do something ("can you", "could u") while another
 * mention is copied ("<@U…> can you revoke the aml key? cc <@U…>"): the one asked is a person and the
 * one copied the bot, as the README has it ("cc <@bot>" only copies it), so nothing is asked of the bot
 * (round twenty-three; before, it was asked about; the Slack app passes the ID and knows). An order to
 * the first mention with a colleague copied ("<@bot> rotate growth, cc <@U…>") asks no one "can you" and
 * is the bot's.
 */
export function askedWithAnotherCopied(text: string): boolean {
  if (!text.includes('<@')) return false;
  const lead = LEADING.exec(text);
  if (lead === null || PERSON_SUBJECT.test(text)) return false;
  const rest = text.slice(lead[0].length);
  // (fix20a: "can you" counts only before the copy: "<@…> rotate the growth key. cc <@…> can you
  // confirm the deploy?" puts the question to the one copied, the order to the first.)
  const copied = COPIED_MENTION.exec(rest) ?? COPY_MARKED_AFTER.exec(rest);
  return copied !== null && YOU_ASKED.test(rest.slice(0, copied.index));
}

/**
 * acted30: a person asked to do it, in English or another language ("can you", "could u", "kun jij", "kannst du",
 * "¿puedes", "peux-tu", "potresti"): what a name addressed first is asked (not-live-request.ts).
 */
/**
 * fix49e, tuned-styles-slavic: the writer cannot do it, said after the name of the one asked: on leave ("Marko, napravi
 * ti ključ za x, ja sam na godišnjem", make the key yourself, I'm on annual leave; "jsem na dovolené", "jestem na
 * urlopie", "я у відпустці", "sunt în concediu"), without the rights ("… já nemám práva"), or asking it for when the
 * other has a moment ("Олено, створи ключ для x коли будеш мати хвилинку"): that person is asked, not the bot.
 */
const SLAVIC_CANNOT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:ja\s+)?sam\s+na\s+godi[sš]nj(?:em|i)|jsem\s+na\s+dovolen[eé]|som\s+na\s+dovolenke|jestem\s+na\s+urlopie|я\s+(?:у|в)\s+відпустці|я\s+в\s+отпуске|(?:аз\s+)?съм\s+в\s+отпуска|sunt\s+[îi]n\s+concediu|коли\s+будеш\s+мати\s+(?:хвилинку|час)|когда\s+будет\s+(?:минутка|время)|a[žz]\s+bude[sš]\s+m[ií]t\s+[cč]as|jak\s+b[eę]dziesz\s+mia[lł]\s+chwil[eę]|${SLAVIC_NO_RIGHTS})${END}`,
  'iu',
);
/** fix49e: a named person asked in a Slavic language or Romanian, or told the writer cannot do it (SLAVIC_CANNOT). */
export function slavicPersonAsked(text: string): boolean {
  return YOU_ASKED_ABROAD.test(text) || SLAVIC_CANNOT.test(text);
}

export function youAskedAnyLanguage(text: string): boolean {
  return /\b(?:can|could|would|will)\s+(?:you|u|ya)\b/i.test(text) || YOU_ASKED_ABROAD.test(text);
}
