/**
 * Short-term Bedrock bearer tokens: pick the signing credentials (an assumed signing-role session
 * naming the person, or the bot's own credentials), work out the real expiry, and let
 * @aws/bedrock-token-generator presign the `bedrock:CallWithBearerToken` request.
 */
import { getToken } from '@aws/bedrock-token-generator';
import { AssumeRoleCommand, type AssumeRoleCommandInput, type STSClient } from '@aws-sdk/client-sts';
import type { AwsFailure, AwsResult, CallerIdentity, IssuedToken, TokenRequest } from '../core/aws-port.js';
import { REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import type { Clock } from '../core/clock.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';
import { classifyAwsError, isDurationRefusal } from './classify-error.js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';

export const MIN_TOKEN_TTL_SECONDS = 900;
export const MAX_TOKEN_TTL_SECONDS = 43200;
/** What a role always allows (and the cap when role chaining). */
export const FALLBACK_ROLE_DURATION_SECONDS = 3600;

export interface BearerTokenDeps {
  sts: STSClient;
  ownCredentials: AwsCredentialIdentityProvider;
  whoAmI: () => Promise<AwsResult<CallerIdentity>>;
  clock: Clock;
  maxAttempts: number;
  logger?: { debug(obj: object, msg?: string): void; warn(obj: object, msg?: string): void } | undefined;
}

const TOKEN_ACTION = 'bedrock:CallWithBearerToken';

function invalid(message: string, resource?: string): AwsFailure {
  const f: AwsFailure = {
    code: 'InvalidInput',
    action: TOKEN_ACTION,
    awsErrorName: 'InvalidInput',
    message,
    ambiguous: false,
  };
  if (resource !== undefined) f.resource = resource;
  return f;
}

interface SigningIdentity {
  credentials: AwsCredentialIdentity;
  signerArn: string;
  fallback: number | null;
}

async function assumeSigningRole(
  req: TokenRequest,
  deps: BearerTokenDeps,
): Promise<AwsResult<SigningIdentity>> {
  const signAs = req.signAs;
  if (signAs === null) throw new Error('assumeSigningRole needs signAs');
  const requested = Math.max(MIN_TOKEN_TTL_SECONDS, req.ttlSeconds);
  const attempt = async (durationSeconds: number): Promise<AwsResult<SigningIdentity>> => {
    const input: AssumeRoleCommandInput = {
      RoleArn: signAs.roleArn,
      RoleSessionName: signAs.roleSessionName,
      SourceIdentity: signAs.sourceIdentity,
      DurationSeconds: durationSeconds,
    };
    if (signAs.externalId !== undefined) input.ExternalId = signAs.externalId;
    try {
      const out = await deps.sts.send(new AssumeRoleCommand(input));
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
        return err({
          code: 'Unknown',
          action: 'sts:AssumeRole',
          awsErrorName: 'MissingCredentials',
          message: 'sts:AssumeRole answered without credentials',
          ambiguous: false,
          resource: signAs.roleArn,
        });
      }
      const credentials: AwsCredentialIdentity = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
      };
      return ok({ credentials, signerArn: out.AssumedRoleUser?.Arn ?? signAs.roleArn, fallback: null });
    } catch (e) {
      return err(
        classifyAwsError(e, {
          action: 'sts:AssumeRole',
          resource: signAs.roleArn,
          maxAttempts: deps.maxAttempts,
        }),
      );
    }
  };
  const first = await attempt(requested);
  if (first.ok || !isDurationRefusal(first.error) || requested <= FALLBACK_ROLE_DURATION_SECONDS)
    return first;
  deps.logger?.warn(
    {
      action: 'sts:AssumeRole',
      roleArn: signAs.roleArn,
      requestedSeconds: requested,
      fallbackSeconds: FALLBACK_ROLE_DURATION_SECONDS,
    },
    'signing role refused the session duration; retrying with one hour',
  );
  const second = await attempt(FALLBACK_ROLE_DURATION_SECONDS);
  return second.ok ? ok({ ...second.value, fallback: FALLBACK_ROLE_DURATION_SECONDS }) : second;
}

async function ownIdentity(deps: BearerTokenDeps): Promise<AwsResult<SigningIdentity>> {
  let credentials: AwsCredentialIdentity;
  try {
    credentials = await deps.ownCredentials();
  } catch (e) {
    const f = classifyAwsError(e, { action: TOKEN_ACTION, maxAttempts: deps.maxAttempts });
    return err(f.code === 'Unknown' ? { ...f, code: 'CredentialsMissing' } : f);
  }
  const me = await deps.whoAmI();
  if (!me.ok) return me;
  return ok({ credentials, signerArn: me.value.arn, fallback: null });
}

export async function issueBearerToken(
  req: TokenRequest,
  deps: BearerTokenDeps,
): Promise<AwsResult<IssuedToken>> {
  if (
    !Number.isInteger(req.ttlSeconds) ||
    req.ttlSeconds < MIN_TOKEN_TTL_SECONDS ||
    req.ttlSeconds > MAX_TOKEN_TTL_SECONDS
  ) {
    return err(
      invalid(
        `Token lifetime must be a whole number of seconds from ${MIN_TOKEN_TTL_SECONDS} to ${MAX_TOKEN_TTL_SECONDS}.`,
      ),
    );
  }
  if (!REGION_CODE_SYNTAX.test(req.region)) {
    return err({
      ...invalid(`"${req.region}" is not an AWS region name.`, req.region),
      code: 'UnknownRegion',
    });
  }
  const identity = req.signAs === null ? await ownIdentity(deps) : await assumeSigningRole(req, deps);
  if (!identity.ok) return identity;
  const { credentials, signerArn, fallback } = identity.value;

  const now = deps.clock.now();
  const requestedExpiry = new Date(now.getTime() + req.ttlSeconds * 1000);
  const credentialsExpiry = credentials.expiration;
  const capped = credentialsExpiry !== undefined && credentialsExpiry.getTime() < requestedExpiry.getTime();
  const expiresAt = capped ? credentialsExpiry : requestedExpiry;
  const expiresInSeconds = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  if (expiresInSeconds < 1) {
    return err({
      code: 'CredentialsExpired',
      action: TOKEN_ACTION,
      awsErrorName: 'ExpiredToken',
      message: 'The signing credentials have already expired.',
      ambiguous: false,
      resource: signerArn,
    });
  }

  let token: string;
  try {
    token = await getToken({
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken !== undefined ? { sessionToken: credentials.sessionToken } : {}),
      },
      region: req.region,
      expiresInSeconds,
    });
  } catch (e) {
    return err(classifyAwsError(e, { action: TOKEN_ACTION, resource: req.region }));
  }
  deps.logger?.debug(
    {
      action: TOKEN_ACTION,
      region: req.region,
      signerArn,
      expiresInSeconds,
      cappedBySigningCredentials: capped,
      roleDurationFallbackSeconds: fallback,
    },
    'issued short-term Bedrock token',
  );
  return ok({
    token: new Secret(token),
    expiresAt: new Date(now.getTime() + expiresInSeconds * 1000),
    region: req.region,
    signerArn,
    cappedBySigningCredentials: capped,
    roleDurationFallbackSeconds: fallback,
  });
}
