/**
 * Keeps every payload inside Slack's limits. Renderers use the splitting helpers while building
 * (long lists become several sections with a "…and 37 more" note); `fitMessage` is the last
 * safety net every rendered message goes through; `limitViolations` is what the tests assert on.
 */
import { BLOCK_LIMITS, DIALOG_LIMITS } from './block-kit.js';
import type {
  ActionsBlock,
  Block,
  ButtonElement,
  ConfirmDialog,
  ContextBlock,
  Message,
  SectionBlock,
  TextObject,
} from './block-kit.js';

const FENCE = '```';

/** Cuts `text` to at most `max` characters, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

function fenceCount(line: string): number {
  return line.split(FENCE).length - 1;
}

/** Clips mrkdwn and re-closes a code block the cut left open. */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = clip(text, max - FENCE.length);
  if (fenceCount(cut) % 2 === 1) cut += FENCE;
  return cut;
}

/**
 * Splits mrkdwn into chunks of at most `max` characters on line boundaries. A code block cut in
 * two is closed at the end of one chunk and reopened at the start of the next, so each chunk
 * renders on its own. A single line longer than a chunk is cut hard.
 */
export function splitMrkdwn(text: string, max: number = BLOCK_LIMITS.sectionText): string[] {
  if (text.length <= max) return [text];
  const room = max - 2 * FENCE.length - 1;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= room) lines.push(line);
    else for (let i = 0; i < line.length; i += room) lines.push(line.slice(i, i + room));
  }
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  let inFence = false;
  for (const line of lines) {
    const fenceAfter: boolean = fenceCount(line) % 2 === 1 ? !inFence : inFence;
    const add = (current.length > 0 ? 1 : 0) + line.length;
    if (current.length > 0 && size + add + (fenceAfter ? FENCE.length : 0) > max) {
      chunks.push(current.join('\n') + (inFence ? FENCE : ''));
      const first = (inFence ? FENCE : '') + line;
      current = [first];
      size = first.length;
    } else {
      current.push(line);
      size += add;
    }
    inFence = fenceAfter;
  }
  if (current.length > 0) chunks.push(current.join('\n') + (inFence ? FENCE : ''));
  return chunks;
}

export function mrkdwn(text: string): TextObject {
  return { type: 'mrkdwn', text };
}

/** One or more section blocks holding `text` (split when over the section limit). */
export function sections(text: string): SectionBlock[] {
  return splitMrkdwn(text).map((chunk) => ({ type: 'section', text: mrkdwn(chunk) }));
}

/** Section blocks holding `fields` ten at a time, each field clipped. */
export function fieldSections(fields: string[]): SectionBlock[] {
  const out: SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += BLOCK_LIMITS.fieldsPerSection) {
    out.push({
      type: 'section',
      fields: fields
        .slice(i, i + BLOCK_LIMITS.fieldsPerSection)
        .map((f) => mrkdwn(clipMrkdwn(f, BLOCK_LIMITS.fieldText))),
    });
  }
  return out;
}

export interface PackOptions {
  /** At most this many sections; the rest is summarised by `more`. */
  maxSections: number;
  /** At most this many lines, even when more would fit. */
  maxItems?: number;
  /** Wraps each chunk (e.g. in a code block, with a table header). */
  wrap?: (body: string) => string;
  /** The note for items left out: "…and 37 more; ask for details of one unit". */
  more: (remaining: number) => string;
  /** Characters the wrapper adds, reserved per section. */
  wrapOverhead?: number;
}

/**
 * Packs one line per item into as few sections as possible; items that do not fit in
 * `maxSections` are left out and counted in a final note. Returns the sections and the count left out.
 */
export function packLines(lines: string[], opts: PackOptions): { blocks: SectionBlock[]; omitted: number } {
  const wrap = opts.wrap ?? ((b: string) => b);
  const budget = BLOCK_LIMITS.sectionText - (opts.wrapOverhead ?? 0);
  const bodies: string[] = [];
  let current: string[] = [];
  let size = 0;
  let used = 0;
  for (const raw of lines.slice(0, opts.maxItems ?? lines.length)) {
    const line = clip(raw, budget);
    if (current.length > 0 && size + 1 + line.length > budget) {
      bodies.push(current.join('\n'));
      current = [];
      size = 0;
      if (bodies.length >= opts.maxSections) break;
    }
    size += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
    used += 1;
  }
  if (current.length > 0) bodies.push(current.join('\n'));
  const omitted = lines.length - used;
  const blocks: SectionBlock[] = bodies.map((b) => ({
    type: 'section',
    text: mrkdwn(clipMrkdwn(wrap(b), BLOCK_LIMITS.sectionText)),
  }));
  if (omitted > 0)
    blocks.push({ type: 'section', text: mrkdwn(clip(opts.more(omitted), BLOCK_LIMITS.sectionText)) });
  return { blocks, omitted };
}

