/**
 * The one way a front end (Slack, console, one-shot CLI) turns the core's Reply into messages:
 * each Delivery keeps its audience and gains the Message rendered from its outcome. Times are
 * shown relative to when the core decided (`reply.at`).
 */
import type { Delivery, Reply } from '../core/engine-api.js';
import { carriesSecret } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { renderOutcome } from './render-outcome.js';

/** How the slash command is called when the settings do not say (SLASH_COMMAND). */
export const DEFAULT_COMMAND_NAME = '/bedrock';

/** Context the renderers need besides the outcome itself. */
export interface RenderContext {
  now: Date;
  /** How the slash command is called in help texts ("/bedrock"). */
  commandName: string;
}

export interface RenderedDelivery extends Delivery {
  message: Message;
}

/** Renders one delivery; a secret-bearing outcome always yields a message flagged as secret. */
export function renderDelivery(delivery: Delivery, ctx: RenderContext): RenderedDelivery {
  const message = renderOutcome(delivery.outcome, ctx);
  const secret = message.containsSecret || carriesSecret(delivery.outcome);
  return {
    ...delivery,
    message: secret === message.containsSecret ? message : { ...message, containsSecret: true },
  };
}

export interface RenderedReply {
  deliveries: RenderedDelivery[];
  at: Date;
}

export function renderReply(reply: Reply, commandName: string): RenderedReply {
  const ctx = { now: reply.at, commandName };
  return { deliveries: reply.deliveries.map((delivery) => renderDelivery(delivery, ctx)), at: reply.at };
}
