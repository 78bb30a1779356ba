/**
 * The small port through which the core asks AWS Cost Explorer about spend. The AWS adapter
 * (src/aws/) implements it with @aws-sdk/client-cost-explorer; the dry run and the tests with
 * in-memory answers. Nothing here knows the SDK. Cost Explorer charges per request, so the
 * adapter caches answers (see README, "Spend per unit").
 */
import type { AwsResult } from './aws-port.js';

/** ce:ListCostAllocationTags, for one tag key. */
export interface CostAllocationTagState {
  tagKey: string;
  status: 'Active' | 'Inactive';
  /** When the status last changed (activation), when AWS says. */
  lastUpdatedAt: Date | null;
  /** When the tag was last seen on billed usage, when AWS says. */
  lastUsedAt: Date | null;
}

/** ce:GetCostAndUsage for one tag value, grouped by AWS service. Dates are YYYY-MM-DD; `end` is exclusive. */
export interface CostQuery {
  start: string;
  end: string;
  granularity: 'MONTHLY' | 'DAILY';
  tagKey: string;
  tagValue: string;
}

export interface ServiceCost {
  /** The SERVICE dimension value, e.g. "Amazon Bedrock" or "Claude Sonnet 4.6 (Amazon Bedrock Edition)". */
  service: string;
  amount: number;
  /** Currency, e.g. "USD". */
  unit: string;
}

/** One time bucket of the answer (a month or a day). */
export interface CostBucket {
  start: string;
  end: string;
  /** True while AWS may still revise the figures (the current month, recent days). */
  estimated: boolean;
  services: ServiceCost[];
}

/** ce:GetCostAndUsage for every value of one tag at once (the spend overview), grouped by value and service. */
export interface CostByTagQuery {
  start: string;
  end: string;
  granularity: 'MONTHLY' | 'DAILY';
  tagKey: string;
}

/** The cost carrying one value of the tag; `tagValue` is '' for cost that carries no such tag. */
export interface TagValueCost {
  tagValue: string;
  buckets: CostBucket[];
}

export interface CostPort {
  /** The cost-allocation status of these tag keys; keys AWS does not know are absent from the answer. */
  listCostAllocationTags(tagKeys: string[]): Promise<AwsResult<CostAllocationTagState[]>>;
  /** Usage cost carrying the tag, per time bucket and service (all pages). */
  getCostByService(query: CostQuery): Promise<AwsResult<CostBucket[]>>;
  /** Usage cost for every value of the tag (and none), per time bucket and service: one question, all pages. */
  getCostByTagValue(query: CostByTagQuery): Promise<AwsResult<TagValueCost[]>>;
}
