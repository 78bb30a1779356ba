/**
 * Counts each request the engine handles for /metrics, by surface and intent (the engine's reply
 * says which intent a text was handled as); buttons count under their action name.
 *
 * No AsyncLocalStorage: having one in use switches on V8 promise hooks for every promise in the
 * process, the acknowledgement path included (bench/ profile: ~0.1 ms of CPU per request).
 */
import type { BotEngine, Reply } from '../core/engine-api.js';
import type { BotMetrics } from './metrics.js';

/** Wraps the engine, counting text, structured requests and clicks. */
export function meterEngine(engine: BotEngine, metrics: BotMetrics): BotEngine {
  const counted =
    (surface: string) =>
    (reply: Reply): Reply => {
      metrics.request(surface, reply.intent ?? 'unparsed');
      return reply;
    };
  const failed = (surface: string) => (error: unknown) => {
    metrics.request(surface, 'unparsed');
    throw error;
  };
  const { handleRequest } = engine;
  return {
    // Everything else (Home, the form, reminders, recovery, delivery settling) passes through as it
    // is: a wrapper that listed only some methods would switch the others off in production.
    ...engine,
    handleText: (input) => engine.handleText(input).then(counted(input.surface), failed(input.surface)),
    ...(handleRequest !== undefined
      ? {
          handleRequest: (input: Parameters<typeof handleRequest>[0]) =>
            handleRequest(input).then(counted(input.surface), failed(input.surface)),
        }
      : {}),
    handleAction: (input) =>
      engine.handleAction(input).finally(() => metrics.request(input.surface, input.action)),
  };
}
