/**
 * The CLI contract: every row of the README's command table and exit-status table, run as an
 * operator runs it (the real binary, in a child process, in an empty directory). Where AWS is
 * needed, the real AWS SDK clients talk to a local HTTP server standing in for IAM, STS and Bedrock
 * (AWS_ENDPOINT_URL), which records every action it receives: dry runs are proven to send no write,
 * no AssumeRole, and to print no token.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/run-command.js';

const BIN = join(import.meta.dirname, '../../bin/bedrock-bot.js');

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary; async so the in-process AWS stand-in can answer meanwhile. */
function run(args: string[], env: Record<string, string> = {}, input = ''): Promise<Ran> {
  const cwd = mkdtempSync(join(tmpdir(), 'bb-contract-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        AWS_EC2_METADATA_DISABLED: 'true',
        LEDGER_PATH: join(cwd, 'ledger.db'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

function json(r: Ran): Record<string, unknown> {
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

// ------------------------------------------------------------------ the AWS stand-in

const ACCOUNT = '123456789012';
const NS = 'xmlns="https://iam.amazonaws.com/doc/2010-05-08/"';
/** Every action the stand-in received, in order ("iam:GetUser", "sts:AssumeRole", "bedrock:ListFoundationModels"). */
const seen: string[] = [];
let server: Server;
let endpoint = '';

/** A unit the bot made (created-by=bedrock-bot under /bedrock/): one it may act on. */
const MARKETING_TAGS =
  '<member><Key>business-unit</Key><Value>marketing</Value></member><member><Key>created-by</Key><Value>bedrock-bot</Value></member>';

function userMember(name: string): string {
  return `<Path>/bedrock/</Path><UserName>${name}</UserName><UserId>AIDAEXAMPLE${name.length}</UserId><Arn>arn:aws:iam::${ACCOUNT}:user/bedrock/${name}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate>`;
}

function ok(action: string, result: string): string {
  return `<${action}Response ${NS}><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`;
}

function error(code: string, message: string): string {
  return `<ErrorResponse ${NS}><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-err</RequestId></ErrorResponse>`;
}

const READS = new Set([
  'sts:GetCallerIdentity',
  'iam:GetUser',
  'iam:ListUsers',
  'iam:ListUserTags',
  'iam:ListAccessKeys',
  'iam:GetAccessKeyLastUsed',
  'iam:ListServiceSpecificCredentials',
  'iam:ListAttachedUserPolicies',
  'iam:ListUserPolicies',
  'iam:ListGroupsForUser',
  'iam:GetLoginProfile',
  'bedrock:ListFoundationModels',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetFoundationModelAvailability',
  'iam:GetPolicy',
]);

function answer(req: IncomingMessage, body: string, res: ServerResponse): void {
  if (req.method === 'GET' && (req.url ?? '').startsWith('/foundation-models')) {
    seen.push('bedrock:ListFoundationModels');
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        modelSummaries: [
          {
            modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
            modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            modelName: 'Claude Sonnet 4.5',
            providerName: 'Anthropic',
            inputModalities: ['TEXT'],
            outputModalities: ['TEXT'],
            inferenceTypesSupported: ['INFERENCE_PROFILE'],
            modelLifecycle: { status: 'ACTIVE' },
          },
        ],
      }),
    );
    return;
  }
  if (req.method === 'GET' && (req.url ?? '').startsWith('/inference-profiles')) {
    seen.push('bedrock:ListInferenceProfiles');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ inferenceProfileSummaries: [] }));
    return;
  }
  const params = new URLSearchParams(body);
  const action = params.get('Action') ?? `unknown ${req.method} ${req.url}`;
  const service = ['GetCallerIdentity', 'AssumeRole'].includes(action) ? 'sts' : 'iam';
  seen.push(`${service}:${action}`);
  res.setHeader('content-type', 'text/xml');
  const user = params.get('UserName') ?? '';
  const empty = '<IsTruncated>false</IsTruncated>';
  switch (action) {
    case 'GetCallerIdentity':
      res.end(
        ok(
          action,
          `<Arn>arn:aws:iam::${ACCOUNT}:user/bot</Arn><UserId>AIDABOT</UserId><Account>${ACCOUNT}</Account>`,
        ),
      );
      return;
    case 'GetUser':
      if (user === 'marketing-bedrock-user') {
        res.end(ok(action, `<User>${userMember(user)}<Tags>${MARKETING_TAGS}</Tags></User>`));
      } else {
        res.statusCode = 404;
        res.end(error('NoSuchEntity', `The user with name ${user} cannot be found.`));
      }
      return;
    case 'ListUsers':
      res.end(ok(action, `<Users><member>${userMember('marketing-bedrock-user')}</member></Users>${empty}`));
      return;
    case 'ListUserTags':
      res.end(ok(action, `<Tags>${MARKETING_TAGS}</Tags>${empty}`));
      return;
    case 'ListAccessKeys': {
      // Two access keys: IAM's limit, so a third is refused (exit 4).
      const key = (id: string) =>
        `<member><UserName>${user}</UserName><AccessKeyId>${id}</AccessKeyId><Status>Active</Status><CreateDate>2026-01-01T00:00:00Z</CreateDate></member>`;
      res.end(
        ok(
          action,
          `<AccessKeyMetadata>${key('AKIAIOSFODNN7EXAMPLE')}${key('AKIAI44QH8DHBEXAMPLE')}</AccessKeyMetadata>${empty}`,
        ),
      );
      return;
    }
    case 'GetAccessKeyLastUsed':
      res.end(
        ok(
          action,
          `<UserName>${user}</UserName><AccessKeyLastUsed><Region>N/A</Region><ServiceName>N/A</ServiceName></AccessKeyLastUsed>`,
        ),
      );
      return;
    case 'ListServiceSpecificCredentials':
      res.end(ok(action, '<ServiceSpecificCredentials></ServiceSpecificCredentials>'));
      return;
    case 'ListAttachedUserPolicies':
      res.end(ok(action, `<AttachedPolicies></AttachedPolicies>${empty}`));
      return;
    case 'ListUserPolicies':
      res.end(ok(action, `<PolicyNames></PolicyNames>${empty}`));
      return;
    case 'ListGroupsForUser':
      res.end(ok(action, `<Groups></Groups>${empty}`));
      return;
    case 'GetLoginProfile':
      // No console password: a user the bot manages (core/managed-user.ts).
      res.statusCode = 404;
      res.end(error('NoSuchEntity', `Login Profile for User ${user} cannot be found.`));
      return;
    default:
      // Writes and AssumeRole: refused, and recorded above.
      res.statusCode = 403;
      res.end(
        error(
          'AccessDenied',
          `User: arn:aws:iam::${ACCOUNT}:user/bot is not authorized to perform: ${service}:${action}`,
        ),
      );
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen.length = 0;
});

