/**
 * The port through which the core talks to AWS. The AWS adapter (src/aws/) implements it with
 * the real SDK clients; tests use fakes. Nothing here knows the SDK.
 *
 * Every operation returns a Result: expected AWS failures come back as an `AwsFailure` value,
 * classified by the adapter, explained to people by core/explain-error.ts.
 */
import type { CostPort } from './cost-port.js';
import type { Result } from './result.js';
import type { Secret } from './secret.js';

export interface Tag {
  key: string;
  value: string;
}

export interface IamUser {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createdAt: Date;
  tags: Tag[];
}

/** A page of `listBedrockUserPage`. */
export interface UserPage {
  users: IamUser[];
  /** Opaque: where the next page starts, or null when this page is the last. */
  next: string | null;
  /**
   * True when the cursor was not one this port makes (a "More" button from an older version of the
   * bot): the page is then the first one, and must be numbered so.
   */
  restarted?: boolean;
}

export interface AccessKeyInfo {
  accessKeyId: string;
  status: 'Active' | 'Inactive' | 'Expired';
  createdAt: Date;
  lastUsedAt: Date | null;
  lastUsedService: string | null;
}

/** A long-term Bedrock API key (IAM service-specific credential for bedrock.amazonaws.com). */
export interface ApiKeyInfo {
  credentialId: string;
  /** The public part (ServiceCredentialAlias, or ServiceUserName on older answers). */
  alias: string;
  status: 'Active' | 'Inactive' | 'Expired';
  createdAt: Date;
  /** Null when the key never expires. */
  expiresAt: Date | null;
}

export interface AttachedPolicy {
  policyName: string;
  policyArn: string;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

export interface ModelInfo {
  modelId: string;
  modelName: string;
  providerName: string;
  status: 'ACTIVE' | 'LEGACY' | string;
  inferenceTypes: string[];
  inputModalities: string[];
  outputModalities: string[];
}

/** A system-defined (cross-Region) inference profile that can be called from the Region it was listed in. */
export interface InferenceProfileInfo {
  /** The ID to invoke, e.g. "us.anthropic.claude-sonnet-4-6" or "global.anthropic.claude-opus-4-7". */
  profileId: string;
  name: string;
  status: 'ACTIVE' | string;
  /** Foundation-model IDs it routes to (from its model ARNs), deduplicated. */
  modelIds: string[];
  /** The Regions it may route a request to (from its model ARNs). */
  destinationRegions: string[];
}

/** GetFoundationModelAvailability: whether this account can call a model in a Region, and why not. */
export interface ModelAvailability {
  modelId: string;
  /** Marketplace agreement: AVAILABLE, PENDING (the first call subscribed; wait), NOT_AVAILABLE or ERROR. */
  agreement: string;
  agreementMessage: string | null;
  /** AUTHORIZED, or NOT_AUTHORIZED (IAM or an SCP denies it, or the use-case form is missing). */
  authorized: boolean;
  /** The account's Marketplace entitlement. */
  entitled: boolean;
  /** Whether the model is offered in this Region. */
  inRegion: boolean;
}

export interface IssuedToken {
  token: Secret;
  /** The real expiry: the earlier of the requested TTL and the signing credentials' expiry. */
  expiresAt: Date;
  region: string;
  /** ARN of the identity that signed the token (the assumed-role session, or the bot itself). */
  signerArn: string;
  /** Set when the signing credentials' expiry, not the request, set the token's expiry. */
  cappedBySigningCredentials: boolean;
  /** Set when the signing role refused the requested session duration and a shorter one was used. */
  roleDurationFallbackSeconds: number | null;
}

export interface TokenRequest {
  region: string;
  ttlSeconds: number;
  /** Present when TOKEN_SIGNING_ROLE_ARN is configured. */
  signAs: {
    roleArn: string;
    roleSessionName: string;
    sourceIdentity: string;
    externalId?: string;
  } | null;
}

export interface CreatedAccessKey {
  accessKeyId: string;
  secretAccessKey: Secret;
  createdAt: Date;
}

export interface CreatedApiKey {
  credentialId: string;
  alias: string;
  secret: Secret;
  createdAt: Date;
  expiresAt: Date | null;
}

export type AwsFailureCode =
  | 'AccessDenied'
  | 'CredentialsMissing'
  | 'CredentialsExpired'
  | 'NoSuchEntity'
  | 'EntityAlreadyExists'
  | 'LimitExceeded'
  | 'DeleteConflict'
  | 'EntityTemporarilyUnmodifiable'
  | 'Throttling'
  | 'InvalidInput'
  | 'UnknownRegion'
  | 'EndpointUnreachable'
  | 'ModelNotAvailable'
  /** Cost Explorer has no data for what was asked (DataUnavailableException, BillExpirationException). */
  | 'DataUnavailable'
  /** Cost Explorer is not enabled for this account (never opened, or member-account access turned off), or not in this partition. */
  | 'CostExplorerNotEnabled'
  | 'ServiceFailure'
  | 'Timeout'
  | 'Unknown';

export interface AwsFailure {
  code: AwsFailureCode;
  /** The IAM action that failed, e.g. "iam:CreateUser". */
  action: string;
  /** The AWS error name as returned (e.g. "AccessDeniedException"), for logs and support. */
  awsErrorName: string;
  /** AWS's own message with anything secret-looking removed. */
  message: string;
  /** True when the call may or may not have taken effect (timeout, 5xx, retries exhausted). */
  ambiguous: boolean;
  /** The ARN AWS named as the caller in an AccessDenied message, when present. */
  principalArn?: string;
  /** The resource a call was about, when known (user name, key ID, region). */
  resource?: string;
  requestId?: string;
}

export type AwsResult<T> = Result<T, AwsFailure>;

/**
 * `summary: true` is for lists and summaries (list, App Home): no last-used data (one IAM call less
 * per access key; `lastUsedAt` null), and an answer up to a minute old may be reused (the bot's own
 * changes clear it at once). Never for a decision that changes AWS or authorizes anyone.
 */
export interface KeyListOptions {
  summary?: boolean;
}

/** Everything the core asks AWS; Cost Explorer's part is the small CostPort (core/cost-port.ts). */
export interface AwsPort extends CostPort {
  whoAmI(): Promise<AwsResult<CallerIdentity>>;
  issueBearerToken(req: TokenRequest): Promise<AwsResult<IssuedToken>>;

