/**
 * What a start and a bearer token load, in a real `bedrock-bot start` process (the built binary,
 * so `npm run build` must have run; `npm test` does). Every module loaded before the first
 * acknowledgement delays it, and every module loaded at all stays in memory: heavy packages must
 * load only when their work needs them (issue #16; figures in bench/RESULTS.md).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../support/fake-slack.js';
import { SignedSlackClient } from '../support/slack-signing.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/bedrock-bot.js');
const PROBE = join(ROOT, 'bench/support/probe.mjs');
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('bedrock-bot start', () => {
  it('takes requests before it has loaded the AWS SDK, the PostgreSQL driver, prom-client or express', async () => {
    const slack = await startFakeSlack();
    const port = await freePort();
    const cwd = mkdtempSync(join(tmpdir(), 'bb-lean-'));
    const child = spawn(process.execPath, ['--import', PROBE, BIN, 'start'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
        SLACK_SIGNING_SECRET: SECRET,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        SLACK_API_URL: slack.apiUrl,
        LEDGER_PATH: join(cwd, 'ledger.db'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    const client = new SignedSlackClient({ baseUrl: `http://127.0.0.1:${port}`, signingSecret: SECRET });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 400 && status !== 200; attempt++) {
        status = await client
          .command({ userId: 'UMEMBER1', text: 'help', responseUrl: slack.responseUrl('lean') })
          .then((r) => r.status)
          .catch(async () => {
            await new Promise((r) => setTimeout(r, 50));
            return 0;
          });
      }
      expect(status).toBe(200);
      // What was loaded when the server began to listen: the engine loads later (after an
      // acknowledgement, or a second after start), so this does not depend on timing.
      const line = output.split('\n').find((l) => l.startsWith('bench-listening '));
      const loaded = (
        JSON.parse(line?.slice('bench-listening '.length) ?? '{}') as { loaded?: Record<string, boolean> }
      ).loaded;
      expect(loaded?.['@slack/bolt']).toBe(true);
      for (const heavy of [
        '@aws-sdk/client-sts',
        '@aws-sdk/client-iam',
        '@aws-sdk/client-bedrock',
        '@aws-sdk/client-cost-explorer',
        '@aws/bedrock-token-generator',
        'pg',
        'prom-client',
        'express',
      ])
        expect({ heavy, loaded: loaded?.[heavy] }).toEqual({ heavy, loaded: false });
    } finally {
      child.kill('SIGKILL');
      await slack.close();
    }
  });
});

describe('the AWS adapter', () => {
  it('issues a bearer token without loading IAM or Cost Explorer, and loads IAM on its first IAM call', async () => {
    // A local STS that knows who the bot is; nothing else answers.
    const sts = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
            '<Arn>arn:aws:iam::123456789012:user/bot</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account>' +
            '</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
        );
      });
    });
    await new Promise<void>((r) => sts.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(sts.address() as AddressInfo).port}`;
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      const { createAwsAdapter } = await import(${JSON.stringify(join(ROOT, 'dist/aws/aws-adapter.js'))});
      const has = (pkg) => Object.keys(require.cache).some((f) => f.includes('/node_modules/' + pkg + '/'));
      const aws = createAwsAdapter({
        region: 'us-east-1',
        credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }),
        clientOptions: { endpoints: { sts: ${JSON.stringify(endpoint)}, iam: 'http://127.0.0.1:9' }, maxAttempts: 1 },
      });
      const token = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: 900, signAs: null });
      const afterToken = { iam: has('@aws-sdk/client-iam'), ce: has('@aws-sdk/client-cost-explorer') };
      const user = await aws.getUser('unit-bedrock-user');
      console.log(JSON.stringify({ token: token.ok, afterToken, userFailedAsValue: user.ok === false, iamAfter: has('@aws-sdk/client-iam') }));
    `;
    try {
      const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
        (resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
            env: { PATH: process.env.PATH ?? '', AWS_EC2_METADATA_DISABLED: 'true', HOME: tmpdir() },
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('exit', (status) => resolve({ status, stdout, stderr }));
        },
      );
      const last = result.stdout.trim().split('\n').at(-1) ?? '';
      expect(last, result.stderr.slice(-800)).toMatch(/^\{/);
      expect(JSON.parse(last)).toEqual({
        token: true,
        afterToken: { iam: false, ce: false },
        userFailedAsValue: true,
        iamAfter: true,
      });
    } finally {
      await new Promise<void>((r) => sts.close(() => r()));
    }
  });
});
