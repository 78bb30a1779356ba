/**
 * The AwsPort implemented with the real AWS SDK v3 clients.
 *
 * Every call returns a Result: SDK errors are classified into AwsFailure values (classify-error.ts)
 * and never thrown. Secrets from AWS are wrapped in Secret as soon as they arrive. The only AWS
 * actions called are those listed in core/permissions.ts (a test holds us to that).
 */
import {
  GetFoundationModelAvailabilityCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  type FoundationModelSummary,
  type InferenceProfileSummary,
} from '@aws-sdk/client-bedrock';
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  GetPolicyCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListServiceSpecificCredentialsCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UpdateServiceSpecificCredentialCommand,
  type CreateServiceSpecificCredentialCommandInput,
  type Tag as SdkTag,
  type User as SdkUser,
} from '@aws-sdk/client-iam';
import {
  GetCostAndUsageCommand,
  ListCostAllocationTagsCommand,
  type Expression,
} from '@aws-sdk/client-cost-explorer';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type {
  AccessKeyInfo,
  ApiKeyInfo,
  AttachedPolicy,
  AwsFailure,
  AwsPort,
  AwsResult,
  CallerIdentity,
  CreatedAccessKey,
  CreatedApiKey,
  IamUser,
  InferenceProfileInfo,
  ModelAvailability,
  ModelInfo,
  Tag,
} from '../core/aws-port.js';
import { REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import type { CostAllocationTagState, CostBucket } from '../core/cost-port.js';
import { systemClock, type Clock } from '../core/clock.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';
import { issueBearerToken } from './bearer-token.js';
import { classifyAwsError } from './classify-error.js';
import { createAwsClients, DEFAULT_MAX_ATTEMPTS, type AwsClientOptions } from './clients.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';
import { USER_NAME_SUFFIX } from '../core/validation.js';

export type { AwsClientOptions } from './clients.js';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';

/** The service name IAM uses for long-term Bedrock API keys. */
export const BEDROCK_SERVICE_NAME = 'bedrock.amazonaws.com';
export const BEDROCK_USER_SUFFIX = USER_NAME_SUFFIX;

export interface AwsAdapterLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

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
}

const MAX_PAGES = 1000;
const DEFAULT_MODEL_CACHE_SECONDS = 300;
const DEFAULT_COST_CACHE_SECONDS = 3600;
/** Cost Explorer pages (each a billed request) read for one answer at most. */
const MAX_COST_PAGES = 10;

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
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

