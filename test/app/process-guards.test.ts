import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessGuards } from '../../src/app/process-guards.js';
import { captureLogs } from '../support/slack-harness.js';

describe('process guards', () => {
  it('log an unhandled rejection and an uncaught exception instead of ending the process, without secrets', () => {
    const proc = new EventEmitter();
    const logs = captureLogs('debug');
    const remove = installProcessGuards(logs.logger, proc);
    // Without a listener, emitting 'uncaughtException' on a plain emitter would be ignored; with
    // Node's process it would end the process. The guard is a listener, so both are survivable.
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    proc.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    proc.emit('uncaughtException', new Error('boom xoxb-1234-secret-token'));
    const entries = logs.entries();
    expect(entries.map((e) => e.msg)).toEqual([
      'unhandled promise rejection (the bot keeps running)',
      'uncaught exception (the bot keeps running)',
    ]);
    expect(JSON.stringify(entries)).toMatch(/ssl_check/);
    expect(JSON.stringify(entries)).not.toMatch(/xoxb-1234-secret-token/);
    remove();
    expect(proc.listenerCount('unhandledRejection')).toBe(0);
  });
});
