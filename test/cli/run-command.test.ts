import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT, runOnce, type RunJson, type RunOnceOptions } from '../../src/cli/run-command.js';
import type { BotEngine } from '../../src/core/engine-api.js';
import { createStubEngine, type StubEngine } from '../console/stub-engine.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  aws: FakeAws;
  engine: StubEngine;
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  return { stream, text: () => text };
}

async function run(
  text: string,
  flags: Partial<Pick<RunOnceOptions, 'yes' | 'dryRun' | 'json' | 'stdinIsTTY' | 'stdin'>> = {},
  setup: (aws: FakeAws) => void = () => undefined,
  engineOverride?: (aws: FakeAws) => BotEngine,
): Promise<Run> {
  const aws = new FakeAws({ clock: new FakeClock() });
  setup(aws);
  const engine = createStubEngine(aws);
  const out = sink();
  const err = sink();
  const code = await runOnce({
    engine: engineOverride?.(aws) ?? engine,
    text,
    yes: flags.yes ?? false,
    dryRun: flags.dryRun ?? false,
    json: flags.json ?? false,
    stdinIsTTY: flags.stdinIsTTY ?? false,
    stdout: out.stream,
    stderr: err.stream,
    operator: { displayName: 'ana' },
    ...(flags.stdin === undefined ? {} : { stdin: flags.stdin }),
  });
  return { code, stdout: out.text(), stderr: err.text(), aws, engine };
}

