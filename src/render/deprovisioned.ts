/** A business unit removed: what went, in order. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { context, message } from './blocks.js';
import { code, esc } from './format.js';
import { packLines } from './limits.js';

export function renderDeprovisioned(
  o: Extract<Outcome, { type: 'deprovisioned' }>,
  _ctx: RenderContext,
): Message {
  const lines = [
    `🗑 *${esc(o.businessUnit)} deprovisioned.* The IAM user ${code(o.userName)} and its credentials no longer exist.`,
    ...o.removed.map((r) => `• ${esc(r)}`),
  ];
  return message(`${esc(o.businessUnit)} deprovisioned: ${esc(o.userName)} deleted.`, [
    ...packLines(lines, { maxSections: 4, more: (n) => `…and ${n} more.` }).blocks,
    context('Its history stays in the ledger. Cost Explorer keeps past costs under its tags.'),
  ]);
}
