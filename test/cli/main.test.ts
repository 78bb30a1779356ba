/**
 * The real `bedrock-bot` binary, as an operator runs it (built by `npm test` / `npm ci` first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
    for (const command of ['start', 'console', 'run', 'doctor', 'policy', 'parse']) expect(result.stdout).toContain(command);
  });

  it('says what is wrong with an unknown command', () => {
    const result = run(['frobnicate']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command|too many arguments/);
  });
});
