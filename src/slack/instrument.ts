/**
 * Measurement hooks on a Bolt app, for the operations metrics (src/app/metrics.ts):
 * - acknowledgements: every request, from either receiver (HTTP or Socket Mode), enters the app
 *   through `app.processEvent({ body, ack })`; the ack it carries is timed from that moment;
 * - Slack Web API failures: the methods of the app's WebClient that the bot uses are wrapped.
 * Only method names and Slack's own error codes are reported, never a payload.
 */
import type { App, ReceiverEvent } from '@slack/bolt';

export interface SlackInstrumentHooks {
  /** kind: command, action, event or other; seconds from arrival to acknowledgement. */
  onAck?: (kind: string, seconds: number) => void;
  onApiError?: (method: string, code: string) => void;
}

function kindOf(body: Record<string, unknown>): string {
  if (typeof body.command === 'string') return 'command';
  if (body.type === 'block_actions') return 'action';
  if (body.type === 'event_callback') return 'event';
  return 'other';
}

/** The short code of a Web API error: Slack's `error` field, else the client's error code. */
function codeOf(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code.toLowerCase().replace(/[^a-z0-9_]/g, '_') : 'unknown';
}

/** The Web API namespaces the bot calls (chat.postMessage, users.info, auth.test, …). */
const NAMESPACES = ['auth', 'chat', 'conversations', 'users', 'usergroups', 'views'];

function wrapMethods(
  target: unknown,
  prefix: string,
  onApiError: (method: string, code: string) => void,
): void {
  if (typeof target !== 'object' || target === null) return;
  const members = target as Record<string, unknown>;
  for (const [key, member] of Object.entries(members)) {
    const method = `${prefix}.${key}`;
    if (typeof member === 'function') {
      const call = member as (...args: unknown[]) => Promise<unknown>;
      members[key] = async (...args: unknown[]) => {
        try {
          return await call(...args);
        } catch (error) {
          onApiError(method, codeOf(error));
          throw error;
        }
      };
    } else if (prefix.split('.').length < 3) {
      wrapMethods(member, method, onApiError);
    }
  }
}

export function instrumentSlackApp(app: App, hooks: SlackInstrumentHooks): void {
  const { onAck, onApiError } = hooks;
  if (onAck !== undefined) {
    const processEvent = app.processEvent.bind(app);
    app.processEvent = (event: ReceiverEvent): Promise<void> => {
      const started = performance.now();
      const kind = kindOf(event.body);
      const ack = event.ack;
      let timed = false;
      const timedAck: ReceiverEvent['ack'] = async (response?: unknown) => {
        try {
          return await ack(response as never);
        } finally {
          if (!timed) {
            timed = true;
            onAck(kind, (performance.now() - started) / 1000);
          }
        }
      };
      return processEvent({ ...event, ack: timedAck });
    };
  }
  if (onApiError !== undefined) {
    // The WebClient binds each method to apiCall when it is built, so wrapping apiCall afterwards
    // would see nothing: the methods of the namespaces the bot uses are wrapped instead.
    const client = app.client as unknown as Record<string, unknown>;
    for (const namespace of NAMESPACES) wrapMethods(client[namespace], namespace, onApiError);
  }
}
