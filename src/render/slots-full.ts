/** The user already has the two keys of this kind AWS allows: say so and offer the ways out. */
import type { RenderContext } from '../core/engine-api.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, dialog, message } from './blocks.js';
import { code, esc } from './format.js';
import { sections } from './limits.js';
import { keyLine } from './key-label.js';

export function renderSlotsFull(o: Extract<Outcome, { type: 'slots-full' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const kind = o.keyKind === 'api-key' ? 'Bedrock API keys' : 'access keys';
  const shown = o.keys.slice(0, 10).map(keyLine);
  if (o.keys.length > 10) shown.push(`…and ${o.keys.length - 10} more`);
  const blocks: Block[] = [
    ...sections(`🧱 *${esc(o.businessUnit)} already has ${o.keys.length} ${kind}*, the most AWS allows per user:\n${shown.join('\n')}`),
    ...sections(
      `*Ways forward*\n• Rotate: ${code(`${c} rotate key for ${o.businessUnit}`)}\n• Delete one you no longer use: ${code(`${c} revoke key <id> for ${o.businessUnit}`)}\n• See which are in use: ${code(`${c} details for ${o.businessUnit}`)}`,
    ),
  ];
  if (o.requestId) {
    blocks.push(
      actions(
        button('delete_old', 'Delete the oldest and continue', o.requestId, {
          style: 'danger',
          confirm: dialog('Delete the oldest key?', 'Anything still using the oldest key stops working at once. This cannot be undone.', 'Yes, delete', 'Go back'),
        }),
        button('cancel', 'Cancel', o.requestId),
      ),
    );
  }
  blocks.push(context('Nothing was changed.'));
  return message(`${esc(o.businessUnit)} already has the maximum of ${kind}.`, blocks);
}
