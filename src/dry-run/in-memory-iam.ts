/**
 * One in-memory simulation of IAM (plus the STS and Bedrock calls the bot makes) behind the
 * AwsPort. The console's dry run uses it through `createExampleAwsPort` (example-aws-port.ts), the
 * tests through `FakeAws` (test/fakes/fake-aws.ts); both are thin layers over this class, so the
 * rules below are written once. Nothing here talks to AWS or imports an SDK.
 *
 * What it models (as IAM does):
 * - users with path and tags; `getUser` answers null for a missing user, every other per-user call
 *   fails with NoSuchEntity; `createUser` on an existing name fails with EntityAlreadyExists, on an
 *   invalid name with InvalidInput;
 * - at most 2 access keys and 2 Bedrock API keys (service-specific credentials) per user, whatever
 *   their status: a third create fails with LimitExceeded; API keys past their expiry list as Expired;
 * - `deleteUser` fails with DeleteConflict while the user still has keys, a console password,
 *   group memberships, attached or inline policies; removing an inline policy the user does not
 *   have fails with NoSuchEntity (the bot never changes group memberships: they are seeded);
 * - tags: at most 50 per user, merged by key;
 * - `listBedrockUsers`: `*-bedrock-user` under the configured path (any path when none is
 *   configured) or tagged purpose=bedrock anywhere, sorted by name;
 * - `issueBearerToken` caps the expiry by the signing credentials' expiry and by the role's
 *   maximum session duration;
 * - `listFoundationModels`, `listInferenceProfiles` and `getModelAvailability` per region (unknown
 *   regions fail with UnknownRegion; availability defaults to "callable" for every listed model);
 * - Cost Explorer (`listCostAllocationTags`, `getCostByService`): tag keys AWS knows, with their
 *   status (none by default), and daily costs per tag value and service (`seedCost`, or the
 *   `dailyCosts` option), summed into the days or months asked for, the current month estimated.
 *
 * Beyond the AwsPort: seeding (`seedUser`, `seedAccessKey`, `seedApiKey`), inspection
 * (`userState`, `userNames`), a call log (`calls`, `callsTo`, `mutatingCalls`), every secret handed
 * out (`issuedSecrets`, to check that none leaked), and one hook, `failureHook`, consulted before
 * every call, that can make the call fail instead (optionally after it took effect: a lost response).
 */
import type {
  AccessKeyInfo,
  ApiKeyInfo,
  AttachedPolicy,
  AwsFailure,
  AwsFailureCode,
  AwsPort,
  AwsResult,
  CallerIdentity,
  CreatedAccessKey,
  CreatedApiKey,
  IamUser,
  InferenceProfileInfo,
  IssuedToken,
  ModelAvailability,
  ModelInfo,
  Tag,
  TokenRequest,
  UserPage,
} from '../core/aws-port.js';
import type { Clock } from '../core/clock.js';
import type {
  CostAllocationTagState,
  CostBucket,
  CostByTagQuery,
  CostQuery,
  ServiceCost,
  TagValueCost,
} from '../core/cost-port.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';
import { isBedrockUserName } from '../core/validation.js';

export type AwsMethod = keyof AwsPort;

/** The IAM/STS/Bedrock action each port method calls (the one named in injected failures). */
export const ACTION_OF: Record<AwsMethod, string> = {
  whoAmI: 'sts:GetCallerIdentity',
  issueBearerToken: 'sts:AssumeRole',
  getUser: 'iam:GetUser',
  listBedrockUsers: 'iam:ListUsers',
  listBedrockUserPage: 'iam:ListUsers',
  createUser: 'iam:CreateUser',
  tagUser: 'iam:TagUser',
  deleteUser: 'iam:DeleteUser',
  deleteLoginProfile: 'iam:DeleteLoginProfile',
  listGroupsForUser: 'iam:ListGroupsForUser',
  hasLoginProfile: 'iam:GetLoginProfile',
  listAttachedUserPolicies: 'iam:ListAttachedUserPolicies',
  attachUserPolicy: 'iam:AttachUserPolicy',
  policyExists: 'iam:GetPolicy',
  detachUserPolicy: 'iam:DetachUserPolicy',
  listUserPolicies: 'iam:ListUserPolicies',
  deleteUserPolicy: 'iam:DeleteUserPolicy',
  listAccessKeys: 'iam:ListAccessKeys',
  createAccessKey: 'iam:CreateAccessKey',
  setAccessKeyStatus: 'iam:UpdateAccessKey',
  deleteAccessKey: 'iam:DeleteAccessKey',
  listApiKeys: 'iam:ListServiceSpecificCredentials',
  createApiKey: 'iam:CreateServiceSpecificCredential',
  setApiKeyStatus: 'iam:UpdateServiceSpecificCredential',
  deleteApiKey: 'iam:DeleteServiceSpecificCredential',
  listFoundationModels: 'bedrock:ListFoundationModels',
  listInferenceProfiles: 'bedrock:ListInferenceProfiles',
  getModelAvailability: 'bedrock:GetFoundationModelAvailability',
  listCostAllocationTags: 'ce:ListCostAllocationTags',
  getCostByService: 'ce:GetCostAndUsage',
  getCostByTagValue: 'ce:GetCostAndUsage',
};

