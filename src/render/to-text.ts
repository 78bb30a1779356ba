/**
 * Block Kit → readable plain text for the terminal console and the one-shot CLI: headers,
 * sections, fields, code blocks (kept, fences included, so they copy cleanly), context lines,
 * and buttons as numbered choices `[1] Confirm  [2] Cancel`. `listButtons` gives the same
 * numbering so the console can map a typed number to an action.
 */
import type { Block, ButtonElement, Message, TextObject } from './block-kit.js';
import { unesc } from './format.js';

/** Every button in the message, in the order `messageToText` numbers them (from 1). */
export function listButtons(message: Message): ButtonElement[] {
  const out: ButtonElement[] = [];
  for (const block of message.blocks) {
    if (block.type === 'section' && block.accessory) out.push(block.accessory);
    if (block.type === 'actions') out.push(...block.elements);
  }
  return out;
}

/** Slack mrkdwn outside code → plain text: mentions, links, bold and strike markers, entities. */
function plainProse(text: string): string {
  return unesc(
    text
      .replace(/<@([A-Z0-9]+)>/g, '@$1')
      .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g, '$1[$2]')
      // Bold and italic markers, also when a code span sits between them: an opening marker
      // follows a space and precedes a non-space; a closing one the other way round.
      .replace(/(^|[\s(])[*_](?=[^\s*_])/g, '$1')
      .replace(/([^\s*_])[*_](?=$|[\s).,:;!?])/g, '$1'),
  );
}

/** Converts mrkdwn, leaving code spans and code blocks as they are (apart from entities). */
export function mrkdwnToText(text: string): string {
  const parts = text.split(/(```[\s\S]*?```|`[^`\n]*`)/g);
  return parts
    .map((part) => {
      if (part.startsWith('```') && part.endsWith('```') && part.length >= 6) {
        const inner = unesc(part.slice(3, -3));
        return `\n\`\`\`\n${inner.replace(/^\n/, '').replace(/\n$/, '')}\n\`\`\`\n`;
      }
      if (part.startsWith('`') && part.endsWith('`') && part.length >= 2) return unesc(part);
      return plainProse(part);
    })
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

function textOf(t: TextObject): string {
  return t.type === 'mrkdwn' ? mrkdwnToText(t.text) : t.text;
}

/** `*Region*\nus-east-1` → `Region: us-east-1`. */
function fieldText(t: TextObject): string {
  const text = textOf(t);
  const nl = text.indexOf('\n');
  if (nl === -1) return text;
  return `${text.slice(0, nl)}: ${text.slice(nl + 1).replace(/\n/g, ' ')}`;
}

function buttonLabel(b: ButtonElement, n: number): string {
  const danger = b.style === 'danger' ? ' (!)' : '';
  return `[${n}] ${b.text.text}${danger}`;
}

export function messageToText(message: Message): string {
  const out: string[] = [];
  let n = 0;
  const render = (block: Block): void => {
    switch (block.type) {
      case 'header': {
        const t = block.text.text;
        out.push(`${t}\n${'═'.repeat(Math.min(60, [...t].length))}`);
        break;
      }
      case 'section': {
        const parts: string[] = [];
        if (block.text) parts.push(textOf(block.text));
        if (block.fields) parts.push(block.fields.map((f) => `  ${fieldText(f)}`).join('\n'));
        if (block.accessory) parts.push(buttonLabel(block.accessory, ++n));
        out.push(parts.join('\n'));
        break;
      }
      case 'context':
        out.push(block.elements.map((e) => `› ${textOf(e)}`).join('\n'));
        break;
      case 'divider':
        out.push('─'.repeat(40));
        break;
      case 'actions':
        out.push(block.elements.map((b) => buttonLabel(b, ++n)).join('  '));
        break;
    }
  };
  message.blocks.forEach(render);
  if (out.length === 0) return mrkdwnToText(message.text);
  return out.filter((s) => s.trim() !== '').join('\n\n');
}
