/**
 * Spend per business unit: the Bedrock cost AWS attributes to a unit's IAM user, through Cost
 * Explorer (the CostPort), for a period the person states ("last month", "last 7 days").
 *
 * How AWS attributes it (IAM principal-based cost allocation for Amazon Bedrock): Bedrock records
 * the IAM principal of every inference call, and the tags on that principal reach the billing data
 * as cost-allocation tags prefixed `iamPrincipal/`. The bot tags each `<bu>-bedrock-user` with
 * `business-unit=<bu>` (core/planner.ts), so the unit's cost is the cost tagged
 * `iamPrincipal/business-unit=<bu>` once an admin has activated that key for cost allocation.
 * Calls with the unit's long-term keys are made as that IAM user; short-term tokens are signed by the
 * bot (or its signing role) and are not attributed to any unit.
 */
import { ownerOf } from './authorize.js';
import { MONTH_NAMES, quarterName, quarterStart } from './calendar.js';
import type { IamUser } from './aws-port.js';
import type { CostAllocationTagState, CostBucket } from './cost-port.js';
import { explainFailure } from './explain-error.js';
import type { ExplainedFailure, Outcome } from './outcome.js';
import type { ReadDeps } from './read-flows.js';
import type { StatedPeriod } from './request.js';
import { err, ok, type Result } from './result.js';

/** The tag the bot puts on every business-unit user (core/planner.ts `businessUnitTags`). */
export const UNIT_TAG_KEY = 'business-unit';
/** How Cost Explorer names a tag that comes from the calling IAM principal. */
export const IAM_PRINCIPAL_TAG_PREFIX = 'iamPrincipal/';
/** The cost-allocation tag key that carries a unit's Bedrock cost. */
export const SPEND_TAG_KEY = `${IAM_PRINCIPAL_TAG_PREFIX}${UNIT_TAG_KEY}`;
/** Cost Explorer keeps 13 months of history (more only at monthly granularity with multi-year data on). */
export const MAX_MONTHS_BACK = 13;
/** Periods of up to this many days are shown day by day. */
const DAILY_UP_TO_DAYS = 31;

const DAY = 86_400_000;
/** A stated period made concrete with the clock: dates in UTC, `end` exclusive (as Cost Explorer wants). */
export interface ResolvedPeriod {
  start: string;
  end: string;
  granularity: 'MONTHLY' | 'DAILY';
  /** "November 2026 to date", "October 2026", "the last 7 days". */
  label: string;
}

export interface SpendAmount {
  amount: number;
  estimated: boolean;
}

export interface SpendReport {
  businessUnit: string;
  userName: string;
  owner: string | null;
  /** The cost-allocation tag the figures are filtered by. */
  tagKey: string;
  tagValue: string;
  period: ResolvedPeriod;
  currency: string;
  /** Bedrock cost in the period (all Bedrock services together). */
  total: number;
  /** Per calendar month (YYYY-MM), oldest first. */
  months: (SpendAmount & { month: string })[];
  /** Per day (YYYY-MM-DD), oldest first; only for periods shown day by day. */
  days: (SpendAmount & { date: string })[];
  /** Bedrock cost by SERVICE value (Bedrock itself and Marketplace-billed models), largest first. */
  services: { service: string; amount: number }[];
  /** Cost under the same tag from other services (e.g. Amazon Bedrock AgentCore); not in `total`. */
  otherServices: { service: string; amount: number }[];
  /** True while any figure may still change (the current month is estimated until the bill is final). */
  estimated: boolean;
  notes: string[];
}

