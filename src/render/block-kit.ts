/**
 * The subset of Slack Block Kit this bot renders. Pure data: renderers build it, `slack/` sends it,
 * the console turns it into text. Every Slack limit the bot knows is here: Slack's documented ones.
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

/** Limits of the confirm dialog and block IDs, not in BLOCK_LIMITS. */
export const DIALOG_LIMITS = {
  title: 100,
  text: 300,
  button: 30,
  blockId: 255,
  contextElementText: 3000,
} as const;

/** Limits of views (the Home tab, modals) and their inputs. */
export const VIEW_LIMITS = {
  blocksPerView: 100,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2000,
  inputHint: 2000,
  optionsPerSelect: 100,
  optionText: 75,
  optionValue: 150,
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
