/**
 * An in-memory AwsPort that behaves like IAM closely enough for the console's dry run: it keeps
 * users, policies, groups and keys in memory, enforces IAM's limits (two access keys and two
 * Bedrock API keys per user, no deleting a user that still has attachments) and answers with
 * values that are plainly fake: account 123456789012, key IDs ending in EXAMPLE and secrets that
 * contain EXAMPLE (the values AWS's own documentation uses). Nothing here talks to AWS.
 */
import type {
  AccessKeyInfo,
  ApiKeyInfo,
  AttachedPolicy,
  AwsFailure,
  AwsFailureCode,
  AwsPort,
  AwsResult,
  IamUser,
  ModelInfo,
  Tag,
} from '../core/aws-port.js';
import type { Clock } from '../core/clock.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';

export const EXAMPLE_ACCOUNT_ID = '123456789012';
/** Who the dry run pretends the bot is. */
export const EXAMPLE_BOT_ARN = `arn:aws:iam::${EXAMPLE_ACCOUNT_ID}:user/bedrock-bot-EXAMPLE`;

/** IAM's quotas: access keys per user, and service-specific credentials per user and service. */
export const EXAMPLE_KEY_LIMIT = 2;

// The example values from AWS's documentation first, then generated ones in the same shape.
const DOC_ACCESS_KEY_IDS = ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'];
const DOC_SECRET_KEYS = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

/** The models the dry run lists in every region: a realistic mix, Anthropic first. */
const EXAMPLE_MODELS: readonly ModelInfo[] = [
  model('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic', ['INFERENCE_PROFILE']),
  model('anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5', 'Anthropic', ['INFERENCE_PROFILE']),
  model('anthropic.claude-opus-4-1-20250805-v1:0', 'Claude Opus 4.1', 'Anthropic', ['INFERENCE_PROFILE']),
  model('anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', 'Anthropic', ['ON_DEMAND'], 'LEGACY'),
  model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon', ['ON_DEMAND', 'INFERENCE_PROFILE']),
  model('amazon.nova-lite-v1:0', 'Nova Lite', 'Amazon', ['ON_DEMAND', 'INFERENCE_PROFILE']),
  model('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', 'Meta', ['INFERENCE_PROFILE']),
];

function model(modelId: string, modelName: string, providerName: string, inferenceTypes: string[], status = 'ACTIVE'): ModelInfo {
  return { modelId, modelName, providerName, status, inferenceTypes, inputModalities: ['TEXT'], outputModalities: ['TEXT'] };
}

interface StoredAccessKey {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  createdAt: Date;
}

interface StoredApiKey {
  credentialId: string;
  alias: string;
  status: 'Active' | 'Inactive';
  createdAt: Date;
  expiresAt: Date | null;
}

interface StoredUser {
  user: IamUser;
  policies: string[];
  inlinePolicies: string[];
  groups: string[];
  loginProfile: boolean;
  accessKeys: StoredAccessKey[];
  apiKeys: StoredApiKey[];
}

export interface ExampleAwsPortOptions {
  /** Who the dry run pretends the bot is (default: an example IAM user in account 123456789012). */
  callerArn?: string;
}

