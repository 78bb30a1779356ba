/** Hand-built outcomes for the renderer tests. */
import type { InferenceProfileInfo, ModelInfo } from '../../src/core/aws-port.js';
import { catalogFrom, type ModelCatalog } from '../../src/core/model-catalog.js';
import type { RenderContext } from '../../src/render/render-reply.js';
import type { LedgerEvent } from '../../src/core/ledger-port.js';
import type { BusinessUnitSummary, Outcome } from '../../src/core/outcome.js';
import type { KeyRef, Plan } from '../../src/core/plan.js';
import { Secret } from '../../src/core/secret.js';

export const NOW = new Date('2026-11-21T14:05:00Z');
export const ctx: RenderContext = { now: NOW, commandName: '/bedrock' };

export const at = (minutesFromNow: number): Date => new Date(NOW.getTime() + minutesFromNow * 60_000);
export const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * 86_400_000);

export const TOKEN_VALUE =
  'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1TZWN1cml0eS1Ub2tlbj1GUW9HWlhJdlljM0VDVGhpc0lzQUZha2VUb2tlbg==&Version=1';
export const API_KEY_VALUE = 'ABSKQmVkcm9ja0FQSUtleS1hYmNkOnNlY3JldFZhbHVlRm9yVGVzdHNPbmx5MTIzNDU2Nzg5MA==';
export const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
export const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

export const claudeSonnet: ModelInfo = {
  modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  modelName: 'Claude Sonnet 4.5',
  providerName: 'Anthropic',
  status: 'ACTIVE',
  inferenceTypes: ['INFERENCE_PROFILE'],
  inputModalities: ['TEXT', 'IMAGE'],
  outputModalities: ['TEXT'],
};
export const claudeHaikuOnDemand: ModelInfo = {
  modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
  modelName: 'Claude 3 Haiku',
  providerName: 'Anthropic',
  status: 'ACTIVE',
  inferenceTypes: ['ON_DEMAND'],
  inputModalities: ['TEXT', 'IMAGE'],
  outputModalities: ['TEXT'],
};
export const titanEmbed: ModelInfo = {
  modelId: 'amazon.titan-embed-text-v2:0',
  modelName: 'Titan Text Embeddings V2',
  providerName: 'Amazon',
  status: 'ACTIVE',
  inferenceTypes: ['ON_DEMAND'],
  inputModalities: ['TEXT'],
  outputModalities: ['EMBEDDING'],
};
export const llama: ModelInfo = {
  modelId: 'meta.llama3-1-8b-instruct-v1:0',
  modelName: 'Llama 3.1 8B Instruct',
  providerName: 'Meta',
  status: 'ACTIVE',
  inferenceTypes: ['ON_DEMAND'],
  inputModalities: ['TEXT'],
  outputModalities: ['TEXT'],
};
export const MODELS: ModelInfo[] = [titanEmbed, llama, claudeHaikuOnDemand, claudeSonnet];
export const US_PROFILES: InferenceProfileInfo[] = [
  {
    profileId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    name: 'US Anthropic Claude Sonnet 4.5',
    status: 'ACTIVE',
    modelIds: ['anthropic.claude-sonnet-4-5-20250929-v1:0'],
    destinationRegions: ['us-east-1', 'us-east-2', 'us-west-2'],
  },
];
/** The catalogue of us-east-1 built from MODELS and US_PROFILES (or other lists). */
export function catalog(
  models: ModelInfo[] = MODELS,
  profiles: InferenceProfileInfo[] = US_PROFILES,
  region = 'us-east-1',
): ModelCatalog {
  return catalogFrom(region, models, profiles);
}

export function tokenOutcome(
  over: Partial<Extract<Outcome, { type: 'token' }>['token']> = {},
  models: ModelInfo[] = MODELS,
  profiles: InferenceProfileInfo[] = US_PROFILES,
): Extract<Outcome, { type: 'token' }> {
  return {
    type: 'token',
    token: {
      token: new Secret(TOKEN_VALUE),
      expiresAt: at(6 * 60),
      region: 'us-east-1',
      signerArn: 'arn:aws:sts::123456789012:assumed-role/bedrock-token-signer/U012ABCDEF',
      cappedBySigningCredentials: false,
      roleDurationFallbackSeconds: null,
      ...over,
    },
    requestedTtlSeconds: 6 * 3600,
    catalog: catalogFrom(over.region ?? 'us-east-1', models, profiles),
    signedWithRole: true,
  };
}

export const oldApiKey: KeyRef = {
  kind: 'api-key',
  id: 'ACCAEXAMPLEOLD00001',
  label: 'production-api-bedrock-user-at-123456789012',
  createdAt: '2026-08-01T10:00:00Z',
};
export const oldAccessKey: KeyRef = {
  kind: 'access-key',
  id: 'AKIAOLDKEYEXAMPLWXYZ',
  label: 'AKIA…WXYZ',
  createdAt: '2026-05-01T10:00:00Z',
};

