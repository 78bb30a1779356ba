// Loaded into an app under test with `node --import bench/support/probe.mjs …` (diagnostics
// only): when the first signed request to /slack/events has been answered, prints one line
// `bench-probe {…}` to stderr with the in-process time, CPU time and which heavy packages were
// already loaded, to tell what sits on the acknowledgement path of a cold start; and, as
// `bench-listening {…}`, what was loaded when the first HTTP server began listening.
import { createRequire } from 'node:module';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const require = createRequire(import.meta.url);
const WATCH = [
  '@slack/bolt',
  '@aws-sdk/client-sts',
  '@aws-sdk/client-iam',
  '@aws-sdk/client-bedrock',
  '@aws/bedrock-token-generator',
  'compromise',
  'better-sqlite3',
  'zod',
  'pino',
  'commander',
  'pg',
  'prom-client',
  '@aws-sdk/client-cost-explorer',
  'express',
];
let done = false;
let listened = false;
const loadedNow = () => {
  const loaded = Object.keys(require.cache);
  const has = (pkg) => loaded.some((f) => f.includes(`/node_modules/${pkg}/`));
  return { cjsModules: loaded.length, loaded: Object.fromEntries(WATCH.map((p) => [p, has(p)])) };
};
const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function emit(event, req, res) {
  if (!listened && event === 'listening') {
    // What the process had loaded when it began to take requests (no timer has fired yet).
    listened = true;
    process.stderr.write(`bench-listening ${JSON.stringify({ atMs: performance.now(), ...loadedNow() })}\n`);
  }
  if (!done && event === 'request' && req.method === 'POST' && (req.url ?? '').startsWith('/slack/events')) {
    const receivedAt = performance.now();
    res.once('finish', () => {
      if (done || res.statusCode !== 200) return;
      done = true;
      const cpu = process.cpuUsage();
      process.stderr.write(
        `bench-probe ${JSON.stringify({
          receivedAtMs: receivedAt,
          ackedAtMs: performance.now(),
          cpuMs: (cpu.user + cpu.system) / 1000,
          ...loadedNow(),
        })}\n`,
      );
    });
  }
  return originalEmit.apply(this, [event, req, res]);
};

// On SIGUSR2: print process.memoryUsage() (and again after a full GC when run with --expose-gc),
// to split the resident set into V8 heap, external memory and the rest.
const mb = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 104857.6) / 10]));
process.on('SIGUSR2', () => {
  const before = mb(process.memoryUsage());
  let afterGc = null;
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    afterGc = mb(process.memoryUsage());
  }
  process.stderr.write(`bench-memory ${JSON.stringify({ before, afterGc })}\n`);
  // V8's heap by space (MB used / committed), and the modules loaded (CommonJS ones by package).
  import('node:v8').then((v8) => {
    const spaces = Object.fromEntries(
      v8
        .getHeapSpaceStatistics()
        .map((s) => [s.space_name, [mb({ u: s.space_used_size }).u, mb({ c: s.space_size }).c]]),
    );
    const byPackage = {};
    for (const file of Object.keys(require.cache)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const key = m ? m[1] : 'other';
      byPackage[key] = (byPackage[key] ?? 0) + 1;
    }
    process.stderr.write(`bench-heap-spaces ${JSON.stringify(spaces)}\n`);
    process.stderr.write(`bench-loaded ${JSON.stringify(byPackage)}\n`);
  });
  // BENCH_HEAPSNAPSHOT=<dir>: also write a heap snapshot there (after the full GC, if any).
  if (process.env.BENCH_HEAPSNAPSHOT) {
    import('node:v8').then((v8) => {
      const file = v8.writeHeapSnapshot(
        `${process.env.BENCH_HEAPSNAPSHOT}/bench-${process.pid}.heapsnapshot`,
      );
      process.stderr.write(`bench-heapsnapshot ${file}\n`);
    });
  }
});

// BENCH_HEAP_SAMPLING=<dir>: V8's sampling heap profiler runs from start; on SIGUSR2 the objects
// sampled and not yet collected (live, and garbage no GC has reclaimed yet) are written to
// <dir>/bench-<pid>.heapprofile by allocation site (open in Chrome DevTools, or sum by script).
if (process.env.BENCH_HEAP_SAMPLING) {
  const [{ Session }, { writeFileSync }] = await Promise.all([import('node:inspector'), import('node:fs')]);
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', { samplingInterval: 8192 });
  process.on('SIGUSR2', () => {
    session.post('HeapProfiler.getSamplingProfile', (error, result) => {
      if (error) return;
      const file = `${process.env.BENCH_HEAP_SAMPLING}/bench-${process.pid}.heapprofile`;
      writeFileSync(file, JSON.stringify(result.profile));
      process.stderr.write(`bench-heapprofile ${file}\n`);
    });
  });
}
