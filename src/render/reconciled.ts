/** The engine tidied up after an interrupted change (e.g. deleted a key that was never delivered). */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { context, message } from './blocks.js';
import { code, esc } from './format.js';
import { packLines } from './limits.js';
import { keyLine } from './key-label.js';

export function renderReconciled(o: Extract<Outcome, { type: 'reconciled' }>, ctx: RenderContext): Message {
  const lines = [
    `🔄 ${esc(o.message)}`,
    ...(o.deleted.length > 0 ? ['*Removed:*', ...o.deleted.map(keyLine)] : []),
  ];
  return message(`${esc(o.businessUnit)}: ${esc(o.message)}`, [
    ...packLines(lines, { maxSections: 3, more: (n) => `…and ${n} more.` }).blocks,
    context(`Current state: ${code(`${ctx.commandName} details for ${o.businessUnit}`)}`),
  ]);
}
