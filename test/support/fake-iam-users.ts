/**
 * A local server standing in for IAM's user reads, for tests that drive the real IAM client over HTTP:
 * ListUsers with PathPrefix, MaxItems and opaque Markers as IAM answers it (users in name order, at
 * most MaxItems, then IsTruncated and a Marker), GetUser with the owner tag, and empty key lists
 * (ListAccessKeys, ListServiceSpecificCredentials). Anything else, or an unknown user, is NoSuchEntity.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIamUser {
  name: string;
  path: string;
  /** The `owner` tag GetUser returns; none when null. */
  owner: string | null;
  /** ISO time; 2030-01-01 when not given. */
  created?: string;
}

export interface FakeIamCall {
  action: string;
  /** ListUsers only. */
  pathPrefix?: string;
  maxItems?: number;
}

export interface FakeIamUsers {
  endpoint: string;
  /** Every call answered, in order (clear it with `calls.length = 0`). */
  calls: FakeIamCall[];
  close(): Promise<void>;
}

const xml = (action: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${action}Result>${body}</${action}Result><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></${action}Response>`;

const userXml = (u: FakeIamUser, tags: boolean): string =>
  `<Path>${u.path}</Path><UserName>${u.name}</UserName><UserId>AIDA${u.name.length}</UserId>` +
  `<Arn>arn:aws:iam::123456789012:user${u.path}${u.name}</Arn><CreateDate>${u.created ?? '2030-01-01T00:00:00Z'}</CreateDate>` +
  (tags && u.owner !== null ? `<Tags><member><Key>owner</Key><Value>${u.owner}</Value></member></Tags>` : '');

const NO_SUCH_ENTITY =
  '<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>no such user</Message></Error><RequestId>r2</RequestId></ErrorResponse>';

/** Starts the server on 127.0.0.1; `users()` is read on every call, so a test may swap the account. */
export async function startFakeIamUsers(users: () => FakeIamUser[]): Promise<FakeIamUsers> {
  const calls: FakeIamCall[] = [];

  function answer(params: URLSearchParams): string | null {
    const action = params.get('Action') ?? '';
    const sorted = [...users()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const user = sorted.find((u) => u.name === params.get('UserName'));
    if (action !== 'ListUsers') calls.push({ action });
    switch (action) {
      case 'ListUsers': {
        const prefix = params.get('PathPrefix') ?? '/';
        const max = Math.min(1000, Number(params.get('MaxItems') ?? 100));
        calls.push({ action, pathPrefix: prefix, maxItems: max });
        const all = sorted.filter((u) => u.path.startsWith(prefix));
        // Opaque to the client, as IAM's are.
        const marker = params.get('Marker');
        const start = marker === null ? 0 : Number(Buffer.from(marker, 'base64url').toString().split(':')[1]);
        const more = start + max < all.length;
        const next = more ? `<Marker>${Buffer.from(`m:${start + max}`).toString('base64url')}</Marker>` : '';
        const page = all.slice(start, start + max).map((u) => `<member>${userXml(u, false)}</member>`);
        return xml(action, `<Users>${page.join('')}</Users><IsTruncated>${more}</IsTruncated>${next}`);
      }
      case 'GetUser':
        return user ? xml(action, `<User>${userXml(user, true)}</User>`) : null;
      case 'ListAccessKeys':
        return user
          ? xml(action, '<AccessKeyMetadata></AccessKeyMetadata><IsTruncated>false</IsTruncated>')
          : null;
      case 'ListServiceSpecificCredentials':
        return user ? xml(action, '<ServiceSpecificCredentials></ServiceSpecificCredentials>') : null;
      default:
        return null;
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = answer(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      res.setHeader('content-type', 'text/xml');
      res.statusCode = body === null ? 404 : 200;
      res.end(body ?? NO_SUCH_ENTITY);
    });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
