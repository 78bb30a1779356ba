/**
 * What Bedrock answers in a few Regions: ListFoundationModels and ListInferenceProfiles
 * (SYSTEM_DEFINED), shaped as AWS documents them in the model cards and the cross-Region inference
 * pages. Claude 4.x models list INFERENCE_PROFILE only (no on-demand), so they are called through
 * a profile that exists in the Region: us. in N. Virginia, eu. in Frankfurt, jp. in Tokyo, au. in
 * Sydney, and global. everywhere (Canada has no geographic Claude profile: global. only). Older
 * models still come through apac. in Tokyo and Sydney. Undated IDs (anthropic.claude-sonnet-4-6,
 * anthropic.claude-opus-4-7) sit next to dated ones.
 *
 * The dry run serves it (example-aws-port.ts); tests check every answer against it.
 */
import type { InferenceProfileInfo, ModelInfo } from '../core/aws-port.js';

type Spec = readonly [id: string, name: string, provider: string];

const M = {
  opus47: ['anthropic.claude-opus-4-7', 'Claude Opus 4.7', 'Anthropic'],
  sonnet46: ['anthropic.claude-sonnet-4-6', 'Claude Sonnet 4.6', 'Anthropic'],
  sonnet45: ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic'],
  haiku45: ['anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5', 'Anthropic'],
  opus41: ['anthropic.claude-opus-4-1-20250805-v1:0', 'Claude Opus 4.1', 'Anthropic'],
  sonnet4: ['anthropic.claude-sonnet-4-20250514-v1:0', 'Claude Sonnet 4', 'Anthropic'],
  sonnet37: ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'Claude 3.7 Sonnet', 'Anthropic'],
  haiku3: ['anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', 'Anthropic'],
  novaPro: ['amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon'],
  novaLite: ['amazon.nova-lite-v1:0', 'Nova Lite', 'Amazon'],
  titanEmbed: ['amazon.titan-embed-text-v2:0', 'Titan Text Embeddings V2', 'Amazon'],
  llama33: ['meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', 'Meta'],
  deepseekR1: ['deepseek.r1-v1:0', 'DeepSeek-R1', 'DeepSeek'],
  mistralLarge: ['mistral.mistral-large-2402-v1:0', 'Mistral Large (24.02)', 'Mistral AI'],
} as const satisfies Record<string, Spec>;

function model(
  spec: Spec,
  inferenceTypes: string[],
  opts: { status?: string; output?: string } = {},
): ModelInfo {
  return {
    modelId: spec[0],
    modelName: spec[1],
    providerName: spec[2],
    status: opts.status ?? 'ACTIVE',
    inferenceTypes,
    inputModalities: ['TEXT'],
    outputModalities: [opts.output ?? 'TEXT'],
  };
}

const PROFILE_ONLY = ['INFERENCE_PROFILE'];
const ON_DEMAND = ['ON_DEMAND'];
const BOTH = ['ON_DEMAND', 'INFERENCE_PROFILE'];

const GEO_DESTINATIONS: Record<string, string[]> = {
  us: ['us-east-1', 'us-east-2', 'us-west-2'],
  eu: ['eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-3'],
  jp: ['ap-northeast-1', 'ap-northeast-3'],
  au: ['ap-southeast-2', 'ap-southeast-4'],
  apac: [
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
  ],
  // Global profiles route to any commercial Region: their model ARNs name no Region.
  global: [],
};

const GEO_NAMES: Record<string, string> = {
  us: 'US',
  eu: 'EU',
  jp: 'JP',
  au: 'AU',
  apac: 'APAC',
  global: 'Global',
};

function profile(geo: string, spec: Spec): InferenceProfileInfo {
  return {
    profileId: `${geo}.${spec[0]}`,
    name: `${GEO_NAMES[geo] ?? geo.toUpperCase()} ${spec[2]} ${spec[1]}`,
    status: 'ACTIVE',
    modelIds: [spec[0]],
    destinationRegions: [...(GEO_DESTINATIONS[geo] ?? [])],
  };
}

const GLOBAL_CLAUDE = [M.opus47, M.sonnet46, M.sonnet45, M.haiku45, M.sonnet4].map((s) =>
  profile('global', s),
);

export interface RegionCatalogFixture {
  models: ModelInfo[];
  profiles: InferenceProfileInfo[];
}

