/**
 * The Bedrock model catalogue of a Region: foundation models, system-defined inference profiles, and
 * whether this account can call a model. Answers are reused for a short while (see `cacheMs`).
 */
import {
  GetFoundationModelAvailabilityCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  type BedrockClient,
  type FoundationModelSummary,
  type InferenceProfileSummary,
} from '@aws-sdk/client-bedrock';
import type {
  AwsFailure,
  AwsPort,
  InferenceProfileInfo,
  ModelAvailability,
  ModelInfo,
} from '../core/aws-port.js';
import { REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import type { Clock } from '../core/clock.js';
import { err, ok } from '../core/result.js';
import { MAX_PAGES, type AwsCaller } from './aws-call.js';

export type BedrockCatalogPort = Pick<
  AwsPort,
  'listFoundationModels' | 'listInferenceProfiles' | 'getModelAvailability'
>;

export interface BedrockCatalogContext {
  bedrock(region: string): BedrockClient;
  caller: AwsCaller;
  clock: Clock;
  /** How long an answer is reused, in ms (0: not at all). */
  cacheMs: number;
}

function notARegion(action: string, region: string): AwsFailure {
  return {
    code: 'UnknownRegion',
    action,
    awsErrorName: 'InvalidRegion',
    message: `"${region}" is not an AWS region name.`,
    ambiguous: false,
    resource: region,
  };
}

function toModel(m: FoundationModelSummary): ModelInfo {
  return {
    modelId: m.modelId ?? '',
    modelName: m.modelName ?? m.modelId ?? '',
    providerName: m.providerName ?? '',
    status: m.modelLifecycle?.status ?? 'ACTIVE',
    inferenceTypes: [...(m.inferenceTypesSupported ?? [])],
    inputModalities: [...(m.inputModalities ?? [])],
    outputModalities: [...(m.outputModalities ?? [])],
  };
}

/** "arn:aws:bedrock:eu-west-3::foundation-model/anthropic.claude-sonnet-4-6" → Region and model ID. */
function parseModelArn(arn: string): { region: string; modelId: string } | null {
  const m = /^arn:[^:]+:bedrock:([^:]*):[^:]*:foundation-model\/(.+)$/.exec(arn);
  return m ? { region: m[1] ?? '', modelId: m[2] ?? '' } : null;
}

function toProfile(p: InferenceProfileSummary): InferenceProfileInfo {
  const targets = (p.models ?? []).flatMap((m) => {
    const parsed = parseModelArn(m.modelArn ?? '');
    return parsed === null ? [] : [parsed];
  });
  return {
    profileId: p.inferenceProfileId ?? '',
    name: p.inferenceProfileName ?? p.inferenceProfileId ?? '',
    status: p.status ?? 'ACTIVE',
    modelIds: [...new Set(targets.map((t) => t.modelId))],
    destinationRegions: [...new Set(targets.map((t) => t.region).filter((r) => r !== ''))],
  };
}

export function createBedrockCatalog(ctx: BedrockCatalogContext): BedrockCatalogPort {
  const { clock, cacheMs: modelCacheMs } = ctx;
  const { call } = ctx.caller;
  const modelCache = new Map<string, { models: ModelInfo[]; until: number }>();
  const profileCache = new Map<string, { profiles: InferenceProfileInfo[]; until: number }>();
  // Only "callable" answers are reused: a pending subscription or a refusal may change any minute.
  const availabilityCache = new Map<string, { availability: ModelAvailability; until: number }>();

  return {
    async listFoundationModels({ region, provider }) {
      if (!REGION_CODE_SYNTAX.test(region)) return err(notARegion('bedrock:ListFoundationModels', region));
      // The model catalogue changes rarely and every token message lists it: serve it from a
      // short cache so a burst of token requests does not make one Bedrock call each.
      const key = `${region}|${provider ?? ''}`;
      const cached = modelCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.models);
      const client = ctx.bedrock(region);
      const r = await call('bedrock:ListFoundationModels', region, () =>
        client.send(new ListFoundationModelsCommand(provider === null ? {} : { byProvider: provider })),
      );
      if (!r.ok) return r;
      const models = (r.value?.modelSummaries ?? []).map(toModel);
      modelCache.set(key, { models, until: clock.now().getTime() + modelCacheMs });
      return ok(models);
    },

    async listInferenceProfiles(region) {
      if (!REGION_CODE_SYNTAX.test(region)) return err(notARegion('bedrock:ListInferenceProfiles', region));
      const cached = profileCache.get(region);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.profiles);
      const client = ctx.bedrock(region);
      const all: InferenceProfileInfo[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const r = await call('bedrock:ListInferenceProfiles', region, () =>
          client.send(
            new ListInferenceProfilesCommand({
              typeEquals: 'SYSTEM_DEFINED',
              maxResults: 1000,
              ...(nextToken === undefined ? {} : { nextToken }),
            }),
          ),
        );
        if (!r.ok) return r;
        all.push(...(r.value?.inferenceProfileSummaries ?? []).map(toProfile));
        nextToken = r.value?.nextToken;
        if (nextToken === undefined || nextToken === '') break;
      }
      profileCache.set(region, { profiles: all, until: clock.now().getTime() + modelCacheMs });
      return ok(all);
    },

    async getModelAvailability({ region, modelId }) {
      if (!REGION_CODE_SYNTAX.test(region))
        return err(notARegion('bedrock:GetFoundationModelAvailability', region));
      const key = `${region}|${modelId}`;
      const cached = availabilityCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.availability);
      const client = ctx.bedrock(region);
      const r = await call('bedrock:GetFoundationModelAvailability', modelId, () =>
        client.send(new GetFoundationModelAvailabilityCommand({ modelId })),
      );
      if (!r.ok) return r;
      const a = r.value ?? {};
      const availability: ModelAvailability = {
        modelId: a.modelId ?? modelId,
        agreement: a.agreementAvailability?.status ?? 'NOT_AVAILABLE',
        agreementMessage: a.agreementAvailability?.errorMessage ?? null,
        authorized: a.authorizationStatus === 'AUTHORIZED',
        entitled: a.entitlementAvailability === 'AVAILABLE',
        inRegion: a.regionAvailability === 'AVAILABLE',
      };
      if (availability.agreement === 'AVAILABLE' && availability.authorized && availability.entitled)
        availabilityCache.set(key, { availability, until: clock.now().getTime() + modelCacheMs });
      return ok(availability);
    },
  };
}
