/**
 * Exactly one key per request across crashes, and deliver-or-revoke (core/recovery.ts), with the
 * real engine over a real SQLite ledger file: a "crash" abandons an engine whose AWS call never
 * returns (after taking effect, like kill -9 while the answer is on its way); a new engine over
 * the same file recovers at start-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsPort } from '../../src/core/aws-port.js';
import { createEngine } from '../../src/core/engine.js';
import type { Message } from '../../src/render/block-kit.js';
import { renderDelivery } from '../../src/render/render-reply.js';
import type { BotEngine, Delivery, Reply } from '../../src/core/engine-api.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { ADMIN, settings } from './helpers.js';

/** The message a front end would render for a delivery. */
function rendered(d: Delivery | undefined): Message {
  if (d === undefined) throw new Error('no delivery');
  return renderDelivery(d, { now: new Date('2026-03-02T10:00:00Z'), commandName: '/bedrock' }).message;
}

const TABLE = {
  'create key for marketing': {
    intent: 'create_key' as const,
    businessUnit: 'marketing',
    owner: 'ops@example.com',
    longTerm: true,
  },
  'rotate key for marketing': { intent: 'rotate' as const, businessUnit: 'marketing' },
  'revoke all keys for marketing': { intent: 'revoke' as const, businessUnit: 'marketing', all: true },
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function world() {
  const dir = mkdtempSync(join(tmpdir(), 'bedrock-recovery-'));
  dirs.push(dir);
  const path = join(dir, 'ledger.db');
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const ids = new SequentialIds();
  const ledgers: Ledger[] = [];
  /** One process: an engine over its own connection to the ledger file. */
  function boot(port: AwsPort = aws, confirmsDelivery = false): { engine: BotEngine; ledger: Ledger } {
    const ledger = openSqliteLedger(path);
    ledgers.push(ledger);
    const engine = createEngine({
      aws: port,
      ledger,
      clock,
      ids,
      settings: settings(),
      parse: tableParser(TABLE),
      commandName: '/bedrock',
      confirmsDelivery,
    });
    return { engine, ledger };
  }
  /** An AWS port whose `method` takes effect, then never answers (the process dies waiting). */
  function dyingOn(method: keyof AwsPort): AwsPort {
    return new Proxy(aws, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop !== method || typeof value !== 'function')
          return typeof value === 'function' ? value.bind(target) : value;
        return async (...args: unknown[]) => {
          await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          return new Promise(() => undefined);
        };
      },
    });
  }
  const close = async () => {
    for (const l of ledgers) await l.close().catch(() => undefined);
  };
  return { clock, aws, boot, dyingOn, close };
}

const idOf = (r: Reply): string => {
  const id = r.deliveries.find((d) => d.requestId)?.requestId;
  if (!id) throw new Error('no request id');
  return id;
};

/** Lets the abandoned engine reach its hanging AWS call. */
const tick = () => new Promise((r) => setTimeout(r, 20));

function liveKeys(aws: FakeAws, user = 'marketing-bedrock-user'): string[] {
  const s = aws.userState(user);
  return [
    ...(s?.apiKeys ?? []).map((k) => k.credentialId),
    ...(s?.accessKeys ?? []).map((k) => k.accessKeyId),
  ];
}

