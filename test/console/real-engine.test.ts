/**
 * The console and the one-shot CLI on the real engine, parser and renderers, with the example
 * AWS port (the console's dry run) or the fake AWS port, an in-memory ledger and a fake clock.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runOnce, type RunJson } from '../../src/cli/run-command.js';
import { DRY_RUN_LABEL, runConsole } from '../../src/console/console.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import { createEngine } from '../../src/core/engine.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { createExampleAwsPort } from '../../src/dry-run/example-aws-port.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';

function engineOn(aws: AwsPort, clock = new FakeClock()) {
  return createEngine({
    aws,
    ledger: createMemoryLedger(),
    clock,
    ids: new SequentialIds(),
    settings: DEFAULT_SETTINGS,
    parse: (text) => Promise.resolve(parseRequest(text)),
    commandName: '/bedrock',
  });
}

async function consoleSession(
  lines: string[],
  aws: AwsPort,
  dryRun: boolean,
): Promise<{ code: number; out: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const done = runConsole({ engine: engineOn(aws), input, output, dryRun, operator: { displayName: 'ana' } });
  input.end(lines.map((l) => `${l}\n`).join(''));
  return { code: await done, out };
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}

describe('console on the real engine (dry run)', () => {
  it('token 2h: a labelled example token, only for you', async () => {
    const { code, out } = await consoleSession(['token 2h'], createExampleAwsPort(new FakeClock()), true);
    expect(code).toBe(0);
    expect(out).toContain(`[${DRY_RUN_LABEL}]`);
    expect(out).toContain('(only you can see this)');
    expect(out).toContain('bedrock-api-key-EXAMPLE');
  });

  it('create key for marketing, pick 1 (Confirm): the example key is shown', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { code, out } = await consoleSession(['create key for marketing', '1'], aws, true);
    expect(code).toBe(0);
    expect(out).toContain('[1] Confirm');
    expect(out).toContain('ABSKEXAMPLE');
    const user = await aws.getUser('marketing-bedrock-user');
    expect(user.ok && user.value !== null).toBe(true);
  });

  it('spend for marketing last 7 days: example figures as text, day by day and by service', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { code, out } = await consoleSession(
      ['create key for marketing', '1', 'spend for marketing last 7 days'],
      aws,
      true,
    );
    expect(code).toBe(0);
    const answer = out.slice(out.indexOf('Bedrock spend: marketing'));
    expect(answer).toMatch(/\$\d+\.\d\d in the last 7 days/);
    expect(answer).toContain('Period (UTC): 2026-02-24 to 2026-03-02');
    expect(answer.match(/^• (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ (Feb|Mar): \$/gm)).toHaveLength(7);
    expect(answer).toContain('• Claude Sonnet 4.6 (Amazon Bedrock Edition): $');
  });
});

describe('console: decide before acting', () => {
  it('an uncertain message gets a question with buttons, and a button runs its reading', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { code, out } = await consoleSession(['need bedrock', '1'], aws, true);
    expect(code).toBe(0);
    expect(out).toContain('Did you mean');
    expect(out).toContain('[1] A short-term token for you');
    expect(out).toContain('Help: what I can do');
    // Picking the first button runs "token": only then is a token issued.
    expect(out.indexOf('bedrock-api-key-EXAMPLE')).toBeGreaterThan(out.indexOf('Did you mean'));
  });

  it('chit-chat that shares our words is never acted on', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { out } = await consoleSession(['can you rotate the coffee rota this week?'], aws, true);
    expect(out).not.toContain('Confirm');
    expect(out).not.toContain('bedrock-api-key-EXAMPLE');
  });

  it('a Region that does not exist is refused with the reason, and nothing is issued', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { out } = await consoleSession(['token in us-east-7 for 2h'], aws, true);
    expect(out).toContain('"us-east-7" is not an AWS Region');
    expect(out).not.toContain('bedrock-api-key-EXAMPLE');
  });

  it('an impossible lifetime is refused, not clamped', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const { out } = await consoleSession(['token for 48 hours'], aws, true);
    expect(out).toContain('48 hours is longer than the 12-hour maximum');
    expect(out).not.toContain('bedrock-api-key-EXAMPLE');
  });
});

describe('one-shot CLI on the real engine', () => {
  async function run(
    text: string,
    flags: { yes?: boolean; dryRun?: boolean; json?: boolean },
    aws = new FakeAws({ clock: new FakeClock() }),
  ) {
    const out = sink();
    const err = sink();
    const code = await runOnce({
      engine: engineOn(aws),
      text,
      yes: flags.yes ?? false,
      dryRun: flags.dryRun ?? false,
      json: flags.json ?? false,
      stdinIsTTY: false,
      stdout: out.stream,
      stderr: err.stream,
      operator: { displayName: 'ana' },
    });
    return { code, stdout: out.text(), stderr: err.text(), aws };
  }

  it('token 2h --json: the token in credential only', async () => {
    const r = await run('token 2h', { json: true });
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as RunJson;
    expect(body.outcome).toBe('token');
    expect(body.credential?.kind).toBe('bearer-token');
    const secret = r.aws.issuedSecrets[0] ?? 'missing';
    expect(r.stdout.split(secret).length - 1).toBe(1);
  });

  it('create key without --yes on a pipe: exit 3 and no AWS change', async () => {
    const r = await run('create key for marketing', {});
    expect(r.code).toBe(3);
    expect(r.aws.mutatingCalls()).toEqual([]);
  });

  it('create key --dry-run --yes: exit 0 and no AWS change', async () => {
    const r = await run('create key for marketing', { yes: true, dryRun: true });
    expect(r.code).toBe(0);
    expect(r.aws.mutatingCalls()).toEqual([]);
  });

  it('create key --yes --json: the key in credential', async () => {
    const r = await run('create key for marketing', { yes: true, json: true });
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as RunJson;
    expect(body.outcome).toBe('key-created');
    expect(body.credential?.kind).toBe('api-key');
    for (const s of r.aws.issuedSecrets) expect(body.message).not.toContain(s);
  });

  it('AccessDenied on CreateUser --yes: exit 1 with the explained failure', async () => {
    const aws = new FakeAws({ clock: new FakeClock() }).failAlways('createUser', 'AccessDenied');
    const r = await run('create key for marketing', { yes: true, json: true }, aws);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as RunJson;
    expect(body.outcome).toBe('failure');
    expect(body.error?.fix.length).toBeGreaterThan(0);
  });

  it('rotate --yes: the new key, the old one left active with the command to revoke it', async () => {
    const aws = new FakeAws({ clock: new FakeClock() });
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    const oldKey = aws.seedApiKey('marketing-bedrock-user');
    const r = await run('rotate key for marketing', { yes: true, json: true }, aws);
    const body = JSON.parse(r.stdout) as RunJson;
    expect(r.code).toBe(0);
    expect(body.outcome).toBe('key-created');
    expect(body.credential?.kind).toBe('api-key');
    expect(body.next).toContain(`bedrock-bot run "revoke key ${oldKey} for marketing" --yes`);
    expect(aws.userState('marketing-bedrock-user')?.apiKeys.map((k) => k.credentialId)).toContain(oldKey);
    expect(parseRequest(`revoke key ${oldKey} for marketing`)).toMatchObject({
      intent: 'revoke',
      keyId: oldKey,
      businessUnit: 'marketing',
    });
  });

  it('gibberish: exit 2', async () => {
    const r = await run('qwertyuiop asdf', { json: true });
    expect(r.code).toBe(2);
  });
});