const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const monthName = (ms: number): string => {
  const d = new Date(ms);
  return `${MONTH_NAMES[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
};

/**
 * The dates to ask Cost Explorer for. No stated period means this month to date. A period that
 * lies in the future or further back than Cost Explorer keeps is a problem, said in plain words.
 */
export function resolvePeriod(stated: StatedPeriod | null, now: Date): Result<ResolvedPeriod, string> {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const today = Date.UTC(y, m, now.getUTCDate());
  const tomorrow = today + DAY;
  const oldest = Date.UTC(y, m - MAX_MONTHS_BACK, 1);
  const tooOld = `Cost Explorer keeps ${MAX_MONTHS_BACK} months of history: ask for ${monthName(oldest)} or later.`;

  const month = (monthsAgo: number): Result<ResolvedPeriod, string> => {
    if (monthsAgo < 0) return err('That month has not started yet, so it has no spend.');
    if (monthsAgo > MAX_MONTHS_BACK) return err(tooOld);
    const first = Date.UTC(y, m - monthsAgo, 1);
    const next = Date.UTC(y, m - monthsAgo + 1, 1);
    return ok({
      start: ymd(first),
      end: ymd(Math.min(next, tomorrow)),
      granularity: 'MONTHLY',
      label: monthsAgo === 0 ? `${monthName(first)} to date` : monthName(first),
    });
  };

  if (stated === null) return month(0);
  switch (stated.kind) {
    case 'month':
      return month(stated.monthsAgo);
    case 'named-month': {
      if (!Number.isInteger(stated.month) || stated.month < 1 || stated.month > 12)
        return err(`There is no month number ${stated.month}.`);
      const year = stated.year ?? (stated.month - 1 <= m ? y : y - 1);
      return month((y - year) * 12 + (m - (stated.month - 1)));
    }
    case 'quarter':
    case 'named-quarter': {
      if (
        stated.kind === 'named-quarter' &&
        (!Number.isInteger(stated.quarter) || stated.quarter < 1 || stated.quarter > 4)
      )
        return err(`There is no quarter Q${stated.quarter}: quarters are Q1 to Q4.`);
      const q = quarterStart(stated, y, m);
      const first = Date.UTC(q.year, q.month, 1);
      const next = Date.UTC(q.year, q.month + 3, 1);
      if (first > today) return err('That quarter has not started yet, so it has no spend.');
      if (first < oldest) return err(tooOld);
      return ok({
        start: ymd(first),
        end: ymd(Math.min(next, tomorrow)),
        granularity: 'MONTHLY',
        label: next > today ? `${quarterName(first)} to date` : quarterName(first),
      });
    }
    case 'days': {
      if (!Number.isInteger(stated.days) || stated.days < 1) return err('Ask for at least one day.');
      const start = tomorrow - stated.days * DAY;
      if (start < oldest) return err(tooOld);
      return ok({
        start: ymd(start),
        end: ymd(tomorrow),
        granularity: stated.days <= DAILY_UP_TO_DAYS ? 'DAILY' : 'MONTHLY',
        label: stated.days === 1 ? 'today' : `the last ${stated.days} days`,
      });
    }
  }
}

/**
 * Whether a Cost Explorer SERVICE value is Bedrock: "Amazon Bedrock" (and "Amazon Bedrock Service",
 * under which some accounts see inference), and the models AWS Marketplace bills, each its own
 * service named "<model> (Amazon Bedrock Edition)", e.g. "Claude Sonnet 4.6 (Amazon Bedrock Edition)".
 */
export function isBedrockService(service: string): boolean {
  return /^Amazon Bedrock(?: Service)?$/.test(service) || /\S \(Amazon Bedrock Edition\)$/.test(service);
}

const CE = 'aws ce --region us-east-1';

/**
 * The tag key is not active for cost allocation (or AWS has not seen it yet): what the admin must do.
 * `businessUnit` is null for the overview of every unit.
 */
export function tagNotActive(
  state: CostAllocationTagState | undefined,
  businessUnit: string | null,
  userName: string | null,
): ExplainedFailure {
  const whose = businessUnit === null ? 'any business unit' : businessUnit;
  const again = businessUnit === null ? 'spend' : `spend for ${businessUnit}`;
  const activate = `${CE} update-cost-allocation-tags-status --cost-allocation-tags-status TagKey=${SPEND_TAG_KEY},Status=Active`;
  const check = `${CE} list-cost-allocation-tags --tag-keys ${SPEND_TAG_KEY}`;
  const seen =
    state === undefined
      ? `AWS does not list the cost allocation tag ${SPEND_TAG_KEY} yet: it appears only after an IAM user tagged ${UNIT_TAG_KEY} (such as ${userName ?? '<unit>-bedrock-user'}) has made Bedrock calls that were billed, up to 24 hours after the first call.`
      : `The cost allocation tag ${SPEND_TAG_KEY} is ${state.status.toLowerCase()}: AWS attributes Bedrock cost to it only once it is activated.`;
  return {
    title: `No spend for ${whose} yet: the cost allocation tag ${SPEND_TAG_KEY} is not active`,
    detail: `Bedrock records which IAM user made each call, and the user's tags reach Cost Explorer as ${IAM_PRINCIPAL_TAG_PREFIX}<tag>. ${seen}`,
    fix: [
      `An AWS admin with billing access (in the management account, if the account is in an AWS Organization) activates ${SPEND_TAG_KEY}: Billing and Cost Management → Cost allocation tags → select it → Activate, or run the first command below.`,
      'Cost Explorer shows costs under the tag from activation on, about 24 hours later; to include earlier months, request a backfill on the same page.',
      ...(state === undefined
        ? [
            businessUnit === null
              ? "If no unit's keys have been used yet, there is nothing to activate: ask again a day after the first Bedrock call."
              : `If nobody has used ${businessUnit}'s keys yet, there is nothing to activate: ask again a day after its first Bedrock call.`,
          ]
        : []),
      `Then ask again: "${again}".`,
    ],
    commands: [activate, check],
    awsAction: 'ce:ListCostAllocationTags',
    // Not a minute's wait: an admin has to act, and the data follow a day later.
    retryable: false,
  };
}

