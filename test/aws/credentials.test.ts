import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasAwsCredentials } from '../../src/aws/credentials.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

function isolateFromMachine(): void {
  for (const k of [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  ]) {
    vi.stubEnv(k, undefined);
  }
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/bedrock-bot-test/credentials');
  vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/bedrock-bot-test/config');
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
}

describe('hasAwsCredentials', () => {
  it('is true when the environment holds credentials', async () => {
    isolateFromMachine();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(await hasAwsCredentials()).toBe(true);
  });

  it('is false, without throwing, when the chain finds nothing', async () => {
    isolateFromMachine();
    expect(await hasAwsCredentials({ timeoutMs: 5000 })).toBe(false);
  });
});
