/**
 * Which IAM users the bot may act on. A name ending in `-bedrock-user` is not enough: the bot
 * manages only users it created itself (created-by = its own tag, under its configured path) and
 * users made by the original hand-run workflow (created-by = provisioning-bedrock-skill, path /,
 * only Bedrock policies). Anything else — other attached policies, inline policies (the bot writes
 * none), group memberships, a console password, another path or another creator — is refused with
 * the reasons, so that a hand-made privileged user can never be handed out through the bot.
 *
 * The printed IAM policy (least-privilege-policy.ts) enforces the same rule with path-scoped ARNs
 * and `iam:ResourceTag/created-by` conditions, so a bug here still cannot reach such a user.
 */
import type { AwsFailure, AwsPort, IamUser } from './aws-port.js';
import { businessUnitPolicyArn, businessUnitPolicyArns } from './business-unit-policy.js';
import { explainFailure } from './explain-error.js';
import type { Outcome } from './outcome.js';
import type { Result } from './result.js';
import { err, ok } from './result.js';
import type { CoreSettings } from './settings.js';

/** The created-by tag of users made by the original hand-run provisioning workflow. */
export const SEED_CREATED_BY = 'provisioning-bedrock-skill';
export const CREATED_BY_TAG = 'created-by';

/** AWS-managed Bedrock policies the hand-run workflow attached (e.g. AmazonBedrockFullAccess). */
const AWS_BEDROCK_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AmazonBedrock[A-Za-z0-9]*$/;

export interface UnitState {
  userName: string;
  /** The user's ARN: its account and partition name the bot's own invoke-only policy. */
  arn: string;
  path: string;
  createdBy: string | null;
  attachedPolicyArns: string[];
  inlinePolicies: string[];
  groups: string[];
  loginProfile: boolean;
}

export type Management =
  | { managed: true; by: 'bot' | 'seed'; state: UnitState }
  | { managed: false; reasons: string[]; state: UnitState };

export function createdByOf(user: Pick<IamUser, 'tags'>): string | null {
  return user.tags.find((t) => t.key === CREATED_BY_TAG)?.value ?? null;
}

function policyName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

/**
 * The managed policies the bot itself attaches to business-unit users in the user's account: the
 * admin's BEDROCK_POLICY_ARNS, or else the project's invoke-only policy (business-unit-policy.ts),
 * which is also accepted when an admin has since named other policies (it only grants invoking).
 */
function botPolicyArns(userArn: string, configured: readonly string[]): string[] {
  const [, partition = 'aws', , , account = ''] = userArn.split(':');
  const accountId = /^\d{12}$/.test(account) ? account : null;
  return [
    ...businessUnitPolicyArns(configured, accountId, partition),
    businessUnitPolicyArn(accountId, partition),
  ];
}

/** Pure: decides from a user's full state whether the bot may act on it, and why not. */
export function judgeUnit(
  state: UnitState,
  settings: Pick<CoreSettings, 'createdByTag' | 'iamUserPath' | 'policyArns'>,
): Management {
  const reasons: string[] = [];
  let by: 'bot' | 'seed' | null = null;
  if (state.createdBy === settings.createdByTag) {
    by = 'bot';
    if (state.path !== settings.iamUserPath)
      reasons.push(
        `it is under the path ${state.path}, not ${settings.iamUserPath} where this bot keeps its users`,
      );
  } else if (state.createdBy === SEED_CREATED_BY) {
    by = 'seed';
    if (state.path !== '/')
      reasons.push(
        `it says it was made by the provisioning workflow but is under the path ${state.path}, not /`,
      );
  } else {
    reasons.push(
      state.createdBy === null
        ? `it has no created-by tag: neither this bot (created-by=${settings.createdByTag}) nor the provisioning workflow (created-by=${SEED_CREATED_BY}) made it`
        : `it was made by "${state.createdBy}", not by this bot (${settings.createdByTag}) or the provisioning workflow (${SEED_CREATED_BY})`,
    );
  }
  const ownPolicies = botPolicyArns(state.arn, settings.policyArns);
  const allowedPolicy = (arn: string): boolean =>
    ownPolicies.includes(arn) || (by === 'seed' && AWS_BEDROCK_POLICY.test(arn));
  const foreign = state.attachedPolicyArns.filter((arn) => !allowedPolicy(arn));
  if (foreign.length > 0)
    reasons.push(`it has other policies attached (${foreign.map(policyName).join(', ')})`);
  if (state.inlinePolicies.length > 0)
    reasons.push(`it has inline policies the bot did not write (${state.inlinePolicies.join(', ')})`);
  if (state.groups.length > 0) reasons.push(`it is in IAM groups (${state.groups.join(', ')})`);
  if (state.loginProfile) reasons.push('it has a console password');
  if (reasons.length > 0 || by === null) return { managed: false, reasons, state };
  return { managed: true, by, state };
}