function toTags(tags: SdkTag[] | undefined): Tag[] {
  return (tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
}

function toSdkTags(tags: Tag[]): SdkTag[] {
  return tags.map((t) => ({ Key: t.key, Value: t.value }));
}

function toUser(u: SdkUser, tags?: Tag[]): IamUser {
  return {
    userName: u.UserName ?? '',
    userId: u.UserId ?? '',
    arn: u.Arn ?? '',
    path: u.Path ?? '/',
    createdAt: u.CreateDate ?? new Date(0),
    tags: tags ?? toTags(u.Tags),
  };
}

function toStatus(s: string | undefined): 'Active' | 'Inactive' | 'Expired' {
  return s === 'Inactive' || s === 'Expired' ? s : 'Active';
}

function isBedrockUserName(name: string): boolean {
  return name.endsWith(BEDROCK_USER_SUFFIX) && name.length > BEDROCK_USER_SUFFIX.length;
}

function notARegion(action: string, region: string): AwsFailure {
  return {
    code: 'UnknownRegion',
    action,
    awsErrorName: 'InvalidRegion',
    message: `"${region}" is not an AWS region name.`,
    ambiguous: false,
    resource: region,
  };
}

function toModel(m: FoundationModelSummary): ModelInfo {
  return {
    modelId: m.modelId ?? '',
    modelName: m.modelName ?? m.modelId ?? '',
    providerName: m.providerName ?? '',
    status: m.modelLifecycle?.status ?? 'ACTIVE',
    inferenceTypes: [...(m.inferenceTypesSupported ?? [])],
    inputModalities: [...(m.inputModalities ?? [])],
    outputModalities: [...(m.outputModalities ?? [])],
  };
}

/** "arn:aws:bedrock:eu-west-3::foundation-model/anthropic.claude-sonnet-4-6" → Region and model ID. */
function parseModelArn(arn: string): { region: string; modelId: string } | null {
  const m = /^arn:[^:]+:bedrock:([^:]*):[^:]*:foundation-model\/(.+)$/.exec(arn);
  return m ? { region: m[1] ?? '', modelId: m[2] ?? '' } : null;
}

function toProfile(p: InferenceProfileSummary): InferenceProfileInfo {
  const targets = (p.models ?? []).flatMap((m) => {
    const parsed = parseModelArn(m.modelArn ?? '');
    return parsed === null ? [] : [parsed];
  });
  return {
    profileId: p.inferenceProfileId ?? '',
    name: p.inferenceProfileName ?? p.inferenceProfileId ?? '',
    status: p.status ?? 'ACTIVE',
    modelIds: [...new Set(targets.map((t) => t.modelId))],
    destinationRegions: [...new Set(targets.map((t) => t.region).filter((r) => r !== ''))],
  };
}

export function createAwsAdapter(opts: AwsAdapterOptions): AwsPort {
  const clientOptions = opts.clientOptions ?? {};
  const maxAttempts = clientOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const concurrency = clientOptions.concurrency ?? 5;
  const clock = opts.clock ?? systemClock;
  const modelCacheMs =
    opts.modelCacheSeconds === undefined ? DEFAULT_MODEL_CACHE_SECONDS * 1000 : opts.modelCacheSeconds * 1000;
  const modelCache = new Map<string, { models: ModelInfo[]; until: number }>();
  const profileCache = new Map<string, { profiles: InferenceProfileInfo[]; until: number }>();
  // Only "callable" answers are reused: a pending subscription or a refusal may change any minute.
  const availabilityCache = new Map<string, { availability: ModelAvailability; until: number }>();
  const costCacheMs = (opts.costCacheSeconds ?? DEFAULT_COST_CACHE_SECONDS) * 1000;
  const costCache = new Map<string, { buckets: CostBucket[]; until: number }>();
  // Only active tags are reused: an admin who has just activated one expects the next ask to see it.
  const activeTagCache = new Map<string, { state: CostAllocationTagState; until: number }>();
  const logger = opts.logger;
  const userPath = opts.iamUserPath ?? '/bedrock/';
  const clients = createAwsClients(opts.region, clientOptions, opts.credentials);
  const { iam, iamOnce, sts } = clients;
  const ownCredentials: AwsCredentialIdentityProvider = opts.credentials ?? (() => sts.config.credentials());

  /** Runs one SDK call; any throw becomes a classified failure. */
  async function call<T>(
    action: string,
    resource: string | undefined,
    fn: () => Promise<T>,
    attempts: number = maxAttempts,
  ): Promise<AwsResult<T>> {
    try {
      return ok(await fn());
    } catch (e) {
      const failure = classifyAwsError(e, {
        action,
        maxAttempts: attempts,
        ...(resource !== undefined ? { resource } : {}),
      });
      logger?.debug(
        {
          action: failure.action,
          resource: failure.resource,
          code: failure.code,
          awsErrorName: failure.awsErrorName,
          ambiguous: failure.ambiguous,
          requestId: failure.requestId,
        },
        'AWS call failed',
      );
      return err(failure);
    }
  }

  const voidCall = async (
    action: string,
    resource: string,
    fn: () => Promise<unknown>,
  ): Promise<AwsResult<void>> => {
    const r = await call(action, resource, fn);
    return r.ok ? ok(undefined) : r;
  };

  /** Follows IAM's Marker/IsTruncated pagination. */
  async function paginate<P extends { Marker?: string | undefined; IsTruncated?: boolean | undefined }, T>(
    action: string,
    resource: string | undefined,
    fetch: (marker: string | undefined) => Promise<P>,
    items: (page: P) => T[] | undefined,
  ): Promise<AwsResult<T[]>> {
    const all: T[] = [];
    let marker: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await call(action, resource, () => fetch(marker));
      if (!r.ok) return r;
      all.push(...(items(r.value) ?? []));
      if (r.value.IsTruncated !== true || r.value.Marker === undefined) return ok(all);
      marker = r.value.Marker;
    }
    return ok(all);
  }

  let identityCache: CallerIdentity | null = null;
  async function whoAmI(): Promise<AwsResult<CallerIdentity>> {
    if (identityCache !== null) return ok(identityCache);
    const r = await call('sts:GetCallerIdentity', undefined, () =>
      sts.send(new GetCallerIdentityCommand({})),
    );
    if (!r.ok) return r;
    identityCache = { account: r.value.Account ?? '', arn: r.value.Arn ?? '', userId: r.value.UserId ?? '' };
    return ok(identityCache);
  }

  async function listUserTags(userName: string): Promise<AwsResult<Tag[]>> {
    const r = await paginate(
      'iam:ListUserTags',
      userName,
      (Marker) => iam.send(new ListUserTagsCommand({ UserName: userName, Marker })),
      (p) => p.Tags,
    );
    return r.ok ? ok(toTags(r.value)) : r;
  }

  /** Cost Explorer's client, or the explained reason there is none (AWS GovCloud). */
  function costExplorer(action: string): AwsResult<NonNullable<ReturnType<typeof clients.costExplorer>>> {
    const client = clients.costExplorer();
    if (client !== null) return ok(client);
    return err({
      code: 'CostExplorerNotEnabled',
      action,
      awsErrorName: 'NoCostExplorerInPartition',
      message: `Cost Explorer has no endpoint in the partition of ${opts.region} (AWS GovCloud (US)): its usage is in Cost Explorer of the associated standard account.`,
      ambiguous: false,
      resource: opts.region,
    });
  }

  const port: AwsPort = {
    whoAmI,

    async listCostAllocationTags(tagKeys) {
      const now = clock.now().getTime();
      const cached = tagKeys.map((k) => activeTagCache.get(k));
      if (tagKeys.length > 0 && cached.every((c) => c !== undefined && c.until > now))
        return ok(cached.flatMap((c) => (c === undefined ? [] : [c.state])));
      const client = costExplorer('ce:ListCostAllocationTags');
      if (!client.ok) return client;
      const r = await call('ce:ListCostAllocationTags', tagKeys.join(','), () =>
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
        const r = await call('ce:GetCostAndUsage', `${query.tagKey}=${query.tagValue}`, () =>
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

    issueBearerToken: (req) =>
      issueBearerToken(req, { sts, ownCredentials, whoAmI, clock, maxAttempts, logger }),

    async getUser(userName) {
      const r = await call('iam:GetUser', userName, () =>
        iam.send(new GetUserCommand({ UserName: userName })),
      );
      if (!r.ok) return r.error.code === 'NoSuchEntity' ? ok(null) : r;
      return r.value.User === undefined ? ok(null) : ok(toUser(r.value.User));
    },

    async listBedrockUsers() {
      // Only the bot's own users: `*-bedrock-user` under its IAM path (ListUsers with PathPrefix,
      // 1,000 a page), and those with no path, made by the original hand-run workflow. Tags are read
      // for those users only (IAM's ListUsers carries none), never for every user of the account,
      // so a `list` costs pages of users plus one call per business unit, however large the account.
      const listed = async (pathPrefix: string): Promise<AwsResult<SdkUser[]>> =>
        paginate(
          'iam:ListUsers',
          undefined,
          (Marker) => iam.send(new ListUsersCommand({ PathPrefix: pathPrefix, MaxItems: 1000, Marker })),
          (p) => p.Users,
        );
      const own = await listed(userPath);
      if (!own.ok) return own;
      const byName = new Map<string, SdkUser>();
      const keep = (u: SdkUser, pathOk: (path: string) => boolean): void => {
        const name = u.UserName ?? '';
        if (isBedrockUserName(name) && pathOk(u.Path ?? '/') && !byName.has(name)) byName.set(name, u);
      };
      for (const u of own.value) keep(u, (path) => path.startsWith(userPath));
      if (userPath !== '/') {
        // Users without a path sit at "/", which IAM can only list together with every other
        // path: keep the root-path ones by name, and skip the rest without another call.
        const root = await listed('/');
        if (!root.ok) return root;
        for (const u of root.value) keep(u, (path) => path === '/');
      }
      const candidates = [...byName.values()];
      let firstFailure: AwsFailure | null = null;
      const withTags = await mapLimit(candidates, concurrency, async (u): Promise<IamUser | null> => {
        const tags = await listUserTags(u.UserName ?? '');
        if (!tags.ok) {
          if (tags.error.code === 'NoSuchEntity') return null; // deleted meanwhile
          firstFailure ??= tags.error;
          return null;
        }
        return toUser(u, tags.value);
      });
      if (firstFailure !== null) return err(firstFailure);
      return ok(
        withTags.filter((u): u is IamUser => u !== null).sort((a, b) => a.userName.localeCompare(b.userName)),
      );
    },

    async createUser(input) {
      const r = await call('iam:CreateUser', input.userName, () =>
        iam.send(
          new CreateUserCommand({ UserName: input.userName, Path: input.path, Tags: toSdkTags(input.tags) }),
        ),
      );
      if (!r.ok) return r;
      const u = r.value.User;
      if (u === undefined) {
        return ok({
          userName: input.userName,
          userId: '',
          arn: '',
          path: input.path,
          createdAt: clock.now(),
          tags: input.tags,
        });
      }
      return ok(toUser(u, u.Tags === undefined || u.Tags.length === 0 ? input.tags : toTags(u.Tags)));
    },

    tagUser: (userName, tags) =>
      voidCall('iam:TagUser', userName, () =>
        iam.send(new TagUserCommand({ UserName: userName, Tags: toSdkTags(tags) })),
      ),

    deleteUser: (userName) =>
      voidCall('iam:DeleteUser', userName, () => iam.send(new DeleteUserCommand({ UserName: userName }))),

    async deleteLoginProfile(userName) {
      const r = await voidCall('iam:DeleteLoginProfile', userName, () =>
        iam.send(new DeleteLoginProfileCommand({ UserName: userName })),
      );
      return !r.ok && r.error.code === 'NoSuchEntity' ? ok(undefined) : r;
    },

    async listGroupsForUser(userName) {
      const r = await paginate(
        'iam:ListGroupsForUser',
        userName,
        (Marker) => iam.send(new ListGroupsForUserCommand({ UserName: userName, Marker })),
        (p) => p.Groups,
      );
      return r.ok ? ok(r.value.map((g) => g.GroupName ?? '').filter((n) => n !== '')) : r;
    },

    async hasLoginProfile(userName) {
      const r = await call('iam:GetLoginProfile', userName, () =>
        iam.send(new GetLoginProfileCommand({ UserName: userName })),
      );
      if (r.ok) return ok(true);
      return r.error.code === 'NoSuchEntity' ? ok(false) : r;
    },

    async listAttachedUserPolicies(userName) {
      const r = await paginate(
        'iam:ListAttachedUserPolicies',
        userName,
        (Marker) => iam.send(new ListAttachedUserPoliciesCommand({ UserName: userName, Marker })),
        (p) => p.AttachedPolicies,
      );
      return r.ok
        ? ok(
            r.value.map(
              (p): AttachedPolicy => ({ policyName: p.PolicyName ?? '', policyArn: p.PolicyArn ?? '' }),
            ),
          )
        : r;
    },

    attachUserPolicy: (userName, policyArn) =>
      voidCall('iam:AttachUserPolicy', userName, () =>
        iam.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn })),
      ),

    async policyExists(policyArn) {
      const r = await call('iam:GetPolicy', policyArn, () =>
        iam.send(new GetPolicyCommand({ PolicyArn: policyArn })),
      );
      if (r.ok) return ok(true);
      return r.error.code === 'NoSuchEntity' ? ok(false) : r;
    },

    detachUserPolicy: (userName, policyArn) =>
      voidCall('iam:DetachUserPolicy', userName, () =>
        iam.send(new DetachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn })),
      ),

    async listUserPolicies(userName) {
      const r = await paginate(
        'iam:ListUserPolicies',
        userName,
        (Marker) => iam.send(new ListUserPoliciesCommand({ UserName: userName, Marker })),
        (p) => p.PolicyNames,
      );
      return r;
    },

    deleteUserPolicy: (userName, policyName) =>
      voidCall('iam:DeleteUserPolicy', userName, () =>
        iam.send(new DeleteUserPolicyCommand({ UserName: userName, PolicyName: policyName })),
      ),

    async listAccessKeys(userName) {
      const keys = await paginate(
        'iam:ListAccessKeys',
        userName,
        (Marker) => iam.send(new ListAccessKeysCommand({ UserName: userName, Marker })),
        (p) => p.AccessKeyMetadata,
      );
      if (!keys.ok) return keys;
      const infos = await mapLimit(keys.value, concurrency, async (k): Promise<AwsResult<AccessKeyInfo>> => {
        const id = k.AccessKeyId ?? '';
        const used = await call('iam:GetAccessKeyLastUsed', userName, () =>
          iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: id })),
        );
        if (!used.ok) return used;
        const last = used.value.AccessKeyLastUsed;
        const service = last?.ServiceName;
        return ok({
          accessKeyId: id,
          status: toStatus(k.Status),
          createdAt: k.CreateDate ?? new Date(0),
          lastUsedAt: last?.LastUsedDate ?? null,
          lastUsedService: service === undefined || service === 'N/A' ? null : service,
        });
      });
      const failed = infos.find((i) => !i.ok);
      if (failed !== undefined && !failed.ok) return failed;
      return ok(infos.flatMap((i) => (i.ok ? [i.value] : [])));
    },

    async createAccessKey(userName): Promise<AwsResult<CreatedAccessKey>> {
      // Never retried: see AwsClients.iamOnce.
      const r = await call(
        'iam:CreateAccessKey',
        userName,
        () => iamOnce.send(new CreateAccessKeyCommand({ UserName: userName })),
        1,
      );
      if (!r.ok) return r;
      const k = r.value.AccessKey;
      if (!k?.AccessKeyId || !k.SecretAccessKey) {
        return err({
          code: 'Unknown',
          action: 'iam:CreateAccessKey',
          awsErrorName: 'MissingSecret',
          message: 'iam:CreateAccessKey answered without a secret access key',
          ambiguous: true,
          resource: userName,
        });
      }
      return ok({
        accessKeyId: k.AccessKeyId,
        secretAccessKey: new Secret(k.SecretAccessKey),
        createdAt: k.CreateDate ?? clock.now(),
      });
    },

    setAccessKeyStatus: (userName, accessKeyId, status) =>
      voidCall('iam:UpdateAccessKey', userName, () =>
        iam.send(
          new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: status }),
        ),
      ),

    deleteAccessKey: (userName, accessKeyId) =>
      voidCall('iam:DeleteAccessKey', userName, () =>
        iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId })),
      ),

    async listApiKeys(userName) {
      const r = await paginate(
        'iam:ListServiceSpecificCredentials',
        userName,
        (Marker) =>
          iam.send(
            new ListServiceSpecificCredentialsCommand({
              UserName: userName,
              ServiceName: BEDROCK_SERVICE_NAME,
              Marker,
            }),
          ),
        (p) => p.ServiceSpecificCredentials,
      );
      if (!r.ok) return r;
      return ok(
        r.value
          .filter((c) => c.ServiceName === undefined || c.ServiceName === BEDROCK_SERVICE_NAME)
          .map(
            (c): ApiKeyInfo => ({
              credentialId: c.ServiceSpecificCredentialId ?? '',
              alias: c.ServiceCredentialAlias ?? c.ServiceUserName ?? '',
              status: toStatus(c.Status),
              createdAt: c.CreateDate ?? new Date(0),
              expiresAt: c.ExpirationDate ?? null,
            }),
          ),
      );
    },

    async createApiKey(userName, ageDays): Promise<AwsResult<CreatedApiKey>> {
      const input: CreateServiceSpecificCredentialCommandInput = {
        UserName: userName,
        ServiceName: BEDROCK_SERVICE_NAME,
      };
      if (ageDays !== null) input.CredentialAgeDays = ageDays;
      // Never retried: see AwsClients.iamOnce.
      const r = await call(
        'iam:CreateServiceSpecificCredential',
        userName,
        () => iamOnce.send(new CreateServiceSpecificCredentialCommand(input)),
        1,
      );
      if (!r.ok) return r;
      const c = r.value.ServiceSpecificCredential;
      // Current answers carry ServiceCredentialSecret/ServiceCredentialAlias; older ones ServicePassword/ServiceUserName.
      const secret = c?.ServiceCredentialSecret ?? c?.ServicePassword;
      const credentialId = c?.ServiceSpecificCredentialId;
      if (c === undefined || !secret || !credentialId) {
        // A key whose secret never reached us is useless and uses one of the user's two slots: remove it.
        if (credentialId) {
          const removed = await port.deleteApiKey(userName, credentialId);
          logger?.warn(
            { action: 'iam:CreateServiceSpecificCredential', userName, credentialId, removed: removed.ok },
            'AWS returned no secret for the new API key',
          );
        }
        return err({
          code: 'Unknown',
          action: 'iam:CreateServiceSpecificCredential',
          awsErrorName: 'MissingSecret',
          message: 'iam:CreateServiceSpecificCredential answered without the key secret',
          ambiguous: credentialId === undefined,
          resource: userName,
        });
      }
      const createdAt = c.CreateDate ?? clock.now();
      const expiresAt =
        c.ExpirationDate ?? (ageDays === null ? null : new Date(createdAt.getTime() + ageDays * 86_400_000));
      return ok({
        credentialId,
        alias: c.ServiceCredentialAlias ?? c.ServiceUserName ?? '',
        secret: new Secret(secret),
        createdAt,
        expiresAt,
      });
    },

    setApiKeyStatus: (userName, credentialId, status) =>
      voidCall('iam:UpdateServiceSpecificCredential', userName, () =>
        iam.send(
          new UpdateServiceSpecificCredentialCommand({
            UserName: userName,
            ServiceSpecificCredentialId: credentialId,
            Status: status,
          }),
        ),
      ),

    deleteApiKey: (userName, credentialId) =>
      voidCall('iam:DeleteServiceSpecificCredential', userName, () =>
        iam.send(
          new DeleteServiceSpecificCredentialCommand({
            UserName: userName,
            ServiceSpecificCredentialId: credentialId,
          }),
        ),
      ),

    async listFoundationModels({ region, provider }) {
      if (!REGION_CODE_SYNTAX.test(region)) return err(notARegion('bedrock:ListFoundationModels', region));
      // The model catalogue changes rarely and every token message lists it: serve it from a
      // short cache so a burst of token requests does not make one Bedrock call each.
      const key = `${region}|${provider ?? ''}`;
      const cached = modelCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.models);
      const client = clients.bedrock(region);
      const r = await call('bedrock:ListFoundationModels', region, () =>
        client.send(new ListFoundationModelsCommand(provider === null ? {} : { byProvider: provider })),
      );
      if (!r.ok) return r;
      const models = (r.value?.modelSummaries ?? []).map(toModel);
      modelCache.set(key, { models, until: clock.now().getTime() + modelCacheMs });
      return ok(models);
    },

    async listInferenceProfiles(region) {
      if (!REGION_CODE_SYNTAX.test(region)) return err(notARegion('bedrock:ListInferenceProfiles', region));
      const cached = profileCache.get(region);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.profiles);
      const client = clients.bedrock(region);
      const all: InferenceProfileInfo[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const r = await call('bedrock:ListInferenceProfiles', region, () =>
          client.send(
            new ListInferenceProfilesCommand({
              typeEquals: 'SYSTEM_DEFINED',
              maxResults: 1000,
              ...(nextToken === undefined ? {} : { nextToken }),
            }),
          ),
        );
        if (!r.ok) return r;
        all.push(...(r.value?.inferenceProfileSummaries ?? []).map(toProfile));
        nextToken = r.value?.nextToken;
        if (nextToken === undefined || nextToken === '') break;
      }
      profileCache.set(region, { profiles: all, until: clock.now().getTime() + modelCacheMs });
      return ok(all);
    },

    async getModelAvailability({ region, modelId }) {
      if (!REGION_CODE_SYNTAX.test(region))
        return err(notARegion('bedrock:GetFoundationModelAvailability', region));
      const key = `${region}|${modelId}`;
      const cached = availabilityCache.get(key);
      if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.availability);
      const client = clients.bedrock(region);
      const r = await call('bedrock:GetFoundationModelAvailability', modelId, () =>
        client.send(new GetFoundationModelAvailabilityCommand({ modelId })),
      );
      if (!r.ok) return r;
      const a = r.value ?? {};
      const availability: ModelAvailability = {
        modelId: a.modelId ?? modelId,
        agreement: a.agreementAvailability?.status ?? 'NOT_AVAILABLE',
        agreementMessage: a.agreementAvailability?.errorMessage ?? null,
        authorized: a.authorizationStatus === 'AUTHORIZED',
        entitled: a.entitlementAvailability === 'AVAILABLE',
        inRegion: a.regionAvailability === 'AVAILABLE',
      };
      if (availability.agreement === 'AVAILABLE' && availability.authorized && availability.entitled)
        availabilityCache.set(key, { availability, until: clock.now().getTime() + modelCacheMs });
      return ok(availability);
    },
  };
  return port;
}
export { hasAwsCredentials } from './credentials.js';
export { createPolicySimulator } from './policy-simulator.js';
export type { PolicySimulatorOptions } from './policy-simulator.js';
