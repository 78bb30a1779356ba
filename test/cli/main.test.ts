/**
 * The real `bedrock-bot` binary, as an operator runs it (built by `npm test` / `npm ci` first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../support/fake-slack.js';

const BIN = join(import.meta.dirname, '../../bin/bedrock-bot.js');

function run(args: string[], env: Record<string, string> = {}, input = '') {
  const cwd = mkdtempSync(join(tmpdir(), 'bb-cli-'));
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, AWS_EC2_METADATA_DISABLED: 'true', ...env },
  });
}

describe('bedrock-bot', () => {
  it('refuses a bad configuration with one message naming every problem, and a non-zero exit', () => {
    const result = run(['start'], { SLACK_BOT_TOKEN: 'xoxb-123-abc', PORT: 'http', TOKEN_MAX_TTL: '2d' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('3 settings need fixing');
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('TOKEN_MAX_TTL');
    expect(result.stdout).toBe('');
  });

  it('prints help for every command', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['start', 'console', 'run', 'doctor', 'policy', 'parse'])
      expect(result.stdout).toContain(command);
  });

  it('says what is wrong with an unknown command', () => {
    const result = run(['frobnicate']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const HTTP_ENV = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  LOG_LEVEL: 'info',
};

describe('bedrock-bot start (HTTP mode)', () => {
  it('answers /healthz without secrets and stops cleanly on SIGTERM', async () => {
    const slack = await startFakeSlack();
    const port = await freePort();
    const cwd = mkdtempSync(join(tmpdir(), 'bb-start-'));
    const child = spawn(process.execPath, [BIN, 'start'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        ...HTTP_ENV,
        PORT: String(port),
        HOST: '127.0.0.1',
        SLACK_API_URL: slack.apiUrl,
        LEDGER_PATH: join(cwd, 'ledger.db'),
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let body = '';
      let status = 0;
      for (let attempt = 0; attempt < 200 && status !== 200; attempt++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          status = res.status;
          body = await res.text();
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      expect(status).toBe(200);
      expect(JSON.parse(body)).toEqual({ ok: true });
      expect(body).not.toContain('xoxb');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('shutting down');
      expect(output).not.toContain(HTTP_ENV.SLACK_BOT_TOKEN);
      expect(output).not.toContain(HTTP_ENV.SLACK_SIGNING_SECRET);
    } finally {
      child.kill('SIGKILL');
      await slack.close();
    }
  });

  it('says plainly when Slack refuses the bot token, and exits non-zero', async () => {
    // No known bot token: auth.test answers invalid_auth.
    const slack = await startFakeSlack({ tokens: {} });
    try {
      const port = await freePort();
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const cwd = mkdtempSync(join(tmpdir(), 'bb-start-'));
        const child = spawn(process.execPath, [BIN, 'start'], {
          cwd,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: cwd,
            ...HTTP_ENV,
            PORT: String(port),
            SLACK_API_URL: slack.apiUrl,
            LEDGER_PATH: join(cwd, 'l.db'),
          },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Slack refused SLACK_BOT_TOKEN');
      expect(result.stderr).not.toContain(HTTP_ENV.SLACK_BOT_TOKEN);
    } finally {
      await slack.close();
    }
  });
});
