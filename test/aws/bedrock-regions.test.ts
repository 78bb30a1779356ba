/**
 * In every Region of the fixture (what Bedrock lists in us-east-1, eu-central-1, ap-northeast-1,
 * ap-southeast-2 and ca-central-1), every model ID in every answer exists in that Region, and the
 * default is the newest generation. The real AWS adapter talks over HTTP to a local server that
 * answers ListFoundationModels, ListInferenceProfiles (in pages) and GetFoundationModelAvailability
 * per Region (read from the SigV4 credential scope, as the real endpoints are per Region).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import type { AwsPort, InferenceProfileInfo, ModelInfo } from '../../src/core/aws-port.js';
import { loadModelCatalog, parseModelVersion, compareVersions } from '../../src/core/model-catalog.js';
import type { Outcome } from '../../src/core/outcome.js';
import { listModels } from '../../src/core/read-flows.js';
import { ok } from '../../src/core/result.js';
import { Secret } from '../../src/core/secret.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { collectChecks } from '../../src/doctor/doctor.js';
import { EXAMPLE_BEDROCK_REGIONS } from '../../src/dry-run/example-bedrock-catalog.js';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { messageToText } from '../../src/render/to-text.js';
import { staticCredentials } from './helpers.js';

const REGIONS = ['us-east-1', 'eu-central-1', 'ap-northeast-1', 'ap-southeast-2', 'ca-central-1'] as const;
const PAGE = 4;

let server: Server;
let endpoint: string;
const requests: { region: string; path: string; query: URLSearchParams }[] = [];

function wireModel(region: string, m: ModelInfo): Record<string, unknown> {
  return {
    modelArn: `arn:aws:bedrock:${region}::foundation-model/${m.modelId}`,
    modelId: m.modelId,
    modelName: m.modelName,
    providerName: m.providerName,
    inputModalities: m.inputModalities,
    outputModalities: m.outputModalities,
    inferenceTypesSupported: m.inferenceTypes,
    modelLifecycle: { status: m.status },
  };
}

function wireProfile(region: string, p: InferenceProfileInfo): Record<string, unknown> {
  const models = p.modelIds.flatMap((id) =>
    p.destinationRegions.length === 0
      ? [{ modelArn: `arn:aws:bedrock:::foundation-model/${id}` }]
      : p.destinationRegions.map((r) => ({ modelArn: `arn:aws:bedrock:${r}::foundation-model/${id}` })),
  );
  return {
    inferenceProfileId: p.profileId,
    inferenceProfileName: p.name,
    inferenceProfileArn: `arn:aws:bedrock:${region}:123456789012:inference-profile/${p.profileId}`,
    status: p.status,
    type: 'SYSTEM_DEFINED',
    models,
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  if (status >= 400) res.setHeader('x-amzn-errortype', String((body as { name: string }).name));
  res.end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/bedrock\/aws4_request/.exec(
    String(req.headers.authorization ?? ''),
  )?.[1];
  requests.push({ region: region ?? '', path: url.pathname, query: url.searchParams });
  const fixture = region === undefined ? undefined : EXAMPLE_BEDROCK_REGIONS[region];
  if (region === undefined || fixture === undefined) {
    send(res, 403, { name: 'UnrecognizedClientException', message: 'no signature for a known Region' });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/foundation-models') {
    send(res, 200, { modelSummaries: fixture.models.map((m) => wireModel(region, m)) });
  } else if (req.method === 'GET' && url.pathname === '/inference-profiles') {
    if (url.searchParams.get('type') !== 'SYSTEM_DEFINED') {
      send(res, 400, { name: 'ValidationException', message: 'expected type=SYSTEM_DEFINED' });
      return;
    }
    const from = Number(url.searchParams.get('nextToken') ?? '0');
    const page = fixture.profiles.slice(from, from + PAGE).map((p) => wireProfile(region, p));
    const next = from + PAGE < fixture.profiles.length ? String(from + PAGE) : undefined;
    send(res, 200, { inferenceProfileSummaries: page, ...(next === undefined ? {} : { nextToken: next }) });
  } else if (req.method === 'GET' && url.pathname.startsWith('/foundation-model-availability/')) {
    const modelId = decodeURIComponent(url.pathname.slice('/foundation-model-availability/'.length));
    if (!fixture.models.some((m) => m.modelId === modelId)) {
      send(res, 404, { name: 'ResourceNotFoundException', message: `no model ${modelId}` });
      return;
    }
    send(res, 200, {
      modelId,
      agreementAvailability: { status: 'AVAILABLE' },
      authorizationStatus: 'AUTHORIZED',
      entitlementAvailability: 'AVAILABLE',
      regionAvailability: 'AVAILABLE',
    });
  } else {
    send(res, 404, { name: 'UnknownOperationException', message: url.pathname });
  }
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

/** The real adapter on the local Bedrock; identity and IAM answered locally (no STS or IAM here). */
function port(): AwsPort {
  const adapter = createAwsAdapter({
    region: 'us-east-1',
    credentials: staticCredentials,
    clientOptions: { endpoints: { bedrock: endpoint }, maxAttempts: 1 },
  });
  return {
    ...adapter,
    whoAmI: async () =>
      ok({ account: '123456789012', arn: 'arn:aws:iam::123456789012:user/bedrock-bot', userId: 'AIDA' }),
    policyExists: async () => ok(true),
  };
}