/** The action named when the token itself cannot be made (as the AWS adapter names it). */
const TOKEN_ACTION = 'bedrock:CallWithBearerToken';

/** The port methods that change something in AWS. */
export const MUTATING_METHODS: ReadonlySet<AwsMethod> = new Set<AwsMethod>([
  'createUser',
  'tagUser',
  'deleteUser',
  'deleteLoginProfile',
  'attachUserPolicy',
  'detachUserPolicy',
  'deleteUserPolicy',
  'createAccessKey',
  'setAccessKeyStatus',
  'deleteAccessKey',
  'createApiKey',
  'setApiKeyStatus',
  'deleteApiKey',
]);

/** The error name AWS (through SDK v3) gives each failure; IAM's modelled errors end in "Exception". */
const ERROR_NAME: Record<AwsFailureCode, string> = {
  AccessDenied: 'AccessDenied',
  CredentialsMissing: 'CredentialsProviderError',
  CredentialsExpired: 'ExpiredToken',
  NoSuchEntity: 'NoSuchEntityException',
  EntityAlreadyExists: 'EntityAlreadyExistsException',
  LimitExceeded: 'LimitExceededException',
  DeleteConflict: 'DeleteConflictException',
  EntityTemporarilyUnmodifiable: 'EntityTemporarilyUnmodifiable',
  Throttling: 'Throttling',
  InvalidInput: 'ValidationError',
  UnknownRegion: 'UnknownRegion',
  EndpointUnreachable: 'NetworkingError',
  ModelNotAvailable: 'ResourceNotFoundException',
  DataUnavailable: 'DataUnavailableException',
  CostExplorerNotEnabled: 'AccessDeniedException',
  ServiceFailure: 'ServiceFailure',
  Timeout: 'TimeoutError',
  Unknown: 'UnknownError',
};

const AMBIGUOUS_BY_DEFAULT: ReadonlySet<AwsFailureCode> = new Set<AwsFailureCode>([
  'Timeout',
  'ServiceFailure',
  'Unknown',
]);

/** Builds an AwsFailure the way the adapter would classify one. */
export function awsFailure(
  code: AwsFailureCode,
  action: string,
  extra: Partial<AwsFailure> = {},
): AwsFailure {
  return {
    code,
    action,
    awsErrorName: ERROR_NAME[code],
    message: extra.message ?? `${code} (simulated) on ${action}`,
    ambiguous: AMBIGUOUS_BY_DEFAULT.has(code),
    ...extra,
  };
}

/** What `failureHook` answers to make a call fail. */
export interface InjectedFailure extends Partial<Omit<AwsFailure, 'code'>> {
  code: AwsFailureCode;
  /** The call takes effect in AWS, then the caller sees the failure (a lost response). */
  takeEffect?: boolean;
}

/** Consulted before every call (after it is logged); answer a failure to make the call fail. */
export type FailureHook = (method: AwsMethod, args: readonly unknown[]) => InjectedFailure | undefined;

/** Everything the simulation keeps about one user; `userState` hands out the live object. */
export interface IamUserState {
  user: IamUser;
  accessKeys: (AccessKeyInfo & { secret: string })[];
  apiKeys: (ApiKeyInfo & { secret: string })[];
  attachedPolicyArns: string[];
  inlinePolicies: string[];
  groups: string[];
  loginProfile: boolean;
}

/** How IDs and secrets look. `seeded` is true for keys added by `seedAccessKey`/`seedApiKey`. */
export interface IamNaming {
  userId(): string;
  accessKey(seeded: boolean): { accessKeyId: string; secret: string };
  apiKey(alias: string, seeded: boolean): { credentialId: string; secret: string };
  token(): string;
}

/** Models per region (absent regions are unknown), or a function answering null for an unknown region. */
export type ModelCatalog = Record<string, ModelInfo[]> | ((region: string) => readonly ModelInfo[] | null);

/** System-defined inference profiles per region (absent regions have none), or a function. */
export type ProfileCatalog =
  | Record<string, InferenceProfileInfo[]>
  | ((region: string) => readonly InferenceProfileInfo[] | null);

export interface InMemoryIamOptions {
  clock: Clock;
  /** Default 123456789012. */
  account?: string;
  /** The bot's identity (whoAmI, signer of tokens without a role). Default: user bedrock-bot in the account. */
  callerArn?: string;
  callerUserId?: string;
  /** The IAM path the bot uses; null lists `*-bedrock-user` under any path. Default /bedrock/. */
  iamUserPath?: string | null;
  models?: ModelCatalog;
  profiles?: ProfileCatalog;
  /** Customer-managed policies that exist (AWS managed ones always do); default null: any. */
  managedPolicies?: string[] | null;
  /**
   * GetFoundationModelAvailability answers; default: every listed model available and authorised.
   * Answer null for a model AWS does not know (ResourceNotFound).
   */
  availability?: (region: string, modelId: string) => ModelAvailability | null;
  /** When the bot's own (or the role's) credentials expire; caps token expiry. */
  signingCredentialsExpireAt?: Date | null;
  /** The signing role's MaxSessionDuration; longer requests fall back to it. Default 12 h. */
  roleMaxSessionSeconds?: number;
  /** Default: `sequentialNaming()`. */
  naming?: IamNaming;
  failureHook?: FailureHook;
  /** Cost allocation tag keys AWS knows, with their status; default none (nothing activated). */
  costAllocationTags?: CostAllocationTagState[];
  /** Cost of one day (YYYY-MM-DD) under a tag, by service; added to what `seedCost` records. */
  dailyCosts?: (tagKey: string, tagValue: string, date: string) => ServiceCost[];
}

