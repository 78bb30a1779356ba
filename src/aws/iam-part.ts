/**
 * The IAM half of the adapter: users, policies, access keys and API keys over two IAM clients
 * (with and without SDK retries). aws-adapter.ts loads this module, and with it the IAM SDK, on the
 * first IAM call: a bearer token needs only STS and Bedrock.
 */
import { createAccessKeys } from './access-keys.js';
import { createApiKeys } from './api-keys.js';
import type { AwsAdapterLogger, AwsCaller } from './aws-call.js';
import type { AwsClientOptions } from './clients.js';
import type { Clock } from '../core/clock.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';
import { createIamClient } from './iam-clients.js';
import type { IamContext } from './iam-context.js';
import { createIamPolicies } from './iam-policies.js';
import { createIamUsers } from './iam-users.js';

export interface IamPartOptions {
  region: string;
  clientOptions: AwsClientOptions;
  credentials: AwsCredentialIdentityProvider | undefined;
  caller: AwsCaller;
  clock: Clock;
  concurrency: number;
  logger: AwsAdapterLogger | undefined;
  userPath: string;
  tagCacheMs: number;
}

export function createIamPart(o: IamPartOptions) {
  const iam = createIamClient(o.region, o.clientOptions, o.credentials);
  // Not idempotent calls (CreateAccessKey, CreateServiceSpecificCredential) go without SDK retries:
  // a retry after a lost response would make a second live key nobody holds.
  const iamOnce = createIamClient(o.region, { ...o.clientOptions, maxAttempts: 1 }, o.credentials);
  const ctx: IamContext = {
    iam,
    iamOnce,
    caller: o.caller,
    clock: o.clock,
    concurrency: o.concurrency,
    logger: o.logger,
  };
  return {
    ...createIamUsers(ctx, o.userPath, o.tagCacheMs),
    ...createIamPolicies(ctx),
    ...createAccessKeys(ctx),
    ...createApiKeys(ctx),
  };
}

export type IamPart = ReturnType<typeof createIamPart>;
