/**
 * Recovery with several replicas on one PostgreSQL ledger (core/recovery.ts): a request a live
 * replica is executing is never taken over by another replica's sweep; once that replica dies
 * (its connection, and so its instance lock, goes), exactly one of the survivors recovers it and
 * tells the person once, however many recover at the same moment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsPort } from '../../src/core/aws-port.js';
import type { BotEngine, Reply } from '../../src/core/engine-api.js';
import { createEngine } from '../../src/core/engine.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import { EXECUTOR_KEY } from '../../src/core/recovery.js';
import { openPostgresLedger } from '../../src/ledger/postgres-ledger.js';
import { hangingAfter } from '../fakes/aws-stalls.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { ADMIN, settings } from './helpers.js';

const TABLE = {
  'create key for marketing': {
    intent: 'create_key' as const,
    businessUnit: 'marketing',
    owner: 'ops@example.com',
    longTerm: true,
  },
};

let db: TestDatabase | null = null;
const ledgers: Ledger[] = [];
afterEach(async () => {
  for (const l of ledgers.splice(0)) await l.close().catch(() => undefined);
  await db?.drop();
  db = null;
});

const idOf = (r: Reply): string => {
  const id = r.deliveries.find((d) => d.requestId)?.requestId;
  if (!id) throw new Error('no request id');
  return id;
};

describe('recovery across replicas (PostgreSQL)', () => {
  it('leaves a live replica’s request alone; after it dies, one survivor recovers it and tells once', async () => {
    db = await createTestDatabase();
    const url = db.url;
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    const ids = new SequentialIds();
    /** One replica: its own connection pool, instance and engine. */
    async function replica(
      instanceId: string,
      port: AwsPort = aws,
    ): Promise<{ engine: BotEngine; ledger: Ledger }> {
      const ledger = await openPostgresLedger(url);
      ledgers.push(ledger);
      await ledger.holdInstance(instanceId);
      const engine = createEngine({
        aws: port,
        ledger,
        clock,
        ids,
        settings: settings(),
        parse: tableParser(TABLE),
        commandName: '/bedrock',
        confirmsDelivery: true,
        instanceId,
      });
      return { engine, ledger };
    }

    const a = await replica('replica-a', hangingAfter(aws, 'createApiKey'));
    const b = await replica('replica-b');
    const c = await replica('replica-c');
    const id = idOf(
      await a.engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    void a.engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' });
    await expect.poll(() => aws.userState('marketing-bedrock-user')?.apiKeys.length ?? 0).toBe(1);
    const executing = await b.ledger.get(id);
    expect(executing?.state).toBe('executing');
    expect(executing?.context[EXECUTOR_KEY]).toBe('replica-a');

    // Replica A is alive (slow AWS): the others' sweeps leave its request and its key alone.
    expect((await b.engine.recoverInterrupted?.([]))?.deliveries).toEqual([]);
    expect((await c.engine.recoverInterrupted?.([]))?.deliveries).toEqual([]);
    expect((await b.ledger.get(id))?.state).toBe('executing');
    expect(aws.userState('marketing-bedrock-user')?.apiKeys).toHaveLength(1);

    // Replica A dies: its connection closes and its instance lock goes with it.
    await a.ledger.close();
    const [fromB, fromC] = await Promise.all([
      b.engine.recoverInterrupted?.([]),
      c.engine.recoverInterrupted?.([]),
    ]);
    const told = [...(fromB?.deliveries ?? []), ...(fromC?.deliveries ?? [])];
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ audience: 'requester-dm', userId: ADMIN.userId, requestId: id });
    expect(aws.userState('marketing-bedrock-user')?.apiKeys).toEqual([]);
    expect((await b.ledger.get(id))?.state).toBe('failed');
    // Nothing left: later sweeps have nothing to say.
    expect((await c.engine.recoverInterrupted?.([]))?.deliveries).toEqual([]);
  });
});
