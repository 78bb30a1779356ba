/**
 * The request form as a Slack modal (pure data): kind, business unit (picked from the existing ones
 * or named), lifetime, Region, key kind and a justification. Each input's block_id is the field
 * name from core/request-form.ts, so the submission's problems land next to the right field.
 */
import type { FormChoices, FormField } from '../core/request-form.js';
import { MAX_REASON_LENGTH } from '../core/request-form.js';
import { BUSINESS_UNIT_MAX } from '../core/validation.js';
import { VIEW_LIMITS } from './block-kit.js';

/** The modal's callback_id, and the global shortcut's. */
export const REQUEST_FORM_CALLBACK = 'bedrock_request_form';
export const REQUEST_SHORTCUT_CALLBACK = 'bedrock_request';
/** Every input's action_id (the block_id tells the fields apart). */
export const FORM_ACTION = 'value';

type Plain = { type: 'plain_text'; text: string; emoji?: boolean };
type Option = { text: Plain; value: string };
const plain = (text: string): Plain => ({ type: 'plain_text', text: text.slice(0, VIEW_LIMITS.optionText) });
const option = (value: string, label: string): Option => ({ text: plain(label), value });

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: Plain;
  submit: Plain;
  close: Plain;
  blocks: Array<Record<string, unknown>>;
}

function input(
  field: FormField,
  label: string,
  element: Record<string, unknown>,
  extra: { optional?: boolean; hint?: string } = {},
) {
  return {
    type: 'input',
    block_id: field,
    label: plain(label),
    optional: extra.optional ?? false,
    element: { ...element, action_id: FORM_ACTION },
    ...(extra.hint !== undefined ? { hint: plain(extra.hint.slice(0, VIEW_LIMITS.inputHint)) } : {}),
  };
}

/** Slack allows 100 options per select. */
const MAX_OPTIONS = 100;

export function renderRequestForm(choices: FormChoices): ModalView {
  const kinds = [
    option('token', 'A short-term token for me'),
    option('key', 'A long-term key for a business unit'),
  ];
  const regionOptions = choices.regions.slice(0, MAX_OPTIONS).map((r) => option(r.code, r.label));
  const initialRegion = regionOptions.find((o) => o.value === choices.defaultRegion);
  const keyKinds = [option('api-key', 'Bedrock API key'), option('access-key', 'IAM access key (SigV4)')];
  const unitBlocks =
    choices.units.length > 0
      ? [
          input(
            'unit',
            'Business unit',
            {
              type: 'static_select',
              placeholder: plain('Pick an existing unit'),
              options: choices.units.slice(0, MAX_OPTIONS).map((u) => option(u, u)),
            },
            { optional: true, hint: 'For long-term keys. Not listed? Name it below.' },
          ),
        ]
      : [];
  return {
    type: 'modal',
    callback_id: REQUEST_FORM_CALLBACK,
    title: plain('Request Bedrock access'),
    submit: plain('Request'),
    close: plain('Cancel'),
    blocks: [
      input('kind', 'What do you need?', { type: 'radio_buttons', options: kinds, initial_option: kinds[0] }),
      ...unitBlocks,
      input(
        'new_unit',
        choices.units.length > 0 ? 'Or a new business unit' : 'Business unit',
        { type: 'plain_text_input', placeholder: plain('e.g. data-eng'), max_length: BUSINESS_UNIT_MAX },
        { optional: true, hint: 'Lowercase letters, digits and dashes. For long-term keys only.' },
      ),
      input(
        'lifetime',
        'Lifetime',
        {
          type: 'plain_text_input',
          placeholder: plain(`token: ${choices.tokenDefaultHours}h · key: ${choices.keyDefaultDays} days`),
          max_length: 12,
        },
        { optional: true, hint: 'Tokens: minutes or hours (30m, 2h). Keys: days (30). Empty = the default.' },
      ),
      input('region', 'Region', {
        type: 'static_select',
        options: regionOptions,
        ...(initialRegion !== undefined ? { initial_option: initialRegion } : {}),
      }),
      input(
        'key_kind',
        'Key kind',
        { type: 'radio_buttons', options: keyKinds, initial_option: keyKinds[0] },
        {
          optional: true,
          hint: 'For long-term keys. API keys suit most tools; access keys sign SigV4 requests.',
        },
      ),
      input(
        'reason',
        'Why do you need it?',
        {
          type: 'plain_text_input',
          multiline: true,
          max_length: MAX_REASON_LENGTH,
          placeholder: plain('Shown to the approvers and kept in the audit log'),
        },
        { optional: true, hint: 'Required for long-term keys.' },
      ),
    ],
  };
}

/** Every way the modal breaks a Slack limit (empty when it fits). */
export function modalViolations(view: ModalView): string[] {
  const v: string[] = [];
  if (view.blocks.length > VIEW_LIMITS.blocksPerView) v.push(`${view.blocks.length} blocks`);
  if (view.title.text.length > VIEW_LIMITS.modalTitle) v.push(`title ${view.title.text.length} chars`);
  if (view.submit.text.length > VIEW_LIMITS.modalButton || view.close.text.length > VIEW_LIMITS.modalButton)
    v.push('button text over 24 chars');
  for (const block of view.blocks) {
    const label = (block.label as Plain | undefined)?.text ?? '';
    if (label.length > VIEW_LIMITS.inputLabel) v.push(`${String(block.block_id)}: label too long`);
    const options = ((block.element as { options?: Option[] } | undefined)?.options ?? []) as Option[];
    if (options.length > VIEW_LIMITS.optionsPerSelect)
      v.push(`${String(block.block_id)}: ${options.length} options`);
    for (const o of options)
      if (o.text.text.length > VIEW_LIMITS.optionText || o.value.length > VIEW_LIMITS.optionValue)
        v.push(`${String(block.block_id)}: option too long`);
  }
  return v;
}

export const BREAK_GLASS_CALLBACK = 'bedrock_break_glass';
export const BREAK_GLASS_FIELD = 'reason';

/** The break-glass form: one required reason; the request ID rides in private_metadata. */
export function renderBreakGlassForm(
  requestId: string,
  minReason: number,
): ModalView & { private_metadata: string } {
  return {
    type: 'modal',
    callback_id: BREAK_GLASS_CALLBACK,
    private_metadata: requestId.slice(0, 3000),
    title: plain('Break glass'),
    submit: plain('Approve alone'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: 'You approve this request *alone*, without the second approver it needs. The approval channel is told, with your reason, and the audit trail keeps it.',
        },
      },
      {
        type: 'input',
        block_id: BREAK_GLASS_FIELD,
        label: plain('Why can this not wait?'),
        optional: false,
        element: {
          type: 'plain_text_input',
          action_id: FORM_ACTION,
          multiline: true,
          min_length: minReason,
          max_length: MAX_REASON_LENGTH,
        },
      },
    ],
  };
}