const DAY_MS = 86_400_000;

/** IAM's quotas: access keys per user, and service-specific credentials per user and service. */
export const IAM_KEY_LIMIT = 2;
const MAX_TAGS = 50;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Plain sequential IDs (AKIAFAKE000000000001…) and secrets shaped `<kind>-SECRET-000042-xxxx…`,
 * easy to spot in output; one counter for all of them.
 */
export function sequentialNaming(): IamNaming {
  let counter = 0;
  const next = (): number => (counter += 1);
  const secret = (kind: string): string => `${kind}-SECRET-${pad(next(), 6)}-${'x'.repeat(24)}`;
  return {
    userId: () => `AIDAFAKE${pad(next(), 12)}`,
    accessKey: (seeded) => {
      if (seeded) {
        const accessKeyId = `AKIAFAKE${pad(next(), 12)}`;
        return { accessKeyId, secret: secret('seeded-access') };
      }
      const s = secret('access-secret');
      return { accessKeyId: `AKIAFAKE${pad(next(), 12)}`, secret: s };
    },
    apiKey: (_alias, seeded) => {
      if (seeded) {
        const credentialId = `ACCAFAKE${pad(next(), 13)}`;
        return { credentialId, secret: secret('seeded-api') };
      }
      const s = secret('api-key');
      return { credentialId: `ACCAFAKE${pad(next(), 13)}`, secret: s };
    },
    token: () => secret('bedrock-api-key-token'),
  };
}

export class InMemoryIam implements AwsPort {
  readonly clock: Clock;
  readonly account: string;
  readonly callerArn: string;
  readonly callerUserId: string;
  readonly iamUserPath: string | null;
  models: ModelCatalog;
  profiles: ProfileCatalog;
  managedPolicies: string[] | null;
  availability: ((region: string, modelId: string) => ModelAvailability | null) | undefined;
  signingCredentialsExpireAt: Date | null;
  roleMaxSessionSeconds: number;
  failureHook: FailureHook | undefined;
  /** Cost allocation tag keys AWS knows (by key). */
  readonly costAllocationTags = new Map<string, CostAllocationTagState>();
  dailyCosts: ((tagKey: string, tagValue: string, date: string) => ServiceCost[]) | undefined;
  readonly #costs: { tagKey: string; tagValue: string; date: string; cost: ServiceCost }[] = [];

  /** Every call, in order. */
  readonly calls: { method: AwsMethod; args: unknown[] }[] = [];
  /** Every secret value handed out (access key secrets, API keys, tokens, seeded keys). */
  readonly issuedSecrets: string[] = [];

  readonly #users = new Map<string, IamUserState>();
  readonly #naming: IamNaming;

  constructor(options: InMemoryIamOptions) {
    this.clock = options.clock;
    this.account = options.account ?? '123456789012';
    this.callerArn = options.callerArn ?? `arn:aws:iam::${this.account}:user/bedrock-bot`;
    this.callerUserId = options.callerUserId ?? 'AIDAFAKEBOTUSER00001';
    this.iamUserPath = options.iamUserPath === undefined ? '/bedrock/' : options.iamUserPath;
    this.models = options.models ?? {};
    this.profiles = options.profiles ?? {};
    this.managedPolicies = options.managedPolicies ?? null;
    this.availability = options.availability;
    this.signingCredentialsExpireAt = options.signingCredentialsExpireAt ?? null;
    this.roleMaxSessionSeconds = options.roleMaxSessionSeconds ?? 43_200;
    this.#naming = options.naming ?? sequentialNaming();
    this.failureHook = options.failureHook;
    for (const t of options.costAllocationTags ?? []) this.costAllocationTags.set(t.tagKey, { ...t });
    this.dailyCosts = options.dailyCosts;
  }

  /** Sets a cost allocation tag key's status, as activating it in the Billing console would. */
  setCostAllocationTag(
    tagKey: string,
    status: 'Active' | 'Inactive',
    lastUpdatedAt: Date | null = null,
  ): void {
    this.costAllocationTags.set(tagKey, { tagKey, status, lastUpdatedAt, lastUsedAt: null });
  }

  /** Records billed usage under a tag on one day (YYYY-MM-DD). */
  seedCost(input: {
    tagKey: string;
    tagValue: string;
    date: string;
    service: string;
    amount: number;
    unit?: string;
  }): void {
    const { tagKey, tagValue, date, service, amount } = input;
    this.#costs.push({ tagKey, tagValue, date, cost: { service, amount, unit: input.unit ?? 'USD' } });
  }

