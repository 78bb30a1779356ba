/**
 * The AwsPort of the console's dry run: the in-memory IAM of in-memory-iam.ts (users, policies,
 * groups, keys, IAM's limits, no deleting a user that still has attachments) dressed in values that
 * are plainly fake: account 123456789012, key IDs ending in EXAMPLE and secrets that contain EXAMPLE
 * (the values AWS's own documentation uses), and the same example models in every region. Nothing
 * here talks to AWS.
 */
import { REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import type { AwsPort, ModelInfo } from '../core/aws-port.js';
import type { Clock } from '../core/clock.js';
import { IAM_KEY_LIMIT, InMemoryIam, type IamNaming } from './in-memory-iam.js';

export const EXAMPLE_ACCOUNT_ID = '123456789012';
/** Who the dry run pretends the bot is. */
export const EXAMPLE_BOT_ARN = `arn:aws:iam::${EXAMPLE_ACCOUNT_ID}:user/bedrock-bot-EXAMPLE`;

/** IAM's quotas: access keys per user, and service-specific credentials per user and service. */
export const EXAMPLE_KEY_LIMIT = IAM_KEY_LIMIT;

// The example values from AWS's documentation first, then generated ones in the same shape.
const DOC_ACCESS_KEY_IDS = ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'];
const DOC_SECRET_KEYS = [
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
];
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

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

function model(
  modelId: string,
  modelName: string,
  providerName: string,
  inferenceTypes: string[],
  status = 'ACTIVE',
): ModelInfo {
  return {
    modelId,
    modelName,
    providerName,
    status,
    inferenceTypes,
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
  };
}

/** IDs and secrets in the shape of AWS's documentation examples, all ending in (or containing) EXAMPLE. */
function exampleNaming(): IamNaming {
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

  return {
    userId: () => exampleId('AIDA', 21),
    accessKey: () => {
      accessKeysIssued += 1;
      const n = accessKeysIssued;
      return {
        accessKeyId: DOC_ACCESS_KEY_IDS[n - 1] ?? exampleId('AKIA', 20),
        secret: DOC_SECRET_KEYS[n - 1] ?? `wJalrXUtnFEMI/K7MDENG/${String(n).padStart(12, '0')}EXAMPLEKEY`,
      };
    },
    apiKey: (alias) => {
      const credentialId = exampleId('ACCA', 21);
      const secret = `ABSKEXAMPLE${Buffer.from(`${alias}:${credentialId}`).toString('base64').replace(/=+$/, '')}EXAMPLEKEY`;
      return { credentialId, secret };
    },
    token: () => `bedrock-api-key-EXAMPLE-NOT-A-REAL-TOKEN-${exampleId('', 16)}`,
  };
}

export interface ExampleAwsPortOptions {
  /** Who the dry run pretends the bot is (default: an example IAM user in account 123456789012). */
  callerArn?: string;
}

export function createExampleAwsPort(clock: Clock, options: ExampleAwsPortOptions = {}): AwsPort {
  return new InMemoryIam({
    clock,
    account: EXAMPLE_ACCOUNT_ID,
    callerArn: options.callerArn ?? EXAMPLE_BOT_ARN,
    callerUserId: 'AIDAJQABLZS4A3EXAMPLE',
    // The dry run does not know the configured path: list *-bedrock-user under any path.
    iamUserPath: null,
    models: (region) => (REGION_CODE_SYNTAX.test(region) ? EXAMPLE_MODELS : null),
    naming: exampleNaming(),
  });
}
