/**
 * Two approvers click Approve on a request that needs two approvals at the same moment: exactly one
 * click is the first approval, the other is judged again as the second, and the request is approved
 * by both: not left waiting for a third click with one of them told "recorded" in vain. On every
 * ledger (the compare-and-set on the payload's first approver is the ledger's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Reply } from '../../src/core/engine-api.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import { openPostgresLedger } from '../../src/ledger/postgres-ledger.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { ADMIN, ADMIN2, MEMBER, settings } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openLedger(kind: 'memory' | 'sqlite' | 'postgres'): Promise<Ledger> {
  if (kind === 'memory') return createMemoryLedger();
  if (kind === 'sqlite') return openSqliteLedger(':memory:');
  const db: TestDatabase = await createTestDatabase();
  cleanups.push(() => db.drop());
  return openPostgresLedger(db.url);
}

/**
 * The ledger with a gate on `get`: once opened, the next `n` reads wait for one another, so that
 * every click has read the request before any of them writes (the race, made certain).
 */
function gated(ledger: Ledger): { ledger: Ledger; gate(n: number): void } {
  let waiting: (() => void)[] = [];
  let expected = 0;
  const wrapped = new Proxy(ledger, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = (value as (...a: unknown[]) => Promise<unknown>).bind(target);
      if (prop !== 'get') return fn;
      return async (...args: unknown[]) => {
        const read = await fn(...args);
        if (expected > 0) {
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            if (waiting.length === expected) {
              expected = 0;
              for (const go of waiting) go();
              waiting = [];
            }
          });
        }
        return read;
      };
    },
  });
  return { ledger: wrapped, gate: (n) => (expected = n) };
}

/** A member's request for an access key (two approvals needed), on a gated ledger of `kind`. */
async function accessKeyRequest(kind: 'memory' | 'sqlite' | 'postgres') {
  const real = await openLedger(kind);
  cleanups.push(() => real.close());
  const { ledger, gate } = gated(real);
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const engine = createEngine({
    aws,
    ledger,
    clock,
    ids: new SequentialIds(),
    settings: settings({ accessKeysNeedTwoApprovals: true }),
    parse: tableParser({
      'create access key for marketing': {
        intent: 'create_key',
        businessUnit: 'marketing',
        keyKind: 'access-key',
        longTerm: true,
      },
    }),
    commandName: '/bedrock',
  });
  const id = idOf(
    await engine.handleText({ requester: MEMBER, text: 'create access key for marketing', surface: 'dm' }),
  );
  return { real, aws, engine, gate, id };
}

const idOf = (r: Reply): string => r.deliveries.find((d) => d.requestId)?.requestId ?? '';
const texts = (r: Reply): string => JSON.stringify(r.deliveries.map((d) => d.outcome));

describe.each(['memory', 'sqlite', 'postgres'] as const)(
  'two first approvals at once (%s ledger)',
  (kind) => {
    it('one is the first, the other the second: approved by both, and the requester may reveal', async () => {
      const { real, aws, engine, gate, id } = await accessKeyRequest(kind);
      gate(2);
      const replies = await Promise.all(
        [ADMIN, ADMIN2].map((requester) =>
          engine.handleAction({ requester, action: 'approve', requestId: id, surface: 'slash' }),
        ),
      );
      const record = await real.get(id);
      expect(record?.state).toBe('approved');
      const events = (await real.queryEvents({ limit: 50 })).filter((e) => e.requestId === id);
      expect(events.filter((e) => e.detail.startsWith('first of two approvals'))).toHaveLength(1);
      const approvers = new Set(events.filter((e) => e.kind === 'approved').map((e) => e.actorId));
      expect(approvers).toEqual(new Set([ADMIN.userId, ADMIN2.userId]));
      // Neither approver is told anything untrue: one sees "recorded", the other the approval.
      expect(replies.map(texts).filter((t) => t.includes('is recorded'))).toHaveLength(1);
      // The requester is told and may reveal the key, once.
      const reveal = await engine.handleAction({
        requester: MEMBER,
        action: 'reveal',
        requestId: id,
        surface: 'dm',
      });
      expect(reveal.deliveries.some((d) => d.outcome.type === 'key-created')).toBe(true);
      expect(aws.callsTo('createAccessKey')).toHaveLength(1);
    });

    it('the same approver clicking twice at once is still one approval, and the request waits', async () => {
      const { real, engine, gate, id } = await accessKeyRequest(kind);
      gate(2);
      const replies = await Promise.all(
        [1, 2].map(() =>
          engine.handleAction({ requester: ADMIN, action: 'approve', requestId: id, surface: 'slash' }),
        ),
      );
      expect((await real.get(id))?.state).toBe('awaiting_approval');
      const events = (await real.queryEvents({ limit: 50 })).filter((e) => e.requestId === id);
      expect(events.filter((e) => e.detail.startsWith('first of two approvals'))).toHaveLength(1);
      expect(replies.map(texts).join(' ')).toMatch(/second, different approver/);
    });
  },
);
