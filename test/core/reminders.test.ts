/**
 * Reminders in the core, with a fake clock: which reminders come due when, each sent once (the
 * ledger's claim), a failed send tried again, an owner not in Slack recorded and not retried, the
 * weekly digest once per ISO week; and two replicas on one PostgreSQL ledger sending each once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import {
  digestDue,
  isoWeek,
  runReminders,
  type HygieneDigest,
  type Reminder,
  type ReminderPort,
  type SendResult,
} from '../../src/core/reminders.js';
import type { CoreSettings } from '../../src/core/settings.js';
import { openPostgresLedger } from '../../src/ledger/postgres-ledger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { settings } from './helpers.js';

const DAY = 86_400_000;
// A Monday.
const START = '2026-11-30T09:00:00.000Z';

class RecordingPort implements ReminderPort {
  reminders: Reminder[] = [];
  digests: HygieneDigest[] = [];
  answer: SendResult = 'sent';
  async remindOwner(reminder: Reminder): Promise<SendResult> {
    if (this.answer === 'sent') this.reminders.push(reminder);
    return this.answer;
  }
  async sendDigest(digest: HygieneDigest): Promise<SendResult> {
    if (this.answer === 'sent') this.digests.push(digest);
    return this.answer;
  }
}

function world(overrides: Partial<CoreSettings> = {}) {
  const clock = new FakeClock(START);
  const aws = new FakeAws({ clock });
  const ledger = createMemoryLedger();
  const port = new RecordingPort();
  const s = settings(overrides);
  const run = () =>
    runReminders({ aws, ledger, settings: s, now: clock.now(), reference: () => 'REF-1' }, port);
  const now = clock.now().getTime();
  aws.seedUser({
    userName: 'marketing-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: 'ada@example.com' },
    ],
  });
  const apiKey = aws.seedApiKey('marketing-bedrock-user', {
    createdAt: new Date(now - 4 * DAY),
    expiresAt: new Date(now + 10 * DAY),
  });
  return { clock, aws, ledger, port, run, apiKey };
}

describe('expiry reminders', () => {
  it('remind the owner once per threshold reached: 7 days, then 1 day, never twice', async () => {
    const w = world();
    expect((await w.run()).sent).toBe(0);
    w.clock.advance({ days: 3, hours: 1 });
    expect(await w.run()).toMatchObject({ sent: 1, alreadySent: 0 });
    expect(w.port.reminders).toEqual([
      expect.objectContaining({
        kind: 'api-key-expiry',
        businessUnit: 'marketing',
        ownerEmail: 'ada@example.com',
        daysBefore: 7,
        key: `expiry:marketing-bedrock-user:${w.apiKey}:7d`,
      }),
    ]);
    // Every later pass finds it sent.
    w.clock.advance({ hours: 1 });
    expect(await w.run()).toMatchObject({ sent: 0, alreadySent: 1 });
    w.clock.advance({ days: 6 });
    await w.run();
    expect(w.port.reminders.map((r) => r.kind === 'api-key-expiry' && r.daysBefore)).toEqual([7, 1]);
    // Expired: nothing more.
    w.clock.advance({ days: 2 });
    expect((await w.run()).sent).toBe(0);
    expect(w.ledger.events.filter((e) => e.kind === 'reminded').map((e) => e.detail)).toEqual([
      expect.stringMatching(
        /^reminded ada@example.com: API key marketing-bedrock-user-at-\d+ expires .*7-day/,
      ),
      expect.stringMatching(/1-day reminder/),
    ]);
  });

  it('a key first seen inside the last day gets the 1-day reminder only', async () => {
    const w = world();
    w.clock.advance({ days: 9, hours: 12 });
    await w.run();
    await w.run();
    expect(w.port.reminders.map((r) => r.kind === 'api-key-expiry' && r.daysBefore)).toEqual([1]);
  });

  it('skips units without an owner, keys that never expire, inactive keys; off means off', async () => {
    const w = world({ reminderDaysBeforeExpiry: [] });
    w.aws.seedUser({ userName: 'orphans-bedrock-user', tags: [{ key: 'business-unit', value: 'orphans' }] });
    w.aws.seedApiKey('orphans-bedrock-user', { expiresAt: new Date(w.clock.now().getTime() + DAY) });
    w.aws.seedApiKey('marketing-bedrock-user', { expiresAt: null });
    w.clock.advance({ days: 9, hours: 12 });
    expect(await w.run()).toMatchObject({ sent: 0, alreadySent: 0 });
    expect(w.aws.callsTo('listBedrockUsers').length).toBeGreaterThan(0);
  });

  it('an access key past the rotation age: one reminder, with the key ID masked', async () => {
    const w = world({ accessKeyRotationDays: 90 });
    const now = w.clock.now().getTime();
    const old = w.aws.seedAccessKey('marketing-bedrock-user', { createdAt: new Date(now - 89 * DAY) });
    w.aws.seedAccessKey('marketing-bedrock-user', {
      createdAt: new Date(now - 200 * DAY),
      status: 'Inactive',
    });
    expect((await w.run()).sent).toBe(0);
    w.clock.advance({ days: 2 });
    await w.run();
    await w.run();
    const rotation = w.port.reminders.filter((r) => r.kind === 'access-key-age');
    expect(rotation).toHaveLength(1);
    expect(rotation[0]?.keyLabel).toBe(`${old.slice(0, 4)}…${old.slice(-4)}`);
    expect(JSON.stringify(w.ledger.events)).not.toContain(old.slice(4, -4));
  });

  it('a failed send gives the claim back and is tried next time; an owner not in Slack is not retried', async () => {
    const w = world();
    w.clock.advance({ days: 4 });
    w.port.answer = 'failed';
    expect(await w.run()).toMatchObject({ sent: 0, failed: 1 });
    expect(w.ledger.events.filter((e) => e.kind === 'reminded')).toHaveLength(0);
    w.port.answer = 'sent';
    expect(await w.run()).toMatchObject({ sent: 1 });

    const x = world();
    x.clock.advance({ days: 4 });
    x.port.answer = 'no-recipient';
    expect(await x.run()).toMatchObject({ undeliverable: 1 });
    x.port.answer = 'sent';
    expect(await x.run()).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(x.ledger.events.find((e) => e.kind === 'reminded')?.detail).toMatch(/not delivered/);
  });

  it('when AWS cannot be read, nothing is claimed and the problem is reported', async () => {
    const w = world();
    w.clock.advance({ days: 4 });
    w.aws.failNext('listBedrockUsers', 'AccessDenied');
    const run = await w.run();
    expect(run.awsProblem).not.toBeNull();
    expect(run.sent).toBe(0);
    expect((await w.run()).sent).toBe(1);
  });
});

describe('weekly hygiene digest', () => {
  it('goes to each admin who opted in, once per ISO week, from the configured day on', async () => {
    const w = world({ digestUserIds: ['UADMIN1'], digestWeekday: 3, reminderDaysBeforeExpiry: [] });
    w.aws.seedUser({ userName: 'orphans-bedrock-user', tags: [{ key: 'business-unit', value: 'orphans' }] });
    await w.run(); // Monday: not yet.
    expect(w.port.digests).toHaveLength(0);
    w.clock.advance({ days: 2 }); // Wednesday
    await w.run();
    w.clock.advance({ days: 1 });
    await w.run();
    expect(w.port.digests).toHaveLength(1);
    expect(w.port.digests[0]).toMatchObject({ userId: 'UADMIN1', week: '2026-W49' });
    expect(w.port.digests[0]?.units.map((u) => u.businessUnit)).toEqual(['orphans']);
    w.clock.advance({ days: 6 }); // next Thursday
    await w.run();
    expect(w.port.digests.map((d) => d.week)).toEqual(['2026-W49', '2026-W50']);
  });

  it('knows ISO weeks and weekdays', () => {
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2026-12-28T00:00:00Z'))).toBe('2026-W53');
    // Sunday is the end of the ISO week: a Monday digest is still due then, a Sunday one only then.
    expect(digestDue(new Date('2026-12-06T10:00:00Z'), 1)).toBe(true);
    expect(digestDue(new Date('2026-11-30T10:00:00Z'), 0)).toBe(false);
  });
});

describe('two replicas on one PostgreSQL ledger', () => {
  let db: TestDatabase | null = null;
  const ledgers: Ledger[] = [];
  afterEach(async () => {
    for (const l of ledgers.splice(0)) await l.close();
    await db?.drop();
    db = null;
  });

  it('send each reminder once, whether they take turns or run at the same moment', async () => {
    db = await createTestDatabase();
    const clock = new FakeClock(START);
    const aws = new FakeAws({ clock });
    const now = clock.now().getTime();
    for (const unit of ['ads', 'crm', 'search']) {
      aws.seedUser({
        userName: `${unit}-bedrock-user`,
        tags: [
          { key: 'business-unit', value: unit },
          { key: 'owner', value: `${unit}@example.com` },
        ],
      });
      aws.seedApiKey(`${unit}-bedrock-user`, { expiresAt: new Date(now + 10 * DAY) });
      aws.seedAccessKey(`${unit}-bedrock-user`, { createdAt: new Date(now - 80 * DAY) });
    }
    const s = settings({ digestUserIds: ['UADMIN1'] });
    const replicas = await Promise.all(
      ['A', 'B'].map(async () => {
        const ledger = await openPostgresLedger(db?.url ?? '');
        ledgers.push(ledger);
        const engine = createEngine({
          aws,
          ledger,
          clock,
          ids: new SequentialIds(),
          settings: s,
          parse: async () => {
            throw new Error('not used');
          },
          commandName: '/bedrock',
        });
        return { ledger, engine };
      }),
    );
    const port = new RecordingPort();
    // Each replica's timer: the exclusive job, and a second caller outside it (a clock skewed
    // replica, a manual run) that only the unique claim stops.
    const tick = () =>
      Promise.all(
        replicas.flatMap(({ ledger, engine }) => [
          ledger.runExclusive('reminders', async () => engine.sendReminders?.(port)),
          engine.sendReminders?.(port),
        ]),
      );
    for (const hours of [0, 96, 24, 24, 84, 12, 480]) {
      clock.advance({ hours });
      await tick();
      await tick();
    }
    const keys = port.reminders.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    // 3 units x (7-day + 1-day expiry reminders + 1 rotation reminder).
    expect(port.reminders.filter((r) => r.kind === 'api-key-expiry')).toHaveLength(6);
    expect(port.reminders.filter((r) => r.kind === 'access-key-age')).toHaveLength(3);
    // One digest per week passed through (W49, W50, W51, W53's… as the clock went).
    const weeks = port.digests.map((d) => d.week);
    expect(new Set(weeks).size).toBe(weeks.length);
    const recorded = await replicas[0]?.ledger.queryEvents({ kinds: ['reminded'], limit: 100 });
    expect(recorded).toHaveLength(keys.length + weeks.length);
  });
});
