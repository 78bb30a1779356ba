/**
 * Sends the core's reminders in Slack: the unit's owner is found by the email in its owner tag
 * (users.lookupByEmail), the reminder goes to their DM with the bot (conversations.open,
 * chat.postMessage), and a digest goes only to someone who is an admin. Never a secret: these
 * messages are kept by Slack, so one that looks like a credential is refused like any public post.
 */
import type { App } from '@slack/bolt';
import type { BotEngine } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { HygieneDigest, Reminder, ReminderPort, SendResult } from '../core/reminders.js';
import type { Requester } from '../core/requester.js';
import { looksLikeBedrockCredential } from '../core/secret.js';
import type { Logger } from '../log/logger.js';
import type { Message } from '../render/block-kit.js';
import { webApiDeliveryPort, type SlackDeliveryPort } from './delivery-port.js';
import { periodicJob, type PeriodicJob } from './periodic-job.js';
import { summariseError } from './slack-logger.js';

export interface ReminderSenderDeps {
  client: App['client'];
  slack: SlackDeliveryPort;
  resolve(userId: string): Promise<Requester>;
  logger: Logger;
  commandName: string;
}

/** Slack answers these when nobody in the workspace has that email. */
const NOBODY = /users_not_found|user_not_found|account_inactive/;

export function createReminderSender(deps: ReminderSenderDeps): ReminderPort {
  const { logger } = deps;

  async function post(userId: string, message: Message): Promise<SendResult> {
    if (message.containsSecret || looksLikeBedrockCredential(JSON.stringify(message.blocks)))
      throw new Error('a reminder must never hold a secret');
    const channel = await deps.slack.openDm(userId);
    if (channel === undefined) return 'failed';
    await deps.slack.postMessage(channel, { text: message.text, blocks: message.blocks });
    return 'sent';
  }

  async function guarded(what: string, work: () => Promise<SendResult>): Promise<SendResult> {
    try {
      return await work();
    } catch (error) {
      const summary = summariseError(error);
      if (NOBODY.test(JSON.stringify(summary))) return 'no-recipient';
      logger.warn({ error: summary, what }, 'could not send a reminder; it is tried again next time');
      return 'failed';
    }
  }

  return {
    remindOwner: (reminder: Reminder, now: Date) =>
      guarded(reminder.kind, async () => {
        const found = await deps.client.users.lookupByEmail({ email: reminder.ownerEmail });
        const userId = found.user?.id;
        if (userId === undefined || found.user?.deleted === true) return 'no-recipient';
        const { renderReminder } = await import('../render/reminder.js');
        const result = await post(userId, renderReminder(reminder, now, deps.commandName));
        if (result === 'sent')
          logger.info({ businessUnit: reminder.businessUnit, kind: reminder.kind }, 'reminded a unit owner');
        return result;
      }),
    sendDigest: (digest: HygieneDigest) =>
      guarded('digest', async () => {
        const requester = await deps.resolve(digest.userId);
        if (!requester.isAdmin) {
          logger.warn(
            { userId: digest.userId },
            'HYGIENE_DIGEST_USER_IDS names someone who is not an admin; no digest sent',
          );
          return 'no-recipient';
        }
        const { renderDigest } = await import('../render/reminder.js');
        return post(digest.userId, renderDigest(digest, deps.commandName));
      }),
  };
}

/** The first reminder pass after start, so a deploy does not wait a whole interval. */
export const FIRST_REMINDER_PASS_MAX_DELAY_MS = 60_000;

/**
 * The periodic reminder pass: one replica at a time, and each reminder is claimed in the ledger,
 * so none goes out twice even when replicas take turns.
 */
export function createReminderJob(
  deps: Omit<ReminderSenderDeps, 'slack'> & { ledger: Ledger; loadEngine(): Promise<BotEngine> },
): PeriodicJob {
  const sender = createReminderSender({ ...deps, slack: webApiDeliveryPort(deps.client) });
  return periodicJob({
    name: 'reminders',
    ledger: deps.ledger,
    logger: deps.logger,
    failure: 'the reminder pass failed',
    async work() {
      const engine = await deps.loadEngine();
      if (engine.sendReminders === undefined) return;
      const run = await engine.sendReminders(sender);
      if (run.sent + run.failed + run.undeliverable > 0 || run.awsProblem !== null)
        deps.logger.info({ ...run }, 'reminder pass');
    },
  });
}