/** The IDs a person could paste: every model or profile ID in the text (URL-encoded ones decoded). */
function modelIdsIn(text: string): string[] {
  const decoded = text.replace(/%3A/gi, ':');
  const ids =
    decoded.match(
      /(?<![\w.-])(?:(?:us|eu|jp|au|apac|ca|us-gov|global)\.)?(?:anthropic|amazon|meta|deepseek|mistral|cohere)\.[a-z0-9][a-z0-9.:-]*/g,
    ) ?? [];
  // Host names (docs.aws.amazon.com) are not model IDs: those always carry a '-' or ':'.
  return [...new Set(ids.map((id) => id.replace(/[.:-]+$/, '')))].filter((id) => /[-:]/.test(id));
}

/** What can be called in a Region: on-demand model IDs and the profiles listed there. */
function callableIds(region: string): Set<string> {
  const f = EXAMPLE_BEDROCK_REGIONS[region];
  if (f === undefined) throw new Error(region);
  return new Set([
    ...f.models.filter((m) => m.inferenceTypes.includes('ON_DEMAND')).map((m) => m.modelId),
    ...f.profiles.map((p) => p.profileId),
  ]);
}

const ctx = { surface: 'slash' as const, now: new Date('2030-01-15T10:00:00Z'), commandName: '/bedrock' };

async function answers(aws: AwsPort, region: string): Promise<{ name: string; text: string }[]> {
  const catalog = await loadModelCatalog(aws, region, { defaultModel: null });
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.error));
  const token: Outcome = {
    type: 'token',
    token: {
      token: new Secret('bedrock-api-key-EXAMPLE'),
      expiresAt: new Date('2030-01-15T16:00:00Z'),
      region,
      signerArn: 'arn:aws:iam::123456789012:user/bedrock-bot',
      cappedBySigningCredentials: false,
      roleDurationFallbackSeconds: null,
    },
    requestedTtlSeconds: 6 * 3600,
    catalog: catalog.value,
    signedWithRole: false,
  };
  const keyCreated = (kind: 'api-key' | 'access-key'): Outcome => ({
    type: 'key-created',
    businessUnit: 'sales',
    userName: 'sales-bedrock-user',
    userCreated: true,
    keyKind: kind,
    apiKey:
      kind === 'api-key'
        ? {
            credentialId: 'ACCAEXAMPLE',
            alias: 'sales-bedrock-user+1-at-123456789012',
            secret: new Secret('ABSKEXAMPLE'),
            createdAt: ctx.now,
            expiresAt: new Date('2030-01-29T10:00:00Z'),
          }
        : null,
    accessKey:
      kind === 'access-key'
        ? {
            accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
            secretAccessKey: new Secret('wJalrEXAMPLEKEY'),
            createdAt: ctx.now,
          }
        : null,
    region,
    tags: [],
    catalog: catalog.value,
    otherKeys: [],
    notes: [],
    rotation: null,
  });
  const models = await listModels(region, null, {
    aws,
    settings: DEFAULT_SETTINGS,
    now: ctx.now,
    reference: () => 'ref',
  });
  const config = loadConfig({ BEDROCK_REGION: region }, { envFileDir: null });
  const doctor = await collectChecks({ config, aws, simulate: null, stdout: new PassThrough() });
  return [
    { name: 'token', text: messageToText(renderOutcome(token, ctx)) },
    { name: 'api key', text: messageToText(renderOutcome(keyCreated('api-key'), ctx)) },
    { name: 'access key', text: messageToText(renderOutcome(keyCreated('access-key'), ctx)) },
    { name: 'models', text: messageToText(renderOutcome(models, ctx)) },
    {
      name: 'doctor',
      text: doctor
        .filter((r) => r.section === 'AWS')
        .map((r) => `${r.title} ${r.fix ?? ''}`)
        .join('\n'),
    },
  ];
}