function fitDialog(d: ConfirmDialog): ConfirmDialog {
  return {
    ...d,
    title: { ...d.title, text: clip(d.title.text, DIALOG_LIMITS.title) },
    text: { ...d.text, text: clip(d.text.text, DIALOG_LIMITS.text) },
    confirm: { ...d.confirm, text: clip(d.confirm.text, DIALOG_LIMITS.button) },
    deny: { ...d.deny, text: clip(d.deny.text, DIALOG_LIMITS.button) },
  };
}

function fitButton(b: ButtonElement): ButtonElement {
  const out: ButtonElement = {
    ...b,
    action_id: clip(b.action_id, BLOCK_LIMITS.actionId),
    text: { ...b.text, text: clip(b.text.text, BLOCK_LIMITS.buttonText) },
    value: b.value.slice(0, BLOCK_LIMITS.buttonValue),
  };
  if (b.confirm) out.confirm = fitDialog(b.confirm);
  return out;
}

function fitBlock(block: Block): Block[] {
  switch (block.type) {
    case 'header':
      return [{ ...block, text: { ...block.text, text: clip(block.text.text, BLOCK_LIMITS.headerText) } }];
    case 'divider':
      return [block];
    case 'section': {
      const out: SectionBlock[] = [];
      const base: SectionBlock = { type: 'section' };
      if (block.block_id) base.block_id = block.block_id;
      if (block.text) {
        const chunks =
          block.text.type === 'mrkdwn'
            ? splitMrkdwn(block.text.text)
            : [clip(block.text.text, BLOCK_LIMITS.sectionText)];
        for (const chunk of chunks) out.push({ type: 'section', text: { ...block.text, text: chunk } });
      }
      if (block.fields && block.fields.length > 0) {
        for (let i = 0; i < block.fields.length; i += BLOCK_LIMITS.fieldsPerSection) {
          const fields = block.fields.slice(i, i + BLOCK_LIMITS.fieldsPerSection).map((f) => ({
            ...f,
            text:
              f.type === 'mrkdwn'
                ? clipMrkdwn(f.text, BLOCK_LIMITS.fieldText)
                : clip(f.text, BLOCK_LIMITS.fieldText),
          }));
          // The first chunk of fields joins the (last) text section when there is room for it.
          const last = out[out.length - 1];
          if (i === 0 && last && !last.fields) last.fields = fields;
          else out.push({ type: 'section', fields });
        }
      }
      if (out.length === 0) out.push({ type: 'section', text: mrkdwn(' ') });
      if (block.accessory) {
        const first = out[0];
        if (first) first.accessory = fitButton(block.accessory);
      }
      if (block.block_id && out[0]) out[0].block_id = clip(block.block_id, DIALOG_LIMITS.blockId);
      return out;
    }
    case 'context': {
      const max = BLOCK_LIMITS.contextElements;
      let elements = block.elements.map((e) => ({
        ...e,
        text: clip(e.text, DIALOG_LIMITS.contextElementText),
      }));
      if (elements.length > max) {
        const rest = elements
          .slice(max - 1)
          .map((e) => e.text)
          .join('  ·  ');
        elements = [...elements.slice(0, max - 1), mrkdwn(clip(rest, DIALOG_LIMITS.contextElementText))];
      }
      const out: ContextBlock = { type: 'context', elements };
      if (block.block_id) out.block_id = block.block_id;
      return [out];
    }
    case 'actions': {
      const out: ActionsBlock[] = [];
      for (let i = 0; i < block.elements.length; i += BLOCK_LIMITS.elementsPerActions) {
        out.push({
          type: 'actions',
          elements: block.elements.slice(i, i + BLOCK_LIMITS.elementsPerActions).map(fitButton),
        });
      }
      if (block.block_id && out[0]) out[0].block_id = block.block_id;
      return out;
    }
  }
}

