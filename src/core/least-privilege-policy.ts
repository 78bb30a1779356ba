/**
 * Builds the IAM policies the bot needs, from the one list in core/permissions.ts:
 *  - the bot's own identity policy (least privilege: IAM actions only on business-unit users,
 *    policy attachment only of the configured policies),
 *  - the token-signing role's trust and permissions policies, when a signing role is used.
 *
 * Also a tiny policy evaluator (Allow/Deny, Action and Resource wildcards, a few condition
 * operators) so tests and the doctor can ask "would this policy allow that call?".
 * Pure: no SDK, no I/O.
 */
import { USER_NAME_SUFFIX } from './validation.js';
import {
  buildBusinessUnitPolicy,
  businessUnitPolicyArn,
  businessUnitPolicyArns,
  createPolicyCommand,
} from './business-unit-policy.js';
import {
  ACCOUNT_READ_ACTIONS,
  BUSINESS_UNIT_READ_ACTIONS,
  BUSINESS_UNIT_WRITE_ACTIONS,
  DOCTOR_ACTIONS,
  MODEL_ACTIONS,
  POLICY_READ_ACTIONS,
  SPEND_ACTIONS,
  TOKEN_HOLDER_ACTIONS,
  TOKEN_SIGNING_WITH_ROLE_ACTIONS,
} from './permissions.js';

export const ACCOUNT_ID_PLACEHOLDER = '<ACCOUNT_ID>';
export const BOT_PRINCIPAL_PLACEHOLDER = '<BOT_PRINCIPAL_ARN>';

export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: { AWS: string | string[] };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface LeastPrivilegeInput {
  /** 12-digit account ID, or null to use the `<ACCOUNT_ID>` placeholder. */
  accountId: string | null;
  /** IAM path for business-unit users, e.g. "/bedrock/". */
  userPath: string;
  /** Managed policies the bot may attach to (and detach from) business-unit users. */
  policyArns: string[];

  /** The token-signing role, or null when the bot signs tokens with its own credentials. */
  signingRoleArn: string | null;
  /** The bot's own principal (user ARN, role ARN or assumed-role session ARN), or null when unknown. */
  botPrincipalArn: string | null;
  /** When set, the signing role's trust policy requires this sts:ExternalId. */
  externalId?: string | null;
  /** The created-by tag value of the bot's own users (CREATED_BY_TAG). Default "bedrock-bot". */
  createdByTag?: string;
  /** Limits of the business-unit policy (BEDROCK_ALLOWED_MODELS, ALLOWED_REGIONS). */
  allowedModels?: readonly string[];
  allowedRegions?: readonly string[];
}

export interface BotPolicies {
  /** Identity policy to attach to the bot's own user or role. */
  botPolicy: PolicyDocument;
  /** The invoke-only policy for business-unit users, when no managed policies are configured. */
  businessUnitPolicy: { policyArn: string; document: PolicyDocument; createCommand: string } | null;
  /** Present when a signing role is configured. */
  signingRole: { roleArn: string; trustPolicy: PolicyDocument; permissionsPolicy: PolicyDocument } | null;
  /** Things the operator should know when applying these (placeholders left, paths guessed...). */
  notes: string[];
}

/** "/bedrock" → "/bedrock/", "" → "/". */
export function normaliseUserPath(path: string): string {
  let p = path.trim();
  if (p === '') return '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

/** ARNs of the business-unit users the bot may manage: under the configured path, and legacy ones at "/". */
export function businessUnitUserResources(accountId: string | null, userPath: string): string[] {
  const account = accountId ?? ACCOUNT_ID_PLACEHOLDER;
  const path = normaliseUserPath(userPath);
  const scoped = `arn:aws:iam::${account}:user${path}*${USER_NAME_SUFFIX}`;
  const legacy = `arn:aws:iam::${account}:user/*${USER_NAME_SUFFIX}`;
  return scoped === legacy ? [legacy] : [scoped, legacy];
}

/**
 * The IAM role an assumed-role session ARN belongs to (arn:aws:sts::1:assumed-role/R/s → arn:aws:iam::1:role/R).
 * Role paths are not in session ARNs, so a role with a path needs adjusting by hand.
 */
export function principalForPolicies(principalArn: string): { arn: string; fromSession: boolean } {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}|<ACCOUNT_ID>):assumed-role\/([^/]+)\/.+$/.exec(principalArn);
  if (m) return { arn: `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`, fromSession: true };
  return { arn: principalArn, fromSession: false };
}

