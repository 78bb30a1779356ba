/**
 * A durable outbox for the messages a request cannot do without: approval cards (without one,
 * nobody can approve) and DMs to the requester ("approved, click Reveal", "your key was revoked,
 * ask again"). Each is written to the ledger first, then sent; a failure (Slack 5xx, rate limit
 * beyond the Web API client's own retries, a timeout, a DM that cannot be opened) leaves it
 * queued, and the periodic sweep sends it again with growing pauses, across restarts too.
 * Everything else (private answers, card updates) goes out directly, as before. Secrets are
 * never queued: they go out directly or are revoked (core/recovery.ts).
 */
import type { Logger } from '../log/logger.js';
import type { Audience, BotEngine, Reply as CoreReply } from '../core/engine-api.js';
import type { OutboxStore } from '../core/ledger-port.js';
import type { RenderedDelivery as Delivery, RenderedReply as Reply } from '../render/render-reply.js';
import type { Deliverer, Origin, SecretDeliveryReport } from './deliver.js';
import { summariseError } from './slack-logger.js';

const DURABLE: ReadonlySet<Audience> = new Set<Audience>(['approvers', 'requester-dm', 'unit-owner']);
/** Pauses between attempts, as multiples of the base (5 s by default): 5 s, 30 s, 2 min, 10 min, 30 min, 1 h. */
const BACKOFF = [1, 6, 24, 120, 360, 720];
const DRAIN_BATCH = 20;
/** A message being sent right now is not due for the sweep until this has passed (a crash mid-send). */
const SENDING_LEASE_MS = 30_000;

export interface OutboxOptions {
  deliverer: Deliverer;
  /** Absent: everything goes out directly (a front end without a ledger, e.g. a test harness). */
  store: OutboxStore | undefined;
  logger: Logger;
  now: () => Date;
  /** The first pause after a failure, in ms (default 5000); later ones grow from it. */
  retryBaseMs?: number;
}

export interface Outbox {
  /** Delivers a reply: cards and DMs through the outbox, the rest directly. Throws the first direct failure. */
  deliver(reply: Reply, origin: Origin, onSecret?: SecretDeliveryReport): Promise<void>;
  /** Sends what is due; returns how many went out. */
  drain(): Promise<number>;
}

interface Stored {
  audience: Audience;
  message: Delivery['message'];
  userId?: string;
  requestId?: string;
  ownerEmail?: string;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { deliverer, store, logger, now } = options;
  const base = options.retryBaseMs ?? 5_000;
  const sweepOrigin: Origin = { kind: 'sweep' };

  async function attempt(id: number, item: Stored, attemptsSoFar: number): Promise<boolean> {
    const delivery: Delivery = {
      audience: item.audience,
      message: item.message,
      // Already rendered: the outcome is not kept (the message is what goes out).
      outcome: { type: 'dismissed' },
      ...(item.userId !== undefined ? { userId: item.userId } : {}),
      ...(item.requestId !== undefined ? { requestId: item.requestId } : {}),
      ...(item.ownerEmail !== undefined ? { ownerEmail: item.ownerEmail } : {}),
    };
    try {
      await deliverer.deliver({ deliveries: [delivery], at: now() }, sweepOrigin);
      await store?.delivered(id);
      return true;
    } catch (error) {
      const pause = BACKOFF[attemptsSoFar];
      const next = pause === undefined ? null : new Date(now().getTime() + pause * base);
      await store?.failed(id, summariseError(error).message, next);
      (next === null ? logger.error : logger.warn).call(
        logger,
        {
          outboxId: id,
          audience: item.audience,
          requestId: item.requestId ?? null,
          attempts: attemptsSoFar + 1,
        },
        next === null ? 'gave up on a queued message' : 'a queued message will be sent again later',
      );
      return false;
    }
  }

  return {
    async deliver(reply, origin, onSecret) {
      if (store === undefined) return deliverer.deliver(reply, origin, onSecret);
      const durable: Stored[] = [];
      const direct: Delivery[] = [];
      for (const d of reply.deliveries) {
        if (!DURABLE.has(d.audience) || d.message.containsSecret) {
          direct.push(d);
          continue;
        }
        const userId = d.userId ?? (origin.kind === 'sweep' ? undefined : origin.userId);
        durable.push({
          audience: d.audience,
          message: d.message,
          ...(userId !== undefined ? { userId } : {}),
          ...(d.requestId !== undefined ? { requestId: d.requestId } : {}),
          ...(d.ownerEmail !== undefined ? { ownerEmail: d.ownerEmail } : {}),
        });
      }
      let failure: unknown = null;
      try {
        if (direct.length > 0)
          await deliverer.deliver({ deliveries: direct, at: reply.at }, origin, onSecret);
      } catch (error) {
        failure = error;
      }
      for (const item of durable) {
        const at = now();
        const id = await store.enqueue({ ...item }, at, new Date(at.getTime() + SENDING_LEASE_MS));
        await attempt(id, item, 0);
      }
      if (failure !== null) throw failure;
    },
    async drain() {
      if (store === undefined) return 0;
      let sent = 0;
      const at = now();
      // Claimed for the sending lease: another replica draining now skips these.
      const claimed = await store.claimDue(at, DRAIN_BATCH, new Date(at.getTime() + SENDING_LEASE_MS));
      for (const item of claimed) {
        if (await attempt(item.id, item.payload as unknown as Stored, item.attempts)) sent += 1;
      }
      return sent;
    },
  };
}

/**
 * Deliver or revoke, for the Slack front end: renders and delivers a reply, reports each secret's
 * fate to the engine (which completes the request, or deletes the key and says so), and delivers
 * that follow-up too, even when the first delivery failed.
 */
export async function deliverSettling(
  engine: BotEngine | undefined,
  reply: CoreReply,
  origin: Origin,
  parts: { outbox: Outbox; render: (reply: CoreReply) => Promise<Reply>; logger: Logger },
): Promise<void> {
  const reports: Array<{ requestId: string; delivered: boolean }> = [];
  try {
    await parts.outbox.deliver(await parts.render(reply), origin, (delivery, delivered) => {
      if (delivery.requestId !== undefined) reports.push({ requestId: delivery.requestId, delivered });
    });
  } finally {
    if (engine?.settleDelivery !== undefined) {
      for (const report of reports) {
        const follow = await engine.settleDelivery(report.requestId, report.delivered);
        if (!report.delivered)
          parts.logger.warn(
            { requestId: report.requestId },
            'a new key could not be delivered; it was revoked',
          );
        if (follow.deliveries.length > 0)
          await parts.outbox
            .deliver(await parts.render(follow), { kind: 'sweep' })
            .catch((error: unknown) => {
              parts.logger.error(
                { error: summariseError(error), requestId: report.requestId },
                'could not tell the person that their undelivered key was revoked',
              );
            });
      }
    }
  }
}
