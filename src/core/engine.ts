/**
 * The conversation state machine: text and button clicks in, deliveries out, every step recorded
 * in the ledger (who, when, what — never a secret). It is composed of small parts:
 * - text-requests.ts: typed requests (reads answer at once; changes wait for a choice, a
 *   confirmation or an approval);
 * - button-actions.ts: clicks, driven by one transition table (who may act, from which states, to
 *   which state, which ledger event);
 * - expiry.ts: waiting requests that ran out of time;
 * - request-store.ts: what a waiting request stores, with a typed payload codec.
 *
 * States: awaiting_choice → (choose) → a new request;
 *         awaiting_confirmation → (confirm) executing → completed | failed | awaiting_old_key_decision;
 *         awaiting_approval → (approve) approved → (reveal) executing → completed | failed;
 *         awaiting_old_key_decision → (delete_old) executing → completed | failed, or (keep_old) completed;
 *         any waiting state → cancelled | denied | expired.
 */
import { createButtonActions } from './button-actions.js';
import type { BotEngine, EngineDeps, Reply } from './engine-api.js';
import { createEngineKit, type Draft, type EngineKit } from './engine-kit.js';
import { createExpiry } from './expiry.js';
import { recoverInterrupted, settleDelivery } from './recovery.js';
import { buildHome } from './home.js';
import { runReminders } from './reminders.js';
import { formChoices, requestFromForm } from './request-form.js';
import { createTextRequests } from './text-requests.js';

const recoveryDeps = (kit: EngineKit) => ({
  aws: kit.aws,
  ledger: kit.ledger,
  settings: kit.settings,
  now: kit.now,
  reference: kit.reference,
  ...(kit.instanceId !== undefined ? { instanceId: kit.instanceId } : {}),
});

export function createEngine(deps: EngineDeps): BotEngine {
  const kit = createEngineKit(deps);
  const text = createTextRequests(kit);
  const expiry = createExpiry(kit);
  const actions = createButtonActions(kit, text, expiry);
  const stamped = (draft: Draft): Reply => ({ ...draft, at: kit.now() });
  return {
    async handleText(input) {
      const parse = await deps.parse(
        input.text,
        input.botUserId !== undefined ? { botUserId: input.botUserId } : undefined,
      );
      return { ...stamped(await text.handleParsed(input, parse)), intent: parse.intent };
    },
    handleRequest: async ({ request, ...input }) => ({
      ...stamped(await text.handleParsed({ ...input, text: '' }, request)),
      intent: request.intent,
    }),
    home: (requester) =>
      buildHome(requester, {
        aws: deps.aws,
        ledger: deps.ledger,
        settings: deps.settings,
        now: kit.now(),
        reference: kit.reference,
      }),
    formChoices: () => formChoices(deps.aws, deps.settings),
    checkForm: (values) => requestFromForm(values, deps.settings),
    handleAction: async (input) => stamped(await actions.handleAction(input)),
    sendReminders: (port) =>
      runReminders(
        {
          aws: deps.aws,
          ledger: deps.ledger,
          settings: deps.settings,
          now: kit.now(),
          reference: kit.reference,
        },
        port,
      ),
    expireStale: async () => stamped(await expiry.expireStale()),
    // Deliver or revoke, and start-up recovery (core/recovery.ts): the person is told by DM.
    async settleDelivery(requestId, delivered) {
      const settled = await settleDelivery(recoveryDeps(kit), requestId, delivered);
      if (settled === null || settled.outcome === null) return stamped({ deliveries: [] });
      const { record, outcome } = settled;
      const dm = kit.delivery('requester-dm', outcome, { requestId: record.id, userId: record.requesterId });
      return stamped({ deliveries: [dm] });
    },
    async recoverInterrupted(untagged) {
      const recovered = await recoverInterrupted(recoveryDeps(kit), untagged);
      // Not settled: retried on the next sweep (or settled by another replica, which says so).
      const deliveries = recovered
        .filter((r) => r.tell)
        .map(({ record, outcome }) =>
          kit.delivery('requester-dm', outcome, { requestId: record.id, userId: record.requesterId }),
        );
      return stamped({ deliveries });
    },
  };
}
