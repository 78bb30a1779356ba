/**
 * History a page at a time, newest first, through everything in the ledger: filtered by unit,
 * person, kinds of event and period. Each page is one keyset query on an index (at, id), so the
 * first page and the thousandth cost the same over a million events. The next page is offered as
 * a structured request ("More"): the same filters, made absolute, and where this page ended.
 */
import { quarterStart } from './calendar.js';
import type { EventCursor, EventQuery, Ledger } from './ledger-port.js';
import type { HistoryFilterSummary, Outcome } from './outcome.js';
import type { HistoryFilters, ParseResult, StatedPeriod } from './request.js';
import type { Requester } from './requester.js';

export const HISTORY_PAGE_SIZE = 20;
const DAY = 86_400_000;

/** An ISO date or time as a bound; a bare date as `until` means the end of that day. */
function bound(text: string, isUntil: boolean): Date | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const date = new Date(dateOnly ? `${text}T00:00:00.000Z` : text);
  if (Number.isNaN(date.getTime())) return null;
  return dateOnly && isUntil ? new Date(date.getTime() + DAY) : date;
}

/** A period the parser states (`period` slot) as times, UTC calendar months; `until` exclusive. */
export function periodBounds(period: StatedPeriod, now: Date): { since: Date; until?: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  switch (period.kind) {
    case 'days':
      return { since: new Date(now.getTime() - period.days * DAY) };
    case 'month':
      return {
        since: new Date(Date.UTC(y, m - period.monthsAgo, 1)),
        until: new Date(Date.UTC(y, m - period.monthsAgo + 1, 1)),
      };
    case 'named-month': {
      // The most recent such month not in the future, unless a year is stated.
      const year = period.year ?? (period.month - 1 > m ? y - 1 : y);
      return {
        since: new Date(Date.UTC(year, period.month - 1, 1)),
        until: new Date(Date.UTC(year, period.month, 1)),
      };
    }
    case 'quarter':
    case 'named-quarter': {
      const q = quarterStart(period, y, m);
      return {
        since: new Date(Date.UTC(q.year, q.month, 1)),
        until: new Date(Date.UTC(q.year, q.month + 3, 1)),
      };
    }
  }
}

/**
 * The stated filters as applied at `now`: "me" is the person asking, periods become times. The
 * parser's `period` slot applies unless the history filters state a period of their own.
 */
export function resolveHistoryFilters(
  filters: HistoryFilters | undefined,
  requester: Requester,
  now: Date,
  period: StatedPeriod | null = null,
): HistoryFilterSummary {
  const out: HistoryFilterSummary = {};
  if (period !== null) Object.assign(out, periodBounds(period, now));
  if (filters === undefined) return out;
  const ownPeriod =
    filters.day !== undefined ||
    filters.withinDays !== undefined ||
    filters.since !== undefined ||
    filters.until !== undefined;
  if (ownPeriod) {
    delete out.since;
    delete out.until;
  }
  if (filters.actor !== undefined) out.actorId = filters.actor === 'me' ? requester.userId : filters.actor;
  if (filters.kinds !== undefined && filters.kinds.length > 0) out.kinds = [...filters.kinds];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (filters.day === 'today') out.since = new Date(today);
  if (filters.day === 'yesterday') {
    out.since = new Date(today - DAY);
    out.until = new Date(today);
  }
  if (filters.withinDays !== undefined) out.since = new Date(now.getTime() - filters.withinDays * DAY);
  const since = filters.since === undefined ? null : bound(filters.since, false);
  const until = filters.until === undefined ? null : bound(filters.until, true);
  if (since !== null) out.since = since;
  if (until !== null) out.until = until;
  return out;
}

/** True when the history asked for is only the asker's own actions (anyone may see those). */
export function onlyOwnHistory(parse: ParseResult, requester: Requester): boolean {
  const actor = parse.history?.actor;
  return actor === 'me' || (actor !== undefined && actor === requester.userId);
}

const cursorText = (e: EventCursor): string => `${e.at.toISOString()}|${e.id}`;

function cursorOf(text: string | undefined): EventCursor | null {
  if (text === undefined) return null;
  const [at, id] = text.split('|');
  const date = new Date(at ?? '');
  const n = Number(id);
  return Number.isNaN(date.getTime()) || !Number.isSafeInteger(n) ? null : { at: date, id: n };
}

export interface HistoryPage {
  outcome: Extract<Outcome, { type: 'history' }>;
  /** The request for the next page, or null on the last one. */
  next: ParseResult | null;
}

export async function readHistory(
  ledger: Ledger,
  parse: ParseResult,
  requester: Requester,
  now: Date,
  pageSize = HISTORY_PAGE_SIZE,
): Promise<HistoryPage> {
  const filters = resolveHistoryFilters(parse.history, requester, now, parse.period);
  const before = cursorOf(parse.page?.after);
  const query: EventQuery = {
    newestFirst: true,
    // One more than shown, to know whether another page follows.
    limit: pageSize + 1,
    ...(parse.businessUnit !== null ? { businessUnit: parse.businessUnit } : {}),
    ...(filters.actorId !== undefined ? { actorId: filters.actorId } : {}),
    ...(filters.kinds !== undefined ? { kinds: filters.kinds } : {}),
    ...(filters.since !== undefined ? { since: filters.since } : {}),
    ...(filters.until !== undefined ? { until: filters.until } : {}),
    ...(before !== null ? { before } : {}),
  };
  const fetched = await ledger.queryEvents(query);
  const events = fetched.slice(0, pageSize);
  const page = parse.page?.page ?? 1;
  const last = events.at(-1);
  const hasMore = fetched.length > pageSize && last !== undefined;
  const outcome: HistoryPage['outcome'] = {
    type: 'history',
    events,
    businessUnit: parse.businessUnit,
    truncated: hasMore,
    page,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
  if (!hasMore) return { outcome, next: null };
  // The next page keeps exactly this page's window: relative periods become absolute times.
  const absolute: HistoryFilters = {
    ...(filters.actorId !== undefined ? { actor: filters.actorId } : {}),
    ...(filters.kinds !== undefined ? { kinds: filters.kinds } : {}),
    ...(filters.since !== undefined ? { since: filters.since.toISOString() } : {}),
    ...(filters.until !== undefined ? { until: filters.until.toISOString() } : {}),
  };
  const next: ParseResult = {
    ...parse,
    // The period is in `history` now, as absolute times.
    period: null,
    history: absolute,
    page: { after: cursorText(last), page: page + 1 },
  };
  delete next.alternatives;
  delete next.question;
  return { outcome, next };
}

/** How a person could type a history request (the choice's text; a page cannot be typed). */
export function historyText(parse: ParseResult): string {
  const parts = ['history'];
  if (parse.businessUnit !== null) parts.push(`for ${parse.businessUnit}`);
  const actor = parse.history?.actor;
  if (actor !== undefined) parts.push(actor === 'me' ? '(mine)' : `by <@${actor}>`);
  return parts.join(' ');
}
