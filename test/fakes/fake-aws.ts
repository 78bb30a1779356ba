/**
 * A fake AwsPort with realistic IAM behaviour, for the core's and everyone else's tests.
 *
 * What it models (as IAM does):
 * - users with path and tags; `getUser` answers null for a missing user, every other per-user call
 *   fails with NoSuchEntity; `createUser` on an existing name fails with EntityAlreadyExists;
 * - at most 2 access keys and 2 Bedrock API keys (service-specific credentials) per user, whatever
 *   their status: a third create fails with LimitExceeded;
 * - `deleteUser` fails with DeleteConflict while the user still has keys, a console password,
 *   group memberships, attached or inline policies;
 * - tags: at most 50 per user, merged by key;
 * - `issueBearerToken` caps the expiry by the signing credentials' expiry and by the role's
 *   maximum session duration (see options);
 * - `listFoundationModels` per region (unknown regions fail with UnknownRegion).
 *
 * Test helpers:
 * - seed state: `seedUser`, `seedAccessKey`, `seedApiKey`; inspect it: `userState(name)`;
 * - every call is logged in `calls` (`callsTo('createUser')`, `mutatingCalls()`);
 * - every secret handed out is kept in `issuedSecrets` so tests can scan deliveries and the ledger;
 * - failure injection per method: `failNext('createUser', 'AccessDenied')` fails the next call,
 *   `failAlways(...)` until `clearFailures()`; `{ takeEffect: true, ambiguous: true }` models a lost
 *   response: the call happens in AWS but the caller sees a failure (e.g. a timeout after CreateAccessKey).
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
  IssuedToken,
  ModelInfo,
  Tag,
  TokenRequest,
} from '../../src/core/aws-port.js';
import type { Clock } from '../../src/core/clock.js';
import { err, ok } from '../../src/core/result.js';
import { Secret } from '../../src/core/secret.js';
import { FakeClock } from './fake-clock.js';

export type AwsMethod = keyof AwsPort;

/** The IAM/STS/Bedrock action each port method calls (the one named in failures). */
export const ACTION_OF: Record<AwsMethod, string> = {
  whoAmI: 'sts:GetCallerIdentity',
  issueBearerToken: 'sts:AssumeRole',
  getUser: 'iam:GetUser',
  listBedrockUsers: 'iam:ListUsers',
  createUser: 'iam:CreateUser',
  tagUser: 'iam:TagUser',
  deleteUser: 'iam:DeleteUser',
  deleteLoginProfile: 'iam:DeleteLoginProfile',
  listGroupsForUser: 'iam:ListGroupsForUser',
  removeUserFromGroup: 'iam:RemoveUserFromGroup',
  listAttachedUserPolicies: 'iam:ListAttachedUserPolicies',
  attachUserPolicy: 'iam:AttachUserPolicy',
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
};

