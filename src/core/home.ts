/**
 * What one person's App Home shows, as a value: their recent tokens (metadata only, never a
 * token), their requests and where each stands, the business units they own with their keys'
 * ages and expiries, and for admins the approvals waiting for them and the units with hygiene
 * flags. Rendered by src/render/home-view.ts; published by src/slack/app-home/.
 */
import type { AccessKeyInfo, ApiKeyInfo, AwsPort, IamUser } from './aws-port.js';
import { isAdmin, isOwner } from './authorize.js';
import type { Ledger, RequestState } from './ledger-port.js';
import type { BusinessUnitSummary } from './outcome.js';
import { mapLimit } from './map-limit.js';
import { summaryOf } from './read-flows.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';
import { checkBusinessUnit, userNameFor } from './validation.js';

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
  /**
   * True when every unit of the account was checked for ownership (a small account: one page).
   * Otherwise the owned units are those the person asked the bot about (the ledger), checked in
   * IAM; one whose owner tag was set elsewhere may be missing, and the view says so.
   */
  ownedUnitsComplete: boolean;
  /** Admins only (empty otherwise). */
  pendingApprovals: HomeRequest[];
  /** Admins only: units with at least one hygiene flag, among the `unitsChecked` first units. */
  flaggedUnits: BusinessUnitSummary[];
  /** Admins only: how many units' flags were read (the first page of `list`, never the account). */
  unitsChecked: number;
  /** Admins only: whether the account has more units than those checked (`list` pages on). */
  moreUnits: boolean;
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
/**
 * The units the Home reads from the account's listing: one page of `list` (a ListUsers call of this
 * many users, then three IAM calls per unit), however many units the account has. An admin's flags
 * cover this page; a member's units come from it only when it is the whole account.
 */
export const HOME_UNITS_PAGE = 20;
/** The person's most recent requests whose units are checked for ownership (one indexed query). */
export const HOME_OWN_REQUESTS = 50;
/** Units whose user and keys are read at once. */
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
    ownedUnitsComplete: false,
    pendingApprovals,
    flaggedUnits: [],
    unitsChecked: 0,
    moreUnits: false,
    awsProblem: null,
  };

  // One page of the account's units (names only), never the whole account: IAM has no way to ask
  // for the units whose owner tag is someone's email, and reading every unit's tags costs one call
  // per unit (1,000 calls for 1,000 units on every first open).
  const page = await deps.aws.listBedrockUserPage({ limit: HOME_UNITS_PAGE, cursor: null });
  if (!page.ok) return { ...snapshot, awsProblem: page.error.message };
  const wholeAccount = page.value.next === null;
  // The units this person asked the bot about (their requests in the ledger, indexed by requester):
  // the units they are likely to own, checked against the owner tag in IAM below.
  const asked = wholeAccount
    ? []
    : await deps.ledger.findRequests({ requesterId: requester.userId, limit: HOME_OWN_REQUESTS });
  const names = new Set<string>();
  if (admin || wholeAccount) for (const u of page.value.users) names.add(u.userName);
  for (const r of asked)
    if (r.businessUnit !== null && checkBusinessUnit(r.businessUnit).length === 0)
      names.add(userNameFor(r.businessUnit));

  const path = deps.settings.iamUserPath;
  const readDeps = { aws: deps.aws, settings: deps.settings, now: deps.now, reference: deps.reference };
  const onPage = new Set(page.value.users.map((u) => u.userName));
  // Each unit's user (its tags: owner, business unit) and both kinds of keys, all three at once.
  const read = await mapLimit([...names], HOME_CONCURRENCY, async (userName) => {
    const [user, access, api] = await Promise.all([
      deps.aws.getUser(userName, { summary: true }),
      deps.aws.listAccessKeys(userName, { summary: true }),
      deps.aws.listApiKeys(userName, { summary: true }),
    ]);
    return { userName, user, access, api };
  });
  const units: { user: IamUser; summary: BusinessUnitSummary; home: HomeUnit }[] = [];
  for (const { userName, user, access, api } of read) {
    if (!user.ok) return { ...snapshot, awsProblem: `could not read ${userName}: ${user.error.message}` };
    // Gone, or a user of that name the bot does not manage (another path): not a unit.
    if (user.value === null || !(user.value.path.startsWith(path) || user.value.path === '/')) continue;
    if (!access.ok || !api.ok) return { ...snapshot, awsProblem: `could not read ${userName}` };
    const summary = summaryOf(user.value, access.value, api.value, readDeps);
    units.push({
      user: user.value,
      summary,
      home: { summary, accessKeys: access.value, apiKeys: api.value },
    });
  }
  units.sort((a, b) => a.summary.businessUnit.localeCompare(b.summary.businessUnit));
  for (const { user, summary, home } of units) {
    if (isOwner(requester, user)) snapshot.ownedUnits.push(home);
    if (admin && onPage.has(user.userName) && flagged(summary)) snapshot.flaggedUnits.push(summary);
  }
  return {
    ...snapshot,
    ownedUnitsComplete: wholeAccount,
    unitsChecked: admin ? page.value.users.length : 0,
    moreUnits: admin && !wholeAccount,
  };
}
