/**
 * What the terminal front ends (console and one-shot CLI) share: who the local operator is, and
 * how a Block Kit button turns back into an engine action.
 */
import { ACTION_ID_PREFIX, ACTIONS, type ActionName } from '../core/engine-api.js';
import type { Requester } from '../core/requester.js';
import type { ButtonElement, Message } from '../render/block-kit.js';

/** The person at the terminal: always an admin, as whoever runs the process already holds its AWS credentials. */
export function localOperator(overrides: Partial<Requester> = {}): Requester {
  return {
    userId: 'local-operator',
    email: null,
    displayName: 'operator',
    isAdmin: true,
    isRestricted: false,
    ...overrides,
  };
}

export interface ButtonAction {
  action: ActionName;
  /** For `choose` buttons: the choice key. */
  choice?: string;
}

const CHOOSE_PREFIX = `${ACTION_ID_PREFIX}choose.`;

/** `bedrock.confirm` → confirm; `bedrock.choose.token` → choose/token; anything else → null. */
export function buttonAction(button: Pick<ButtonElement, 'action_id'>): ButtonAction | null {
  const id = button.action_id;
  if (id.startsWith(CHOOSE_PREFIX)) {
    const choice = id.slice(CHOOSE_PREFIX.length);
    return choice === '' ? null : { action: 'choose', choice };
  }
  if (!id.startsWith(ACTION_ID_PREFIX)) return null;
  const name = id.slice(ACTION_ID_PREFIX.length);
  return (ACTIONS as readonly string[]).includes(name) ? { action: name as ActionName } : null;
}

/** The message without its buttons, for places where they cannot be pressed (or are listed separately). */
export function withoutButtons(message: Message): Message {
  return {
    ...message,
    blocks: message.blocks
      .filter((b) => b.type !== 'actions')
      .map((b) => {
        if (b.type !== 'section' || b.accessory === undefined) return b;
        const { accessory: _accessory, ...rest } = b;
        return rest;
      }),
  };
}
