// A local fake of the AWS endpoints the bot reaches (STS, IAM, Bedrock control plane), on
// 127.0.0.1 only, answering every request after a fixed delay so that a slow AWS is visible.
import { Buffer } from 'node:buffer';
import { URL, URLSearchParams } from 'node:url';
import { setTimeout } from 'node:timers';
import { createServer } from 'node:http';

const XMLNS = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
};

const FOUNDATION_MODELS = {
  modelSummaries: [
    {
      modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      modelName: 'Claude Sonnet 4.5',
      providerName: 'Anthropic',
      inferenceTypesSupported: ['INFERENCE_PROFILE'],
      inputModalities: ['TEXT'],
      outputModalities: ['TEXT'],
      responseStreamingSupported: true,
      modelLifecycle: { status: 'ACTIVE' },
    },
  ],
};

/** The service name from a SigV4 Authorization header's credential scope. */
function serviceOf(req) {
  const auth = String(req.headers.authorization ?? '');
  const match = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth);
  return match ? match[1] : 'unknown';
}

const xmlEscape = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const el = (name, value) =>
  value === undefined || value === null ? '' : `<${name}>${xmlEscape(value)}</${name}>`;
const members = (items, one) => items.map((i) => `<member>${one(i)}</member>`).join('');

function userXml(u, withTags) {
  const tags = withTags
    ? `<Tags>${members(u.tags, (t) => el('Key', t.key) + el('Value', t.value))}</Tags>`
    : '';
  return (
    el('Path', u.path) +
    el('UserName', u.userName) +
    el('UserId', u.userId) +
    el('Arn', `arn:aws:iam::123456789012:user${u.path}${u.userName}`) +
    el('CreateDate', u.createdAt) +
    tags
  );
}

/**
 * The IAM reads of a generated account (`setAccount`): ListUsers with PathPrefix and Marker
 * paging, GetUser, ListUserTags, ListAccessKeys, GetAccessKeyLastUsed,
 * ListServiceSpecificCredentials, ListAttachedUserPolicies, ListUserPolicies, ListGroupsForUser.
 */
function iamAnswer(account, action, form) {
  const user = () => account.byName.get(form.get('UserName') ?? '');
  const page = (items) => `<IsTruncated>false</IsTruncated>${items}`;
  switch (action) {
    case 'ListUsers': {
      const prefix = form.get('PathPrefix') ?? '/';
      const max = Math.min(1000, Number(form.get('MaxItems') ?? 100));
      const start = Number(form.get('Marker') ?? 0);
      const all = account.users.filter((u) => u.path.startsWith(prefix));
      const slice = all.slice(start, start + max);
      const more = start + max < all.length;
      return `<Users>${members(slice, (u) => userXml(u, false))}</Users><IsTruncated>${more}</IsTruncated>${more ? el('Marker', start + max) : ''}`;
    }
    case 'GetUser': {
      const u = user();
      return u ? `<User>${userXml(u, true)}</User>` : null;
    }
    case 'ListUserTags': {
      const u = user();
      return u
        ? page(`<Tags>${members(u.tags, (t) => el('Key', t.key) + el('Value', t.value))}</Tags>`)
        : null;
    }
    case 'ListAccessKeys': {
      const u = user();
      if (!u) return null;
      const keys = members(
        u.accessKeys,
        (k) =>
          el('UserName', u.userName) +
          el('AccessKeyId', k.id) +
          el('Status', 'Active') +
          el('CreateDate', k.createdAt),
      );
      return page(`<AccessKeyMetadata>${keys}</AccessKeyMetadata>`);
    }
    case 'GetAccessKeyLastUsed':
      return `<UserName>x</UserName><AccessKeyLastUsed><ServiceName>N/A</ServiceName><Region>N/A</Region></AccessKeyLastUsed>`;
    case 'ListServiceSpecificCredentials': {
      const u = user();
      if (!u) return null;
      const creds = members(
        u.apiKeys,
        (k) =>
          el('UserName', u.userName) +
          el('Status', 'Active') +
          el('ServiceUserName', `${u.userName}-at-123456789012`) +
          el('ServiceCredentialAlias', `${u.userName}-at-123456789012`) +
          el('CreateDate', k.createdAt) +
          el('ExpirationDate', k.expiresAt) +
          el('ServiceSpecificCredentialId', k.id) +
          el('ServiceName', 'bedrock.amazonaws.com'),
      );
      return page(`<ServiceSpecificCredentials>${creds}</ServiceSpecificCredentials>`);
    }
    case 'ListAttachedUserPolicies':
      return user()
        ? page(
            `<AttachedPolicies>${members([{ n: 'AmazonBedrockLimitedAccess' }], (p) => el('PolicyName', p.n) + el('PolicyArn', `arn:aws:iam::aws:policy/${p.n}`))}</AttachedPolicies>`,
          )
        : null;
    case 'ListUserPolicies':
      return user() ? page('<PolicyNames></PolicyNames>') : null;
    case 'ListGroupsForUser':
      return user() ? page('<Groups></Groups>') : null;
    default:
      return undefined;
  }
}

