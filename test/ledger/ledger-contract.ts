/**
 * The ledger contract: one suite that every Ledger implementation passes (SQLite and PostgreSQL,
 * see sqlite-ledger.test.ts and postgres-ledger.test.ts). `store.fresh()` makes an empty store for
 * one test; `store.open()` opens a handle onto it, and may be called again for a second handle
 * (a second process, or replica, on the same store).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger, RequestRecord } from '../../src/core/ledger-port.js';

export interface LedgerStore {
  fresh(): Promise<void>;
  open(): Promise<Ledger>;
  dispose(): Promise<void>;
}

export const T0 = new Date('2025-03-01T10:00:00.000Z');
export const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000);

export function request(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'r-1',
    createdAt: T0,
    updatedAt: T0,
    expiresAt: minutes(30),
    requesterId: 'U1',
    requesterName: 'Ada',
    requesterEmail: 'ada@example.com',
    surface: 'slash',
    intent: 'long_term_key',
    businessUnit: 'research',
    state: 'awaiting_approval',
    payload: { plan: { kind: 'create_key' }, choices: ['a', 'b'] },
    context: { channelId: 'C1' },
    ...overrides,
  };
}

export const actor = (kind: 'approved' | 'denied' | 'executed' | 'expired', at = minutes(1)) => ({
  at,
  kind,
  actorId: 'UADMIN',
  actorName: 'Grace',
  businessUnit: 'research',
  detail: `${kind} by Grace`,
});

export function describeLedgerContract(name: string, store: LedgerStore): void {
  describe(`Ledger contract: ${name}`, () => {
    let ledger: Ledger;
    const extra: Ledger[] = [];
    /** A second handle on the same store, closed after the test. */
    const another = async (): Promise<Ledger> => {
      const handle = await store.open();
      extra.push(handle);
      return handle;
    };
    beforeEach(async () => {
      await store.fresh();
      ledger = await store.open();
    });
    afterEach(async () => {
      await ledger.close();
      for (const handle of extra.splice(0)) await handle.close();
      await store.dispose();
    });

    it('inserts and reads back a request with dates, payload and context intact', async () => {
      await ledger.insert(request());
      const got = await ledger.get('r-1');
      expect(got).toEqual(request());
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(await ledger.get('missing')).toBeNull();
    });

    it('refuses a second request with the same id', async () => {
      await ledger.insert(request());
      await expect(ledger.insert(request())).rejects.toThrow();
    });

    it('transition is a compare-and-set that records the event', async () => {
      await ledger.insert(request());
      const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'));
      expect(moved?.state).toBe('approved');
      expect(moved?.updatedAt).toEqual(minutes(1));
      // A second attempt from the old state loses.
      expect(await ledger.transition('r-1', ['awaiting_approval'], 'denied', actor('denied'))).toBeNull();
      expect(
        await ledger.transition('missing', ['awaiting_approval'], 'approved', actor('approved')),
      ).toBeNull();
      expect(await ledger.transition('r-1', [], 'approved', actor('approved'))).toBeNull();
      const events = await ledger.history({ limit: 10 });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        requestId: 'r-1',
        kind: 'approved',
        actorId: 'UADMIN',
        actorName: 'Grace',
        at: minutes(1),
      });
    });

    it('concurrent transitions from the same state: exactly one wins, one event', async () => {
      await ledger.insert(request({ state: 'approved' }));
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          ledger.transition('r-1', ['approved'], 'executing', actor('executed')),
        ),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      expect((await ledger.history({ limit: 10 })).filter((e) => e.kind === 'executed')).toHaveLength(1);
    });

    it('concurrent transitions through two handles on one store: exactly one wins', async () => {
      const other = await another();
      for (let i = 0; i < 10; i += 1) await ledger.insert(request({ id: `r-${i}`, state: 'approved' }));
      const attempts = Array.from({ length: 10 }, (_, i) => [
        ledger.transition(`r-${i}`, ['approved'], 'executing', actor('executed')),
        other.transition(`r-${i}`, ['approved'], 'executing', actor('executed')),
      ]).flat();
      const results = await Promise.all(attempts);
      expect(results.filter((r) => r !== null)).toHaveLength(10);
      expect((await other.history({ limit: 100 })).filter((e) => e.kind === 'executed')).toHaveLength(10);
    });

    it('transition patches payload (replace) and context (merge)', async () => {
      await ledger.insert(request());
      const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'), {
        payload: { plan: { kind: 'rotate' } },
        context: { approvalTs: '111.222' },
      });
      expect(moved?.payload).toEqual({ plan: { kind: 'rotate' } });
      expect(moved?.context).toEqual({ channelId: 'C1', approvalTs: '111.222' });
      expect(await ledger.get('r-1')).toEqual(moved);
    });

    it('a transition guarded on a payload field moves only while the field is empty, once across handles', async () => {
      const other = await another();
      await ledger.insert(request({ payload: { plan: { kind: 'create_key' } } }));
      const first = (who: string) => ({
        payload: { plan: { kind: 'create_key' }, firstApprover: { id: who } },
        unlessPayloadHas: 'firstApprover',
      });
      const results = await Promise.all([
        ledger.transition('r-1', ['awaiting_approval'], 'awaiting_approval', actor('approved'), first('U1')),
        other.transition('r-1', ['awaiting_approval'], 'awaiting_approval', actor('approved'), first('U2')),
      ]);
      const won = results.filter((r) => r !== null);
      expect(won).toHaveLength(1);
      expect((await ledger.get('r-1'))?.payload).toEqual(won[0]?.payload);
      expect((await ledger.history({ limit: 10 })).filter((e) => e.kind === 'approved')).toHaveLength(1);
      // An empty (null) field counts as empty; a plain identifier is required.
      await ledger.insert(request({ id: 'r-2', payload: { firstApprover: null } }));
      expect(
        await ledger.transition(
          'r-2',
          ['awaiting_approval'],
          'awaiting_approval',
          actor('approved'),
          first('U3'),
        ),
      ).not.toBeNull();
      await expect(
        ledger.transition('r-2', ['awaiting_approval'], 'approved', actor('approved'), {
          unlessPayloadHas: "x') OR 1=1 --",
        }),
      ).rejects.toThrow(/not a payload key/);
    });

    it('updateContext merges keys and ignores unknown requests', async () => {
      await ledger.insert(request());
      await ledger.updateContext('r-1', { approvalChannel: 'CAPPROVE', approvalTs: '1.2' });
      await ledger.updateContext('r-1', { approvalTs: '1.3' });
      await ledger.updateContext('missing', { x: 'y' });
      expect((await ledger.get('r-1'))?.context).toEqual({
        channelId: 'C1',
        approvalChannel: 'CAPPROVE',
        approvalTs: '1.3',
      });
    });

    it('history is newest first, limited, and filtered by business unit', async () => {
      await ledger.record({ ...actor('approved', minutes(1)), requestId: null, businessUnit: 'research' });
      await ledger.record({ ...actor('denied', minutes(2)), requestId: 'r-2', businessUnit: 'sales' });
      await ledger.record({ ...actor('expired', minutes(3)), requestId: 'r-3', businessUnit: null });
      expect((await ledger.history({ limit: 10 })).map((e) => e.kind)).toEqual([
        'expired',
        'denied',
        'approved',
      ]);
      expect((await ledger.history({ limit: 2 })).map((e) => e.kind)).toEqual(['expired', 'denied']);
      expect((await ledger.history({ businessUnit: 'sales', limit: 10 })).map((e) => e.kind)).toEqual([
        'denied',
      ]);
      expect((await ledger.history({ businessUnit: null, limit: 10 })).map((e) => e.kind)).toEqual([
        'expired',
      ]);
      const [newest] = await ledger.history({ limit: 1 });
      expect(newest).toMatchObject({ requestId: 'r-3', at: minutes(3), detail: 'expired by Grace' });
      expect(typeof newest?.id).toBe('number');
    });

    it('transition can set a new deadline for the new state, which findExpired then uses', async () => {
      await ledger.insert(request({ expiresAt: minutes(5) }));
      const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'), {
        expiresAt: minutes(120),
      });
      expect(moved?.expiresAt).toEqual(minutes(120));
      expect(await ledger.findExpired(['approved'], minutes(60))).toEqual([]);
      expect((await ledger.findExpired(['approved'], minutes(121))).map((r) => r.id)).toEqual(['r-1']);
    });

    it('findExpired returns only requests in the given states past their expiry, oldest first', async () => {
      await ledger.insert(request({ id: 'old', expiresAt: minutes(5) }));
      await ledger.insert(request({ id: 'fresh', expiresAt: minutes(60) }));
      await ledger.insert(request({ id: 'done', expiresAt: minutes(5), state: 'completed' }));
      await ledger.insert(request({ id: 'confirm', expiresAt: minutes(2), state: 'awaiting_confirmation' }));
      const expired = await ledger.findExpired(['awaiting_approval', 'awaiting_confirmation'], minutes(10));
      expect(expired.map((r) => r.id)).toEqual(['confirm', 'old']);
      expect(await ledger.findExpired([], minutes(10))).toEqual([]);
      expect(await ledger.findExpired(['awaiting_approval'], minutes(5))).toEqual([]);
    });

    it('claimOnce is true the first time only, and forgets claims older than a day', async () => {
      expect(await ledger.claimOnce('Ev1', T0)).toBe(true);
      expect(await ledger.claimOnce('Ev1', minutes(1))).toBe(false);
      expect(await ledger.claimOnce('Ev2', minutes(1))).toBe(true);
      const nextDay = new Date(T0.getTime() + 25 * 60 * 60 * 1000);
      expect(await ledger.claimOnce('Ev1', nextDay)).toBe(true);
    });

    it('a retry that reaches another handle at the same moment is claimed once', async () => {
      const other = await another();
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? ledger : other).claimOnce('slack-event:Ev9', T0)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('claimReminder is true once per key, across handles and for good; release gives it back', async () => {
      const other = await another();
      const tries = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? ledger : other).claimReminder('expiry:k1:7d', T0)),
      );
      expect(tries.filter(Boolean)).toHaveLength(1);
      // Unlike event claims, reminder claims are never forgotten.
      const nextYear = new Date(T0.getTime() + 400 * 86_400_000);
      expect(await other.claimReminder('expiry:k1:7d', nextYear)).toBe(false);
      expect(await ledger.claimOnce('expiry:k1:7d', nextYear)).toBe(true);
      expect(await ledger.claimReminder('expiry:k1:1d', T0)).toBe(true);
      // A reminder that could not be sent is released, and the next try may claim it again.
      await other.releaseReminder('expiry:k1:1d');
      expect(await ledger.claimReminder('expiry:k1:1d', minutes(5))).toBe(true);
      await ledger.close();
      ledger = await store.open();
      expect(await ledger.claimReminder('expiry:k1:7d', nextYear)).toBe(false);
    });

    it('remembers who opened the Home tab, seen from every handle', async () => {
      const other = await another();
      expect(await ledger.homeViewers(['U1', 'U2'])).toEqual([]);
      await ledger.noteHomeViewer('U1', T0);
      await other.noteHomeViewer('U1', minutes(1));
      await other.noteHomeViewer('U3', minutes(1));
      expect((await ledger.homeViewers(['U1', 'U2', 'U3', 'U1'])).sort()).toEqual(['U1', 'U3']);
      expect(await other.homeViewers([])).toEqual([]);
    });

    it('runExclusive runs one holder at a time per job name, across handles', async () => {
      const other = await another();
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = ledger.runExclusive('expiry-sweep', async () => {
        await gate;
        return 'swept';
      });
      // Give the first holder time to take the lock before the others try.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await other.runExclusive('expiry-sweep', async () => 'twice')).toEqual({ ran: false });
      expect(await ledger.runExclusive('expiry-sweep', async () => 'twice')).toEqual({ ran: false });
      expect(await other.runExclusive('another-job', async () => 'other')).toEqual({
        ran: true,
        value: 'other',
      });
      release();
      expect(await first).toEqual({ ran: true, value: 'swept' });
      // Released: the next tick runs, on either handle; a failing job releases too.
      await expect(
        other.runExclusive('expiry-sweep', async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await ledger.runExclusive('expiry-sweep', async () => 'again')).toEqual({
        ran: true,
        value: 'again',
      });
    });

    it('the outbox keeps queued messages across reopening: due, retried later, delivered once, or given up', async () => {
      const a = await ledger.outbox.enqueue({ audience: 'approvers', text: 'card' }, T0, minutes(1));
      const b = await ledger.outbox.enqueue({ audience: 'requester-dm', text: 'dm' }, T0, minutes(1));
      expect(await ledger.outbox.claimDue(T0, 10, minutes(2))).toEqual([]); // being sent right now
      await ledger.close();
      ledger = await store.open();
      const box = ledger.outbox;
      const due = await box.claimDue(minutes(1), 10, minutes(2));
      expect(due.map((i) => [i.id, i.payload.text, i.attempts])).toEqual([
        [a, 'card', 0],
        [b, 'dm', 0],
      ]);
      expect(due[0]?.createdAt).toEqual(T0);
      await box.failed(a, 'HTTP 500', minutes(5));
      await box.delivered(b);
      expect(await box.claimDue(minutes(2), 10, minutes(3))).toEqual([]);
      const [retry] = await box.claimDue(minutes(5), 10, minutes(6));
      expect(retry).toMatchObject({ id: a, attempts: 1, lastError: 'HTTP 500' });
      await box.failed(a, 'HTTP 500 again', null);
      expect(await box.claimDue(minutes(60), 10, minutes(61))).toEqual([]);
    });

    it('two handles draining the outbox at once claim each message once; a lapsed claim is due again', async () => {
      const other = await another();
      const ids: number[] = [];
      for (let i = 0; i < 12; i += 1)
        ids.push(await ledger.outbox.enqueue({ audience: 'requester-dm', n: i }, T0, T0));
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 === 0 ? ledger : other).outbox.claimDue(T0, 3, minutes(1)),
        ),
      );
      const claimed = claims.flat().map((item) => item.id);
      expect(claimed.sort((x, y) => x - y)).toEqual(ids);
      // Nobody delivered or failed them (a crash mid-send): due again once the claim lapses.
      expect(await other.outbox.claimDue(T0, 20, minutes(1))).toEqual([]);
      expect(await other.outbox.claimDue(minutes(1), 20, minutes(2))).toHaveLength(12);
    });

    it('a held instance is alive until its handle closes; an unknown one is not', async () => {
      const other = await another();
      await ledger.holdInstance('instance-a');
      expect(await ledger.instanceAlive('instance-a')).toBe(true);
      expect(await ledger.instanceAlive('instance-b')).toBe(false);
      expect(await other.instanceAlive('instance-b')).toBe(false);
      // The process behind the handle goes away: nobody sees it running any more.
      await ledger.close();
      expect(await other.instanceAlive('instance-a')).toBe(false);
      ledger = await store.open();
    });

    it('ping answers while open', async () => {
      await expect(ledger.ping()).resolves.toBeUndefined();
    });

    it('survives a restart: write, close, reopen, read', async () => {
      await ledger.insert(request());
      await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'));
      await ledger.claimOnce('Ev1', T0);
      await ledger.close();

      ledger = await store.open();
      expect((await ledger.get('r-1'))?.state).toBe('approved');
      expect((await ledger.history({ limit: 10 })).map((e) => e.kind)).toEqual(['approved']);
      expect(await ledger.claimOnce('Ev1', minutes(1))).toBe(false);
    });

    it('two handles opening the same new store at once both migrate it safely', async () => {
      await ledger.close();
      await store.dispose();
      await store.fresh();
      const [a, b] = await Promise.all([store.open(), store.open()]);
      extra.push(b);
      ledger = a;
      await a.insert(request());
      expect((await b.get('r-1'))?.requesterName).toBe('Ada');
    });

    it('close is idempotent', async () => {
      await ledger.close();
      await ledger.close();
      ledger = await store.open();
    });
  });
}
