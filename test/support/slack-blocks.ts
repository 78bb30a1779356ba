/** Reading what the bot sent: buttons and text out of recorded Slack calls. */
import type { RecordedCall } from './fake-slack.js';

export interface SentButton {
  actionId: string;
  value: string;
  text: string;
}

interface LooseBlock {
  type?: string;
  text?: { text?: string };
  fields?: Array<{ text?: string }>;
  elements?: Array<{ type?: string; action_id?: string; value?: string; text?: string | { text?: string } }>;
  accessory?: { type?: string; action_id?: string; value?: string; text?: { text?: string } };
}

function blocksOf(call: RecordedCall): LooseBlock[] {
  const blocks = call.body.blocks;
  return Array.isArray(blocks) ? (blocks as LooseBlock[]) : [];
}

export function buttonsIn(call: RecordedCall | undefined): SentButton[] {
  if (call === undefined) return [];
  const out: SentButton[] = [];
  const add = (
    e: { type?: string; action_id?: string; value?: string; text?: string | { text?: string } } | undefined,
  ) => {
    if (e?.type === 'button' && e.action_id !== undefined) {
      out.push({
        actionId: e.action_id,
        value: e.value ?? '',
        text: typeof e.text === 'string' ? e.text : (e.text?.text ?? ''),
      });
    }
  };
  for (const block of blocksOf(call)) {
    add(block.accessory);
    for (const element of block.elements ?? []) add(element);
  }
  return out;
}

export function buttonIn(call: RecordedCall | undefined, actionId: string): SentButton | undefined {
  return buttonsIn(call).find((b) => b.actionId === actionId);
}

/** All visible text of a call (fallback text and block texts), for loose assertions. */
export function textOf(call: RecordedCall | undefined): string {
  if (call === undefined) return '';
  const parts: string[] = [String(call.body.text ?? '')];
  for (const block of blocksOf(call)) {
    if (block.text?.text !== undefined) parts.push(block.text.text);
    for (const f of block.fields ?? []) if (f.text !== undefined) parts.push(f.text);
    for (const e of block.elements ?? []) {
      if (typeof e.text === 'string') parts.push(e.text);
      else if (e.text?.text !== undefined) parts.push(e.text.text);
    }
  }
  return parts.join('\n');
}
