// One ledger "replica" for the ledger benchmark: opens the compiled ledger (SQLite file or
// PostgreSQL URL), says "ready", waits for "go" on stdin, then moves every request through
// awaiting_approval -> approved -> executing -> completed with `concurrency` operations in flight,
// racing any other worker on the same requests, and prints {"attempts","wins","ms"}.
//
//   node bench/support/ledger-worker.mjs <sqlite|postgres> <path-or-url> <first> <requests> <concurrency>
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const [kind, target, firstText, countText, concurrencyText] = process.argv.slice(2);
const first = Number(firstText);
const count = Number(countText);
const concurrency = Number(concurrencyText);
const dist = new URL('../../dist/', import.meta.url);

const ledger =
  kind === 'postgres'
    ? await (await import(new URL('ledger/postgres-ledger.js', dist).href)).openPostgresLedger(target, {
        maxConnections: concurrency + 1,
      })
    : (await import(new URL('ledger/sqlite-ledger.js', dist).href)).openSqliteLedger(target);

const STEPS = [
  ['awaiting_approval', 'approved', 'approved'],
  ['approved', 'executing', 'executed'],
  ['executing', 'completed', 'executed'],
];
const event = (kind) => ({
  at: new Date(),
  kind,
  actorId: 'UBENCH',
  actorName: 'bench',
  businessUnit: 'bench',
  detail: 'bench',
});

await ledger.ping();
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();

let attempts = 0;
let wins = 0;
let next = first;
const started = performance.now();
async function lane() {
  while (next < first + count) {
    const id = `bench-${next}`;
    next += 1;
    for (const [from, to, kind] of STEPS) {
      attempts += 1;
      if ((await ledger.transition(id, [from], to, event(kind))) !== null) wins += 1;
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, lane));
const ms = performance.now() - started;
await ledger.close();
process.stdout.write(`${JSON.stringify({ attempts, wins, ms })}\n`);
