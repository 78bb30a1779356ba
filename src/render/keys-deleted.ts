/** Keys deleted (revoke, or the old keys after a rotation). */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { context, message } from './blocks.js';
import { code, esc, plural } from './format.js';
import { packLines } from './limits.js';
import { keyLine } from './key-label.js';

export function renderKeysDeleted(
  o: Extract<Outcome, { type: 'keys-deleted' }>,
  ctx: RenderContext,
): Message {
  const head =
    o.deleted.length === 0
      ? `Nothing to delete for *${esc(o.businessUnit)}*.`
      : `🗑 *Deleted ${plural(o.deleted.length, 'key')}* of ${code(o.userName)}: they no longer work.`;
  const lines = [head, ...o.deleted.map(keyLine), ...o.notes.map((n) => `ℹ ${esc(n)}`)];
  return message(`Deleted ${plural(o.deleted.length, 'key')} for ${esc(o.businessUnit)}.`, [
    ...packLines(lines, { maxSections: 4, more: (n) => `…and ${n} more lines.` }).blocks,
    context(`Current state: ${code(`${ctx.commandName} details for ${o.businessUnit}`)}`),
  ]);
}
