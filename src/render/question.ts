/** A question with choices: one button per choice (`bedrock.choose.<key>`), each carrying only the request ID. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, ButtonElement, Message } from './block-kit.js';
import { BLOCK_LIMITS } from './block-kit.js';
import { actions, button, context, message } from './blocks.js';
import { code, esc } from './format.js';
import { sections } from './limits.js';

const MAX_CHOICES = 24;

export function renderQuestion(o: Extract<Outcome, { type: 'question' }>, _ctx: RenderContext): Message {
  const shown = o.choices.slice(0, MAX_CHOICES);
  const buttons: ButtonElement[] = shown.map((c) =>
    button(
      'choose',
      c.label,
      o.requestId,
      c.style ? { choiceKey: c.key, style: c.style } : { choiceKey: c.key },
    ),
  );
  buttons.push(button('cancel', 'Cancel', o.requestId));
  const blocks: Block[] = [...sections(`❓ ${esc(o.question)}`)];
  for (let i = 0; i < buttons.length; i += BLOCK_LIMITS.elementsPerActions)
    blocks.push(actions(...buttons.slice(i, i + BLOCK_LIMITS.elementsPerActions)));
  const hints = shown.filter((c) => c.text.trim() !== '').map((c) => `${esc(c.label)}: ${code(c.text)}`);
  if (hints.length > 0) blocks.push(context(`Or type it: ${hints.slice(0, 6).join('  ·  ')}`));
  if (o.choices.length > shown.length)
    blocks.push(context(`…and ${o.choices.length - shown.length} more choices: type what you want instead.`));
  return message(esc(o.question), blocks);
}
