/**
 * The request form in Slack: opened (views.open with the interaction's trigger_id) from the global
 * shortcut, the App Home button and `/bedrock request`; its submission is checked at once and any
 * problem shown next to its field (response_action: errors), otherwise acknowledged and handed to
 * the engine as a structured request with the reason. Answers go to the person's DM.
 */
import type { App, ViewSubmitAction } from '@slack/bolt';
import type { BotEngine } from '../core/engine-api.js';
import type { ParseResult } from '../core/request.js';
import { FORM_FIELDS, type FormValues } from '../core/request-form.js';
import type { Logger } from '../log/logger.js';
import {
  FORM_ACTION,
  modalViolations,
  REQUEST_FORM_CALLBACK,
  REQUEST_SHORTCUT_CALLBACK,
  renderRequestForm,
} from '../render/request-form.js';
import type { Routes } from './routes.js';

export interface RequestFormDeps {
  client: App['client'];
  logger: Logger;
  loadEngine(): Promise<BotEngine>;
  /** Runs follow-up work after the acknowledgement (with an apology in the DM on failure). */
  run(listener: string, userId: string, work: () => Promise<void>): void;
  /** Hands a checked request to the engine and delivers the answer in the DM. */
  submit(userId: string, request: ParseResult, reason: string | undefined): Promise<void>;
}

export interface RequestForm {
  open(userId: string, triggerId: string): Promise<void>;
}

/** The submitted values by field: a selected option's value, a radio button's, or the typed text. */
export function formValues(view: ViewSubmitAction['view']): FormValues {
  const values: FormValues = {};
  const state = view.state.values as Record<
    string,
    Record<string, { value?: string | null; selected_option?: { value: string } | null }>
  >;
  for (const field of FORM_FIELDS) {
    const input = state[field]?.[FORM_ACTION];
    const value = input?.selected_option?.value ?? input?.value ?? undefined;
    if (typeof value === 'string') values[field] = value.slice(0, 1000);
  }
  return values;
}

export function registerRequestForm(routes: Routes, deps: RequestFormDeps): RequestForm {
  async function open(userId: string, triggerId: string): Promise<void> {
    const engine = await deps.loadEngine();
    if (engine.formChoices === undefined) return;
    const view = renderRequestForm(await engine.formChoices());
    const problems = modalViolations(view);
    if (problems.length > 0) deps.logger.error({ problems }, 'the request form exceeds Slack limits');
    await deps.client.views.open({ trigger_id: triggerId, view: view as never });
    deps.logger.info({ userId }, 'opened the request form');
  }

  routes.shortcut(REQUEST_SHORTCUT_CALLBACK, async ({ ack, body }) => {
    await ack();
    const userId = body.user.id;
    const triggerId = body.trigger_id;
    deps.run('request_shortcut', userId, () => open(userId, triggerId));
  });

  routes.view<ViewSubmitAction>(REQUEST_FORM_CALLBACK, async ({ ack, body, view }) => {
    const engine = await deps.loadEngine();
    if (engine.checkForm === undefined) {
      await ack();
      return;
    }
    const checked = engine.checkForm(formValues(view));
    if (!checked.ok) {
      await ack({ response_action: 'errors', errors: checked.errors as Record<string, string> });
      return;
    }
    await ack();
    const userId = body.user.id;
    deps.run('request_form', userId, () => deps.submit(userId, checked.request, checked.reason));
  });

  return { open };
}
