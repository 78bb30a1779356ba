/** The admins' approval card in every state, and the notices the requester gets about the decision. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, dialog, header, message } from './blocks.js';
import { code, esc, person, when } from './format.js';
import { sections } from './limits.js';
import { planBody } from './plan-body.js';

type Card = Extract<Outcome, { type: 'approval-card' }>;

export function renderApprovalCard(o: Card, ctx: RenderContext): Message {
  const { plan } = o;
  const blocks: Block[] = [
    header(`Approval needed: ${plan.title}`),
    ...sections(
      `*${person(o.requesterId, o.requesterName)}* asks: ${esc(plan.title)}.` +
        (o.justification !== undefined ? `\n>*Reason:* ${esc(o.justification)}` : ''),
    ),
    ...planBody(plan),
  ];
  let text: string;
  switch (o.state) {
    case 'pending': {
      const approve = plan.destructive
        ? button('approve', 'Approve', o.requestId, {
            style: 'danger',
            confirm: dialog(
              'Approve a deletion?',
              `Approving permanently deletes what the card lists for ${esc(plan.businessUnit)}.`,
              'Yes, approve',
              'Go back',
            ),
          })
        : button('approve', 'Approve', o.requestId, { style: 'primary' });
      blocks.push(
        actions(approve, button('deny', 'Deny', o.requestId)),
        context(
          `Expires ${when(o.expiresAt, ctx.now)}. Requesters cannot approve their own requests. If approved, the key is created when the requester clicks Reveal.`,
        ),
      );
      text = `Approval needed: ${esc(o.requesterName)} asks: ${esc(plan.title)}`;
      break;
    }
    case 'approved':
      blocks.push(
        ...sections(
          `✅ *Approved*${o.decidedBy ? ` by ${person(o.decidedBy)}` : ''}.${o.reason ? ` ${esc(o.reason)}` : ''}`,
        ),
      );
      text = `Approved: ${esc(plan.title)}`;
      break;
    case 'denied':
      blocks.push(
        ...sections(
          `❌ *Denied*${o.decidedBy ? ` by ${person(o.decidedBy)}` : ''}.${o.reason ? ` Reason: ${esc(o.reason)}` : ''}`,
        ),
      );
      text = `Denied: ${esc(plan.title)}`;
      break;
    case 'expired':
      blocks.push(
        ...sections(`⌛ *Expired* ${when(o.expiresAt, ctx.now)} without a decision. Nothing was changed.`),
      );
      text = `Expired: ${esc(plan.title)}`;
      break;
  }
  return message(text, blocks);
}

export function renderApprovedNotice(
  o: Extract<Outcome, { type: 'approved-notice' }>,
  _ctx: RenderContext,
): Message {
  const createsKey = o.plan.kind === 'create_key' || o.plan.kind === 'rotate';
  const what = createsKey
    ? 'The key is created when you click *Reveal*, and shown once, only to you: have somewhere safe ready to store it (a secrets manager or vault).'
    : 'It runs when you click the button below.';
  return message(`Approved by ${esc(o.approverName)}: ${esc(o.plan.title)}`, [
    ...sections(`✅ *Approved by ${esc(o.approverName)}:* ${esc(o.plan.title)}\n${what}`),
    actions(button('reveal', createsKey ? 'Reveal key' : 'Run it now', o.requestId, { style: 'primary' })),
  ]);
}

export function renderDeniedNotice(
  o: Extract<Outcome, { type: 'denied-notice' }>,
  ctx: RenderContext,
): Message {
  return message(`Denied by ${esc(o.approverName)}: ${esc(o.plan.title)}`, [
    ...sections(
      `❌ *Denied by ${esc(o.approverName)}:* ${esc(o.plan.title)}${o.reason ? `\nReason: ${esc(o.reason)}` : ''}\nNothing was changed.`,
    ),
    context(
      `Questions? Talk to ${esc(o.approverName)} or another admin. For your own use, a short-term token needs no approval: ${code(`${ctx.commandName} token`)}`,
    ),
  ]);
}
