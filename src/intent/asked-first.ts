/**
 * A read asked first, then why: "what do we have for talent-acquisition? the recruiter asked if the
 * key still works", "who is on file as the owner for hr-analytics? HR needs to update it after a
 * reorg", "what happened with payroll-ai two months ago? the invoice jumped". The question asks;
 * what is told after it (what someone else asked, needs or saw) is the reason, whatever words of ours
 * it has. parse-request.ts reads the question alone when the whole message reads as no read.
 */
import { findNegation } from './negation.js';
import { moodOf } from './mood.js';

/** Words after the question: a told sentence of at least two words. */
const TOLD_AFTER = /[a-z]{2,}\s+[a-z]/;

/**
 * Someone else as the subject of what follows: "HR needs to update it", "the recruiter asked if …",
 * "finance wants the numbers" (not "I need …", "you should …", "please …": asked of the bot); or what is
 * due that needs it: "quarterly access review is due and audit wants it" (requests25).
 */
const THIRD_PARTY_TOLD =
  /^[\s,.:;-]*(?!(?:i|we|you|u|please|pls|plz|just|also|and|then)\b)(?:(?:the|our|my|his|her|their|a|an)\s+)?(?:[a-z_]+(?:\s+(?:team|lead|manager|folks|people|dept|department))?\s+(?:needs|wants|asked|asks|said|says|told|noticed|found|saw|sent|mentioned|requested|wondered|wonders|needed|wanted|has\s+to|had\s+to|is\s+asking|was\s+asking)|[a-z_]+(?:\s+[a-z_]+){0,2}\s+(?:is|are)\s+(?:due|coming\s+up|overdue|next\s+week|tomorrow))\b/;

/**
 * Where the reason told after a first question starts (just after its "?"), or null: the question
 * is not the last thing said, and what follows asks nothing (no "?"), orders nothing (no
 * instruction, no supposition) and takes nothing back ("… ? never mind, found it").
 */
export function reasonAfterQuestion(text: string): number | null {
  const at = text.indexOf('?');
  if (at < 0) return null;
  let end = at + 1;
  while (end < text.length && text[end] === '?') end++;
  const rest = text.slice(end);
  if (rest.includes('?') || !TOLD_AFTER.test(rest)) return null;
  const mood = moodOf(rest);
  if (mood === 'question' || (mood === 'instruction' && !THIRD_PARTY_TOLD.test(rest))) return null;
  return findNegation(rest) === null ? end : null;
}
