/**
 * fix61 (chatter): a colleague called by name first, set off by a comma, in a script not-live-request.ts's
 * LEADING_NAME does not read (Latin letters only) or with a Japanese term of address, then asked "can you" or "help me"
 * in that language: the request is put to that person, not the bot.
 *  - Greek, the name in the vocative: "Γιώργο, μπορείς να φτιάξεις το key για το x;", "Μαρία, θα μπορούσες να κάνεις
 *    rotate …";
 *  - Chinese, a given name of two or three Han characters or one with 阿/小/老 (the way colleagues are called): "怡婷，
 *    你可以幫我開一個 token 嗎？", "阿明，得閒幫我 revoke 咗 x 條 key 吖" (when you're free, revoke it for me);
 *  - a name with "-san"/"さん"/"くん"/"先輩" and a comma, then asked in Japanese: "Yui-san, 明日 x のキー作ってもらえますか？".
 * Greetings, the channel, "please" and the bot's own names opening a message ("Καλημέρα, μπορείς …", "你好，可以幫我 …",
 * "大家，…", "機器人，幫我 …") are no one's name: the bot is asked.
 */

/** Greek words a message opens with before a comma that name no one: greetings, thanks, "guys", "please", "bot". */
const GREEK_OPENING = new Set(
  (
    'καλημέρα καλημερα καλησπέρα καλησπερα γεια γειά γειάσου γεια σας χαίρετε χαιρετε παιδιά παιδια ευχαριστώ ευχαριστω ' +
    'συγγνώμη συγγνωμη παρακαλώ παρακαλω λοιπόν λοιπον ρε καλά καλα εντάξει ενταξει επείγον επειγον συνάδελφοι ' +
    'συναδελφοι ομάδα ομαδα bot μποτ μπότ αγαπητέ αγαπητε αγαπητοί φίλε φιλε ναι όχι οχι ok οκ'
  ).split(' '),
);
/** A Greek word in Title Case at the start, then a comma: the one called. */
const GREEK_NAME = /^[ \t]*([\u0386-\u038F\u0391-\u03A9][\u03AC-\u03CE]{1,19})[ \t]*,/u;
/** "can you", "could you", "would you" in Greek, said to one person or to several. */
const GREEK_YOU_ASKED =
  /(?<![\p{L}])(?:μπορείς|μπορεις|μπορείτε|μπορειτε|θα\s+μπορούσες|θα\s+μπορουσες|θα\s+μπορούσατε|θα\s+μπορουσατε|γίνεται\s+να\s+μου|σε\s+παρακαλώ|σε\s+παρακαλω)(?![\p{L}])/u;

/** A Han given name: two or three characters, or one or two after 阿/小/老; then a comma of either width or 、. */
const HAN_NAME = /^[ \t]*((?:[阿小老][\u4e00-\u9fff]{1,2})|[\u4e00-\u9fff]{2,3})[ \t]*[，,、]/u;
/** Han words a message opens with before a comma that name no one: greetings, please, everyone, the bot, urgent. */
const HAN_OPENING = new Set(
  (
    '你好 您好 大家好 大家 各位 请问 請問 谢谢 謝謝 多谢 多謝 麻烦 麻煩 唔該 早安 早晨 早上好 晚上好 哈囉 喂 机器人 ' +
    '機器人 急 紧急 緊急 那个 那個 另外 还有 還有 好的 对了 對了 不好意思 抱歉 同事们 同事們 老板 老闆 老师 老師 你 您'
  ).split(' '),
);
/** What one asks a person in Chinese: "你可以", "你能", "麻烦你", "得閒" (when you're free), "幫我" (for me). */
const HAN_YOU_ASKED =
  /[你妳您](?:能|可以|可不可以|能不能|可唔可以|得唔得)|麻[烦煩][你妳您]|得[閒闲]|[幫帮]我|可唔可以/u;

/** A name with a Japanese term of address, then a comma: "Yui-san,", "田中さん、", "Ken-kun,", "佐藤先輩，". */
const JA_NAME =
  /^[ \t]*([A-Za-z][a-z]{1,19}|[\u4e00-\u9fff\u30a0-\u30ff]{1,6})(?:-?san|-?kun|-?chan|-?senpai|さん|くん|ちゃん|先輩|様)[ \t]*[，,、]/u;
/** The bot called with a term of address is still the bot: "Bot-san, …", "ボットさん、…". */
const JA_BOT = /^[ \t]*(?:bot|bedrock|ボット|ベッドロック)/iu;
/** What one asks a person in Japanese: "…てもらえますか", "…いただけますか", "お願いできますか", "…てくれる？". */
const JA_YOU_ASKED =
  /もらえ(?:ます|ません)か|いただけ(?:ます|ません)か|お願いでき(?:ます|ません)か|くれ(?:る|ます|ない|ません)[？?か]/u;

/** Whether a message opens by calling a colleague by name and asks that person (text as typed). */
export function vocativeColleague(text: string): boolean {
  const greek = GREEK_NAME.exec(text);
  if (greek !== null) {
    const word = (greek[1] ?? '').toLowerCase();
    return !GREEK_OPENING.has(word) && GREEK_YOU_ASKED.test(text.slice(greek[0].length));
  }
  const han = HAN_NAME.exec(text);
  if (han !== null) {
    return !HAN_OPENING.has(han[1] ?? '') && HAN_YOU_ASKED.test(text.slice(han[0].length));
  }
  const ja = JA_NAME.exec(text);
  if (ja !== null && !JA_BOT.test(text)) return JA_YOU_ASKED.test(text.slice(ja[0].length));
  return false;
}
