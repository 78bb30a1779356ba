/**
 * Every snippet kind the bot prints is run, with the real client where this machine has it, against
 * a local endpoint that checks what Bedrock checks: the path (model ID percent-encoded), the
 * Authorization header (the bearer token, or a SigV4 signature the test recomputes with the secret,
 * the canonical path encoded twice as AWS does for every service but S3) and the body's shape.
 *
 * curl, node with the real AWS SDK v3 and the Anthropic SDK (devDependencies) always run. The AWS CLI
 * and python3 with boto3 run when installed; otherwise those tests check the syntax
 * (`bash -n`, `python3 -m py_compile`) and say so in their names.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createH2Server, type Http2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  anthropicSdk,
  autoRefreshJavascript,
  awsCliConverse,
  claudeCode,
  curlBearer,
  javascriptConverse,
  pythonConverse,
  RUNTIME_ORIGIN_SHELL,
} from '../../src/render/snippets.js';

const run = promisify(execFile);
const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const REGION = 'us-east-1';
const TOKEN = 'bedrock-api-key-QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=&Version=1';
const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const REPLY = 'Hi from the local Bedrock';

interface Seen {
  method: string;
  rawPath: string;
  headers: Record<string, string>;
  body: string;
  problems: string[];
}

const seen: Seen[] = [];

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const HAS_CURL = has('curl', ['--version']);
const HAS_AWS_CLI = has('aws', ['--version']);
const HAS_BOTO3 = has('python3', ['-c', 'import boto3']);
const HAS_PYTHON = has('python3', ['--version']);

// ------------------------------------------------------------------ SigV4, recomputed as AWS does

/** RFC 3986 encoding of everything but unreserved characters (AWS's UriEncode). */
function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** Problems with the request's SigV4 signature; empty when AWS would accept it. */
function sigV4Problems(s: Omit<Seen, 'problems'>): string[] {
  const auth = s.headers.authorization ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return [`not a SigV4 Authorization header: ${auth.slice(0, 40)}`];
  const [, keyId, date, region, service, signedHeaders, signature] = m as unknown as string[];
  const problems: string[] = [];
  if (keyId !== ACCESS_KEY_ID) problems.push(`signed with ${keyId}`);
  if (region !== REGION) problems.push(`signed for ${region}`);
  if (service !== 'bedrock') problems.push(`signed for service ${service}`);
  const [path, query = ''] = s.rawPath.split('?');
  // Every service but S3: each path segment is encoded again (":" travels as %3A, is signed as %253A).
  const canonicalUri = (path ?? '').split('/').map(uriEncode).join('/');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((kv) =>
      kv
        .split('=')
        .map((x) => uriEncode(decodeURIComponent(x)))
        .join('='),
    )
    .sort()
    .join('&');
  const names = (signedHeaders ?? '').split(';');
  const header = (n: string): string =>
    n === 'host' ? (s.headers.host ?? s.headers[':authority'] ?? '') : (s.headers[n] ?? '');
  const canonicalHeaders = names.map((n) => `${n}:${header(n).trim().replace(/\s+/g, ' ')}\n`).join('');
  const payloadHash = s.headers['x-amz-content-sha256'] ?? sha256(s.body);
  if (payloadHash !== sha256(s.body) && payloadHash !== 'UNSIGNED-PAYLOAD')
    problems.push('payload hash mismatch');
  const canonicalRequest = [
    s.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', s.headers['x-amz-date'] ?? '', scope, sha256(canonicalRequest)].join(
    '\n',
  );
  const key = hmac(
    hmac(hmac(hmac(`AWS4${SECRET}`, date ?? ''), region ?? ''), service ?? ''),
    'aws4_request',
  );
  if (createHmac('sha256', key).update(toSign).digest('hex') !== signature)
    problems.push('signature mismatch');
  return problems;
}

// ------------------------------------------------------------------ the local Bedrock runtime

