/**
 * Which model IDs work in a Region, from what AWS says there, not from a naming rule:
 * ListFoundationModels (what exists and whether it can be called on demand) and ListInferenceProfiles
 * (the system-defined profiles callable from that Region). A model is called by its own ID where it
 * supports ON_DEMAND, else through a profile listed in that Region: a geographic one (us., eu., jp.,
 * au., apac., ca., us-gov. …, the narrowest first), then global.
 *
 * "Newest" is by model family and version read from the ID (claude-sonnet 4.6 > 4.5 whatever dates
 * the IDs carry), and the default for snippets is the newest generation, Sonnet first, unless an
 * admin set DEFAULT_MODEL (a family such as "opus", or a model or profile ID).
 *
 * Every snippet, the `models` answer and the doctor use `loadModelCatalog`, so they agree.
 */
import type { AwsFailure, AwsPort, AwsResult, InferenceProfileInfo, ModelInfo } from './aws-port.js';
import { err, ok } from './result.js';

export type InvokeRoute = 'on-demand' | 'geo-profile' | 'global-profile';

export interface InvocableModel extends ModelInfo {
  /** The ID to put in `modelId` (or the URL path): the model's own, or an inference profile's. */
  invokeId: string;
  route: InvokeRoute;
  /** E.g. "claude-sonnet", "nova-pro", "llama-70b-instruct". */
  family: string;
  /** E.g. [4, 6] for anthropic.claude-sonnet-4-6, [3, 5] for anthropic.claude-3-5-sonnet-…. */
  version: number[];
}

export interface ModelCatalog {
  region: string;
  /** Callable text models, newest first within each provider. */
  models: InvocableModel[];
  /** The model the snippets use; null when none can be called here. */
  defaultModel: InvocableModel | null;
  /** Why the default is what it is, when an admin's DEFAULT_MODEL could not be honoured. */
  defaultNote: string | null;
  /** Models AWS lists here that have neither on-demand nor a profile callable from this Region. */
  unreachable: ModelInfo[];
  /** Set when the profiles could not be listed (then only on-demand models are offered). */
  profilesFailure: AwsFailure | null;
}

const DATE = /^(19|20)\d{6}$/;

/** Family and version from a model ID: "anthropic.claude-3-5-sonnet-20241022-v2:0" → claude-sonnet [3, 5]. */
export function parseModelVersion(modelId: string): { family: string; version: number[] } {
  const bare = modelId.replace(/^[a-z-]+\.(?=[a-z]+\.)/, ''); // a profile prefix (us., global.)
  const withoutProvider = bare.includes('.') ? bare.slice(bare.indexOf('.') + 1) : bare;
  const withoutRevision = withoutProvider.replace(/:\d+$/, '');
  const tokens = withoutRevision.split('-').flatMap((t) => {
    const m = /^v\d+$/.test(t) ? null : /^([a-z]+)(\d+)$/.exec(t); // "llama3" → llama, 3 (not "v1")
    return m ? [m[1] ?? '', m[2] ?? ''] : [t];
  });
  const family: string[] = [];
  const version: number[] = [];
  let apiRevision: number | null = null;
  for (const t of tokens) {
    if (DATE.test(t)) continue;
    if (/^v\d+$/.test(t)) {
      apiRevision = Number(t.slice(1));
      continue;
    }
    if (/^\d{1,3}$/.test(t)) version.push(Number(t));
    else if (t !== '') family.push(t);
  }
  if (version.length === 0 && apiRevision !== null) version.push(apiRevision);
  return { family: family.join('-'), version };
}

/** Negative when a is older than b. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function isTextModel(m: ModelInfo): boolean {
  return m.outputModalities.length === 0 || m.outputModalities.includes('TEXT');
}

function prefixOf(profileId: string): string {
  return profileId.slice(0, profileId.indexOf('.'));
}

function pickProfile(profiles: InferenceProfileInfo[]): InferenceProfileInfo | null {
  const active = profiles.filter((p) => p.status === 'ACTIVE' || p.status === '');
  const geo = active
    .filter((p) => prefixOf(p.profileId) !== 'global')
    .sort(
      (a, b) =>
        a.destinationRegions.length - b.destinationRegions.length || a.profileId.localeCompare(b.profileId),
    );
  return geo[0] ?? active.find((p) => prefixOf(p.profileId) === 'global') ?? null;
}

/** The name a profile's model goes by: "US Anthropic Claude Sonnet 4.6" → "Claude Sonnet 4.6". */
function nameFromProfile(p: InferenceProfileInfo, provider: string): string {
  const words = p.name.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === provider.toLowerCase());
  return at >= 0 && at < words.length - 1 ? words.slice(at + 1).join(' ') : p.name;
}

