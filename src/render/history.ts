/** Recent ledger events, newest first as given, one line each. */
import type { RenderContext } from './render-reply.js';
import type { LedgerEventKind } from '../core/ledger-port.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, esc, formatUtc, plural } from './format.js';
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

export function renderHistory(o: Extract<Outcome, { type: 'history' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const scope = o.businessUnit ? ` for ${o.businessUnit}` : '';
  if (o.events.length === 0) {
    return message(
      `No history${esc(scope)} yet.`,
      sections(`No requests or changes recorded${esc(scope)} yet.`),
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
  const count = o.truncated === true ? `newest ${o.events.length}` : String(o.events.length);
  const blocks: Block[] = [
    header(`History${scope} (${count})`),
    ...packLines(lines, { maxSections: 12, more }).blocks,
    ...(o.truncated === true
      ? [
          context(
            `Showing the newest ${plural(o.events.length, 'event')}; older events are in the ledger${o.businessUnit ? '' : ` (ask for one unit: ${code(`${c} history for <unit>`)})`}.`,
          ),
        ]
      : []),
    context('Times in UTC. The ledger records who asked, who decided and what changed; never a secret.'),
  ];
  return message(
    `${o.truncated === true ? `newest ${plural(o.events.length, 'event')}` : plural(o.events.length, 'event')}${esc(scope)}`,
    blocks,
    false,
    `ask for one unit: ${c} history for <unit>`,
  );
}