  // ---------------------------------------------------------------- seeding and inspection

  callsTo(method: AwsMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** The calls that change something in AWS. */
  mutatingCalls(): { method: AwsMethod; args: unknown[] }[] {
    return this.calls.filter((c) => MUTATING_METHODS.has(c.method));
  }

  userState(userName: string): IamUserState | undefined {
    return this.#users.get(userName);
  }

  userNames(): string[] {
    return [...this.#users.keys()];
  }

  /** Adds (or replaces) a user directly, without the checks of createUser. */
  seedUser(input: {
    userName: string;
    path?: string;
    tags?: Tag[];
    createdAt?: Date;
    attachedPolicyArns?: string[];
    inlinePolicies?: string[];
    groups?: string[];
    loginProfile?: boolean;
  }): IamUser {
    const path = input.path ?? this.iamUserPath ?? '/';
    const user: IamUser = {
      userName: input.userName,
      userId: this.#naming.userId(),
      arn: `arn:aws:iam::${this.account}:user${path}${input.userName}`,
      path,
      createdAt: input.createdAt ?? this.clock.now(),
      tags: (input.tags ?? []).map((t) => ({ ...t })),
    };
    this.#users.set(input.userName, {
      user,
      accessKeys: [],
      apiKeys: [],
      attachedPolicyArns: [...(input.attachedPolicyArns ?? [])],
      inlinePolicies: [...(input.inlinePolicies ?? [])],
      groups: [...(input.groups ?? [])],
      loginProfile: input.loginProfile ?? false,
    });
    return structuredClone(user);
  }

  /** Adds an access key without going through the limit check; returns its ID. */
  seedAccessKey(
    userName: string,
    input: { createdAt?: Date; status?: AccessKeyInfo['status']; lastUsedAt?: Date | null } = {},
  ): string {
    const state = this.#mustUser(userName);
    const { accessKeyId, secret } = this.#issue(this.#naming.accessKey(true));
    state.accessKeys.push({
      accessKeyId,
      status: input.status ?? 'Active',
      createdAt: input.createdAt ?? this.clock.now(),
      lastUsedAt: input.lastUsedAt ?? null,
      lastUsedService: input.lastUsedAt ? 'bedrock' : null,
      secret,
    });
    return accessKeyId;
  }

  /** Adds a Bedrock API key without going through the limit check (default expiry: 30 days); returns its credential ID. */
  seedApiKey(
    userName: string,
    input: { createdAt?: Date; expiresAt?: Date | null; status?: ApiKeyInfo['status'] } = {},
  ): string {
    const state = this.#mustUser(userName);
    const alias = `${userName}-at-${this.account}`;
    const { credentialId, secret } = this.#issue(this.#naming.apiKey(alias, true));
    state.apiKeys.push({
      credentialId,
      alias,
      status: input.status ?? 'Active',
      createdAt: input.createdAt ?? this.clock.now(),
      expiresAt:
        input.expiresAt === undefined
          ? new Date(this.clock.now().getTime() + 30 * 86_400_000)
          : input.expiresAt,
      secret,
    });
    return credentialId;
  }

  // ---------------------------------------------------------------- AwsPort

