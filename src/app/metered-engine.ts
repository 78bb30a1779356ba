/**
 * Counts each request the engine handles for /metrics, by surface and intent: the parser runs
 * inside the engine, so the intent it found is passed out through an AsyncLocalStorage slot set
 * up around each call (see meteredParse). Buttons count under their action name.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BotEngine } from '../core/engine-api.js';
import type { ParseResult } from '../core/request.js';
import type { BotMetrics } from './metrics.js';

const slot = new AsyncLocalStorage<{ intent: string }>();

/** Wraps the parser so that the intent of the request being handled is noted. */
export function meteredParse(
  parse: (text: string) => Promise<ParseResult>,
): (text: string) => Promise<ParseResult> {
  return async (text) => {
    const result = await parse(text);
    const current = slot.getStore();
    if (current !== undefined) current.intent = result.intent;
    return result;
  };
}

export function meterEngine(engine: BotEngine, metrics: BotMetrics): BotEngine {
  const { handleRequest } = engine;
  return {
    // Home, the form, reminders: passed through as they are (a wrapper that listed only some
    // methods would switch the others off in production).
    ...engine,
    ...(handleRequest !== undefined
      ? {
          handleRequest: (input: Parameters<typeof handleRequest>[0]) =>
            handleRequest(input).finally(() => metrics.request(input.surface, input.request.intent)),
        }
      : {}),
    handleText(input) {
      const noted = { intent: 'unparsed' };
      return slot.run(noted, () =>
        engine.handleText(input).finally(() => metrics.request(input.surface, noted.intent)),
      );
    },
    handleAction(input) {
      return engine.handleAction(input).finally(() => metrics.request(input.surface, input.action));
    },
    expireStale: () => engine.expireStale(),
  };
}
