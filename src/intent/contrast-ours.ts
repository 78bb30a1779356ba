/**
 * Our thing set against the trade's own (round twenty-six, contrast26): "not the trade history, the bedrock
 * one: who did what on alpha-signals", "not a parking token 😅 a bedrock token, 2h please", "bedrock spend mtd —
 * not market-data spend, the AI one", "model list pls (bedrock, not the risk model inventory)", "who's been making
 * keys lately? not the kennel keys lol", "not his portal access 😂 I mean revoke the bedrock key for x". The "not
 * …" part names something else and states nothing (no unit, no slot, and it is no sign the message is about
 * another trade); what is left is read as the message. The other way round, ours ruled out and theirs kept ("not
 * the bedrock key, the kennel key", "revoke the kennel key, not the bedrock one"), nothing is asked of the bot.
 * Read on the message as typed (case kept for what is left); a word test first ("not" and one of our vendor
 * words, or a credential word for the bare aside), then bounded patterns.
 */

/** The system the bot gives credentials for, named: what makes "the X one" ours. */
const VENDOR = String.raw`(?:bedrock|ai|genai|gen-ai|llms?|claude)`;
/** Ours in the "not …" part: the vendor, AWS, the bot, or one of our commands (then it is no aside). */
const OURS_IN_NEGATED =
  /\b(?:bedrock|ai|genai|gen-ai|llms?|claude|aws|bots?|rotate|revoke|deprovision|offboard|create|issue|generate|renew|rotating|revoking|creating|issuing)\b/i;
/**
 * The thing set aside: an optional determiner, then one to five words (markup kept). Not an adverb, a
 * pronoun or a judgement ("not now", "not me", "not urgent", "not sure", "not a big deal"): those withdraw or
 * judge, they name no other thing.
 */
const THING = String.raw`(?!(?:now|yet|sure|urgent|today|tonight|tomorrow|really|anymore|needed|necessary|required|me|you|him|them|it|us|so|too|only|just|even|quite|ok|okay|right|that|this|at|in|for|if|when|until|yours?|mine|a\s+(?:big\s+)?(?:deal|problem|rush|priority|fan))\b)(?:(?:the|a|an|his|her|their|my|your|our|that|this|those|these)\s+)?[*_~]?[\w'’&-]{1,40}[*_~]?(?:\s[*_~]?[\w'’&-]{1,40}[*_~]?){0,4}`;
/** What may part the aside from the rest: punctuation, a dash, emoji or a shortcode, a laugh before them. */
const MARK = String.raw`(?:[,;:.…!—–)]|\s-|\p{Extended_Pictographic}|\uFE0F|:[a-z0-9_+-]{1,30}:)`;
const SEP = String.raw`[ \t]{0,3}(?:(?:lol|lmao|haha+|hehe|rofl)\b[ \t]{0,3})?${MARK}(?:${MARK}|\s){0,8}`;
const SEP_OR_LAUGH = String.raw`(?:${SEP}|[ \t]{1,3}(?:lol|lmao|haha+|hehe|rofl)\b[ \t]{0,3}|\s{1,3}(?=(?:i\s+)?mean))`;

/** "not the trade history, " / "not a parking token 😅 " opening the message (a mention or markup first). */
const HEAD = new RegExp(String.raw`^(?:\s|[*_>]|<@[^>\s]{1,40}>){0,6}not\s+(${THING})${SEP_OR_LAUGH}`, 'iu');
/** What follows the aside, ours: "the bedrock one", "a bedrock token", "the AI key", "bedrock spend". */
const OURS_AFTER = new RegExp(
  String.raw`^(?:(?:i\s+)?mean[t]?,?\s+|rather\s+|but\s+)?(?:(?:the|a|an|our|my)\s+)?[*_]?${VENDOR}\b`,
  'i',
);
/** "I mean revoke the bedrock key …": a correction to a command of ours. */
const MEANT_COMMAND =
  /^(?:i\s+)?mean[t]?,?\s+(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:rotate|revoke|deprovision|offboard|create|issue|generate|renew|make|give|get)\b/i;
/** "(bedrock, not the risk model inventory)": a bracket saying which, ours first. */
const BRACKET = new RegExp(
  String.raw`\(\s{0,3}${VENDOR}\s{0,3}[,;:—–-]?\s{0,3}not\s+(${THING})\s{0,3}\)`,
  'iu',
);
/**
 * buried27: the aside between dashes inside the message: "rotate — not the pump duty rotation — the key for x",
 * "revoke -- not the parking permit -- the key for gate-cams".
 */
const MIDDLE = new RegExp(String.raw`\s(?:—|–|--?)\s{0,3}not\s+(${THING})\s{0,3}(?:—|–|--?)\s`, 'iu');
/**
 * The aside ending the message: "… — not market-data spend, the AI one", "… not the drug spend, the AI",
 * "… not the kennel keys lol". After a sentence's or clause's mark; what follows "not" up to the end.
 */
