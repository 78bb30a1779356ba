/**
 * A list whose one open item is put to the bot: a checklist ("- [x] got PO approval\n- [ ] <@bot> create
 * API key for unit `hr-assist`"), a numbered or bulleted list ("2. deprovision Bedrock for nimbus ← bot"),
 * or a list whose header hands one item to the bot ("<@bot> first one is yours:\n☐ revoke …"). That item
 * is the request; the list around it (tasks done, tasks for others) is story. A list of tasks with no item
 * put to the bot asks nothing (form-fields.ts).
 */

/** A list item: a box, a number or a bullet, then its text. */
const ITEM = /^\s*(?:(?:[-•*]\s*)?(\[[ xX✓]\]|[☐☑✅✔])|\d{1,2}[.)]|[-•*])\s+(.*)$/;
/** A box or mark that says the item is done. */
const DONE_BOX = /^(?:\[[xX✓]\]|[☑✅✔])$/;
/** An item struck through or marked done ("~update dashboards~ done", "archive the repo — done"). */
const DONE_TEXT = /^~[^~]+~|(?:[—–-]|\()\s*(?:done|completed|finished)\b|\bdone\s*[.!)]*$/i;
/** A leading mention ("<@U0BEDROCK1> create …"): its ID. */
const LEADING_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/;
/** The bot named at the item's start or end: "@bedrock …", "… ← bot", "… (bot, this one's yours)". */
const BOT_AT_START = /^@(?:bedrock(?:[-_]?bot)?|bot)\b[\s,:]*/i;
const BOT_AT_END =
  /\s*(?:(?:←|<-+|<=|👈)\s*(?:for\s+)?@?(?:the\s+)?(?:bedrock(?:[-_]?bot)?|bot)(?:\s*(?:pls|please|plz))?[\s!.]*|\(\s*(?:for\s+)?@?(?:the\s+)?(?:bedrock(?:[-_]?bot)?|bot)\b(?:[,:;]\s*[^()?]*)?\))\s*$/i;
/** A header that hands one item to the bot: "<@U…> first one is yours", "<@U…> item 2 is for you". */
const HANDED =
  /<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:—–-]*(?:the\s+)?(?:(first|second|third|last)(?:\s+(?:one|item))?|(?:item|#|no\.?|number)\s*(\d{1,2}))\s+(?:is|'s)\s+(?:yours|for\s+you)\b/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };

export interface AddressedItem {
  /** The item's text, the bot's name and the list's marks off. */
  text: string;
  /** Put to the bot by a mention only (whose the mention is, the parser cannot tell): asked, never acted on. */
  byMention: boolean;
}

interface Item {
  body: string;
  done: boolean;
  mention: string | null;
  addressed: boolean;
  /** The bot named ("@bedrock", "← bot"), not only a mention. */
  named: boolean;
}

function itemOf(line: string): Item | null {
  const m = ITEM.exec(line);
  if (m === null) return null;
  let body = (m[2] ?? '').trim();
  const done = DONE_BOX.test(m[1] ?? '') || DONE_TEXT.test(body);
  const lead = LEADING_MENTION.exec(body);
  const mention = lead?.[1] ?? null;
  let addressed = mention !== null;
  let named = false;
  const bot = BOT_AT_START.exec(body);
  if (bot !== null) {
    body = body.slice(bot[0].length);
    addressed = true;
    named = true;
  }
  const end = BOT_AT_END.exec(body);
  if (end !== null && end.index > 0) {
    body = body.slice(0, end.index);
    addressed = true;
    named = true;
  }
  return { body, done, mention, addressed, named };
}

/** The item a header hands to the bot (1-based; -1 the last), or null. */
function handedIndex(lines: string[]): number | null {
  for (const line of lines) {
    if (ITEM.test(line)) return null;
    const h = HANDED.exec(line);
    if (h !== null) return h[2] !== undefined ? Number(h[2]) : (ORDINALS[(h[1] ?? '').toLowerCase()] ?? -1);
  }
  return null;
}

/** The one open item of a list put to the bot, or null. */
export function addressedItem(text: string): AddressedItem | null {
  if (!text.includes('\n') || !(text.includes('@') || /bot\b/i.test(text))) return null;
  const lines = text.split('\n');
  const items: Item[] = [];
  for (const line of lines) {
    const item = itemOf(line);
    if (item !== null) items.push(item);
  }
  if (items.length < 2) return null;
  const handed = handedIndex(lines);
  if (handed !== null) {
    const item = handed === -1 ? items[items.length - 1] : items[handed - 1];
    return item === undefined || item.done ? null : { text: item.body, byMention: true };
  }
  // (Items handed to people by their mentions are theirs: only one person mentioned at items' starts.)
  const mentions = new Set(items.map((i) => i.mention).filter((m) => m !== null));
  if (mentions.size > 1) return null;
  const open = items.filter((i) => i.addressed && !i.done);
  const item = open.length === 1 ? open[0] : undefined;
  return item === undefined ? null : { text: item.body, byMention: !item.named };
}
