/**
 * The bot loads Bolt's parts one by one (src/slack/bolt-parts.ts) to keep express and Bolt's other
 * unused receivers out of every start. They must be the very parts `@slack/bolt` exports: a Bolt
 * upgrade that moves one fails here, not in production.
 */
import * as bolt from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import * as parts from '../../src/slack/bolt-parts.js';

describe('Bolt parts', () => {
  it('are the classes and functions @slack/bolt exports', () => {
    expect(parts.App).toBe(bolt.App);
    expect(parts.HTTPReceiver).toBe(bolt.HTTPReceiver);
    expect(parts.SocketModeReceiver).toBe(bolt.SocketModeReceiver);
    expect(parts.LogLevel).toBe(bolt.LogLevel);
    expect(parts.isValidSlackRequest).toBe(bolt.isValidSlackRequest);
  });
});
