/**
 * A local stand-in for the Slack Web API, enough for the doctor: auth.test (with the granted
 * scopes in the x-oauth-scopes header, as Slack sends them) and apps.connections.open.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBotToken {
  /** Slack error code to answer with (invalid_auth, token_revoked…); absent = ok. */
  error?: string;
  /** Scopes for the x-oauth-scopes header; null = no header. */
  scopes?: string[] | null;
  /** False for a user token (no bot_id in the answer). */
  bot?: boolean;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  /** Methods called, in order, with the token used. */
  calls: { method: string; token: string }[];
  close(): Promise<void>;
}

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

export async function startFakeSlack(
  tokens: Record<string, FakeBotToken>,
  appTokens: Record<string, { error?: string }> = {},
): Promise<FakeSlack> {
  const calls: FakeSlack['calls'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
      const auth = req.headers.authorization ?? '';
      const token = auth.replace(/^Bearer /, '') || (new URLSearchParams(body).get('token') ?? '');
      calls.push({ method, token });
      const send = (payload: object, headers: Record<string, string> = {}): void => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (method === 'auth.test') {
        const t = tokens[token];
        if (t === undefined) return send({ ok: false, error: 'invalid_auth' });
        if (t.error !== undefined) return send({ ok: false, error: t.error });
        const scopes = t.scopes === undefined ? ALL_SCOPES : t.scopes;
        return send(
          {
            ok: true,
            url: 'https://acme.slack.com/',
            team: 'Acme',
            team_id: 'T0ACME',
            user: t.bot === false ? 'ana' : 'bedrock',
            user_id: t.bot === false ? 'U0ANA' : 'U0BOT',
            ...(t.bot === false ? {} : { bot_id: 'B0BOT' }),
          },
          scopes === null ? {} : { 'x-oauth-scopes': scopes.join(',') },
        );
      }
      if (method === 'apps.connections.open') {
        const t = appTokens[token];
        if (t === undefined) return send({ ok: false, error: 'invalid_auth' });
        if (t.error !== undefined) return send({ ok: false, error: t.error });
        return send({ ok: true, url: 'wss://wss-primary.slack.com/link/?ticket=example' });
      }
      return send({ ok: false, error: 'unknown_method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
