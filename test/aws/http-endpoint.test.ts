/**
 * The real HTTP path: the adapter's IAM client talks to a local server standing in for IAM
 * (explicit endpoint option), so serialisation, signing, XML parsing and error mapping are real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { staticCredentials } from './helpers.js';

interface Seen {
  method: string;
  params: URLSearchParams;
  authorization: string;
}

let server: Server;
let endpoint: string;
const seen: Seen[] = [];

function userXml(name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<GetUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <GetUserResult>
    <User>
      <Path>/bedrock/</Path>
      <UserName>${name}</UserName>
      <UserId>AIDAEXAMPLE123456789</UserId>
      <Arn>arn:aws:iam::123456789012:user/bedrock/${name}</Arn>
      <CreateDate>2030-01-01T00:00:00Z</CreateDate>
      <Tags>
        <member><Key>purpose</Key><Value>bedrock</Value></member>
        <member><Key>business-unit</Key><Value>marketing</Value></member>
      </Tags>
    </User>
  </GetUserResult>
  <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
</GetUserResponse>`;
}

function errorXml(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
  <RequestId>req-err-1</RequestId>
</ErrorResponse>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    seen.push({ method: req.method ?? '', params, authorization: String(req.headers.authorization ?? '') });
    const user = params.get('UserName') ?? '';
    res.setHeader('content-type', 'text/xml');
    res.setHeader('x-amzn-requestid', 'req-err-1');
    if (params.get('Action') === 'GetUser' && user === 'marketing-bedrock-user') {
      res.statusCode = 200;
      res.end(userXml(user));
    } else if (params.get('Action') === 'GetUser') {
      res.statusCode = 404;
      res.end(errorXml('NoSuchEntity', `The user with name ${user} cannot be found.`));
    } else if (
      (params.get('Action') === 'CreateAccessKey' ||
        params.get('Action') === 'CreateServiceSpecificCredential') &&
      user === 'lost-bedrock-user'
    ) {
      // The key is made, then the answer is lost on the way back.
      req.socket.destroy();
      return;
    } else if (params.get('Action') === 'ListGroupsForUser') {
      // Never answers: the client's own request timeout must end the call.
      return;
    } else if (params.get('Action') === 'CreateUser') {
      res.statusCode = 403;
      res.end(
        errorXml(
          'AccessDenied',
          `User: arn:aws:iam::123456789012:user/bot is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/bedrock/${user} because no identity-based policy allows the iam:CreateUser action`,
        ),
      );
    } else {
      res.statusCode = 500;
      res.end(errorXml('ServiceFailure', 'Internal failure'));
    }
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function adapter() {
  return createAwsAdapter({
    region: 'us-east-1',
    credentials: staticCredentials,
    clientOptions: {
      endpoints: { iam: endpoint },
      maxAttempts: 2,
      connectionTimeoutMs: 2000,
      requestTimeoutMs: 5000,
    },
  });
}

describe('IAM over real HTTP', () => {
  it('sends a signed GetUser and parses the XML answer', async () => {
    const r = await adapter().getUser('marketing-bedrock-user');
    expect(r).toEqual({
      ok: true,
      value: {
        userName: 'marketing-bedrock-user',
        userId: 'AIDAEXAMPLE123456789',
        arn: 'arn:aws:iam::123456789012:user/bedrock/marketing-bedrock-user',
        path: '/bedrock/',
        createdAt: new Date('2030-01-01T00:00:00Z'),
        tags: [
          { key: 'purpose', value: 'bedrock' },
          { key: 'business-unit', value: 'marketing' },
        ],
      },
    });
    const req = seen.find((s) => s.params.get('UserName') === 'marketing-bedrock-user');
    expect(req?.method).toBe('POST');
    expect(req?.params.get('Action')).toBe('GetUser');
    expect(req?.params.get('Version')).toBe('2010-05-08');
    expect(req?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/iam\/aws4_request/,
    );
  });

  it('maps a NoSuchEntity error answer to ok(null)', async () => {
    expect(await adapter().getUser('nobody-bedrock-user')).toEqual({ ok: true, value: null });
  });

  it('classifies an AccessDenied error answer', async () => {
    const r = await adapter().createUser({
      userName: 'sales-bedrock-user',
      path: '/bedrock/',
      tags: [{ key: 'purpose', value: 'bedrock' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code: 'AccessDenied',
      action: 'iam:CreateUser',
      awsErrorName: 'AccessDenied',
      principalArn: 'arn:aws:iam::123456789012:user/bot',
      resource: 'sales-bedrock-user',
      requestId: 'req-err-1',
      ambiguous: false,
    });
    const sent = seen.find((s) => s.params.get('Action') === 'CreateUser');
    expect(sent?.params.get('Path')).toBe('/bedrock/');
    expect(sent?.params.get('Tags.member.1.Key')).toBe('purpose');
  });

  it('a 5xx after the retries is an ambiguous ServiceFailure', async () => {
    const before = seen.length;
    const r = await adapter().tagUser('x-bedrock-user', [{ key: 'a', value: 'b' }]);
    expect(!r.ok && r.error).toMatchObject({
      code: 'ServiceFailure',
      ambiguous: true,
      action: 'iam:TagUser',
    });
    expect(seen.length - before).toBe(2); // maxAttempts: 2
  });

  it('never retries a key create: one request per call, even when the client retries others', async () => {
    for (const create of [
      (a: ReturnType<typeof adapter>) => a.createAccessKey('x-bedrock-user'),
      (a: ReturnType<typeof adapter>) => a.createApiKey('x-bedrock-user', 30),
    ]) {
      const before = seen.length;
      const r = await create(adapter());
      expect(!r.ok && r.error).toMatchObject({ code: 'ServiceFailure', ambiguous: true });
      expect(seen.length - before).toBe(1); // maxAttempts is 2 for everything else
    }
  });

  it('a key create whose answer is lost is one request and an ambiguous failure (for the executor to reconcile)', async () => {
    for (const create of [
      (a: ReturnType<typeof adapter>) => a.createAccessKey('lost-bedrock-user'),
      (a: ReturnType<typeof adapter>) => a.createApiKey('lost-bedrock-user', 30),
    ]) {
      const before = seen.length;
      const r = await create(adapter());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.ambiguous).toBe(true);
      expect(seen.length - before).toBe(1);
    }
  });

  it('an endpoint nobody listens on is EndpointUnreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clientOptions: { endpoints: { iam: `http://127.0.0.1:${port}` }, maxAttempts: 1 },
    });
    const r = await aws.getUser('x-bedrock-user');
    expect(!r.ok && r.error.code).toBe('EndpointUnreachable');
  });

  it('a request the server never answers ends as an ambiguous Timeout (finite request timeout)', async () => {
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clientOptions: { endpoints: { iam: endpoint }, maxAttempts: 1, requestTimeoutMs: 300 },
    });
    const r = await aws.listGroupsForUser('slow-bedrock-user');
    expect(!r.ok && r.error).toMatchObject({
      code: 'Timeout',
      ambiguous: true,
      action: 'iam:ListGroupsForUser',
    });
  });

  it('leaves the SDK’s standard endpoint override (AWS_ENDPOINT_URL_IAM) working', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_IAM', endpoint);
    const aws = createAwsAdapter({ region: 'us-east-1', credentials: staticCredentials });
    const r = await aws.getUser('marketing-bedrock-user');
    expect(r.ok && r.value?.userId).toBe('AIDAEXAMPLE123456789');
  });
});
