/**
 * The Slack Web API calls delivery makes, and nothing else: Bolt's client behind it in production,
 * an in-memory fake in unit tests. (The fifth way out, the interaction's response_url, comes with
 * each Origin as `respond`.)
 */
import type { App } from '@slack/bolt';
import type { Block } from '../render/block-kit.js';

export interface SlackPayload {
  text: string;
  blocks: Block[];
}

export interface SlackDeliveryPort {
  /** conversations.open: the DM channel with one person. */
  openDm(userId: string): Promise<string | undefined>;
  /** chat.postMessage: a message everyone in the channel sees and Slack keeps; returns its ts. */
  postMessage(channel: string, payload: SlackPayload, threadTs?: string): Promise<string | undefined>;
  /** chat.postEphemeral: a message only `user` sees, not kept by Slack. */
  postEphemeral(channel: string, user: string, payload: SlackPayload, threadTs?: string): Promise<void>;
  /** chat.update: replaces a message the bot posted. */
  update(channel: string, ts: string, payload: SlackPayload): Promise<void>;
  /**
   * users.lookupByEmail: the active person with this email in the workspace, or undefined when
   * there is none (or they were deactivated).
   */
  userIdByEmail(email: string): Promise<string | undefined>;
}

/** Slack answers these when nobody active in the workspace has that email. */
export const NOBODY_WITH_EMAIL = /users_not_found|user_not_found|account_inactive/;

export function webApiDeliveryPort(client: App['client']): SlackDeliveryPort {
  const thread = (threadTs: string | undefined) => (threadTs !== undefined ? { thread_ts: threadTs } : {});
  return {
    async openDm(userId) {
      const opened = await client.conversations.open({ users: userId });
      return opened.channel?.id;
    },
    async postMessage(channel, payload, threadTs) {
      const result = await client.chat.postMessage({ channel, ...payload, ...thread(threadTs) });
      return result.ts;
    },
    async postEphemeral(channel, user, payload, threadTs) {
      await client.chat.postEphemeral({ channel, user, ...payload, ...thread(threadTs) });
    },
    async update(channel, ts, payload) {
      await client.chat.update({ channel, ts, ...payload });
    },
    async userIdByEmail(email) {
      try {
        const found = await client.users.lookupByEmail({ email });
        return found.user?.deleted === true ? undefined : found.user?.id;
      } catch (error) {
        const code = (error as { data?: { error?: unknown } }).data?.error;
        if (typeof code === 'string' && NOBODY_WITH_EMAIL.test(code)) return undefined;
        throw error;
      }
    },
  };
}
