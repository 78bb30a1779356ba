/**
 * The App Home tab wired into the Slack app: its listeners, its buttons' structured requests (the
 * answers go to the person's DM with the bot) and the refresh after every change. Kept out of
 * slack-app.ts, which only calls `wireHomeTab` and `refreshAfter`.
 */
import type { App } from '@slack/bolt';
import type { BotEngine, Reply } from '../../core/engine-api.js';
import type { Ledger } from '../../core/ledger-port.js';
import type { ParseResult } from '../../core/request.js';
import type { Requester } from '../../core/requester.js';
import { registerBreakGlass } from '../break-glass.js';
import { registerRequestForm } from '../request-modal.js';
import type { Logger } from '../../log/logger.js';
import { newReference } from '../../log/reference.js';
import type { Message } from '../../render/block-kit.js';
import type { Origin } from '../deliver.js';
import type { ActionOrigin } from '../listeners.js';
import { summariseError } from '../slack-logger.js';
import { createHomeTab, registerHomeListeners, type HomeTab } from './home-tab.js';
import type { Routes } from '../routes.js';

export interface WireHomeDeps {
  resolver: { resolve(userId: string): Promise<Requester>; admins(): Promise<string[]> };
  deliverer: { tellActor(message: Message, origin: Origin): Promise<void> };
  deliver(reply: Reply, origin: Origin): Promise<void>;
  /** Runs follow-up work after the acknowledgement, detached from Bolt (slack-app.ts). */
  run(work: () => Promise<void>): void;
}

/** The parts of the Slack app's options the Home tab uses. */
export interface HomeOptions {
  logger: Logger;
  ledger: Ledger;
  now?: () => Date;
  commandName?: string;
  loadEngine(): Promise<BotEngine>;
}

export interface WiredHome extends HomeTab {
  /**
   * After a change: the Home tabs of the actor, the requester, anyone the reply notifies, and the
   * admins when approvals are involved (the expiry sweep passes no actor).
   */
  refreshAfter(actorId: string | null, reply: Reply, requesterId?: string): Promise<void>;
  /** Delivers a reply, then refreshes the Home tabs it concerns. */
  deliverAndRefresh(
    reply: Reply,
    origin: Origin,
    actorId: string | null,
    requesterId?: string,
  ): Promise<void>;
  /** A click in the Home tab has no message or channel: its answers go to the person's DM. */
  placeOf(origin: ActionOrigin): Promise<ActionOrigin>;
  /** Opens the request form (`/bedrock request`). */
  openForm(userId: string, triggerId: string): Promise<void>;
  /** The same, run after the acknowledgement with an apology in the DM on failure (`/bedrock request`). */
  openFormAfterAck(userId: string, triggerId: string): void;
}

export function wireHomeTab(app: App, routes: Routes, opts: HomeOptions, deps: WireHomeDeps): WiredHome {
  const { logger } = opts;
  const home = createHomeTab({
    client: app.client,
    ledger: opts.ledger,
    now: opts.now ?? (() => new Date()),
    logger,
    commandName: opts.commandName ?? '/bedrock',
    loadEngine: opts.loadEngine,
    resolve: (userId) => deps.resolver.resolve(userId),
  });

  async function refreshAfter(actorId: string | null, reply: Reply, requesterId?: string): Promise<void> {
    const ids = [actorId, requesterId, ...reply.deliveries.map((d) => d.userId)].filter(
      (id): id is string => id !== undefined && id !== null,
    );
    const approvals = reply.deliveries.some(
      (d) => d.audience === 'approvers' || d.outcome.type === 'approval-card',
    );
    await home.refresh(approvals ? [...ids, ...(await deps.resolver.admins())] : ids);
  }

  /** Acknowledged first like every listener; a failure ends in an apology in the person's DM. */
  function runHome(listener: string, userId: string, work: () => Promise<void>): void {
    deps.run(async () => {
      try {
        await work();
      } catch (error) {
        const reference = newReference();
        logger.error({ error: summariseError(error), reference, listener }, 'a Slack listener failed');
        const { renderApology } = await import('../../render/render-outcome.js');
        const channelId = await home.dmChannel(userId).catch(() => null);
        if (channelId !== null)
          await deps.deliverer.tellActor(renderApology(reference), { kind: 'dm', userId, channelId });
      }
    });
  }

  async function placeOf(origin: ActionOrigin): Promise<ActionOrigin> {
    if (origin.channelId !== null) return origin;
    return { ...origin, channelId: await home.dmChannel(origin.userId), messageIsEphemeral: true };
  }

  /** A structured request (Home button, request form); the answer goes to the person's DM. */
  async function handleStructured(userId: string, request: ParseResult, reason?: string): Promise<void> {
    const engine = await opts.loadEngine();
    if (engine.handleRequest === undefined) return;
    const [requester, channelId] = await Promise.all([deps.resolver.resolve(userId), home.dmChannel(userId)]);
    const reply = await engine.handleRequest({
      requester,
      request,
      surface: 'dm',
      context: { channelId, userId },
      ...(reason !== undefined ? { reason } : {}),
    });
    await deps.deliver(reply, { kind: 'dm', userId, channelId });
    await refreshAfter(userId, reply);
  }

  const form = registerRequestForm(routes, {
    client: app.client,
    logger,
    loadEngine: opts.loadEngine,
    run: runHome,
    submit: handleStructured,
  });

  registerBreakGlass(routes, {
    client: app.client,
    logger,
    run: runHome,
    async breakGlass(userId, requestId, reason) {
      const engine = await opts.loadEngine();
      const [requester, record] = await Promise.all([
        deps.resolver.resolve(userId),
        opts.ledger.get(requestId),
      ]);
      const reply = await engine.handleAction({
        requester,
        action: 'break_glass',
        requestId,
        reason,
        surface: 'dm',
      });
      // A form has no message: the approval card is found through the ledger, answers go to the DM.
      const origin = await placeOf({
        kind: 'action',
        userId,
        channelId: null,
        messageTs: null,
        messageIsEphemeral: true,
        threadTs: null,
        respond: null,
      });
      await deps.deliver(reply, origin);
      await refreshAfter(userId, reply, record?.requesterId);
    },
  });

  registerHomeListeners(routes, {
    home,
    logger,
    run: runHome,
    handleHomeRequest: (userId, request) => handleStructured(userId, request),
    openForm: form.open,
  });

  return {
    ...home,
    refreshAfter,
    async deliverAndRefresh(reply, origin, actorId, requesterId) {
      await deps.deliver(reply, origin);
      await refreshAfter(actorId, reply, requesterId);
    },
    openForm: form.open,
    openFormAfterAck: (userId, triggerId) =>
      runHome('command_form', userId, () => form.open(userId, triggerId)),
    placeOf,
  };
}
