/**
 * What to do when a model cannot be called, the way Bedrock works today. AWS retired the old
 * per-model enablement page: serverless models are enabled by default; the first call to a
 * third-party model subscribes the account through AWS Marketplace (which needs
 * aws-marketplace:Subscribe / ViewSubscriptions and a payment method), Anthropic models also need a
 * one-time use-case form per account, and AccessDenied can last about 15 minutes after that first
 * call while the subscription completes. One wording for the token answer, `models`, error
 * explanations and the doctor. Pure data.
 */
import type { ModelAvailability } from './aws-port.js';

export const MODEL_ACCESS_DOCS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html';
export const MODEL_ACCESS_PERMISSIONS_DOCS =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html#model-access-permissions';

/** The steps, in the order people should try them. */
export const MODEL_ACCESS_STEPS: readonly string[] = [
  'Models are enabled by default; the first call to a third-party model (Anthropic, Meta, …) subscribes the account through AWS Marketplace. That first call must come from an identity allowed aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions, in an account with a payment method.',
  'Anthropic models: someone with those permissions submits the one-time use-case form for the account (Bedrock console → Model catalog → an Anthropic model).',
  'Just made the first call? AccessDenied can last about 15 minutes while the subscription completes: wait and retry.',
];

/** One short line for answers with little room. */
export const MODEL_ACCESS_SHORT =
  'First call to a third-party model subscribes the account via AWS Marketplace (needs aws-marketplace:Subscribe); Anthropic also needs the one-time use-case form; allow ~15 min after the first call.';

export type AvailabilityVerdict =
  | 'callable'
  | 'pending'
  | 'needs-subscription'
  | 'not-authorized'
  | 'not-here';

/** Reads a GetFoundationModelAvailability answer into one verdict and what to do. */
export function availabilityVerdict(a: ModelAvailability): { verdict: AvailabilityVerdict; advice: string } {
  if (!a.inRegion) return { verdict: 'not-here', advice: 'not offered in this Region' };
  if (!a.authorized)
    return {
      verdict: 'not-authorized',
      advice:
        'not authorised: an IAM or organisation policy denies it, or (Anthropic) the use-case form is missing',
    };
  if (a.agreement === 'PENDING')
    return { verdict: 'pending', advice: 'subscription in progress: retry in about 15 minutes' };
  if (a.agreement === 'AVAILABLE' && a.entitled) return { verdict: 'callable', advice: 'callable' };
  return {
    verdict: 'needs-subscription',
    advice:
      'not subscribed yet: the first call from an identity allowed aws-marketplace:Subscribe subscribes the account',
  };
}