  async whoAmI(): Promise<AwsResult<CallerIdentity>> {
    return this.#run('whoAmI', [], undefined, () =>
      ok({ account: this.account, arn: this.callerArn, userId: this.callerUserId }),
    );
  }

  async issueBearerToken(req: TokenRequest): Promise<AwsResult<IssuedToken>> {
    return this.#run('issueBearerToken', [req], req.region, () => {
      if (this.#modelsIn(req.region) === null) return err(this.#unknownRegion(TOKEN_ACTION, req.region));
      const now = this.clock.now().getTime();
      let ttl = req.ttlSeconds;
      let fallback: number | null = null;
      if (req.signAs && ttl > this.roleMaxSessionSeconds) {
        fallback = this.roleMaxSessionSeconds;
        ttl = fallback;
      }
      let expiresAt = now + ttl * 1000;
      let capped = fallback !== null;
      if (this.signingCredentialsExpireAt && this.signingCredentialsExpireAt.getTime() < expiresAt) {
        expiresAt = this.signingCredentialsExpireAt.getTime();
        capped = true;
      }
      const roleName = req.signAs?.roleArn.split('/').pop() ?? '';
      return ok({
        token: new Secret(this.#issue({ token: this.#naming.token() }).token),
        expiresAt: new Date(expiresAt),
        region: req.region,
        signerArn: req.signAs
          ? `arn:aws:sts::${this.account}:assumed-role/${roleName}/${req.signAs.roleSessionName}`
          : this.callerArn,
        cappedBySigningCredentials: capped,
        roleDurationFallbackSeconds: fallback,
      });
    });
  }

  async getUser(userName: string): Promise<AwsResult<IamUser | null>> {
    return this.#run('getUser', [userName], userName, () => {
      const state = this.#users.get(userName);
      return ok(state ? structuredClone(state.user) : null);
    });
  }

  async listBedrockUsers(): Promise<AwsResult<IamUser[]>> {
    return this.#run('listBedrockUsers', [], undefined, () => ok(this.#bedrockUsers()));
  }

  /** Pages of the same users by name (tags empty); the cursor is the last name of the page before. */
  async listBedrockUserPage(input: { limit: number; cursor: string | null }): Promise<AwsResult<UserPage>> {
    return this.#run('listBedrockUserPage', [input], undefined, () => {
      const { cursor } = input;
      const rest = this.#bedrockUsers().filter(
        (u) => cursor === null || u.userName.localeCompare(cursor) > 0,
      );
      const users = rest.slice(0, Math.max(1, input.limit)).map((u) => ({ ...u, tags: [] }));
      return ok({ users, next: rest.length > users.length ? (users.at(-1)?.userName ?? null) : null });
    });
  }

  #bedrockUsers(): IamUser[] {
    return [...this.#users.values()]
      .map((s) => s.user)
      .filter(
        (u) =>
          ((this.iamUserPath === null || u.path === this.iamUserPath) && isBedrockUserName(u.userName)) ||
          u.tags.some((t) => t.key === 'purpose' && t.value === 'bedrock'),
      )
      .sort((a, b) => a.userName.localeCompare(b.userName))
      .map((u) => structuredClone(u));
  }

  async createUser(input: { userName: string; path: string; tags: Tag[] }): Promise<AwsResult<IamUser>> {
    return this.#run('createUser', [input], input.userName, () => {
      if (this.#users.has(input.userName)) {
        return err(
          this.#fail(
            'EntityAlreadyExists',
            'createUser',
            input.userName,
            `User with name ${input.userName} already exists.`,
          ),
        );
      }
      if (input.userName.length > 64 || !/^[\w+=,.@-]+$/.test(input.userName)) {
        return err(this.#fail('InvalidInput', 'createUser', input.userName, 'Invalid user name'));
      }
      if (input.tags.length > MAX_TAGS)
        return err(this.#fail('LimitExceeded', 'createUser', input.userName, 'Too many tags'));
      return ok(this.seedUser({ userName: input.userName, path: input.path, tags: input.tags }));
    });
  }

  async tagUser(userName: string, tags: Tag[]): Promise<AwsResult<void>> {
    return this.#withUser('tagUser', [userName, tags], userName, (state) => {
      const merged = new Map(state.user.tags.map((t) => [t.key, t.value]));
      for (const t of tags) merged.set(t.key, t.value);
      if (merged.size > MAX_TAGS)
        return err(
          this.#fail(
            'LimitExceeded',
            'tagUser',
            userName,
            `Cannot exceed quota for TagsPerUser: ${MAX_TAGS}.`,
          ),
        );
      state.user.tags = [...merged].map(([key, value]) => ({ key, value }));
      return ok(undefined);
    });
  }

  async deleteUser(userName: string): Promise<AwsResult<void>> {
    return this.#withUser('deleteUser', [userName], userName, (state) => {
      const blockers: string[] = [];
      if (state.accessKeys.length > 0) blockers.push('access keys');
      if (state.apiKeys.length > 0) blockers.push('service-specific credentials');
      if (state.loginProfile) blockers.push('login profile');
      if (state.groups.length > 0) blockers.push('group memberships');
      if (state.attachedPolicyArns.length > 0) blockers.push('attached policies');
      if (state.inlinePolicies.length > 0) blockers.push('inline policies');
      if (blockers.length > 0) {
        return err(
          this.#fail(
            'DeleteConflict',
            'deleteUser',
            userName,
            `Cannot delete entity, must remove ${blockers.join(', ')} first.`,
          ),
        );
      }
      this.#users.delete(userName);
      return ok(undefined);
    });
  }

  async deleteLoginProfile(userName: string): Promise<AwsResult<void>> {
    return this.#withUser('deleteLoginProfile', [userName], userName, (state) => {
      state.loginProfile = false;
      return ok(undefined);
    });
  }

  async listGroupsForUser(userName: string): Promise<AwsResult<string[]>> {
    return this.#withUser('listGroupsForUser', [userName], userName, (s) => ok([...s.groups]));
  }

  async hasLoginProfile(userName: string): Promise<AwsResult<boolean>> {
    return this.#withUser('hasLoginProfile', [userName], userName, (s) => ok(s.loginProfile));
  }

  async listAttachedUserPolicies(userName: string): Promise<AwsResult<AttachedPolicy[]>> {
    return this.#withUser('listAttachedUserPolicies', [userName], userName, (s) =>
      ok(s.attachedPolicyArns.map((arn) => ({ policyName: arn.split('/').pop() ?? arn, policyArn: arn }))),
    );
  }

  async policyExists(policyArn: string): Promise<AwsResult<boolean>> {
    return this.#run('policyExists', [policyArn], policyArn, () => ok(this.#policyExists(policyArn)));
  }

  /** AWS managed policies exist; customer-managed ones when listed in `managedPolicies` (default: any). */
  #policyExists(policyArn: string): boolean {
    return /:policy\/[^/]/.test(policyArn) && /^arn:[^:]+:iam::aws:/.test(policyArn)
      ? true
      : this.managedPolicies === null || this.managedPolicies.includes(policyArn);
  }

  async attachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>> {
    return this.#withUser('attachUserPolicy', [userName, policyArn], userName, (state) => {
      if (!this.#policyExists(policyArn))
        return err(
          this.#fail(
            'NoSuchEntity',
            'attachUserPolicy',
            policyArn,
            `Policy ${policyArn} does not exist or is not attachable.`,
          ),
        );
      if (!state.attachedPolicyArns.includes(policyArn)) state.attachedPolicyArns.push(policyArn);
      return ok(undefined);
    });
  }

  async detachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>> {
    return this.#run('detachUserPolicy', [userName, policyArn], userName, () => {
      const state = this.#users.get(userName);
      if (!state || !state.attachedPolicyArns.includes(policyArn)) {
        return err(
          this.#fail('NoSuchEntity', 'detachUserPolicy', userName, `Policy ${policyArn} was not found.`),
        );
      }
      state.attachedPolicyArns = state.attachedPolicyArns.filter((a) => a !== policyArn);
      return ok(undefined);
    });
  }

  async listUserPolicies(userName: string): Promise<AwsResult<string[]>> {
    return this.#withUser('listUserPolicies', [userName], userName, (s) => ok([...s.inlinePolicies]));
  }

  async deleteUserPolicy(userName: string, policyName: string): Promise<AwsResult<void>> {
    return this.#run('deleteUserPolicy', [userName, policyName], userName, () => {
      const state = this.#users.get(userName);
      if (!state || !state.inlinePolicies.includes(policyName)) {
        return err(
          this.#fail(
            'NoSuchEntity',
            'deleteUserPolicy',
            userName,
            `The user policy with name ${policyName} cannot be found.`,
          ),
        );
      }
      state.inlinePolicies = state.inlinePolicies.filter((p) => p !== policyName);
      return ok(undefined);
    });
  }

  async listAccessKeys(userName: string): Promise<AwsResult<AccessKeyInfo[]>> {
    return this.#withUser('listAccessKeys', [userName], userName, (s) =>
      ok(s.accessKeys.map(({ secret: _secret, ...info }) => structuredClone(info))),
    );
  }

  async createAccessKey(userName: string): Promise<AwsResult<CreatedAccessKey>> {
    return this.#withUser('createAccessKey', [userName], userName, (state) => {
      if (state.accessKeys.length >= IAM_KEY_LIMIT) {
        return err(
          this.#fail(
            'LimitExceeded',
            'createAccessKey',
            userName,
            `Cannot exceed quota for AccessKeysPerUser: ${IAM_KEY_LIMIT}`,
          ),
        );
      }
      const { accessKeyId, secret } = this.#issue(this.#naming.accessKey(false));
      const createdAt = this.clock.now();
      state.accessKeys.push({
        accessKeyId,
        status: 'Active',
        createdAt,
        lastUsedAt: null,
        lastUsedService: null,
        secret,
      });
      return ok({ accessKeyId, secretAccessKey: new Secret(secret), createdAt });
    });
  }

  async setAccessKeyStatus(
    userName: string,
    accessKeyId: string,
    status: 'Active' | 'Inactive',
  ): Promise<AwsResult<void>> {
    return this.#run('setAccessKeyStatus', [userName, accessKeyId, status], accessKeyId, () => {
      const key = this.#users.get(userName)?.accessKeys.find((k) => k.accessKeyId === accessKeyId);
      if (!key) return err(this.#noAccessKey('setAccessKeyStatus', accessKeyId));
      key.status = status;
      return ok(undefined);
    });
  }

  async deleteAccessKey(userName: string, accessKeyId: string): Promise<AwsResult<void>> {
    return this.#run('deleteAccessKey', [userName, accessKeyId], accessKeyId, () => {
      const state = this.#users.get(userName);
      if (!state?.accessKeys.some((k) => k.accessKeyId === accessKeyId))
        return err(this.#noAccessKey('deleteAccessKey', accessKeyId));
      state.accessKeys = state.accessKeys.filter((k) => k.accessKeyId !== accessKeyId);
      return ok(undefined);
    });
  }

  async listApiKeys(userName: string): Promise<AwsResult<ApiKeyInfo[]>> {
    return this.#withUser('listApiKeys', [userName], userName, (s) =>
      ok(
        s.apiKeys.map(({ secret: _secret, ...info }) => {
          const copy = structuredClone(info);
          if (copy.expiresAt && copy.expiresAt.getTime() <= this.clock.now().getTime())
            copy.status = 'Expired';
          return copy;
        }),
      ),
    );
  }

  async createApiKey(userName: string, ageDays: number | null): Promise<AwsResult<CreatedApiKey>> {
    return this.#withUser('createApiKey', [userName, ageDays], userName, (state) => {
      if (ageDays !== null && (!Number.isInteger(ageDays) || ageDays < 1 || ageDays > 36_600)) {
        return err(
          this.#fail(
            'InvalidInput',
            'createApiKey',
            userName,
            'CredentialAgeDays must be between 1 and 36600.',
          ),
        );
      }
      if (state.apiKeys.length >= IAM_KEY_LIMIT) {
        return err(
          this.#fail(
            'LimitExceeded',
            'createApiKey',
            userName,
            `Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: ${IAM_KEY_LIMIT}`,
          ),
        );
      }
      const alias = `${userName}-at-${this.account}`;
      const { credentialId, secret } = this.#issue(this.#naming.apiKey(alias, false));
      const createdAt = this.clock.now();
      const expiresAt = ageDays === null ? null : new Date(createdAt.getTime() + ageDays * 86_400_000);
      state.apiKeys.push({ credentialId, alias, status: 'Active', createdAt, expiresAt, secret });
      return ok({ credentialId, alias, secret: new Secret(secret), createdAt, expiresAt });
    });
  }

  async setApiKeyStatus(
    userName: string,
    credentialId: string,
    status: 'Active' | 'Inactive',
  ): Promise<AwsResult<void>> {
    return this.#run('setApiKeyStatus', [userName, credentialId, status], credentialId, () => {
      const key = this.#users.get(userName)?.apiKeys.find((k) => k.credentialId === credentialId);
      if (!key) return err(this.#noApiKey('setApiKeyStatus', credentialId));
      key.status = status;
      return ok(undefined);
    });
  }

  async deleteApiKey(userName: string, credentialId: string): Promise<AwsResult<void>> {
    return this.#run('deleteApiKey', [userName, credentialId], credentialId, () => {
      const state = this.#users.get(userName);
      if (!state?.apiKeys.some((k) => k.credentialId === credentialId))
        return err(this.#noApiKey('deleteApiKey', credentialId));
      state.apiKeys = state.apiKeys.filter((k) => k.credentialId !== credentialId);
      return ok(undefined);
    });
  }

  async listFoundationModels(input: {
    region: string;
    provider: string | null;
  }): Promise<AwsResult<ModelInfo[]>> {
    return this.#run('listFoundationModels', [input], input.region, () => {
      const models = this.#modelsIn(input.region);
      if (models === null) return err(this.#unknownRegion(ACTION_OF.listFoundationModels, input.region));
      const provider = input.provider?.toLowerCase() ?? null;
      return ok(
        structuredClone(models.filter((m) => provider === null || m.providerName.toLowerCase() === provider)),
      );
    });
  }

  async listInferenceProfiles(region: string): Promise<AwsResult<InferenceProfileInfo[]>> {
    return this.#run('listInferenceProfiles', [region], region, () => {
      if (this.#modelsIn(region) === null)
        return err(this.#unknownRegion(ACTION_OF.listInferenceProfiles, region));
      const profiles =
        typeof this.profiles === 'function' ? this.profiles(region) : (this.profiles[region] ?? []);
      return ok(structuredClone([...(profiles ?? [])]));
    });
  }

  async getModelAvailability(input: {
    region: string;
    modelId: string;
  }): Promise<AwsResult<ModelAvailability>> {
    return this.#run('getModelAvailability', [input], input.modelId, () => {
      const models = this.#modelsIn(input.region);
      if (models === null) return err(this.#unknownRegion(ACTION_OF.getModelAvailability, input.region));
      const known = models.some((m) => m.modelId === input.modelId);
      const answer =
        this.availability === undefined
          ? known
            ? {
                modelId: input.modelId,
                agreement: 'AVAILABLE',
                agreementMessage: null,
                authorized: true,
                entitled: true,
                inRegion: true,
              }
            : null
          : this.availability(input.region, input.modelId);
      if (answer === null)
        return err(
          awsFailure('ModelNotAvailable', ACTION_OF.getModelAvailability, {
            resource: input.modelId,
            message: `The model ${input.modelId} is not known in ${input.region}.`,
            ambiguous: false,
          }),
        );
      return ok({ ...answer });
    });
  }

  // ---------------------------------------------------------------- Cost Explorer

  async listCostAllocationTags(tagKeys: string[]): Promise<AwsResult<CostAllocationTagState[]>> {
    return this.#run('listCostAllocationTags', [tagKeys], tagKeys.join(','), () =>
      ok(
        tagKeys.flatMap((k) => {
          const t = this.costAllocationTags.get(k);
          return t === undefined ? [] : [{ ...t }];
        }),
      ),
    );
  }

  async getCostByService(query: CostQuery): Promise<AwsResult<CostBucket[]>> {
    return this.#run('getCostByService', [query], `${query.tagKey}=${query.tagValue}`, () => {
      const bad = this.#badPeriod(query, 'getCostByService');
      return bad ?? ok(this.#buckets(query, query.tagValue));
    });
  }

  /**
   * Every value of the tag with cost in the period: the values seeded with `seedCost`, and those on
   * users tagged with the key (for `dailyCosts`); '' (no tag) for seeded cost without a value.
   */
  async getCostByTagValue(query: CostByTagQuery): Promise<AwsResult<TagValueCost[]>> {
    return this.#run('getCostByTagValue', [query], query.tagKey, () => {
      const bad = this.#badPeriod(query, 'getCostByTagValue');
      if (bad !== null) return bad;
      const plainKey = query.tagKey.startsWith('iamPrincipal/')
        ? query.tagKey.slice('iamPrincipal/'.length)
        : query.tagKey;
      const values = new Set<string>(
        this.#costs.filter((c) => c.tagKey === query.tagKey).map((c) => c.tagValue),
      );
      if (this.dailyCosts !== undefined)
        for (const user of this.#users.values())
          for (const t of user.user.tags) if (t.key === plainKey) values.add(t.value);
      return ok(
        [...values]
          .sort()
          .map((tagValue) => ({ tagValue, buckets: this.#buckets(query, tagValue) }))
          .filter((v) => v.buckets.some((b) => b.services.length > 0)),
      );
    });
  }

  #badPeriod(
    query: { start: string; end: string },
    method: 'getCostByService' | 'getCostByTagValue',
  ): AwsResult<never> | null {
    const start = Date.parse(`${query.start}T00:00:00Z`);
    const end = Date.parse(`${query.end}T00:00:00Z`);
    if (start < end) return null;
    return err(
      awsFailure('InvalidInput', ACTION_OF[method], { message: 'Start date must be before end date.' }),
    );
  }

  /** The cost under one tag value, summed into the days or months asked for; this month estimated. */
  #buckets(query: Omit<CostQuery, 'tagValue'>, tagValue: string): CostBucket[] {
    const start = Date.parse(`${query.start}T00:00:00Z`);
    const end = Date.parse(`${query.end}T00:00:00Z`);
    const thisMonth = this.clock.now().toISOString().slice(0, 7);
    const buckets: CostBucket[] = [];
    for (let from = start; from < end; ) {
      const d = new Date(from);
      const next =
        query.granularity === 'DAILY'
          ? from + DAY_MS
          : Math.min(end, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      const byService = new Map<string, ServiceCost>();
      for (let day = from; day < next; day += DAY_MS) {
        const date = new Date(day).toISOString().slice(0, 10);
        const costs = [
          ...this.#costs
            .filter((c) => c.tagKey === query.tagKey && c.tagValue === tagValue && c.date === date)
            .map((c) => c.cost),
          ...(this.dailyCosts?.(query.tagKey, tagValue, date) ?? []),
        ];
        for (const c of costs) {
          const sum = byService.get(`${c.service}|${c.unit}`);
          byService.set(`${c.service}|${c.unit}`, { ...c, amount: (sum?.amount ?? 0) + c.amount });
        }
      }
      buckets.push({
        start: new Date(from).toISOString().slice(0, 10),
        end: new Date(next).toISOString().slice(0, 10),
        estimated: new Date(from).toISOString().slice(0, 7) >= thisMonth,
        services: [...byService.values()],
      });
      from = next;
    }
    return buckets;
  }

  // ---------------------------------------------------------------- internals

  async #run<T>(
    method: AwsMethod,
    args: unknown[],
    resource: string | undefined,
    op: () => AwsResult<T>,
  ): Promise<AwsResult<T>> {
    this.calls.push({ method, args });
    await Promise.resolve(); // answer asynchronously, like the network would
    const injected = this.failureHook?.(method, args);
    if (!injected) return op();
    if (injected.takeEffect) op();
    const { code, takeEffect: _t, ...extra } = injected;
    return err(awsFailure(code, ACTION_OF[method], { resource, ...extra }));
  }

  async #withUser<T>(
    method: AwsMethod,
    args: unknown[],
    userName: string,
    op: (state: IamUserState) => AwsResult<T>,
  ): Promise<AwsResult<T>> {
    return this.#run(method, args, userName, () => {
      const state = this.#users.get(userName);
      return state ? op(state) : err(this.#noUser(method, userName));
    });
  }

  #issue<T extends { secret: string } | { token: string }>(issued: T): T {
    this.issuedSecrets.push('secret' in issued ? issued.secret : issued.token);
    return issued;
  }

  #modelsIn(region: string): readonly ModelInfo[] | null {
    return typeof this.models === 'function' ? this.models(region) : (this.models[region] ?? null);
  }

  #fail(code: AwsFailureCode, method: AwsMethod, resource: string, message: string): AwsFailure {
    return awsFailure(code, ACTION_OF[method], { resource, message, ambiguous: false });
  }

  #unknownRegion(action: string, region: string): AwsFailure {
    return awsFailure('UnknownRegion', action, {
      resource: region,
      message: `${region} is not a region`,
      ambiguous: false,
    });
  }

  #noUser(method: AwsMethod, userName: string): AwsFailure {
    return this.#fail('NoSuchEntity', method, userName, `The user with name ${userName} cannot be found.`);
  }

  #noAccessKey(method: AwsMethod, accessKeyId: string): AwsFailure {
    return this.#fail(
      'NoSuchEntity',
      method,
      accessKeyId,
      `The Access Key with id ${accessKeyId} cannot be found.`,
    );
  }

  #noApiKey(method: AwsMethod, credentialId: string): AwsFailure {
    return this.#fail('NoSuchEntity', method, credentialId, `No such credential ${credentialId}.`);
  }

  #mustUser(userName: string): IamUserState {
    const state = this.#users.get(userName);
    if (!state) throw new Error(`in-memory IAM: no user ${userName} (seed it first)`);
    return state;
  }
}
