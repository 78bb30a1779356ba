// Scale: the read answers over a large account and a long ledger. Generates 1,000 business units
// (IAM users under /bedrock/, tagged; 100 of them with two keys each, one API key and one access
// key), answers their IAM reads from the fake AWS at 0 ms, and a ledger of 1,000,000 events
// (SQLite, bulk inserts in one transaction) with 20,000 requests; then a child process runs the
// real engine, AWS adapter (real SDK) and ledger over them and times list, details, history and
// App Home, rendering included. Prints nothing itself; see scaleTable.
import process from 'node:process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./scale-worker.mjs', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url);

const DAY = 86_400_000;
const KINDS = [
  ['token_issued', 40],
  ['requested', 14],
  ['confirmed', 6],
  ['approval_requested', 5],
  ['approved', 5],
  ['denied', 1],
  ['executed', 10],
  ['key_created', 8],
  ['key_deleted', 5],
  ['cancelled', 2],
  ['failed', 1],
  ['refused', 1],
  ['expired', 1],
  ['revealed', 1],
];

/** A small deterministic generator, so every run measures the same data. */
function lcg(seed) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

export const unitName = (i) => `unit-${String(i).padStart(4, '0')}`;
export const personId = (i) => `U0P${String(i).padStart(6, '0')}`;

