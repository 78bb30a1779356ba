/**
 * Builds Plans for mutating requests from validated input, the settings and AWS's current state
 * (read through the port). Planning never changes anything in AWS.
 *
 * A planner answers with a plan, with an outcome instead (slots full, nothing to do, a failure
 * reading state), or with a question when the request is ambiguous (which key?).
 */
import { choice, slotsFull } from './choices.js';
import type { KeyKind } from './request.js';
import type { AwsPort, AwsResult, IamUser, Tag } from './aws-port.js';
import {
  BUSINESS_UNIT_POLICY_NAME,
  businessUnitPolicyArns,
  createPolicyCommand,
} from './business-unit-policy.js';
import { ok } from './result.js';
import { explainFailure } from './explain-error.js';
import { describeUnitState, inspectUnit, REFUSAL_HINT, refusalReason } from './managed-user.js';
import { describeKey, kindName, KEYS_PER_KIND, kindOfKeyId, listKeyRefs } from './key-refs.js';
import type { Choice, Outcome } from './outcome.js';
import type { KeyRef, Plan, PlanKind, PlanStep, PlanStepKind } from './plan.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf, checkExpiryDays, checkTags, invalid, type KeyRequestInput } from './validation.js';

export type PlanResult =
  | { kind: 'plan'; plan: Plan }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'question'; question: string; choices: Choice[] };

export interface PlannerDeps {
  aws: AwsPort;
  settings: CoreSettings;
}

export const STEP_ACTIONS: Record<PlanStepKind, string[]> = {
  'create-user': ['iam:CreateUser', 'iam:TagUser'],
  'tag-user': ['iam:TagUser'],
  'attach-policy': ['iam:AttachUserPolicy'],
  'create-api-key': ['iam:CreateServiceSpecificCredential'],
  'create-access-key': ['iam:CreateAccessKey'],
  'deactivate-access-key': ['iam:UpdateAccessKey'],
  'delete-access-key': ['iam:DeleteAccessKey'],
  'deactivate-api-key': ['iam:UpdateServiceSpecificCredential'],
  'delete-api-key': ['iam:DeleteServiceSpecificCredential'],
  'delete-login-profile': ['iam:DeleteLoginProfile'],
  'detach-policy': ['iam:DetachUserPolicy'],
  'delete-inline-policy': ['iam:DeleteUserPolicy'],
  'delete-user': ['iam:DeleteUser'],
};

const DESTRUCTIVE: ReadonlySet<PlanStepKind> = new Set<PlanStepKind>([
  'deactivate-access-key',
  'delete-access-key',
  'deactivate-api-key',
  'delete-api-key',
  'delete-login-profile',
  'detach-policy',
  'delete-inline-policy',
  'delete-user',
]);

export function step(kind: PlanStepKind, target: string, description: string, alreadyDone = false): PlanStep {
  return {
    kind,
    target,
    description,
    actions: STEP_ACTIONS[kind],
    destructive: DESTRUCTIVE.has(kind),
    alreadyDone,
  };
}

/** Steps that disable then delete a key. */
export function deleteKeySteps(ref: KeyRef, deactivateFirst = true): PlanStep[] {
  const steps: PlanStep[] = [];
  if (ref.kind === 'api-key') {
    if (deactivateFirst) steps.push(step('deactivate-api-key', ref.id, `Deactivate ${describeKey(ref)}`));
    steps.push(step('delete-api-key', ref.id, `Delete ${describeKey(ref)}`));
  } else {
    if (deactivateFirst) steps.push(step('deactivate-access-key', ref.id, `Deactivate ${describeKey(ref)}`));
    steps.push(step('delete-access-key', ref.id, `Delete ${describeKey(ref)}`));
  }
  return steps;
}

function createKeyStep(kind: KeyKind, userName: string, ageDays: number | null): PlanStep {
  if (kind === 'access-key') {
    return step(
      'create-access-key',
      '',
      `Create an IAM access key pair for ${userName} (it never expires: rotate it at least every 90 days)`,
    );
  }
  const life =
    ageDays === null ? 'that never expires' : `that expires in ${ageDays} day${ageDays === 1 ? '' : 's'}`;
  return step(
    'create-api-key',
    ageDays === null ? 'never' : String(ageDays),
    `Create a long-term Bedrock API key for ${userName} ${life}`,
  );
}

