/**
 * The IAM clients (see clients.ts for what all clients share). Loaded only with the IAM parts of
 * the adapter (iam-part.ts) and the policy simulator, never for a bearer token.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import { iamRegionFor } from '../core/aws-regions.js';
import { common, type AwsClientOptions } from './clients.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';

export function createIamClient(
  region: string,
  opts: AwsClientOptions = {},
  credentials?: AwsCredentialIdentityProvider,
): IAMClient {
  return new IAMClient(
    common(opts.iamRegion ?? iamRegionFor(region), opts, credentials, opts.endpoints?.iam),
  );
}
