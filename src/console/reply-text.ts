/**
 * A rendered reply as the console prints it: each delivery under a line saying who would see it,
 * Block Kit as text, and the buttons offered as numbered choices.
 */
import type { Delivery } from '../core/engine-api.js';
import type { ButtonElement } from '../render/block-kit.js';
import type { RenderedReply } from '../render/render-reply.js';
import { listButtons, messageToText } from '../render/to-text.js';
import { buttonAction, withoutButtons } from './buttons.js';

export const DRY_RUN_LABEL = 'DRY RUN — example output, nothing was created in AWS';

const AUDIENCE_LABEL: Record<Delivery['audience'], string> = {
  'requester-private': '(only you can see this)',
  conversation: '',
  'replace-source': '(updates the earlier message)',
  approvers: '→ approvers (the approval channel in Slack)',
  'requester-dm': '→ DM',
  'unit-owner': "→ the unit's owner (a copy of the card in their Slack DM)",
};

export interface ReplyText {
  lines: string[];
  /** Every button, in the order of the numbers shown (including ones the console cannot press). */
  buttons: ButtonElement[];
}

export function replyText(reply: RenderedReply, opts: { dryRun: boolean; operatorId: string }): ReplyText {
  const lines: string[] = [];
  const out = (text = ''): void => {
    lines.push(text);
  };
  if (reply.deliveries.length === 0) return { lines: ['(no reply)'], buttons: [] };
  out();
  if (opts.dryRun) out(`[${DRY_RUN_LABEL}]`);
  // messageToText numbers each message's buttons from 1. With buttons in one message, those
  // numbers are the choices; with buttons in several, they are listed once more, numbered across.
  const withButtons = reply.deliveries.filter((d) =>
    listButtons(d.message).some((b) => buttonAction(b) !== null),
  );
  const renumber = withButtons.length > 1;
  const buttons: ButtonElement[] = [];
  for (const delivery of reply.deliveries) {
    const label = audienceLabel(delivery, opts.operatorId);
    const tag = [label, opts.dryRun ? '· DRY RUN' : ''].filter((t) => t !== '').join(' ');
    out(tag === '' ? '── bedrock-bot ──' : `── bedrock-bot ${tag} ──`);
    out(messageToText(renumber ? withoutButtons(delivery.message) : delivery.message).trimEnd());
    out();
    // Buttons keep their position even when this console cannot press one, so numbers stay aligned.
    buttons.push(...listButtons(delivery.message));
  }
  if (buttons.some((b) => buttonAction(b) !== null)) {
    if (renumber) out(`Choose: ${buttons.map((b, i) => `[${i + 1}] ${b.text.text}`).join('  ')}`);
    out(`Type a number to choose${opts.dryRun ? ' (dry run: nothing real happens)' : ''}.`);
    out();
  }
  return { lines, buttons };
}

function audienceLabel(delivery: Delivery, operatorId: string): string {
  if (delivery.audience === 'requester-dm') {
    return delivery.userId === undefined || delivery.userId === operatorId
      ? '→ DM to you'
      : `→ DM to ${delivery.userId}`;
  }
  return AUDIENCE_LABEL[delivery.audience];
}