function finish(
  kind: PlanKind,
  base: { businessUnit: string; userName: string; title: string },
  steps: PlanStep[],
  warnings: string[],
  params: Partial<Plan['params']> & { region: string; path: string },
): Plan {
  return {
    kind,
    ...base,
    steps,
    destructive: steps.some((s) => s.destructive && !s.alreadyDone),
    warnings,
    params: {
      keyKind: null,
      ageDays: null,
      owner: null,
      tags: [],
      policyArns: [],
      targetKeys: [],
      ...params,
    },
  };
}

function failureOutcome(
  failure: Parameters<typeof explainFailure>[0],
  settings: CoreSettings,
  businessUnit: string,
  doing: string,
): PlanResult {
  return {
    kind: 'outcome',
    outcome: {
      type: 'failure',
      failure: explainFailure(failure, { doing, businessUnit, iamUserPath: settings.iamUserPath }),
    },
  };
}

/** True when the user was made by the original hand-run workflow (no path) rather than by the bot. */
export function isLegacyUser(
  user: Pick<IamUser, 'path'>,
  settings: Pick<CoreSettings, 'iamUserPath'>,
): boolean {
  return user.path === '/' && settings.iamUserPath !== '/';
}

/** The tags a new business-unit user gets (approved-by is added when the request is executed). */
export function businessUnitTags(
  input: { businessUnit: string; owner: string | null },
  requester: Requester,
  settings: CoreSettings,
): Tag[] {
  const tags: Tag[] = [
    { key: 'business-unit', value: input.businessUnit },
    { key: 'purpose', value: 'bedrock' },
  ];
  if (input.owner) tags.push({ key: 'owner', value: input.owner });
  tags.push({ key: 'created-by', value: settings.createdByTag });
  tags.push({ key: 'requested-by', value: requesterTagValue(requester) });
  return tags;
}

/**
 * A tag-safe identity for a person: their email when it fits, else "slack:<user id>" for a Slack
 * member, or "local:<name>" for the operator at the console or one-shot CLI.
 */
export function requesterTagValue(
  requester: Pick<Requester, 'email' | 'userId'> & { displayName?: string },
): string {
  const email = requester.email?.toLowerCase();
  if (email && email.length <= 256 && /^[\p{L}\p{N}_.:/=+\-@]+$/u.test(email)) return email;
  const who = /^[UW][A-Z0-9]+$/.test(requester.userId)
    ? `slack:${requester.userId}`
    : `local:${requester.displayName ?? requester.userId}`;
  return who.slice(0, 256).replace(/[^\p{L}\p{N}_.:/=+\-@]/gu, '-');
}

// ------------------------------------------------------------------ create a long-term key

