/**
 * Texts told to people or kept as a record, not put to the bot (round twenty): unknown, even when they
 * name a token or a key. Read on the message as typed (lowercased).
 *  - a leading mention asked what only a person does: "<@U…> when you get a sec could you sort a token
 *    for me, phone won't let me log in", "<@U…> is the key for the grants tool still the one from March
 *    or did you rotate it?" (the bot needs no spare second and is not asked what it did);
 *  - a question to the channel: "is the estimating team in eu-west-2 or does anyone know where their key
 *    lives? asking for Sam";
 *  - a handover or a shift log, its lines told: "Handover 0600z\n- BA283 diverted\n- bedrock token for
 *    the overnight summaries expired at 0400, fine\n- next: LH 400 connection watch";
 *  - a cost report pasted, lines of a service and an amount: "Cost Explorer export for Oct:\nBedrock
 *    £412.18\nS3  £88.02".
 */

/** A mention opening the text (after a greeting at most). */
const LEADING_MENTION = /^\s*(?:(?:hey|hi|hello|morning)[\s,!]+)?<@[UW][A-Z0-9]+(?:\|[^>]*)?>/i;

/** What only a person is asked: a spare moment, what they did. */
const PERSONS_PART =
  /\bwhen\s+you\s+(?:get|have)\s+a\s+(?:sec|second|min|minute|moment|chance)\b|\bwhen\s+you(?:'re|\s+are)\s+(?:back|free)\b|\bdid\s+you\s+(?:rotate|revoke|change|reset|renew|update|swap)\b/;

function mentionAskedPerson(input: string, lowered: string): boolean {
  return input.includes('<@') && LEADING_MENTION.test(input) && PERSONS_PART.test(lowered);
}

/**
 * "does anyone know where …", "anyone know if …", "can someone pull the service history for van 12?":
 * put to the channel.
 */
const ANYONE_KNOWS = /\b(?:does\s+)?any(?:one|body)\s+know\s+(?:where|if|whether|which)\b/;
/** Someone asked to look something up, the text opening so (a request may follow a question put after it). */
const SOMEONE_PULLS =
  /^\W*(?:(?:hey|hi|so|ok|okay)\W+)?(?:can|could)\s+(?:someone|somebody|anyone|anybody)\s+(?:pull|check|look|find|dig|send|chase)\b/;

function anyoneKnows(lowered: string): boolean {
  // (Not a question quoted before the one put to the bot: "> does anyone know …\n<@bot> which …".)
  return (
    (lowered.includes('any') || lowered.includes('some')) &&
    !lowered.includes('<@') &&
    !lowered.includes('>') &&
    (ANYONE_KNOWS.test(lowered) || SOMEONE_PULLS.test(lowered))
  );
}

/**
 * A handover's or a log's header line: "Handover 0600z", "Night handover", "Shift log 22:00", "Ops log"
 * (a noun, not "cannot log in to the console, need:").
 */
const LOG_HEADER =
  /^\s*(?:(?:shift|ops|daily|night|day|site|crew|ward|morning|evening)\s+)?(?:handover|notes|log(?![\s-]*(?:in|on|into|out)\b))\b/;
/** A bullet line. */
const BULLET = /^\s*[-•*]\s/;
/** Anything that speaks to the bot or asks. */
const SPEAKS = /<@|\?|\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|i\s+need|we\s+need)\b|\bneed\s*:/;

function handoverLog(lowered: string): boolean {
  if (!lowered.includes('\n')) return false;
  const lines = lowered.split('\n');
  if (!LOG_HEADER.test(lines[0] ?? '')) return false;
  return lines.filter((l) => BULLET.test(l)).length >= 2 && !SPEAKS.test(lowered);
}

/** A report's line: a service's name and an amount of money. */
const COST_LINE = /^\s*[a-z][a-z0-9 .&-]{0,40}?\s[£$€]\s?\d[\d,]*(?:\.\d+)?\s*$/;

function pastedCosts(lowered: string): boolean {
  if (!lowered.includes('\n') || SPEAKS.test(lowered)) return false;
  const lines = lowered.split('\n').filter((l) => l.trim() !== '');
  const costs = lines.filter((l) => COST_LINE.test(l)).length;
  // (Every line but a header is an amount.)
  return costs >= 2 && costs >= lines.length - 1;
}

/** Why the text is told to people or kept as a record (a reason for the parse), or null. */
export function toldToPeople(input: string, lowered: string, toBot: boolean): string | null {
  if (!toBot && mentionAskedPerson(input, lowered)) return 'addressed to someone else';
  if (anyoneKnows(lowered)) return 'put to the channel';
  if (handoverLog(lowered)) return 'a handover or a log, told';
  if (pastedCosts(lowered)) return 'a cost report pasted';
  return null;
}

/**
 * Whether the whole text is told, whatever its lines say: a mention asked what only a person does, a
 * handover, a pasted report (a question put to the channel is one clause: a request beside it stands).
 */
export function toldToPeopleWhole(input: string, lowered: string, toBot: boolean): boolean {
  return (!toBot && mentionAskedPerson(input, lowered)) || handoverLog(lowered) || pastedCosts(lowered);
}