const MUTATING: ReadonlySet<AwsMethod> = new Set<AwsMethod>([
  'createUser',
  'tagUser',
  'deleteUser',
  'deleteLoginProfile',
  'removeUserFromGroup',
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

const ERROR_NAME: Record<AwsFailureCode, string> = {
  AccessDenied: 'AccessDenied',
  CredentialsMissing: 'CredentialsProviderError',
  CredentialsExpired: 'ExpiredToken',
  NoSuchEntity: 'NoSuchEntity',
  EntityAlreadyExists: 'EntityAlreadyExists',
  LimitExceeded: 'LimitExceeded',
  DeleteConflict: 'DeleteConflict',
  EntityTemporarilyUnmodifiable: 'EntityTemporarilyUnmodifiable',
  Throttling: 'Throttling',
  InvalidInput: 'ValidationError',
  UnknownRegion: 'UnknownEndpoint',
  EndpointUnreachable: 'NetworkingError',
  ModelNotAvailable: 'ResourceNotFoundException',
  ServiceFailure: 'ServiceFailure',
  Timeout: 'TimeoutError',
  Unknown: 'UnknownError',
};

const AMBIGUOUS_BY_DEFAULT: ReadonlySet<AwsFailureCode> = new Set<AwsFailureCode>(['Timeout', 'ServiceFailure', 'Unknown']);

/** Builds an AwsFailure the way the adapter would classify one. */
export function awsFailure(code: AwsFailureCode, action: string, extra: Partial<AwsFailure> = {}): AwsFailure {
  return {
    code,
    action,
    awsErrorName: ERROR_NAME[code],
    message: extra.message ?? `${code} (fake) on ${action}`,
    ambiguous: AMBIGUOUS_BY_DEFAULT.has(code),
    ...extra,
  };
}

export interface InjectedFailure extends Partial<Omit<AwsFailure, 'code'>> {
  code: AwsFailureCode;
  /** The call takes effect in AWS, then the caller sees the failure (a lost response). */
  takeEffect?: boolean;
}

export interface FakeUserState {
  user: IamUser;
  accessKeys: (AccessKeyInfo & { secret: string })[];
  apiKeys: (ApiKeyInfo & { secret: string })[];
  attachedPolicyArns: string[];
  inlinePolicies: string[];
  groups: string[];
  loginProfile: boolean;
}

export interface FakeAwsOptions {
  clock?: Clock;
  account?: string;
  /** The bot's identity (whoAmI, signer of tokens without a role). */
  callerArn?: string;
  /** The IAM path the bot uses; users under it named *-bedrock-user are listed as business units. */
  iamUserPath?: string;
  /** Models per region; regions absent from the map are unknown (UnknownRegion). */
  models?: Record<string, ModelInfo[]>;
  /** When the bot's own (or the role's) credentials expire; caps token expiry. */
  signingCredentialsExpireAt?: Date | null;
  /** The signing role's MaxSessionDuration; longer requests fall back to it. */
  roleMaxSessionSeconds?: number;
}

export const MAX_KEYS_PER_KIND = 2;
const MAX_TAGS = 50;

function model(modelId: string, modelName: string, providerName: string, status = 'ACTIVE'): ModelInfo {
  return {
    modelId,
    modelName,
    providerName,
    status,
    inferenceTypes: ['ON_DEMAND', 'INFERENCE_PROFILE'],
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
  };
}

export const FAKE_MODELS: Record<string, ModelInfo[]> = {
  'us-east-1': [
    model('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic'),
    model('anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5', 'Anthropic'),
    model('anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', 'Anthropic', 'LEGACY'),
    model('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', 'Meta'),
    model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon'),
  ],
  'us-west-2': [
    model('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic'),
    model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon'),
  ],
  'eu-west-1': [model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon')],
  'eu-central-1': [],
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export class FakeAws implements AwsPort {
  readonly clock: Clock;
  readonly account: string;
  readonly callerArn: string;
  readonly iamUserPath: string;
  models: Record<string, ModelInfo[]>;
  signingCredentialsExpireAt: Date | null;
  roleMaxSessionSeconds: number;

  /** Every call, in order. */
  readonly calls: { method: AwsMethod; args: unknown[] }[] = [];
  /** Every secret value handed out (access key secrets, API keys, tokens). */
  readonly issuedSecrets: string[] = [];

  readonly #users = new Map<string, FakeUserState>();
  readonly #once = new Map<AwsMethod, InjectedFailure[]>();
  readonly #always = new Map<AwsMethod, InjectedFailure>();
  #counter = 0;

  constructor(options: FakeAwsOptions = {}) {
    this.clock = options.clock ?? new FakeClock();
    this.account = options.account ?? '123456789012';
    this.callerArn = options.callerArn ?? `arn:aws:iam::${this.account}:user/bedrock-bot`;
    this.iamUserPath = options.iamUserPath ?? '/bedrock/';
    this.models = options.models ?? structuredClone(FAKE_MODELS);
    this.signingCredentialsExpireAt = options.signingCredentialsExpireAt ?? null;
    this.roleMaxSessionSeconds = options.roleMaxSessionSeconds ?? 43_200;
  }

  // ---------------------------------------------------------------- test helpers

  /** Fails the next call(s) of `method` (queued: call several times to fail several calls). */
  failNext(method: AwsMethod, failure: AwsFailureCode | InjectedFailure, times = 1): this {
    const f = typeof failure === 'string' ? { code: failure } : failure;
    const queue = this.#once.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(f);
    this.#once.set(method, queue);
    return this;
  }

  /** Fails every call of `method` until `clearFailures()`. */
  failAlways(method: AwsMethod, failure: AwsFailureCode | InjectedFailure): this {
    this.#always.set(method, typeof failure === 'string' ? { code: failure } : failure);
    return this;
  }

  clearFailures(): void {
    this.#once.clear();
    this.#always.clear();
  }

  callsTo(method: AwsMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** The calls that change something in AWS. */
  mutatingCalls(): { method: AwsMethod; args: unknown[] }[] {
    return this.calls.filter((c) => MUTATING.has(c.method));
  }

  userState(userName: string): FakeUserState | undefined {
    return this.#users.get(userName);
  }

  userNames(): string[] {
    return [...this.#users.keys()];
  }

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
    const user = this.#newUser(input.userName, input.path ?? this.iamUserPath, input.tags ?? [], input.createdAt);
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
  seedAccessKey(userName: string, input: { createdAt?: Date; status?: AccessKeyInfo['status']; lastUsedAt?: Date | null } = {}): string {
    const state = this.#mustUser(userName);
    const id = this.#accessKeyId();
    state.accessKeys.push({
      accessKeyId: id,
      status: input.status ?? 'Active',
      createdAt: input.createdAt ?? this.clock.now(),
      lastUsedAt: input.lastUsedAt ?? null,
      lastUsedService: input.lastUsedAt ? 'bedrock' : null,
      secret: this.#secret('seeded-access'),
    });
    return id;
  }

  /** Adds a Bedrock API key without going through the limit check; returns its credential ID. */
  seedApiKey(userName: string, input: { createdAt?: Date; expiresAt?: Date | null; status?: ApiKeyInfo['status'] } = {}): string {
    const state = this.#mustUser(userName);
    const id = this.#credentialId();
    state.apiKeys.push({
      credentialId: id,
      alias: `${userName}-at-${this.account}`,
      status: input.status ?? 'Active',
      createdAt: input.createdAt ?? this.clock.now(),
      expiresAt: input.expiresAt === undefined ? new Date(this.clock.now().getTime() + 30 * 86_400_000) : input.expiresAt,
      secret: this.#secret('seeded-api'),
    });
    return id;
  }

  // ---------------------------------------------------------------- AwsPort

  async whoAmI(): Promise<AwsResult<CallerIdentity>> {
    return this.#run('whoAmI', [], undefined, () =>
      ok({ account: this.account, arn: this.callerArn, userId: 'AIDAFAKEBOTUSER00001' }),
    );
  }

  async issueBearerToken(req: TokenRequest): Promise<AwsResult<IssuedToken>> {
    return this.#run('issueBearerToken', [req], req.region, () => {
      if (!this.models[req.region]) return err(this.#fail('UnknownRegion', 'issueBearerToken', req.region, `Unknown region ${req.region}`));
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
        token: new Secret(this.#secret('bedrock-api-key-token')),
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
    return this.#run('listBedrockUsers', [], undefined, () =>
      ok(
        [...this.#users.values()]
          .map((s) => s.user)
          .filter(
            (u) =>
              (u.path === this.iamUserPath && u.userName.endsWith('-bedrock-user')) ||
              u.tags.some((t) => t.key === 'purpose' && t.value === 'bedrock'),
          )
          .map((u) => structuredClone(u)),
      ),
    );
  }

  async createUser(input: { userName: string; path: string; tags: Tag[] }): Promise<AwsResult<IamUser>> {
    return this.#run('createUser', [input], input.userName, () => {
      if (this.#users.has(input.userName)) {
        return err(this.#fail('EntityAlreadyExists', 'createUser', input.userName, `User with name ${input.userName} already exists.`));
      }
      if (input.userName.length > 64 || !/^[\w+=,.@-]+$/.test(input.userName)) {
        return err(this.#fail('InvalidInput', 'createUser', input.userName, 'Invalid user name'));
      }
      if (input.tags.length > MAX_TAGS) return err(this.#fail('LimitExceeded', 'createUser', input.userName, 'Too many tags'));
      const user = this.seedUser({ userName: input.userName, path: input.path, tags: input.tags });
      return ok(user);
    });
  }

  async tagUser(userName: string, tags: Tag[]): Promise<AwsResult<void>> {
    return this.#run('tagUser', [userName, tags], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('tagUser', userName));
      const merged = new Map(state.user.tags.map((t) => [t.key, t.value]));
      for (const t of tags) merged.set(t.key, t.value);
      if (merged.size > MAX_TAGS) return err(this.#fail('LimitExceeded', 'tagUser', userName, 'Cannot exceed quota for TagsPerUser: 50.'));
      state.user.tags = [...merged].map(([key, value]) => ({ key, value }));
      return ok(undefined);
    });
  }

  async deleteUser(userName: string): Promise<AwsResult<void>> {
    return this.#run('deleteUser', [userName], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('deleteUser', userName));
      const blockers: string[] = [];
      if (state.accessKeys.length > 0) blockers.push('access keys');
      if (state.apiKeys.length > 0) blockers.push('service-specific credentials');
      if (state.loginProfile) blockers.push('login profile');
      if (state.groups.length > 0) blockers.push('group memberships');
      if (state.attachedPolicyArns.length > 0) blockers.push('attached policies');
      if (state.inlinePolicies.length > 0) blockers.push('inline policies');
      if (blockers.length > 0) {
        return err(this.#fail('DeleteConflict', 'deleteUser', userName, `Cannot delete entity, must remove ${blockers.join(', ')} first.`));
      }
      this.#users.delete(userName);
      return ok(undefined);
    });
  }

  async deleteLoginProfile(userName: string): Promise<AwsResult<void>> {
    return this.#run('deleteLoginProfile', [userName], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('deleteLoginProfile', userName));
      state.loginProfile = false;
      return ok(undefined);
    });
  }

  async listGroupsForUser(userName: string): Promise<AwsResult<string[]>> {
    return this.#withUser('listGroupsForUser', userName, (s) => ok([...s.groups]));
  }

  async removeUserFromGroup(userName: string, groupName: string): Promise<AwsResult<void>> {
    return this.#run('removeUserFromGroup', [userName, groupName], userName, () => {
      const state = this.#users.get(userName);
      if (!state || !state.groups.includes(groupName)) return err(this.#noUser('removeUserFromGroup', userName));
      state.groups = state.groups.filter((g) => g !== groupName);
      return ok(undefined);
    });
  }

  async listAttachedUserPolicies(userName: string): Promise<AwsResult<AttachedPolicy[]>> {
    return this.#withUser('listAttachedUserPolicies', userName, (s) =>
      ok(s.attachedPolicyArns.map((arn) => ({ policyArn: arn, policyName: arn.split('/').pop() ?? arn }))),
    );
  }

  async attachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>> {
    return this.#run('attachUserPolicy', [userName, policyArn], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('attachUserPolicy', userName));
      if (!state.attachedPolicyArns.includes(policyArn)) state.attachedPolicyArns.push(policyArn);
      return ok(undefined);
    });
  }

  async detachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>> {
    return this.#run('detachUserPolicy', [userName, policyArn], userName, () => {
      const state = this.#users.get(userName);
      if (!state || !state.attachedPolicyArns.includes(policyArn)) {
        return err(this.#fail('NoSuchEntity', 'detachUserPolicy', userName, `Policy ${policyArn} was not found.`));
      }
      state.attachedPolicyArns = state.attachedPolicyArns.filter((a) => a !== policyArn);
      return ok(undefined);
    });
  }

  async listUserPolicies(userName: string): Promise<AwsResult<string[]>> {
    return this.#withUser('listUserPolicies', userName, (s) => ok([...s.inlinePolicies]));
  }

  async deleteUserPolicy(userName: string, policyName: string): Promise<AwsResult<void>> {
    return this.#run('deleteUserPolicy', [userName, policyName], userName, () => {
      const state = this.#users.get(userName);
      if (!state || !state.inlinePolicies.includes(policyName)) {
        return err(this.#fail('NoSuchEntity', 'deleteUserPolicy', userName, `The user policy with name ${policyName} cannot be found.`));
      }
      state.inlinePolicies = state.inlinePolicies.filter((p) => p !== policyName);
      return ok(undefined);
    });
  }

  async listAccessKeys(userName: string): Promise<AwsResult<AccessKeyInfo[]>> {
    return this.#withUser('listAccessKeys', userName, (s) =>
      ok(s.accessKeys.map(({ secret: _secret, ...info }) => structuredClone(info))),
    );
  }

  async createAccessKey(userName: string): Promise<AwsResult<CreatedAccessKey>> {
    return this.#run('createAccessKey', [userName], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('createAccessKey', userName));
      if (state.accessKeys.length >= MAX_KEYS_PER_KIND) {
        return err(this.#fail('LimitExceeded', 'createAccessKey', userName, 'Cannot exceed quota for AccessKeysPerUser: 2'));
      }
      const secret = this.#secret('access-secret');
      const key = {
        accessKeyId: this.#accessKeyId(),
        status: 'Active' as const,
        createdAt: this.clock.now(),
        lastUsedAt: null,
        lastUsedService: null,
        secret,
      };
      state.accessKeys.push(key);
      return ok({ accessKeyId: key.accessKeyId, secretAccessKey: new Secret(secret), createdAt: key.createdAt });
    });
  }

  async setAccessKeyStatus(userName: string, accessKeyId: string, status: 'Active' | 'Inactive'): Promise<AwsResult<void>> {
    return this.#run('setAccessKeyStatus', [userName, accessKeyId, status], accessKeyId, () => {
      const key = this.#users.get(userName)?.accessKeys.find((k) => k.accessKeyId === accessKeyId);
      if (!key) return err(this.#fail('NoSuchEntity', 'setAccessKeyStatus', accessKeyId, `The Access Key with id ${accessKeyId} cannot be found.`));
      key.status = status;
      return ok(undefined);
    });
  }

  async deleteAccessKey(userName: string, accessKeyId: string): Promise<AwsResult<void>> {
    return this.#run('deleteAccessKey', [userName, accessKeyId], accessKeyId, () => {
      const state = this.#users.get(userName);
      if (!state?.accessKeys.some((k) => k.accessKeyId === accessKeyId)) {
        return err(this.#fail('NoSuchEntity', 'deleteAccessKey', accessKeyId, `The Access Key with id ${accessKeyId} cannot be found.`));
      }
      state.accessKeys = state.accessKeys.filter((k) => k.accessKeyId !== accessKeyId);
      return ok(undefined);
    });
  }

  async listApiKeys(userName: string): Promise<AwsResult<ApiKeyInfo[]>> {
    return this.#withUser('listApiKeys', userName, (s) =>
      ok(
        s.apiKeys.map(({ secret: _secret, ...info }) => {
          const copy = structuredClone(info);
          if (copy.expiresAt && copy.expiresAt.getTime() <= this.clock.now().getTime()) copy.status = 'Expired';
          return copy;
        }),
      ),
    );
  }

  async createApiKey(userName: string, ageDays: number | null): Promise<AwsResult<CreatedApiKey>> {
    return this.#run('createApiKey', [userName, ageDays], userName, () => {
      const state = this.#users.get(userName);
      if (!state) return err(this.#noUser('createApiKey', userName));
      if (ageDays !== null && (!Number.isInteger(ageDays) || ageDays < 1 || ageDays > 36_600)) {
        return err(this.#fail('InvalidInput', 'createApiKey', userName, 'CredentialAgeDays must be between 1 and 36600.'));
      }
      if (state.apiKeys.length >= MAX_KEYS_PER_KIND) {
        return err(this.#fail('LimitExceeded', 'createApiKey', userName, 'Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: 2'));
      }
      const secret = this.#secret('api-key');
      const createdAt = this.clock.now();
      const key = {
        credentialId: this.#credentialId(),
        alias: `${userName}-at-${this.account}`,
        status: 'Active' as const,
        createdAt,
        expiresAt: ageDays === null ? null : new Date(createdAt.getTime() + ageDays * 86_400_000),
        secret,
      };
      state.apiKeys.push(key);
      return ok({ credentialId: key.credentialId, alias: key.alias, secret: new Secret(secret), createdAt, expiresAt: key.expiresAt });
    });
  }

  async setApiKeyStatus(userName: string, credentialId: string, status: 'Active' | 'Inactive'): Promise<AwsResult<void>> {
    return this.#run('setApiKeyStatus', [userName, credentialId, status], credentialId, () => {
      const key = this.#users.get(userName)?.apiKeys.find((k) => k.credentialId === credentialId);
      if (!key) return err(this.#fail('NoSuchEntity', 'setApiKeyStatus', credentialId, `No such credential ${credentialId}.`));
      key.status = status;
      return ok(undefined);
    });
  }

  async deleteApiKey(userName: string, credentialId: string): Promise<AwsResult<void>> {
    return this.#run('deleteApiKey', [userName, credentialId], credentialId, () => {
      const state = this.#users.get(userName);
      if (!state?.apiKeys.some((k) => k.credentialId === credentialId)) {
        return err(this.#fail('NoSuchEntity', 'deleteApiKey', credentialId, `No such credential ${credentialId}.`));
      }
      state.apiKeys = state.apiKeys.filter((k) => k.credentialId !== credentialId);
      return ok(undefined);
    });
  }

  async listFoundationModels(input: { region: string; provider: string | null }): Promise<AwsResult<ModelInfo[]>> {
    return this.#run('listFoundationModels', [input], input.region, () => {
      const models = this.models[input.region];
      if (!models) return err(this.#fail('UnknownRegion', 'listFoundationModels', input.region, `Unknown region ${input.region}`));
      const provider = input.provider?.toLowerCase() ?? null;
      return ok(structuredClone(models.filter((m) => provider === null || m.providerName.toLowerCase() === provider)));
    });
  }

  // ---------------------------------------------------------------- internals

  async #run<T>(method: AwsMethod, args: unknown[], resource: string | undefined, op: () => AwsResult<T>): Promise<AwsResult<T>> {
    this.calls.push({ method, args });
    await Promise.resolve(); // answer asynchronously, like the network would
    const injected = this.#once.get(method)?.shift() ?? this.#always.get(method);
    if (!injected) return op();
    if (injected.takeEffect) op();
    const { code, takeEffect: _t, ...extra } = injected;
    return err(awsFailure(code, ACTION_OF[method], { resource, ...extra }));
  }

  async #withUser<T>(method: AwsMethod, userName: string, op: (state: FakeUserState) => AwsResult<T>): Promise<AwsResult<T>> {
    return this.#run(method, [userName], userName, () => {
      const state = this.#users.get(userName);
      return state ? op(state) : err(this.#noUser(method, userName));
    });
  }

  #fail(code: AwsFailureCode, method: AwsMethod, resource: string, message: string): AwsFailure {
    return awsFailure(code, ACTION_OF[method], { resource, message, ambiguous: false });
  }

  #noUser(method: AwsMethod, userName: string): AwsFailure {
    return this.#fail('NoSuchEntity', method, userName, `The user with name ${userName} cannot be found.`);
  }

  #mustUser(userName: string): FakeUserState {
    const state = this.#users.get(userName);
    if (!state) throw new Error(`fake AWS: no user ${userName} (seed it first)`);
    return state;
  }

  #newUser(userName: string, path: string, tags: Tag[], createdAt?: Date): IamUser {
    this.#counter += 1;
    return {
      userName,
      userId: `AIDAFAKE${pad(this.#counter, 12)}`,
      arn: `arn:aws:iam::${this.account}:user${path}${userName}`,
      path,
      createdAt: createdAt ?? this.clock.now(),
      tags: tags.map((t) => ({ ...t })),
    };
  }

  #accessKeyId(): string {
    this.#counter += 1;
    return `AKIAFAKE${pad(this.#counter, 12)}`;
  }

  #credentialId(): string {
    this.#counter += 1;
    return `ACCAFAKE${pad(this.#counter, 13)}`;
  }

  #secret(kind: string): string {
    this.#counter += 1;
    const value = `${kind}-SECRET-${pad(this.#counter, 6)}-${'x'.repeat(24)}`;
    this.issuedSecrets.push(value);
    return value;
  }
}