const PROVIDER_NAMES: Record<string, string> = {
  anthropic: 'Anthropic',
  amazon: 'Amazon',
  meta: 'Meta',
  mistral: 'Mistral AI',
  deepseek: 'DeepSeek',
  cohere: 'Cohere',
  writer: 'Writer',
  openai: 'OpenAI',
  qwen: 'Qwen',
};

/** Joins what AWS listed in one Region into the models that can be called there, and how. */
export function buildCatalog(
  models: readonly ModelInfo[],
  profiles: readonly InferenceProfileInfo[],
): { models: InvocableModel[]; unreachable: ModelInfo[] } {
  const byModel = new Map<string, InferenceProfileInfo[]>();
  for (const p of profiles) {
    for (const id of p.modelIds) byModel.set(id, [...(byModel.get(id) ?? []), p]);
  }
  const out: InvocableModel[] = [];
  const unreachable: ModelInfo[] = [];
  const seen = new Set<string>();
  for (const m of models) {
    seen.add(m.modelId);
    // Legacy models still answer but are on their way out: neither listed nor offered.
    if (!isTextModel(m) || m.status === 'LEGACY') continue;
    const parsed = parseModelVersion(m.modelId);
    if (m.inferenceTypes.length === 0 || m.inferenceTypes.includes('ON_DEMAND')) {
      out.push({ ...m, ...parsed, invokeId: m.modelId, route: 'on-demand' });
      continue;
    }
    const profile = pickProfile(byModel.get(m.modelId) ?? []);
    if (profile === null) {
      unreachable.push(m);
      continue;
    }
    out.push({
      ...m,
      ...parsed,
      invokeId: profile.profileId,
      route: prefixOf(profile.profileId) === 'global' ? 'global-profile' : 'geo-profile',
    });
  }
  // Profiles callable here whose model ListFoundationModels did not list in this Region.
  for (const [modelId, ps] of byModel) {
    if (seen.has(modelId)) continue;
    const profile = pickProfile(ps);
    if (profile === null) continue;
    seen.add(modelId);
    const providerKey = modelId.split('.')[0] ?? '';
    const providerName = PROVIDER_NAMES[providerKey] ?? providerKey;
    out.push({
      modelId,
      modelName: nameFromProfile(profile, providerName),
      providerName,
      status: 'ACTIVE',
      inferenceTypes: ['INFERENCE_PROFILE'],
      inputModalities: ['TEXT'],
      outputModalities: ['TEXT'],
      ...parseModelVersion(modelId),
      invokeId: profile.profileId,
      route: prefixOf(profile.profileId) === 'global' ? 'global-profile' : 'geo-profile',
    });
  }
  out.sort(newestFirst);
  return { models: out, unreachable };
}

function isClaude(m: InvocableModel): boolean {
  return m.providerName.toLowerCase() === 'anthropic' && m.family.startsWith('claude');
}

/** Sonnet is the balanced default; Opus and Haiku when a generation has no Sonnet. */
const FAMILY_PREFERENCE = ['claude-sonnet', 'claude-opus', 'claude-haiku'];

function familyRank(family: string): number {
  const i = FAMILY_PREFERENCE.indexOf(family);
  return i < 0 ? FAMILY_PREFERENCE.length : i;
}

/** Active before legacy, then newest version first, then family and ID for a stable order. */
export function newestFirst(a: InvocableModel, b: InvocableModel): number {
  return (
    Number(a.status === 'LEGACY') - Number(b.status === 'LEGACY') ||
    compareVersions(b.version, a.version) ||
    a.family.localeCompare(b.family) ||
    Number(a.route !== 'on-demand') - Number(b.route !== 'on-demand') ||
    a.modelId.localeCompare(b.modelId)
  );
}

/**
 * The default: the newest Claude generation (highest major version) in the Region, Sonnet first,
 * the newest version of that family; without Claude, the newest active model.
 */