describe('start-up recovery', () => {
  it('kill -9 while the create answer is on its way: the new key is found by listing and deleted; the person is told', async () => {
    const w = world();
    const first = w.boot(w.dyingOn('createApiKey'));
    const id = idOf(
      await first.engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    void first.engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    await tick();
    expect(liveKeys(w.aws)).toHaveLength(1); // created in AWS, its secret only in the dead process
    expect((await first.ledger.get(id))?.state).toBe('executing');

    const second = w.boot();
    const reply = await second.engine.recoverInterrupted?.();
    expect(liveKeys(w.aws)).toEqual([]);
    expect((await second.ledger.get(id))?.state).toBe('failed');
    expect(reply?.deliveries).toHaveLength(1);
    const dm = reply?.deliveries[0];
    expect(dm).toMatchObject({ audience: 'requester-dm', userId: ADMIN.userId, requestId: id });
    expect(rendered(dm).text).toMatch(/interrupted/);
    expect(JSON.stringify(rendered(dm))).toMatch(/I deleted the key that was being made/);
    expect(JSON.stringify(rendered(dm))).toMatch(/Ask again/);
    expect(rendered(dm).containsSecret).toBe(false);
    // Nothing is left in executing; a second start has nothing to do.
    expect((await second.engine.recoverInterrupted?.())?.deliveries).toEqual([]);
    await w.close();
  });

  it('kill -9 after the key was recorded but before it was delivered: that key is deleted', async () => {
    const w = world();
    const first = w.boot(w.dyingOn('listFoundationModels'));
    const id = idOf(
      await first.engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    void first.engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    await tick();
    const [created] = liveKeys(w.aws);
    expect((await first.ledger.get(id))?.context.createdKey).toContain(created);
    const second = w.boot();
    const reply = await second.engine.recoverInterrupted?.();
    expect(liveKeys(w.aws)).toEqual([]);
    expect(JSON.stringify(rendered(reply?.deliveries[0]))).toContain(created);
    expect((await second.ledger.get(id))?.state).toBe('failed');
    await w.close();
  });

  it('kill -9 mid-rotation: the new key is deleted, the old key kept, the person told', async () => {
    const w = world();
    w.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'created-by', value: 'bedrock-bot' },
        { key: 'owner', value: 'ops@example.com' },
      ],
    });
    const old = w.aws.seedApiKey('marketing-bedrock-user');
    const first = w.boot(w.dyingOn('createApiKey'));
    const id = idOf(
      await first.engine.handleText({ requester: ADMIN, text: 'rotate key for marketing', surface: 'slash' }),
    );
    void first.engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    await tick();
    expect(liveKeys(w.aws)).toHaveLength(2);
    const second = w.boot();
    const reply = await second.engine.recoverInterrupted?.();
    expect(liveKeys(w.aws)).toEqual([old]);
    expect((await second.ledger.get(id))?.state).toBe('failed');
    expect(rendered(reply?.deliveries[0]).text).toMatch(/Rotate the Bedrock API key of marketing/);
    await w.close();
  });

  it('kill -9 mid-revocation: the revocation is finished at start-up and the person told', async () => {
    const w = world();
    w.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [{ key: 'created-by', value: 'bedrock-bot' }],
    });
    w.aws.seedApiKey('marketing-bedrock-user');
    w.aws.seedAccessKey('marketing-bedrock-user');
    const first = w.boot(w.dyingOn('setApiKeyStatus'));
    const id = idOf(
      await first.engine.handleText({
        requester: ADMIN,
        text: 'revoke all keys for marketing',
        surface: 'slash',
      }),
    );
    void first.engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    await tick();
    expect(liveKeys(w.aws)).toHaveLength(2);
    const second = w.boot();
    const reply = await second.engine.recoverInterrupted?.();
    expect(liveKeys(w.aws)).toEqual([]);
    expect((await second.ledger.get(id))?.state).toBe('completed');
    expect(rendered(reply?.deliveries[0]).text).toMatch(/interrupted .*I finished it/);
    await w.close();
  });

  it('records the intent before each AWS write: a ledger that cannot be written stops the write', async () => {
    const w = world();
    const first = w.boot();
    const id = idOf(
      await first.engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    const moved = first.engine.handleAction({
      requester: ADMIN,
      action: 'confirm',
      requestId: id,
      surface: 'slash',
    });
    await first.ledger.close();
    await expect(moved).rejects.toThrow();
    expect(w.aws.mutatingCalls()).toEqual([]);
    await w.close();
  });
});

describe('deliver or revoke', () => {
  it('a secret the front end could not deliver is deleted, the request failed, the person told to ask again', async () => {
    const w = world();
    const { engine, ledger } = w.boot(w.aws, true);
    const id = idOf(
      await engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    const shown = await engine.handleAction({
      requester: ADMIN,
      action: 'confirm',
      requestId: id,
      surface: 'slash',
    });
    expect(shown.deliveries[0]?.outcome?.type).toBe('key-created');
    expect((await ledger.get(id))?.state).toBe('executing');
    expect(liveKeys(w.aws)).toHaveLength(1);
    const told = await engine.settleDelivery?.(id, false);
    expect(liveKeys(w.aws)).toEqual([]);
    expect((await ledger.get(id))?.state).toBe('failed');
    expect(told?.deliveries[0]).toMatchObject({ audience: 'requester-dm', userId: ADMIN.userId });
    expect(JSON.stringify(rendered(told?.deliveries[0]))).toMatch(
      /could not be shown to you.*deleted it.*Ask again/,
    );
    await w.close();
  });

  it('a delivered secret completes the request (and a rotation then waits for the old-key decision)', async () => {
    const w = world();
    const { engine, ledger } = w.boot(w.aws, true);
    const id = idOf(
      await engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    await engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    expect((await engine.settleDelivery?.(id, true))?.deliveries).toEqual([]);
    expect((await ledger.get(id))?.state).toBe('completed');
    expect(liveKeys(w.aws)).toHaveLength(1);
    // Settling twice changes nothing.
    await engine.settleDelivery?.(id, false);
    expect(liveKeys(w.aws)).toHaveLength(1);

    const rot = idOf(
      await engine.handleText({ requester: ADMIN, text: 'rotate key for marketing', surface: 'slash' }),
    );
    await engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: rot, surface: 'slash' });
    await engine.settleDelivery?.(rot, true);
    expect((await ledger.get(rot))?.state).toBe('awaiting_old_key_decision');
    await w.close();
  });
});