export async function planCreateKey(
  input: KeyRequestInput,
  requester: Requester,
  deps: PlannerDeps,
): Promise<PlanResult> {
  const { aws, settings } = deps;
  const { businessUnit, userName, keyKind } = input;
  const tags = businessUnitTags(input, requester, settings);
  const tagProblems = checkTags([...tags, { key: 'approved-by', value: 'x' }]);
  if (tagProblems.length > 0)
    return { kind: 'outcome', outcome: invalid(tagProblems, 'Nothing was created.') };

  const got = await aws.getUser(userName);
  if (!got.ok) return failureOutcome(got.error, settings, businessUnit, `check whether ${userName} exists`);
  const user = got.value;
  const steps: PlanStep[] = [];
  const warnings: string[] = [];
  let path = settings.iamUserPath;
  let unitStateLine: string | null = null;

  if (user === null) {
    steps.push(
      step(
        'create-user',
        '',
        `Create IAM user ${userName} under ${settings.iamUserPath}, tagged ${tags.map((t) => `${t.key}=${t.value}`).join(', ')}`,
      ),
    );
    const permissions = await permissionSteps(aws, settings, []);
    if (!permissions.ok)
      return failureOutcome(permissions.error, settings, businessUnit, 'find the account the bot runs in');
    if (permissions.value.missing.length > 0) return missingPolicies(permissions.value.missing);
    steps.push(...permissions.value.steps);
  } else {
    path = user.path;
    const existingUnit = businessUnitOf(user);
    if (existingUnit !== businessUnit) {
      return {
        kind: 'outcome',
        outcome: invalid(
          [
            `The IAM user ${userName} already exists but is tagged for the business unit "${existingUnit}", so I won't touch it.`,
          ],
          'Pick another business unit name, or fix the tag in IAM. Nothing was created.',
        ),
      };
    }
    const management = await inspectUnit(aws, user, settings);
    if (!management.ok)
      return failureOutcome(management.error, settings, businessUnit, `check what ${userName} has`);
    if (!management.value.managed) {
      return {
        kind: 'outcome',
        outcome: { type: 'refused', reason: refusalReason(management.value), hint: REFUSAL_HINT },
      };
    }
    const unitState = describeUnitState(management.value);
    const current = new Map(user.tags.map((t) => [t.key, t.value]));
    const oldOwner = current.get('owner') ?? null;
    if (input.owner && (oldOwner === null || oldOwner.toLowerCase() !== input.owner.toLowerCase())) {
      // A key request never moves ownership (the owner may rotate and revoke without approval):
      // the owner change becomes its own request, approved on its own.
      return { kind: 'plan', plan: changeOwnerPlan(user, businessUnit, oldOwner, input.owner, unitState) };
    }
    const legacy = isLegacyUser(user, settings);
    steps.push(
      step(
        'create-user',
        '',
        `IAM user ${userName} already exists${legacy ? ' (made by hand before the bot, path /): reusing it' : ''}`,
        true,
      ),
    );
    if (legacy)
      warnings.push(
        `${userName} was created by hand before the bot (path /); the bot reuses it as it is and keeps its path.`,
      );
    const missing = tags.filter(
      (t) => ['business-unit', 'purpose'].includes(t.key) && current.get(t.key) !== t.value,
    );
    if (missing.length > 0) {
      steps.push(
        step(
          'tag-user',
          missing.map((t) => t.key).join(','),
          `Tag ${userName} with ${missing.map((t) => `${t.key}=${t.value}`).join(', ')}`,
        ),
      );
    }
    unitStateLine = unitState;
    const attached = await aws.listAttachedUserPolicies(userName);
    if (!attached.ok)
      return failureOutcome(attached.error, settings, businessUnit, `list the policies of ${userName}`);
    const permissions = await permissionSteps(
      aws,
      settings,
      attached.value.map((p) => p.policyArn),
    );
    if (!permissions.ok)
      return failureOutcome(permissions.error, settings, businessUnit, 'find the account the bot runs in');
    if (permissions.value.missing.length > 0) return missingPolicies(permissions.value.missing);
    steps.push(...permissions.value.steps);
    const keys = await listKeyRefs(aws, userName, keyKind);
    if (!keys.ok) return failureOutcome(keys.error, settings, businessUnit, `list the keys of ${userName}`);
    if (keys.value.length >= KEYS_PER_KIND) {
      return {
        kind: 'outcome',
        outcome: slotsFull(businessUnit, keyKind, keys.value),
      };
    }
    if (keys.value.length === 1) {
      warnings.push(
        `${businessUnit} already has one ${kindName(keyKind)}; after this it has two, the most IAM allows. Revoke keys nobody uses.`,
      );
    }
  }

  steps.push(createKeyStep(keyKind, userName, input.ageDays));
  if (keyKind === 'access-key') {
    warnings.push(
      'IAM access keys never expire and work for any AWS service the user may call; a Bedrock API key (the default) is safer.',
    );
  } else if (input.ageDays === null) {
    warnings.push('This key never expires. Rotate it regularly.');
  }
  const plan = finish(
    'create_key',
    { businessUnit, userName, title: `Create a long-term ${kindName(keyKind)} for ${businessUnit}` },
    steps,
    warnings,
    {
      keyKind,
      ageDays: keyKind === 'api-key' ? input.ageDays : null,
      owner: input.owner,
      region: input.region,
      path,
      tags,
      policyArns: steps.filter((st) => st.kind === 'attach-policy').map((st) => st.target),
    },
  );
  if (unitStateLine !== null) plan.unitState = unitStateLine;
  return { kind: 'plan', plan };
}

/** Changing who owns a unit: one tag, its own request, shown as "owner changes from a@ to b@". */
export function changeOwnerPlan(
  user: IamUser,
  businessUnit: string,
  oldOwner: string | null,
  newOwner: string,
  unitState: string | null,
): Plan {
  const from = oldOwner ?? '(nobody)';
  const plan = finish(
    'change_owner',
    {
      businessUnit,
      userName: user.userName,
      title: `Change the owner of ${businessUnit} from ${from} to ${newOwner}`,
    },
    [step('tag-user', 'owner', `Tag ${user.userName} with owner=${newOwner} (was ${from})`)],
    [
      `The owner of ${businessUnit} changes from ${from} to ${newOwner}: the new owner may rotate and revoke its keys without approval.`,
      `No key is created by this request; once the owner has changed, ask for the key again.`,
    ],
    {
      owner: newOwner,
      region: '',
      path: user.path,
      tags: [{ key: 'owner', value: newOwner }],
    },
  );
  if (unitState !== null) plan.unitState = unitState;
  return plan;
}