const EXPECTED_DEFAULT: Record<(typeof REGIONS)[number], string> = {
  'us-east-1': 'us.anthropic.claude-sonnet-4-6',
  'eu-central-1': 'eu.anthropic.claude-sonnet-4-6',
  'ap-northeast-1': 'jp.anthropic.claude-sonnet-4-6',
  'ap-southeast-2': 'au.anthropic.claude-sonnet-4-6',
  'ca-central-1': 'global.anthropic.claude-sonnet-4-6',
};

describe.each(REGIONS)('in %s', (region) => {
  it('every model ID in every answer exists in the Region', async () => {
    const aws = port();
    const callable = callableIds(region);
    for (const { name, text } of await answers(aws, region)) {
      const ids = modelIdsIn(text);
      if (name !== 'doctor') expect(ids.length, `${name} names a model`).toBeGreaterThan(0);
      for (const id of ids) expect(callable.has(id), `${name} in ${region} offers ${id}`).toBe(true);
      expect(text).not.toMatch(/model access page/i);
      // Legacy models are not offered, even where a profile still serves them.
      expect(text).not.toContain('claude-3-7-sonnet');
      // Nothing guessed from the Region's name.
      if (region !== 'us-east-1') expect(text).not.toMatch(/\bus\.anthropic/);
      if (region === 'ap-northeast-1' || region === 'ap-southeast-2')
        expect(text).not.toContain('apac.anthropic.claude-sonnet-4-5');
    }
  });

  it('the default is the newest generation, through a profile that exists here', async () => {
    const catalog = await loadModelCatalog(port(), region, { defaultModel: null });
    if (!catalog.ok) throw new Error('no catalogue');
    const d = catalog.value.defaultModel;
    expect(d?.invokeId).toBe(EXPECTED_DEFAULT[region]);
    const newest = Math.max(
      ...catalog.value.models.filter((m) => m.family.startsWith('claude')).map((m) => m.version[0] ?? 0),
    );
    expect(d?.version[0]).toBe(newest);
    // Within its family nothing is newer, dated or not.
    for (const m of catalog.value.models.filter((x) => x.family === d?.family))
      expect(compareVersions(m.version, d?.version ?? [])).toBeLessThanOrEqual(0);
  });

  it('DEFAULT_MODEL picks a family (opus) or an exact ID, through the Region’s own profile', async () => {
    const opus = await loadModelCatalog(port(), region, { defaultModel: 'opus' });
    expect(opus.ok && opus.value.defaultModel?.invokeId).toBe(
      region === 'us-east-1'
        ? 'us.anthropic.claude-opus-4-7'
        : region === 'eu-central-1'
          ? 'eu.anthropic.claude-opus-4-7'
          : 'global.anthropic.claude-opus-4-7',
    );
    const exact = await loadModelCatalog(port(), region, {
      defaultModel: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    });
    expect(exact.ok && exact.value.defaultModel?.modelId).toBe('anthropic.claude-haiku-4-5-20251001-v1:0');
    const unknown = await loadModelCatalog(port(), region, { defaultModel: 'nonexistent-model' });
    expect(unknown.ok && unknown.value.defaultModel?.modelId).toBe('anthropic.claude-sonnet-4-6');
    expect(unknown.ok && unknown.value.defaultNote).toContain('nonexistent-model');
  });
});

