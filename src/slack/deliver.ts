/**
 * Delivers the engine's Reply to Slack: each Delivery's audience becomes one Slack call, chosen by
 * where the request came from (the Origin).
 *
 * The one rule enforced here, whatever the engine or a renderer says: a message that contains a
 * secret only ever goes to the person who acted, ephemerally (response_url with
 * response_type=ephemeral, or chat.postEphemeral to that user). Every other path throws a
 * SecretDeliveryError, which is logged without the message. chat.postMessage and chat.update never
 * carry a secret, and nothing that looks like a Bedrock key goes anywhere but privately either.
 */
import type { Ledger } from '../core/ledger-port.js';
import { looksLikeBedrockCredential } from '../core/secret.js';
import type { Logger } from '../log/logger.js';
import { BLOCK_LIMITS, type Block, type Message } from '../render/block-kit.js';
import { clip, fitMessage, limitViolations } from '../render/limits.js';
import { renderDecidedMeanwhile } from '../render/notices.js';
import type { RenderedDelivery as Delivery, RenderedReply as Reply } from '../render/render-reply.js';
import type { SlackDeliveryPort, SlackPayload } from './delivery-port.js';
import { summariseError } from './slack-logger.js';

/** Bolt's respond(): posts to the interaction's response_url. */
export type Respond = (message: {
  text: string;
  blocks?: Block[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
}) => Promise<unknown>;

/** Where the request came from: decides how each audience is delivered. */
export type Origin =
  /** `respond` is null when the response_url is not on a Slack host: chat.postEphemeral is used instead. */
  | { kind: 'slash'; userId: string; channelId: string; respond: Respond | null }
  | { kind: 'mention'; userId: string; channelId: string; threadTs: string }
  | { kind: 'dm'; userId: string; channelId: string }
  | {
      kind: 'action';
      userId: string;
      channelId: string | null;
      /** The message whose button was clicked. */
      messageTs: string | null;
      messageIsEphemeral: boolean;
      /** The clicked message's thread, if it sits in one. */
      threadTs: string | null;
      respond: Respond | null;
    }
  /** The expiry sweep: nobody acted, so nothing can be private. */
  | { kind: 'sweep' };

export class SecretDeliveryError extends Error {
  constructor(reason: string) {
    super(`Refused to deliver a secret: ${reason}`);
    this.name = 'SecretDeliveryError';
  }
}

export class DeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Keys in a request's ledger context where the approval card's location is kept. */
export const APPROVAL_CHANNEL_KEY = 'approvalChannel';
export const APPROVAL_TS_KEY = 'approvalTs';
/** Extra copies of the approval card (when it went to several admins' DMs): "C1:ts1,C2:ts2". */
export const APPROVAL_COPIES_KEY = 'approvalCopies';

export interface DelivererOptions {
  /** The Slack Web API calls delivery makes (webApiDeliveryPort(app.client) in production). */
  slack: SlackDeliveryPort;
  ledger: Ledger;
  logger: Logger;
  approvalChannelId: string | null;
  /** Where approval cards go when there is no approval channel: each admin's DM. */
  adminUserIds: readonly string[];
}

/** Told, for each message holding a secret, whether it reached its requester (deliver or revoke). */
export type SecretDeliveryReport = (delivery: Delivery, delivered: boolean) => void;

export interface Deliverer {
  /** Delivers every Delivery; one failing does not stop the others. Throws the first failure at the end. */
  deliver(reply: Reply, origin: Origin, onSecret?: SecretDeliveryReport): Promise<void>;
  /** Shows a message to the acting person only (used for apologies). Never throws. */
  tellActor(message: Message, origin: Origin): Promise<void>;
}

const payload = (message: Message): SlackPayload => ({ text: message.text, blocks: message.blocks });

/** Throws unless the message is safe to post where others can see it and Slack keeps it. */
function assertPublicSafe(message: Message, method: string): void {
  if (message.containsSecret)
    throw new SecretDeliveryError(`${method} is visible to others and kept by Slack`);
  if (looksLikeBedrockCredential(JSON.stringify(payload(message)))) {
    throw new SecretDeliveryError(
      `a message not flagged as secret looks like it holds a credential (${method})`,
    );
  }
}

/** The Slack calls, each with its secret rule: private to the actor, or public and never a secret. */
interface Sender {
  openDm(userId: string): Promise<string>;
  sendPrivately(message: Message, origin: Origin, requestedUser: string | undefined): Promise<void>;
  postMessage(channel: string, message: Message, threadTs?: string | null): Promise<string | undefined>;
  update(channel: string, ts: string, message: Message): Promise<void>;
}

function createSender(slack: SlackDeliveryPort): Sender {
  const dmChannels = new Map<string, string>();
  return {
    async openDm(userId) {
      const known = dmChannels.get(userId);
      if (known !== undefined) return known;
      const channel = await slack.openDm(userId);
      if (channel === undefined) throw new DeliveryError('conversations.open returned no channel');
      dmChannels.set(userId, channel);
      return channel;
    },
    /** The only two ways a message may reach one person privately. */
    async sendPrivately(message, origin, requestedUser) {
      if (origin.kind === 'sweep') {
        if (message.containsSecret)
          throw new SecretDeliveryError('no one acted, so there is nobody to show it to privately');
        throw new DeliveryError('a private message needs someone who acted');
      }
      if (message.containsSecret && requestedUser !== undefined && requestedUser !== origin.userId) {
        throw new SecretDeliveryError('it was addressed to someone other than the person who acted');
      }
      if ((origin.kind === 'slash' || origin.kind === 'action') && origin.respond !== null) {
        await origin.respond({ ...payload(message), response_type: 'ephemeral', replace_original: false });
        return;
      }
      const channel = origin.channelId;
      if (channel === null) throw new DeliveryError('no channel to post an ephemeral message in');
      const threadTs =
        origin.kind === 'mention' ? origin.threadTs : origin.kind === 'action' ? origin.threadTs : null;
      await slack.postEphemeral(channel, origin.userId, payload(message), threadTs ?? undefined);
    },
    async postMessage(channel, message, threadTs) {
      assertPublicSafe(message, 'chat.postMessage');
      return slack.postMessage(channel, payload(message), threadTs ?? undefined);
    },
    async update(channel, ts, message) {
      assertPublicSafe(message, 'chat.update');
      await slack.update(channel, ts, payload(message));
    },
  };
}

type MessageRef = { channel: string; ts: string };

/** "C1:ts1,C2:ts2" and more refs, each once, in order. */
function mergeCopies(known: string | undefined, more: string[]): string[] {
  const all = [...(known ?? '').split(','), ...more].filter((r) => r.includes(':'));
  return [...new Set(all)];
}

/** Where a request's approval card was posted (one channel, or several admins' DMs). */
async function approvalRefs(ledger: Ledger, requestId: string | undefined): Promise<MessageRef[]> {
  if (requestId === undefined) return [];
  const record = await ledger.get(requestId);
  if (record === null) return [];
  const refs: MessageRef[] = [];
  const channel = record.context[APPROVAL_CHANNEL_KEY];
  const ts = record.context[APPROVAL_TS_KEY];
  if (channel !== undefined && ts !== undefined) refs.push({ channel, ts });
  for (const pair of (record.context[APPROVAL_COPIES_KEY] ?? '').split(',')) {
    const [c, t] = pair.split(':');
    if (c && t && !refs.some((r) => r.channel === c && r.ts === t)) refs.push({ channel: c, ts: t });
  }
  return refs;
}

/** A visible reply where the request was made; where there is none (a slash command), a private one. */
async function toConversation(
  send: Sender,
  { ledger, logger }: Pick<DelivererOptions, 'ledger' | 'logger'>,
  delivery: Delivery,
  origin: Origin,
): Promise<void> {
  const { message } = delivery;
  switch (origin.kind) {
    case 'mention':
      await send.postMessage(origin.channelId, message, origin.threadTs);
      return;
    case 'dm':
      await send.postMessage(origin.channelId, message);
      return;
    case 'slash':
      // A slash command has no thread; a visible reply would land in the whole channel. Keep it private.
      await send.sendPrivately(message, origin, delivery.userId);
      return;
    case 'action':
      if (origin.messageIsEphemeral || origin.channelId === null) {
        await send.sendPrivately(message, origin, delivery.userId);
        return;
      }
      await send.postMessage(
        origin.channelId,
        message,
        origin.channelId.startsWith('D') ? origin.threadTs : (origin.threadTs ?? origin.messageTs),
      );
      return;
    case 'sweep': {
      const record = delivery.requestId !== undefined ? await ledger.get(delivery.requestId) : null;
      const channel = record?.context.channelId;
      if (record === null || channel === undefined || record.surface === 'slash') {
        logger.debug({ requestId: delivery.requestId ?? null }, 'no conversation to reply in');
        return;
      }
      await send.postMessage(channel, message, record.context.threadTs ?? null);
      return;
    }
  }
}

/**
 * The unit owner's copy of an approval card: in their DM, found by the email in the owner tag,
 * and recorded with the card's other copies, so that a decision (by a click on any copy, or the
 * expiry sweep) updates it too. Nobody with that email in the workspace: no copy (the card in the
 * approval channel is enough). A copy retried after the decision is not posted at all, and an
 * owner who already gets a copy as an admin (cards in admins' DMs) gets no second one.
 */
async function toUnitOwner(send: Sender, options: DelivererOptions, delivery: Delivery): Promise<void> {
  const { ledger, logger } = options;
  const { requestId, ownerEmail } = delivery;
  if (requestId === undefined || ownerEmail === undefined)
    throw new DeliveryError("a unit owner's copy needs its request and the owner's email");
  const before = await ledger.get(requestId);
  if (before === null || before.state !== 'awaiting_approval') {
    logger.debug({ requestId }, "the request was decided before the owner's copy went out; not sent");
    return;
  }
  const userId = await options.slack.userIdByEmail(ownerEmail);
  if (userId === undefined) {
    logger.info({ requestId }, "nobody in the workspace has the unit owner's email; no copy sent");
    return;
  }
  if (options.approvalChannelId === null && options.adminUserIds.includes(userId)) return;
  const channel = await send.openDm(userId);
  const ts = await send.postMessage(channel, delivery.message);
  if (ts === undefined) return;
  const known = await ledger.get(requestId);
  const copies = mergeCopies(known?.context[APPROVAL_COPIES_KEY], [
    // The card itself first, so that the list holds every copy even when it is the only other one.
    ...(known?.context[APPROVAL_CHANNEL_KEY] !== undefined && known.context[APPROVAL_TS_KEY] !== undefined
      ? [`${known.context[APPROVAL_CHANNEL_KEY]}:${known.context[APPROVAL_TS_KEY]}`]
      : []),
    `${channel}:${ts}`,
  ]);
  await ledger.updateContext(requestId, { [APPROVAL_COPIES_KEY]: copies.join(',') });
  // Decided while the copy was being posted: the decision's update may have missed it, so its
  // buttons go now (a click on them would only be told the request is decided).
  const after = await ledger.get(requestId);
  if (after !== null && after.state !== 'awaiting_approval') {
    await send.update(channel, ts, renderDecidedMeanwhile());
  }
}

export function createDeliverer(options: DelivererOptions): Deliverer {
  const { ledger, logger } = options;
  const send = createSender(options.slack);

  async function toApprovers(delivery: Delivery): Promise<void> {
    const targets =
      options.approvalChannelId !== null
        ? [options.approvalChannelId]
        : await Promise.all(options.adminUserIds.map((id) => send.openDm(id)));
    if (targets.length === 0)
      throw new DeliveryError('no approval channel and no admin user IDs to send the approval to');
    const refs: string[] = [];
    for (const channel of targets) {
      const ts = await send.postMessage(channel, delivery.message);
      if (ts !== undefined) refs.push(`${channel}:${ts}`);
    }
    const first = refs[0];
    if (delivery.requestId === undefined || first === undefined) {
      logger.warn(
        { requestId: delivery.requestId ?? null },
        'approval card posted without a request to remember it by',
      );
      return;
    }
    // The first post for a request is its card, updated later; a notice about it posted after (break
    // glass) must not take its place. (Queued messages reach here without their outcome.)
    const known = await ledger.get(delivery.requestId);
    if (known?.context[APPROVAL_TS_KEY] !== undefined) return;
    const [channel, ts] = first.split(':') as [string, string];
    // The owner's copy may have been recorded first (the card's post was retried): keep it.
    const copies = mergeCopies(known?.context[APPROVAL_COPIES_KEY], refs);
    await ledger.updateContext(delivery.requestId, {
      [APPROVAL_CHANNEL_KEY]: channel,
      [APPROVAL_TS_KEY]: ts,
      ...(copies.length > 1 ? { [APPROVAL_COPIES_KEY]: copies.join(',') } : {}),
    });
  }

  async function replaceSource(delivery: Delivery, origin: Origin): Promise<void> {
    const { message } = delivery;
    if (origin.kind === 'action') {
      if (origin.messageIsEphemeral && origin.respond !== null) {
        if (message.containsSecret)
          throw new SecretDeliveryError('replace-source is never a place for a secret');
        await origin.respond({ ...payload(message), replace_original: true });
        return;
      }
      if (origin.channelId !== null && origin.messageTs !== null) {
        await send.update(origin.channelId, origin.messageTs, message);
        // The same approval card may also sit in other admins' DMs.
        const refs = await approvalRefs(ledger, delivery.requestId);
        if (refs.some((r) => r.channel === origin.channelId && r.ts === origin.messageTs)) {
          for (const ref of refs) {
            if (ref.channel !== origin.channelId || ref.ts !== origin.messageTs)
              await send.update(ref.channel, ref.ts, message);
          }
        }
        return;
      }
    }
    if (origin.kind === 'sweep' || origin.kind === 'action') {
      const refs = await approvalRefs(ledger, delivery.requestId);
      if (refs.length === 0) {
        logger.debug({ requestId: delivery.requestId ?? null }, 'nothing to replace for this request');
        return;
      }
      for (const ref of refs) await send.update(ref.channel, ref.ts, message);
      return;
    }
    // A typed request has no source message: show it to the person instead.
    await send.sendPrivately(message, origin, delivery.userId);
  }

  async function toRequesterDm(delivery: Delivery, origin: Origin): Promise<void> {
    const userId = delivery.userId ?? (origin.kind === 'sweep' ? undefined : origin.userId);
    if (userId === undefined) throw new DeliveryError('requester-dm without a user');
    if (delivery.message.containsSecret) throw new SecretDeliveryError('a DM message is stored by Slack');
    await send.postMessage(await send.openDm(userId), delivery.message);
  }

  async function deliverOne(delivery: Delivery, origin: Origin): Promise<void> {
    const message = guardLimits(delivery.message, logger, delivery.audience);
    const checked = { ...delivery, message };
    // The notification text shows up in push notifications and previews, even for ephemeral messages.
    if (looksLikeBedrockCredential(message.text)) {
      throw new SecretDeliveryError('the notification text looks like it holds a credential');
    }
    if (message.containsSecret && delivery.audience !== 'requester-private') {
      throw new SecretDeliveryError(`audience ${delivery.audience} is not private to the requester`);
    }
    switch (delivery.audience) {
      case 'requester-private':
        return send.sendPrivately(message, origin, delivery.userId);
      case 'replace-source':
        return replaceSource(checked, origin);
      case 'approvers':
        return toApprovers(checked);
      case 'requester-dm':
        return toRequesterDm(checked, origin);
      case 'unit-owner':
        return toUnitOwner(send, options, checked);
      case 'conversation':
        return toConversation(send, options, checked, origin);
    }
  }

  return {
    async deliver(reply, origin, onSecret) {
      let firstFailure: unknown = null;
      for (const delivery of reply.deliveries) {
        const secret = delivery.message.containsSecret;
        try {
          await deliverOne(delivery, origin);
          if (secret) onSecret?.(delivery, true);
        } catch (error) {
          if (secret) onSecret?.(delivery, false);
          firstFailure ??= error;
          logger.error(
            {
              error: summariseError(error),
              audience: delivery.audience,
              requestId: delivery.requestId ?? null,
              origin: origin.kind,
            },
            'could not deliver a message',
          );
        }
      }
      if (firstFailure !== null) throw firstFailure;
    },
    async tellActor(message, origin) {
      try {
        await send.sendPrivately(guardLimits(message, logger, 'requester-private'), origin, undefined);
      } catch (error) {
        logger.warn(
          { error: summariseError(error), origin: origin.kind },
          'could not tell the person what happened',
        );
      }
    },
  };
}

/**
 * The renderers keep messages within Slack's limits (render/limits.ts); this is the last line. A
 * violation is logged (never the content) and the message fitted, so Slack does not reject it. A
 * secret-bearing message keeps its blocks: a split or truncated key is worse than a rejected message.
 */
export function guardLimits(message: Message, logger: Logger, audience: string): Message {
  const problems = limitViolations(message);
  if (problems.length === 0) return message;
  logger.error(
    { problems, audience, containsSecret: message.containsSecret },
    'a rendered message exceeds Slack limits',
  );
  if (message.containsSecret) return { ...message, text: clip(message.text, BLOCK_LIMITS.messageText) };
  return fitMessage(message);
}
