/**
 * Decide before acting: what the engine does with a parse before any plan or token. A parse that
 * states an impossible value ("us-east-7", "-1h", "48 hours" for a token) is refused with the reason;
 * a parse the parser is unsure of, on a reading that would do something, becomes a question whose
 * buttons are the likely readings (each a request text the parser reads back with certainty).
 * Only a confident parse is acted on. Pure.
 */
import { MONTH_NAMES } from './calendar.js';
import { compactDuration } from './durations.js';
import type { Choice, Outcome } from './outcome.js';
import {
  ACTING_INTENTS as ACTING,
  type Alternative,
  CONFIDENT,
  emptyParse,
  type ParseResult,
} from './request.js';

export type Clarification =
  | { kind: 'act' }
  | { kind: 'refuse'; outcome: Extract<Outcome, { type: 'invalid' }> }
  | { kind: 'ask'; question: string; choices: Choice[] };

export function clarify(parse: ParseResult): Clarification {
  if (parse.problems && parse.problems.length > 0) {
    return {
      kind: 'refuse',
      outcome: {
        type: 'invalid',
        problems: parse.problems.map((p) => p.reason),
        hint: 'Nothing was done. Ask again with a value that works.',
      },
    };
  }
  const question = parse.question;
  if (question !== undefined && question.alternatives.length > 0) {
    return {
      kind: 'ask',
      question: question.text,
      choices: question.alternatives.map((a, i) => ({
        key: `reading-${i + 1}`,
        label: a.label,
        request: a.request,
        text: a.text,
        ...(i === 0 ? { style: 'primary' as const } : {}),
      })),
    };
  }
  if (ACTING.has(parse.intent) && parse.confidence < CONFIDENT) {
    const reading = alternativeOf(parse, parse.confidence);
    return {
      kind: 'ask',
      question: 'I am not sure what you need. Did you mean:',
      choices: [
        {
          key: 'reading-1',
          label: reading.label,
          request: reading.request,
          text: reading.text,
          style: 'primary',
        },
        {
          key: 'help',
          label: 'Help: what I can do',
          request: emptyParse({ intent: 'help', confidence: 1, reason: 'chosen: help' }),
          text: 'help',
        },
      ],
    };
  }
  return { kind: 'act' };
}

/** The text a button runs for a reading: short, and read back by the parser to the same request. */
/** " last month", " last 7 days", " in March 2026", or "" (this month, the default). */
function periodText(period: ParseResult['period']): string {
  if (period === null) return '';
  switch (period.kind) {
    case 'month':
      return period.monthsAgo === 0
        ? ''
        : period.monthsAgo === 1
          ? ' last month'
          : ` ${period.monthsAgo} months ago`;
    case 'days':
      return ` last ${period.days} days`;
    case 'named-month':
      return ` in ${MONTH_NAMES[period.month - 1] ?? period.month}${period.year === null ? '' : ` ${period.year}`}`;
    case 'quarter':
      return period.quartersAgo === 0
        ? ' this quarter'
        : period.quartersAgo === 1
          ? ' last quarter'
          : ` ${period.quartersAgo} quarters ago`;
    case 'named-quarter':
      return ` in Q${period.quarter}${period.year === null ? '' : ` ${period.year}`}`;
  }
}

export function requestText(p: ParseResult): string {
  const unit = p.businessUnit;
  const kind = p.keyKind === 'access-key' ? 'access key' : p.keyKind === 'api-key' ? 'api key' : 'key';
  switch (p.intent) {
    case 'token':
      return `token${p.ttlSeconds !== null ? ` ${compactDuration(p.ttlSeconds)}` : ''}${p.region ? ` in ${p.region}` : ''}`;
    case 'create_key':
      return unit ? `create ${kind} for ${unit}` : 'create key';
    case 'rotate':
      return unit ? `rotate ${kind} for ${unit}` : 'rotate key';
    case 'revoke':
      return unit ? `revoke ${p.all ? 'all ' : ''}${kind}${p.all ? 's' : ''} for ${unit}` : 'revoke key';
    case 'deprovision':
      return unit ? `deprovision ${unit}` : 'deprovision';
    case 'details':
      return unit ? `details for ${unit}` : 'list';
    case 'history': {
      // (No period is all of the record, so this month is said: " this month".)
      const period =
        p.period?.kind === 'month' && p.period.monthsAgo === 0 ? ' this month' : periodText(p.period);
      return unit ? `history for ${unit}${period}` : `history${period}`;
    }
    case 'spend':
      return unit ? `spend for ${unit}${periodText(p.period)}` : `spend${periodText(p.period)}`;
    case 'models':
      return `models${p.region ? ` in ${p.region}` : ''}`;
    case 'list':
      return 'list';
    default:
      return 'help';
  }
}

function label(p: ParseResult): string {
  const unit = p.businessUnit;
  switch (p.intent) {
    case 'token':
      return 'A short-term token for you';
    case 'create_key':
      return unit ? `A long-term key for ${unit}` : 'A long-term key for a system';
    case 'rotate':
      return unit ? `Rotate the key of ${unit}` : 'Rotate a key';
    case 'revoke':
      return unit ? `Revoke ${p.all ? 'all keys' : 'a key'} of ${unit}` : 'Revoke a key';
    case 'deprovision':
      return unit ? `Remove ${unit} entirely` : 'Remove a business unit';
    case 'details':
      return unit ? `Details of ${unit}` : 'List business units';
    case 'history':
      return 'What happened recently';
    case 'spend':
      return unit ? `Bedrock spend of ${unit}` : 'Bedrock spend by business unit';
    case 'models':
      return 'Models you can use';
    case 'list':
      return 'List business units';
    default:
      return 'Help: what I can do';
  }
}

export function alternativeOf(p: ParseResult, confidence: number): Alternative {
  const { question: _q, alternatives: _a, ...request } = p;
  return {
    intent: p.intent,
    request: { ...request, confidence: 1, reason: `chosen: ${label(p)}` },
    text: requestText(p),
    label: label(p),
    confidence,
  };
}