/**
 * What a business-unit user may do: the admin's managed policies when BEDROCK_POLICY_ARNS is set,
 * else the project's invoke-only managed policy in the bot's own account (business-unit-policy.ts).
 */
async function permissionSteps(
  aws: AwsPort,
  settings: CoreSettings,
  attachedArns: string[],
): Promise<AwsResult<{ steps: PlanStep[]; missing: string[] }>> {
  let arns = settings.policyArns;
  if (arns.length === 0) {
    const me = await aws.whoAmI();
    if (!me.ok) return me;
    arns = businessUnitPolicyArns([], me.value.account, me.value.arn.split(':')[1] ?? 'aws');
  }
  const have = new Set(attachedArns);
  // A policy that does not exist would fail after the user is created: check first. When the bot
  // may not read policies (an older bot policy), attaching will tell.
  const missing: string[] = [];
  for (const arn of arns) {
    if (have.has(arn)) continue;
    const exists = await aws.policyExists(arn);
    if (exists.ok && !exists.value) missing.push(arn);
  }
  return ok({
    missing,
    steps: arns.map((arn) =>
      step(
        'attach-policy',
        arn,
        have.has(arn)
          ? `${policyName(arn)} is already attached`
          : arn.endsWith(`/${BUSINESS_UNIT_POLICY_NAME}`)
            ? `Attach ${policyName(arn)}: call Bedrock models, nothing else`
            : `Attach ${policyName(arn)}`,
        have.has(arn),
      ),
    ),
  });
}

/** The refusal when a policy to attach does not exist: nothing is created. */
function missingPolicies(missing: string[]): PlanResult {
  const own = missing.filter((arn) => arn.endsWith(`/${BUSINESS_UNIT_POLICY_NAME}`));
  return {
    kind: 'outcome',
    outcome: invalid(
      missing.map((arn) => `The policy ${arn} does not exist, so business-unit users cannot get it.`),
      own.length > 0
        ? `An AWS admin creates it once: \`npx bedrock-bot policy\` prints the document and the command (${createPolicyCommand('bedrock-bot-invoke-only.json')}). Nothing was created.`
        : 'Create it, or correct BEDROCK_POLICY_ARNS. Nothing was created.',
    ),
  };
}

function policyName(arn: string): string {
  return `the ${arn.split('/').pop() ?? arn} policy`;
}

// ------------------------------------------------------------------ existing business units

export interface UnitInput {
  businessUnit: string;
  user: IamUser;
  region: string;
}

/** The unit's API keys and access keys, or the outcome explaining why they could not be read. */
async function unitKeys(
  unit: UnitInput,
  deps: PlannerDeps,
  doing = `list the keys of ${unit.user.userName}`,
): Promise<{ ok: true; api: KeyRef[]; access: KeyRef[] } | { ok: false; result: PlanResult }> {
  const userName = unit.user.userName;
  const failed = (error: Parameters<typeof explainFailure>[0]) => ({
    ok: false as const,
    result: failureOutcome(error, deps.settings, unit.businessUnit, doing),
  });
  const api = await listKeyRefs(deps.aws, userName, 'api-key');
  if (!api.ok) return failed(api.error);
  const access = await listKeyRefs(deps.aws, userName, 'access-key');
  if (!access.ok) return failed(access.error);
  return { ok: true, api: api.value, access: access.value };
}

