/**
 * The bot loads Bolt's parts one by one (src/slack/bolt-parts.ts) to keep express and Bolt's other
 * unused receivers out of every start, and the Socket Mode receiver (with @slack/socket-mode and
 * undici) out of an HTTP bot. They must be the very parts `@slack/bolt` exports: a Bolt upgrade that
 * moves one fails here, not in production.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as parts from '../../src/slack/bolt-parts.js';

const require = createRequire(import.meta.url);
const loaded = (pkg: string): boolean =>
  Object.keys(require.cache).some((file) => file.includes(`/node_modules/${pkg}/`));

describe('Bolt parts', () => {
  // First in this file: nothing here has loaded @slack/bolt's index yet (each file runs in its own process).
  it('an HTTP app loads neither Socket Mode nor undici; the Socket Mode receiver loads when asked for', async () => {
    expect(loaded('@slack/bolt')).toBe(true);
    const http = new parts.App({
      token: 'xoxb-test',
      receiver: new parts.HTTPReceiver({ signingSecret: 'secret' }),
      deferInitialization: true,
    });
    expect(http).toBeInstanceOf(parts.App);
    expect(loaded('@slack/socket-mode')).toBe(false);
    expect(loaded('undici')).toBe(false);

    const SocketModeReceiver = parts.socketModeReceiver();
    // `socketMode: true` makes App.js check the receiver against its own Socket Mode class.
    const socket = new parts.App({
      token: 'xoxb-test',
      receiver: new SocketModeReceiver({ appToken: 'xapp-test' }),
      socketMode: true,
      deferInitialization: true,
    });
    expect(socket).toBeInstanceOf(parts.App);
    expect(loaded('@slack/socket-mode')).toBe(true);
  });

  it('are the classes and functions @slack/bolt exports', async () => {
    const bolt = await import('@slack/bolt');
    expect(parts.App).toBe(bolt.App);
    expect(parts.HTTPReceiver).toBe(bolt.HTTPReceiver);
    expect(parts.socketModeReceiver()).toBe(bolt.SocketModeReceiver);
    expect(parts.LogLevel).toBe(bolt.LogLevel);
    expect(parts.isValidSlackRequest).toBe(bolt.isValidSlackRequest);
  });
});
