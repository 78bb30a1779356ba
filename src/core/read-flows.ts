/** Read-only requests: the list of business units, one unit's details, models, history. */
import type { AccessKeyInfo, ApiKeyInfo, AwsPort, IamUser, ModelAvailability } from './aws-port.js';
import { ownerOf } from './authorize.js';
import { explainFailure } from './explain-error.js';
import { loadModelCatalog } from './model-catalog.js';
import type { BusinessUnitSummary, Outcome } from './outcome.js';
import { isLegacyUser } from './planner.js';
import type { ParseResult } from './request.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf } from './validation.js';

const DAY = 86_400_000;

export interface ReadDeps {
  aws: AwsPort;
  settings: CoreSettings;
  now: Date;
  reference: () => string;
}

function failure(
  error: Parameters<typeof explainFailure>[0],
  deps: ReadDeps,
  doing: string,
  businessUnit?: string,
): Outcome {
  return {
    type: 'failure',
    failure: explainFailure(error, {
      doing,
      businessUnit: businessUnit ?? null,
      iamUserPath: deps.settings.iamUserPath,
    }),
    reference: deps.reference(),
  };
}

export function keyFlags(
  accessKeys: AccessKeyInfo[],
  apiKeys: ApiKeyInfo[],
  now: Date,
): Omit<BusinessUnitSummary['flags'], 'noOwner'> {
  const t = now.getTime();
  const live = <K extends { status: string }>(keys: K[]): K[] => keys.filter((k) => k.status !== 'Expired');
  const liveApi = live(apiKeys).filter((k) => k.expiresAt === null || k.expiresAt.getTime() > t);
  const liveAccess = live(accessKeys);
  const all = [...liveApi, ...liveAccess];
  return {
    // Access keys never expire by design; API keys only when created without an expiry.
    neverExpiringKeys: liveAccess.length + liveApi.filter((k) => k.expiresAt === null).length,
    keysOlderThan90Days: all.filter((k) => t - k.createdAt.getTime() > 90 * DAY).length,
    keysExpiringWithin7Days: liveApi.filter(
      (k) => k.expiresAt !== null && k.expiresAt.getTime() - t <= 7 * DAY,
    ).length,
  };
}

export async function summarise(
  user: IamUser,
  deps: ReadDeps,
): Promise<{ ok: true; value: BusinessUnitSummary } | { ok: false; outcome: Outcome }> {
  const [access, api] = await Promise.all([
    deps.aws.listAccessKeys(user.userName, { summary: true }),
    deps.aws.listApiKeys(user.userName, { summary: true }),
  ]);
  if (!access.ok)
    return { ok: false, outcome: failure(access.error, deps, `list the access keys of ${user.userName}`) };
  if (!api.ok)
    return { ok: false, outcome: failure(api.error, deps, `list the API keys of ${user.userName}`) };
  return { ok: true, value: summaryOf(user, access.value, api.value, deps) };
}

/** A unit's summary from its user and keys (read once by the caller). */
export function summaryOf(
  user: IamUser,
  accessKeys: AccessKeyInfo[],
  apiKeys: ApiKeyInfo[],
  deps: Pick<ReadDeps, 'settings' | 'now'>,
): BusinessUnitSummary {
  const owner = ownerOf(user);
  return {
    businessUnit: businessUnitOf(user),
    userName: user.userName,
    owner,
    createdAt: user.createdAt,
    accessKeyCount: accessKeys.length,
    apiKeyCount: apiKeys.length,
    flags: { ...keyFlags(accessKeys, apiKeys, deps.now), noOwner: owner === null },
    legacy: isLegacyUser(user, deps.settings),
  };
}

/** Units per page of `list`: each costs a few IAM calls, so a page stays quick however many there are. */
export const LIST_PAGE_SIZE = 20;
/** IAM calls for one page run this many units at a time. */
const LIST_CONCURRENCY = 10;

/** Runs `fn` over `items`, `limit` at a time, keeping their order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export interface UnitsPage {
  outcome: Outcome;
  /** The request for the next page, or null on the last one (or on a failure). */
  next: ParseResult | null;
}

/**
 * One page of business units, by name. The names come from one ListUsers page per 1,000 users;
 * only the units shown are read further (tags, keys), so the first page over 1,000 units costs the
 * same few dozen IAM calls as over 20, not thousands.
 */
