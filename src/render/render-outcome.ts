/**
 * Outcome → Message. The one entry point front ends and the engine call; each outcome family
 * has its own small module. Pure: no I/O, no clock (dates come from `ctx.now`).
 */
import type { RenderContext } from '../core/engine-api.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { renderCancelled, renderDismissed, renderExpiredNotice } from './notices.js';
import { renderToken } from './token.js';
import { renderFallback } from './fallback.js';

export { renderApology } from './notices.js';

export function renderOutcome(outcome: Outcome, ctx: RenderContext): Message {
  switch (outcome.type) {
    case 'token':
      return renderToken(outcome, ctx);
    case 'cancelled':
      return renderCancelled(outcome, ctx);
    case 'expired-notice':
      return renderExpiredNotice(outcome, ctx);
    case 'dismissed':
      return renderDismissed(outcome, ctx);
    default:
      return renderFallback(outcome, ctx);
  }
}
