/**
 * The Slack app's work that runs outside a listener: follow-ups detached from Bolt (tracked so
 * stop() can let them finish), and the periodic expiry sweep.
 */
import type { BotEngine, Reply } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { Logger } from '../log/logger.js';
import { newReference } from '../log/reference.js';
import type { Origin } from './deliver.js';
import { summariseError } from './slack-logger.js';

export interface FollowUps {
  /** Runs `work` detached; a failure that reaches here (the apology itself failed) is logged. */
  detach(work: Promise<void>): void;
  /** Waits for the work still running, at most `maxMs`. */
  drain(maxMs: number): Promise<void>;
}

/**
 * Follow-up work runs detached from Bolt's listener, which returns right after the
 * acknowledgement: Bolt then lets go of the request (raw body, payload, context) instead of
 * holding every queued request's objects until its answer is sent. Only the few fields the
 * work needs are captured. stop() waits for what is still running.
 */
export function createFollowUps(logger: Logger): FollowUps {
  const inFlight = new Set<Promise<void>>();
  return {
    detach(work) {
      const tracked = work
        .catch((error: unknown) => {
          // guarded() already apologised; this is only reached if the apology itself failed.
          logger.error(
            { error: summariseError(error), reference: newReference() },
            'could not deliver an apology',
          );
        })
        .finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },
    async drain(maxMs) {
      // Let answers already being worked on go out (bounded: a hung call must not block shutdown).
      if (inFlight.size > 0) {
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => setTimeout(resolve, maxMs).unref()),
        ]);
      }
    },
  };
}

export interface ExpirySweepDeps {
  ledger: Ledger;
  logger: Logger;
  loadEngine(): Promise<BotEngine>;
  deliver(reply: Reply, origin: Origin): Promise<void>;
}

export interface ExpirySweep {
  start(everyMs: number): void;
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/** Expires stale approvals and updates their cards, once per tick across replicas. */
export function createExpirySweep(deps: ExpirySweepDeps): ExpirySweep {
  let sweepTimer: NodeJS.Timeout | null = null;
  let sweeping: Promise<void> | null = null;
  async function sweep(): Promise<void> {
    try {
      // Once per tick across replicas: on a shared ledger, the others skip while one sweeps.
      await deps.ledger.runExclusive('expiry-sweep', async () => {
        const engine = await deps.loadEngine();
        const reply = await engine.expireStale();
        if (reply.deliveries.length > 0) await deps.deliver(reply, { kind: 'sweep' });
      });
    } catch (error) {
      deps.logger.error(
        { error: summariseError(error), reference: newReference() },
        'the expiry sweep failed',
      );
    }
  }
  function runSweep(): Promise<void> {
    sweeping ??= sweep().finally(() => {
      sweeping = null;
    });
    return sweeping;
  }
  return {
    start(everyMs) {
      sweepTimer = setInterval(() => void runSweep(), everyMs);
      sweepTimer.unref();
    },
    async stop() {
      if (sweepTimer !== null) clearInterval(sweepTimer);
      sweepTimer = null;
      if (sweeping !== null) await sweeping;
    },
  };
}