function check(s: Omit<Seen, 'problems'>): { status: number; body: unknown; problems: string[] } {
  const problems: string[] = [];
  const [path] = s.rawPath.split('?');
  const route = /^\/model\/([^/]+)\/(converse|invoke)$/.exec(path ?? '');
  if (s.method !== 'POST' || !route)
    return { status: 404, body: { message: 'UnknownOperation' }, problems: [`${s.method} ${path}`] };
  // Bedrock takes ':' raw or as %3A (the Anthropic SDK sends it raw); what must match is the signature.
  if (decodeURIComponent(route[1] ?? '') !== MODEL)
    problems.push(`model ${decodeURIComponent(route[1] ?? '')}`);
  const auth = s.headers.authorization ?? '';
  if (auth.startsWith('Bearer ')) {
    const token = auth.slice('Bearer '.length);
    if (token !== TOKEN && !token.startsWith('bedrock-api-key-')) problems.push('unknown bearer token');
  } else {
    problems.push(...sigV4Problems(s));
  }
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(s.body) as Record<string, unknown>;
  } catch {
    problems.push('body is not JSON');
  }
  const messages = body.messages as { role?: string; content?: unknown }[] | undefined;
  if (!Array.isArray(messages) || messages[0]?.role !== 'user') problems.push('no user message');
  if (route[2] === 'converse') {
    const content = messages?.[0]?.content as { text?: string }[] | undefined;
    if (!Array.isArray(content) || typeof content[0]?.text !== 'string')
      problems.push('Converse content is not [{ text }]');
    if (problems.length > 0) return { status: 403, body: { message: problems.join('; ') }, problems };
    return {
      status: 200,
      body: {
        output: { message: { role: 'assistant', content: [{ text: REPLY }] } },
        stopReason: 'end_turn',
        usage: { inputTokens: 1, outputTokens: 5, totalTokens: 6 },
        metrics: { latencyMs: 1 },
      },
      problems,
    };
  }
  // InvokeModel with the Anthropic Messages body.
  if (typeof body.anthropic_version !== 'string') problems.push('no anthropic_version');
  if (typeof body.max_tokens !== 'number') problems.push('no max_tokens');
  if (problems.length > 0) return { status: 403, body: { message: problems.join('; ') }, problems };
  return {
    status: 200,
    body: {
      id: 'msg_local',
      type: 'message',
      role: 'assistant',
      model: MODEL,
      content: [{ type: 'text', text: REPLY }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 1, output_tokens: 5 },
    },
    problems,
  };
}

type Req = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
} & NodeJS.ReadableStream;
type Res = { statusCode: number; setHeader(n: string, v: string): void; end(b: string): void };

function handler(req: Req, res: Res): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v ?? '')]),
    );
    const s = {
      method: req.method ?? '',
      rawPath: req.url ?? '',
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const answer = check(s);
    seen.push({ ...s, problems: answer.problems });
    res.statusCode = answer.status;
    res.setHeader('content-type', 'application/json');
    if (answer.status !== 200) res.setHeader('x-amzn-errortype', 'AccessDeniedException');
    res.end(JSON.stringify(answer.body));
  });
}

let http1: Server;
let http2: Http2Server;
let origin: string;
let h2Origin: string;
let dir: string;

