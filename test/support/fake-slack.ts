/**
 * A local stand-in for Slack's Web API and response_url endpoints: node:http on 127.0.0.1, a
 * random port, every call recorded with its parsed body.
 *
 *   const slack = await startFakeSlack();
 *   createSlackApp({ apiUrl: slack.apiUrl, ... });
 *   slack.responseUrl('r1')            // a response_url that records what is POSTed to it
 *   slack.callsTo('chat.postMessage')  // what the bot sent
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

export interface FakeUser {
  id: string;
  name: string;
  email?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  isRestricted?: boolean;
  isUltraRestricted?: boolean;
  isBot?: boolean;
  /** From another organisation through Slack Connect: another home team, a stranger here. */
  external?: boolean;
}

export interface RecordedCall {
  /** A Web API method ("chat.postMessage"), or "response_url". */
  method: string;
  /** For response_url calls: the id in /response/<id>. */
  responseId?: string;
  body: Record<string, unknown>;
  /** The raw request body, exactly as sent, for secret scans. */
  raw: string;
  token: string | null;
  /** What the fake answered (Web API calls only). */
  response?: Record<string, unknown>;
  /** True when the fake was told to fail or delay this call (the message may not have arrived). */
  failed?: boolean;
}

export interface InjectedFailure {
  /** HTTP status (e.g. 429 or 500); defaults to 200 with ok:false. */
  status?: number;
  retryAfterSeconds?: number;
  /** The error code (Web API: `error` in the JSON; response_url: the text body). */
  error?: string;
  /** Hold the answer this long first (longer than the client's timeout: Slack timed out). */
  delayMs?: number;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0TEAM01';

export const DEFAULT_USERS: FakeUser[] = [
  { id: 'UADMIN01', name: 'grace', email: 'grace@example.com', isAdmin: true },
  { id: 'UMEMBER1', name: 'ada', email: 'ada@example.com' },
  { id: 'UMEMBER2', name: 'alan', email: 'alan@example.com' },
  { id: 'UGUEST01', name: 'guest', email: 'guest@partner.example', isRestricted: true },
  { id: 'UOWNER01', name: 'owner', email: 'owner@example.com', isOwner: true },
  { id: 'UNOMAIL1', name: 'nomail' },
];

/** How auth.test answers for one bot token (the doctor checks these). */
export interface FakeBotToken {
  /** Slack error code to answer with (invalid_auth, token_revoked…); absent = ok. */
  error?: string;
  /** Scopes for the x-oauth-scopes header; null = no header. Default: ALL_SCOPES. */
  scopes?: string[] | null;
  /** False for a user token (no bot_id in the answer). */
  bot?: boolean;
}

/** The scopes the manifest asks for. */
export const ALL_SCOPES = [
  'commands',
  'app_mentions:read',
  'chat:write',
  'im:history',
  'im:write',
  'users:read',
  'users:read.email',
  'usergroups:read',
];

export interface FakeSlackOptions {
  users?: FakeUser[];
  /** Known bot tokens: auth.test answers per token (unknown → invalid_auth). Without it, any token is the bot's. */
  tokens?: Record<string, FakeBotToken>;
  /** Known app-level tokens for apps.connections.open (unknown → invalid_auth). */
  appTokens?: Record<string, { error?: string }>;
}

interface Answer {
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** auth.test for a known token, as Slack answers it (granted scopes in the x-oauth-scopes header). */
function authTest(t: FakeBotToken | undefined): Answer {
  if (t === undefined) return { body: { ok: false, error: 'invalid_auth' } };
  if (t.error !== undefined) return { body: { ok: false, error: t.error } };
  const scopes = t.scopes === undefined ? ALL_SCOPES : t.scopes;
  const bot = t.bot !== false;
  return {
    body: {
      ok: true,
      url: 'https://example.slack.com/',
      team: 'Example',
      team_id: TEAM_ID,
      user: bot ? 'bedrock' : 'ana',
      user_id: bot ? BOT_USER_ID : 'U0ANA',
      ...(bot ? { bot_id: BOT_ID } : {}),
    },
    ...(scopes === null ? {} : { headers: { 'x-oauth-scopes': scopes.join(',') } }),
  };
}

export interface FakeSlack {
  url: string;
  /** The Web API base URL to pass as `apiUrl`. */
  apiUrl: string;
  calls: RecordedCall[];
  users: Map<string, FakeUser>;
  /** Members of each user group (usergroups.users.list). */
  userGroups: Map<string, string[]>;
  responseUrl(id: string): string;
  callsTo(method: string): RecordedCall[];
  /** Answers `method` with `answer` instead of the built-in reply (e.g. apps.connections.open). */
  handle(
    method: string,
    answer: (body: Record<string, unknown>, token: string | null) => Record<string, unknown>,
  ): void;
  /** Makes the next call(s) to `method` (or to any response_url: "response_url") fail. */
  failNext(method: string, failure: InjectedFailure, times?: number): void;
  /** Resolves once `predicate` holds for the recorded calls (polls). */
  waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json') === true) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(raw))) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    // The Web API client form-encodes arrays and objects (blocks) as JSON.
    if ((text.startsWith('[') || text.startsWith('{')) && text.length > 1) {
      try {
        out[key] = JSON.parse(text) as unknown;
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[key] = text;
  }
  return out;
}

function slackUser(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    team_id: user.external === true ? 'T0OTHERORG' : TEAM_ID,
    ...(user.external === true ? { is_stranger: true } : {}),
    name: user.name,
    real_name: user.name[0]?.toUpperCase() + user.name.slice(1),
    is_admin: user.isAdmin === true,
    is_owner: user.isOwner === true,
    is_restricted: user.isRestricted === true || user.isUltraRestricted === true,
    is_ultra_restricted: user.isUltraRestricted === true,
    is_bot: user.isBot === true,
    deleted: false,
    profile: {
      display_name: user.name,
      real_name: user.name,
      ...(user.email !== undefined ? { email: user.email } : {}),
    },
  };
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const users = new Map((options.users ?? DEFAULT_USERS).map((u) => [u.id, u]));
  const userGroups = new Map<string, string[]>();
  const failures = new Map<string, InjectedFailure[]>();
  const handlers = new Map<
    string,
    (body: Record<string, unknown>, token: string | null) => Record<string, unknown>
  >();
  let tsCounter = 0;
  const nextTs = (): string => {
    tsCounter += 1;
    return `1772445600.${String(tsCounter).padStart(6, '0')}`;
  };

