/** Read-only requests: the list of business units, one unit's details, models, history. */
import { mapLimit } from './map-limit.js';
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
/** IAM calls for one page run this many units at a time (three calls each). */
const LIST_CONCURRENCY = 10;

export interface UnitsPage {
  outcome: Outcome;
  /** The request for the next page, or null on the last one (or on a failure). */
  next: ParseResult | null;
}

/**
 * One page of business units. The AWS port lists the bot's users a page at a time (one ListUsers
 * call of 20 users, resumed where the last page ended: the "More" button carries its cursor), and
 * only the units shown are read further (tags, keys), so the first page over 1,000 units costs the
 * same few dozen IAM calls as over 20, and never a listing of every user. The total is shown once
 * it is known, on the last page; before that the header says more follow.
 */
export async function listBusinessUnits(
  deps: ReadDeps,
  region: string,
  parse: ParseResult | null = null,
  pageSize = LIST_PAGE_SIZE,
  /** Only the units whose owner tag is this email (the caller resolved mentions and "me"). */
  ownerEmail: string | null = null,
): Promise<UnitsPage> {
  if (ownerEmail !== null) return listUnitsOwnedBy(deps, region, ownerEmail, parse, pageSize);
  const listed = await deps.aws.listBedrockUserPage({ limit: pageSize, cursor: parse?.page?.after ?? null });
  if (!listed.ok)
    return { outcome: failure(listed.error, deps, 'list the business-unit IAM users'), next: null };
  // A "More" button from an older version starts over: its page is numbered as the first.
  const pageNumber = listed.value.restarted === true ? 1 : (parse?.page?.page ?? 1);
  const shown = listed.value.users;
  // Every page but the last holds exactly `pageSize` users, so the numbering needs no count.
  const first = (pageNumber - 1) * pageSize + 1;
  const summaries = await mapLimit(shown, LIST_CONCURRENCY, async ({ userName }) => {
    // The unit's own tags (owner, business unit: GetUser carries them) and both kinds of keys, all
    // three at once: one round trip to IAM per unit rather than two.
    const [full, access, api] = await Promise.all([
      deps.aws.getUser(userName, { summary: true }),
      deps.aws.listAccessKeys(userName, { summary: true }),
      deps.aws.listApiKeys(userName, { summary: true }),
    ]);
    if (!full.ok) return { ok: false as const, outcome: failure(full.error, deps, `read ${userName}`) };
    if (full.value === null) return null; // deleted meanwhile (its keys went with it)
    if (!access.ok)
      return {
        ok: false as const,
        outcome: failure(access.error, deps, `list the access keys of ${userName}`),
      };
    if (!api.ok)
      return { ok: false as const, outcome: failure(api.error, deps, `list the API keys of ${userName}`) };
    return { ok: true as const, value: summaryOf(full.value, access.value, api.value, deps) };
  });
  const units: BusinessUnitSummary[] = [];
  for (const s of summaries) {
    if (s === null) continue;
    if (!s.ok) return { outcome: s.outcome, next: null };
    units.push(s.value);
  }
  const more = listed.value.next;
  const paged = parse?.page !== undefined || more !== null;
  // A single page is shown by unit; pages keep the listing's order, which runs on from page to page.
  if (!paged) units.sort((a, b) => a.businessUnit.localeCompare(b.businessUnit));
  const outcome: Extract<Outcome, { type: 'business-units' }> = {
    type: 'business-units',
    units,
    region,
    ...(paged ? { page: { first, total: more === null ? first - 1 + shown.length : null } } : {}),
  };
  const next: ParseResult | null =
    more !== null && parse !== null ? { ...parse, page: { after: more, page: pageNumber + 1 } } : null;
  return { outcome, next };
}

/**
 * A filtered page reads at most this many users' owner tags (one GetUser each), however few match:
 * five ListUsers pages of 20, so a click on "More" costs at most about 110 IAM calls plus two per
 * matching unit, on an account of any size.
 */
export const LIST_FILTER_CHECK_CAP = 100;

/**
 * One page of the units one person owns. IAM cannot list users by tag, so the listing is read a
 * ListUsers page at a time and only those users' tags are read (GetUser, which carries them); pages
 * are read until `pageSize` units match, the listing ends, or LIST_FILTER_CHECK_CAP users were
 * checked. Keys are read for the matching units only. The "More" cursor resumes the listing where
 * the last checked page ended, with the counts so far, so each click checks the next users once.
 * The last page read may hold a few more matches than `pageSize`: they are all shown, never dropped.
 */
async function listUnitsOwnedBy(
  deps: ReadDeps,
  region: string,
  ownerEmail: string,
  parse: ParseResult | null,
  pageSize: number,
): Promise<UnitsPage> {
  const owner = ownerEmail.trim().toLowerCase();
  let cursor = parse?.page?.after ?? null;
  let restarted = false;
  let checkedHere = 0;
  const matching: IamUser[] = [];
  do {
    const listed = await deps.aws.listBedrockUserPage({ limit: pageSize, cursor });
    if (!listed.ok)
      return { outcome: failure(listed.error, deps, 'list the business-unit IAM users'), next: null };
    if (listed.value.restarted === true && checkedHere === 0) restarted = true;
    const read = await mapLimit(listed.value.users, LIST_CONCURRENCY, ({ userName }) =>
      deps.aws.getUser(userName, { summary: true }).then((r) => ({ userName, r })),
    );
    for (const { userName, r } of read) {
      if (!r.ok) return { outcome: failure(r.error, deps, `read ${userName}`), next: null };
      if (r.value !== null && ownerOf(r.value)?.toLowerCase() === owner) matching.push(r.value);
    }
    checkedHere += listed.value.users.length;
    cursor = listed.value.next;
  } while (cursor !== null && matching.length < pageSize && checkedHere + pageSize <= LIST_FILTER_CHECK_CAP);

  const summaries = await mapLimit(matching, LIST_CONCURRENCY, async (user) => {
    const [access, api] = await Promise.all([
      deps.aws.listAccessKeys(user.userName, { summary: true }),
      deps.aws.listApiKeys(user.userName, { summary: true }),
    ]);
    if (!access.ok)
      return {
        ok: false as const,
        outcome: failure(access.error, deps, `list the access keys of ${user.userName}`),
      };
    if (!api.ok)
      return {
        ok: false as const,
        outcome: failure(api.error, deps, `list the API keys of ${user.userName}`),
      };
    return { ok: true as const, value: summaryOf(user, access.value, api.value, deps) };
  });
  const units: BusinessUnitSummary[] = [];
  for (const s of summaries) {
    if (!s.ok) return { outcome: s.outcome, next: null };
    units.push(s.value);
  }
  const earlier = restarted ? undefined : parse?.page;
  const pageNumber = earlier?.page ?? 1;
  const matchedBefore = earlier?.matched ?? 0;
  const checked = (earlier?.checked ?? 0) + checkedHere;
  const paged = earlier !== undefined || cursor !== null;
  if (!paged) units.sort((a, b) => a.businessUnit.localeCompare(b.businessUnit));
  const first = matchedBefore + 1;
  const outcome: Extract<Outcome, { type: 'business-units' }> = {
    type: 'business-units',
    units,
    region,
    filter: { owner, checked },
    ...(paged ? { page: { first, total: cursor === null ? matchedBefore + units.length : null } } : {}),
  };
  const next: ParseResult | null =
    cursor !== null && parse !== null
      ? {
          ...parse,
          // The resolved email, so the next page needs no lookup of a mention or of "me".
          owner,
          page: { after: cursor, page: pageNumber + 1, matched: matchedBefore + units.length, checked },
        }
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
