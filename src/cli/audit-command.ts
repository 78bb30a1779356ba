/**
 * `bedrock-bot audit`: exports the ledger's events for a SIEM, oldest first, as JSON Lines or CSV,
 * paging through everything (not only the latest few) with filters by time, business unit,
 * person and kind. The ledger never holds a secret; as a last line, a detail that looks like a
 * credential is replaced before it is written.
 */
import {
  LEDGER_EVENT_KINDS,
  type EventQuery,
  type Ledger,
  type LedgerEvent,
  type LedgerEventKind,
} from '../core/ledger-port.js';
import { looksLikeBedrockCredential } from '../core/secret.js';

export type AuditFormat = 'jsonl' | 'csv';

export interface AuditArgs {
  since?: string;
  until?: string;
  unit?: string;
  person?: string;
  kind?: string;
  format?: string;
}

export interface AuditFilter {
  query: Omit<EventQuery, 'limit' | 'afterId'>;
  format: AuditFormat;
}

const RELATIVE = /^(\d{1,5})\s*(h|d|w)$/i;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** "2026-11-01", an ISO timestamp, or "30d" / "24h" / "2w" before `now`. */
export function parseTime(text: string, now: Date): Date | null {
  const rel = RELATIVE.exec(text.trim());
  if (rel !== null) {
    const unit = (rel[2] ?? 'd').toLowerCase() as keyof typeof UNIT_MS;
    return new Date(now.getTime() - Number(rel[1]) * UNIT_MS[unit]);
  }
  if (!/^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/.test(text.trim())) return null;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The filter the arguments describe, or every problem with them. */
export function auditFilter(
  args: AuditArgs,
  now: Date,
): { ok: true; value: AuditFilter } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const query: AuditFilter['query'] = {};
  for (const [name, key] of [
    ['since', 'since'],
    ['until', 'until'],
  ] as const) {
    const text = args[name];
    if (text === undefined) continue;
    const date = parseTime(text, now);
    if (date === null)
      problems.push(
        `--${name} "${text}": give a date (2026-11-01), a UTC timestamp or an age (30d, 24h, 2w).`,
      );
    else query[key] = date;
  }
  if (args.unit !== undefined) query.businessUnit = args.unit.trim().toLowerCase();
  if (args.person !== undefined) query.actorId = args.person.trim();
  if (args.kind !== undefined) {
    const kinds = args.kind
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    const unknown = kinds.filter((k) => !(LEDGER_EVENT_KINDS as readonly string[]).includes(k));
    if (unknown.length > 0)
      problems.push(`--kind ${unknown.join(', ')}: not an event kind (${LEDGER_EVENT_KINDS.join(', ')}).`);
    query.kinds = kinds as LedgerEventKind[];
  }
  const format = args.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') problems.push(`--format ${format}: use jsonl or csv.`);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { query, format: format as AuditFormat } };
}

const COLUMNS = [
  'id',
  'at',
  'kind',
  'request_id',
  'actor_id',
  'actor_name',
  'business_unit',
  'detail',
] as const;

function row(e: LedgerEvent): Record<(typeof COLUMNS)[number], string | number | null> {
  return {
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind,
    request_id: e.requestId,
    actor_id: e.actorId,
    actor_name: e.actorName,
    business_unit: e.businessUnit,
    detail: looksLikeBedrockCredential(e.detail) ? '[redacted: looked like a credential]' : e.detail,
  };
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatEvent(e: LedgerEvent, format: AuditFormat): string {
  const r = row(e);
  return format === 'jsonl' ? JSON.stringify(r) : COLUMNS.map((c) => csvCell(r[c])).join(',');
}

export interface RunAuditOptions {
  ledger: Ledger;
  filter: AuditFilter;
  write(text: string): Promise<void>;
  /** Events read per page (the ledger is never read whole into memory). */
  pageSize?: number;
}

/** Writes every matching event; returns how many. */
export async function exportAudit(opts: RunAuditOptions): Promise<number> {
  const pageSize = opts.pageSize ?? 1000;
  if (opts.filter.format === 'csv') await opts.write(`${COLUMNS.join(',')}\n`);
  let afterId = 0;
  let count = 0;
  for (;;) {
    const page = await opts.ledger.queryEvents({ ...opts.filter.query, afterId, limit: pageSize });
    if (page.length === 0) return count;
    await opts.write(`${page.map((e) => formatEvent(e, opts.filter.format)).join('\n')}\n`);
    count += page.length;
    afterId = page.at(-1)?.id ?? afterId;
    if (page.length < pageSize) return count;
  }
}
