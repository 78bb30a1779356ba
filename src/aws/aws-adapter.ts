/**
 * The AwsPort implemented with the real AWS SDK v3 clients: the composition of its parts.
 *
 * - aws-call.ts: one SDK call → Result (errors classified by classify-error.ts, never thrown), paging;
 * - iam-users.ts, iam-policies.ts, access-keys.ts, api-keys.ts: IAM, per concern (iam-part.ts);
 * - bedrock-catalog.ts: models, inference profiles and model access, per Region, briefly cached;
 * - cost-explorer.ts: spend per unit (Cost Explorer), cached for an hour (each request is billed);
 * - bearer-token.ts: short-term Bedrock bearer tokens; the caller identity is here.
 *
 * IAM and Cost Explorer, with their SDK clients, load on their first call (`lazyPart`): a bearer
 * token needs only STS and Bedrock, and every module loaded stays in the heap for good (bench/:
 * ~2 MB of live heap, about twice that in resident memory, for a bot that only issues tokens).
 *
 * Secrets from AWS are wrapped in Secret as soon as they arrive. The only AWS actions called are
 * those listed in core/permissions.ts (a test holds us to that).
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsPort, AwsResult, CallerIdentity } from '../core/aws-port.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { CostPort } from '../core/cost-port.js';
import { ok } from '../core/result.js';
import { createAwsCaller, type AwsAdapterLogger } from './aws-call.js';
import { issueBearerToken } from './bearer-token.js';
import { createBedrockCatalog } from './bedrock-catalog.js';
import { createAwsClients, DEFAULT_MAX_ATTEMPTS, type AwsClientOptions } from './clients.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';
import type { IamPart } from './iam-part.js';
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
  const { sts } = clients;
  const ownCredentials: AwsCredentialIdentityProvider = opts.credentials ?? (() => sts.config.credentials());
  const caller = createAwsCaller(maxAttempts, logger);
  const concurrency = clientOptions.concurrency ?? 5;

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
    ...lazyPart(
      () =>
        import('./iam-part.js').then(({ createIamPart }) =>
          createIamPart({
            region: opts.region,
            clientOptions,
            credentials: opts.credentials,
            caller,
            clock,
            concurrency,
            logger,
            userPath: opts.iamUserPath ?? '/bedrock/',
            // Owner and unit tags change rarely, and the bot's own changes clear them: kept ten times longer.
            tagCacheMs: readCacheSeconds * 10_000,
          }),
        ),
      IAM_METHODS,
    ),
    ...createBedrockCatalog({
      bedrock: (region) => clients.bedrock(region),
      caller,
      clock,
      cacheMs: (opts.modelCacheSeconds ?? DEFAULT_MODEL_CACHE_SECONDS) * 1000,
    }),
    ...lazyPart(
      () =>
        import('./cost-explorer.js').then(({ costExplorerClientFor, createCostExplorer }) =>
          createCostExplorer({
            client: costExplorerClientFor(opts.region, clientOptions, opts.credentials),
            caller,
            clock,
            cacheMs: (opts.costCacheSeconds ?? DEFAULT_COST_CACHE_SECONDS) * 1000,
            region: opts.region,
          }),
        ),
      COST_METHODS,
    ),
  };
  return withReadCache(port, { clock, seconds: readCacheSeconds });
}
export { hasAwsCredentials } from './credentials.js';

/** Every method of the IAM part; the check below fails the build if one is missing. */
const IAM_METHODS = [
  'getUser',
  'listBedrockUsers',
  'listBedrockUserPage',
  'createUser',
  'tagUser',
  'deleteUser',
  'deleteLoginProfile',
  'listGroupsForUser',
  'hasLoginProfile',
  'listAttachedUserPolicies',
  'attachUserPolicy',
  'policyExists',
  'detachUserPolicy',
  'listUserPolicies',
  'deleteUserPolicy',
  'listAccessKeys',
  'createAccessKey',
  'setAccessKeyStatus',
  'deleteAccessKey',
  'listApiKeys',
  'createApiKey',
  'setApiKeyStatus',
  'deleteApiKey',
] as const satisfies readonly (keyof IamPart)[];
const COST_METHODS = [
  'listCostAllocationTags',
  'getCostByService',
  'getCostByTagValue',
] as const satisfies readonly (keyof CostPort)[];
type Unlisted =
  | Exclude<keyof IamPart, (typeof IAM_METHODS)[number]>
  | Exclude<keyof CostPort, (typeof COST_METHODS)[number]>;
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

/**
 * A part of the port whose module (and SDK client) loads on its first call. A failed load is
 * tried again on the next call.
 */
function lazyPart<P extends object, K extends keyof P>(
  load: () => Promise<P>,
  names: readonly K[],
): Pick<P, K> {
  let part: Promise<P> | null = null;
  const out: Partial<Record<K, unknown>> = {};
  for (const name of names) {
    out[name] = async (...args: unknown[]) => {
      part ??= load().catch((error: unknown) => {
        part = null;
        throw error;
      });
      const method = (await part)[name] as (...a: unknown[]) => unknown;
      return method(...args);
    };
  }
  return out as Pick<P, K>;
}
