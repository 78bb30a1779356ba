/**
 * What one person's App Home shows, as a value: their recent tokens (metadata only, never a
 * token), their requests and where each stands, the business units they own with their keys'
 * ages and expiries, and for admins the approvals waiting for them and the units with hygiene
 * flags. Rendered by src/render/home-view.ts; published by src/slack/app-home/.
 */
import type { AccessKeyInfo, ApiKeyInfo, AwsPort } from './aws-port.js';
import { isAdmin, isOwner } from './authorize.js';
import type { Ledger, RequestState } from './ledger-port.js';
import type { BusinessUnitSummary } from './outcome.js';
import { mapLimit, summaryOf } from './read-flows.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf } from './validation.js';

export interface HomeToken {
  issuedAt: Date;
  region: string;
  expiresAt: Date;
}

export interface HomeRequest {
  id: string;
  title: string;
  businessUnit: string | null;
  state: RequestState;
  updatedAt: Date;
}

export interface HomeUnit {
  summary: BusinessUnitSummary;
  accessKeys: AccessKeyInfo[];
  apiKeys: ApiKeyInfo[];
}

export interface HomeSnapshot {
  userId: string;
  isAdmin: boolean;
  now: Date;
  tokens: HomeToken[];
  requests: HomeRequest[];
  ownedUnits: HomeUnit[];
  /** Admins only (empty otherwise). */
  pendingApprovals: HomeRequest[];
  /** Admins only: units with at least one hygiene flag. */
  flaggedUnits: BusinessUnitSummary[];
  /** When AWS could not be read, why (the ledger parts still show). */
  awsProblem: string | null;
}

export interface HomeDeps {
  aws: AwsPort;
  ledger: Ledger;
  settings: CoreSettings;
  now: Date;
  reference: () => string;
}

/** How many rows each section reads; the renderer shows at most these. */
export const HOME_LIMITS = { tokens: 5, requests: 8, approvals: 10 } as const;
/** Units whose keys are read at once. */
const HOME_CONCURRENCY = 10;

/** The token_issued event's detail, as token-flow.ts writes it: "region R, expires ISO, …". */
const TOKEN_DETAIL = /^region ([a-z0-9-]+), expires (\d{4}-\d\d-\d\dT[\d:.]+Z)/;

export function tokenFromEvent(detail: string, at: Date): HomeToken | null {
  const m = TOKEN_DETAIL.exec(detail);
  if (m === null) return null;
  const expiresAt = new Date(m[2] ?? '');
  return Number.isNaN(expiresAt.getTime()) ? null : { issuedAt: at, region: m[1] ?? '', expiresAt };
}

function requestTitle(payload: Record<string, unknown>, intent: string, bu: string | null): string {
  const plan = payload.plan as { title?: unknown } | undefined;
  if (typeof plan?.title === 'string' && plan.title !== '') return plan.title;
  return bu === null ? intent.replace('_', ' ') : `${intent.replace('_', ' ')} for ${bu}`;
}

const flagged = (s: BusinessUnitSummary): boolean =>
  s.flags.noOwner ||
  s.flags.neverExpiringKeys > 0 ||
  s.flags.keysOlderThan90Days > 0 ||
  s.flags.keysExpiringWithin7Days > 0;

export async function buildHome(requester: Requester, deps: HomeDeps): Promise<HomeSnapshot> {
  const admin = isAdmin(requester, deps.settings);
  // The newest tokens of the last week: one indexed page, newest first, however long the ledger.
  const tokenEvents = await deps.ledger.queryEvents({
    actorId: requester.userId,
    kinds: ['token_issued'],
    since: new Date(deps.now.getTime() - 7 * 86_400_000),
    newestFirst: true,
    limit: HOME_LIMITS.tokens * 2,
  });
  const tokens = tokenEvents
    .map((e) => tokenFromEvent(e.detail, e.at))
    .filter((t): t is HomeToken => t !== null)
    .slice(0, HOME_LIMITS.tokens);
  const toHome = (r: Awaited<ReturnType<Ledger['findRequests']>>[number]): HomeRequest => ({
    id: r.id,
    title: requestTitle(r.payload, r.intent, r.businessUnit),
    businessUnit: r.businessUnit,
    state: r.state,
    updatedAt: r.updatedAt,
  });
  const requests = (
    await deps.ledger.findRequests({ requesterId: requester.userId, limit: HOME_LIMITS.requests })
  ).map(toHome);
  const pendingApprovals = admin
    ? (await deps.ledger.findRequests({ states: ['awaiting_approval'], limit: HOME_LIMITS.approvals }))
        .filter((r) => r.expiresAt.getTime() > deps.now.getTime())
        .map(toHome)
    : [];

  const snapshot: HomeSnapshot = {
    userId: requester.userId,
    isAdmin: admin,
    now: deps.now,
    tokens,
    requests,
    ownedUnits: [],
    pendingApprovals,
    flaggedUnits: [],
    awsProblem: null,
  };

  const users = await deps.aws.listBedrockUsers();
  if (!users.ok) return { ...snapshot, awsProblem: users.error.message };
  const readDeps = { aws: deps.aws, settings: deps.settings, now: deps.now, reference: deps.reference };
  const shown = [...users.value]
    .sort((a, b) => businessUnitOf(a).localeCompare(businessUnitOf(b)))
    .filter((user) => admin || isOwner(requester, user));
  // Each unit's keys are read once (several units at a time): the summary and the owner's key
  // list come from the same two calls.
  const read = await mapLimit(shown, HOME_CONCURRENCY, async (user) => {
    const [access, api] = await Promise.all([
      deps.aws.listAccessKeys(user.userName, { summary: true }),
      deps.aws.listApiKeys(user.userName, { summary: true }),
    ]);
    return { user, access, api };
  });
  for (const { user, access, api } of read) {
    if (!access.ok || !api.ok) return { ...snapshot, awsProblem: `could not read ${user.userName}` };
    const summary = summaryOf(user, access.value, api.value, readDeps);
    if (isOwner(requester, user))
      snapshot.ownedUnits.push({ summary, accessKeys: access.value, apiKeys: api.value });
    if (admin && flagged(summary)) snapshot.flaggedUnits.push(summary);
  }
  return snapshot;
}
