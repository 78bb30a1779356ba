/** What the core needs to know about the deployment. Built by the config loader; never read from process.env here. */
export interface CoreSettings {
  /** Region used when a request names none. */
  defaultRegion: string;
  /** Regions people may ask for; empty means any syntactically valid commercial region. */
  allowedRegions: string[];
  /** Short-term token limits, in seconds. min >= 900, max <= 43200. */
  tokenMinTtlSeconds: number;
  tokenMaxTtlSeconds: number;
  tokenDefaultTtlSeconds: number;
  /** When set, tokens are signed with credentials from sts:AssumeRole into this role. */
  tokenSigningRoleArn: string | null;
  tokenSigningExternalId: string | null;
  /** IAM path for business-unit users, e.g. "/bedrock/". */
  iamUserPath: string;
  /**
   * Managed policies attached to each business-unit user, set by an admin (BEDROCK_POLICY_ARNS).
   * Empty (the default): the bot writes its own invoke-only inline policy instead
   * (core/business-unit-policy.ts).
   */
  policyArns: string[];
  /** Model ID patterns business units may call (the inline policy's resources); empty means all. */
  allowedModels: string[];
  /** DEFAULT_MODEL: the model family ("sonnet", "claude-opus") or ID the snippets use; null picks the newest. */
  defaultModel: string | null;
  /**
   * Long-term Bedrock API key lifetime: default and maximum, in days. Both under 30 by default so
   * keys pass AWS's sample SCP (deny iam:ServiceSpecificCredentialAgeDays >= 30).
   */
  apiKeyDefaultDays: number;
  apiKeyMaxDays: number;
  /** Whether a long-term Bedrock API key may be created with no expiry at all. */
  allowNonExpiringApiKeys: boolean;
  /** Slack user IDs that may do everything directly. */
  adminUserIds: string[];
  /** Whether guests and restricted accounts may get short-term tokens. */
  allowRestrictedUsers: boolean;
  /** Whether people from other organisations (Slack Connect) may use the bot at all. */
  allowExternalUsers?: boolean;
  /** How long an approval request stays open, in seconds (default 24 h). */
  approvalTtlSeconds: number;
  /** How long a confirmation card stays valid, in seconds. */
  confirmationTtlSeconds: number;
  /** Value of the created-by tag on the IAM users the bot creates. */
  createdByTag: string;
  /**
   * Days before a long-term Bedrock API key expires when its unit's owner is reminded (one DM
   * per threshold reached, e.g. [7, 1]); empty: no expiry reminders.
   */
  reminderDaysBeforeExpiry: number[];
  /** Age in days after which an access key's owner is reminded to rotate it; null: never. */
  accessKeyRotationDays: number | null;
  /** Admins who asked for the weekly digest of units with hygiene flags (Slack member IDs). */
  digestUserIds: string[];
  /** Day of the week the digest goes out (0 Sunday … 6 Saturday, UTC). */
  digestWeekday: number;
  /** Whether the owner of an existing unit (its owner tag) may approve requests for that unit. */
  unitOwnersMayApprove: boolean;
  /** Whether access-key requests need two approvers (distinct, neither the requester). */
  accessKeysNeedTwoApprovals: boolean;
}

export const DEFAULT_SETTINGS: CoreSettings = {
  defaultRegion: 'us-east-1',
  allowedRegions: [],
  tokenMinTtlSeconds: 15 * 60,
  tokenMaxTtlSeconds: 12 * 3600,
  tokenDefaultTtlSeconds: 12 * 3600,
  tokenSigningRoleArn: null,
  tokenSigningExternalId: null,
  iamUserPath: '/bedrock/',
  policyArns: [],
  allowedModels: [],
  defaultModel: null,
  apiKeyDefaultDays: 14,
  apiKeyMaxDays: 29,
  allowNonExpiringApiKeys: false,
  adminUserIds: [],
  allowRestrictedUsers: false,
  allowExternalUsers: false,
  approvalTtlSeconds: 24 * 3600,
  confirmationTtlSeconds: 15 * 60,
  createdByTag: 'bedrock-bot',
  reminderDaysBeforeExpiry: [7, 1],
  accessKeyRotationDays: 90,
  digestUserIds: [],
  digestWeekday: 1,
  unitOwnersMayApprove: false,
  accessKeysNeedTwoApprovals: false,
};
