// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time by package or source folder,
// optionally only for the first <untilMs> of the profile, and the heaviest functions.
// Usage: node bench/support/profile-summary.mjs <file.cpuprofile> [untilMs] [top] [sliceMs]
import process from 'node:process';
import console from 'node:console';
import { readFileSync } from 'node:fs';

function bucketOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return `dist/${url.slice(dist + 6).split('/')[0]}`;
  const bench = url.indexOf('/bench/');
  if (bench >= 0) return 'bench';
  return url.replace(/^file:\/\//, '');
}

export function summarizeProfile(profile, untilMs = Infinity, sliceMs = 50) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The outermost package or app folder on the stack: who, at the top, caused this work
  // (module loading shows up as node internals under the requiring package's top level).
  const outermost = (id) => {
    let found = null;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { url, functionName } = byId.get(cur).callFrame;
      if (url && !url.startsWith('node:')) {
        const b = bucketOf(url, functionName);
        if (b.startsWith('dist/') || b === 'bench') break;
        found = b;
      }
    }
    return found;
  };
  // The nearest package or app folder (from the leaf up).
  const nearest = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { url, functionName } = byId.get(cur).callFrame;
      if (url && !url.startsWith('node:')) return bucketOf(url, functionName);
    }
    return bucketOf('', byId.get(id).callFrame.functionName);
  };
  const selfByNode = new Map();
  const timeline = new Map(); // slice start -> Map(bucket -> ms)
  let t = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    if (t > untilMs) break;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfByNode.set(profile.samples[i], (selfByNode.get(profile.samples[i]) ?? 0) + dt);
    total += dt;
    const slice = Math.floor(t / sliceMs) * sliceMs;
    if (!timeline.has(slice)) timeline.set(slice, []);
    timeline.get(slice).push([profile.samples[i], dt]);
  }
  const byBucket = new Map();
  const byFunction = new Map();
  const byNearest = new Map();
  const byOutermost = new Map();
  for (const [id, ms] of selfByNode) {
    const near = nearest(id);
    byNearest.set(near, (byNearest.get(near) ?? 0) + ms);
    const outer = outermost(id) ?? near;
    byOutermost.set(outer, (byOutermost.get(outer) ?? 0) + ms);
    const { callFrame } = byId.get(id);
    const bucket = bucketOf(callFrame.url, callFrame.functionName);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + ms);
    const fn = `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]);
  // What ran in each slice of the profile (outermost package, with the app folder that led there).
  const slices = [...timeline].map(([start, samples]) => {
    const m = new Map();
    for (const [id, dt] of samples) {
      const key = outermost(id) ?? nearest(id);
      m.set(key, (m.get(key) ?? 0) + dt);
    }
    return [start, sort(m)];
  });
  return {
    totalMs: total,
    byBucket: sort(byBucket),
    byFunction: sort(byFunction),
    byNearest: sort(byNearest),
    byOutermost: sort(byOutermost),
    slices,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [file, until, top, slice] = process.argv.slice(2);
  const summary = summarizeProfile(
    JSON.parse(readFileSync(file, 'utf8')),
    until ? Number(until) : Infinity,
    Number(slice ?? 50),
  );
  const n = Number(top ?? 15);
  console.log(`profiled ${summary.totalMs.toFixed(0)} ms${until ? ` (first ${until} ms)` : ''}`);
  console.log('time by the dependency the app called into (outermost package on the stack, or app folder):');
  for (const [k, v] of summary.byOutermost.slice(0, n)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('time by nearest package or app folder (module loading included):');
  for (const [k, v] of summary.byNearest.slice(0, n)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('self time by package / folder:');
  for (const [k, v] of summary.byBucket.slice(0, n)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('timeline (profile time, top work per slice; (idle) = waiting for I/O):');
  for (const [start, parts] of summary.slices) {
    console.log(
      `  ${String(start).padStart(6)} ms  ${parts
        .slice(0, 3)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
  }
  console.log('heaviest functions (self time):');
  for (const [k, v] of summary.byFunction.slice(0, n)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
}
