/**
 * Cost Explorer for spend per unit (core/cost-port.ts): whether a cost allocation tag is active, the
 * usage cost carrying one tag value, by service, and (the overview) the cost of every value of the
 * tag in one question, grouped by value and service. Asked in the partition's Cost Explorer Region
 * (core/aws-regions.ts); GovCloud has none and gets an explained failure without a call. Cost
 * Explorer charges $0.01 per request and its data change about once a day, so answers (and active
 * tags) are reused for `cacheMs`.
 */
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  ListCostAllocationTagsCommand,
  type Expression,
  type GroupDefinition,
  type ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import type { AwsResult } from '../core/aws-port.js';
import { costExplorerRegionFor } from '../core/aws-regions.js';
import type { Clock } from '../core/clock.js';
import type {
  CostAllocationTagState,
  CostBucket,
  CostPort,
  ServiceCost,
  TagValueCost,
} from '../core/cost-port.js';
import { err, ok } from '../core/result.js';
import type { AwsCaller } from './aws-call.js';
import { common, type AwsClientOptions } from './clients.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';

/** Cost Explorer pages (each a billed request) read for one answer at most. */
const MAX_COST_PAGES = 10;

export interface CostExplorerDeps {
  /** The partition's client, or null where Cost Explorer has no endpoint (GovCloud). */
  client: () => CostExplorerClient | null;
  caller: AwsCaller;
  clock: Clock;
  cacheMs: number;
  /** The bot's Region, for the message when there is no Cost Explorer. */
  region: string;
}

/** The partition's Cost Explorer client, made on first use; null where there is none (GovCloud). */
export function costExplorerClientFor(
  region: string,
  opts: AwsClientOptions,
  credentials: AwsCredentialIdentityProvider | undefined,
): () => CostExplorerClient | null {
  let client: CostExplorerClient | null = null;
  return () => {
    const ceRegion = costExplorerRegionFor(region);
    if (ceRegion === null && opts.endpoints?.ce === undefined) return null;
    client ??= new CostExplorerClient(common(ceRegion ?? 'us-east-1', opts, credentials, opts.endpoints?.ce));
    return client;
  };
}

const SERVICE: GroupDefinition = { Type: 'DIMENSION', Key: 'SERVICE' };

/** The time bucket of `result` in `buckets`, made on first sight. */
function bucketOf(
  buckets: Map<string, CostBucket>,
  result: ResultByTime,
  query: { start: string; end: string },
): CostBucket {
  const start = result.TimePeriod?.Start ?? query.start;
  const found = buckets.get(start);
  if (found !== undefined) return found;
  const bucket: CostBucket = {
    start,
    end: result.TimePeriod?.End ?? query.end,
    estimated: result.Estimated === true,
    services: [],
  };
  buckets.set(start, bucket);
  return bucket;
}

function serviceCost(
  service: string | undefined,
  metrics: Record<string, { Amount?: string; Unit?: string }> | undefined,
): ServiceCost {
  const metric = metrics?.UnblendedCost;
  const amount = Number(metric?.Amount ?? '0');
  return {
    service: service ?? '',
    amount: Number.isFinite(amount) ? amount : 0,
    unit: metric?.Unit ?? 'USD',
  };
}

/**
 * A TAG group's key is "<tag key>$<value>" ("iamPrincipal/business-unit$marketing"); cost without
 * the tag comes back as "<tag key>$" (an empty value).
 */
export function tagValueOf(groupKey: string | undefined, tagKey: string): string {
  const key = groupKey ?? '';
  if (key.startsWith(`${tagKey}$`)) return key.slice(tagKey.length + 1);
  const dollar = key.indexOf('$');
  return dollar >= 0 ? key.slice(dollar + 1) : key;
}

const sortedBuckets = (buckets: Map<string, CostBucket>): CostBucket[] =>
  [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));

