/**
 * A story of a token got before, then a bare value (round nineteen, leftovers19): "I got a token this
 * morning. 2h", "my colleague got a token for the audit. 6h (the longest allowed)", "Priya asked for a
 * token yesterday. 4h". The value tells how long the token that was got lasts; nothing is asked. A
 * value said as a request stays one ("token please. 2h", "need a token. 6h", "I got a new laptop.
 * token for 2h please"), and so does a story of a token that no longer serves ("I got a token this
 * morning but it expired. 2h"), which asks for another. Works on the raw message, lowercased.
 */

/** Cheap look: a verb of getting and a token. */
const GUARD = /\b(?:got|given|received|requested|asked|had|issued|grabbed)\b/;

/** A sentence that tells of a token got in the past ("I got a token", "Marta was given a tkn"). */
const GOT_TOKEN =
  /\b(?:got|(?:was|were)\s+(?:given|issued|sent)|received|requested|asked\s+for|had|grabbed)\s+(?:(?:a|an|the|one|my|his|her|their|our|new|short|short-lived|temporary|temp)\s+){0,3}(?:tok(?:en|n)?s?|tkn)\b/;

/** Words of a story that asks after all, or of a token that no longer serves (another is wanted). */
const ASKS =
  /\?|\b(?:please|pls|plz|need|needs|want|wants|wanted|give|get|can|could|would|may|let|expired|expires|expiring|ran\s+out|runs?\s+out|stopped|lost|broke|broken|revoked|doesn'?t|didn'?t|isn'?t|wasn'?t|not|no|never|another|again|more|extend|renew|same|too|also|but|however|though|now)\b/;

/** A bare value, perhaps with an aside ("2h", "6h (the longest allowed)", "5h, the max she could get"). */
const BARE_VALUE =
  /^(?:(?:maybe|about|around|approx|roughly|~)\s*)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b(?:\s*\([^)]*\))?(?:\s*[,;—–-]\s*[^.!?]*|\s+i\s+think)?[.!]?$/;

/**
 * Words that ask in the value's sentence ("2h for me too", "2h please"), or press for it ("6h - urgent",
 * "8h, go", "4h asap"): an aside that hurries asks for the token now.
 */
const VALUE_ASKS =
  /\b(?:please|pls|plz|me|too|also|need|want|for|again|instead|urgent|urgently|asap|go|now|quick|quickly|rush|fast|hurry|stat)\b/;

/** Is the message a story of a token got before, then a bare value? */
export function pastTokenThenValue(lower: string): boolean {
  if (!GUARD.test(lower)) return false;
  const parts = lower
    .split(/(?<=[.!?])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  if (parts.length < 2) return false;
  const value = parts[parts.length - 1] ?? '';
  if (!BARE_VALUE.test(value) || VALUE_ASKS.test(value.replace(/\([^)]*\)/g, ''))) return false;
  const story = parts.slice(0, -1);
  return GOT_TOKEN.test(story[0] ?? '') && !story.some((x) => ASKS.test(x));
}

/**
 * story26: a token got told as a story, its lifetime with it ("Wei asked for a 12h token and got it in like 5
 * seconds, impressive", "Tom got his 2h token in like 3 seconds"): the getting is told, nothing asked. Only with
 * the getting itself told ("got", "was given", "received"; "asked for" alone may be a wait, help's) and none of
 * ASKS's words ("I got a 2h token but it expired", "got a 2h token? need one too").
 */
const TOKEN_GOT =
  /\b(?:got|(?:was|were)\s+(?:given|issued|sent)|received)\s+(?:(?:a|an|the|one|my|his|her|their|our|new|short|temp|temporary)\s+){0,2}(?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+)?(?:tok(?:en|n)?s?|tkn)\b|\basked\s+for\s+(?:(?:a|an|the|one|new)\s+)?(?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+)?(?:tok(?:en|n)?s?|tkn)\b[^.?!\n]{0,30}?\b(?:and|&)\s+(?:got|had|received)\s+(?:it|one)\b/;
/** Words that make it a request after all, beside ASKS: a command or a make. */
const COMMANDED =
  /\b(?:make|give|rotate|revoke|create|issue|extend|renew|pls|plz|please|go|asap|urgent|urgently|quick|quickly|rush|hurry|stat)\b/;

/**
 * notours28: the same told in Chinese, "我昨天用机器人拿了token，很方便，谢谢大家" (yesterday I got a token with the bot,
 * very handy, thanks all): a verb of getting with 了 (done) before the token. Not with a word that asks (请 please,
 * 需要 need, 给我 give me, 帮 help, 可以/能不能 can, 吗 or a question mark, 再/还要 again) nor one of a token that
 * no longer serves (过期 expired, 不能/不行/没用 does not work).
 */
const HAN_GOT = /(?:拿|领|申请|获取|取|得|收)到?了(?:一个|个|新的|\s){0,12}(?:tok(?:en|n)?s?|tkn)\b/;
const HAN_ASKS = /(?<!申)请|需要|给我|帮|可以|能不能|吗|[?？]|再|还要|过期|不能|不行|没用|失效/;

/** Is the message a token got, told and nothing asked (story26)? */
export function tokenGotTold(lower: string): boolean {
  if (lower.includes('了') && HAN_GOT.test(lower)) return !HAN_ASKS.test(lower);
  if (!GUARD.test(lower) || !TOKEN_GOT.test(lower)) return false;
  // (A bare value after the story is pastTokenThenValue's to read: "I got a token earlier. 3h, go" asks.)
  const last =
    lower
      .split(/(?<=[.!?])\s+|\n+/)
      .pop()
      ?.trim() ?? '';
  return !BARE_VALUE.test(last) && !ASKS.test(lower) && !COMMANDED.test(lower);
}

/**
 * fix47d: whether a token was got, asked and nothing more ("did you get the token?", "got your token?", "has Mia
 * received her token yet?", Japanese "トークンもらった？" glossed "i received token?"): a question to a person about a
 * token already given, which the bot does not answer and which asks for none; nothing. Not with a word that asks
 * (the whole message is the question: "got a token? need one too" asks) nor the asker's own ("did I get a token?" may
 * be help's).
 */
const RECEIPT_ASKED =
  /^(?:(?:hey|so|and|btw|ok)[\s,]+)?(?:(?:did|have|has)\s+(?:you|u|ya|she|he|they|[a-z]+)\s+(?:get|got|gotten|receive|received)|(?:i\s+|you\s+|u\s+)?(?:got|received))\s+(?:(?:a|an|the|my|your|ur|his|her|their|new)\s+)?(?:tok(?:en|n)?s?|tkn)(?:\s+(?:yet|already|ok|okay|alright))?\s*[?？]+\s*$/;

/** Is the message a question whether a token was got, nothing asked of the bot? */
export function tokenReceiptAsked(lower: string): boolean {
  if (!lower.includes('?') && !lower.includes('？')) return false;
  const m = RECEIPT_ASKED.exec(lower.trim());
  return m !== null && !/^(?:did|have|has)\s+i\b/.test(m[0]);
}
