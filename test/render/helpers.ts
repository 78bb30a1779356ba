import type { Message } from '../../src/render/block-kit.js';
import { messageToText } from '../../src/render/to-text.js';

/** Everything a reader sees, as plain text (entities decoded). */
export const visible = (m: Message): string => messageToText(m);

/** Every string anywhere in the payload, raw. */
export const raw = (m: Message): string => JSON.stringify(m.blocks);

export function buttons(
  m: Message,
): { action_id: string; value: string; label: string; style?: string; confirm: boolean }[] {
  return m.blocks.flatMap((b) => {
    const els = b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [];
    return els.map((e) => ({
      action_id: e.action_id,
      value: e.value,
      label: e.text.text,
      ...(e.style ? { style: e.style } : {}),
      confirm: e.confirm !== undefined,
    }));
  });
}