function json(r: Run): RunJson {
  return JSON.parse(r.stdout) as RunJson;
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('bedrock-bot run', () => {
  it('an empty request is a usage error (2)', async () => {
    const r = await run('   ');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('Usage: bedrock-bot run');
    expect(r.engine.texts).toEqual([]);
  });

  it('"token 2h": exit 0, the token printed, as the local operator on the cli surface', async () => {
    const r = await run('token 2h');
    expect(r.code).toBe(EXIT.ok);
    const token = r.aws.issuedSecrets[0] ?? 'missing';
    expect(r.stdout).toContain(token);
    expect(r.stdout).not.toContain('[1] Dismiss');
    expect(r.engine.texts[0]).toMatchObject({
      text: 'token 2h',
      surface: 'cli',
      requester: { userId: 'local-operator', displayName: 'ana', isAdmin: true },
    });
  });

  it('--json for a token: a stable object with the credential, the secret only there', async () => {
    const r = await run('token 2h', { json: true });
    expect(r.code).toBe(0);
    const body = json(r);
    const token = r.aws.issuedSecrets[0] ?? 'missing';
    expect(body).toMatchObject({ ok: true, exitCode: 0, outcome: 'token' });
    expect(body.credential).toEqual({
      kind: 'bearer-token',
      token,
      expiresAt: '2026-03-02T12:00:00.000Z',
      region: 'us-east-1',
      signerArn: 'arn:aws:iam::123456789012:user/bedrock-bot',
    });
    expect(typeof body.message).toBe('string');
    expect(body.message).not.toContain(token);
    expect(occurrences(r.stdout, token)).toBe(1);
  });

  describe('confirmation', () => {
    it('without --yes on a non-interactive stdin: nothing is done, exit 3, the request withdrawn', async () => {
      const r = await run('create key for marketing');
      expect(r.code).toBe(EXIT.confirmationRequired);
      expect(r.stderr).toContain('Confirmation required: nothing was changed. Re-run with --yes');
      expect(r.stdout).toContain('Create a long-term Bedrock API key for marketing');
      expect(r.stdout).not.toContain('[1] Confirm');
      expect(r.aws.mutatingCalls()).toEqual([]);
      expect(r.engine.actions.map((a) => a.action)).toEqual(['cancel']);
    });

    it('without --yes, --json says so in the object', async () => {
      const r = await run('create key for marketing', { json: true });
      expect(r.code).toBe(3);
      expect(json(r)).toMatchObject({
        ok: false,
        exitCode: 3,
        outcome: 'plan',
        requestId: 'req-1',
        next: expect.stringContaining('--yes'),
      });
      expect(r.aws.mutatingCalls()).toEqual([]);
    });

    it('a terminal without a way to ask (no stdin given) never confirms either', async () => {
      const r = await run('create key for marketing', { stdinIsTTY: true });
      expect(r.code).toBe(3);
      expect(r.aws.mutatingCalls()).toEqual([]);
    });

    it('--yes confirms: exit 0, plan then key in text mode', async () => {
      const r = await run('create key for marketing', { yes: true });
      expect(r.code).toBe(EXIT.ok);
      expect(r.engine.actions).toEqual([
        expect.objectContaining({ action: 'confirm', requestId: 'req-1', surface: 'cli' }),
      ]);
      expect(r.aws.callsTo('createApiKey')).toEqual([['marketing-bedrock-user', 30]]);
      const secret = r.aws.issuedSecrets[0] ?? 'missing';
      expect(r.stdout.indexOf('Create a long-term Bedrock API key for marketing')).toBeLessThan(
        r.stdout.indexOf(secret),
      );
    });

    it('--yes --json: the API key in `credential`, never in `message`', async () => {
      const r = await run('create key for marketing', { yes: true, json: true });
      expect(r.code).toBe(0);
      const body = json(r);
      const secret = r.aws.issuedSecrets[0] ?? 'missing';
      expect(body).toMatchObject({ ok: true, exitCode: 0, outcome: 'key-created', requestId: 'req-1' });
      expect(body.credential).toMatchObject({
        kind: 'api-key',
        userName: 'marketing-bedrock-user',
        apiKey: secret,
        region: 'us-east-1',
      });
      expect(body.credential && 'credentialId' in body.credential && body.credential.credentialId).toMatch(
        /^ACCA/,
      );
      expect(body.message).not.toContain(secret);
      expect(occurrences(r.stdout, secret)).toBe(1);
    });

    it('--dry-run never executes, even with --yes', async () => {
      for (const json of [false, true]) {
        const r = await run('create key for marketing', { dryRun: true, yes: true, json });
        expect(r.code).toBe(EXIT.ok);
        expect(r.aws.mutatingCalls()).toEqual([]);
        expect(r.engine.actions.map((a) => a.action)).toEqual(['cancel']);
        if (json)
          expect(JSON.parse(r.stdout)).toMatchObject({
            outcome: 'plan',
            next: expect.stringContaining('Dry run: nothing was changed'),
          });
        else expect(r.stderr).toContain('Dry run: nothing was changed');
      }
    });

    it('on a terminal, asks: "y" confirms', async () => {
      const stdin = new PassThrough();
      stdin.end('y\n');
      const r = await run('create key for marketing', { stdinIsTTY: true, stdin });
      expect(r.stderr).toContain('Confirm? [y/N]');
      expect(r.code).toBe(0);
      expect(r.aws.callsTo('createApiKey')).toHaveLength(1);
    });

    it('on a terminal, asks: anything else changes nothing (exit 3)', async () => {
      for (const answer of ['n\n', '\n', '']) {
        const stdin = new PassThrough();
        stdin.end(answer);
        const r = await run('create key for marketing', { stdinIsTTY: true, stdin });
        expect(r.code).toBe(3);
        expect(r.stderr).toContain('Not confirmed: nothing was changed.');
        expect(r.aws.mutatingCalls()).toEqual([]);
      }
    });

    it('a destructive plan is not performed without --yes', async () => {
      const r = await run('delete legacy', {}, (aws) => aws.seedUser({ userName: 'legacy-bedrock-user' }));
      expect(r.code).toBe(3);
      expect(r.aws.userState('legacy-bedrock-user')).toBeDefined();
      expect(r.aws.mutatingCalls()).toEqual([]);
    });
  });

  describe('exit codes', () => {
    it('an AWS failure after confirming: 1, with the explained error in JSON', async () => {
      const r = await run('create key for marketing', { yes: true, json: true }, (aws) =>
        aws.failNext('createApiKey', 'AccessDenied'),
      );
      expect(r.code).toBe(EXIT.failure);
      expect(json(r)).toMatchObject({
        ok: false,
        exitCode: 1,
        outcome: 'failure',
        error: { title: 'Could not create the key', fix: ['Ask an AWS administrator.'], retryable: false },
      });
      expect(json(r).credential).toBeUndefined();
    });

    it('a request the bot does not understand: 2', async () => {
      const r = await run('make me a sandwich', { json: true });
      expect(r.code).toBe(EXIT.usage);
      expect(json(r).outcome).toBe('unknown');
    });

    it('an ambiguous request: 2, with the precise requests to re-run', async () => {
      const r = await run('key or token');
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toContain('bedrock-bot run "token"');
      expect(r.stderr).toContain('bedrock-bot run "create key for marketing"');
      expect(r.engine.actions).toEqual([]);
    });

    it('a refusal: 4', async () => {
      const r = await run('forbidden', { json: true });
      expect(r.code).toBe(EXIT.refused);
      expect(json(r)).toMatchObject({ ok: false, outcome: 'refused' });
    });

    it('an engine crash: 1, reported without a stack', async () => {
      const r = await run('boom');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('The bot failed unexpectedly: stub engine exploded\n');
      const j = await run('boom', { json: true });
      expect(json(j)).toEqual({
        ok: false,
        exitCode: 1,
        outcome: 'error',
        dryRun: false,
        message: 'The bot failed unexpectedly: stub engine exploded',
      });
    });
  });
});