describe('the adapter reads Bedrock the way it answers', () => {
  it('follows ListInferenceProfiles pages and caches each Region', async () => {
    const aws = port();
    const before = requests.length;
    const first = await aws.listInferenceProfiles('ap-northeast-1');
    const pages = requests.slice(before).filter((r) => r.path === '/inference-profiles');
    expect(first.ok && first.value.length).toBe(EXAMPLE_BEDROCK_REGIONS['ap-northeast-1']?.profiles.length);
    expect(pages.length).toBeGreaterThan(1);
    expect(
      pages.every((p) => p.region === 'ap-northeast-1' && p.query.get('type') === 'SYSTEM_DEFINED'),
    ).toBe(true);
    expect(
      first.ok && first.value.find((p) => p.profileId === 'jp.anthropic.claude-sonnet-4-6'),
    ).toMatchObject({
      modelIds: ['anthropic.claude-sonnet-4-6'],
      destinationRegions: ['ap-northeast-1', 'ap-northeast-3'],
    });
    const after = requests.length;
    await aws.listInferenceProfiles('ap-northeast-1');
    expect(requests.length).toBe(after);
  });

  it('does not offer a model listed in the Region that no callable profile serves', async () => {
    const catalog = await loadModelCatalog(port(), 'ca-central-1', { defaultModel: null });
    expect(catalog.ok && catalog.value.unreachable.map((m) => m.modelId)).toEqual([
      'anthropic.claude-opus-4-1-20250805-v1:0',
    ]);
  });

  it('reads GetFoundationModelAvailability', async () => {
    const r = await port().getModelAvailability({
      region: 'eu-central-1',
      modelId: 'anthropic.claude-sonnet-4-6',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        modelId: 'anthropic.claude-sonnet-4-6',
        agreement: 'AVAILABLE',
        agreementMessage: null,
        authorized: true,
        entitled: true,
        inRegion: true,
      },
    });
    const missing = await port().getModelAvailability({ region: 'eu-central-1', modelId: 'nope.model-v1:0' });
    expect(!missing.ok && missing.error.code).toBe('ModelNotAvailable');
    // A callable answer is reused for a while (the models answer asks about every model).
    const aws = port();
    const before = requests.length;
    await aws.getModelAvailability({ region: 'eu-central-1', modelId: 'anthropic.claude-sonnet-4-6' });
    await aws.getModelAvailability({ region: 'eu-central-1', modelId: 'anthropic.claude-sonnet-4-6' });
    expect(requests.length - before).toBe(1);
  });
});

describe('newest by family and version, not by the date in the ID', () => {
  it('reads versions from dated and undated IDs alike', () => {
    expect(parseModelVersion('anthropic.claude-sonnet-4-6')).toEqual({
      family: 'claude-sonnet',
      version: [4, 6],
    });
    expect(parseModelVersion('anthropic.claude-opus-4-7')).toEqual({
      family: 'claude-opus',
      version: [4, 7],
    });
    expect(parseModelVersion('anthropic.claude-sonnet-4-5-20250929-v1:0')).toEqual({
      family: 'claude-sonnet',
      version: [4, 5],
    });
    expect(parseModelVersion('anthropic.claude-3-5-sonnet-20241022-v2:0')).toEqual({
      family: 'claude-sonnet',
      version: [3, 5],
    });
    expect(parseModelVersion('us.anthropic.claude-sonnet-4-20250514-v1:0')).toEqual({
      family: 'claude-sonnet',
      version: [4],
    });
    expect(parseModelVersion('meta.llama3-3-70b-instruct-v1:0')).toEqual({
      family: 'llama-70b-instruct',
      version: [3, 3],
    });
    expect(parseModelVersion('amazon.nova-pro-v1:0')).toEqual({ family: 'nova-pro', version: [1] });
    expect(
      compareVersions(
        parseModelVersion('anthropic.claude-sonnet-4-6').version,
        parseModelVersion('anthropic.claude-sonnet-4-5-20250929-v1:0').version,
      ),
    ).toBeGreaterThan(0);
  });
});
