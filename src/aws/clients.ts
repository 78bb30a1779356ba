/**
 * Construction of the real SDK clients, with finite timeouts and bounded retries.
 *
 * Endpoints: the SDK itself honours AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_STS,
 * AWS_ENDPOINT_URL_BEDROCK and AWS_ENDPOINT_URL_COST_EXPLORER; we pass `endpoint` only when one is given explicitly in the options,
 * so those standard overrides keep working. Nothing here reads process.env.
 */
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { costExplorerRegionFor, iamRegionFor } from '../core/aws-regions.js';
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

interface CommonConfig {
  region: string;
  maxAttempts: number;
  requestHandler: {
    connectionTimeout: number;
    requestTimeout: number;
    socketTimeout: number;
    throwOnRequestTimeout: true;
  };
  credentials?: AwsCredentialIdentityProvider;
  endpoint?: string;
}

function common(
  region: string,
  opts: AwsClientOptions,
  credentials: AwsCredentialIdentityProvider | undefined,
  endpoint: string | undefined,
): CommonConfig {
  const requestTimeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const config: CommonConfig = {
    region,
    maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
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

export interface AwsClients {
  iam: IAMClient;
  /**
   * The same IAM endpoint without SDK retries, for calls that are not idempotent (CreateAccessKey,
   * CreateServiceSpecificCredential): a retry after a lost response would make a second live key
   * nobody holds. The executor reconciles instead (lists the keys, deletes what it cannot deliver).
   */
  iamOnce: IAMClient;
  sts: STSClient;
  bedrock(region: string): BedrockClient;
  /** The partition's Cost Explorer client, or null where Cost Explorer has no endpoint (GovCloud). */
  costExplorer(): CostExplorerClient | null;
  destroy(): void;
}

export function createIamClient(
  region: string,
  opts: AwsClientOptions = {},
  credentials?: AwsCredentialIdentityProvider,
): IAMClient {
  return new IAMClient(
    common(opts.iamRegion ?? iamRegionFor(region), opts, credentials, opts.endpoints?.iam),
  );
}

export function createAwsClients(
  region: string,
  opts: AwsClientOptions = {},
  credentials?: AwsCredentialIdentityProvider,
): AwsClients {
  const iam = createIamClient(region, opts, credentials);
  const iamOnce = createIamClient(region, { ...opts, maxAttempts: 1 }, credentials);
  const sts = new STSClient(common(region, opts, credentials, opts.endpoints?.sts));
  const bedrockByRegion = new Map<string, BedrockClient>();
  let ce: CostExplorerClient | null = null;
  return {
    iam,
    iamOnce,
    sts,
    bedrock(r: string): BedrockClient {
      let client = bedrockByRegion.get(r);
      if (client === undefined) {
        client = new BedrockClient(common(r, opts, credentials, opts.endpoints?.bedrock));
        bedrockByRegion.set(r, client);
      }
      return client;
    },
    costExplorer(): CostExplorerClient | null {
      const ceRegion = costExplorerRegionFor(region);
      if (ceRegion === null && opts.endpoints?.ce === undefined) return null;
      ce ??= new CostExplorerClient(common(ceRegion ?? 'us-east-1', opts, credentials, opts.endpoints?.ce));
      return ce;
    },
    destroy(): void {
      ce?.destroy();
      iam.destroy();
      iamOnce.destroy();
      sts.destroy();
      for (const c of bedrockByRegion.values()) c.destroy();
      bedrockByRegion.clear();
    },
  };
}
