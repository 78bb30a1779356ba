/**
 * The permissions a business-unit user gets by default: call models and nothing else.
 *
 * AWS's managed AmazonBedrockLimitedAccess has been widened over time (provisioned throughput,
 * customisation jobs, Marketplace subscriptions), so unless an admin names managed policies in
 * BEDROCK_POLICY_ARNS the bot attaches this project's own customer-managed policy,
 * `/bedrock-bot/bedrock-bot-invoke-only`, which an admin creates once from `npx bedrock-bot policy`.
 * Why a managed policy the admin creates, not an inline one the bot writes: iam:PutUserPolicy (or
 * iam:CreatePolicy) would let the bot write any permissions onto a user it also makes keys for, i.e.
 * give itself anything; attaching one fixed ARN (iam:PolicyARN condition) cannot. Deprovisioning
 * detaches it with the user's other managed policies.
 *
 * Converse and ConverseStream are authorised by bedrock:InvokeModel and
 * bedrock:InvokeModelWithResponseStream; bedrock:CallWithBearerToken lets the user's long-term
 * Bedrock API key be used as a bearer token. Pure: no SDK, no I/O.
 */
import type { PolicyDocument, PolicyStatement } from './least-privilege-policy.js';

/** The default business-unit policy: a customer-managed policy with this name and path. */
export const BUSINESS_UNIT_POLICY_NAME = 'bedrock-bot-invoke-only';
export const BUSINESS_UNIT_POLICY_PATH = '/bedrock-bot/';

/** Its ARN in an account (`<ACCOUNT_ID>` when unknown). */
export function businessUnitPolicyArn(accountId: string | null, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId ?? '<ACCOUNT_ID>'}:policy${BUSINESS_UNIT_POLICY_PATH}${BUSINESS_UNIT_POLICY_NAME}`;
}

/** The managed policies business-unit users get: the admin's, or the project's own. */
export function businessUnitPolicyArns(
  configured: readonly string[],
  accountId: string | null,
  partition = 'aws',
): string[] {
  return configured.length > 0 ? [...configured] : [businessUnitPolicyArn(accountId, partition)];
}

/** The command an admin runs once to create the default policy from its JSON document. */
export function createPolicyCommand(file: string): string {
  return `aws iam create-policy --policy-name ${BUSINESS_UNIT_POLICY_NAME} --path ${BUSINESS_UNIT_POLICY_PATH} --policy-document file://${file}`;
}

export const INVOKE_ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] as const;
export const DISCOVERY_ACTIONS = [
  'bedrock:ListFoundationModels',
  'bedrock:GetFoundationModel',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetInferenceProfile',
] as const;

export interface BusinessUnitPolicyInput {
  /** Model ID patterns a business unit may call ("anthropic.claude-*"); empty means every model. */
  allowedModels: readonly string[];
  /** Regions requests may be made from; empty means every Region. */
  allowedRegions: readonly string[];
}

/** Every action the default business-unit policy grants, once each. */
export const BUSINESS_UNIT_ACTIONS: readonly string[] = [
  ...INVOKE_ACTIONS,
  'bedrock:CallWithBearerToken',
  ...DISCOVERY_ACTIONS,
];

export function buildBusinessUnitPolicy(input: BusinessUnitPolicyInput): PolicyDocument {
  const models = input.allowedModels.length > 0 ? [...input.allowedModels] : ['*'];
  const regions = input.allowedRegions.length > 0 ? [...input.allowedRegions] : ['*'];
  const onDemand = regions.flatMap((r) => models.map((m) => `arn:aws:bedrock:${r}::foundation-model/${m}`));
  // System-defined profile IDs are "<geo>.<model ID>" ("us.anthropic…", "global.anthropic…").
  const profiles = regions.flatMap((r) =>
    models.map((m) => `arn:aws:bedrock:${r}:*:inference-profile/${m === '*' ? '*' : `*.${m}`}`),
  );
  const statements: PolicyStatement[] = [
    {
      Sid: 'InvokeModelsOnDemandAndThroughProfiles',
      Effect: 'Allow',
      Action: [...INVOKE_ACTIONS],
      Resource: [...onDemand, ...profiles],
    },
    {
      Sid: 'UseBedrockApiKeys',
      Effect: 'Allow',
      Action: ['bedrock:CallWithBearerToken'],
      Resource: '*',
    },
    {
      Sid: 'SeeWhichModelsExist',
      Effect: 'Allow',
      Action: [...DISCOVERY_ACTIONS],
      Resource: '*',
    },
  ];
  if (input.allowedRegions.length > 0) {
    // A profile routes to the model in its destination Regions (any Region for global.): allowed
    // only when the call came through a profile in an allowed Region. Without a Region limit the
    // first statement already covers every Region.
    statements.splice(1, 0, {
      Sid: 'InvokeModelsInProfileDestinations',
      Effect: 'Allow',
      Action: [...INVOKE_ACTIONS],
      Resource: models.map((m) => `arn:aws:bedrock:*::foundation-model/${m}`),
      Condition: {
        StringLike: {
          'bedrock:InferenceProfileArn': regions.map((r) => `arn:aws:bedrock:${r}:*:inference-profile/*`),
        },
      },
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}
