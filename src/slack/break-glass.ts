/**
 * Break glass in Slack: the button on an approval card that needs two approvers opens a form
 * (views.open with the click's trigger_id) asking for the reason; the submission is checked at once
 * (the reason shown inline when too short) and then handed to the engine as the `break_glass`
 * action, which approves alone and tells the approval channel loudly. Admins only: the engine decides.
 */
import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { BREAK_GLASS_MIN_REASON } from '../core/approval-policy.js';
import type { Logger } from '../log/logger.js';
import { BREAK_GLASS_ACTION_ID } from '../render/approval.js';
import {
  BREAK_GLASS_CALLBACK,
  BREAK_GLASS_FIELD,
  FORM_ACTION,
  renderBreakGlassForm,
} from '../render/request-form.js';
import type { Routes } from './routes.js';

export interface BreakGlassDeps {
  client: App['client'];
  logger: Logger;
  run(listener: string, userId: string, work: () => Promise<void>): void;
  /** Runs the engine's break_glass action for this request and delivers the reply. */
  breakGlass(userId: string, requestId: string, reason: string): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function registerBreakGlass(routes: Routes, deps: BreakGlassDeps): void {
  routes.action<BlockAction<ButtonAction>>(BREAK_GLASS_ACTION_ID, async ({ ack, body, action }) => {
    await ack();
    const requestId = action.value ?? '';
    if (!REQUEST_ID.test(requestId)) return;
    const userId = body.user.id;
    const triggerId = body.trigger_id;
    deps.run('break_glass_form', userId, async () => {
      const view = renderBreakGlassForm(requestId, BREAK_GLASS_MIN_REASON);
      await deps.client.views.open({ trigger_id: triggerId, view: view as never });
    });
  });

  routes.view<ViewSubmitAction>(BREAK_GLASS_CALLBACK, async ({ ack, body, view }) => {
    const state = view.state.values as Record<string, Record<string, { value?: string | null }>>;
    const reason = (state[BREAK_GLASS_FIELD]?.[FORM_ACTION]?.value ?? '').trim().slice(0, 3000);
    const requestId = view.private_metadata;
    if (reason.length < BREAK_GLASS_MIN_REASON) {
      await ack({
        response_action: 'errors',
        errors: { [BREAK_GLASS_FIELD]: `Say why, in at least ${BREAK_GLASS_MIN_REASON} characters.` },
      });
      return;
    }
    await ack();
    if (!REQUEST_ID.test(requestId)) return;
    const userId = body.user.id;
    deps.run('break_glass', userId, () => deps.breakGlass(userId, requestId, reason));
  });
}
