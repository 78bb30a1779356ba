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
  const { handleRequest, home, formChoices, checkForm } = engine;
  // The surfaces (Home, forms, structured requests) pass through: dropping them silently turned App
  // Home off under startBot. recoverInterrupted and settleDelivery are left as they were on main
  // (absent here): passing them through makes a PostgreSQL ledger's close hang in
  // test/app/operations.test.ts ("database is gone"), which the owner of issue #11 must look at.
  return {
    expireStale: () => engine.expireStale(),
    ...(home !== undefined ? { home } : {}),
    ...(formChoices !== undefined ? { formChoices } : {}),
    ...(checkForm !== undefined ? { checkForm } : {}),
    handleText: (input) => engine.handleText(input).then(counted(input.surface), failed(input.surface)),
    ...(handleRequest !== undefined
      ? {
          handleRequest: (input) => handleRequest(input).then(counted(input.surface), failed(input.surface)),
        }
      : {}),
    handleAction: (input) =>
      engine.handleAction(input).finally(() => metrics.request(input.surface, input.action)),
  };
}
