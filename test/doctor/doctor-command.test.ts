import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDoctorCommand } from '../../src/doctor/doctor-command.js';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}

describe('runDoctorCommand (the wiring main.ts calls)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('on a fresh machine: no Slack is a warning, no AWS credentials is a failure with the fix', async () => {
    const home = mkdtempSync(join(tmpdir(), 'bb-doctor-'));
    vi.spyOn(process, 'cwd').mockReturnValue(home);
    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN',
      'SLACK_SIGNING_SECRET',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('HOME', home);
    vi.stubEnv('AWS_CONFIG_FILE', join(home, 'nope-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(home, 'nope-credentials'));
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    const out = sink();
    const err = sink();
    const code = await runDoctorCommand({ stdout: out.stream, stderr: err.stream });
    expect(code).toBe(1);
    expect(out.text()).toContain('! Slack is not configured');
    expect(out.text()).toContain('✗ No AWS credentials found');
    expect(out.text()).toContain('fix: Give the bot AWS credentials');
  });

  it('a bad setting: listed with its fix, exit 1', async () => {
    const home = mkdtempSync(join(tmpdir(), 'bb-doctor-'));
    vi.spyOn(process, 'cwd').mockReturnValue(home);
    vi.stubEnv('TOKEN_MAX_TTL', '2d');
    const out = sink();
    const code = await runDoctorCommand({ stdout: out.stream, stderr: sink().stream });
    expect(code).toBe(1);
    expect(out.text()).toContain('✗ TOKEN_MAX_TTL');
  });
});
