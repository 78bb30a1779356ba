/**
 * A checklist of a team's own to-dos posted to a channel (round seventeen; README "Forms": "a checklist
 * of tasks … asks nothing"): "Checklist for renewals go-live:\n- [ ] broker comms sent\n- [ ] rating
 * tables loaded\n- [ ] bedrock key for renewals-bot\n- [ ] UAT sign-off". Its open items are the team's
 * to do, not put to the bot, even when one names a key. A list is the team's own when it has two or more
 * boxes (`- [ ]`, `[x]`, `☐`), two or more `TODO` lines, or a header that names a list of tasks
 * ("checklist", "go-live list", "to-dos", "runbook steps", "action items") over two or more items; and
 * nothing in it speaks to the bot: no mention (a list whose one item is put to the bot is
 * addressed-item.ts's), no "bot", no question, no "please" / "can you" outside the items. Any other
 * line than the header and the items may ask, so the list is then read as before.
 */

/** An item: a box, a bullet, a number, or a TODO line. */
const ITEM = /^\s*(?:(?:[-•*]\s*)?(?:\[[ xX✓]\]|[☐☑✅✔])|[-•*]\s|\d{1,2}[.)]\s|todo\b)/i;
/** A box (checked or not). */
const BOX = /^\s*(?:[-•*]\s*)?(?:\[[ xX✓]\]|[☐☑✅✔])/;
/** A TODO line. */
const TODO = /^\s*(?:[-•*]\s*)?todo\b/i;
/** A header that names a list of tasks. */
const LIST_HEADER =
  /\b(?:check[\s-]?list|to-?dos?|todo\s+list|task\s+list|tasks|go-live\s+list|launch\s+list|cutover\s+(?:list|plan)|runbook(?:\s+steps)?|playbook|steps|action\s+items|punch\s+list)\b/i;
/** Anything that speaks to the bot or asks. */
const SPEAKS =
  /<@|(?<![\w-])bot\b|\?|\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)|for\s+you|yours|i\s+need|we\s+need)\b/i;

/** A command of ours, as the first word (an imperative): "rotate the keys on this checklist:". */
const OUR_COMMAND =
  /^\W*(?:(?:please|pls|plz)\s+)?(?:rotate|revoke|deprovision|offboard|onboard|grant|create|issue|generate|provision)\b/i;
/** An item's marker (box, bullet, number, TODO), to read what follows it. */
const MARKER = /^\s*(?:(?:[-•*]\s*)?(?:\[[ xX✓]\]|[☐☑✅✔])|[-•*]\s|\d{1,2}[.)]\s|todo\b[:\s-]*)\s*/i;

/**
 * Whether the list is put to the bot though nothing in it speaks to it (README "Forms": a list whose
 * open items are put to the bot): a header that is itself a command of ours ("rotate the keys on this
 * checklist:\n- payments\n- ads"), or a header that only names the list ("Tasks:", "TODO:") over
 * bulleted or numbered items that are all commands of ours ("Tasks:\n1. revoke the ads key\n2. create a
 * new key for growth"). Boxes or TODO lines keep it the team's own ("- [x] rotate npm token\n- [ ] …").
 */
function putToTheBot(header: string, items: string[], boxesOrTodos: boolean): boolean {
  if (OUR_COMMAND.test(header)) return true;
  return !boxesOrTodos && items.every((l) => OUR_COMMAND.test(l.replace(MARKER, '')));
}

/** Whether the text is a checklist of the team's own tasks, put to no one. */
export function ownChecklist(text: string): boolean {
  if (!text.includes('\n') || text.includes('<@')) return false;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '```');
  const items = lines.filter((l) => ITEM.test(l));
  if (items.length < 2) return false;
  const others = lines.filter((l) => !ITEM.test(l));
  // (Only a header above the items: any other line may ask, "… which units have keys right now?")
  if (others.length > 1 || (others.length === 1 && others[0] !== lines[0])) return false;
  const header = others[0] ?? '';
  if (SPEAKS.test(header) || items.some((l) => /<@|(?<![\w-])bot\b|\?/i.test(l))) return false;
  const boxes = items.filter((l) => BOX.test(l)).length;
  const todos = items.filter((l) => TODO.test(l)).length;
  const boxesOrTodos = boxes >= 2 || todos >= 2;
  if (putToTheBot(header, items, boxesOrTodos)) return false;
  return boxesOrTodos || LIST_HEADER.test(header);
}
