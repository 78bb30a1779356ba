/**
 * Cost Explorer for spend per unit (core/cost-port.ts): whether a cost allocation tag is active, and
 * the usage cost carrying one tag value, by service. Asked in the partition's Cost Explorer Region
 * (core/aws-regions.ts); GovCloud has none and gets an explained failure without a call. Cost
 * Explorer charges $0.01 per request and its data change about once a day, so answers (and active
 * tags) are reused for `cacheMs`.
 */
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  ListCostAllocationTagsCommand,
  type Expression,
} from '@aws-sdk/client-cost-explorer';
import type { AwsResult } from '../core/aws-port.js';
import { costExplorerRegionFor } from '../core/aws-regions.js';
import type { Clock } from '../core/clock.js';
import type { CostAllocationTagState, CostBucket, CostPort } from '../core/cost-port.js';
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

export function createCostExplorer(deps: CostExplorerDeps): CostPort {
  const { caller, clock } = deps;
  const costCacheMs = deps.cacheMs;
  const costCache = new Map<string, { buckets: CostBucket[]; until: number }>();
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
      const client = costExplorer('ce:GetCostAndUsage');
      if (!client.ok) return client;
      // Usage only (no credits, refunds or taxes) carrying the unit's tag, by service: Bedrock itself
      // and each Marketplace-billed model ("… (Amazon Bedrock Edition)") are separate SERVICE values.
      const filter: Expression = {
        And: [
          { Tags: { Key: query.tagKey, Values: [query.tagValue], MatchOptions: ['EQUALS'] } },
          { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } },
        ],
      };
      const buckets = new Map<string, CostBucket>();
      let nextPageToken: string | undefined;
      for (let page = 0; page < MAX_COST_PAGES; page++) {
        const r = await caller.call('ce:GetCostAndUsage', `${query.tagKey}=${query.tagValue}`, () =>
          client.value.send(
            new GetCostAndUsageCommand({
              TimePeriod: { Start: query.start, End: query.end },
              Granularity: query.granularity,
              Metrics: ['UnblendedCost'],
              Filter: filter,
              GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }],
              ...(nextPageToken === undefined ? {} : { NextPageToken: nextPageToken }),
            }),
          ),
        );
        if (!r.ok) return r;
        for (const result of r.value.ResultsByTime ?? []) {
          const start = result.TimePeriod?.Start ?? query.start;
          const bucket = buckets.get(start) ?? {
            start,
            end: result.TimePeriod?.End ?? query.end,
            estimated: result.Estimated === true,
            services: [],
          };
          for (const group of result.Groups ?? []) {
            const metric = group.Metrics?.UnblendedCost;
            const amount = Number(metric?.Amount ?? '0');
            bucket.services.push({
              service: group.Keys?.[0] ?? '',
              amount: Number.isFinite(amount) ? amount : 0,
              unit: metric?.Unit ?? 'USD',
            });
          }
          buckets.set(start, bucket);
        }
        nextPageToken = r.value.NextPageToken;
        if (nextPageToken === undefined || nextPageToken === '') break;
      }
      const answer = [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
      if (costCacheMs > 0)
        costCache.set(key, { buckets: answer, until: clock.now().getTime() + costCacheMs });
      return ok(answer);
    },
  };
}
