/**
 * A local fake of Slack's Socket Mode, for the real @slack/socket-mode client (through Bolt's
 * SocketModeReceiver): apps.connections.open on the fake Web API returns a ws://127.0.0.1 URL;
 * the WebSocket server says hello, sends envelopes (slash_commands, events_api, interactive) and
 * collects the client's acks by envelope_id; `refresh()` sends Slack's `disconnect` message, after
 * which the client opens a new connection (a second apps.connections.open).
 *
 *   const socket = await startFakeSocketMode(slack, APP_TOKEN);
 *   const ack = await socket.command({ userId: 'UMEMBER1', text: 'help', responseUrl });
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './fake-slack.js';
import {
  blockActionsPayload,
  eventCallbackBody,
  slashCommandBody,
  type BlockActionFields,
  type SlashCommandFields,
} from './slack-signing.js';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
  /** Milliseconds from sending the envelope to receiving its ack. */
  elapsedMs: number;
}

export interface FakeSocketMode {
  /** WebSocket connections opened so far. */
  readonly connections: number;
  /** Whether a client is connected now. */
  connected(): boolean;
  /** Resolves when at least `count` connections have been opened and one is live. */
  waitForConnection(count?: number, timeoutMs?: number): Promise<void>;
  /** Sends an envelope on the live connection; resolves with its ack. */
  send(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Record<string, unknown>,
    options?: { retryAttempt?: number; retryReason?: string },
  ): Promise<SocketAck>;
  command(fields: SlashCommandFields): Promise<SocketAck>;
  event(event: Record<string, unknown>, eventId?: string, retryAttempt?: number): Promise<SocketAck>;
  click(fields: BlockActionFields): Promise<SocketAck>;
  /** Slack's `disconnect` (refresh_requested) message: the client should reconnect by itself. */
  refresh(): void;
  /** While refusing, apps.connections.open fails and the live socket is dropped. */
  refuse(refusing: boolean): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(slack: FakeSlack, appToken: string): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  let live: WebSocket | null = null;
  let connections = 0;
  let refusing = false;
  const pending = new Map<string, { resolve: (ack: SocketAck) => void; sentAt: number }>();

  slack.handle('apps.connections.open', (_body, token) => {
    if (token !== appToken) return { ok: false, error: 'invalid_auth' };
    if (refusing) return { ok: false, error: 'internal_error' };
    return { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=${randomUUID()}&app_id=A0BEDROCK` };
  });

  server.on('connection', (socket) => {
    if (refusing) {
      socket.close(1011, 'refused');
      return;
    }
    connections += 1;
    live = socket;
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      const waiting = ack.envelope_id !== undefined ? pending.get(ack.envelope_id) : undefined;
      if (waiting === undefined || ack.envelope_id === undefined) return;
      pending.delete(ack.envelope_id);
      waiting.resolve({
        envelope_id: ack.envelope_id,
        ...(ack.payload !== undefined ? { payload: ack.payload } : {}),
        elapsedMs: Date.now() - waiting.sentAt,
      });
    });
    socket.on('close', () => {
      if (live === socket) live = null;
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-socket-mode', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0BEDROCK' },
      }),
    );
  });

  const api: FakeSocketMode = {
    get connections() {
      return connections;
    },
    connected: () => live !== null && live.readyState === live.OPEN,
    async waitForConnection(count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (connections < count || !api.connected()) {
        if (Date.now() > deadline) throw new Error(`no Socket Mode connection #${count} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    send(type, payload, options = {}) {
      const socket = live;
      if (socket === null) return Promise.reject(new Error('no Socket Mode connection'));
      const envelopeId = randomUUID();
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(envelopeId);
          reject(new Error(`no ack for ${type} envelope in 5 s`));
        }, 5_000);
        pending.set(envelopeId, {
          sentAt: Date.now(),
          resolve: (ack) => {
            clearTimeout(timer);
            resolve(ack);
          },
        });
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            ...(options.retryAttempt !== undefined
              ? { retry_attempt: options.retryAttempt, retry_reason: options.retryReason ?? 'timeout' }
              : {}),
          }),
        );
      });
    },
    command(fields) {
      return api.send('slash_commands', Object.fromEntries(new URLSearchParams(slashCommandBody(fields))));
    },
    event(event, eventId, retryAttempt) {
      const payload = JSON.parse(eventCallbackBody(event, eventId)) as Record<string, unknown>;
      return api.send('events_api', payload, retryAttempt !== undefined ? { retryAttempt } : {});
    },
    click(fields) {
      return api.send('interactive', blockActionsPayload(fields));
    },
    refresh() {
      live?.send(
        JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }),
      );
    },
    refuse(value) {
      refusing = value;
      if (value) live?.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
  return api;
}
