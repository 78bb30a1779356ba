/**
 * The Slack app's work outside a listener: follow-ups detached from Bolt (tracked so stop() can let
 * them finish), and the background work — the periodic sweep (expiry once per tick across replicas,
 * recovery, the outbox) and start-up recovery.
 */
import { randomUUID } from 'node:crypto';
import type { BotEngine, Reply } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { Logger } from '../log/logger.js';
import { newReference } from '../log/reference.js';
import type { Origin } from './deliver.js';
import type { Outbox } from './outbox.js';
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
      if (inFlight.size > 0) {
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => setTimeout(resolve, maxMs).unref()),
        ]);
      }
    },
  };
}

export interface BackgroundDeps {
  ledger: Ledger;
  logger: Logger;
  loadEngine(): Promise<BotEngine>;
  deliver(reply: Reply, origin: Origin): Promise<void>;
  /** Delivers what the expiry sweep decided and refreshes the Home tabs it concerns (default: deliver). */
  deliverExpired?(reply: Reply): Promise<void>;
  outbox: Outbox;
  /** This process on the ledger (Ledger.holdInstance); default a new random ID. */
  instanceId?: string;
}

export interface BackgroundWork {
  /** This process is held alive on the ledger before it executes anything, and lists before it takes work. */
  beforeStart(): Promise<void>;
  recoverAtStart(): void;
  /** Sweeps every `everyMs` until stopSweeping(). */
  startSweeping(everyMs: number): void;
  stopSweeping(): void;
  /** Waits for a sweep or recovery under way (stop). */
  idle(): Promise<void>;
}

const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');

export function createBackgroundWork(deps: BackgroundDeps): BackgroundWork {
  const { logger } = deps;
  const instanceId = deps.instanceId ?? randomUUID();
  /** Requests found executing before this process took work: they may name no process (older bots). */
  let untagged: string[] = [];
  let sweeping: Promise<void> | null = null;
  let recovering: Promise<void> | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;

  /**
   * Requests left executing by processes that no longer run: one replica at a time recovers them,
   * at start-up and then on every sweep (a replica that dies while others run is covered too).
   */
  async function recoverOrphans(): Promise<void> {
    await deps.ledger.runExclusive('recovery', () => recover(deps, untagged));
  }

  async function sweep(): Promise<void> {
    try {
      // Once per tick across replicas: on a shared ledger, the others skip while one sweeps.
      await deps.ledger.runExclusive('expiry-sweep', async () => {
        const engine = await deps.loadEngine();
        const reply = await engine.expireStale();
        if (reply.deliveries.length === 0) return;
        if (deps.deliverExpired !== undefined) await deps.deliverExpired(reply);
        else await deps.deliver(reply, { kind: 'sweep' });
      });
      await recoverOrphans();
      await deps.outbox.drain();
    } catch (error) {
      logger.error({ error: summariseError(error), reference: newReference() }, 'the expiry sweep failed');
    }
  }

  function runSweep(): Promise<void> {
    sweeping ??= sweep().finally(() => {
      sweeping = null;
    });
    return sweeping;
  }

  return {
    async beforeStart() {
      await deps.ledger.holdInstance(instanceId);
      untagged = (await deps.ledger.findExpired(['executing'], FAR_FUTURE)).map((r) => r.id);
    },
    recoverAtStart() {
      recovering = recoverOrphans().catch((error: unknown) => {
        logger.error({ error: summariseError(error), reference: newReference() }, 'start-up recovery failed');
      });
    },
    startSweeping(everyMs) {
      sweepTimer = setInterval(() => void runSweep(), everyMs);
      sweepTimer.unref();
    },
    stopSweeping() {
      if (sweepTimer !== null) clearInterval(sweepTimer);
      sweepTimer = null;
    },
    async idle() {
      if (sweeping !== null) await sweeping;
      if (recovering !== null) await recovering;
    },
  };
}

/** Requests left executing by stopped processes: finished or rolled back (core/recovery.ts). */
async function recover(deps: BackgroundDeps, untagged: string[]): Promise<void> {
  try {
    const engine = await deps.loadEngine();
    if (engine.recoverInterrupted === undefined) return;
    const reply = await engine.recoverInterrupted(untagged);
    if (reply.deliveries.length === 0) return;
    deps.logger.info({ recovered: reply.deliveries.length }, 'recovered requests interrupted by a restart');
    await deps.deliver(reply, { kind: 'sweep' });
  } catch (error) {
    deps.logger.error(
      { error: summariseError(error), reference: newReference() },
      'start-up recovery failed',
    );
  }
}