/**
 * Brings any message within Slack's limits: splits over-long sections and field lists, clips
 * texts, and when there are more than 50 blocks keeps the first ones and the trailing buttons,
 * with a note saying how much was left out.
 */
export function fitMessage(
  message: Message,
  overflowNote = 'ask for something narrower to see the rest',
): Message {
  let blocks = message.blocks.flatMap(fitBlock);
  const max = BLOCK_LIMITS.blocksPerMessage;
  if (blocks.length > max) {
    let tailStart = blocks.length;
    while (tailStart > 0 && blocks[tailStart - 1]?.type === 'actions' && blocks.length - tailStart < 3)
      tailStart -= 1;
    const tail = blocks.slice(tailStart);
    const keep = max - tail.length - 1;
    const omitted = tailStart - keep;
    const note: ContextBlock = {
      type: 'context',
      elements: [mrkdwn(`…${omitted} more parts not shown; ${overflowNote}.`)],
    };
    blocks = [...blocks.slice(0, keep), note, ...tail];
  }
  return { ...message, text: clip(message.text, BLOCK_LIMITS.messageText), blocks };
}

function buttonsOf(block: Block): ButtonElement[] {
  if (block.type === 'actions') return block.elements;
  if (block.type === 'section' && block.accessory) return [block.accessory];
  return [];
}

/** Every way `message` breaks a Slack limit, as readable strings (empty when it fits). */
export function limitViolations(message: Message): string[] {
  const v: string[] = [];
  const L = BLOCK_LIMITS;
  if (message.text.length > L.messageText) v.push(`text is ${message.text.length} chars`);
  if (message.text.length === 0) v.push('text is empty');
  if (message.blocks.length > L.blocksPerMessage) v.push(`${message.blocks.length} blocks`);
  message.blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    if (block.type === 'header' && block.text.text.length > L.headerText)
      v.push(`${at}: header ${block.text.text.length} chars`);
    if (block.type === 'section') {
      if (!block.text && (!block.fields || block.fields.length === 0))
        v.push(`${at}: neither text nor fields`);
      if (block.text && block.text.text.length > L.sectionText)
        v.push(`${at}: text ${block.text.text.length} chars`);
      if (block.text && block.text.text.length === 0) v.push(`${at}: empty text`);
      if (block.fields && block.fields.length > L.fieldsPerSection)
        v.push(`${at}: ${block.fields.length} fields`);
      for (const f of block.fields ?? [])
        if (f.text.length > L.fieldText) v.push(`${at}: field ${f.text.length} chars`);
    }
    if (block.type === 'context') {
      if (block.elements.length > L.contextElements) v.push(`${at}: ${block.elements.length} elements`);
      if (block.elements.length === 0) v.push(`${at}: no elements`);
      for (const e of block.elements)
        if (e.text.length > DIALOG_LIMITS.contextElementText) v.push(`${at}: element ${e.text.length} chars`);
    }
    if (block.type === 'actions') {
      if (block.elements.length > L.elementsPerActions) v.push(`${at}: ${block.elements.length} elements`);
      if (block.elements.length === 0) v.push(`${at}: no elements`);
    }
    for (const b of buttonsOf(block)) {
      if (b.action_id.length > L.actionId) v.push(`${at}: action_id ${b.action_id.length} chars`);
      if (b.value.length > L.buttonValue) v.push(`${at}: value ${b.value.length} chars`);
      if (b.text.text.length > L.buttonText) v.push(`${at}: button text ${b.text.text.length} chars`);
      if (b.confirm) {
        const c = b.confirm;
        if (c.title.text.length > DIALOG_LIMITS.title) v.push(`${at}: confirm title too long`);
        if (c.text.text.length > DIALOG_LIMITS.text) v.push(`${at}: confirm text too long`);
        if (c.confirm.text.length > DIALOG_LIMITS.button || c.deny.text.length > DIALOG_LIMITS.button)
          v.push(`${at}: confirm buttons too long`);
      }
    }
    if (block.block_id && block.block_id.length > DIALOG_LIMITS.blockId) v.push(`${at}: block_id too long`);
  });
  return v;
}
