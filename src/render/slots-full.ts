/** The user already has the two keys of this kind AWS allows: say so and offer the ways out. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, message } from './blocks.js';
import { code, esc } from './format.js';
import { sections } from './limits.js';
import { keyLine } from './key-label.js';

export function renderSlotsFull(o: Extract<Outcome, { type: 'slots-full' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const kind = o.keyKind === 'api-key' ? 'Bedrock API keys' : 'access keys';
  const shown = o.keys.slice(0, 10).map(keyLine);
  if (o.keys.length > 10) shown.push(`…and ${o.keys.length - 10} more`);
  const blocks: Block[] = [
    ...sections(
      `🧱 *${esc(o.businessUnit)} already has ${o.keys.length} ${kind}*, the most AWS allows per user:\n${shown.join('\n')}`,
    ),
    ...sections(
      `*Ways forward*\n• Rotate: ${code(`${c} rotate key for ${o.businessUnit}`)}\n• Delete one you no longer use: ${code(`${c} revoke key <id> for ${o.businessUnit}`)}\n• See which are in use: ${code(`${c} details for ${o.businessUnit}`)}`,
    ),
  ];
  if (o.requestId) {
    // The engine stored this request as a question with the outcome's choices.
    const requestId = o.requestId;
    const choices = o.choices.map((c) =>
      button(
        'choose',
        c.label,
        requestId,
        c.style ? { choiceKey: c.key, style: c.style } : { choiceKey: c.key },
      ),
    );
    blocks.push(actions(...choices, button('cancel', 'Cancel', requestId)));
  }
  blocks.push(context('Nothing was changed.'));
  return message(`${esc(o.businessUnit)} already has the maximum of ${kind}.`, blocks);
}