export const EXAMPLE_BEDROCK_REGIONS: Record<string, RegionCatalogFixture> = {
  'us-east-1': {
    models: [
      model(M.opus47, PROFILE_ONLY),
      model(M.sonnet46, PROFILE_ONLY),
      model(M.sonnet45, PROFILE_ONLY),
      model(M.haiku45, PROFILE_ONLY),
      model(M.opus41, PROFILE_ONLY),
      model(M.sonnet4, PROFILE_ONLY),
      model(M.sonnet37, PROFILE_ONLY, { status: 'LEGACY' }),
      model(M.haiku3, ON_DEMAND),
      model(M.novaPro, BOTH),
      model(M.novaLite, BOTH),
      model(M.titanEmbed, ON_DEMAND, { output: 'EMBEDDING' }),
      model(M.llama33, PROFILE_ONLY),
      model(M.deepseekR1, PROFILE_ONLY),
      model(M.mistralLarge, ON_DEMAND),
    ],
    profiles: [
      ...[M.opus47, M.sonnet46, M.sonnet45, M.haiku45, M.opus41, M.sonnet4, M.sonnet37].map((s) =>
        profile('us', s),
      ),
      ...GLOBAL_CLAUDE,
      ...[M.novaPro, M.novaLite, M.llama33, M.deepseekR1].map((s) => profile('us', s)),
    ],
  },
  'eu-central-1': {
    models: [
      model(M.opus47, PROFILE_ONLY),
      model(M.sonnet46, PROFILE_ONLY),
      model(M.sonnet45, PROFILE_ONLY),
      model(M.haiku45, PROFILE_ONLY),
      model(M.sonnet4, PROFILE_ONLY),
      model(M.sonnet37, PROFILE_ONLY, { status: 'LEGACY' }),
      model(M.haiku3, ON_DEMAND),
      model(M.novaPro, PROFILE_ONLY),
      model(M.novaLite, PROFILE_ONLY),
      model(M.titanEmbed, ON_DEMAND, { output: 'EMBEDDING' }),
    ],
    profiles: [
      ...[M.opus47, M.sonnet46, M.sonnet45, M.haiku45, M.sonnet4, M.sonnet37, M.novaPro, M.novaLite].map(
        (s) => profile('eu', s),
      ),
      ...GLOBAL_CLAUDE,
    ],
  },
  'ap-northeast-1': {
    models: [
      model(M.opus47, PROFILE_ONLY),
      model(M.sonnet46, PROFILE_ONLY),
      model(M.sonnet45, PROFILE_ONLY),
      model(M.haiku45, PROFILE_ONLY),
      model(M.sonnet4, PROFILE_ONLY),
      model(M.sonnet37, PROFILE_ONLY, { status: 'LEGACY' }),
      model(M.haiku3, ON_DEMAND),
      model(M.novaPro, PROFILE_ONLY),
      model(M.novaLite, PROFILE_ONLY),
      model(M.titanEmbed, ON_DEMAND, { output: 'EMBEDDING' }),
    ],
    profiles: [
      ...[M.sonnet46, M.sonnet45, M.haiku45].map((s) => profile('jp', s)),
      ...[M.sonnet4, M.sonnet37, M.novaPro, M.novaLite].map((s) => profile('apac', s)),
      ...GLOBAL_CLAUDE,
    ],
  },
  'ap-southeast-2': {
    models: [
      model(M.opus47, PROFILE_ONLY),
      model(M.sonnet46, PROFILE_ONLY),
      model(M.sonnet45, PROFILE_ONLY),
      model(M.haiku45, PROFILE_ONLY),
      model(M.sonnet4, PROFILE_ONLY),
      model(M.sonnet37, PROFILE_ONLY, { status: 'LEGACY' }),
      model(M.haiku3, ON_DEMAND),
      model(M.novaPro, PROFILE_ONLY),
      model(M.novaLite, PROFILE_ONLY),
    ],
    profiles: [
      ...[M.sonnet46, M.sonnet45, M.haiku45].map((s) => profile('au', s)),
      ...[M.sonnet4, M.sonnet37, M.novaPro, M.novaLite].map((s) => profile('apac', s)),
      ...GLOBAL_CLAUDE,
    ],
  },
  'ca-central-1': {
    models: [
      model(M.opus47, PROFILE_ONLY),
      model(M.sonnet46, PROFILE_ONLY),
      model(M.sonnet45, PROFILE_ONLY),
      model(M.haiku45, PROFILE_ONLY),
      model(M.sonnet4, PROFILE_ONLY),
      // Listed, but no profile can be called from Canada: it must not be offered.
      model(M.opus41, PROFILE_ONLY),
      model(M.haiku3, ON_DEMAND),
      model(M.titanEmbed, ON_DEMAND, { output: 'EMBEDDING' }),
    ],
    profiles: [...GLOBAL_CLAUDE],
  },
};

/** Regions the fixture does not describe get the global profiles only (as a Region new to Bedrock would). */
export function exampleBedrockRegion(region: string): RegionCatalogFixture {
  return (
    EXAMPLE_BEDROCK_REGIONS[region] ?? {
      models: [M.opus47, M.sonnet46, M.sonnet45, M.haiku45, M.sonnet4].map((s) => model(s, PROFILE_ONLY)),
      profiles: [...GLOBAL_CLAUDE],
    }
  );
}
