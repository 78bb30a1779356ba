/**
 * Waiting requests run out: each waiting state has its own deadline (`expiresAt`), set when the
 * request enters it: confirmation or approval (from the settings), the reveal window after an
 * approval, and the old-key decision after a rotation. The periodic sweep expires them and says
 * so; a click that comes after the deadline expires its request on the spot.
 */
import type { ActionInput, Delivery } from './engine-api.js';
import { approvalCard, type Draft, type EngineKit, SYSTEM } from './engine-kit.js';
import type { RequestRecord, RequestState } from './ledger-port.js';
import { payloadOf } from './request-store.js';

export const WAITING: readonly RequestState[] = [
  'awaiting_choice',
  'awaiting_confirmation',
  'awaiting_approval',
  'approved',
  'awaiting_old_key_decision',
];

/** "2026-03-02 10:15": the minute a request expired, as UTC. */
const minuteOf = (date: Date): string => date.toISOString().slice(0, 16).replace('T', ' ');

export interface Expiry {
  /** Expires every waiting request whose time is up; returns what to tell whom. */
  expireStale(): Promise<Draft>;
  /** Expires a waiting request whose time is up (a click after expiry); null when it is still valid. */
  expireIfDue(input: ActionInput, record: RequestRecord): Promise<Draft | null>;
}

export function createExpiry(kit: EngineKit): Expiry {
  const { ledger } = kit;

  async function expireIfDue(input: ActionInput, record: RequestRecord): Promise<Draft | null> {
    if (!WAITING.includes(record.state) || record.expiresAt.getTime() > kit.now().getTime()) return null;
    const expired = await ledger.transition(record.id, [record.state], 'expired', {
      at: kit.now(),
      kind: 'expired',
      ...SYSTEM,
      businessUnit: record.businessUnit,
      detail: `expired (late ${input.action} by ${input.requester.displayName})`,
    });
    const current = expired ?? (await ledger.get(record.id)) ?? record;
    const refusal = kit.delivery('requester-private', {
      type: 'refused',
      reason: `This request expired at ${minuteOf(record.expiresAt)} UTC.`,
      hint: 'Ask again to start over.',
    });
    const plan = payloadOf(current).plan;
    const replaced =
      record.state === 'awaiting_approval' && plan
        ? approvalCard(current, plan, 'expired')
        : { type: 'expired-notice' as const, title: plan?.title ?? 'This request' };
    return { deliveries: [refusal, kit.delivery('replace-source', replaced, { requestId: record.id })] };
  }

  /** What the requester hears when their request expired while waiting in `state`. */
  function expiredNotice(state: RequestState, plan: { title: string; businessUnit: string }): string | null {
    switch (state) {
      case 'awaiting_approval':
        return `Nobody approved "${plan.title}" in time`;
      case 'approved':
        // No key exists yet (keys are created at reveal), so nothing is left behind in AWS.
        return `"${plan.title}" was approved but not revealed in time; no key was created. Ask again if you still need it`;
      case 'awaiting_old_key_decision':
        return `No decision about the old key of ${plan.businessUnit} in time: it was kept. Revoke it when your systems use the new one`;
      default:
        return null;
    }
  }

  async function expireStale(): Promise<Draft> {
    const deliveries: Delivery[] = [];
    const due = await ledger.findExpired(WAITING, kit.now());
    for (const record of due) {
      const moved = await ledger.transition(record.id, [record.state], 'expired', {
        at: kit.now(),
        kind: 'expired',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: `expired while ${record.state.replaceAll('_', ' ')}`,
      });
      if (!moved) continue;
      const plan = payloadOf(moved).plan;
      if (!plan) continue;
      if (record.state === 'awaiting_approval') {
        const card = approvalCard(moved, plan, 'expired');
        deliveries.push(kit.delivery('replace-source', card, { requestId: moved.id }));
      }
      const title = expiredNotice(record.state, plan);
      if (title !== null) {
        deliveries.push(
          kit.delivery(
            'requester-dm',
            { type: 'expired-notice', title },
            { requestId: moved.id, userId: moved.requesterId },
          ),
        );
      }
    }
    return { deliveries };
  }

  return { expireStale, expireIfDue };
}
