/**
 * The Bolt listeners: slash commands, mentions, DMs and button clicks. Each acknowledges first,
 * turns the Slack payload into an Origin and the few fields the work needs, and hands the work to
 * `run`, which runs it detached from Bolt (see slack-app.ts). Slack payload shapes stay here.
 */
import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { ActionName } from '../core/engine-api.js';
import type { Logger } from '../log/logger.js';
import { parseActionId } from './action-id.js';
import type { Origin, Respond } from './deliver.js';
import { isTrustedResponseUrl, respondTo } from './response-url.js';
import type { Routes } from './routes.js';

function hostOf(url: string): string {
  try {
    return new URL(url).host.slice(0, 100);
  } catch {
    return '(not a URL)';
  }
}

export type TextOrigin = Exclude<Origin, { kind: 'action' | 'sweep' }>;
export type ActionOrigin = Extract<Origin, { kind: 'action' }>;

/** A click on one of the bot's buttons, parsed from its action_id and value. */
export interface Click {
  userId: string;
  action: ActionName;
  requestId: string;
  choice?: string;
}

export interface ListenerDeps {
  logger: Logger;
  respondTimeoutMs: number;
  /** Hosts trusted for response_url besides Slack's own (the configured SLACK_API_URL host). */
  responseUrlHosts?: readonly string[];
  /** Runs a listener's follow-up work after the acknowledgement; a failure ends in an apology. */
  run(listener: string, origin: Origin, work: () => Promise<void>): void;
  /** False for an event Slack delivers again (a retry): it was handled already. */
  firstDelivery(eventId: string | undefined, retryNum: number | undefined): Promise<boolean>;
  /**
   * `botUserId`: the bot's own user ID where a mention may be put to someone else (app mentions), so
   * that the parser tells a message put to a colleague from one put to the bot (intent/addressee.ts).
   */
  handleText(
    origin: TextOrigin,
    text: string,
    extra: Record<string, string>,
    botUserId?: string,
  ): Promise<void>;
  handleAction(origin: ActionOrigin, click: Click): Promise<void>;
  /** `/bedrock request` (or `form`): opens the request form with the command's trigger_id. */
  openForm?(userId: string, triggerId: string): void;
}

/** What a slash command types to open the request form instead of stating the request. */
const FORM_WORDS = new Set(['request', 'form']);

export function registerListeners(routes: Routes, deps: ListenerDeps): void {
  const respondTimeout = { timeoutMs: deps.respondTimeoutMs };
  // A response_url not on a Slack host is ignored: the answer goes by chat.postEphemeral instead.
  const respondVia = (url: string | undefined): Respond | null => {
    if (url === undefined) return null;
    if (isTrustedResponseUrl(url, deps.responseUrlHosts ?? [])) return respondTo(url, respondTimeout);
    deps.logger.warn({ host: hostOf(url) }, 'ignored a response_url that is not on a Slack host');
    return null;
  };

  // Slash command: whichever command Slack routes to us (the manifest defines one).
  routes.command(/.*/, async ({ ack, command }) => {
    await ack();
    const origin: TextOrigin = {
      kind: 'slash',
      userId: command.user_id,
      channelId: command.channel_id,
      respond: respondVia(command.response_url),
    };
    const text = command.text ?? '';
    if (deps.openForm !== undefined && FORM_WORDS.has(text.trim().toLowerCase())) {
      deps.openForm(command.user_id, command.trigger_id);
      return;
    }
    deps.run('command', origin, () => deps.handleText(origin, text, {}));
  });

  routes.event('app_mention', async ({ event, body, context }) => {
    if (event.user === undefined || event.bot_id !== undefined || event.subtype !== undefined) return;
    if (!(await deps.firstDelivery(body.event_id, context.retryNum))) return;
    const threadTs = event.thread_ts ?? event.ts;
    const origin: TextOrigin = { kind: 'mention', userId: event.user, channelId: event.channel, threadTs };
    const text = event.text;
    // ("<@colleague> can you revoke the payments key? cc <@bot>": put to the colleague, not the bot.)
    const botUserId = context.botUserId;
    deps.run('app_mention', origin, () => deps.handleText(origin, text, { threadTs }, botUserId));
  });

  routes.event('message', async ({ event, body, context }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if ('bot_id' in event && event.bot_id !== undefined) return;
    if (event.user === undefined || event.user === context.botUserId) return;
    if (!(await deps.firstDelivery(body.event_id, context.retryNum))) return;
    const origin: TextOrigin = { kind: 'dm', userId: event.user, channelId: event.channel };
    const text = event.text ?? '';
    deps.run('message', origin, () => deps.handleText(origin, text, {}));
  });

  // Request buttons; App Home's own buttons (bedrock.home.*) are handled in app-home/, the
  // break-glass button (bedrock.glass, which opens a form first) in break-glass.ts.
  routes.action<BlockAction<ButtonAction>>(/^bedrock\.(?!home\.|glass$)/, async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const container = body.container as
      | { channel_id?: string; message_ts?: string; is_ephemeral?: boolean }
      | undefined;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const origin: ActionOrigin = {
      kind: 'action',
      userId: body.user.id,
      channelId: body.channel?.id ?? container?.channel_id ?? null,
      messageTs: container?.message_ts ?? message?.ts ?? null,
      messageIsEphemeral: container?.is_ephemeral === true,
      threadTs:
        message?.thread_ts !== undefined && message.thread_ts !== message.ts ? message.thread_ts : null,
      respond: respondVia(body.response_url),
    };
    const actionId = action.action_id;
    const requestId = action.value ?? '';
    const userId = body.user.id;
    deps.run('action', origin, async () => {
      const parsed = parseActionId(actionId);
      if (parsed === null) {
        deps.logger.warn({ actionId: actionId.slice(0, 80) }, 'ignored an unknown button');
        return;
      }
      const choice = parsed.choice !== undefined ? { choice: parsed.choice } : {};
      await deps.handleAction(origin, { userId, action: parsed.action, requestId, ...choice });
    });
  });
}
