/**
 * train28s: a period asked in a question that opens the message, then a spend or history request that states
 * none: "what's the damage this week? bedrock spend pls", "how bad was it last month? spend pls", "what went on
 * last week? history pls". The question says what span is looked at; the request after it asks for that span's
 * figures. (The question is cut as story, so its period is read here, before the cut.) A period in a story
 * told, no question ("we had a huge demo last week. spend for growth pls"), is not the request's.
 */
import type { StatedPeriod } from '../core/request.js';
import type { Prepared } from './prepare.js';

const PERIOD_WORD = /\bxxperiod\b/g;

/** The one period of a question that opens the text and is cut as story (`story`), or null. */
export function periodAskedBefore(p: Prepared, story: [number, number][]): StatedPeriod | null {
  const first = story[0];
  if (first === undefined || first[0] !== 0) return null;
  const question = p.text.slice(first[0], first[1]);
  if (!question.trimEnd().endsWith('?')) return null;
  let found: StatedPeriod | null = null;
  let n = 0;
  for (const m of p.text.matchAll(PERIOD_WORD)) {
    if (m.index < first[1]) {
      // (Two periods asked, "this week or last week?": none is chosen.)
      if (found !== null) return null;
      found = p.periods[n] ?? null;
    }
    n++;
  }
  return found;
}
