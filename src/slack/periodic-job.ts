/**
 * A periodic job that runs on one replica at a time (the ledger's runExclusive: on a shared
 * ledger the others skip while one runs), never overlaps itself in this process, logs its
 * failures with a reference and keeps its timer going. The expiry sweep and the reminder pass.
 */
import type { Ledger } from '../core/ledger-port.js';
import type { Logger } from '../log/logger.js';
import { newReference } from '../log/reference.js';
import { summariseError } from './slack-logger.js';

export interface PeriodicJob {
  /** One run now (a run already going is joined, not doubled). */
  run(): Promise<void>;
  /** Runs every `everyMs`, and once after `firstMs` if given. */
  start(everyMs: number, firstMs?: number): void;
  /** Stops the timers and waits for a run in progress. */
  stop(): Promise<void>;
}

export function periodicJob(options: {
  name: string;
  ledger: Ledger;
  logger: Logger;
  /** The log message when a run fails, e.g. "the expiry sweep failed". */
  failure: string;
  work(): Promise<void>;
}): PeriodicJob {
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<void> | null = null;
  async function once(): Promise<void> {
    try {
      await options.ledger.runExclusive(options.name, options.work);
    } catch (error) {
      options.logger.error({ error: summariseError(error), reference: newReference() }, options.failure);
    }
  }
  const run = (): Promise<void> => {
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    run,
    start(everyMs, firstMs) {
      timers.push(setInterval(() => void run(), everyMs));
      if (firstMs !== undefined) timers.push(setTimeout(() => void run(), firstMs));
      for (const timer of timers) timer.unref();
    },
    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      if (running !== null) await running;
    },
  };
}