  getUser(userName: string, options?: KeyListOptions): Promise<AwsResult<IamUser | null>>;
  /**
   * The business units' users: `*-bedrock-user` under the configured path, and at the root path (made
   * by the original hand-run workflow). Scales with the bot's users, not with the account's.
   * `withTags: false`: names only (`tags` empty), one ListUsers page per 1,000 users and no call per
   * user; for paging, where only the page shown needs its tags (`getUser`).
   */
  listBedrockUsers(options?: { withTags?: boolean }): Promise<AwsResult<IamUser[]>>;
  /**
   * One page of the same users, names only (`tags` empty), for `list`: at most `limit`, fewer only on
   * the last page, with `next` to pass as `cursor` for the page after (null: none). Every user comes
   * exactly once across the pages, in a stable order: those under the configured path in IAM's order
   * (ListUsers with MaxItems, resumed from IAM's Marker), then those at the root path by name. A page
   * costs one or two ListUsers calls of at most `limit` users; the whole account is listed only when
   * the configured path runs out (the root path can only be listed with everything under it).
   */
  listBedrockUserPage(input: { limit: number; cursor: string | null }): Promise<AwsResult<UserPage>>;
  createUser(input: { userName: string; path: string; tags: Tag[] }): Promise<AwsResult<IamUser>>;
  tagUser(userName: string, tags: Tag[]): Promise<AwsResult<void>>;
  deleteUser(userName: string): Promise<AwsResult<void>>;
  /** Removes the console password if one exists (ok when there is none). */
  deleteLoginProfile(userName: string): Promise<AwsResult<void>>;
  /** Whether the user has a console password (iam:GetLoginProfile; NoSuchEntity means no). */
  hasLoginProfile(userName: string): Promise<AwsResult<boolean>>;
  /** Read only: the bot never changes group memberships (users in groups are not managed). */
  listGroupsForUser(userName: string): Promise<AwsResult<string[]>>;

  listAttachedUserPolicies(userName: string): Promise<AwsResult<AttachedPolicy[]>>;
  attachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>>;
  /** Whether a managed policy exists (iam:GetPolicy); false for NoSuchEntity. */
  policyExists(policyArn: string): Promise<AwsResult<boolean>>;
  detachUserPolicy(userName: string, policyArn: string): Promise<AwsResult<void>>;
  listUserPolicies(userName: string): Promise<AwsResult<string[]>>;
  deleteUserPolicy(userName: string, policyName: string): Promise<AwsResult<void>>;

  listAccessKeys(userName: string, options?: KeyListOptions): Promise<AwsResult<AccessKeyInfo[]>>;
  createAccessKey(userName: string): Promise<AwsResult<CreatedAccessKey>>;
  setAccessKeyStatus(
    userName: string,
    accessKeyId: string,
    status: 'Active' | 'Inactive',
  ): Promise<AwsResult<void>>;
  deleteAccessKey(userName: string, accessKeyId: string): Promise<AwsResult<void>>;

  listApiKeys(userName: string, options?: KeyListOptions): Promise<AwsResult<ApiKeyInfo[]>>;
  /** ageDays null means "never expires" (only when the operator allows it). */
  createApiKey(userName: string, ageDays: number | null): Promise<AwsResult<CreatedApiKey>>;
  setApiKeyStatus(
    userName: string,
    credentialId: string,
    status: 'Active' | 'Inactive',
  ): Promise<AwsResult<void>>;
  deleteApiKey(userName: string, credentialId: string): Promise<AwsResult<void>>;

  listFoundationModels(input: { region: string; provider: string | null }): Promise<AwsResult<ModelInfo[]>>;
  /** System-defined inference profiles callable from `region` (all pages; cached like the models). */
  listInferenceProfiles(region: string): Promise<AwsResult<InferenceProfileInfo[]>>;
  getModelAvailability(input: { region: string; modelId: string }): Promise<AwsResult<ModelAvailability>>;
}
