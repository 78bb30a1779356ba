/** Recent ledger events, newest first as given, one line each. */
import type { RenderContext } from './render-reply.js';
import type { LedgerEventKind } from '../core/ledger-port.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, header, message } from './blocks.js';
import { code, esc, formatUtc, person, plural } from './format.js';
import { clip, packLines, sections } from './limits.js';

const ICON: Record<LedgerEventKind, string> = {
  requested: '📝',
  confirmed: '👍',
  cancelled: '✖',
  approval_requested: '📨',
  approved: '✅',
  denied: '❌',
  expired: '⌛',
  executed: '⚙',
  failed: '⚠',
  revealed: '👁',
  token_issued: '🎟',
  key_created: '🔑',
  key_deleted: '🗑',
  reconciled: '🔄',
  refused: '🚫',
  reminded: '⏰',
};

/** ISO timestamps inside event details (e.g. a token's expiry) read as the rest of the line does. */
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

function readableTimes(detail: string): string {
  return detail.replace(ISO_TIME, (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatUtc(date);
  });
}

/** "by <@U1> · approvals, denials · 2026-11-23 10:00 UTC → now" (empty without filters). */
export function describeFilters(o: Extract<Outcome, { type: 'history' }>): string {
  const f = o.filters;
  if (f === undefined) return '';
  const parts: string[] = [];
  if (f.actorId !== undefined) parts.push(`by ${person(f.actorId)}`);
  if (f.kinds !== undefined && f.kinds.length > 0)
    parts.push(f.kinds.map((k) => esc(k.replace(/_/g, ' '))).join(', '));
  if (f.since !== undefined || f.until !== undefined)
    parts.push(`${f.since ? formatUtc(f.since) : 'the start'} → ${f.until ? formatUtc(f.until) : 'now'}`);
  return parts.join(' · ');
}

export function renderHistory(o: Extract<Outcome, { type: 'history' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const scope = o.businessUnit ? ` for ${o.businessUnit}` : '';
  const filtered = describeFilters(o);
  const page = o.page ?? 1;
  if (o.events.length === 0) {
    const what = filtered === '' ? '' : ` matching ${filtered}`;
    return message(
      `No history${esc(scope)} yet.`,
      sections(
        page > 1
          ? `No older events${esc(scope)}${what}.`
          : `No requests or changes recorded${esc(scope)}${what} yet.`,
      ),
    );
  }
  const lines = o.events.map((e) => {
    const unit = e.businessUnit && !o.businessUnit ? ` · *${esc(e.businessUnit)}*` : '';
    const detail = e.detail ? ` · ${esc(clip(readableTimes(e.detail), 300))}` : '';
    return `${ICON[e.kind] ?? '•'} ${formatUtc(e.at)} · ${esc(e.kind.replace(/_/g, ' '))} · ${esc(e.actorName)}${unit}${detail}`;
  });
  const more = o.businessUnit
    ? (n: number) => `…and ${plural(n, 'older event')}.`
    : (n: number) => `…and ${plural(n, 'older event')}; ask for one unit: ${code(`${c} history for <unit>`)}`;
  const count =
    page > 1 ? `page ${page}` : o.truncated === true ? `newest ${o.events.length}` : String(o.events.length);
  const next = o.more;
  const blocks: Block[] = [
    header(`History${scope} (${count})`),
    ...(filtered !== '' ? [context(`Filtered: ${filtered}`)] : []),
    ...packLines(lines, { maxSections: 12, more }).blocks,
    ...(next !== undefined
      ? [actions(button('choose', 'Older events', next.requestId, { choiceKey: next.choiceKey }))]
      : []),
    ...(o.truncated === true && next === undefined
      ? [
          context(
            `Showing the newest ${plural(o.events.length, 'event')}; older events are in the ledger${o.businessUnit ? '' : ` (ask for one unit: ${code(`${c} history for <unit>`)})`}.`,
          ),
        ]
      : []),
    context(
      `Times in UTC. Filter: ${code(`${c} history for <unit> last week`)}, ${code(`${c} my history`)}, ${code(`${c} history of approvals since 2026-01-31`)}. Never a secret.`,
    ),
  ];
  return message(
    `${o.truncated === true ? `newest ${plural(o.events.length, 'event')}` : plural(o.events.length, 'event')}${esc(scope)}`,
    blocks,
    false,
    `ask for one unit: ${c} history for <unit>`,
  );
}
