/**
 * Process-level guards for the long-running bot: one bad request must never end the process.
 * An unhandled rejection or an uncaught exception (a library throwing outside any listener) is
 * logged — its name and cleaned message, never a body that might hold a secret — and the bot
 * keeps serving. The ingress guards (src/slack/ingress-guards.ts) stop the known causes earlier;
 * this is the last line.
 */
import type { EventEmitter } from 'node:events';
import type { Logger } from '../log/logger.js';
import { scrubString } from '../log/redact.js';
import { summariseError } from '../slack/slack-logger.js';

function summary(error: unknown): ReturnType<typeof summariseError> {
  const s = summariseError(error);
  return { ...s, message: scrubString(s.message) };
}

/** Installs the guards; returns a function that removes them (tests, and a clean stop). */
export function installProcessGuards(logger: Logger, proc: EventEmitter = process): () => void {
  const onRejection = (reason: unknown): void => {
    logger.error({ error: summary(reason) }, 'unhandled promise rejection (the bot keeps running)');
  };
  const onException = (error: unknown): void => {
    logger.error({ error: summary(error) }, 'uncaught exception (the bot keeps running)');
  };
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}