/** The unit's IAM user lacks the business-unit tag (made by hand, or the tag removed). */
function untagged(businessUnit: string, userName: string): ExplainedFailure {
  return {
    title: `${userName} has no ${UNIT_TAG_KEY} tag, so its Bedrock cost cannot be told apart`,
    detail: `Cost Explorer attributes Bedrock cost to a unit through the ${UNIT_TAG_KEY} tag on its IAM user (${SPEND_TAG_KEY} in billing); ${userName} has none.`,
    fix: [
      `An AWS admin tags the user: the command below. Costs are attributed from then on (once ${SPEND_TAG_KEY} is active for cost allocation).`,
      `Then ask again: "spend for ${businessUnit}".`,
    ],
    commands: [`aws iam tag-user --user-name ${userName} --tags Key=${UNIT_TAG_KEY},Value=${businessUnit}`],
    retryable: false,
  };
}

function failure(
  error: Parameters<typeof explainFailure>[0],
  deps: ReadDeps,
  doing: string,
  bu: string | null,
) {
  return {
    type: 'failure' as const,
    failure: explainFailure(error, { doing, businessUnit: bu, iamUserPath: deps.settings.iamUserPath }),
    reference: deps.reference(),
  };
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Adds up Cost Explorer's buckets: totals per month (and day), per service, in one currency. */
export function summariseCosts(
  buckets: CostBucket[],
  granularity: ResolvedPeriod['granularity'],
): Pick<
  SpendReport,
  'currency' | 'total' | 'months' | 'days' | 'services' | 'otherServices' | 'estimated'
> & {
  otherCurrencies: string[];
} {
  const currency = buckets.flatMap((b) => b.services.map((s) => s.unit)).find((u) => u !== '') ?? 'USD';
  const otherCurrencies = new Set<string>();
  const months = new Map<string, SpendAmount>();
  const days: (SpendAmount & { date: string })[] = [];
  const services = new Map<string, number>();
  const others = new Map<string, number>();
  let total = 0;
  for (const bucket of buckets) {
    let inBucket = 0;
    for (const s of bucket.services) {
      if (s.unit !== currency && s.unit !== '') {
        otherCurrencies.add(s.unit);
        continue;
      }
      const target = isBedrockService(s.service) ? services : others;
      target.set(s.service, (target.get(s.service) ?? 0) + s.amount);
      if (isBedrockService(s.service)) inBucket += s.amount;
    }
    total += inBucket;
    const month = bucket.start.slice(0, 7);
    const m = months.get(month) ?? { amount: 0, estimated: false };
    months.set(month, { amount: m.amount + inBucket, estimated: m.estimated || bucket.estimated });
    if (granularity === 'DAILY')
      days.push({ date: bucket.start, amount: round(inBucket), estimated: bucket.estimated });
  }
  const sorted = (map: Map<string, number>) =>
    [...map]
      .map(([service, amount]) => ({ service, amount: round(amount) }))
      .filter((s) => s.amount !== 0)
      .sort((a, b) => b.amount - a.amount || a.service.localeCompare(b.service));
  return {
    currency,
    total: round(total),
    months: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, v]) => ({ month, amount: round(v.amount), estimated: v.estimated })),
    days,
    services: sorted(services),
    otherServices: sorted(others),
    estimated: buckets.some((b) => b.estimated),
    otherCurrencies: [...otherCurrencies].sort(),
  };
}