export async function listBusinessUnits(
  deps: ReadDeps,
  region: string,
  parse: ParseResult | null = null,
  pageSize = LIST_PAGE_SIZE,
): Promise<UnitsPage> {
  const users = await deps.aws.listBedrockUsers({ withTags: false });
  if (!users.ok)
    return { outcome: failure(users.error, deps, 'list the business-unit IAM users'), next: null };
  const named = users.value
    .map((user) => ({ user, unit: businessUnitOf(user) }))
    .sort((a, b) => a.unit.localeCompare(b.unit));
  const after = parse?.page?.after;
  const start = after === undefined ? 0 : named.findIndex((n) => n.unit.localeCompare(after) > 0);
  const first = start === -1 ? named.length : start;
  const shown = named.slice(first, first + pageSize);
  const summaries = await mapLimit(shown, LIST_CONCURRENCY, async ({ user }) => {
    // The page's own tags (owner, business unit): GetUser carries them.
    const full = await deps.aws.getUser(user.userName, { summary: true });
    if (!full.ok) return { ok: false as const, outcome: failure(full.error, deps, `read ${user.userName}`) };
    if (full.value === null) return null; // deleted meanwhile
    return summarise(full.value, deps);
  });
  const units: BusinessUnitSummary[] = [];
  for (const s of summaries) {
    if (s === null) continue;
    if (!s.ok) return { outcome: s.outcome, next: null };
    units.push(s.value);
  }
  units.sort((a, b) => a.businessUnit.localeCompare(b.businessUnit));
  const paged = parse?.page !== undefined || named.length > pageSize;
  const outcome: Extract<Outcome, { type: 'business-units' }> = {
    type: 'business-units',
    units,
    region,
    ...(paged ? { page: { first: first + 1, total: named.length } } : {}),
  };
  const last = shown.at(-1);
  const next: ParseResult | null =
    first + pageSize < named.length && last !== undefined && parse !== null
      ? { ...parse, page: { after: last.unit, page: (parse.page?.page ?? 1) + 1 } }
      : null;
  return { outcome, next };
}

export async function unitDetails(businessUnit: string, user: IamUser, deps: ReadDeps): Promise<Outcome> {
  const name = user.userName;
  const attached = await deps.aws.listAttachedUserPolicies(name);
  if (!attached.ok) return failure(attached.error, deps, `list the policies of ${name}`, businessUnit);
  const inline = await deps.aws.listUserPolicies(name);
  if (!inline.ok) return failure(inline.error, deps, `list the inline policies of ${name}`, businessUnit);
  const access = await deps.aws.listAccessKeys(name);
  if (!access.ok) return failure(access.error, deps, `list the access keys of ${name}`, businessUnit);
  const api = await deps.aws.listApiKeys(name);
  if (!api.ok) return failure(api.error, deps, `list the API keys of ${name}`, businessUnit);
  return {
    type: 'details',
    details: {
      businessUnit,
      user,
      owner: ownerOf(user),
      attachedPolicies: attached.value,
      inlinePolicies: inline.value,
      accessKeys: access.value,
      apiKeys: api.value,
    },
    now: deps.now,
  };
}

/** How many models' availability is checked at once, and at most (the answer shows about that many). */
const AVAILABILITY_CONCURRENCY = 5;
const AVAILABILITY_LIMIT = 60;

/**
 * Whether this account can call each model (GetFoundationModelAvailability). Stops at the first
 * failure that is not about one model (AccessDenied, throttling…) and says why.
 */
export async function modelAvailability(
  aws: AwsPort,
  region: string,
  modelIds: readonly string[],
): Promise<{ availability: Record<string, ModelAvailability>; unchecked: string | null }> {
  const availability: Record<string, ModelAvailability> = {};
  const ids = [...new Set(modelIds)].slice(0, AVAILABILITY_LIMIT);
  for (let i = 0; i < ids.length; i += AVAILABILITY_CONCURRENCY) {
    const batch = ids.slice(i, i + AVAILABILITY_CONCURRENCY);
    const answers = await Promise.all(batch.map((modelId) => aws.getModelAvailability({ region, modelId })));
    for (const a of answers) {
      if (a.ok) {
        availability[a.value.modelId] = a.value;
        continue;
      }
      if (a.error.code === 'ModelNotAvailable' || a.error.code === 'InvalidInput') continue;
      return {
        availability,
        unchecked: `${a.error.code} on ${a.error.action}${a.error.code === 'AccessDenied' ? ' (the bot may not check model availability)' : ''}`,
      };
    }
  }
  return { availability, unchecked: null };
}

/** Models that can be called in a region, optionally of one provider, with whether this account may call each. */
export async function listModels(region: string, provider: string | null, deps: ReadDeps): Promise<Outcome> {
  const catalog = await loadModelCatalog(deps.aws, region, {
    defaultModel: deps.settings.defaultModel,
    provider,
  });
  if (!catalog.ok) {
    return {
      type: 'failure',
      failure: explainFailure(catalog.error, { doing: `list the Bedrock models in ${region}`, region }),
      reference: deps.reference(),
    };
  }
  const checked = await modelAvailability(
    deps.aws,
    region,
    catalog.value.models.map((m) => m.modelId),
  );
  return {
    type: 'models',
    region,
    provider,
    catalog: catalog.value,
    availability: checked.availability,
    availabilityUnchecked: checked.unchecked,
  };
}