export function automaticDefault(models: readonly InvocableModel[]): InvocableModel | null {
  const active = models.filter((m) => m.status !== 'LEGACY');
  const claude = active.filter(isClaude);
  if (claude.length === 0) return [...active].sort(newestFirst)[0] ?? null;
  const generation = Math.max(...claude.map((m) => m.version[0] ?? 0));
  return (
    claude
      .filter((m) => (m.version[0] ?? 0) === generation)
      .sort((a, b) => familyRank(a.family) - familyRank(b.family) || newestFirst(a, b))[0] ?? null
  );
}

/**
 * DEFAULT_MODEL: a model ID or inference-profile ID (used as is when callable here), or a family
 * ("sonnet", "claude-opus", "nova-pro": the newest of it here). Null when nothing matches.
 */
export function preferredModel(models: readonly InvocableModel[], preference: string): InvocableModel | null {
  const want = preference.trim().toLowerCase();
  const exact = models.find((m) => m.invokeId.toLowerCase() === want || m.modelId.toLowerCase() === want);
  if (exact !== undefined) return exact;
  const bare = want.replace(/^[a-z-]+\.(?=[a-z]+\.)/, '');
  const byId = models.find((m) => m.modelId.toLowerCase() === bare);
  if (byId !== undefined) return byId;
  const family = models
    .filter((m) => m.status !== 'LEGACY')
    .filter((m) => m.family === want || m.family.split('-').includes(want) || m.family === `claude-${want}`)
    .sort(newestFirst);
  return family[0] ?? null;
}

export function chooseDefault(
  models: readonly InvocableModel[],
  preference: string | null,
  region: string,
): { model: InvocableModel | null; note: string | null } {
  if (preference !== null && preference.trim() !== '') {
    const preferred = preferredModel(models, preference);
    if (preferred !== null) return { model: preferred, note: null };
    return {
      model: automaticDefault(models),
      note: `The default model set by the admins (${preference}) cannot be called in ${region}; the snippets use the newest one that can.`,
    };
  }
  return { model: automaticDefault(models), note: null };
}

/** The catalogue from lists already read (for the dry run and tests). */
export function catalogFrom(
  region: string,
  models: readonly ModelInfo[],
  profiles: readonly InferenceProfileInfo[],
  defaultModel: string | null = null,
): ModelCatalog {
  const built = buildCatalog(models, profiles);
  const chosen = chooseDefault(built.models, defaultModel, region);
  return {
    region,
    models: built.models,
    defaultModel: chosen.model,
    defaultNote: chosen.note,
    unreachable: built.unreachable,
    profilesFailure: null,
  };
}

/** Everything callable in `region` (optionally one provider), with the default for snippets. */
export async function loadModelCatalog(
  aws: AwsPort,
  region: string,
  options: { defaultModel: string | null; provider?: string | null },
): Promise<AwsResult<ModelCatalog>> {
  const listed = await aws.listFoundationModels({ region, provider: null });
  if (!listed.ok) return err(listed.error);
  const profiles = await aws.listInferenceProfiles(region);
  const built = buildCatalog(listed.value, profiles.ok ? profiles.value : []);
  const chosen = chooseDefault(built.models, options.defaultModel, region);
  const provider = options.provider?.toLowerCase() ?? null;
  const keep = <M extends ModelInfo>(list: M[]): M[] =>
    provider === null ? list : list.filter((m) => m.providerName.toLowerCase() === provider);
  return ok({
    region,
    models: keep(built.models),
    defaultModel: chosen.model,
    defaultNote: chosen.note,
    unreachable: keep(built.unreachable),
    profilesFailure: profiles.ok ? null : profiles.error,
  });
}

/**
 * Claude models from Opus 4.7 on are also served through the Anthropic Messages API on Bedrock
 * (bedrock-mantle: `https://bedrock-mantle.<region>.api.aws/anthropic/v1/messages`).
 */
export function servedByMessagesApi(m: Pick<InvocableModel, 'family' | 'version' | 'providerName'>): boolean {
  return (
    m.providerName.toLowerCase() === 'anthropic' &&
    m.family.startsWith('claude') &&
    compareVersions(m.version, [4, 7]) >= 0
  );
}

export function messagesApiUrl(region: string): string {
  return `https://bedrock-mantle.${region}.api.aws/anthropic/v1/messages`;
}

/** The catalogue of a Region that could not be read: nothing to offer, the snippets use a placeholder. */
export function emptyCatalog(region: string): ModelCatalog {
  return {
    region,
    models: [],
    defaultModel: null,
    defaultNote: null,
    unreachable: [],
    profilesFailure: null,
  };
}
