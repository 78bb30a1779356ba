/**
 * Signed requests shaped like Slack's: `v0:` HMAC-SHA256 signatures, slash-command form bodies,
 * Events API `event_callback` JSON and `block_actions` interaction payloads.
 *
 *   const slack = new SignedSlackClient({ baseUrl, signingSecret, now: () => clock.now() });
 *   await slack.command({ userId: 'U1', text: 'token for 1h', responseUrl });
 */
import { createHmac, randomUUID } from 'node:crypto';
import { TEAM_ID, BOT_USER_ID } from './fake-slack.js';

export function signSlackRequest(signingSecret: string, timestampSeconds: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
}

export interface SlashCommandFields {
  userId: string;
  text: string;
  channelId?: string;
  responseUrl: string;
  command?: string;
  triggerId?: string;
}

export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    team_domain: 'example',
    channel_id: f.channelId ?? 'CGENERAL1',
    channel_name: 'general',
    user_id: f.userId,
    user_name: f.userId.toLowerCase(),
    command: f.command ?? '/bedrock',
    text: f.text,
    api_app_id: 'A0BEDROCK',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? `trig.${randomUUID()}`,
  }).toString();
}

export function eventCallbackBody(
  event: Record<string, unknown>,
  eventId = `Ev${randomUUID().slice(0, 10)}`,
): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0BEDROCK',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

export interface BlockActionFields {
  userId: string;
  actionId: string;
  value: string;
  responseUrl: string;
  channelId?: string;
  messageTs?: string;
  isEphemeral?: boolean;
  threadTs?: string;
}

export function blockActionsPayload(f: BlockActionFields): Record<string, unknown> {
  const channelId = f.channelId ?? 'CGENERAL1';
  const messageTs = f.messageTs ?? '1772445600.000001';
  return {
    type: 'block_actions',
    user: { id: f.userId, username: f.userId.toLowerCase(), name: f.userId.toLowerCase(), team_id: TEAM_ID },
    api_app_id: 'A0BEDROCK',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: f.isEphemeral === true,
    },
    trigger_id: `trig.${randomUUID()}`,
    team: { id: TEAM_ID, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'general' },
    ...(f.isEphemeral === true
      ? {}
      : {
          message: {
            type: 'message',
            ts: messageTs,
            bot_id: 'BBOT0001',
            text: 'card',
            ...(f.threadTs !== undefined ? { thread_ts: f.threadTs } : {}),
          },
        }),
    state: { values: {} },
    response_url: f.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: f.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        value: f.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
}

export function blockActionsBody(f: BlockActionFields): string {
  return new URLSearchParams({ payload: JSON.stringify(blockActionsPayload(f)) }).toString();
}

export interface SignedResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the full response. */
  elapsedMs: number;
}

export interface SignedSlackClientOptions {
  baseUrl: string;
  signingSecret: string;
  /** The clock to sign with (the app checks timestamps against its own `now`). */
  now?: () => Date;
}

export interface SendOptions {
  /** Override the signed timestamp (seconds). */
  timestampSeconds?: number;
  /** Send this signature instead of the right one. */
  signature?: string;
  headers?: Record<string, string>;
}

export class SignedSlackClient {
  constructor(private readonly options: SignedSlackClientOptions) {}

  private nowSeconds(): number {
    return Math.floor((this.options.now?.() ?? new Date()).getTime() / 1000);
  }

  async post(body: string, contentType: string, send: SendOptions = {}): Promise<SignedResponse> {
    const ts = send.timestampSeconds ?? this.nowSeconds();
    const started = Date.now();
    const response = await fetch(`${this.options.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': send.signature ?? signSlackRequest(this.options.signingSecret, ts, body),
        ...send.headers,
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text, elapsedMs: Date.now() - started };
  }

  command(fields: SlashCommandFields, send?: SendOptions): Promise<SignedResponse> {
    return this.post(slashCommandBody(fields), 'application/x-www-form-urlencoded', send);
  }

  event(event: Record<string, unknown>, eventId?: string, send?: SendOptions): Promise<SignedResponse> {
    return this.post(eventCallbackBody(event, eventId), 'application/json', send);
  }

  click(fields: BlockActionFields, send?: SendOptions): Promise<SignedResponse> {
    return this.post(blockActionsBody(fields), 'application/x-www-form-urlencoded', send);
  }
}

/** An app_mention event as Slack sends it (text starts with the bot's mention). */
export function mentionEvent(f: {
  userId: string;
  text: string;
  channelId?: string;
  ts?: string;
  threadTs?: string;
}): Record<string, unknown> {
  const ts = f.ts ?? `1772445600.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return {
    type: 'app_mention',
    user: f.userId,
    text: `<@${BOT_USER_ID}> ${f.text}`,
    ts,
    channel: f.channelId ?? 'CGENERAL1',
    event_ts: ts,
    ...(f.threadTs !== undefined ? { thread_ts: f.threadTs } : {}),
  };
}

/** A direct message to the bot (message.im). */
export function dmEvent(f: {
  userId: string;
  text: string;
  channelId?: string;
  extra?: Record<string, unknown>;
}): Record<string, unknown> {
  const ts = `1772445600.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return {
    type: 'message',
    channel_type: 'im',
    user: f.userId,
    text: f.text,
    ts,
    event_ts: ts,
    channel: f.channelId ?? `D${f.userId.slice(1)}`,
    ...f.extra,
  };
}
