/**
 * Several bot processes on one ledger: each runs test/support/replica-main.mjs (the compiled
 * composition root, so `npm run build` must have run; `npm test` does) with the given settings,
 * and all share one FakeAws in this process and one fake Slack Web API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Secret } from '../../src/core/secret.js';
import type { FakeAws } from '../fakes/fake-aws.js';
import { serveAwsPort } from './aws-rpc.mjs';
import { SignedSlackClient } from './slack-signing.js';

const MAIN = join(import.meta.dirname, 'replica-main.mjs');

export interface Replica {
  name: string;
  port: number;
  baseUrl: string;
  client: SignedSlackClient;
  /** Everything the process printed (its JSON log lines). */
  output(): string;
  /** SIGTERM, then wait for the exit (graceful shutdown). Resolves to the exit code. */
  stop(): Promise<number | null>;
}

export interface ReplicaSet {
  replicas: Replica[];
  stop(): Promise<void>;
}

function startOne(
  name: string,
  env: Record<string, string>,
  awsUrl: string,
  secret: string,
): Promise<Replica> {
  const child: ChildProcess = spawn(process.execPath, [MAIN, awsUrl], {
    env: { PATH: process.env.PATH ?? '', REPLICA_NAME: name, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return new Promise<Replica>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`replica ${name} did not start in time: ${output}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /\{"replicaReady":(\d+)\}/.exec(output);
      if (ready === null || exitCode !== undefined) return;
      clearTimeout(timer);
      const port = Number(ready[1]);
      const baseUrl = `http://127.0.0.1:${port}`;
      resolve({
        name,
        port,
        baseUrl,
        client: new SignedSlackClient({ baseUrl, signingSecret: secret }),
        output: () => output,
        stop: async () => {
          if (exitCode === undefined) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`replica ${name} exited (${code}) before it was ready: ${output}`));
    });
  });
}

export async function startReplicas(options: {
  count: number;
  env: Record<string, string>;
  aws: FakeAws;
  signingSecret: string;
}): Promise<ReplicaSet> {
  const rpc = await serveAwsPort(options.aws, (value) => new Secret(value));
  const started = await Promise.allSettled(
    Array.from({ length: options.count }, (_, i) =>
      startOne(String.fromCharCode(65 + i), options.env, rpc.url, options.signingSecret),
    ),
  );
  const replicas = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.all(replicas.map((r) => r.stop()));
    await rpc.close();
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed !== undefined) {
    await stopAll();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { replicas, stop: stopAll };
}