export function generateAccount({ units, withKeys, now }) {
  const users = [];
  for (let i = 0; i < units; i += 1) {
    const unit = unitName(i);
    const created = new Date(now - (400 - (i % 365)) * DAY).toISOString();
    const keyed = i < withKeys;
    users.push({
      userName: `${unit}-bedrock-user`,
      userId: `AIDA${String(i).padStart(17, '0')}`,
      path: '/bedrock/',
      createdAt: created,
      tags: [
        { key: 'business-unit', value: unit },
        { key: 'owner', value: `owner${i % 200}@example.com` },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
      accessKeys: keyed ? [{ id: `AKIA${String(i).padStart(16, '0')}`, createdAt: created }] : [],
      apiKeys: keyed
        ? [
            {
              id: `ACCA${String(i).padStart(17, '0')}`,
              createdAt: created,
              expiresAt: new Date(now + (i % 40) * DAY).toISOString(),
            },
          ]
        : [],
    });
  }
  return users;
}

/** Creates the ledger (the bot's own migrations), then bulk-inserts events and requests. */
export async function generateLedger({ path, events, requests, units, people, now }) {
  const { openSqliteLedger } = await import(new URL('ledger/sqlite-ledger.js', DIST).href);
  (await openSqliteLedger(path)).close();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  // Bulk load without the indexes, then build each once (as the bot's migrations define them).
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    .all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  const rand = lcg(42);
  const weights = KINDS.flatMap(([k, w]) => Array(w).fill(k));
  const t0 = performance.now();
  const insertEvent = db.prepare(
    'INSERT INTO events (at, request_id, kind, actor_id, actor_name, business_unit, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const start = now - 365 * DAY;
  const step = (365 * DAY) / events;
  db.transaction(() => {
    for (let i = 0; i < events; i += 1) {
      const kind = weights[Math.floor(rand() * weights.length)];
      const who = Math.floor(rand() * people);
      const at = new Date(start + i * step);
      const unit = kind === 'token_issued' ? null : unitName(Math.floor(rand() * units));
      const detail =
        kind === 'token_issued'
          ? `region us-east-1, expires ${new Date(at.getTime() + 8 * 3600_000).toISOString()}, requested 8h`
          : `${kind.replace(/_/g, ' ')} for ${unit}`;
      insertEvent.run(at.toISOString(), null, kind, personId(who), `Person ${who}`, unit, detail);
    }
  })();
  const insertRequest = db.prepare(
    `INSERT INTO requests (id, created_at, updated_at, expires_at, requester_id, requester_name, requester_email,
       surface, intent, business_unit, state, payload, context) VALUES (?, ?, ?, ?, ?, ?, NULL, 'slash', 'create_key', ?, ?, ?, '{}')`,
  );
  db.transaction(() => {
    for (let i = 0; i < requests; i += 1) {
      const at = new Date(start + (i * 365 * DAY) / requests).toISOString();
      const who = i % people;
      const unit = unitName(i % units);
      const state = i % 50 === 0 ? 'awaiting_approval' : 'completed';
      const payload = JSON.stringify({
        parse: { intent: 'create_key' },
        plan: { title: `API key for ${unit}` },
      });
      insertRequest.run(`req-${i}`, at, at, at, personId(who), `Person ${who}`, unit, state, payload);
    }
  })();
  // Every unit was set up through the bot by its owner (person k has owner k's email, as the
  // account's owner tags say): one completed request each, a year ago, as the bot records them.
  const ownerOf = (i) => i % 200;
  db.transaction(() => {
    for (let i = 0; i < units; i += 1) {
      const at = new Date(start).toISOString();
      const who = ownerOf(i);
      const unit = unitName(i);
      const payload = JSON.stringify({
        parse: { intent: 'create_key' },
        plan: {
          title: `Create a long-term Bedrock API key for ${unit}`,
          params: { owner: `owner${who}@example.com` },
        },
      });
      insertRequest.run(`setup-${i}`, at, at, at, personId(who), `Person ${who}`, unit, 'completed', payload);
    }
  })();
  for (const { sql } of indexes) db.exec(sql);
  db.exec('ANALYZE');
  db.close();
  return { events, requests, generateMs: Math.round(performance.now() - t0) };
}

function runWorker(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(process.env.SCALE_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
        WORKER,
        JSON.stringify(args),
      ],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`scale worker failed (${code}): ${err.slice(-2000)}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1)));
    });
  });
}

export async function measureScale({ scratch, log, quick, fakeAws }) {
  const now = Date.now();
  const cfg = {
    units: 1000,
    unitsWithKeys: 100,
    events: quick ? 100_000 : 1_000_000,
    requests: 20_000,
    people: 2000,
    runs: quick ? 3 : 7,
  };
  const account = generateAccount({ units: cfg.units, withKeys: cfg.unitsWithKeys, now });
  const path = join(scratch, `scale-ledger-${process.pid}.db`);
  log(`scale: generating a ledger of ${cfg.events.toLocaleString('en-US')} events`);
  const generated = await generateLedger({
    path,
    events: cfg.events,
    requests: cfg.requests,
    units: cfg.units,
    people: cfg.people,
    now,
  });
  log(`  generated in ${generated.generateMs} ms`);
  const previousDelay = fakeAws.delayMs?.() ?? null;
  fakeAws.setDelay(0);
  fakeAws.setAccount(account);
  try {
    log(
      `scale: list, details, history and App Home over ${cfg.units} units (AWS at 0 ms), ${cfg.runs} runs each`,
    );
    const result = await runWorker(
      {
        ledgerPath: path,
        runs: cfg.runs,
        admin: 'U0ADMIN001',
        member: personId(7),
        memberEmail: 'owner7@example.com',
      },
      {
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: fakeAws.endpoint,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
      },
    );
    return { config: cfg, generated, ...result };
  } finally {
    fakeAws.setAccount(null);
    if (previousDelay !== null) fakeAws.setDelay(previousDelay);
  }
}

/** The report's table of the scale phase. */
export function scaleTable(scale, targetMs) {
  if (!scale?.operations) return '';
  const rows = scale.operations.map((o) => [
    o.name,
    String(o.firstMs),
    String(o.firstCpuMs),
    String(o.medianMs),
    String(o.awsCalls),
    String(o.rows ?? ''),
    o.target ? (o.medianMs < targetMs && o.firstMs < targetMs ? 'PASS' : 'FAIL') : '',
  ]);
  const header = [
    'Scale (1,000 units, ledger of ' + scale.config.events.toLocaleString('en-US') + ' events)',
    'first (ms)',
    'its CPU (ms)',
    'median (ms)',
    'AWS calls',
    'rows',
    `< ${targetMs} ms`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return `${[line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\nfirst = the first run in a warmed-up process with empty caches (its CPU: this process only, the fake AWS runs apart), median = of the ${scale.config.runs} runs after it; times include parsing, the engine, the SDK, the ledger and rendering (Block Kit).`;
}