const TAIL = new RegExp(
  String.raw`(?:[.?!,;:—–(]|\s-|\p{Extended_Pictographic})\s{0,3}not\s+(${THING})(${SEP}(?:(?:the|a|an|our)\s+)?${VENDOR}(?:\s[\w-]{1,20})?)?(?:\s|[.!)]|\p{Extended_Pictographic}|\uFE0F|:[a-z0-9_+-]{1,30}:|\b(?:lol|lmao|haha+|hehe|rofl)\b){0,6}$`,
  'iu',
);
/** Ours ruled out first, theirs kept: "not the bedrock key, the kennel key", "not the AI history, the trade's". */
const OURS_RULED_OUT = new RegExp(
  String.raw`^(?:\s|[*_>]|<@[^>\s]{1,40}>){0,6}not\s+(?:(?:the|a|an|our|my)\s+)?[*_]?${VENDOR}\b[^,;:—–.!?\n]{0,40}${SEP}(?:(?:i\s+)?mean[t]?,?\s+)?(?:the|a|an|his|her|their|my|your)\s+([^,;:—–.!?\n]{1,60})`,
  'iu',
);
/** Ours ruled out after what is asked: "revoke the kennel key, not the bedrock one lol". */
const OURS_RULED_OUT_AFTER = new RegExp(
  String.raw`(?:[,;:—–(]|\s-)\s{0,3}not\s+(?:(?:the|a|an|our|my)\s+)?${VENDOR}\s+(?:ones?|keys?|tokens?|creds?|credentials?)\b(?:\s|[.!)]|\p{Extended_Pictographic}|\uFE0F|:[a-z0-9_+-]{1,30}:|\b(?:lol|lmao|haha+|hehe|rofl)\b){0,6}$`,
  'iu',
);
/** What the kept thing may not be: ours by name or kind ("not the bedrock token, an api key for growth"). */
const OURS_KEPT = /\b(?:bedrock|ai|genai|llms?|claude|aws|api|access|bots?)\b/i;
/**
 * A credential or one of our records, as the last word of a bare aside ("not the kennel keys lol"): a namesake
 * of the thing asked before it. A kind of ours ("not an API key", "not the access key") is no namesake: it
 * sets our own kind aside (key-kind.ts reads it).
 */
const NAMESAKE =
  /^(?:keys?|tokens?|creds|credentials?|spend|spending|history|models?|units?|lists?|logins?)$/i;
const KIND_WORDS = /\b(?:api|access|iam|sigv4|bearer|long-term|short-term|temporary|permanent)\b/i;
/** A laugh or markup ending the aside, not its noun. */
const LAUGH = /^(?:lol|lmao|haha+|hehe|rofl)$/i;

/**
 * Whether a bare aside after the request sets aside a namesake of what is asked: the aside's last word is
 * one of our nouns, said with a word of another trade before it ("the kennel keys", "the drug spend"), and the
 * text before it uses the same noun ("who's been making keys lately? not the kennel keys lol").
 */
function namesakeAside(aside: string, before: string): boolean {
  if (KIND_WORDS.test(aside)) return false;
  const words = aside
    .replace(/[*_~]/g, '')
    .split(/\s/)
    .filter((w) => w !== '' && !LAUGH.test(w));
  const noun = words[words.length - 1] ?? '';
  const modifiers = words
    .slice(0, -1)
    .filter((w) => !/^(?:the|a|an|his|her|their|my|your|our|that|this|those|these)$/i.test(w));
  if (!NAMESAKE.test(noun) || modifiers.length === 0) return false;
  // (Spend is asked as spent, costs or the bill too: "how much have we spent on AI? not the catering spend".)
  const stem = noun.toLowerCase().replace(/(?:s|ing)$/, '');
  const lower = before.toLowerCase();
  return stem === 'spend' ? /spen[dt]|\bcost|\bbill/.test(lower) : lower.includes(stem);
}

/**
 * Whether the message rules our thing out and keeps another's ("not the bedrock key, the kennel key",
 * "revoke the kennel key, not the bedrock one"): nothing asked of the bot.
 */
export function oursRuledOut(text: string): boolean {
  if (!/not\s/i.test(text)) return false;
  const head = OURS_RULED_OUT.exec(text);
  if (head !== null && !OURS_KEPT.test(head[1] ?? '')) return true;
  return OURS_RULED_OUT_AFTER.test(text);
}

/**
 * The message without an aside that sets the trade's thing against ours ("not the trade history, the
 * bedrock one: …" → "the bedrock one: …"), or null when there is none.
 */
export function withoutOthersAside(text: string): string | null {
  if (!/not\s/i.test(text)) return null;
  const head = HEAD.exec(text);
  if (head !== null && !OURS_IN_NEGATED.test(head[1] ?? '')) {
    const rest = text.slice(head[0].length);
    if (OURS_AFTER.test(rest) || (MEANT_COMMAND.test(rest) && new RegExp(VENDOR, 'i').test(rest)))
      return rest;
  }
  const bracket = text.includes('(') ? BRACKET.exec(text) : null;
  if (bracket !== null && !OURS_IN_NEGATED.test(bracket[1] ?? ''))
    return `${text.slice(0, bracket.index)} ${text.slice(bracket.index + bracket[0].length)}`;
  const middle = /[—–-]/.test(text) ? MIDDLE.exec(text) : null;
  if (middle !== null && middle.index > 0 && !OURS_IN_NEGATED.test(middle[1] ?? ''))
    return `${text.slice(0, middle.index)} ${text.slice(middle.index + middle[0].length)}`;
  const tail = TAIL.exec(text);
  if (tail === null || OURS_IN_NEGATED.test(tail[1] ?? '')) return null;
  // (The question or sentence mark before the aside stays: "who's been making keys lately?".)
  const before = text.slice(0, tail.index + (/[.?!]/.test(text[tail.index] ?? '') ? 1 : 0));
  // (Ours said after the aside, "the AI one", or a thing of ours asked before it, "who's been making keys
  // lately? not the kennel keys".)
  if (!/\w/.test(before)) return null;
  return tail[2] !== undefined || namesakeAside(tail[1] ?? '', before) ? before : null;
}