beforeAll(async () => {
  http1 = createServer((req, res) => handler(req as unknown as Req, res));
  http2 = createH2Server((req, res) => handler(req as unknown as Req, res as unknown as Res));
  await new Promise<void>((r) => http1.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => http2.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(http1.address() as AddressInfo).port}`;
  h2Origin = `http://127.0.0.1:${(http2.address() as AddressInfo).port}`;
  // Scripts live outside the repo; node finds the real packages through a node_modules link.
  dir = mkdtempSync(join(tmpdir(), 'bb-snippets-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
});

afterAll(async () => {
  http1.closeAllConnections();
  await new Promise<void>((r) => http1.close(() => r()));
  await new Promise<void>((r) => http2.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen.length = 0;
});

/** A clean environment: no AWS settings of the machine's, no config files. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('ANTHROPIC')),
  );
  return {
    ...base,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: REGION,
    ...extra,
  };
}

const BEARER = { AWS_BEARER_TOKEN_BEDROCK: TOKEN };
const KEYS = { AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET };

function expectOneGoodRequest(route: 'converse' | 'invoke', auth: 'bearer' | 'sigv4'): void {
  expect(seen).toHaveLength(1);
  const s = seen[0] as Seen;
  expect(s.problems).toEqual([]);
  expect(decodeURIComponent(s.rawPath)).toBe(`/model/${MODEL}/${route}`);
  if (auth === 'bearer') expect(s.headers.authorization).toMatch(/^Bearer bedrock-api-key-/);
  else expect(s.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\//);
}

/** Python between the heredoc markers. */
function pythonPart(snippet: string): string {
  const m = /<<'PY'\n([\s\S]*?)\nPY$/.exec(snippet);
  if (!m?.[1]) throw new Error('no heredoc');
  return m[1];
}

describe('snippets, run against a local Bedrock', () => {
  it.runIf(HAS_CURL)('curl with a bearer token', async () => {
    const snippet = curlBearer(MODEL);
    expect(snippet).toContain(RUNTIME_ORIGIN_SHELL);
    const { stdout } = await run('bash', ['-c', snippet.replace(RUNTIME_ORIGIN_SHELL, origin)], {
      env: env(BEARER),
    });
    expect(stdout).toContain(REPLY);
    expectOneGoodRequest('converse', 'bearer');
    expect(seen[0]?.rawPath).toBe(`/model/${encodeURIComponent(MODEL)}/converse`);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it.runIf(HAS_AWS_CLI)('the AWS CLI with access keys (SigV4, recomputed here)', async () => {
    const { stdout } = await run('bash', ['-c', awsCliConverse(MODEL)], {
      env: env({ ...KEYS, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: origin }),
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe(REPLY);
    expectOneGoodRequest('converse', 'sigv4');
  });

  it.runIf(!HAS_AWS_CLI)(
    'the AWS CLI snippet is valid shell (no aws CLI on this machine to run it)',
    async () => {
      await run('bash', ['-n', '-c', awsCliConverse(MODEL)]);
    },
  );

  describe.runIf(HAS_BOTO3)('python3 with boto3', () => {
    it('with a bearer token', async () => {
      const child = run('python3', ['-'], {
        env: env({ ...BEARER, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: origin }),
        timeout: 60_000,
      });
      child.child.stdin?.end(pythonPart(pythonConverse(MODEL, true)));
      const { stdout } = await child;
      expect(stdout.trim()).toBe(REPLY);
      expectOneGoodRequest('converse', 'bearer');
    });

    it('with access keys (SigV4, recomputed here)', async () => {
      const child = run('python3', ['-'], {
        env: env({ ...KEYS, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: origin }),
        timeout: 60_000,
      });
      child.child.stdin?.end(pythonPart(pythonConverse(MODEL, false)));
      const { stdout } = await child;
      expect(stdout.trim()).toBe(REPLY);
      expectOneGoodRequest('converse', 'sigv4');
    });
  });

  it.runIf(!HAS_BOTO3 && HAS_PYTHON)(
    'the Python snippet compiles (boto3 is not importable here, so it is not run)',
    async () => {
      const file = join(dir, 'snippet.py');
      writeFileSync(file, pythonPart(pythonConverse(MODEL, true)));
      await run('python3', ['-m', 'py_compile', file]);
    },
  );

  it('the Python snippet sets up a virtual environment, not a system-wide pip install', async () => {
    const snippet = pythonConverse(MODEL, true);
    expect(snippet).toMatch(/^python3 -m venv ~\/\.venvs\/bedrock && ~\/\.venvs\/bedrock\/bin\/pip install/m);
    expect(snippet).not.toMatch(/^pip install/m);
    await run('bash', ['-n', '-c', snippet]);
  });

  it('JavaScript (ESM) with the AWS SDK v3 and a bearer token, over HTTP/2 as the SDK speaks it', async () => {
    const file = join(dir, 'bedrock.mjs');
    writeFileSync(file, javascriptConverse(MODEL, true));
    const { stdout } = await run('node', [file], {
      env: env({ ...BEARER, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: h2Origin }),
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe(REPLY);
    expectOneGoodRequest('converse', 'bearer');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('JavaScript (ESM) with the AWS SDK v3 and access keys (SigV4, recomputed here)', async () => {
    const file = join(dir, 'bedrock-keys.mjs');
    writeFileSync(file, javascriptConverse(MODEL, false));
    const { stdout } = await run('node', [file], {
      env: env({ ...KEYS, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: h2Origin }),
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe(REPLY);
    expectOneGoodRequest('converse', 'sigv4');
  });

  it('the Anthropic SDK (AnthropicBedrock reads AWS_BEARER_TOKEN_BEDROCK)', async () => {
    const file = join(dir, 'claude.mjs');
    writeFileSync(file, anthropicSdk(MODEL));
    const { stdout } = await run('node', [file], {
      env: env({ ...BEARER, ANTHROPIC_BEDROCK_BASE_URL: origin }),
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe(REPLY);
    expectOneGoodRequest('invoke', 'bearer');
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('a long-running app mints its own tokens, and the client refreshes one that is about to expire', async () => {
    const app = join(dir, 'app.mjs');
    writeFileSync(app, autoRefreshJavascript(REGION, MODEL, 900));
    const harness = join(dir, 'harness.mjs');
    writeFileSync(
      harness,
      [
        'const { ask } = await import("./app.mjs"); // asks once on import',
        'console.log(await ask("again"));',
        '// 20 minutes later (the token lasted 15), one second apart so a new signature differs',
        'await new Promise((r) => setTimeout(r, 1100));',
        'const realNow = Date.now;',
        'Date.now = () => realNow() + 20 * 60 * 1000;',
        'console.log(await ask("later"));',
      ].join('\n'),
    );
    const { stdout } = await run('node', [harness], {
      env: env({ ...KEYS, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: h2Origin }),
      timeout: 60_000,
    });
    expect(stdout.trim().split('\n')).toEqual([REPLY, REPLY, REPLY]);
    expect(seen.map((s) => s.problems)).toEqual([[], [], []]);
    const tokens = seen.map((s) => s.headers.authorization?.replace(/^Bearer /, '') ?? '');
    // A real token, signed locally with the app's keys for the asked lifetime.
    const url = new URL(
      `https://${Buffer.from(tokens[0]?.slice('bedrock-api-key-'.length) ?? '', 'base64').toString('utf8')}`,
    );
    expect(url.searchParams.get('Action')).toBe('CallWithBearerToken');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      /^AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/bedrock\//,
    );
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[0]);
  });

  it('Claude Code’s variables (Claude Code itself is not installed here: its settings are checked)', async () => {
    const snippet = claudeCode(MODEL);
    expect(snippet.split('\n').at(-1)).toBe('claude');
    const script = `${snippet.replace(/\nclaude$/, '')}\nenv | grep -E '^(CLAUDE_CODE_USE_BEDROCK|ANTHROPIC_MODEL|AWS_REGION|AWS_BEARER_TOKEN_BEDROCK)=' | sort`;
    const { stdout } = await run('bash', ['-c', script], { env: env(BEARER) });
    expect(stdout.trim().split('\n')).toEqual([
      `ANTHROPIC_MODEL=${MODEL}`,
      `AWS_BEARER_TOKEN_BEDROCK=${TOKEN}`,
      `AWS_REGION=${REGION}`,
      'CLAUDE_CODE_USE_BEDROCK=1',
    ]);
  });
});

describe('the local endpoint refuses what Bedrock refuses', () => {
  it.runIf(HAS_CURL)(
    'a SigV4 signature over the singly-encoded path (what curl 7.x --aws-sigv4 sends)',
    async () => {
      // Sign the canonical path "/model/…%3A0/converse" (no second encoding), as curl 7.x does.
      const body = '{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}';
      const amzDate = '20300115T100000Z';
      const rawPath = `/model/${encodeURIComponent(MODEL)}/converse`;
      const host = origin.replace('http://', '');
      const signed = 'content-type;host;x-amz-date';
      const canonical = [
        'POST',
        rawPath,
        '',
        `content-type:application/json\nhost:${host}\nx-amz-date:${amzDate}\n`,
        signed,
        sha256(body),
      ].join('\n');
      const scope = `20300115/${REGION}/bedrock/aws4_request`;
      const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, '20300115'), REGION), 'bedrock'), 'aws4_request');
      const sig = createHmac('sha256', key)
        .update(['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n'))
        .digest('hex');
      const res = await fetch(`${origin}${rawPath}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-amz-date': amzDate,
          authorization: `AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/${scope}, SignedHeaders=${signed}, Signature=${sig}`,
        },
        body,
      });
      expect(res.status).toBe(403);
      expect(seen[0]?.problems).toEqual(['signature mismatch']);
    },
  );

  it('another model, and a body that is not Converse', async () => {
    const res = await fetch(`${origin}/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"prompt":"Hello"}',
    });
    expect(res.status).toBe(403);
    expect(seen[0]?.problems).toEqual([
      'model anthropic.claude-3-haiku-20240307-v1:0',
      'no user message',
      'Converse content is not [{ text }]',
    ]);
  });
});
