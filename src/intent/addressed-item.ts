/**
 * A list whose one open item is put to the bot: a checklist ("- [x] got PO approval\n- [ ] <@bot> create
 * API key for unit `hr-assist`"), a numbered or bulleted list ("2. deprovision Bedrock for nimbus ← bot"),
 * or a list whose header hands one item to the bot ("<@bot> first one is yours:\n☐ revoke …"). That item
 * is the request; the list around it (tasks done, tasks for others) is story. A list of tasks with no item
 * put to the bot asks nothing (form-fields.ts).
 */

import { putOffAtEnd } from './request-sentence.js';
import { TAKE_BACK } from './withdrawal.js';

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
  /\s*(?:(?:←|<-+|<=|👈)\s*(?:for\s+)?@?(?:the\s+)?(?:bedrock(?:[-_]?bot)?|bot)(?:\s*(?:pls|please|plz))?[\s!.]*|\(\s*(?:for\s+)?@?(?:the\s+)?(?:bedrock(?:[-_]?bot)?|bot)\b(?:[,:;]\s*([^()?]*))?\))\s*$/i;
/** A header that hands one item to the bot: "<@U…> first one is yours", "<@U…> item 2 is for you". */
const HANDED =
  /<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:—–-]*(?:the\s+)?(?:(first|second|third|last)(?:\s+(?:one|item))?|(?:item|#|no\.?|number)\s*(\d{1,2}))\s+(?:is|'s)\s+(?:yours|for\s+you)\b/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };

export interface AddressedItem {
  /** The item's text, the bot's name and the list's marks off. */
  text: string;
  /**
   * Put to the bot by a mention only (whose the mention is, the parser cannot tell). Every item is asked
   * about before it is acted on (parse-request.ts's cutAskedFirst); this says only how it was put.
   */
  byMention: boolean;
  /**
   * The item's story: the lines outside the list and the words of a "(bot, …)" tail ("only after CAB
   * approves"), read by `storyStops` for what takes the item back, puts it off or shows it as an example.
   */
  story: string;
}

interface Item {
  body: string;
  done: boolean;
  mention: string | null;
  addressed: boolean;
  /** The bot named ("@bedrock", "← bot"), not only a mention. */
  named: boolean;
  /** The words of a "(bot, …)" tail: "this one's yours", "only after CAB approves". */
  tail: string;
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
  const tail = end !== null && end.index > 0 ? (end[1] ?? '') : '';
  if (end !== null && end.index > 0) {
    body = body.slice(0, end.index);
    addressed = true;
    named = true;
  }
  return { body, done, mention, addressed, named, tail };
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
  // (The lines outside the list: its intro, and what is said after it.)
  const outside = lines.filter((l) => !ITEM.test(l) && l.trim() !== '').join('\n');
  const handed = handedIndex(lines);
  if (handed !== null) {
    const item = handed === -1 ? items[items.length - 1] : items[handed - 1];
    return item === undefined || item.done ? null : { text: item.body, byMention: true, story: outside };
  }
  // (Items handed to people by their mentions are theirs: only one person mentioned at items' starts.)
  const mentions = new Set(items.map((i) => i.mention).filter((m) => m !== null));
  if (mentions.size > 1) return null;
  const open = items.filter((i) => i.addressed && !i.done);
  const item = open.length === 1 ? open[0] : undefined;
  if (item === undefined) return null;
  return {
    text: item.body,
    byMention: !item.named,
    story: [outside, item.tail].filter((t) => t !== '').join('\n'),
  };
}

/**
 * An intro that makes the list someone's story or an example, not a request now: "Yesterday Dana
 * asked:", "Onboarding doc draft, example usage:", "our offboarding checklist for reference:".
 */
const STORY_INTRO =
  /\b(?:asked|said|wrote|posted|requested|example|e\.g|usage|for\s+reference|fyi|draft|docs?|documentation|template|sample|wiki|runbook|last\s+(?:week|time|month|year)|yesterday)\b[^\n]*:\s*$/im;
/**
 * Words after the list that drop it, beyond TAKE_BACK and PUT_OFF (withdrawal.ts). (fix33c: and a list item's
 * note that it waits, "(bot, only after CAB approves)": the checklist's plan for later, which PUT_OFF no longer
 * reads in a request's own sentence, "deprovision X, but only after v2 is live", the README's Later.)
 */
const DROPPED =
  /\bonly\s+(?:after|once|when)\b|\b(?:decided\s+(?:against|not\s+to)|(?:did|done|handled|sorted|rotated|revoked)\s+(?:it|that|this)\s+already|already\s+(?:done|handled|sorted)|(?:handling|doing)\s+it\s+(?:herself|himself|themselves|myself|ourselves)|(?:rejected|declined|denied|vetoed|cancell?ed)|do\s+not\s+proceed)\b/;

/**
 * What the story around a list's item does to it: 'withdrawn' (taken back, put off or refused: "nvm,
 * don't do it yet", "Decision: REJECTED", "sorry wrong channel", "(bot, only after CAB approves)"),
 * 'story' (the list is someone's story or an example), or null (the item stands).
 */
export function storyStops(item: AddressedItem): 'withdrawn' | 'story' | null {
  if (item.story === '') return null;
  const story = item.story.toLowerCase();
  TAKE_BACK.lastIndex = 0;
  const takenBack = TAKE_BACK.test(story);
  TAKE_BACK.lastIndex = 0;
  if (takenBack || DROPPED.test(story) || putOffAtEnd(`${item.text.toLowerCase()}.\n${story}`))
    return 'withdrawn';
  return STORY_INTRO.test(item.story) ? 'story' : null;
}