/** Reads everything that decides management (policies, inline policies, groups, console password). */
export async function inspectUnit(
  aws: AwsPort,
  user: IamUser,
  settings: Pick<CoreSettings, 'createdByTag' | 'iamUserPath' | 'policyArns'>,
): Promise<Result<Management, AwsFailure>> {
  const name = user.userName;
  const attached = await aws.listAttachedUserPolicies(name);
  if (!attached.ok) return err(attached.error);
  const inline = await aws.listUserPolicies(name);
  if (!inline.ok) return err(inline.error);
  const groups = await aws.listGroupsForUser(name);
  if (!groups.ok) return err(groups.error);
  const login = await aws.hasLoginProfile(name);
  if (!login.ok) return err(login.error);
  return ok(
    judgeUnit(
      {
        userName: name,
        arn: user.arn,
        path: user.path,
        createdBy: createdByOf(user),
        attachedPolicyArns: attached.value.map((p) => p.policyArn),
        inlinePolicies: inline.value,
        groups: groups.value,
        loginProfile: login.value,
      },
      settings,
    ),
  );
}

/** One sentence for people: why the bot will not touch this user. */
export function refusalReason(m: Extract<Management, { managed: false }>): string {
  return `I won't act on the IAM user ${m.state.userName}: ${m.reasons.join('; ')}. The bot only manages users it created and users made by the provisioning workflow with nothing but Bedrock policies.`;
}

export const REFUSAL_HINT =
  'Nothing was created or changed. Ask your AWS administrators to clean the user up (or pick another business unit name).';

/** One line for cards: what the bot found on the user. */
export function describeUnitState(m: Extract<Management, { managed: true }>): string {
  const s = m.state;
  const maker = m.by === 'bot' ? 'made by this bot' : 'made by the provisioning workflow';
  const policies =
    s.attachedPolicyArns.length > 0 ? s.attachedPolicyArns.map(policyName).join(', ') : 'no policies';
  return `Current state of ${s.userName}: ${maker}, path ${s.path}, ${policies}; no inline policies, groups or console password.`;
}

/** The engine's hook: inspect a unit and answer what to do (go on, refuse with reasons, or report a failure). */
export async function managedOrRefusal(
  aws: AwsPort,
  user: IamUser,
  settings: Pick<CoreSettings, 'createdByTag' | 'iamUserPath' | 'policyArns'>,
  businessUnit: string,
  reference: () => string,
): Promise<
  | { kind: 'managed'; unitState: string }
  | { kind: 'refused'; reason: string; hint: string }
  | { kind: 'failure'; outcome: Outcome }
> {
  const m = await inspectUnit(aws, user, settings);
  if (!m.ok)
    return {
      kind: 'failure',
      outcome: {
        type: 'failure',
        failure: explainFailure(m.error, {
          doing: `check what ${user.userName} has`,
          businessUnit,
          iamUserPath: settings.iamUserPath,
        }),
        reference: reference(),
      },
    };
  if (!m.value.managed) return { kind: 'refused', reason: refusalReason(m.value), hint: REFUSAL_HINT };
  return { kind: 'managed', unitState: describeUnitState(m.value) };
}
