/** The confirmation card (confirm), the "sent to the admins" card (approval-requested) and the dry run. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, dialog, header, message } from './blocks.js';
import { esc, when } from './format.js';
import { sections } from './limits.js';
import { planBody } from './plan-body.js';

type PlanOutcome = Extract<Outcome, { type: 'plan' }>;

export function renderPlan(o: PlanOutcome, ctx: RenderContext): Message {
  const { plan } = o;
  const blocks: Block[] = [];
  if (o.mode === 'dry-run') {
    blocks.push(
      header(`Dry run: ${plan.title}`),
      ...sections('🧪 *Dry run: nothing was changed.* This is what the request would do:'),
    );
  } else {
    blocks.push(header(plan.title));
  }
  blocks.push(...planBody(plan));

  if (o.mode === 'confirm') {
    const confirm = plan.destructive
      ? button('confirm', plan.kind === 'deprovision' ? 'Deprovision' : 'Delete', o.requestId, {
          style: 'danger',
          confirm: dialog(
            'Are you sure?',
            `This permanently deletes what the card lists for ${esc(plan.businessUnit)}. It cannot be undone.`,
            'Yes, delete',
            'Go back',
          ),
        })
      : button('confirm', 'Confirm', o.requestId, { style: 'primary' });
    blocks.push(
      actions(confirm, button('cancel', 'Cancel', o.requestId)),
      context(`Nothing happens until you confirm. This request expires ${when(o.expiresAt, ctx.now)}.`),
    );
  } else if (o.mode === 'approval-requested') {
    blocks.push(
      ...sections(
        `📨 *Sent to the admins for approval.* You'll get a message when someone decides. If it is approved, the key is created only when you click *Reveal*, and shown once, only to you.`,
      ),
      context(`The request expires ${when(o.expiresAt, ctx.now)} if nobody decides.`),
    );
  }

  const prefix =
    o.mode === 'dry-run'
      ? 'Dry run: '
      : o.mode === 'approval-requested'
        ? 'Sent for approval: '
        : 'Please confirm: ';
  return message(`${prefix}${esc(plan.title)}`, blocks);
}
