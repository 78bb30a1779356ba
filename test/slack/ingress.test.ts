/**
 * Ingress hardening through Bolt's real HTTP receiver (signed requests, real sockets): a signed
 * body that is not a JSON object gets a 400 and the process keeps serving; an exact replay within
 * the window is dropped; bodies over 1 MB are refused before they are buffered.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotEngine, TextInput } from '../../src/core/engine-api.js';
import { ReplayGuard } from '../../src/slack/replay-guard.js';
import { wellFormed } from '../../src/slack/ingress-guards.js';
import { isTrustedResponseUrl } from '../../src/slack/response-url.js';
import { authorize, authorizeApproval } from '../../src/core/authorize.js';
import { ADMIN, MEMBER, settings } from '../core/helpers.js';
import { DEFAULT_USERS } from '../support/fake-slack.js';
import { eventually, startSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { type SignedSlackClient, signSlackRequest, slashCommandBody } from '../support/slack-signing.js';

const texts: TextInput[] = [];
const engine: BotEngine = {
  async handleText(input) {
    texts.push(input);
    return { deliveries: [], at: new Date() };
  },
  async handleAction() {
    return { deliveries: [], at: new Date() };
  },
  async expireStale() {
    return { deliveries: [], at: new Date() };
  },
};

let h: SlackHarness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
  texts.length = 0;
});

async function start(): Promise<SlackHarness> {
  h = await startSlackHarness({ loadEngine: async () => engine });
  return h;
}

describe('response_url', () => {
  it('is used only on Slack hosts (and the configured API host); otherwise the answer goes by chat.postEphemeral', async () => {
    const hits: string[] = [];
    const evil = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('ok');
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/steal`;
    const secretEngine: BotEngine = {
      ...engine,
      async handleText() {
        return {
          deliveries: [{ audience: 'requester-private', outcome: { type: 'refused', reason: 'shh' } }],
          at: new Date(),
        };
      },
    };
    h = await startSlackHarness({ loadEngine: async () => secretEngine });
    const { client, slack, logs } = h;
    await client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: evilUrl, channelId: 'CTEAM001' });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    expect(hits).toEqual([]);
    expect(slack.callsTo('chat.postEphemeral')[0]?.body).toMatchObject({
      user: 'UMEMBER1',
      channel: 'CTEAM001',
    });
    expect(logs.lines.join('\n')).toMatch(/not on a Slack host/);
    // The fake Slack's own host (SLACK_API_URL) is trusted.
    await client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: slack.responseUrl('ok') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    await new Promise<void>((r) => evil.close(() => r()));
  });

  it('trusts hooks.slack.com and *.slack.com over HTTPS only', () => {
    expect(isTrustedResponseUrl('https://hooks.slack.com/commands/T1/1/abc')).toBe(true);
    expect(isTrustedResponseUrl('https://acme.enterprise.slack.com/actions/x')).toBe(true);
    expect(isTrustedResponseUrl('http://hooks.slack.com/commands/T1/1/abc')).toBe(false);
    expect(isTrustedResponseUrl('https://hooks.slack.com.evil.example/x')).toBe(false);
    expect(isTrustedResponseUrl('https://evilslack.com/x')).toBe(false);
    expect(isTrustedResponseUrl('https://user@hooks.slack.com/x')).toBe(false);
    expect(isTrustedResponseUrl('not a url')).toBe(false);
    expect(isTrustedResponseUrl('http://127.0.0.1:4000/response/1', ['127.0.0.1:4000'])).toBe(true);
    expect(isTrustedResponseUrl('http://127.0.0.1:4001/response/1', ['127.0.0.1:4000'])).toBe(false);
  });
});

describe('Slack Connect (external) users', () => {
  it('are recognised from users.info (stranger, or another home team) and told apart from members', async () => {
    h = await startSlackHarness({
      loadEngine: async () => engine,
      users: [
        ...DEFAULT_USERS,
        { id: 'UEXTERN01', name: 'ext', email: 'ext@partner.example', external: true },
      ],
    });
    await h.client.command({ userId: 'UEXTERN01', text: 'token', responseUrl: h.slack.responseUrl('x') });
    await h.client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: h.slack.responseUrl('y') });
    await eventually(() => expect(texts).toHaveLength(2));
    const byUser = new Map(texts.map((t) => [t.requester.userId, t.requester]));
    expect(byUser.get('UEXTERN01')?.isExternal).toBe(true);
    expect(byUser.get('UMEMBER1')?.isExternal).toBeUndefined();
  });

  it('are refused everything but help unless ALLOW_EXTERNAL_USERS, approvals included', () => {
    const external = { ...MEMBER, isExternal: true };
    for (const intent of ['token', 'create_key', 'rotate', 'list', 'details'] as const) {
      const d = authorize(intent, external, settings());
      expect(d.kind === 'refuse' && d.reason).toMatch(/other organisations/);
    }
    expect(authorize('help', external, settings()).kind).toBe('allow');
    expect(authorize('token', external, settings({ allowExternalUsers: true })).kind).toBe('allow');
    const extAdmin = { ...ADMIN, isExternal: true };
    expect(authorizeApproval(extAdmin, { requesterId: 'U1' }, settings()).kind).toBe('refuse');
  });
});

describe('ingress guards', () => {
  it('a signed payload=null (or JSON null) gets a 400, not a crash; the next request is served', async () => {
    const { client, logs } = await start();
    expect(
      (await (client as SignedSlackClient).post('payload=null', 'application/x-www-form-urlencoded')).status,
    ).toBe(400);
    expect(
      (await (client as SignedSlackClient).post('payload=%5B%5D', 'application/x-www-form-urlencoded'))
        .status,
    ).toBe(400);
    expect((await (client as SignedSlackClient).post('null', 'application/json')).status).toBe(400);
    expect((await (client as SignedSlackClient).post('{not json', 'application/json')).status).toBe(400);
    expect(logs.lines.join('\n')).toMatch(/not a JSON object/);
    const ok = await client.command({
      userId: 'UMEMBER1',
      text: 'help',
      responseUrl: 'http://127.0.0.1:9/r',
    });
    expect(ok.status).toBe(200);
    await eventually(() => expect(texts.map((t) => t.text)).toEqual(['help']));
  });

  it('an exact replay within the window is acknowledged and dropped (no second token)', async () => {
    const { client, logs } = await start();
    const body = slashCommandBody({ userId: 'UMEMBER1', text: 'token', responseUrl: 'http://127.0.0.1:9/r' });
    const ts = Math.floor(Date.now() / 1000);
    const first = await (client as SignedSlackClient).post(body, 'application/x-www-form-urlencoded', {
      timestampSeconds: ts,
    });
    const replay = await (client as SignedSlackClient).post(body, 'application/x-www-form-urlencoded', {
      timestampSeconds: ts,
    });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await eventually(() => expect(texts).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 200)); // a second one would have arrived by now
    expect(texts).toHaveLength(1);
    expect(logs.lines.join('\n')).toMatch(/replayed Slack request/);
  });

  it('a bad signature still gets a 401 (and is not remembered as seen)', async () => {
    const { client } = await start();
    const body = slashCommandBody({ userId: 'UMEMBER1', text: 'token', responseUrl: 'http://127.0.0.1:9/r' });
    const bad = await (client as SignedSlackClient).post(body, 'application/x-www-form-urlencoded', {
      signature: 'v0=deadbeef',
    });
    expect(bad.status).toBe(401);
    expect((await (client as SignedSlackClient).post(body, 'application/x-www-form-urlencoded')).status).toBe(
      200,
    );
  });

  it('answers Slack’s unsigned ssl_check with 200, and never dispatches a payload smuggled into it', async () => {
    const { baseUrl, logs } = await start();
    const post = (body: string) =>
      fetch(`${baseUrl}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await post('ssl_check=1&token=x')).status).toBe(200);
    const smuggled = encodeURIComponent(
      JSON.stringify({ command: '/bedrock', text: 'token', user_id: 'UMEMBER1', response_url: 'http://x/r' }),
    );
    expect((await post(`ssl_check=1&payload=${smuggled}`)).status).toBe(200);
    // The signature is checked once, by the guard: unsigned bodies that are no SSL check get a 401.
    expect((await post('ssl_check=0&command=%2Fbedrock&text=token')).status).toBe(401);
    expect(logs.lines.join('\n')).toMatch(/without a valid signature/);
    const ok = await h?.client.command({
      userId: 'UMEMBER1',
      text: 'help',
      responseUrl: 'http://127.0.0.1:9/r',
    });
    expect(ok?.status).toBe(200);
    await eventually(() => expect(texts.map((t) => t.text)).toEqual(['help']));
  });

  it('refuses a body over 1 MB from its Content-Length, and a chunked one while reading', async () => {
    const { baseUrl } = await start();
    const big = await fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': 'v0=unsigned',
      },
      body: 'x'.repeat(2 * 1024 * 1024),
    }).catch(() => null);
    expect(big?.status ?? 413).toBe(413);
    // Chunked, no Content-Length: cut off once it passes the limit.
    const status = await new Promise<number>((resolve) => {
      const url = new URL(`${baseUrl}/slack/events`);
      const ts = Math.floor(Date.now() / 1000);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            'x-slack-request-timestamp': String(ts),
            'x-slack-signature': signSlackRequest('x', ts, ''),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => resolve(413));
      const chunk = 'y'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 40) {
          sent += 1;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });

  it('a Slack-sized payload passes', () => {
    expect(
      wellFormed('payload=%7B%22type%22%3A%22block_actions%22%7D', 'application/x-www-form-urlencoded'),
    ).toBe(true);
    expect(wellFormed('command=%2Fbedrock&text=help', 'application/x-www-form-urlencoded')).toBe(true);
    expect(wellFormed('{"type":"event_callback"}', 'application/json')).toBe(true);
  });

  it('the replay guard forgets signatures after the window', () => {
    const guard = new ReplayGuard(300);
    expect(guard.firstTime('v0=a', 0)).toBe(true);
    expect(guard.firstTime('v0=a', 299_000)).toBe(false);
    expect(guard.firstTime('v0=a', 301_000)).toBe(true);
    expect(guard.size).toBe(1);
  });
});
