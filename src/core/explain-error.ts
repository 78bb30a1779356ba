/**
 * Turns an AwsFailure into words a person can act on: what happened, why, and the fix
 * (as the seed's Example 7 and TROUBLESHOOTING do), never with a secret in the text.
 */
import { businessUnitPolicyArn, createPolicyCommand } from './business-unit-policy.js';
import { MODEL_ACCESS_DOCS, MODEL_ACCESS_STEPS } from './model-access-advice.js';
import type { AwsFailure } from './aws-port.js';
import type { ExplainedFailure } from './outcome.js';
import { CREDENTIAL_PATTERNS } from './secret.js';
import { USER_NAME_SUFFIX } from './validation.js';

export interface ExplainContext {
  /** What the bot was doing, in words: "create the IAM user marketing-bedrock-user". */
  doing?: string;
  businessUnit?: string | null;
  region?: string | null;
  /** The IAM path of business-unit users (narrows the policy statement's Resource). */
  iamUserPath?: string;
  /** The signing role, when the failing call was sts:AssumeRole. */
  roleArn?: string | null;
}

const SECRETISH: RegExp[] = [
  ...CREDENTIAL_PATTERNS.bedrock,
  CREDENTIAL_PATTERNS.awsSecretAccessKey,
  /(?:X-Amz-Security-Token|X-Amz-Signature|Signature|password|secret)[=:]\s*\S+/gi,
];

/** Removes anything that looks like a credential from text shown to people (defence in depth: the adapter scrubs too). */
export function scrubSecrets(text: string): string {
  return SECRETISH.reduce((acc, pattern) => acc.replace(pattern, '[redacted]'), text);
}

function accountOf(arn: string | undefined): string {
  const account = arn?.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : '*';
}

function resourceFor(action: string, ctx: ExplainContext, account: string): string {
  const [service] = action.split(':');
  if (action === 'sts:AssumeRole' && ctx.roleArn) return ctx.roleArn;
  if (
    service === 'iam' &&
    /User|AccessKey|ServiceSpecificCredential|LoginProfile|Group/.test(action) &&
    action !== 'iam:ListUsers'
  ) {
    const path = ctx.iamUserPath ?? '/';
    return `arn:aws:iam::${account}:user${path}*`;
  }
  if (action === 'iam:AttachUserPolicy' || action === 'iam:DetachUserPolicy')
    return `arn:aws:iam::${account}:user${ctx.iamUserPath ?? '/'}*`;
  return '*';
}