/** The unit's Bedrock spend in the period, or why it cannot be shown and what to do. */
export async function unitSpend(
  businessUnit: string,
  user: IamUser,
  period: ResolvedPeriod,
  deps: ReadDeps,
): Promise<Outcome> {
  const tagValue = user.tags.find((t) => t.key === UNIT_TAG_KEY)?.value.trim();
  // Without the tag on its user, none of the unit's cost can be attributed to it: say so, ask nothing.
  if (!tagValue)
    return { type: 'failure', failure: untagged(businessUnit, user.userName), reference: deps.reference() };
  const tags = await deps.aws.listCostAllocationTags([SPEND_TAG_KEY]);
  if (!tags.ok)
    return failure(
      tags.error,
      deps,
      `check that ${SPEND_TAG_KEY} is active for cost allocation`,
      businessUnit,
    );
  const state = tags.value.find((t) => t.tagKey === SPEND_TAG_KEY);
  const notActive = (): Outcome => ({
    type: 'failure',
    failure: tagNotActive(state, businessUnit, user.userName),
    reference: deps.reference(),
  });
  // Inactive: nothing is attributed to it, so Cost Explorer is not asked (a billed request).
  if (state?.status === 'Inactive') return notActive();
  const costs = await deps.aws.getCostByService({
    start: period.start,
    end: period.end,
    granularity: period.granularity,
    tagKey: SPEND_TAG_KEY,
    tagValue,
  });
  if (!costs.ok)
    return failure(costs.error, deps, `read ${businessUnit}'s Bedrock cost from Cost Explorer`, businessUnit);
  // Not listed: new to AWS, or not listed where this account can see it. Figures under the tag
  // prove it works; none leave the explanation.
  if (state === undefined && !costs.value.some((b) => b.services.some((x) => x.amount !== 0)))
    return notActive();

  const summary = summariseCosts(costs.value, period.granularity);
  const now = deps.now.getTime();
  const today = ymd(now);
  const notes: string[] = [];
  if (period.end > today)
    notes.push('Cost Explorer updates about once a day: usage from the last 24 hours or so is not in yet.');
  if (summary.estimated) notes.push('Figures for the current month are estimated until the bill is final.');
  if (state !== undefined && state.lastUpdatedAt !== null) {
    if (now - state.lastUpdatedAt.getTime() < DAY)
      notes.push(
        `${SPEND_TAG_KEY} was activated less than 24 hours ago: its costs may not have reached Cost Explorer yet.`,
      );
    if (ymd(state.lastUpdatedAt.getTime()) > period.start)
      notes.push(
        `${SPEND_TAG_KEY} was activated on ${ymd(state.lastUpdatedAt.getTime())}: earlier costs appear only if an admin backfilled the tag (Billing and Cost Management → Cost allocation tags → Backfill).`,
      );
  }
  if (summary.total === 0 && summary.otherServices.length === 0)
    notes.push(
      `No Bedrock usage by ${user.userName} was billed in this period (or it has not reached Cost Explorer yet).`,
    );
  if (summary.otherServices.length > 0)
    notes.push(
      'Costs under the same tag from services other than Bedrock are listed apart and not in the total.',
    );
  if (summary.otherCurrencies.length > 0)
    notes.push(
      `Amounts in ${summary.otherCurrencies.join(', ')} are left out of the ${summary.currency} total.`,
    );
  const { otherCurrencies: _, ...figures } = summary;
  return {
    type: 'spend',
    spend: {
      businessUnit,
      userName: user.userName,
      owner: ownerOf(user),
      tagKey: SPEND_TAG_KEY,
      tagValue,
      period,
      ...figures,
      notes,
    },
  };
}