  function answerFor(method: string, body: Record<string, unknown>, token: string | null): Answer {
    if (method === 'auth.test') return authTest(options.tokens ? options.tokens[token ?? ''] : {});
    if (method === 'apps.connections.open') {
      const app = options.appTokens?.[token ?? ''];
      if (app === undefined) return { body: { ok: false, error: 'invalid_auth' } };
      if (app.error !== undefined) return { body: { ok: false, error: app.error } };
      return { body: { ok: true, url: 'wss://wss-primary.slack.com/link/?ticket=example' } };
    }
    return { body: answer(method, body) };
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'users.info': {
        const user = users.get(String(body.user));
        return user === undefined
          ? { ok: false, error: 'user_not_found' }
          : { ok: true, user: slackUser(user) };
      }
      case 'users.lookupByEmail': {
        const email = String(body.email).toLowerCase();
        const user = [...users.values()].find((u) => u.email?.toLowerCase() === email);
        return user === undefined
          ? { ok: false, error: 'users_not_found' }
          : { ok: true, user: slackUser(user) };
      }
      case 'usergroups.users.list': {
        const members = userGroups.get(String(body.usergroup));
        return members === undefined ? { ok: false, error: 'no_such_subteam' } : { ok: true, users: members };
      }
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: body.channel, ts, message: { ts, text: body.text, blocks: body.blocks } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'views.publish':
      case 'views.open':
      case 'views.update':
        return {
          ok: true,
          view: { id: `V${String((tsCounter += 1)).padStart(8, '0')}`, ...(body.view as object) },
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body.users).replace(/^U/, '')}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const auth = req.headers.authorization;
      const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : null;
      const responseMatch = /^\/response\/([^/]+)$/.exec(path);
      if (responseMatch !== null) {
        calls.push({
          method: 'response_url',
          responseId: responseMatch[1] ?? '',
          body: parseBody(raw, 'application/json'),
          raw,
          token,
        });
        const failure = failures.get('response_url')?.shift();
        if (failure !== undefined) (calls.at(-1) as RecordedCall).failed = true;
        if (failure?.delayMs !== undefined) await new Promise((r) => setTimeout(r, failure.delayMs));
        if (failure?.status !== undefined) {
          res.writeHead(failure.status, { 'content-type': 'text/plain' });
          res.end(failure.error ?? 'internal_error');
          return;
        }
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        return;
      }
      const apiMatch = /^\/api\/([a-zA-Z.]+)$/.exec(path);
      if (apiMatch === null) {
        res.writeHead(404);
        res.end();
        return;
      }
      const method = apiMatch[1] ?? '';
      const body = parseBody(raw, req.headers['content-type']);
      const call: RecordedCall = {
        method,
        body,
        raw,
        token: token ?? (typeof body.token === 'string' ? body.token : null),
      };
      calls.push(call);
      const queued = failures.get(method);
      const failure = queued?.shift();
      if (failure !== undefined) call.failed = true;
      if (failure?.delayMs !== undefined) await new Promise((r) => setTimeout(r, failure.delayMs));
      if (failure !== undefined && (failure.status !== undefined || failure.error !== undefined)) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (failure.retryAfterSeconds !== undefined)
          headers['retry-after'] = String(failure.retryAfterSeconds);
        res.writeHead(failure.status ?? 200, headers);
        res.end(JSON.stringify({ ok: false, error: failure.error ?? 'ratelimited' }));
        return;
      }
      const custom = handlers.get(method)?.(body, call.token);
      const answered: Answer = custom !== undefined ? { body: custom } : answerFor(method, body, call.token);
      call.response = answered.body;
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'application/json', ...answered.headers });
      res.end(JSON.stringify(call.response));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    users,
    userGroups,
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id)}`,
    callsTo: (method) => calls.filter((c) => c.method === method),
    handle(method, handler) {
      handlers.set(method, handler);
    },
    failNext(method, failure, times = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) list.push(failure);
      failures.set(method, list);
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          throw new Error(
            `fake Slack: condition not met in ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    reset() {
      calls.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
