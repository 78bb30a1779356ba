/**
 * fix48e: kinds of message the rules had left to the classifier's lean, which round forty-eight's retrain moved to a
 * request or a question for the bot. Each asks nothing of the bot (`unknown`), whatever words of ours it holds. Read
 * on the message as typed (lowercased); each a cheap word test first, then one pattern.
 */

/**
 * The team weighing a key from the bot against one it has or borrows ("Menu-planner: bot key or keep borrowing
 * Antoine's? he's back Monday", "should we ask the bot or just share ours?", Thai "ควรถามบอทหรือใช้ key ของทีมเรา",
 * should we ask the bot or use our team's key): theirs to settle (README "Help or unknown"), never a request.
 */
const BOT_OR_OURS =
  /\b(?:ask(?:ing)?\s+(?:the\s+)?bot|(?:a\s+|the\s+)?bot(?:['’]s)?\s+(?:key|token))\s+or\s+(?:just\s+|keep\s+|still\s+)*(?:shar|borrow|us|reus)\w*\b|ถามบอท\s*หรือ/;

/**
 * Our word in brackets glossing another thing's name ("a moeda do jogo (token) vai mudar de nome na 4.2", the game's
 * coin (token) will be renamed in 4.2; Turkish "yemekhane fişleri (token) bitti", the canteen chits ran out): the
 * thing before the brackets is what is meant, no credential; not with a lifetime or a plea ("a login (token) for 2h
 * please" asks).
 */
const TOKEN_GLOSS = /[\p{L}]{3,}\s*\(\s*tokens?\s*\)/u;
const GLOSS_ASKS =
  /\b\d+\s*(?:h|hrs?|hours?|min|mins|minutes?)\b|\b(?:please|pls|plz|need|give|can\s+i|could\s+i|bedrock|api|aws)\b/;

/**
 * A model of a device, not of AI (Thai "ทีม QA ขอ model มือถือที่ใช้ทดสอบเกม", QA asks for phone models to test the
 * game on; Indonesian "model mobil yang boleh buat GerakCar", the car models allowed): the device's make, no question
 * about our models.
 */
const DEVICE_MODEL = /\bmodel\s*(?:มือถือ|โทรศัพท์|รถ)|\bmodel\s+(?:hp|handphone|mobil|motor)\b/;

/**
 * People's accounts on another system, Indonesian ("revoke akun driver yang pakai GPS palsu", revoke the driver
 * accounts using fake GPS; "akun pengguna", "akun mitra"): the platform's users blocked, no key of ours.
 */
const PEOPLES_ACCOUNTS =
  /\bakun\s+(?:driver|drivers|pengguna|user|users|mitra|customer|pelanggan|merchant|penjual|pembeli|ojol|kurir)\b/;
const OUR_CREDENTIAL = /\b(?:keys?|tokens?|kunci|credentials?|bedrock)\b/;

/**
 * A unit kept, told ("franchise-portal stays!! the new franchisee is taking it over, nobody close it down"): the unit
 * opens the text and stays, or no one is to close it down; nothing asked ("aviation-wx stays, just revoke the key it
 * has" asks the change after "just").
 */
const UNIT_STAYS = /^\W*[a-z][\w.-]*\s+stays\b/;
const NOBODY_CLOSES =
  /\b(?:nobody|no\s+one|noone|don['’]?t|do\s+not)\s+(?:close|shut|kill|turn|take)\s+(?:it|this|that|them)\s+(?:down|off)\b/;
const STILL_ASKED = /\b(?:just|only|but|please|pls|instead)\b|\?/;

/** One of our commands or the bot named: "what does rotate do? is it like the shift rotation?" asks its help. */
const OUR_COMMAND = /\b(?:rotate|revoke|deprovision|bot|command)\b/;
/**
 * A rota of people ("was the standup rotation changed? when?", "the on-call rotation moved to Tuesdays", "who's next in
 * the cleaning rotation?"): whose turn it is, no key rotated and none asked about (history records our keys' changes).
 */
const ROTA =
  /\b(?:stand-?up|on-?call|duty|shift|cleaning|lunch|coffee|support|meeting|pager|host|chair|dishes|kitchen|rota)\s+rotations?\b/;

/**
 * A price of goods told ("cost per unit of the mugs is 4 pounds", "price per box of the gloves is 12 euros now"): what
 * a thing costs to buy, no spend of ours asked (not with a question or a word of ours: "cost per unit for bedrock?").
 */
const PRICE_TOLD =
  /\b(?:cost|price)\s+per\s+(?:unit|item|piece|box|kg|case|pack|bottle|crate|pallet)\s+(?:of|for)\s+[^?\n]{1,40}?\b(?:is|are|was|were)\s+(?:now\s+|about\s+|around\s+|still\s+)*[£$€]?\d/;
const OURS_PRICED =
  /\?|\b(?:bedrock|aws|tokens?|models?|claude|llm|ai|api|keys?|spend|spent|units?\s+of\s+(?:the\s+)?bot)\b/;

/** Why the text asks nothing of the bot, by one of the kinds above, or null. */
export function othersThingTold(lower: string): string | null {
  if ((lower.includes('bot') || lower.includes('บอท')) && BOT_OR_OURS.test(lower))
    return 'the team weighing the bot against their own key';
  if (lower.includes('(token') && TOKEN_GLOSS.test(lower) && !GLOSS_ASKS.test(lower))
    return "another thing's name glossed as a token";
  if (lower.includes('model') && DEVICE_MODEL.test(lower)) return 'a model of a device';
  if (
    lower.includes('rotation') &&
    ROTA.test(lower) &&
    !OUR_CREDENTIAL.test(lower) &&
    !OUR_COMMAND.test(lower)
  )
    return 'a rota of people';
  if (lower.includes(' per ') && PRICE_TOLD.test(lower) && !OURS_PRICED.test(lower))
    return 'a price of goods told';
  if (lower.includes('akun') && PEOPLES_ACCOUNTS.test(lower) && !OUR_CREDENTIAL.test(lower))
    return "people's accounts on another system";
  if (
    (lower.includes('stays') || lower.includes('down') || lower.includes('off')) &&
    (UNIT_STAYS.test(lower) || NOBODY_CLOSES.test(lower)) &&
    !STILL_ASKED.test(lower)
  )
    return 'a unit kept, told';
  return null;
}
