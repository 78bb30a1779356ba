/**
 * The subset of Slack Block Kit this bot renders. Pure data: renderers build it, `slack/` sends it,
 * the console turns it into text. Limits are Slack's documented ones.
 */
export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  fieldsPerSection: 10,
  fieldText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  elementsPerActions: 25,
  messageText: 4000,
} as const;

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface ConfirmDialog {
  title: { type: 'plain_text'; text: string };
  text: TextObject;
  confirm: { type: 'plain_text'; text: string };
  deny: { type: 'plain_text'; text: string };
  style?: 'primary' | 'danger';
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  /** Only ever an opaque request ID. */
  value: string;
  style?: 'primary' | 'danger';
  confirm?: ConfirmDialog;
}

export interface HeaderBlock {
  type: 'header';
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  block_id?: string;
}
export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  accessory?: ButtonElement;
  block_id?: string;
}
export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}
export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
  block_id?: string;
}
export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
  block_id?: string;
}

export type Block = HeaderBlock | SectionBlock | DividerBlock | ContextBlock | ActionsBlock;

/** One message: `text` is the notification/fallback text and must never hold a secret. */
export interface Message {
  text: string;
  blocks: Block[];
  /** True when the blocks contain a secret: such a message may only be shown privately to the requester. */
  containsSecret: boolean;
}
