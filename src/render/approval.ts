/** The admins' approval card in every state, and the notices the requester gets about the decision. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, ButtonElement, Message } from './block-kit.js';
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
      const two = o.approvalsNeeded === 2;
      if (two)
        blocks.push(
          ...sections(
            o.firstApprovedBy !== undefined
              ? `✅ *1 of 2 approvals:* approved by ${esc(o.firstApprovedBy)}. An access key needs a second, different approver.`
              : '*Needs two approvals:* an access key is approved by two different people, neither the requester.',
          ),
        );
      blocks.push(
        actions(
          approve,
          button('deny', 'Deny', o.requestId),
          ...(two ? [breakGlassButton(o.requestId)] : []),
        ),
        context(
          `Expires ${when(o.expiresAt, ctx.now)}. Requesters cannot approve their own requests. If approved, the key is created when the requester clicks Reveal.` +
            (two ? ' *Break glass* (admins): approve alone, with a reason the approval channel sees.' : ''),
        ),
      );
      text = `Approval needed: ${esc(o.requesterName)} asks: ${esc(plan.title)}`;
      break;
    }
    case 'approved':
      blocks.push(
        ...sections(
          o.breakGlass !== undefined
            ? `🚨 *Approved alone, breaking the glass*${o.decidedBy ? `, by ${person(o.decidedBy)}` : ''}.\n>*Reason:* ${esc(o.breakGlass)}`
            : `✅ *Approved*${o.firstApprovedBy !== undefined ? ` by ${esc(o.firstApprovedBy)} and` : ''}${o.decidedBy ? ` by ${person(o.decidedBy)}` : ''}.${o.reason ? ` ${esc(o.reason)}` : ''}`,
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

/** Opens the break-glass form (a reason is required); handled by src/slack/break-glass.ts. */
export const BREAK_GLASS_ACTION_ID = 'bedrock.glass';

function breakGlassButton(requestId: string): ButtonElement {
  return {
    type: 'button',
    action_id: BREAK_GLASS_ACTION_ID,
    text: { type: 'plain_text', text: 'Break glass…', emoji: true },
    value: requestId,
    style: 'danger',
  };
}

/** Loud, in the approval channel: an admin approved alone. */
export function renderBreakGlass(o: Extract<Outcome, { type: 'break-glass' }>, _ctx: RenderContext): Message {
  return message(`🚨 Break glass: ${esc(o.approverName)} approved alone: ${esc(o.plan.title)}`, [
    header('🚨 Break glass'),
    ...sections(
      `${person(o.approverId, o.approverName)} approved *${esc(o.plan.title)}* for ${esc(o.requesterName)} *alone*, without a second approver.\n>*Reason:* ${esc(o.reason)}`,
    ),
    context(
      'Recorded in the audit trail (`history`). Review it, and rotate the key if this was not expected.',
    ),
  ]);
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
