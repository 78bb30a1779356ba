/**
 * What the engine's parts share: the ports, the clock, how a Delivery is made (and the rule for
 * secrets), refusals recorded in the ledger, request storage, and the approval card.
 */
import type { Audience, Delivery, EngineDeps, Reply } from './engine-api.js';
import type { NewLedgerEvent, RequestRecord } from './ledger-port.js';
import { carriesSecret, type Outcome } from './outcome.js';
import type { Plan } from './plan.js';
import { createRequestStore, decodePayload, type RequestStore } from './request-store.js';
import type { Requester } from './requester.js';

/** A reply before it is stamped with the time the core decided. */
export type Draft = Omit<Reply, 'at'>;

export type Actor = Pick<NewLedgerEvent, 'actorId' | 'actorName'>;
export const SYSTEM: Actor = { actorId: 'system', actorName: 'bedrock-bot' };
export const actor = (r: Requester): Actor => ({ actorId: r.userId, actorName: r.displayName });

export type ApprovalState = 'pending' | 'approved' | 'denied' | 'expired';

export interface EngineKit extends EngineDeps {
  now(): Date;
  later(seconds: number): Date;
  reference(): string;
  store: RequestStore;
  /** One message for one audience. A secret-bearing outcome may only go to the requester, privately. */
  delivery(
    audience: Audience,
    outcome: Outcome,
    extra?: { requestId?: string; userId?: string; ownerEmail?: string },
  ): Delivery;
  privately(outcome: Outcome, requestId?: string): Draft;
  /** Records the refusal in the ledger and tells the person why, privately. */
  refuse(
    requester: Requester,
    reason: string,
    hint: string | undefined,
    businessUnit: string | null,
    requestId?: string | null,
  ): Promise<Draft>;
  /** What the read-only flows need. */
  readDeps(): {
    aws: EngineDeps['aws'];
    settings: EngineDeps['settings'];
    now: Date;
    reference: () => string;
  };
}

export function createEngineKit(deps: EngineDeps): EngineKit {
  const now = (): Date => deps.clock.now();
  const reference = (): string => deps.ids.reference();

  function delivery(
    audience: Audience,
    outcome: Outcome,
    extra: { requestId?: string; userId?: string; ownerEmail?: string } = {},
  ): Delivery {
    // The rule for secrets, decided here by what the outcome is: only the requester sees it, privately.
    if (carriesSecret(outcome) && audience !== 'requester-private') {
      throw new Error(
        `refusing to deliver a ${outcome.type} outcome to ${audience}: secrets go only to requester-private`,
      );
    }
    return { audience, outcome, ...extra };
  }

  const privately = (outcome: Outcome, requestId?: string): Draft => ({
    deliveries: [delivery('requester-private', outcome, requestId ? { requestId } : {})],
  });

  return {
    ...deps,
    now,
    later: (seconds) => new Date(now().getTime() + seconds * 1000),
    reference,
    store: createRequestStore(deps),
    delivery,
    privately,
    async refuse(requester, reason, hint, businessUnit, requestId = null) {
      await deps.ledger.record({
        at: now(),
        requestId,
        kind: 'refused',
        ...actor(requester),
        businessUnit,
        detail: reason,
      });
      return privately(hint === undefined ? { type: 'refused', reason } : { type: 'refused', reason, hint });
    },
    readDeps: () => ({ aws: deps.aws, settings: deps.settings, now: now(), reference }),
  };
}

export function approvalCard(
  record: RequestRecord,
  plan: Plan,
  state: ApprovalState,
  decidedBy?: string,
  twoApprovals = false,
): Outcome {
  const { reason, firstApprover, breakGlass } = decodePayload(record.payload);
  return {
    type: 'approval-card',
    ...(reason !== undefined ? { justification: reason } : {}),
    ...(twoApprovals || firstApprover !== undefined ? { approvalsNeeded: 2 as const } : {}),
    ...(firstApprover !== undefined ? { firstApprovedBy: firstApprover.name } : {}),
    ...(breakGlass !== undefined ? { breakGlass } : {}),
    plan,
    requestId: record.id,
    requesterId: record.requesterId,
    requesterName: record.requesterName,
    expiresAt: record.expiresAt,
    state,
    ...(decidedBy ? { decidedBy } : {}),
  };
}
