/**
 * The tests' AwsPort: the in-memory IAM of src/dry-run/in-memory-iam.ts (which documents what it
 * models, and its seeding, inspection and call log), with test defaults (a FakeClock, the bot as
 * user bedrock-bot, users under /bedrock/, a few regions with models: FAKE_MODELS) and scheduled
 * failures on top:
 * - `failNext('createUser', 'AccessDenied')` fails the next call, `failAlways(...)` every call until
 *   `clearFailures()`; `{ takeEffect: true, ambiguous: true }` models a lost response: the call
 *   happens in AWS but the caller sees a failure (e.g. a timeout after CreateAccessKey).
 * Secrets look like `<kind>-SECRET-000042-xxxx…` and are all kept in `issuedSecrets`.
 */
import type {
  AwsFailureCode,
  InferenceProfileInfo,
  ModelAvailability,
  ModelInfo,
} from '../../src/core/aws-port.js';
import type { Clock } from '../../src/core/clock.js';
import {
  IAM_KEY_LIMIT,
  InMemoryIam,
  type AwsMethod,
  type IamUserState,
  type InjectedFailure,
} from '../../src/dry-run/in-memory-iam.js';
import { FakeClock } from './fake-clock.js';

export { ACTION_OF, awsFailure } from '../../src/dry-run/in-memory-iam.js';
export type { AwsMethod, InjectedFailure } from '../../src/dry-run/in-memory-iam.js';
export type FakeUserState = IamUserState;

export interface FakeAwsOptions {
  clock?: Clock;
  account?: string;
  /** The bot's identity (whoAmI, signer of tokens without a role). */
  callerArn?: string;
  /** The IAM path the bot uses; users under it named *-bedrock-user are listed as business units. */
  iamUserPath?: string;
  /** Models per region; regions absent from the map are unknown (UnknownRegion). */
  models?: Record<string, ModelInfo[]>;
  /** System-defined inference profiles per region (default: none). */
  profiles?: Record<string, InferenceProfileInfo[]>;
  /** Customer-managed policies that exist (default: any). */
  managedPolicies?: string[];
  /** GetFoundationModelAvailability answers (default: every listed model callable). */
  availability?: (region: string, modelId: string) => ModelAvailability | null;
  /** When the bot's own (or the role's) credentials expire; caps token expiry. */
  signingCredentialsExpireAt?: Date | null;
  /** The signing role's MaxSessionDuration; longer requests fall back to it. */
  roleMaxSessionSeconds?: number;
}

export const MAX_KEYS_PER_KIND = IAM_KEY_LIMIT;

function model(modelId: string, modelName: string, providerName: string, status = 'ACTIVE'): ModelInfo {
  return {
    modelId,
    modelName,
    providerName,
    status,
    inferenceTypes: ['ON_DEMAND', 'INFERENCE_PROFILE'],
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
  };
}

export const FAKE_MODELS: Record<string, ModelInfo[]> = {
  'us-east-1': [
    model('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic'),
    model('anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5', 'Anthropic'),
    model('anthropic.claude-3-haiku-20240307-v1:0', 'Claude 3 Haiku', 'Anthropic', 'LEGACY'),
    model('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', 'Meta'),
    model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon'),
  ],
  'us-west-2': [
    model('anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5', 'Anthropic'),
    model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon'),
  ],
  'eu-west-1': [model('amazon.nova-pro-v1:0', 'Nova Pro', 'Amazon')],
  'eu-central-1': [],
};

export class FakeAws extends InMemoryIam {
  readonly #once = new Map<AwsMethod, InjectedFailure[]>();
  readonly #always = new Map<AwsMethod, InjectedFailure>();

  constructor(options: FakeAwsOptions = {}) {
    super({
      clock: options.clock ?? new FakeClock(),
      ...(options.account === undefined ? {} : { account: options.account }),
      ...(options.callerArn === undefined ? {} : { callerArn: options.callerArn }),
      iamUserPath: options.iamUserPath ?? '/bedrock/',
      models: options.models ?? structuredClone(FAKE_MODELS),
      ...(options.profiles === undefined ? {} : { profiles: options.profiles }),
      ...(options.availability === undefined ? {} : { availability: options.availability }),
      ...(options.managedPolicies === undefined ? {} : { managedPolicies: options.managedPolicies }),
      signingCredentialsExpireAt: options.signingCredentialsExpireAt ?? null,
      ...(options.roleMaxSessionSeconds === undefined
        ? {}
        : { roleMaxSessionSeconds: options.roleMaxSessionSeconds }),
      failureHook: (method) => this.#once.get(method)?.shift() ?? this.#always.get(method),
    });
  }

  /** Fails the next call(s) of `method` (queued: call several times to fail several calls). */
  failNext(method: AwsMethod, failure: AwsFailureCode | InjectedFailure, times = 1): this {
    const f = typeof failure === 'string' ? { code: failure } : failure;
    const queue = this.#once.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(f);
    this.#once.set(method, queue);
    return this;
  }

  /** Fails every call of `method` until `clearFailures()`. */
  failAlways(method: AwsMethod, failure: AwsFailureCode | InjectedFailure): this {
    this.#always.set(method, typeof failure === 'string' ? { code: failure } : failure);
    return this;
  }

  clearFailures(): void {
    this.#once.clear();
    this.#always.clear();
  }
}