function queryAnswer(service, action) {
  const ns = XMLNS[service] ?? XMLNS.iam;
  const meta = '<ResponseMetadata><RequestId>bench-request</RequestId></ResponseMetadata>';
  if (service === 'sts' && action === 'GetCallerIdentity') {
    return `<GetCallerIdentityResponse xmlns="${ns}"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/bot</Arn><UserId>AIDABENCHEXAMPLE00001</UserId><Account>123456789012</Account></GetCallerIdentityResult>${meta}</GetCallerIdentityResponse>`;
  }
  if (service === 'sts' && action === 'AssumeRole') {
    const expiration = new Date(Date.now() + 12 * 3600_000).toISOString();
    return `<AssumeRoleResponse xmlns="${ns}"><AssumeRoleResult><Credentials><AccessKeyId>ASIABENCHEXAMPLE0001</AccessKeyId><SecretAccessKey>benchSecretAccessKeyExampleExampleExample</SecretAccessKey><SessionToken>benchSessionToken</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROABENCH:bench</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/bedrock-token-signer/bench</Arn></AssumedRoleUser></AssumeRoleResult>${meta}</AssumeRoleResponse>`;
  }
  return null;
}

export async function startFakeAws({ delayMs: initialDelayMs = 300, log = () => {} } = {}) {
  let delayMs = initialDelayMs;
  let account = null;
  const counts = new Map();
  const unknown = new Set();
  const note = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const noteUnknown = (key) => {
    if (unknown.has(key)) return;
    unknown.add(key);
    log(`fake AWS: unknown request ${key} (answered with a generic 200)`);
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const service = serviceOf(req);
      let status = 200;
      let type = 'application/json';
      let body;
      const form = (req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
        ? new URLSearchParams(raw)
        : null;
      const action = form?.get('Action') ?? null;
      if (action !== null) {
        note(`${service}:${action}`);
        type = 'text/xml';
        body = queryAnswer(service, action);
        const iamBody = service === 'iam' && account !== null ? iamAnswer(account, action, form) : undefined;
        if (iamBody === null) {
          status = 404;
          body = `<ErrorResponse xmlns="${XMLNS.iam}"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name ${xmlEscape(form.get('UserName') ?? '')} cannot be found.</Message></Error><RequestId>bench-request</RequestId></ErrorResponse>`;
        } else if (iamBody !== undefined) {
          body = `<${action}Response xmlns="${XMLNS.iam}"><${action}Result>${iamBody}</${action}Result><ResponseMetadata><RequestId>bench-request</RequestId></ResponseMetadata></${action}Response>`;
        }
        if (body === null) {
          noteUnknown(`${service}:${action}`);
          const ns = XMLNS[service] ?? XMLNS.iam;
          body = `<${action}Response xmlns="${ns}"><${action}Result/><ResponseMetadata><RequestId>bench-request</RequestId></ResponseMetadata></${action}Response>`;
        }
      } else if (req.method === 'GET' && url.pathname === '/foundation-models') {
        note(`${service}:ListFoundationModels`);
        body = JSON.stringify(FOUNDATION_MODELS);
      } else if (req.method === 'GET' && url.pathname === '/inference-profiles') {
        note(`${service}:ListInferenceProfiles`);
        body = JSON.stringify({ inferenceProfileSummaries: [] });
      } else {
        const key = `${service}:${req.method} ${url.pathname}`;
        note(key);
        noteUnknown(key);
        body = '{}';
      }
      setTimeout(() => {
        res.writeHead(status, { 'content-type': type, 'x-amzn-requestid': 'bench-request' }).end(body);
      }, delayMs);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    setDelay: (ms) => {
      delayMs = ms;
    },
    delayMs: () => delayMs,
    /** IAM users to answer for: [{ userName, userId, path, createdAt, tags, accessKeys, apiKeys }]. */
    setAccount: (users) => {
      account = users === null ? null : { users, byName: new Map(users.map((u) => [u.userName, u])) };
    },
    resetCounts: () => counts.clear(),
    counts: () => Object.fromEntries(counts),
    unknown: () => [...unknown],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
