/**
 * `bedrock-bot audit`: every ledger event exported page by page, filtered by time, unit, person and
 * kind, as JSON Lines or CSV, and never a secret: the real engine issues tokens and keys into a
 * real SQLite ledger, then the export is scanned for every secret AWS handed out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFilter, exportAudit, type AuditArgs } from '../../src/cli/audit-command.js';
import { createEngine } from '../../src/core/engine.js';
import type { BotEngine } from '../../src/core/engine-api.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { ADMIN, MEMBER, parsed, settings } from '../core/helpers.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';

const BIN = join(import.meta.dirname, '../../bin/bedrock-bot.js');

let dir: string;
let dbPath: string;
let ledger: Ledger;
let aws: FakeAws;
let clock: FakeClock;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bb-audit-'));
  dbPath = join(dir, 'ledger.db');
  ledger = openSqliteLedger(dbPath);
  clock = new FakeClock(new Date('2026-11-01T09:00:00Z'));
  aws = new FakeAws({ clock });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Tokens, a key created after confirmation, a key requested, approved and revealed: secrets issued. */
async function history(): Promise<void> {
  const engine: BotEngine = createEngine({
    aws,
    ledger,
    clock,
    ids: new SequentialIds(),
    settings: settings(),
    parse: async () => parsed({ intent: 'help' }),
    commandName: '/bedrock',
  });
  const ask = (requester: typeof MEMBER, request: ReturnType<typeof parsed>, reason?: string) =>
    engine.handleRequest?.({ requester, request, surface: 'slash', ...(reason ? { reason } : {}) });
  await ask(MEMBER, parsed({ intent: 'token', ttlSeconds: 3600 }));
  clock.advance({ hours: 1 });
  const offer = await ask(
    ADMIN,
    parsed({ intent: 'create_key', businessUnit: 'sales', keyKind: 'access-key' }),
  );
  const confirmId = offer?.deliveries[0]?.requestId ?? '';
  await engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: confirmId, surface: 'slash' });
  clock.advance({ days: 1 });
  const asked = await ask(
    MEMBER,
    parsed({ intent: 'create_key', businessUnit: 'research' }),
    'CRM, export batch',
  );
  const requestId = asked?.deliveries[0]?.requestId ?? '';
  await engine.handleAction({ requester: ADMIN, action: 'approve', requestId, surface: 'slash' });
  await engine.handleAction({ requester: MEMBER, action: 'reveal', requestId, surface: 'slash' });
}

async function exported(args: AuditArgs, pageSize?: number): Promise<string> {
  const filter = auditFilter(args, clock.now());
  if (!filter.ok) throw new Error(filter.problems.join('; '));
  let out = '';
  await exportAudit({
    ledger,
    filter: filter.value,
    write: async (text) => {
      out += text;
    },
    ...(pageSize !== undefined ? { pageSize } : {}),
  });
  return out;
}

describe('audit export', () => {
  it('pages through every event, oldest first, and holds no secret', async () => {
    await history();
    expect(aws.issuedSecrets.length).toBeGreaterThanOrEqual(3);
    const all = (await ledger.queryEvents({ limit: 10_000 })).length;
    const lines = (await exported({}, 2)).trim().split('\n');
    expect(lines).toHaveLength(all);
    const rows = lines.map((l) => JSON.parse(l) as { id: number; kind: string; detail: string });
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
    expect(rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['token_issued', 'approved', 'key_created']),
    );
    expect(rows.some((r) => r.detail.includes('CRM, export batch'))).toBe(true);
    const csv = await exported({ format: 'csv' }, 3);
    for (const text of [lines.join('\n'), csv]) {
      for (const secret of aws.issuedSecrets) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(/SECRET-\d+/.exec(secret)?.[0] ?? secret);
      }
    }
  });

  it('filters by unit, person, kind and time', async () => {
    await history();
    const kinds = (out: string) =>
      out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { kind: string }).kind);
    expect(kinds(await exported({ kind: 'token_issued' }))).toEqual(['token_issued']);
    const research = (await exported({ unit: 'research' })).trim().split('\n');
    expect(
      research.every((l) => (JSON.parse(l) as { business_unit: string }).business_unit === 'research'),
    ).toBe(true);
    expect(kinds(await exported({ person: MEMBER.userId, kind: 'approved' }))).toEqual([]);
    expect(kinds(await exported({ person: ADMIN.userId, kind: 'approved' }))).toEqual(['approved']);
    // The last 12 hours: only the research request's events (a day after the rest).
    const recent = (await exported({ since: '12h' })).trim().split('\n');
    expect(
      recent.every((l) => (JSON.parse(l) as { business_unit: string | null }).business_unit === 'research'),
    ).toBe(true);
    expect(kinds(await exported({ until: '2026-11-01T09:30:00Z' }))).toEqual(['token_issued']);
  });

  it('writes CSV a spreadsheet cannot be tricked by', async () => {
    await ledger.record({
      at: clock.now(),
      requestId: null,
      kind: 'refused',
      actorId: 'U1',
      actorName: '=HYPERLINK("http://evil")',
      businessUnit: null,
      detail: 'said "no", twice\nreally',
    });
    const csv = await exported({ format: 'csv' });
    expect(csv.split('\n')[0]).toBe('id,at,kind,request_id,actor_id,actor_name,business_unit,detail');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"said ""no"", twice\nreally"');
  });

  it('names every bad argument at once', () => {
    const result = auditFilter(
      { since: 'yesterday', kind: 'token_issued,stolen', format: 'xml' },
      clock.now(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(3);
      expect(result.problems.join('\n')).toMatch(/--since.*--kind stolen.*--format xml/s);
    }
  });

  it('runs as `bedrock-bot audit` against the configured ledger', async () => {
    await history();
    await ledger.close();
    const result = spawnSync(process.execPath, [BIN, 'audit', '--format', 'csv', '--kind', 'key_created'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        LEDGER_PATH: dbPath,
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    ledger = openSqliteLedger(dbPath);
    expect(result.stderr).toContain('events exported');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id,at,kind/);
    expect(lines.slice(1).every((l) => l.includes(',key_created,'))).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });
});
