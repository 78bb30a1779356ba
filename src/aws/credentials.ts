/**
 * Credential shapes the adapter accepts (structurally the SDK's AwsCredentialIdentity[Provider],
 * declared here so nothing depends on a transitive @smithy/types import), and a quick check of
 * whether the default provider chain finds any credentials at all.
 */
import { STSClient } from '@aws-sdk/client-sts';

export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** Set for temporary credentials. */
  readonly expiration?: Date;
  readonly accountId?: string;
}

export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

/**
 * Whether the SDK's default credential provider chain (environment, shared config/SSO, web
 * identity, container or instance metadata) yields credentials. Makes no AWS API call; the chain
 * may contact the local metadata endpoints it needs. Gives up after `timeoutMs` (default 5 s).
 */
export async function hasAwsCredentials(
  opts: { timeoutMs?: number; region?: string } = {},
): Promise<boolean> {
  const client = new STSClient({ region: opts.region ?? 'us-east-1', maxAttempts: 1 });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), opts.timeoutMs ?? 5000);
      timer.unref();
    });
    const creds = await Promise.race([client.config.credentials(), timeout]);
    return creds !== null && typeof creds.accessKeyId === 'string' && creds.accessKeyId !== '';
  } catch {
    return false;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    client.destroy();
  }
}