function selfResources(botPrincipalArn: string | null): string[] {
  if (botPrincipalArn === null) return [BOT_PRINCIPAL_PLACEHOLDER];
  const { arn, fromSession } = principalForPolicies(botPrincipalArn);
  if (!fromSession) return [arn];
  // The session ARN drops the role's path: allow the role at any path too.
  const m = /^(arn:[^:]+:iam::[^:]+:role\/)(.+)$/.exec(arn);
  return m ? [arn, `${m[1]}*/${m[2]}`] : [arn];
}

/** The created-by tag of users made by the original hand-run provisioning workflow (see core/managed-user.ts). */
export const SEED_CREATED_BY_TAG = 'provisioning-bedrock-skill';
const DEFAULT_CREATED_BY_TAG = 'bedrock-bot';

export function buildBotPolicy(input: LeastPrivilegeInput): PolicyDocument {
  const account = input.accountId ?? ACCOUNT_ID_PLACEHOLDER;
  const createdBy = input.createdByTag ?? DEFAULT_CREATED_BY_TAG;
  const path = normaliseUserPath(input.userPath);
  const botUsers = `arn:aws:iam::${account}:user${path}*${USER_NAME_SUFFIX}`;
  const rootUsers = `arn:aws:iam::${account}:user/*${USER_NAME_SUFFIX}`;
  const readable = businessUnitUserResources(input.accountId, input.userPath);
  const byBot = { StringEquals: { 'iam:ResourceTag/created-by': createdBy } };
  const bySeed = { StringEquals: { 'iam:ResourceTag/created-by': SEED_CREATED_BY_TAG } };
  const special = new Set(['iam:CreateUser', 'iam:AttachUserPolicy', 'iam:DetachUserPolicy']);
  const writes = BUSINESS_UNIT_WRITE_ACTIONS.filter((a) => !special.has(a));
  const attachable = businessUnitPolicyArns(input.policyArns, input.accountId);
  const statements: PolicyStatement[] = [
    {
      // Reading is allowed on every *-bedrock-user so the bot can see why it refuses one.
      Sid: 'ReadBusinessUnitUsers',
      Effect: 'Allow',
      Action: [...BUSINESS_UNIT_READ_ACTIONS],
      Resource: readable,
    },
    {
      // New users only under the bot's path, and only tagged as the bot's own.
      Sid: 'CreateOwnBusinessUnitUsers',
      Effect: 'Allow',
      Action: ['iam:CreateUser', 'iam:TagUser'],
      Resource: botUsers,
      Condition: { StringEquals: { 'aws:RequestTag/created-by': createdBy } },
    },
    {
      Sid: 'ManageOwnBusinessUnitUsers',
      Effect: 'Allow',
      Action: [...writes, 'iam:DetachUserPolicy'],
      Resource: botUsers,
      Condition: byBot,
    },
    {
      // Users made by the original hand-run workflow: at path / only (see the Deny below).
      Sid: 'ManageProvisioningWorkflowUsers',
      Effect: 'Allow',
      Action: [...writes, 'iam:DetachUserPolicy'],
      Resource: rootUsers,
      Condition: bySeed,
    },
    {
      // "user/*-bedrock-user" also matches deeper paths; a workflow-made user is only ever at /.
      Sid: 'ProvisioningWorkflowUsersOnlyAtRoot',
      Effect: 'Deny',
      Action: [...writes, 'iam:AttachUserPolicy', 'iam:DetachUserPolicy'],
      Resource: `arn:aws:iam::${account}:user/*/*`,
      Condition: bySeed,
    },
  ];
  statements.push({
    // Before creating anything, the bot checks that the policies it will attach exist.
    Sid: 'CheckTheConfiguredPoliciesExist',
    Effect: 'Allow',
    Action: [...POLICY_READ_ACTIONS],
    Resource: attachable,
  });
  statements.push(
    {
      Sid: 'AttachOnlyTheConfiguredPolicies',
      Effect: 'Allow',
      Action: ['iam:AttachUserPolicy'],
      Resource: botUsers,
      Condition: { ArnEquals: { 'iam:PolicyARN': attachable }, ...byBot },
    },
    {
      Sid: 'AttachOnlyTheConfiguredPoliciesToWorkflowUsers',
      Effect: 'Allow',
      Action: ['iam:AttachUserPolicy'],
      Resource: rootUsers,
      Condition: { ArnEquals: { 'iam:PolicyARN': attachable }, ...bySeed },
    },
  );
  statements.push(
    {
      // ListUsers has no resource scoping (the bot lists its own path and the root path only).
      Sid: 'FindBusinessUnits',
      Effect: 'Allow',
      Action: ['iam:ListUsers'],
      Resource: '*',
    },
    {
      Sid: 'ReadUserTags',
      Effect: 'Allow',
      Action: ['iam:ListUserTags'],
      Resource: `arn:aws:iam::${account}:user/*`,
    },
    {
      Sid: 'WhoAmIAndModels',
      Effect: 'Allow',
      Action: [...ACCOUNT_READ_ACTIONS.filter((a) => a.startsWith('sts:')), ...MODEL_ACTIONS],
      Resource: '*',
    },
    {
      // "spend for <unit>": Cost Explorer reads; it has no resource-level permissions.
      Sid: 'ReadBusinessUnitSpend',
      Effect: 'Allow',
      Action: [...SPEND_ACTIONS],
      Resource: '*',
    },
  );
  if (input.signingRoleArn !== null) {
    statements.push({
      Sid: 'AssumeTheTokenSigningRole',
      Effect: 'Allow',
      Action: [...TOKEN_SIGNING_WITH_ROLE_ACTIONS],
      Resource: input.signingRoleArn,
    });
  } else {
    statements.push({
      // Tokens signed with the bot's own credentials carry the bot's own Bedrock permissions.
      Sid: 'SignTokensWithOwnCredentials',
      Effect: 'Allow',
      Action: [...TOKEN_HOLDER_ACTIONS],
      Resource: '*',
    });
  }
  statements.push({
    Sid: 'SelfCheck',
    Effect: 'Allow',
    Action: [...DOCTOR_ACTIONS],
    Resource: selfResources(input.botPrincipalArn),
  });
  const seen = new Set<string>();
  for (const st of statements) {
    // Each action once per resource: an action two groups need (ListFoundationModels) is listed once.
    if (st.Condition !== undefined || !Array.isArray(st.Action)) continue;
    st.Action = st.Action.filter((a) => {
      const key = `${a}|${JSON.stringify(st.Resource)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return { Version: '2012-10-17', Statement: statements.filter((st) => toList(st.Action).length > 0) };
}

export function buildSigningRoleTrustPolicy(input: LeastPrivilegeInput): PolicyDocument {
  const principal =
    input.botPrincipalArn === null
      ? BOT_PRINCIPAL_PLACEHOLDER
      : principalForPolicies(input.botPrincipalArn).arn;
  const statement: PolicyStatement = {
    Sid: 'TrustTheBot',
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: [...TOKEN_SIGNING_WITH_ROLE_ACTIONS],
  };
  const externalId = input.externalId ?? null;
  const statements: PolicyStatement[] = [];
  if (externalId !== null && externalId !== '') {
    // sts:SetSourceIdentity is not evaluated with ExternalId, so the condition goes on AssumeRole only.
    statements.push(
      {
        ...statement,
        Sid: 'TrustTheBotToAssume',
        Action: ['sts:AssumeRole'],
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
      { ...statement, Sid: 'TrustTheBotToSetSourceIdentity', Action: ['sts:SetSourceIdentity'] },
    );
  } else {
    statements.push(statement);
  }
  return { Version: '2012-10-17', Statement: statements };
}

export function buildSigningRolePermissionsPolicy(): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'UseBedrockWithShortTermTokens',
        Effect: 'Allow',
        Action: [...TOKEN_HOLDER_ACTIONS],
        Resource: '*',
      },
    ],
  };
}

export function buildLeastPrivilegePolicies(input: LeastPrivilegeInput): BotPolicies {
  const notes: string[] = [];
  if (input.accountId === null) notes.push(`Replace ${ACCOUNT_ID_PLACEHOLDER} with your AWS account ID.`);
  if (input.botPrincipalArn === null) {
    notes.push(`Replace ${BOT_PRINCIPAL_PLACEHOLDER} with the ARN of the bot's own IAM user or role.`);
  } else if (principalForPolicies(input.botPrincipalArn).fromSession) {
    notes.push(
      "The bot runs as an assumed role: if that role has a path, add it to the role ARN in the signing role's trust policy.",
    );
  }
  if (input.policyArns.length === 0)
    notes.push(
      `Business-unit users get the invoke-only policy ${businessUnitPolicyArn(input.accountId)}: create it once from the document below (${createPolicyCommand('bedrock-bot-invoke-only.json')}). Set BEDROCK_POLICY_ARNS to attach managed policies of your own instead.`,
    );
  return {
    botPolicy: buildBotPolicy(input),
    businessUnitPolicy:
      input.policyArns.length > 0
        ? null
        : {
            policyArn: businessUnitPolicyArn(input.accountId),
            document: buildBusinessUnitPolicy({
              allowedModels: input.allowedModels ?? [],
              allowedRegions: input.allowedRegions ?? [],
            }),
            createCommand: createPolicyCommand('bedrock-bot-invoke-only.json'),
          },
    signingRole:
      input.signingRoleArn === null
        ? null
        : {
            roleArn: input.signingRoleArn,
            trustPolicy: buildSigningRoleTrustPolicy(input),
            permissionsPolicy: buildSigningRolePermissionsPolicy(),
          },
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// A tiny evaluator: enough for "is this call allowed?" checks on the policies built above.
// ---------------------------------------------------------------------------------------------

function toList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function wildcardToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, caseInsensitive ? 'i' : '');
}

/** IAM wildcard match: "*" any run (including "/"), "?" one character. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  return wildcardToRegExp(pattern, caseInsensitive).test(value);
}

function numericHolds(operator: string, actual: number, expected: number): boolean {
  switch (operator) {
    case 'NumericEquals':
      return actual === expected;
    case 'NumericLessThan':
      return actual < expected;
    case 'NumericLessThanEquals':
      return actual <= expected;
    case 'NumericGreaterThan':
      return actual > expected;
    default:
      return actual >= expected;
  }
}

function conditionHolds(condition: ConditionBlock | undefined, context: Record<string, string>): boolean {
  if (condition === undefined) return true;
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [key, expected] of Object.entries(entries)) {
      const actualKey = Object.keys(context).find((k) => k.toLowerCase() === key.toLowerCase());
      const actual = actualKey === undefined ? undefined : context[actualKey];
      if (actual === undefined) return false;
      const values = toList(expected);
      let ok: boolean;
      switch (operator) {
        case 'StringEquals':
        case 'ArnEquals':
          ok = values.includes(actual);
          break;
        case 'StringEqualsIgnoreCase':
          ok = values.some((v) => v.toLowerCase() === actual.toLowerCase());
          break;
        case 'StringLike':
        case 'ArnLike':
          ok = values.some((v) => wildcardMatch(v, actual));
          break;
        case 'NumericEquals':
        case 'NumericLessThan':
        case 'NumericLessThanEquals':
        case 'NumericGreaterThan':
        case 'NumericGreaterThanEquals': {
          const n = Number(actual);
          if (Number.isNaN(n)) return false;
          ok = values.some((v) => numericHolds(operator, n, Number(v)));
          break;
        }
        default:
          return false; // An operator this evaluator does not know: do not claim it allows anything.
      }
      if (!ok) return false;
    }
  }
  return true;
}

/**
 * Whether the identity policy allows `action` on `resource` with the given condition context.
 * Explicit Deny wins; no matching Allow means implicit deny.
 */
export function policyAllows(
  policy: PolicyDocument,
  action: string,
  resource: string,
  context: Record<string, string> = {},
): boolean {
  let allowed = false;
  for (const s of policy.Statement) {
    const actionMatches = toList(s.Action).some((a) => wildcardMatch(a, action, true));
    if (!actionMatches) continue;
    const resourceMatches = toList(s.Resource ?? '*').some((r) => wildcardMatch(r, resource));
    if (!resourceMatches) continue;
    if (!conditionHolds(s.Condition, context)) continue;
    if (s.Effect === 'Deny') return false;
    allowed = true;
  }
  return allowed;
}