export function apiKeyCreated(
  over: Partial<Extract<Outcome, { type: 'key-created' }>> = {},
): Extract<Outcome, { type: 'key-created' }> {
  return {
    type: 'key-created',
    businessUnit: 'production-api',
    userName: 'production-api-bedrock-user',
    userCreated: true,
    keyKind: 'api-key',
    apiKey: {
      credentialId: 'ACCANEWKEYEXAMPLE0001',
      alias: 'production-api-bedrock-user+1-at-123456789012',
      secret: new Secret(API_KEY_VALUE),
      createdAt: NOW,
      expiresAt: new Date(NOW.getTime() + 30 * 86_400_000),
    },
    accessKey: null,
    region: 'us-east-1',
    tags: [
      { key: 'business-unit', value: 'production-api' },
      { key: 'purpose', value: 'bedrock' },
      { key: 'owner', value: 'data-team@company.com' },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
    catalog: catalog(),
    otherKeys: [],
    notes: [],
    rotation: null,
    ...over,
  };
}

export function accessKeyCreated(): Extract<Outcome, { type: 'key-created' }> {
  return apiKeyCreated({
    keyKind: 'access-key',
    apiKey: null,
    userCreated: false,
    accessKey: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: new Secret(SECRET_ACCESS_KEY), createdAt: NOW },
    otherKeys: [oldAccessKey],
  });
}

export function createPlan(): Plan {
  return {
    kind: 'create_key',
    businessUnit: 'production-api',
    userName: 'production-api-bedrock-user',
    title: 'Create a long-term Bedrock API key for production-api',
    steps: [
      {
        kind: 'create-user',
        target: '',
        description: 'Create IAM user production-api-bedrock-user under /bedrock/',
        actions: ['iam:CreateUser'],
        destructive: false,
        alreadyDone: false,
      },
      {
        kind: 'tag-user',
        target: '',
        description: 'Tag it business-unit=production-api, purpose=bedrock, owner=data-team@company.com',
        actions: ['iam:TagUser'],
        destructive: false,
        alreadyDone: false,
      },
      {
        kind: 'attach-policy',
        target: 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess',
        description: 'Attach AmazonBedrockLimitedAccess',
        actions: ['iam:AttachUserPolicy'],
        destructive: false,
        alreadyDone: true,
      },
      {
        kind: 'create-api-key',
        target: '',
        description: 'Create a Bedrock API key that expires in 30 days',
        actions: ['iam:CreateServiceSpecificCredential'],
        destructive: false,
        alreadyDone: false,
      },
    ],
    destructive: false,
    warnings: ['Long-term keys are for systems; people should use a short-term token.'],
    params: {
      keyKind: 'api-key',
      ageDays: 30,
      owner: 'data-team@company.com',
      region: 'us-east-1',
      path: '/bedrock/',
      tags: [
        { key: 'business-unit', value: 'production-api' },
        { key: 'purpose', value: 'bedrock' },
      ],
      policyArns: ['arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess'],
      targetKeys: [],
    },
  };
}

export function deprovisionPlan(): Plan {
  return {
    kind: 'deprovision',
    businessUnit: 'marketing',
    userName: 'marketing-bedrock-user',
    title: 'Deprovision marketing',
    steps: [
      {
        kind: 'delete-api-key',
        target: 'ACCAEXAMPLEOLD00001',
        description: 'Delete Bedrock API key marketing-bedrock-user-at-123',
        actions: ['iam:DeleteServiceSpecificCredential'],
        destructive: true,
        alreadyDone: false,
      },
      {
        kind: 'delete-access-key',
        target: 'AKIAOLDKEYEXAMPLWXYZ',
        description: 'Delete access key AKIA…WXYZ',
        actions: ['iam:UpdateAccessKey', 'iam:DeleteAccessKey'],
        destructive: true,
        alreadyDone: false,
      },
      {
        kind: 'detach-policy',
        target: 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess',
        description: 'Detach AmazonBedrockLimitedAccess',
        actions: ['iam:DetachUserPolicy'],
        destructive: true,
        alreadyDone: false,
      },
      {
        kind: 'delete-user',
        target: '',
        description: 'Delete IAM user marketing-bedrock-user',
        actions: ['iam:DeleteUser'],
        destructive: true,
        alreadyDone: false,
      },
    ],
    destructive: true,
    warnings: ['2 keys were used in the last 7 days.'],
    params: {
      keyKind: null,
      ageDays: null,
      owner: null,
      region: 'us-east-1',
      path: '/bedrock/',
      tags: [],
      policyArns: [],
      targetKeys: [oldApiKey, oldAccessKey],
    },
  };
}

export function unit(i: number, over: Partial<BusinessUnitSummary> = {}): BusinessUnitSummary {
  const name = `unit-${String(i).padStart(3, '0')}`;
  return {
    businessUnit: name,
    userName: `${name}-bedrock-user`,
    owner: `${name}@company.com`,
    createdAt: daysAgo(10 + i),
    accessKeyCount: i % 2,
    apiKeyCount: 1,
    flags: { neverExpiringKeys: 0, keysOlderThan90Days: 0, keysExpiringWithin7Days: 0, noOwner: false },
    legacy: false,
    ...over,
  };
}

export function event(i: number): LedgerEvent {
  return {
    id: i,
    at: new Date(NOW.getTime() - i * 3_600_000),
    requestId: `req-${i}`,
    kind: i % 3 === 0 ? 'key_created' : i % 3 === 1 ? 'approved' : 'token_issued',
    actorId: 'U012ABCDEF',
    actorName: 'Dana Admin',
    businessUnit: `unit-${i % 17}`,
    detail: `Event number ${i} with a reasonably long description of what happened to the unit and its keys`,
  };
}
