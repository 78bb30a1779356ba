/**
 * A command waiting on a condition that the whole message, read at once, does not take for a request
 * ("create key for the Safety Office once the SMS audit is signed off" reads as talk of an office and an
 * audit; "pls revoke delay-codes-nlp after the summer schedule go-live" as a statement): the command
 * before the condition is read alone, and is the request when it opens the message as a command (README
 * "Later": a request on a condition not met yet is labelled with the action it names). The caller asks
 * before doing it, since the bot cannot wait (later-condition.ts); a story or a report ("we'll revoke it
 * after the audit", "they created a key once the audit was done") opens with no command and is left.
 */
import type { ParseResult } from '../core/request.js';
import { laterConditionAt } from './later-condition.js';

/**
 * A message that opens with one of our commands (after a mention or a please; or after "can you" with no
 * mention: "<@U…> can you rotate ci-pipeline after the freeze?" asks a colleague, README "Whom a message is
 * put to"). "make sure we revoke growth after the audit" is a reminder, no command.
 */
const COMMAND_OPENING =
  /^[ \t]*(?:<@[a-z0-9]+(?:\|[^>]*)?>[ \t,:]*(?:(?:pls|please|plz|kindly)[ \t,!]+)?|(?:(?:hi|hey|hello|pls|please|plz|kindly|bot)[ \t,!]+){0,3}(?:(?:can|could|would)[ \t]+(?:you|u)[ \t]+(?:please[ \t]+|pls[ \t]+)?)?)(?:create|revoke|rotate|deprovision|offboard|decommission|disable|regenerate|renew|issue|make(?![ \t]+sure\b)|new)\b/;

/** The actions that can wait: those that change something. */
const WAITING = new Set(['create_key', 'rotate', 'revoke', 'deprovision']);

/**
 * The parse of the command before a condition not met yet, when the message opens with it and that
 * command alone reads as an action; null otherwise.
 */
export function commandBeforeCondition(
  input: string,
  read: (text: string) => ParseResult,
): ParseResult | null {
  const lower = input.toLowerCase();
  if (!COMMAND_OPENING.test(lower)) return null;
  const at = laterConditionAt(lower);
  if (at <= 0) return null;
  const head = input.slice(0, at).trimEnd();
  // (The condition ends the message's first sentence: nothing else asked before it.)
  if (/[.!?\n]/.test(head)) return null;
  const parse = read(head);
  return WAITING.has(parse.intent) ? parse : null;
}

/** Cheap gate for commandAfterCondition: the message opens with a word of a condition. */
const CONDITION_HEAD = /^\W*(?:(?:ok|okay|so|and)\W+)?(?:once|as\s+soon\s+as|when|whenever|after)\b/;
/**
 * A condition opening the message, ended by a comma, and one of our commands right after it ("once the new
 * surveil-triage-prod key is live, revoke the old surveil-triage one", "when the billing-v2 key works, please
 * revoke the old billing one"). A clause told after it ("…, we'll revoke the old one", "…, the old one gets
 * revoked") opens with no command and is left.
 */
const CONDITION_THEN_COMMAND =
  /^\W*(?:(?:ok|okay|so|and)\W+)?(?:once|as\s+soon\s+as|when|whenever|after)\s[^.,;:!?\n]{3,120},\s*(?=(?:(?:then|pls|please|plz|kindly|go\s+ahead\s+and|(?:can|could)\s+you)\s+)*(?:revoke|rotate|deprovision|offboard|decommission|disable|delete|remove|kill|regenerate|renew|create)\b)/;

/**
 * requests26: the command after a condition not met yet that opens the message, read alone: the
 * condition's names (the new key's unit) are its story, the command's object is the request's ("the old X
 * one" names X). The caller asks before doing it, as for a command before its condition. Null when the
 * message does not open so, the condition is met or told in the past, or the command reads as no change.
 */
export function commandAfterCondition(
  input: string,
  read: (text: string) => ParseResult,
): ParseResult | null {
  const lower = input.toLowerCase();
  if (!CONDITION_HEAD.test(lower)) return null;
  const m = CONDITION_THEN_COMMAND.exec(lower);
  if (m === null) return null;
  const at = laterConditionAt(lower);
  if (at < 0 || at >= m[0].length) return null;
  const parse = read(input.slice(m[0].length));
  return WAITING.has(parse.intent) ? parse : null;
}