/** The exact IAM policy statement that grants `actions` (JSON text for the person to hand to their AWS admin). */
export function policyStatementFor(
  actions: readonly string[],
  ctx: ExplainContext = {},
  principalArn?: string,
): string {
  const account = accountOf(principalArn);
  const byResource = new Map<string, string[]>();
  for (const action of actions) {
    const resource = resourceFor(action, ctx, account);
    byResource.set(resource, [...(byResource.get(resource) ?? []), action]);
  }
  const statements = [...byResource].map(([resource, acts], i) => ({
    Sid: byResource.size === 1 ? 'BedrockBotMissingPermission' : `BedrockBotMissingPermission${i + 1}`,
    Effect: 'Allow',
    Action: acts.length === 1 ? acts[0] : acts,
    Resource: resource,
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

const CREDENTIAL_FIX = [
  'Give the bot AWS credentials in one of the standard ways, then restart it:',
  'on AWS (ECS, EC2, Lambda, EKS): attach an IAM role to the task, instance or pod — no keys needed;',
  "elsewhere: set AWS_PROFILE to a profile in ~/.aws/config (SSO works: run `aws sso login --profile <name>`), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the bot's environment;",
  'check with `aws sts get-caller-identity` as the same user the bot runs as.',
];

/** What every explanation says the same way. */
interface Facts {
  doing: string;
  /** ` AWS said: "…"` (scrubbed), or empty. */
  said: string;
  region: string | null;
  base: { awsAction: string; awsErrorName: string };
}

export function explainFailure(failure: AwsFailure, ctx: ExplainContext = {}): ExplainedFailure {
  const awsMessage = scrubSecrets(failure.message).trim();
  const facts: Facts = {
    doing: ctx.doing ?? `call ${failure.action}`,
    said: awsMessage ? ` AWS said: "${awsMessage}"` : '',
    region: ctx.region ?? failure.resource ?? null,
    base: { awsAction: failure.action, awsErrorName: failure.awsErrorName },
  };
  return explainIamFailure(failure, ctx, facts) ?? explainServiceFailure(failure, facts);
}

/** Permissions, credentials and the state of IAM users and keys. */
function explainIamFailure(failure: AwsFailure, ctx: ExplainContext, facts: Facts): ExplainedFailure | null {
  const { doing, said, base } = facts;
  switch (failure.code) {
    case 'AccessDenied': {
      const who = failure.principalArn
        ? `The bot's AWS identity (${failure.principalArn})`
        : "The bot's AWS identity";
      const explicitDeny = /explicit deny/i.test(failure.message);
      const fix = explicitDeny
        ? [
            `An explicit Deny blocks ${failure.action} (a service control policy, permissions boundary or a Deny statement); adding an Allow will not help.`,
            "Ask whoever manages your AWS Organization SCPs or the bot's permissions boundary to exempt this action for the bot.",
          ]
        : [
            `Ask your AWS administrator to add this statement to the bot's IAM policy (it grants only ${failure.action}).`,
            'Or run the bot with credentials that already have it (a different role or AWS_PROFILE).',
            'Run `bedrock-bot doctor` to check every permission the bot needs at once.',
          ];
      return {
        ...base,
        title: `The bot is not allowed to ${failure.action.replace(/^[a-z0-9-]+:/, '')}`,
        detail: `${who} is not authorized to perform ${failure.action}, which it needs to ${doing}. Nothing after this step was done.${said}`,
        fix,
        policyStatement: policyStatementFor([failure.action], ctx, failure.principalArn),
        commands: [
          'aws sts get-caller-identity',
          `aws iam simulate-principal-policy --policy-source-arn ${failure.principalArn ?? '<bot role ARN>'} --action-names ${failure.action}`,
        ],
        retryable: false,
      };
    }
    case 'CredentialsMissing':
      return {
        ...base,
        title: 'The bot has no AWS credentials',
        detail: `The bot could not find any AWS credentials, so it could not ${doing}.`,
        fix: CREDENTIAL_FIX,
        commands: ['aws sts get-caller-identity', 'aws configure list'],
        retryable: false,
      };
    case 'CredentialsExpired':
      return {
        ...base,
        title: "The bot's AWS credentials have expired",
        detail: `The credentials the bot uses have expired or were revoked, so it could not ${doing}.${said}`,
        fix: [
          "With an SSO profile: run `aws sso login --profile <name>` for the bot's profile, or better, give the bot a role (task/instance role) whose credentials renew themselves.",
          'With static keys: replace AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (and drop a stale AWS_SESSION_TOKEN), then restart the bot.',
        ],
        commands: ['aws sts get-caller-identity'],
        retryable: false,
      };
    case 'NoSuchEntity': {
      if (failure.action === 'iam:AttachUserPolicy') {
        return {
          ...base,
          title: 'The policy for business-unit users does not exist',
          detail: `IAM has no such managed policy, so the bot could not attach it.${said}`,
          fix: [
            `An AWS admin creates the invoke-only policy once: \`npx bedrock-bot policy\` prints its document and the command (${createPolicyCommand('bedrock-bot-invoke-only.json')}).`,
            'Or set BEDROCK_POLICY_ARNS to managed policies that exist.',
          ],
          commands: [`aws iam get-policy --policy-arn ${businessUnitPolicyArn(null)}`],
          retryable: true,
        };
      }
      const what =
        failure.resource ??
        (ctx.businessUnit ? `${ctx.businessUnit}${USER_NAME_SUFFIX}` : 'the IAM user or key');
      return {
        ...base,
        title: `${what} does not exist`,
        detail: `AWS has no ${what}, so the bot could not ${doing}. It may have been deleted by someone else, or the name is misspelt.${said}`,
        fix: [
          'Check the name with "list" (admins) or "details for <business unit>".',
          ctx.businessUnit
            ? `To set it up from scratch: "create key for ${ctx.businessUnit}".`
            : 'To set up a business unit: "create key for <business unit>".',
        ],
        commands: failure.resource ? [`aws iam get-user --user-name ${failure.resource}`] : [],
        retryable: false,
      };
    }
    case 'EntityAlreadyExists':
      return {
        ...base,
        title: `${failure.resource ?? 'The IAM user'} already exists`,
        detail: `AWS already has ${failure.resource ?? 'an entity with this name'}, and it does not look like one of the bot's business-unit users, so the bot did not touch it.${said}`,
        fix: [
          "If it is the business unit's user, tag it business-unit=<name> and purpose=bedrock, then ask again: the bot will reuse it.",
          'Otherwise pick another business unit name (e.g. "create key for marketing-team-2").',
        ],
        commands: failure.resource ? [`aws iam get-user --user-name ${failure.resource}`] : [],
        retryable: false,
      };
    case 'LimitExceeded':
      return {
        ...base,
        title: 'IAM limit reached',
        detail: `IAM allows at most 2 access keys and 2 Bedrock API keys per user (and 50 tags); this one is full, so the bot could not ${doing}.${said}`,
        fix: [
          ctx.businessUnit
            ? `Rotate instead: "rotate key for ${ctx.businessUnit}" creates the new key and then deletes the old one.`
            : 'Rotate instead: "rotate key for <business unit>".',
          ctx.businessUnit
            ? `Or delete a key you no longer use: "revoke key <key id> for ${ctx.businessUnit}".`
            : 'Or revoke a key you no longer use.',
        ],
        retryable: false,
      };
    case 'DeleteConflict':
      return {
        ...base,
        title: 'IAM would not delete it yet',
        detail: `IAM refuses to delete a user that still has keys, a console password, group memberships, policies, MFA devices, SSH keys or signing certificates.${said}`,
        fix: [
          'Run the same request again: the bot removes what it knows about first and skips what is already gone.',
          'If it still fails, the user has something the bot does not manage (MFA device, SSH key, signing certificate, service credential for another service): remove it in the IAM console, then retry.',
        ],
        commands: failure.resource
          ? [
              `aws iam list-mfa-devices --user-name ${failure.resource}`,
              `aws iam list-ssh-public-keys --user-name ${failure.resource}`,
              `aws iam list-signing-certificates --user-name ${failure.resource}`,
              `aws iam list-service-specific-credentials --user-name ${failure.resource}`,
            ]
          : [],
        retryable: true,
      };
    default:
      return null;
  }
}

/** Busy, throttled, unreachable or failing AWS services, regions and models. */
function explainServiceFailure(failure: AwsFailure, facts: Facts): ExplainedFailure {
  const { doing, said, region, base } = facts;
  switch (failure.code) {
    case 'EntityTemporarilyUnmodifiable':
      return {
        ...base,
        title: 'IAM is still busy with this user',
        detail: `The user is being changed by another request right now, so the bot could not ${doing}.`,
        fix: ['Wait a minute and run the same request again; steps already done are skipped.'],
        retryable: true,
      };
    case 'Throttling':
      return {
        ...base,
        title: 'AWS is rate-limiting the bot',
        detail: `AWS kept throttling ${failure.action} even after the bot's automatic retries.`,
        fix: failure.action.startsWith('ce:')
          ? [
              'Wait a minute and ask again: Cost Explorer allows only a few requests per second per account, shared with every tool that reads costs.',
              'The bot keeps each answer for an hour, so asking again for the same unit and period costs nothing.',
            ]
          : [
              'Wait a minute and try again; steps already done are skipped.',
              'If it keeps happening, check for scripts hammering IAM in the same account (CloudTrail shows who).',
            ],
        retryable: true,
      };
    case 'InvalidInput':
      return {
        ...base,
        title: 'AWS rejected the request',
        detail: `AWS found a value it does not accept while the bot tried to ${doing}.${said}`,
        fix: [
          'Check the names and values in your request (business unit, owner email, lifetime) and try again.',
          'If they look right, report it with the reference below.',
        ],
        retryable: false,
      };
    case 'UnknownRegion':
      return {
        ...base,
        title: `${region ?? 'That region'} is not a region the bot can reach`,
        detail:
          `AWS does not know the region ${region ?? ''}, or Bedrock is not offered there.${said}`.replace(
            '  ',
            ' ',
          ),
        fix: [
          'Use a Bedrock region such as us-east-1, us-west-2, eu-central-1 or ap-northeast-1 (e.g. "token in us-west-2").',
          'If the region is new, it may need to be enabled for the account (Account settings → AWS Regions).',
        ],
        retryable: false,
      };
    case 'EndpointUnreachable':
      return {
        ...base,
        title: 'The bot could not reach AWS',
        detail: `The network call for ${failure.action}${region ? ` in ${region}` : ''} did not get through (DNS, proxy, firewall or VPC endpoint).`,
        fix: [
          "Check that the bot's host can reach the AWS endpoints (HTTPS_PROXY, security groups, VPC endpoints for iam, sts and bedrock).",
          'Try again in a moment; if only one region fails, try another region.',
        ],
        commands: [`aws bedrock list-foundation-models --region ${region ?? 'us-east-1'} --max-items 1`],
        retryable: true,
      };
    case 'ModelNotAvailable':
      return {
        ...base,
        title: `Model not available${region ? ` in ${region}` : ''}`,
        detail: `The model is not offered${region ? ` in ${region}` : ''}, or this account has no access to it yet.${said}`,
        fix: [
          ...MODEL_ACCESS_STEPS,
          `Check this account's access to a model: aws bedrock get-foundation-model-availability --region ${region ?? 'us-east-1'} --model-id <model ID>. How it works: ${MODEL_ACCESS_DOCS}`,
          `Or call it through an inference profile listed in this Region (geography prefix such as us./eu./jp./au., or global.): "models${region ? ` in ${region}` : ''}" shows the IDs that work.`,
        ],
        commands: [
          `aws bedrock list-inference-profiles --region ${region ?? 'us-east-1'} --type-equals SYSTEM_DEFINED`,
        ],
        retryable: false,
      };
    case 'DataUnavailable':
      return {
        ...base,
        title: 'Cost Explorer has no data for that yet',
        detail: `Cost Explorer answered that the data the bot asked for is not available, so it could not ${doing}. New accounts and newly enabled Cost Explorer take up to 24 hours to have data; very old periods expire.${said}`,
        fix: [
          'Ask again in a few hours (Cost Explorer updates about once a day).',
          'For an older period, ask for a month within the last 13 months (e.g. "spend for <unit> last month").',
        ],
        retryable: true,
      };
    case 'CostExplorerNotEnabled':
      return failure.awsErrorName === 'NoCostExplorerInPartition'
        ? {
            ...base,
            title: 'Cost Explorer is not available in this partition',
            detail: `${failure.message} The bot cannot ${doing} from here.`,
            fix: [
              'Look at the spend in Cost Explorer of the standard AWS account associated with this GovCloud account (filter by the tag iamPrincipal/business-unit).',
            ],
            retryable: false,
          }
        : {
            ...base,
            title: 'Cost Explorer is not enabled for this AWS account',
            detail: `AWS refused ${failure.action} because Cost Explorer is not enabled for the account the bot runs in, so it could not ${doing}.${said}`,
            fix: [
              'Someone with billing access opens Billing and Cost Management → Cost Explorer once in the management (payer) account: that enables it (data appears within 24 hours).',
              'If the bot runs in a member account of an AWS Organization, the management account must also let member accounts use Cost Explorer: Billing and Cost Management → Cost Management preferences → "Linked account access".',
              'Run `bedrock-bot doctor` afterwards to check the permission ce:GetCostAndUsage.',
            ],
            commands: [
              'aws ce get-cost-and-usage --region us-east-1 --time-period Start=$(date -u +%Y-%m-01),End=$(date -u -d tomorrow +%F) --granularity MONTHLY --metrics UnblendedCost',
            ],
            retryable: false,
          };
    case 'Timeout':
    case 'ServiceFailure':
      return {
        ...base,
        title: failure.code === 'Timeout' ? 'AWS did not answer in time' : 'AWS had an internal error',
        detail: `${failure.action} ${failure.code === 'Timeout' ? 'timed out' : 'failed on the AWS side'}${failure.ambiguous ? '; it may or may not have taken effect' : ''}.`,
        fix: [
          'Run the same request again in a minute: the bot checks what already exists and finishes the job without duplicating anything.',
          'If it keeps failing, check https://health.aws.amazon.com/health/status.',
        ],
        retryable: true,
      };
    default:
      return {
        ...base,
        title: 'Something unexpected went wrong',
        detail: `${failure.action} failed with ${failure.awsErrorName}.${said}`,
        fix: [
          'Try again in a minute. If it keeps failing, give the reference below to whoever runs the bot; the logs have the details.',
        ],
        retryable: true,
      };
  }
}
