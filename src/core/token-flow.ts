/**
 * Short-term Bedrock bearer tokens for people: validate, sign (optionally as a dedicated role,
 * with the Slack user in the session name and source identity for CloudTrail), and list the
 * region's models for the snippets. Never stores the token.
 */
import type { AwsPort, TokenRequest } from './aws-port.js';
import type { Result } from './result.js';
import { err, ok } from './result.js';
import { explainFailure } from './explain-error.js';
import { emptyCatalog, loadModelCatalog } from './model-catalog.js';
import type { Outcome } from './outcome.js';
import type { ParseResult } from './request.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';
import { formatDuration } from './durations.js';
import { validateTokenRequest, type Invalid } from './validation.js';

const SESSION_CHARS = /[^\w+=,.@-]/g;
const MAX_SESSION = 64;

/** RoleSessionName for a person: "bedrock-bot-U024BE7LH" (≤64 chars of [\w+=,.@-]). */
export function roleSessionNameFor(requester: Pick<Requester, 'userId'>): string {
  const id = requester.userId.replace(SESSION_CHARS, '-') || 'unknown';
  return `bedrock-bot-${id}`.slice(0, MAX_SESSION);
}

/**
 * SourceIdentity for a person: their email when it fits the rules (≤64 chars, [\w+=,.@-], not
 * starting with "aws:"), else "slack-<user id>". It stays on every call made with the role session.
 */
export function sourceIdentityFor(requester: Pick<Requester, 'userId' | 'email'>): string {
  const email = requester.email?.trim().toLowerCase() ?? '';
  if (email && email.length <= MAX_SESSION && !/[^\w+=,.@-]/.test(email) && !email.startsWith('aws:'))
    return email;
  const fallback = `slack-${requester.userId.replace(SESSION_CHARS, '-')}`.slice(0, MAX_SESSION);
  return fallback.length >= 2 ? fallback : 'slack-unknown';
}

export interface TokenFlowResult {
  outcome: Outcome;
  /** For the ledger's token_issued event: never the token. */
  eventDetail: string | null;
}

/** What signing a token for this person would send: the region, lifetime and signing role session. */
export function tokenRequestFor(
  region: string,
  ttlSeconds: number,
  requester: Requester,
  settings: CoreSettings,
): TokenRequest {
  return {
    region,
    ttlSeconds,
    signAs: settings.tokenSigningRoleArn
      ? {
          roleArn: settings.tokenSigningRoleArn,
          roleSessionName: roleSessionNameFor(requester),
          sourceIdentity: sourceIdentityFor(requester),
          ...(settings.tokenSigningExternalId ? { externalId: settings.tokenSigningExternalId } : {}),
        }
      : null,
  };
}

/** A token request checked and described, without signing anything (dry runs). */
export interface TokenPlan {
  title: string;
  region: string;
  ttlSeconds: number;
  /** The latest expiry the token could have (the signing credentials may cap it earlier). */
  expiresAt: Date;
  signAs: TokenRequest['signAs'];
  steps: { description: string; actions: string[] }[];
}

export function planToken(
  parse: Pick<ParseResult, 'ttlSeconds' | 'region'>,
  requester: Requester,
  settings: CoreSettings,
  now: Date,
): Result<TokenPlan, Invalid> {
  const valid = validateTokenRequest(parse, settings);
  if (!valid.ok) return err(valid.error);
  const { region, ttlSeconds } = valid.value;
  const request = tokenRequestFor(region, ttlSeconds, requester, settings);
  const steps: TokenPlan['steps'] = [];
  if (request.signAs !== null) {
    steps.push({
      description: `Assume the signing role ${request.signAs.roleArn} as session ${request.signAs.roleSessionName} (source identity ${request.signAs.sourceIdentity})`,
      actions: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
    });
  }
  steps.push({
    description: `Sign a short-term Bedrock bearer token for ${region} with ${request.signAs === null ? "the bot's own credentials" : 'that role session'}, valid for ${formatDuration(ttlSeconds)}`,
    actions: ['bedrock:CallWithBearerToken'],
  });
  return ok({
    title: `Sign a short-term Bedrock token for ${region}`,
    region,
    ttlSeconds,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
    signAs: request.signAs,
    steps,
  });
}

export async function issueToken(
  parse: Pick<ParseResult, 'ttlSeconds' | 'region'>,
  requester: Requester,
  deps: { aws: AwsPort; settings: CoreSettings; reference: () => string },
): Promise<TokenFlowResult> {
  const { aws, settings } = deps;
  const valid = validateTokenRequest(parse, settings);
  if (!valid.ok) return { outcome: valid.error, eventDetail: null };
  const { region, ttlSeconds } = valid.value;

  const request = tokenRequestFor(region, ttlSeconds, requester, settings);
  const issued = await aws.issueBearerToken(request);
  if (!issued.ok) {
    return {
      outcome: {
        type: 'failure',
        failure: explainFailure(issued.error, {
          doing: 'sign a short-term Bedrock token',
          region,
          roleArn: settings.tokenSigningRoleArn,
        }),
        reference: deps.reference(),
      },
      eventDetail: null,
    };
  }
  // The models are only for the snippets: failing to list them must not cost the person their token.
  const catalog = await loadModelCatalog(aws, region, { defaultModel: settings.defaultModel });
  const token = issued.value;
  const detail =
    `region ${token.region}, expires ${token.expiresAt.toISOString()}, signed by ${token.signerArn}` +
    (token.cappedBySigningCredentials ? ' (capped by the signing credentials)' : '');
  return {
    outcome: {
      type: 'token',
      token,
      requestedTtlSeconds: ttlSeconds,
      catalog: catalog.ok ? catalog.value : emptyCatalog(region),
      signedWithRole: request.signAs !== null,
    },
    eventDetail: detail,
  };
}
