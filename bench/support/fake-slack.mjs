// A local fake of the Slack Web API (`/api/<method>`) and of response_url endpoints
// (`/response/<id>`), listening on 127.0.0.1 only. Records when each response arrives.
import { Buffer } from 'node:buffer';
import { URL, URLSearchParams } from 'node:url';
import { setTimeout, clearTimeout } from 'node:timers';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

function userFor(id) {
  return {
    id,
    team_id: 'T0BENCH001',
    name: `user-${id.toLowerCase()}`,
    deleted: false,
    is_bot: false,
    is_admin: false,
    is_restricted: false,
    is_ultra_restricted: false,
    profile: {
      email: `${id.toLowerCase()}@example.com`,
      real_name: `Bench ${id}`,
      display_name: `bench-${id.toLowerCase()}`,
    },
  };
}

function apiAnswer(method, params) {
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://bench.slack.com/',
        team: 'bench',
        user: 'bedrock',
        team_id: 'T0BENCH001',
        user_id: 'U0BOT00001',
        bot_id: 'B0BOT00001',
      };
    case 'users.info':
      return { ok: true, user: userFor(String(params.user ?? 'U0BENCH001')) };
    case 'bots.info':
      return { ok: true, bot: { id: 'B0BOT00001', user_id: 'U0BOT00001', name: 'bedrock' } };
    case 'usergroups.users.list':
      return { ok: true, users: [] };
    case 'conversations.open':
      return { ok: true, channel: { id: 'D0BENCH001' } };
    case 'chat.postMessage':
    case 'chat.postEphemeral':
    case 'chat.update':
      return {
        ok: true,
        channel: String(params.channel ?? 'C0BENCH001'),
        ts: `${Date.now() / 1000}`,
        message_ts: `${Date.now() / 1000}`,
      };
    case 'views.open':
    case 'views.update':
    case 'views.publish':
      return { ok: true, view: { id: 'V0BENCH001' } };
    default:
      return null;
  }
}

function parseBody(raw, contentType) {
  if (raw.length === 0) return {};
  if ((contentType ?? '').includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

/**
 * Starts the fake. `onResponse(id, body, at)` is called when a response_url POST arrives;
 * `waitForResponse(id, timeoutMs)` resolves with the arrival time (performance.now()) or null.
 */
export async function startFakeSlack({ log = () => {}, apiDelayMs = 0 } = {}) {
  const arrivals = new Map(); // id -> { at, body }
  const waiters = new Map(); // id -> resolve
  const counts = new Map(); // method -> n
  const unknown = new Set();

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = parseBody(raw, req.headers['content-type']);
      if (url.pathname.startsWith('/response/')) {
        const id = decodeURIComponent(url.pathname.slice('/response/'.length));
        counts.set('response_url', (counts.get('response_url') ?? 0) + 1);
        if (!arrivals.has(id)) arrivals.set(id, { at, body });
        const resolve = waiters.get(id);
        if (resolve) {
          waiters.delete(id);
          resolve(at);
        }
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice('/api/'.length);
        counts.set(method, (counts.get(method) ?? 0) + 1);
        const params = { ...Object.fromEntries(url.searchParams), ...body };
        let answer = apiAnswer(method, params);
        if (answer === null) {
          if (!unknown.has(method)) {
            unknown.add(method);
            log(`fake Slack: unknown API method ${method} (answered {ok:true})`);
          }
          answer = { ok: true };
        }
        const send = () =>
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
            .end(JSON.stringify(answer));
        // An optional delay stands for the round trip to the real Slack Web API.
        if (apiDelayMs > 0) setTimeout(send, apiDelayMs);
        else send();
        return;
      }
      if (!unknown.has(url.pathname)) {
        unknown.add(url.pathname);
        log(`fake Slack: unknown path ${req.method} ${url.pathname}`);
      }
      res.writeHead(404).end();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port}/response/${encodeURIComponent(id)}`,
    arrival: (id) => arrivals.get(id),
    responseCount: () => arrivals.size,
    counts: () => Object.fromEntries(counts),
    unknown: () => [...unknown],
    waitForResponse(id, timeoutMs) {
      const done = arrivals.get(id);
      if (done) return Promise.resolve(done.at);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(id);
          resolve(null);
        }, timeoutMs);
        waiters.set(id, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