/** Credentials (fake) and every AWS endpoint on the stand-in, with a signing role configured. */
function awsEnv(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: endpoint,
    AWS_MAX_ATTEMPTS: '1',
    TOKEN_SIGNING_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/bedrock-token-signer`,
  };
}

const SDK_WARNING = 'NodeVersionSupportWarning';

// ------------------------------------------------------------------ the command table

describe('README command table', () => {
  it('`bedrock-bot --help` lists every command; `--version` prints the version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['start', 'console', 'run', 'doctor', 'policy', 'parse'])
      expect(help.stdout).toContain(command);
    const runHelp = await run(['run', '--help']);
    expect(runHelp.status).toBe(0);
    expect(runHelp.stdout).toContain('Exit status: 0 ok, 1 AWS failure, 2 bad input, 3 confirmation needed');
    const version = await run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('`npm start` / `start` with no Slack settings: the local console, said so on stderr', async () => {
    const r = await run(['start'], {}, 'exit\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('No Slack settings found: opening the local console');
    expect(r.stdout).toContain('Bye.');
  });

  it('`console`: the local console (dry run without credentials), no SDK warning in the output', async () => {
    const r = await run(['console'], {}, 'token 2h\nexit\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bedrock-bot console');
    expect(r.stdout).toContain('DRY RUN');
    expect(r.stdout).toContain('bedrock-api-key-EXAMPLE');
    expect(r.stdout + r.stderr).not.toContain(SDK_WARNING);
  });

  it('`run "token 2h" --json` signs a token (here: the signing role refuses, exit 1 with the explained error)', async () => {
    const r = await run(['run', 'token 2h', '--json'], awsEnv());
    expect(seen).toContain('sts:AssumeRole');
    expect(r.status).toBe(1);
    expect(json(r)).toMatchObject({ ok: false, exitCode: 1, outcome: 'failure', dryRun: false });
    expect(r.stderr).not.toContain(SDK_WARNING);
  });

  it('`run "token 2h" --dry-run --json` with credentials: a plan, dryRun: true, no AssumeRole, no token', async () => {
    const r = await run(['run', 'token 2h', '--dry-run', '--json'], awsEnv());
    expect(r.status).toBe(0);
    const body = json(r);
    expect(body).toMatchObject({ ok: true, dryRun: true, outcome: 'plan', plan: { kind: 'token' } });
    expect(body.credential).toBeUndefined();
    expect(r.stdout).not.toContain('bedrock-api-key-');
    expect(seen.filter((a) => !READS.has(a))).toEqual([]);
  });

  for (const request of [
    'create key for marketing',
    'create access key for sales',
    'rotate access key for marketing',
    'revoke all keys for marketing',
    'deprovision marketing',
    'list',
    'details for marketing',
    'models',
  ]) {
    it(`\`run "${request}" --dry-run --yes --json\`: only reads reach AWS`, async () => {
      const r = await run(['run', request, '--dry-run', '--yes', '--json'], awsEnv());
      expect(r.status).toBe(0);
      expect(json(r)).toMatchObject({ dryRun: true });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((a) => !READS.has(a))).toEqual([]);
    });
  }

  it('`run "create key for marketing"` without --yes: the plan, exit 3, nothing written', async () => {
    const r = await run(['run', 'create key for marketing', '--json'], awsEnv());
    expect(r.status).toBe(3);
    expect(json(r)).toMatchObject({ exitCode: 3, outcome: 'plan', plan: { mode: 'confirm' } });
    expect(seen.filter((a) => !READS.has(a))).toEqual([]);
  });

  it('`run "list" --json`: the units as data', async () => {
    const r = await run(['run', 'list', '--json'], awsEnv());
    expect(r.status).toBe(0);
    expect(json(r)).toMatchObject({ outcome: 'business-units', units: [{ businessUnit: 'marketing' }] });
  });

  it('`doctor`: checks and the fix for each failure (no credentials: exit 1)', async () => {
    const r = await run(['doctor']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/credentials/i);
    expect(r.stdout + r.stderr).not.toContain(SDK_WARNING);
  });

  it('`policy --account 123456789012 --json`: the policies as JSON; a bad account is bad input (2)', async () => {
    const r = await run(['policy', '--account', ACCOUNT, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.stringify(json(r))).toContain(ACCOUNT);
    const bad = await run(['policy', '--account', '12345']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('The account ID must be 12 digits');
    expect(bad.stdout).toBe('');
  });

  it('`parse "key for marketing owner x@co.com"`, and `--jsonl` from stdin', async () => {
    const r = await run(['parse', 'key for marketing owner x@co.com']);
    expect(r.status).toBe(0);
    expect(json(r)).toMatchObject({ intent: 'create_key', businessUnit: 'marketing', owner: 'x@co.com' });
    const lines = await run(['parse', '--jsonl'], {}, 'token 2h\nlist\n');
    expect(lines.status).toBe(0);
    expect(
      lines.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { intent: string }).intent),
    ).toEqual(['token', 'list']);
  });
});

