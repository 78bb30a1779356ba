/**
 * The AwsPort of the console's dry run: the in-memory IAM of in-memory-iam.ts (users, policies,
 * groups, keys, IAM's limits, no deleting a user that still has attachments) dressed in values that
 * are plainly fake: account 123456789012, key IDs ending in EXAMPLE and secrets that contain EXAMPLE
 * (the values AWS's own documentation uses), and the models and inference profiles Bedrock lists in each Region (example-bedrock-catalog.ts). Nothing
 * here talks to AWS.
 */
import type { AwsPort } from '../core/aws-port.js';
import { findRegion } from '../core/aws-regions.js';
import type { Clock } from '../core/clock.js';
import type { ServiceCost } from '../core/cost-port.js';
import { SPEND_TAG_KEY } from '../core/spend.js';
import { exampleBedrockRegion } from './example-bedrock-catalog.js';
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

/** Example daily Bedrock cost for a unit: a few dollars, the same for the same unit and day. */
function exampleDailyCost(_tagKey: string, tagValue: string, date: string): ServiceCost[] {
  let h = 0;
  for (const ch of `${tagValue}|${date}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const cents = 150 + (h % 400);
  return [
    { service: 'Amazon Bedrock', amount: (cents % 90) / 100, unit: 'USD' },
    { service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', amount: cents / 100, unit: 'USD' },
  ];
}

export function createExampleAwsPort(clock: Clock, options: ExampleAwsPortOptions = {}): AwsPort {
  return new InMemoryIam({
    clock,
    account: EXAMPLE_ACCOUNT_ID,
    callerArn: options.callerArn ?? EXAMPLE_BOT_ARN,
    callerUserId: 'AIDAJQABLZS4A3EXAMPLE',
    // The dry run does not know the configured path: list *-bedrock-user under any path.
    iamUserPath: null,
    models: (region) => (findRegion(region) === undefined ? null : exampleBedrockRegion(region).models),
    profiles: (region) => (findRegion(region) === undefined ? null : exampleBedrockRegion(region).profiles),
    naming: exampleNaming(),
    // Spend: the unit tag is active for cost allocation and every unit has example costs.
    costAllocationTags: [{ tagKey: SPEND_TAG_KEY, status: 'Active', lastUpdatedAt: null, lastUsedAt: null }],
    dailyCosts: exampleDailyCost,
  });
}