export function createExampleAwsPort(clock: Clock, options: ExampleAwsPortOptions = {}): AwsPort {
  const users = new Map<string, StoredUser>();
  const callerArn = options.callerArn ?? EXAMPLE_BOT_ARN;
  let serial = 0;
  let accessKeysIssued = 0;

  /** A fake ID of `length` characters: prefix, a serial number spelled in base 32, then EXAMPLE. */
  function exampleId(prefix: string, length: number): string {
    serial += 1;
    let n = serial;
    let middle = '';
    do {
      middle = (ID_ALPHABET[n % 32] ?? 'A') + middle;
      n = Math.floor(n / 32);
    } while (n > 0);
    const fill = length - prefix.length - 'EXAMPLE'.length - middle.length;
    return `${prefix}${'Q'.repeat(Math.max(0, fill))}${middle}EXAMPLE`;
  }

  function failure(code: AwsFailureCode, action: string, awsErrorName: string, message: string, resource?: string): { ok: false; error: AwsFailure } {
    return err({ code, action, awsErrorName, message, ambiguous: false, ...(resource === undefined ? {} : { resource }) });
  }

  function noSuchUser(action: string, userName: string): { ok: false; error: AwsFailure } {
    return failure('NoSuchEntity', action, 'NoSuchEntityException', `The user with name ${userName} cannot be found.`, userName);
  }

  function findUser<T>(action: string, userName: string, then: (u: StoredUser) => AwsResult<T>): Promise<AwsResult<T>> {
    const stored = users.get(userName);
    return Promise.resolve(stored === undefined ? noSuchUser(action, userName) : then(stored));
  }

  const effectiveStatus = (status: 'Active' | 'Inactive', expiresAt: Date | null): 'Active' | 'Inactive' | 'Expired' =>
    expiresAt !== null && expiresAt.getTime() <= clock.now().getTime() ? 'Expired' : status;

  const port: AwsPort = {
    whoAmI: () =>
      Promise.resolve(ok({ account: EXAMPLE_ACCOUNT_ID, arn: callerArn, userId: 'AIDAJQABLZS4A3EXAMPLE' })),

    issueBearerToken: (req) => {
      if (!REGION.test(req.region)) {
        return Promise.resolve(failure('UnknownRegion', 'bedrock:CallWithBearerToken', 'UnknownRegion', `${req.region} is not a region`, req.region));
      }
      const now = clock.now();
      const signerArn =
        req.signAs === null
          ? callerArn
          : `arn:aws:sts::${EXAMPLE_ACCOUNT_ID}:assumed-role/${req.signAs.roleArn.split('/').pop() ?? 'role'}/${req.signAs.roleSessionName}`;
      const token = `bedrock-api-key-EXAMPLE-NOT-A-REAL-TOKEN-${exampleId('', 16)}`;
      return Promise.resolve(
        ok({
          token: new Secret(token),
          expiresAt: new Date(now.getTime() + req.ttlSeconds * 1000),
          region: req.region,
          signerArn,
          cappedBySigningCredentials: false,
          roleDurationFallbackSeconds: null,
        }),
      );
    },

    getUser: (userName) => Promise.resolve(ok(users.get(userName)?.user ?? null)),

    listBedrockUsers: () =>
      Promise.resolve(
        ok(
          [...users.values()]
            .map((u) => u.user)
            .filter((u) => u.userName.endsWith('-bedrock-user') || u.tags.some((t) => t.key === 'purpose' && t.value === 'bedrock'))
            .sort((a, b) => a.userName.localeCompare(b.userName)),
        ),
      ),

    createUser: ({ userName, path, tags }) => {
      if (users.has(userName)) {
        return Promise.resolve(
          failure('EntityAlreadyExists', 'iam:CreateUser', 'EntityAlreadyExistsException', `User with name ${userName} already exists.`, userName),
        );
      }
      const user: IamUser = {
        userName,
        userId: exampleId('AIDA', 21),
        arn: `arn:aws:iam::${EXAMPLE_ACCOUNT_ID}:user${path}${userName}`,
        path,
        createdAt: clock.now(),
        tags: tags.map((t) => ({ ...t })),
      };
      users.set(userName, { user, policies: [], inlinePolicies: [], groups: [], loginProfile: false, accessKeys: [], apiKeys: [] });
      return Promise.resolve(ok({ ...user, tags: user.tags.map((t) => ({ ...t })) }));
    },

    tagUser: (userName, tags) =>
      findUser('iam:TagUser', userName, (u) => {
        u.user.tags = mergeTags(u.user.tags, tags);
        return ok(undefined);
      }),

    deleteUser: (userName) =>
      findUser('iam:DeleteUser', userName, (u) => {
        if (u.policies.length + u.inlinePolicies.length + u.groups.length + u.accessKeys.length + u.apiKeys.length > 0 || u.loginProfile) {
          return failure('DeleteConflict', 'iam:DeleteUser', 'DeleteConflictException', 'Cannot delete entity, must remove referenced objects first.', userName);
        }
        users.delete(userName);
        return ok(undefined);
      }),

    deleteLoginProfile: (userName) =>
      findUser('iam:DeleteLoginProfile', userName, (u) => {
        u.loginProfile = false;
        return ok(undefined);
      }),

    listGroupsForUser: (userName) => findUser('iam:ListGroupsForUser', userName, (u) => ok([...u.groups])),

    removeUserFromGroup: (userName, groupName) =>
      findUser('iam:RemoveUserFromGroup', userName, (u) => {
        u.groups = u.groups.filter((g) => g !== groupName);
        return ok(undefined);
      }),

    listAttachedUserPolicies: (userName) =>
      findUser('iam:ListAttachedUserPolicies', userName, (u) =>
        ok(u.policies.map((arn): AttachedPolicy => ({ policyArn: arn, policyName: arn.split('/').pop() ?? arn }))),
      ),

    attachUserPolicy: (userName, policyArn) =>
      findUser('iam:AttachUserPolicy', userName, (u) => {
        if (!u.policies.includes(policyArn)) u.policies.push(policyArn);
        return ok(undefined);
      }),

    detachUserPolicy: (userName, policyArn) =>
      findUser('iam:DetachUserPolicy', userName, (u) => {
        if (!u.policies.includes(policyArn)) {
          return failure('NoSuchEntity', 'iam:DetachUserPolicy', 'NoSuchEntityException', `Policy ${policyArn} was not found.`, policyArn);
        }
        u.policies = u.policies.filter((p) => p !== policyArn);
        return ok(undefined);
      }),

    listUserPolicies: (userName) => findUser('iam:ListUserPolicies', userName, (u) => ok([...u.inlinePolicies])),

    deleteUserPolicy: (userName, policyName) =>
      findUser('iam:DeleteUserPolicy', userName, (u) => {
        u.inlinePolicies = u.inlinePolicies.filter((p) => p !== policyName);
        return ok(undefined);
      }),

    listAccessKeys: (userName) =>
      findUser('iam:ListAccessKeys', userName, (u) =>
        ok(
          u.accessKeys.map(
            (k): AccessKeyInfo => ({ accessKeyId: k.accessKeyId, status: k.status, createdAt: k.createdAt, lastUsedAt: null, lastUsedService: null }),
          ),
        ),
      ),

    createAccessKey: (userName) =>
      findUser('iam:CreateAccessKey', userName, (u) => {
        if (u.accessKeys.length >= EXAMPLE_KEY_LIMIT) {
          return failure('LimitExceeded', 'iam:CreateAccessKey', 'LimitExceededException', `Cannot exceed quota for AccessKeysPerUser: ${EXAMPLE_KEY_LIMIT}`, userName);
        }
        accessKeysIssued += 1;
        const n = accessKeysIssued;
        const accessKeyId = DOC_ACCESS_KEY_IDS[n - 1] ?? exampleId('AKIA', 20);
        const secret = DOC_SECRET_KEYS[n - 1] ?? `wJalrXUtnFEMI/K7MDENG/${String(n).padStart(12, '0')}EXAMPLEKEY`;
        const createdAt = clock.now();
        u.accessKeys.push({ accessKeyId, status: 'Active', createdAt });
        return ok({ accessKeyId, secretAccessKey: new Secret(secret), createdAt });
      }),

    setAccessKeyStatus: (userName, accessKeyId, status) =>
      findUser('iam:UpdateAccessKey', userName, (u) => {
        const key = u.accessKeys.find((k) => k.accessKeyId === accessKeyId);
        if (key === undefined) return noSuchKey('iam:UpdateAccessKey', accessKeyId);
        key.status = status;
        return ok(undefined);
      }),

    deleteAccessKey: (userName, accessKeyId) =>
      findUser('iam:DeleteAccessKey', userName, (u) => {
        if (!u.accessKeys.some((k) => k.accessKeyId === accessKeyId)) return noSuchKey('iam:DeleteAccessKey', accessKeyId);
        u.accessKeys = u.accessKeys.filter((k) => k.accessKeyId !== accessKeyId);
        return ok(undefined);
      }),

    listApiKeys: (userName) =>
      findUser('iam:ListServiceSpecificCredentials', userName, (u) =>
        ok(
          u.apiKeys.map(
            (k): ApiKeyInfo => ({
              credentialId: k.credentialId,
              alias: k.alias,
              status: effectiveStatus(k.status, k.expiresAt),
              createdAt: k.createdAt,
              expiresAt: k.expiresAt,
            }),
          ),
        ),
      ),

    createApiKey: (userName, ageDays) =>
      findUser('iam:CreateServiceSpecificCredential', userName, (u) => {
        if (u.apiKeys.length >= EXAMPLE_KEY_LIMIT) {
          return failure(
            'LimitExceeded',
            'iam:CreateServiceSpecificCredential',
            'LimitExceededException',
            `Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: ${EXAMPLE_KEY_LIMIT}`,
            userName,
          );
        }
        const credentialId = exampleId('ACCA', 21);
        const alias = `${userName}-at-${EXAMPLE_ACCOUNT_ID}`;
        const createdAt = clock.now();
        const expiresAt = ageDays === null ? null : new Date(createdAt.getTime() + ageDays * 86_400_000);
        u.apiKeys.push({ credentialId, alias, status: 'Active', createdAt, expiresAt });
        const secret = `ABSKEXAMPLE${Buffer.from(`${alias}:${credentialId}`).toString('base64').replace(/=+$/, '')}EXAMPLEKEY`;
        return ok({ credentialId, alias, secret: new Secret(secret), createdAt, expiresAt });
      }),

    setApiKeyStatus: (userName, credentialId, status) =>
      findUser('iam:UpdateServiceSpecificCredential', userName, (u) => {
        const key = u.apiKeys.find((k) => k.credentialId === credentialId);
        if (key === undefined) return noSuchKey('iam:UpdateServiceSpecificCredential', credentialId);
        key.status = status;
        return ok(undefined);
      }),

    deleteApiKey: (userName, credentialId) =>
      findUser('iam:DeleteServiceSpecificCredential', userName, (u) => {
        if (!u.apiKeys.some((k) => k.credentialId === credentialId)) return noSuchKey('iam:DeleteServiceSpecificCredential', credentialId);
        u.apiKeys = u.apiKeys.filter((k) => k.credentialId !== credentialId);
        return ok(undefined);
      }),

    listFoundationModels: ({ region, provider }) => {
      if (!REGION.test(region)) {
        return Promise.resolve(failure('UnknownRegion', 'bedrock:ListFoundationModels', 'UnknownRegion', `${region} is not a region`, region));
      }
      const wanted = provider?.toLowerCase() ?? null;
      return Promise.resolve(
        ok(EXAMPLE_MODELS.filter((m) => wanted === null || m.providerName.toLowerCase() === wanted).map((m) => ({ ...m }))),
      );
    },
  };

  function noSuchKey(action: string, keyId: string): { ok: false; error: AwsFailure } {
    return failure('NoSuchEntity', action, 'NoSuchEntityException', `The key with ID ${keyId} cannot be found.`, keyId);
  }

  return port;
}

function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const byKey = new Map(existing.map((t) => [t.key, t.value]));
  for (const t of added) byKey.set(t.key, t.value);
  return [...byKey].map(([key, value]) => ({ key, value }));
}