// ------------------------------------------------------------------ the exit statuses

describe('README exit statuses: 0 ok, 1 AWS failure, 2 bad input, 3 confirmation needed, 4 refused', () => {
  it('0: a request that worked (help; a dry run without credentials)', async () => {
    expect((await run(['run', 'help'])).status).toBe(0);
    const dry = await run(['run', 'token 2h', '--dry-run', '--json']);
    expect(dry.status).toBe(0);
    expect(json(dry)).toMatchObject({ ok: true, dryRun: true });
  });

  it('1: AWS failure (no credentials found), with what to do', async () => {
    const r = await run(['run', 'token 2h']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--dry-run');
  });

  it('2: bad input, argument errors included, before any AWS concern', async () => {
    const cases: { args: string[]; says: RegExp }[] = [
      { args: ['run'], says: /missing required argument/ },
      { args: ['run', ''], says: /request is empty/ },
      { args: ['run', 'token', '--bogus'], says: /unknown option '--bogus'/ },
      {
        args: ['frobnicate'],
        says: /unknown command "frobnicate"\. Known commands: start, console, run, doctor, policy, audit, parse/,
      },
      { args: ['start', 'extra'], says: /too many arguments/ },
    ];
    for (const c of cases) {
      const r = await run(c.args);
      expect({ args: c.args, status: r.status }).toEqual({ args: c.args, status: 2 });
      expect(r.stderr).toMatch(c.says);
      expect(r.stderr).not.toMatch(/credentials/i);
    }
    const values: { request: string; says: string }[] = [
      { request: 'token 2h in us-east-7', says: '"us-east-7" is not an AWS Region' },
      { request: 'token 48h', says: 'longer than the 12-hour maximum' },
      { request: 'token 2h in mars-west-1', says: '"mars-west-1" is not an AWS Region' },
      { request: 'models in us-east-7', says: '"us-east-7" is not an AWS Region' },
      { request: 'token 0m', says: 'must be positive' },
      { request: 'make me a sandwich', says: '' },
    ];
    for (const v of values) {
      const r = await run(['run', v.request]);
      expect({ request: v.request, status: r.status }).toEqual({ request: v.request, status: 2 });
      expect(r.stdout).toContain(v.says);
    }
  }, 90_000);

  it('3: confirmation needed (a change without --yes)', async () => {
    const r = await run(['run', 'deprovision marketing'], awsEnv());
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('Re-run with --yes');
  });

  it('4: refused (a third access key: IAM allows two)', async () => {
    const r = await run(['run', 'create access key for marketing', '--json'], awsEnv());
    expect(r.status).toBe(4);
    expect(json(r)).toMatchObject({ ok: false, exitCode: 4, outcome: 'slots-full' });
  });
});

// ------------------------------------------------------------------ the tables themselves

describe('the README tables are the ones this suite covers', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

  it('command table: console, run, doctor, policy, parse (each has tests above), audit (test/cli/audit-command.test.ts)', () => {
    const commands = [...readme.matchAll(/^\| `npx bedrock-bot (\w+)/gm)].map((m) => m[1]);
    expect(commands).toEqual(['console', 'run', 'doctor', 'policy', 'parse', 'audit']);
  });

  it('exit-status table: 0 to 4, the same as the run row and the CLI constants', () => {
    const rows = [...readme.matchAll(/^\| ([0-9]) +\| (.+?) +\|$/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual([0, 1, 2, 3, 4]);
    expect(readme).toContain(
      'exit status 0 ok, 1 AWS failure, 2 bad input, 3 confirmation needed, 4 refused',
    );
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2, confirmationRequired: 3, refused: 4 });
  });
});
