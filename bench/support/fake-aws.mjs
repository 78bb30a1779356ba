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
    counts: () => Object.fromEntries(counts),
    unknown: () => [...unknown],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
