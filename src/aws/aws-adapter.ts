/**
 * The AwsPort implemented with the real AWS SDK v3 clients: the composition of its parts.
 *
 * - aws-call.ts: one SDK call → Result (errors classified by classify-error.ts, never thrown), paging;
 * - iam-users.ts, iam-policies.ts, access-keys.ts, api-keys.ts: IAM, per concern;
 * - bedrock-catalog.ts: models, inference profiles and model access, per Region, briefly cached;
 * - cost-explorer.ts: spend per unit (Cost Explorer), cached for an hour (each request is billed);
 * - bearer-token.ts: short-term Bedrock bearer tokens; the caller identity is here.
 *
 * Secrets from AWS are wrapped in Secret as soon as they arrive. The only AWS actions called are
 * those listed in core/permissions.ts (a test holds us to that).
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsPort, AwsResult, CallerIdentity } from '../core/aws-port.js';
import { systemClock, type Clock } from '../core/clock.js';
import { ok } from '../core/result.js';
import { createAccessKeys } from './access-keys.js';
import { createApiKeys } from './api-keys.js';
import { createAwsCaller, type AwsAdapterLogger } from './aws-call.js';
import { issueBearerToken } from './bearer-token.js';
import { createBedrockCatalog } from './bedrock-catalog.js';
import { createAwsClients, DEFAULT_MAX_ATTEMPTS, type AwsClientOptions } from './clients.js';
import { createCostExplorer } from './cost-explorer.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';
import type { IamContext } from './iam-context.js';
import { createIamPolicies } from './iam-policies.js';
import { createIamUsers } from './iam-users.js';
import { withReadCache } from './read-cache.js';

export type { AwsClientOptions } from './clients.js';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
export type { AwsAdapterLogger } from './aws-call.js';

export interface AwsAdapterOptions {
  /** Default region: STS and, unless told otherwise, which partition IAM lives in. */
  region: string;
  /** Credentials for every client; defaults to the SDK's default provider chain. */
  credentials?: AwsCredentialIdentityProvider;
  clientOptions?: AwsClientOptions & {
    /** How many ListUserTags / GetAccessKeyLastUsed calls run at once. Default 5. */
    concurrency?: number;
  };
  clock?: Clock;
  /** How long a region's model list is reused, in seconds (default 300; 0 disables the cache). */
  modelCacheSeconds?: number;
  /**
   * How long a Cost Explorer answer (one unit and period, or an active tag) is reused, in seconds
   * (default 3600; 0 disables the cache). Cost Explorer charges $0.01 per request and its data
   * changes about once a day.
   */
  costCacheSeconds?: number;
  /** Gets only non-secret metadata. */
  logger?: AwsAdapterLogger;
  /** IAM path of the business-unit users (IAM_USER_PATH); `listBedrockUsers` lists only it and the root path. Default /bedrock/. */
  iamUserPath?: string;
  /**
   * How long the reads that lists and summaries make are reused, in seconds (default 60; 0
   * disables): the user names, users and keys read with `{ summary: true }`
   * (src/aws/read-cache.ts), and user tags read by `listBedrockUsers` (ten times as long). The
   * bot's own changes clear them at once; `getUser` and full key reads, which decisions use,
   * always ask IAM.
   */
  readCacheSeconds?: number;
}

const DEFAULT_MODEL_CACHE_SECONDS = 300;
const DEFAULT_READ_CACHE_SECONDS = 60;
const DEFAULT_COST_CACHE_SECONDS = 3600;

export function createAwsAdapter(opts: AwsAdapterOptions): AwsPort {
  const clientOptions = opts.clientOptions ?? {};
  const maxAttempts = clientOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger;
  const clients = createAwsClients(opts.region, clientOptions, opts.credentials);
  const { iam, iamOnce, sts } = clients;
  const ownCredentials: AwsCredentialIdentityProvider = opts.credentials ?? (() => sts.config.credentials());
  const caller = createAwsCaller(maxAttempts, logger);
  const concurrency = clientOptions.concurrency ?? 5;
  const iamContext: IamContext = { iam, iamOnce, caller, clock, concurrency, logger };

  let identityCache: CallerIdentity | null = null;
  async function whoAmI(): Promise<AwsResult<CallerIdentity>> {
    if (identityCache !== null) return ok(identityCache);
    const r = await caller.call('sts:GetCallerIdentity', undefined, () =>
      sts.send(new GetCallerIdentityCommand({})),
    );
    if (!r.ok) return r;
    identityCache = { account: r.value.Account ?? '', arn: r.value.Arn ?? '', userId: r.value.UserId ?? '' };
    return ok(identityCache);
  }

  const readCacheSeconds = opts.readCacheSeconds ?? DEFAULT_READ_CACHE_SECONDS;
  const port: AwsPort = {
    whoAmI,
    issueBearerToken: (req) =>
      issueBearerToken(req, { sts, ownCredentials, whoAmI, clock, maxAttempts, logger }),
    // Owner and unit tags change rarely, and the bot's own changes clear them: kept ten times longer.
    ...createIamUsers(iamContext, opts.iamUserPath ?? '/bedrock/', readCacheSeconds * 10_000),
    ...createIamPolicies(iamContext),
    ...createAccessKeys(iamContext),
    ...createApiKeys(iamContext),
    ...createBedrockCatalog({
      bedrock: (region) => clients.bedrock(region),
      caller,
      clock,
      cacheMs: (opts.modelCacheSeconds ?? DEFAULT_MODEL_CACHE_SECONDS) * 1000,
    }),
    ...createCostExplorer({
      client: () => clients.costExplorer(),
      caller,
      clock,
      cacheMs: (opts.costCacheSeconds ?? DEFAULT_COST_CACHE_SECONDS) * 1000,
      region: opts.region,
    }),
  };
  return withReadCache(port, { clock, seconds: readCacheSeconds });
}
export { hasAwsCredentials } from './credentials.js';
export { createPolicySimulator } from './policy-simulator.js';
export type { PolicySimulatorOptions } from './policy-simulator.js';
