/**
 * Construction of the real SDK clients, with finite timeouts and bounded retries.
 *
 * Endpoints: the SDK itself honours AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_STS,
 * AWS_ENDPOINT_URL_BEDROCK and AWS_ENDPOINT_URL_COST_EXPLORER; we pass `endpoint` only when one is given explicitly in the options,
 * so those standard overrides keep working. Nothing here reads process.env.
 */
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from './credentials.js';

export interface AwsClientOptions {
  /** Total attempts per call, including the first (SDK standard retry strategy). Default 3. */
  maxAttempts?: number;
  /** Time allowed to open a connection, in ms. Default 3000. */
  connectionTimeoutMs?: number;
  /** Time allowed for a whole request once connected, in ms. Default 15000. */
  requestTimeoutMs?: number;
  /** Region for the (global) IAM endpoint. Default: us-east-1, or the partition's IAM region. */
  iamRegion?: string;
  /** Explicit endpoints, e.g. for tests or a VPC endpoint. Leave unset to let the SDK decide. */
  endpoints?: { iam?: string; sts?: string; bedrock?: string; ce?: string };
}

export const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_CONNECTION_TIMEOUT_MS = 3000;
const DEFAULT_REQUEST_TIMEOUT_MS = 15000;

export interface CommonConfig {
  region: string;
  maxAttempts: number;
  cacheMiddleware: true;
  requestHandler: {
    connectionTimeout: number;
    requestTimeout: number;
    socketTimeout: number;
    throwOnRequestTimeout: true;
  };
  credentials?: AwsCredentialIdentityProvider;
  endpoint?: string;
}

/** What every client shares: region, attempts, timeouts, credentials, an explicit endpoint. */
export function common(
  region: string,
  opts: AwsClientOptions,
  credentials: AwsCredentialIdentityProvider | undefined,
  endpoint: string | undefined,
): CommonConfig {
  const requestTimeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const config: CommonConfig = {
    region,
    maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    // Resolve each command's middleware stack once per client, not on every call: nothing here
    // changes a stack after the first request, and `list` makes ~60 IAM calls a page (bench/).
    cacheMiddleware: true,
    // The SDK builds its NodeHttpHandler from these options; no direct @smithy import needed.
    // Without throwOnRequestTimeout, @smithy/node-http-handler 4.x only logs a warning when
    // requestTimeout passes and the call can hang forever on a silent server.
    requestHandler: {
      connectionTimeout: opts.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      requestTimeout,
      socketTimeout: requestTimeout,
      throwOnRequestTimeout: true,
    },
  };
  if (credentials !== undefined) config.credentials = credentials;
  if (endpoint !== undefined) config.endpoint = endpoint;
  return config;
}

/**
 * The clients a bearer token needs (STS, and Bedrock for the model list). IAM (iam-clients.ts) and
 * Cost Explorer (cost-explorer-client.ts) load with the adapter parts that use them, on first use:
 * a token never loads them (bench/: ~2 MB less live heap).
 */
export interface AwsClients {
  sts: STSClient;
  bedrock(region: string): BedrockClient;
  destroy(): void;
}

export function createAwsClients(
  region: string,
  opts: AwsClientOptions = {},
  credentials?: AwsCredentialIdentityProvider,
): AwsClients {
  const sts = new STSClient(common(region, opts, credentials, opts.endpoints?.sts));
  const bedrockByRegion = new Map<string, BedrockClient>();
  return {
    sts,
    bedrock(r: string): BedrockClient {
      let client = bedrockByRegion.get(r);
      if (client === undefined) {
        client = new BedrockClient(common(r, opts, credentials, opts.endpoints?.bedrock));
        bedrockByRegion.set(r, client);
      }
      return client;
    },
    destroy(): void {
      sts.destroy();
      for (const c of bedrockByRegion.values()) c.destroy();
      bedrockByRegion.clear();
    },
  };
}