export function createCostExplorer(deps: CostExplorerDeps): CostPort {
  const { caller, clock } = deps;
  const costCacheMs = deps.cacheMs;
  const costCache = new Map<string, { buckets: CostBucket[]; until: number }>();
  const overviewCache = new Map<string, { values: TagValueCost[]; until: number }>();
  // Only active tags are reused: an admin who has just activated one expects the next ask to see it.
  const activeTagCache = new Map<string, { state: CostAllocationTagState; until: number }>();

  function costExplorer(action: string): AwsResult<CostExplorerClient> {
    const client = deps.client();
    if (client !== null) return ok(client);
    return err({
      code: 'CostExplorerNotEnabled',
      action,
      awsErrorName: 'NoCostExplorerInPartition',
      message: `Cost Explorer has no endpoint in the partition of ${deps.region} (AWS GovCloud (US)): its usage is in Cost Explorer of the associated standard account.`,
      ambiguous: false,
      resource: deps.region,
    });
  }

  /** Every page (up to MAX_COST_PAGES) of one GetCostAndUsage question, each result handed to `take`. */
  async function readCosts(
    query: { start: string; end: string; granularity: 'MONTHLY' | 'DAILY' },
    filter: Expression,
    groupBy: GroupDefinition[],
    resource: string,
    take: (result: ResultByTime) => void,
  ): Promise<AwsResult<true>> {
    const client = costExplorer('ce:GetCostAndUsage');
    if (!client.ok) return client;
    let nextPageToken: string | undefined;
    for (let page = 0; page < MAX_COST_PAGES; page++) {
      const r = await caller.call('ce:GetCostAndUsage', resource, () =>
        client.value.send(
          new GetCostAndUsageCommand({
            TimePeriod: { Start: query.start, End: query.end },
            Granularity: query.granularity,
            Metrics: ['UnblendedCost'],
            Filter: filter,
            GroupBy: groupBy,
            ...(nextPageToken === undefined ? {} : { NextPageToken: nextPageToken }),
          }),
        ),
      );
      if (!r.ok) return r;
      for (const result of r.value.ResultsByTime ?? []) take(result);
      nextPageToken = r.value.NextPageToken;
      if (nextPageToken === undefined || nextPageToken === '') break;
    }
    return ok(true);
  }

  return {
    async listCostAllocationTags(tagKeys) {
      const now = clock.now().getTime();
      const cached = tagKeys.map((k) => activeTagCache.get(k));
      if (tagKeys.length > 0 && cached.every((c) => c !== undefined && c.until > now))
        return ok(cached.flatMap((c) => (c === undefined ? [] : [c.state])));
      const client = costExplorer('ce:ListCostAllocationTags');
      if (!client.ok) return client;
      const r = await caller.call('ce:ListCostAllocationTags', tagKeys.join(','), () =>
        client.value.send(new ListCostAllocationTagsCommand({ TagKeys: tagKeys, MaxResults: 100 })),
      );
      if (!r.ok) return r;
      const states = (r.value.CostAllocationTags ?? []).map(
        (t): CostAllocationTagState => ({
          tagKey: t.TagKey ?? '',
          status: t.Status === 'Active' ? 'Active' : 'Inactive',
          lastUpdatedAt: t.LastUpdatedDate ? new Date(t.LastUpdatedDate) : null,
          lastUsedAt: t.LastUsedDate ? new Date(t.LastUsedDate) : null,
        }),
      );
      for (const state of states)
        if (state.status === 'Active') activeTagCache.set(state.tagKey, { state, until: now + costCacheMs });
      return ok(states);
    },

    async getCostByService(query) {
      const key = JSON.stringify([query.start, query.end, query.granularity, query.tagKey, query.tagValue]);
      const cached = costCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.buckets);
      // Usage only (no credits, refunds or taxes) carrying the unit's tag, by service: Bedrock itself
      // and each Marketplace-billed model ("… (Amazon Bedrock Edition)") are separate SERVICE values.
      const filter: Expression = {
        And: [
          { Tags: { Key: query.tagKey, Values: [query.tagValue], MatchOptions: ['EQUALS'] } },
          { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } },
        ],
      };
      const buckets = new Map<string, CostBucket>();
      const read = await readCosts(query, filter, [SERVICE], `${query.tagKey}=${query.tagValue}`, (r) => {
        const bucket = bucketOf(buckets, r, query);
        for (const group of r.Groups ?? []) bucket.services.push(serviceCost(group.Keys?.[0], group.Metrics));
      });
      if (!read.ok) return read;
      const answer = sortedBuckets(buckets);
      if (costCacheMs > 0)
        costCache.set(key, { buckets: answer, until: clock.now().getTime() + costCacheMs });
      return ok(answer);
    },

    async getCostByTagValue(query) {
      const key = JSON.stringify([query.start, query.end, query.granularity, query.tagKey]);
      const cached = overviewCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.values);
      const filter: Expression = { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } };
      const byValue = new Map<string, Map<string, CostBucket>>();
      const read = await readCosts(
        query,
        filter,
        [{ Type: 'TAG', Key: query.tagKey }, SERVICE],
        query.tagKey,
        (r) => {
          for (const group of r.Groups ?? []) {
            const tagValue = tagValueOf(group.Keys?.[0], query.tagKey);
            const buckets = byValue.get(tagValue) ?? new Map<string, CostBucket>();
            byValue.set(tagValue, buckets);
            bucketOf(buckets, r, query).services.push(serviceCost(group.Keys?.[1], group.Metrics));
          }
        },
      );
      if (!read.ok) return read;
      const values: TagValueCost[] = [...byValue]
        .map(([tagValue, buckets]) => ({ tagValue, buckets: sortedBuckets(buckets) }))
        .sort((a, b) => a.tagValue.localeCompare(b.tagValue));
      if (costCacheMs > 0) overviewCache.set(key, { values, until: clock.now().getTime() + costCacheMs });
      return ok(values);
    },
  };
}
