/**
 * The one list of AWS actions the bot itself calls, grouped by what they are for.
 *
 * The AWS adapter (src/aws/) may call only these; the least-privilege policy
 * (core/least-privilege-policy.ts) is built from them, and a test runs every adapter method against
 * stubbed clients to prove each command it sends is listed here and allowed by the policy.
 * Pure data: no SDK, no I/O.
 */

export type PermissionGroup =
  | 'tokenSigning'
  | 'businessUnitManagement'
  | 'readOnly'
  | 'models'
  | 'spend'
  | 'doctor';

export interface PermissionGroupInfo {
  /** A short, human heading. */
  title: string;
  actions: readonly string[];
}

/** Signing short-term Bedrock bearer tokens. */
export const TOKEN_SIGNING_WITH_ROLE_ACTIONS = ['sts:AssumeRole', 'sts:SetSourceIdentity'] as const;
/** Needed by the bot itself only when it signs tokens with its own credentials (no signing role). */
export const TOKEN_SIGNING_WITH_OWN_CREDENTIALS_ACTIONS = ['bedrock:CallWithBearerToken'] as const;

/** Creating, changing and removing business-unit users and their long-term credentials. */
export const BUSINESS_UNIT_WRITE_ACTIONS = [
  'iam:CreateUser',
  'iam:TagUser',
  'iam:AttachUserPolicy',
  'iam:DetachUserPolicy',
  'iam:DeleteUserPolicy',
  'iam:DeleteLoginProfile',
  'iam:DeleteUser',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:DeleteAccessKey',
  'iam:CreateServiceSpecificCredential',
  'iam:UpdateServiceSpecificCredential',
  'iam:DeleteServiceSpecificCredential',
] as const;

/** Checking that the policies to attach exist before creating anything (scoped to those policies). */
export const POLICY_READ_ACTIONS = ['iam:GetPolicy'] as const;

/** Reading business-unit users (scoped to them). */
export const BUSINESS_UNIT_READ_ACTIONS = [
  'iam:GetUser',
  'iam:ListAttachedUserPolicies',
  'iam:ListUserPolicies',
  'iam:ListGroupsForUser',
  'iam:GetLoginProfile',
  'iam:ListAccessKeys',
  'iam:GetAccessKeyLastUsed',
  'iam:ListServiceSpecificCredentials',
] as const;

/** Account-wide reads: finding business units among all users, and knowing who the bot is. */
export const ACCOUNT_READ_ACTIONS = ['iam:ListUsers', 'iam:ListUserTags', 'sts:GetCallerIdentity'] as const;

/** Which models can be called in a Region, through which IDs, and whether this account may call them. */
export const MODEL_ACTIONS = [
  'bedrock:ListFoundationModels',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetFoundationModelAvailability',
] as const;

/**
 * Spend per unit (core/spend.ts): whether the unit tag is active for cost allocation, and the cost
 * carrying it. Cost Explorer has no resource-level permissions (Resource "*").
 */
export const SPEND_ACTIONS = ['ce:GetCostAndUsage', 'ce:ListCostAllocationTags'] as const;

/** The doctor checks the bot's own permissions with the policy simulator. */
export const DOCTOR_ACTIONS = ['iam:SimulatePrincipalPolicy'] as const;

/**
 * What a holder of a short-term token (signed by the signing role) may do with it. Converse and
 * ConverseStream are not IAM actions: InvokeModel and InvokeModelWithResponseStream authorise them.
 */
export const TOKEN_HOLDER_ACTIONS = [
  'bedrock:CallWithBearerToken',
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
  'bedrock:ListFoundationModels',
  'bedrock:ListInferenceProfiles',
] as const;

export const PERMISSION_GROUPS: Record<PermissionGroup, PermissionGroupInfo> = {
  tokenSigning: {
    title: 'Short-term token signing',
    actions: [
      ...TOKEN_SIGNING_WITH_ROLE_ACTIONS,
      ...TOKEN_SIGNING_WITH_OWN_CREDENTIALS_ACTIONS,
      'sts:GetCallerIdentity',
    ],
  },
  businessUnitManagement: {
    title: 'Business-unit users and their long-term credentials',
    actions: [...BUSINESS_UNIT_WRITE_ACTIONS],
  },
  readOnly: {
    title: 'Read-only',
    actions: [...BUSINESS_UNIT_READ_ACTIONS, ...ACCOUNT_READ_ACTIONS, ...POLICY_READ_ACTIONS],
  },
  models: { title: 'Bedrock models', actions: [...MODEL_ACTIONS] },
  spend: { title: 'Spend per business unit (Cost Explorer)', actions: [...SPEND_ACTIONS] },
  doctor: { title: 'Self-check (doctor)', actions: [...DOCTOR_ACTIONS] },
};

/** Every action the bot may call, deduplicated and sorted. */
export const ALL_BOT_ACTIONS: readonly string[] = [
  ...new Set(Object.values(PERMISSION_GROUPS).flatMap((g) => g.actions)),
].sort();

/** Service prefixes of the SDK clients the adapter uses, for mapping "CreateUserCommand" to "iam:CreateUser". */
export type AwsServicePrefix = 'iam' | 'sts' | 'bedrock' | 'ce';

/** "CreateUserCommand" from the IAM client → "iam:CreateUser". */
export function actionForCommand(service: AwsServicePrefix, commandName: string): string {
  return `${service}:${commandName.replace(/Command$/, '')}`;
}
