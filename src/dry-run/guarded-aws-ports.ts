/**
 * Two AwsPorts for the terminal front ends' special cases, both wrappers that never reach AWS for
 * anything but a read:
 *
 * - `readOnlyAwsPort(inner)`: the port of a dry run. Reads (who am I, users, policies, keys, models, spend)
 *   go to `inner` (the real adapter when there are credentials, else the example port), so the plan
 *   is made against the real state; every write, every token signature and every role assumption is
 *   refused as a value without calling `inner`. The one-shot CLI never presses Confirm in a dry run
 *   and plans tokens without signing, so this is the second line of defence, not the first.
 * - `noCredentialsAwsPort()`: when no AWS credentials were found. The engine still checks the
 *   request first (bad input is reported as such) and answers what needs no AWS (help, history);
 *   anything that needs AWS gets the explained "no credentials" failure.
 */
import type { AwsFailure, AwsFailureCode, AwsPort, AwsResult } from '../core/aws-port.js';
import { err } from '../core/result.js';
import { ACTION_OF, type AwsMethod } from './in-memory-iam.js';

/** The port methods that only read. Everything else writes, signs or assumes a role. */
export const READ_METHODS: ReadonlySet<AwsMethod> = new Set<AwsMethod>([
  'whoAmI',
  'getUser',
  'listBedrockUsers',
  'listBedrockUserPage',
  'listGroupsForUser',
  'hasLoginProfile',
  'listAttachedUserPolicies',
  'listUserPolicies',
  'listAccessKeys',
  'listApiKeys',
  'listFoundationModels',
  'listInferenceProfiles',
  'getModelAvailability',
  'policyExists',
  // Cost Explorer reads (spend); each is a billed request, but reads nothing secret and changes nothing.
  'listCostAllocationTags',
  'getCostByService',
  'getCostByTagValue',
]);

const ALL_METHODS = Object.keys(ACTION_OF) as AwsMethod[];

function failure(method: AwsMethod, code: AwsFailureCode, awsErrorName: string, message: string): AwsFailure {
  return { code, action: ACTION_OF[method], awsErrorName, message, ambiguous: false };
}

export interface ReadOnlyOptions {
  /** Told about every call the wrapper receives, before it is passed on or refused (tests, audits). */
  onCall?: (method: AwsMethod, passedOn: boolean) => void;
}

export function readOnlyAwsPort(inner: AwsPort, options: ReadOnlyOptions = {}): AwsPort {
  const port: Partial<Record<AwsMethod, (...args: never[]) => Promise<AwsResult<unknown>>>> = {};
  for (const method of ALL_METHODS) {
    if (READ_METHODS.has(method)) {
      port[method] = (...args: never[]) => {
        options.onCall?.(method, true);
        return (inner[method] as (...a: never[]) => Promise<AwsResult<unknown>>).apply(inner, args);
      };
    } else {
      port[method] = () => {
        options.onCall?.(method, false);
        return Promise.resolve(
          err(
            failure(
              method,
              'AccessDenied',
              'DryRun',
              `Dry run: ${ACTION_OF[method]} was not called (a dry run never writes, signs or assumes a role).`,
            ),
          ),
        );
      };
    }
  }
  return port as AwsPort;
}

export function noCredentialsAwsPort(): AwsPort {
  const port: Partial<Record<AwsMethod, () => Promise<AwsResult<never>>>> = {};
  for (const method of ALL_METHODS) {
    port[method] = () =>
      Promise.resolve(
        err(
          failure(
            method,
            'CredentialsMissing',
            'CredentialsProviderError',
            'No AWS credentials were found (environment, AWS_PROFILE, or an instance/task role).',
          ),
        ),
      );
  }
  return port as AwsPort;
}
