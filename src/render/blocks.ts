/** Small Block Kit builders the renderers share. Buttons carry only the opaque request ID. */
import { ACTION_ID_PREFIX } from '../core/engine-api.js';
import type { ActionName } from '../core/engine-api.js';
import type {
  ActionsBlock,
  ButtonElement,
  ConfirmDialog,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  Message,
} from './block-kit.js';
import { clip, fitMessage, mrkdwn } from './limits.js';
import { BLOCK_LIMITS } from './block-kit.js';

/**
 * Button value for messages that belong to no stored request (a token, a dismissed key message):
 * the `dismiss` action needs no request, but Slack wants a value.
 */
export const NO_REQUEST_ID = 'none';

export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: clip(text, BLOCK_LIMITS.headerText), emoji: true },
  };
}

export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.map(mrkdwn) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function actionId(action: ActionName, choiceKey?: string): string {
  return choiceKey === undefined
    ? `${ACTION_ID_PREFIX}${action}`
    : `${ACTION_ID_PREFIX}${action}.${choiceKey}`;
}

export interface ButtonOptions {
  style?: 'primary' | 'danger';
  confirm?: ConfirmDialog;
  /** For `choose`: the choice key, appended to the action_id. */
  choiceKey?: string;
}

export function button(
  action: ActionName,
  label: string,
  requestId: string,
  opts: ButtonOptions = {},
): ButtonElement {
  const b: ButtonElement = {
    type: 'button',
    action_id: actionId(action, opts.choiceKey),
    text: { type: 'plain_text', text: clip(label, BLOCK_LIMITS.buttonText), emoji: true },
    value: requestId,
  };
  if (opts.style) b.style = opts.style;
  if (opts.confirm) b.confirm = opts.confirm;
  return b;
}

export function dialog(
  title: string,
  text: string,
  confirmLabel: string,
  denyLabel = 'Go back',
  style: 'primary' | 'danger' = 'danger',
): ConfirmDialog {
  return {
    title: { type: 'plain_text', text: clip(title, 100) },
    text: mrkdwn(clip(text, 300)),
    confirm: { type: 'plain_text', text: clip(confirmLabel, 30) },
    deny: { type: 'plain_text', text: clip(denyLabel, 30) },
    style,
  };
}

export function actions(...buttons: ButtonElement[]): ActionsBlock {
  return { type: 'actions', elements: buttons };
}

/** The Dismiss button every secret message carries. */
export function dismissButton(requestId: string | null): ButtonElement {
  return button('dismiss', 'Dismiss', requestId ?? NO_REQUEST_ID);
}

/** Finishes a message: fallback text (never a secret) and Slack limits. */
export function message(
  text: string,
  blocks: Message['blocks'],
  containsSecret = false,
  overflowNote?: string,
): Message {
  return fitMessage({ text, blocks, containsSecret }, overflowNote);
}