export async function planRotate(
  unit: UnitInput,
  request: { keyKind: KeyKind | null; keyId: string | null; expiryDays: number | null },
  deps: PlannerDeps,
): Promise<PlanResult> {
  const { settings } = deps;
  const { businessUnit, user } = unit;
  const userName = user.userName;
  const keys = await unitKeys(unit, deps);
  if (!keys.ok) return keys.result;

  let kind: KeyKind | null = request.keyKind ?? (request.keyId ? kindOfKeyId(request.keyId) : null);
  if (kind === null) {
    if (keys.api.length > 0 && keys.access.length > 0) {
      return {
        kind: 'question',
        question: `${businessUnit} has both Bedrock API keys and IAM access keys. Which should I rotate?`,
        choices: [
          choice(
            'api-key',
            'Bedrock API key',
            { intent: 'rotate', businessUnit, keyKind: 'api-key' },
            `rotate api key for ${businessUnit}`,
            'primary',
          ),
          choice(
            'access-key',
            'IAM access key',
            { intent: 'rotate', businessUnit, keyKind: 'access-key' },
            `rotate access key for ${businessUnit}`,
          ),
        ],
      };
    }
    kind = keys.access.length > 0 ? 'access-key' : 'api-key';
  }
  const existing = kind === 'api-key' ? keys.api : keys.access;
  if (existing.length === 0) {
    return {
      kind: 'outcome',
      outcome: invalid(
        [`${businessUnit} has no ${kindName(kind, true)} to rotate.`],
        `To create one: "create key for ${businessUnit}". Nothing was changed.`,
      ),
    };
  }
  let targets = existing;
  if (request.keyId) {
    const named = existing.find((k) => k.id === request.keyId);
    if (!named) {
      return {
        kind: 'outcome',
        outcome: invalid(
          [`${businessUnit} has no key ${request.keyId}.`],
          `Its ${kindName(kind, true)}: ${existing.map((k) => `${k.id} (${k.createdAt.slice(0, 10)})`).join(', ')}. Nothing was changed.`,
        ),
      };
    }
    targets = [named];
  }

  const ageDays = kind === 'api-key' ? (request.expiryDays ?? settings.apiKeyDefaultDays) : null;
  if (kind === 'api-key') {
    const problems = checkExpiryDays(ageDays, settings);
    if (problems.length > 0) return { kind: 'outcome', outcome: invalid(problems, 'Nothing was changed.') };
  } else if (request.expiryDays !== null) {
    return {
      kind: 'outcome',
      outcome: invalid(['IAM access keys cannot be given an expiry.'], 'Nothing was changed.'),
    };
  }

  const steps: PlanStep[] = [];
  const warnings: string[] = [];
  let remaining = targets;
  if (existing.length >= KEYS_PER_KIND) {
    // Both slots are taken: a new key can only be created once one is gone. Free the slot with the
    // key being rotated (the named one, else the older one), before the new key exists.
    const first = targets[0];
    if (first) {
      steps.push(...deleteKeySteps(first));
      remaining = targets.filter((k) => k.id !== first.id);
      warnings.push(
        `${businessUnit} already has ${KEYS_PER_KIND} ${kindName(kind, true)}, the most IAM allows, so ${describeKey(first)} is deleted first, before the new key exists: systems still using it stop working at once.`,
      );
    }
  }
  steps.push(createKeyStep(kind, userName, ageDays));
  if (remaining.length > 0) {
    warnings.push(
      `After you have the new key, I'll ask before deleting the old one${remaining.length > 1 ? 's' : ''} (${remaining.map(describeKey).join('; ')}): update your systems first.`,
    );
  }
  return {
    kind: 'plan',
    plan: finish(
      'rotate',
      { businessUnit, userName, title: `Rotate the ${kindName(kind)} of ${businessUnit}` },
      steps,
      warnings,
      { keyKind: kind, ageDays, region: unit.region, path: user.path, targetKeys: remaining },
    ),
  };
}

