// Starts an app as a child process and measures process start to the first acknowledged
// (HTTP 200) signed slash command, polling every ~5 ms until the port accepts.
import process from 'node:process';
import { setTimeout, clearTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { postCommand } from './client.mjs';
import { cpuMs } from './rss.mjs';

const live = new Set();

/** Kills every child still running (called on exit and on errors). */
export function killAll() {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}
process.once('exit', killAll);

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node <args>` with `env`, then polls `/slack/events` with a signed slash command.
 * Resolves { child, pid, port, coldStartMs, attempts, output() } or rejects (child killed).
 */
export async function launch({
  args,
  env,
  port,
  secret,
  text = 'help',
  responseUrl,
  cwd,
  timeoutMs = 30_000,
  nodeArgs = [],
}) {
  let output = '';
  const keep = (chunk) => {
    output += chunk.toString('utf8');
    if (output.length > 20_000) output = output.slice(-20_000);
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
    live.delete(child);
  });

  let attempts = 0;
  while (performance.now() - t0 < timeoutMs) {
    if (exited) break;
    attempts += 1;
    try {
      const res = await postCommand({
        port,
        secret,
        text,
        userId: 'U0COLD0001',
        responseUrl,
        agent: false,
        timeoutMs: 5_000,
      });
      if (res.status === 200) {
        const coldStartMs = performance.now() - t0;
        // CPU time the process used up to its first acknowledgement: unlike wall time, barely
        // changed by other processes competing for the machine.
        return {
          child,
          pid: child.pid,
          port,
          coldStartMs,
          coldStartCpuMs: cpuMs(child.pid),
          attempts,
          output: () => output,
        };
      }
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  await stop(child);
  const why = exited
    ? `exited (${exited.code ?? exited.signal})`
    : `did not acknowledge within ${timeoutMs} ms`;
  throw new Error(`${args.join(' ')} ${why}; its output:\n${output.slice(-4000)}`);
}

/** SIGTERM, then SIGKILL after graceMs; resolves when the child has exited. */
export async function stop(child, graceMs = 3_000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    live.delete(child);
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  live.delete(child);
}
