/**
 * Outcome → Message. The one entry point front ends and the engine call; each outcome family
 * has its own small module. Pure: no I/O, no clock (dates come from `ctx.now`). Every message
 * leaves within Slack's limits, and only `token` and `key-created` carry a secret.
 */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import {
  renderApprovalCard,
  renderApprovedNotice,
  renderBreakGlass,
  renderDeniedNotice,
} from './approval.js';
import { renderBusinessUnits } from './business-units.js';
import { renderDeprovisioned } from './deprovisioned.js';
import { renderDetails } from './details.js';
import { renderFailure, renderInvalid, renderRefused } from './failure.js';
import { renderHelp } from './help.js';
import { renderHistory } from './history.js';
import { renderKeyCreated } from './key-created.js';
import { renderKeysDeleted } from './keys-deleted.js';
import { renderModels } from './models.js';
import { renderCancelled, renderDismissed, renderDone, renderExpiredNotice } from './notices.js';
import { renderPlan } from './plan-card.js';
import { renderQuestion } from './question.js';
import { renderReconciled } from './reconciled.js';
import { renderSlotsFull } from './slots-full.js';
import { renderSpend, renderSpendOverview } from './spend.js';
import { renderToken } from './token.js';
import { renderParsed, renderUnknown } from './unknown.js';

export { renderApology } from './notices.js';

export function renderOutcome(outcome: Outcome, ctx: RenderContext): Message {
  switch (outcome.type) {
    case 'help':
      return renderHelp(outcome, ctx);
    case 'unknown':
      return renderUnknown(outcome, ctx);
    case 'parsed':
      return renderParsed(outcome, ctx);
    case 'question':
      return renderQuestion(outcome, ctx);
    case 'refused':
      return renderRefused(outcome, ctx);
    case 'invalid':
      return renderInvalid(outcome, ctx);
    case 'failure':
      return renderFailure(outcome, ctx);
    case 'token':
      return renderToken(outcome, ctx);
    case 'plan':
      return renderPlan(outcome, ctx);
    case 'approval-card':
      return renderApprovalCard(outcome, ctx);
    case 'break-glass':
      return renderBreakGlass(outcome, ctx);
    case 'approved-notice':
      return renderApprovedNotice(outcome, ctx);
    case 'denied-notice':
      return renderDeniedNotice(outcome, ctx);
    case 'expired-notice':
      return renderExpiredNotice(outcome, ctx);
    case 'cancelled':
      return renderCancelled(outcome, ctx);
    case 'key-created':
      return renderKeyCreated(outcome, ctx);
    case 'keys-deleted':
      return renderKeysDeleted(outcome, ctx);
    case 'deprovisioned':
      return renderDeprovisioned(outcome, ctx);
    case 'slots-full':
      return renderSlotsFull(outcome, ctx);
    case 'reconciled':
      return renderReconciled(outcome, ctx);
    case 'business-units':
      return renderBusinessUnits(outcome, ctx);
    case 'details':
      return renderDetails(outcome, ctx);
    case 'models':
      return renderModels(outcome, ctx);
    case 'history':
      return renderHistory(outcome, ctx);
    case 'spend':
      return renderSpend(outcome, ctx);
    case 'spend-overview':
      return renderSpendOverview(outcome, ctx);
    case 'done':
      return renderDone(outcome, ctx);
    case 'dismissed':
      return renderDismissed(outcome, ctx);
    default: {
      const never: never = outcome;
      return never;
    }
  }
}