export async function planRevoke(
  unit: UnitInput,
  request: { keyKind: KeyKind | null; keyId: string | null; all: boolean },
  deps: PlannerDeps,
): Promise<PlanResult> {
  const { businessUnit, user } = unit;
  const userName = user.userName;
  const keys = await unitKeys(unit, deps);
  if (!keys.ok) return keys.result;
  const everything = [...keys.api, ...keys.access];
  const pool =
    request.keyKind === 'api-key' ? keys.api : request.keyKind === 'access-key' ? keys.access : everything;

  let targets: KeyRef[];
  if (request.keyId) {
    const named = everything.find((k) => k.id === request.keyId);
    if (!named) {
      return {
        kind: 'outcome',
        outcome: invalid(
          [`${businessUnit} has no key ${request.keyId}.`],
          everything.length > 0
            ? `Its keys: ${everything.map((k) => k.id).join(', ')}. Nothing was changed.`
            : 'It has no keys at all. Nothing was changed.',
        ),
      };
    }
    targets = [named];
  } else if (pool.length === 0) {
    return {
      kind: 'outcome',
      outcome: invalid(
        [`${businessUnit} has no ${request.keyKind ? kindName(request.keyKind, true) : 'keys'} to revoke.`],
        'Nothing was changed.',
      ),
    };
  } else if (request.all || pool.length === 1) {
    targets = pool;
  } else {
    return {
      kind: 'question',
      question: `${businessUnit} has ${pool.length} keys. Which should I revoke?`,
      choices: [
        ...pool.map((k, i) =>
          choice(
            `k${i}`,
            `${k.kind === 'api-key' ? 'API key' : 'Access key'} ${k.label} (${k.createdAt.slice(0, 10)})`,
            { intent: 'revoke', businessUnit, keyId: k.id },
            `revoke key ${k.id} for ${businessUnit}`,
          ),
        ),
        choice(
          'all',
          `All ${pool.length} keys`,
          { intent: 'revoke', businessUnit, all: true, keyKind: request.keyKind },
          `revoke all ${request.keyKind === 'access-key' ? 'access keys' : request.keyKind === 'api-key' ? 'api keys' : 'keys'} for ${businessUnit}`,
          'danger',
        ),
      ],
    };
  }

  const steps = targets.flatMap((k) => deleteKeySteps(k));
  const warnings = [
    `Systems using ${targets.length === 1 ? 'this key' : `these ${targets.length} keys`} stop working at once. This cannot be undone.`,
  ];
  return {
    kind: 'plan',
    plan: finish(
      'revoke',
      {
        businessUnit,
        userName,
        title:
          targets.length === 1
            ? `Revoke ${describeKey(targets[0] as KeyRef)} of ${businessUnit}`
            : `Revoke ${targets.length} keys of ${businessUnit}`,
      },
      steps,
      warnings,
      { keyKind: request.keyKind, region: unit.region, path: user.path, targetKeys: targets },
    ),
  };
}

export async function planDeprovision(unit: UnitInput, deps: PlannerDeps): Promise<PlanResult> {
  const { aws, settings } = deps;
  const { businessUnit, user } = unit;
  const userName = user.userName;
  const doing = `read what ${userName} has`;
  const keys = await unitKeys(unit, deps, doing);
  if (!keys.ok) return keys.result;
  const attached = await aws.listAttachedUserPolicies(userName);
  if (!attached.ok) return failureOutcome(attached.error, settings, businessUnit, doing);
  const inline = await aws.listUserPolicies(userName);
  if (!inline.ok) return failureOutcome(inline.error, settings, businessUnit, doing);

  // IAM refuses DeleteUser while anything is attached, so everything goes first, in this order.
  const steps: PlanStep[] = [
    ...keys.api.flatMap((k) => deleteKeySteps(k, false)),
    ...keys.access.flatMap((k) => deleteKeySteps(k, false)),
    step('delete-login-profile', '', `Remove the console password of ${userName}, if it has one`),
    ...attached.value.map((p) => step('detach-policy', p.policyArn, `Detach ${p.policyName}`)),
    ...inline.value.map((p) => step('delete-inline-policy', p, `Delete inline policy ${p}`)),
    step('delete-user', '', `Delete IAM user ${userName}`),
  ];
  const keyCount = keys.api.length + keys.access.length;
  const warnings = [
    keyCount > 0
      ? `${keyCount} key${keyCount === 1 ? '' : 's'} of ${businessUnit} stop${keyCount === 1 ? 's' : ''} working at once; systems using them will fail.`
      : `${businessUnit} has no keys; only the IAM user and what is attached to it are removed.`,
    'This cannot be undone. Cost reports keep the business-unit tag history.',
  ];
  if (user.tags.find((t) => t.key === 'created-by')?.value !== settings.createdByTag) {
    warnings.push(`${userName} was not created by this bot (no created-by=${settings.createdByTag} tag).`);
  }
  return {
    kind: 'plan',
    plan: finish(
      'deprovision',
      {
        businessUnit,
        userName,
        title: `Remove business unit ${businessUnit} (IAM user ${userName}) and all its keys`,
      },
      steps,
      warnings,
      {
        region: unit.region,
        path: user.path,
        targetKeys: [...keys.api, ...keys.access],
        policyArns: attached.value.map((p) => p.policyArn),
      },
    ),
  };
}
