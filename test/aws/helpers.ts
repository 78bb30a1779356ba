import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';

export const NOW = new Date('2030-01-15T10:00:00.000Z');

export const BOT_CREDS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

export const staticCredentials = async (): Promise<typeof BOT_CREDS> => BOT_CREDS;

/** An error shaped like the SDK's service exceptions. */
export function awsError(name: string, message: string, status = 400, attempts = 1): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts, requestId: 'req-test' },
  });
}

export interface DecodedToken {
  url: URL;
  raw: string;
}

/** "bedrock-api-key-<base64 of a presigned URL without scheme>&Version=1" → the URL. */
export function decodeBearerToken(token: string): DecodedToken {
  if (!token.startsWith('bedrock-api-key-')) throw new Error('not a Bedrock bearer token');
  const raw = Buffer.from(token.slice('bedrock-api-key-'.length), 'base64').toString('utf8');
  return { raw, url: new URL(`https://${raw}`) };
}

export function collectingLogger(): {
  lines: string[];
  debug(o: object, m?: string): void;
  warn(o: object, m?: string): void;
} {
  const lines: string[] = [];
  return {
    lines,
    debug: (o, m) => lines.push(JSON.stringify({ o, m })),
    warn: (o, m) => lines.push(JSON.stringify({ o, m })),
  };
}

/**
 * What the core's read flows need, with the real AWS adapter sending IAM calls to a local stand-in
 * (test/support/fake-iam-users.ts): the default settings, a fixed clock and reference.
 */
export function readDepsOver(iamEndpoint: string) {
  return {
    aws: createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clientOptions: { endpoints: { iam: iamEndpoint }, maxAttempts: 1 },
    }),
    settings: DEFAULT_SETTINGS,
    now: NOW,
    reference: () => 'ref-1',
  };
}