/** One unit's line in the overview. */
export interface UnitSpendLine {
  businessUnit: string;
  amount: number;
  estimated: boolean;
}

/** Every unit's Bedrock spend in a period, from one Cost Explorer question grouped by the unit tag. */
export interface SpendOverview {
  tagKey: string;
  period: ResolvedPeriod;
  currency: string;
  /** All Bedrock cost in the period: the units' and the unattributed together. */
  total: number;
  /** Units with Bedrock cost in the period, largest first. */
  units: UnitSpendLine[];
  /** Bedrock cost carrying no unit tag: short-term tokens (signed by the bot or its role) and other callers. */
  unattributed: number;
  estimated: boolean;
  notes: string[];
}

/**
 * Spend across every business unit (admins): one grouped Cost Explorer question (a billed request)
 * rather than one per unit, so that a FinOps "who spent what last month" costs a cent, not fifty.
 */
export async function spendOverview(period: ResolvedPeriod, deps: ReadDeps): Promise<Outcome> {
  const tags = await deps.aws.listCostAllocationTags([SPEND_TAG_KEY]);
  if (!tags.ok)
    return failure(tags.error, deps, `check that ${SPEND_TAG_KEY} is active for cost allocation`, null);
  const state = tags.value.find((t) => t.tagKey === SPEND_TAG_KEY);
  const notActive = (): Outcome => ({
    type: 'failure',
    failure: tagNotActive(state, null, null),
    reference: deps.reference(),
  });
  if (state?.status === 'Inactive') return notActive();
  const costs = await deps.aws.getCostByTagValue({
    start: period.start,
    end: period.end,
    granularity: period.granularity,
    tagKey: SPEND_TAG_KEY,
  });
  if (!costs.ok) return failure(costs.error, deps, "read every unit's Bedrock cost from Cost Explorer", null);

  const summaries = costs.value.map((v) => ({
    tagValue: v.tagValue.trim(),
    summary: summariseCosts(v.buckets, period.granularity),
  }));
  const currency =
    summaries.find((s) => s.summary.total !== 0)?.summary.currency ?? summaries[0]?.summary.currency ?? 'USD';
  const otherCurrencies = new Set<string>();
  const units: UnitSpendLine[] = [];
  let unattributed = 0;
  let estimated = false;
  for (const { tagValue, summary } of summaries) {
    for (const c of summary.otherCurrencies) otherCurrencies.add(c);
    if (summary.currency !== currency) {
      if (summary.total !== 0) otherCurrencies.add(summary.currency);
      continue;
    }
    estimated ||= summary.estimated && summary.total !== 0;
    if (tagValue === '') unattributed += summary.total;
    else if (summary.total !== 0)
      units.push({ businessUnit: tagValue, amount: summary.total, estimated: summary.estimated });
  }
  units.sort((a, b) => b.amount - a.amount || a.businessUnit.localeCompare(b.businessUnit));
  const unitsTotal = units.reduce((sum, u) => sum + u.amount, 0);
  // Not listed and nothing under it: AWS has not seen the tag on billed usage yet.
  if (state === undefined && units.length === 0) return notActive();

  const notes: string[] = [];
  if (period.end > ymd(deps.now.getTime()))
    notes.push('Cost Explorer updates about once a day: usage from the last 24 hours or so is not in yet.');
  if (estimated) notes.push('Figures for the current month are estimated until the bill is final.');
  if (units.length === 0)
    notes.push(
      'No business unit had Bedrock usage billed in this period (or it has not reached Cost Explorer yet).',
    );
  if (state?.lastUpdatedAt && ymd(state.lastUpdatedAt.getTime()) > period.start)
    notes.push(
      `${SPEND_TAG_KEY} was activated on ${ymd(state.lastUpdatedAt.getTime())}: earlier costs appear only if an admin backfilled the tag.`,
    );
  if (otherCurrencies.size > 0)
    notes.push(`Amounts in ${[...otherCurrencies].sort().join(', ')} are left out of the ${currency} total.`);
  return {
    type: 'spend-overview',
    overview: {
      tagKey: SPEND_TAG_KEY,
      period,
      currency,
      total: round(unitsTotal + unattributed),
      units,
      unattributed: round(unattributed),
      estimated,
      notes,
    },
  };
}
