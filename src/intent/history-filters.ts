/**
 * History filters: whose actions, which kinds of events and which days a history request asks
 * for ("my history", "approvals since 2026-11-01", "history for @alice today"). Relative periods
 * ("last week", "in March") are the parser's `period` slot, resolved by the core. The phrases are read here and taken out of the text before the
 * rest is parsed as usual, so "last week" never becomes part of a business unit's name.
 *
 * Kept apart from parse-request.ts on purpose: `withHistoryFilters` wraps the parser's entry point
 * and touches nothing else in it.
 */
import type { LedgerEventKind } from '../core/ledger-port.js';
import type { HistoryFilters, ParseResult } from '../core/request.js';

/** A text is read for filters only when it names history in some way. */
const HISTORY_WORD =
  /\b(?:history|audit|audits|log|logs|activity|activities|events|trail|what did|who did|who approved)\b/i;

const KIND_WORDS: ReadonlyArray<[RegExp, LedgerEventKind[]]> = [
  [/\bapprovals?\b/, ['approval_requested', 'approved', 'denied']],
  [/\b(?:denied|denials?)\b/, ['denied']],
  [/\btokens?\b/, ['token_issued']],
  [/\b(?:key changes|keys)\b/, ['key_created', 'key_deleted']],
  [/\b(?:created|creations?)\b/, ['key_created']],
  [/\b(?:deleted|deletions?|revoked|revocations?)\b/, ['key_deleted']],
  [/\b(?:failures?|failed|errors?)\b/, ['failed']],
  [/\b(?:refused|refusals?)\b/, ['refused']],
  [/\b(?:expired|expiries)\b/, ['expired']],
  [/\b(?:cancelled|canceled|cancellations?)\b/, ['cancelled']],
];

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

/** Words that may lead into a filter phrase and go with it ("in the last week", "of approvals"). */
const LEAD = '(?:\\b(?:in|during|over|from|for|of|about|on)\\s+)?(?:\\bthe\\s+)?';

/** The filter phrases' patterns, built once (a history text tries every one of them). */
const MENTION = new RegExp(`${LEAD}<@([UW][A-Z0-9]{2,20})(?:\\|[^>]*)?>`, 'i');
const BETWEEN = new RegExp(`${LEAD}\\b(?:between|from)\\s+${DATE}\\s+(?:and|to|until)\\s+${DATE}\\b`, 'i');
const SINCE = new RegExp(`${LEAD}\\bsince\\s+${DATE}\\b`, 'i');
const DAY = new RegExp(`${LEAD}\\b(?:since\\s+)?(today|yesterday)\\b`, 'i');
const KIND_PHRASES: ReadonlyArray<[RegExp, LedgerEventKind[]]> = KIND_WORDS.map(([word, named]) => [
  new RegExp(`(?:\\b(?:of|about|on)\\s+)?(?:\\bthe\\s+)?${word.source}`, 'i'),
  named,
]);

function validDate(text: string): string | null {
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : text;
}

interface Found {
  filters: HistoryFilters;
  /** The text with the filter phrases taken out. */
  rest: string;
}

/** The filters a history text states, and the text without them; null when it states none. */
export function readHistoryFilters(text: string): Found | null {
  if (!HISTORY_WORD.test(text)) return null;
  let rest = ` ${text} `;
  const filters: HistoryFilters = {};
  const take = (pattern: RegExp, use: (m: RegExpExecArray) => boolean): void => {
    const m = pattern.exec(rest);
    if (m === null || !use(m)) return;
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
  };

  // Whose actions: a mention, or the person asking.
  take(MENTION, (m) => {
    filters.actor = (m[1] ?? '').toUpperCase();
    return true;
  });
  if (filters.actor === undefined)
    take(/\b(?:my|mine|by me|i did)\b/i, () => {
      filters.actor = 'me';
      return true;
    });

  // The period: one phrase. "last week", "past 30 days", "in March" are the parser's own `period`
  // slot (shared with spend); only calendar days and dates are read here.
  const periods: Array<[RegExp, (m: RegExpExecArray) => boolean]> = [
    [
      BETWEEN,
      (m) => {
        const since = validDate(m[1] ?? '');
        const until = validDate(m[2] ?? '');
        if (since === null || until === null) return false;
        filters.since = since;
        filters.until = until;
        return true;
      },
    ],
    [
      SINCE,
      (m) => {
        const since = validDate(m[1] ?? '');
        if (since === null) return false;
        filters.since = since;
        return true;
      },
    ],
    [
      DAY,
      (m) => {
        filters.day = (m[1] ?? '').toLowerCase() === 'today' ? 'today' : 'yesterday';
        return true;
      },
    ],
  ];
  for (const [pattern, use] of periods) {
    const before = rest;
    take(pattern, use);
    if (rest !== before) break;
  }

  // Which kinds: every kind word named ("approvals and failures").
  const kinds = new Set<LedgerEventKind>();
  for (const [phrase, named] of KIND_PHRASES) {
    take(phrase, () => {
      for (const k of named) kinds.add(k);
      return true;
    });
  }
  if (kinds.size > 0) filters.kinds = [...kinds];

  if (Object.keys(filters).length === 0) return null;
  // Leftover joining words at the end ("history for marketing and") are dropped with the phrase.
  rest = rest
    .replace(/\s+(?:and|or|,)\s*$/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { filters, rest };
}

/**
 * The parser's entry point with history filters: a text that states filters is parsed without
 * them; when it reads as a history request the filters are attached (`history`), otherwise the
 * original text is parsed as it was.
 */
export function withHistoryFilters(text: string, parse: (text: string) => ParseResult): ParseResult {
  const found = typeof text === 'string' ? readHistoryFilters(text) : null;
  if (found === null) return parse(text);
  const stripped = parse(found.rest);
  if (stripped.intent !== 'history') return parse(text);
  // "how do I ask for a token? writing up the audit notes": without its kind word ("token") a
  // question about the bot may read as history; the whole text decides that it is a question.
  // "need a token for the audit walkthrough, 2h": without "token" the rest reads as history, but the
  // whole text asks for something else (an action or another read): the whole text decides.
  const whole = parse(text);
  if (whole.intent !== 'history' && whole.intent !== 'unknown') return whole;
  // (dev26a: "Which tokens were issued to <@U…>? (Asking on behalf of Internal Audit.)": the one credentials
  // were issued to is the owner the whole text states, as it is without the sentence after it; README "Owner".)
  const owner = whole.intent === 'history' && stripped.owner === null ? whole.owner : stripped.owner;
  // (fix38a, tuned-ocean: "history of the access keys on X": the kind word goes with "keys", the filter, but the whole
  // text states the key's kind.)
  const keyKind = whole.intent === 'history' && stripped.keyKind === null ? whole.keyKind : stripped.keyKind;
  return { ...stripped, owner, keyKind, history: found.filters };
}
