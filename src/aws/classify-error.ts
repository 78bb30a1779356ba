/**
 * Turns anything the AWS SDK (or the network, or a credential provider) throws into an
 * `AwsFailure` value the core can explain. Never throws; never lets a secret through.
 */
import type { AwsFailure, AwsFailureCode } from '../core/aws-port.js';
import { scrubString } from '../log/redact.js';

export interface ClassifyContext {
  /** The IAM action that was attempted, e.g. "iam:CreateUser". */
  action: string;
  /** The user name, key ID or region the call was about. */
  resource?: string;
  /** The client's maxAttempts, to tell "retries exhausted" apart from a first failure. */
  maxAttempts?: number;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  errno?: unknown;
  hostname?: unknown;
  $fault?: unknown;
  RequestId?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown; attempts?: unknown };
  $response?: { statusCode?: unknown };
  cause?: unknown;
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'Forbidden',
]);
const CREDENTIALS_EXPIRED = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'IncompleteSignature',
  'InvalidSignatureException',
  'TokenRefreshRequired',
]);
const CREDENTIALS_MISSING = new Set(['CredentialsProviderError', 'TokenProviderError']);
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
]);
const INVALID_INPUT = new Set([
  'ValidationError',
  'InvalidInput',
  'InvalidInputException',
  'MalformedPolicyDocument',
  'MalformedPolicyDocumentException',
  'InvalidParameterValue',
  'InvalidParameterCombination',
  'MissingParameter',
  'ValidationException',
  'PackedPolicyTooLarge',
  'InvalidIdentityToken',
]);
const SIMPLE: Record<string, AwsFailureCode> = {
  NoSuchEntity: 'NoSuchEntity',
  NoSuchEntityException: 'NoSuchEntity',
  EntityAlreadyExists: 'EntityAlreadyExists',
  EntityAlreadyExistsException: 'EntityAlreadyExists',
  LimitExceeded: 'LimitExceeded',
  LimitExceededException: 'LimitExceeded',
  ServiceQuotaExceededException: 'LimitExceeded',
  DeleteConflict: 'DeleteConflict',
  DeleteConflictException: 'DeleteConflict',
  ConcurrentModification: 'EntityTemporarilyUnmodifiable',
  ConcurrentModificationException: 'EntityTemporarilyUnmodifiable',
  EntityTemporarilyUnmodifiable: 'EntityTemporarilyUnmodifiable',
  EntityTemporarilyUnmodifiableException: 'EntityTemporarilyUnmodifiable',
  RegionDisabledException: 'UnknownRegion',
  ServiceUnavailable: 'ServiceFailure',
  ServiceUnavailableException: 'ServiceFailure',
  ServiceFailure: 'ServiceFailure',
  ServiceFailureException: 'ServiceFailure',
  InternalFailure: 'ServiceFailure',
  InternalServerException: 'ServiceFailure',
  InternalError: 'ServiceFailure',
};

const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);
const TIMEOUT_ERRNOS = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED']);
const DROPPED_ERRNOS = new Set(['ECONNRESET', 'EPIPE', 'EPROTO']);
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The error and its causes, outermost first (bounded). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let cur: unknown = error;
  while (cur !== null && typeof cur === 'object' && out.length < 5) {
    out.push(cur as ErrorLike);
    cur = (cur as ErrorLike).cause;
  }
  return out;
}

/** "User: arn:... is not authorized to perform: iam:CreateUser on resource: arn:..." */
export function parseAccessDenied(message: string): {
  principalArn?: string;
  action?: string;
  resource?: string;
} {
  const out: { principalArn?: string; action?: string; resource?: string } = {};
  const principal = /User:\s*(arn:[^\s]+)\s+is not authorized/i.exec(message);
  if (principal?.[1]) out.principalArn = principal[1];
  const action = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)/i.exec(message);
  if (action?.[1]) out.action = action[1];
  const resource = /on resource:?\s*((?:arn:|\*)[^\s,]*)/i.exec(message);
  if (resource?.[1]) out.resource = resource[1].replace(/[.;]$/, '');
  return out;
}

export function classifyAwsError(error: unknown, ctx: ClassifyContext): AwsFailure {
  const links = chain(error);
  const top: ErrorLike = links[0] ?? {};
  const rawName =
    str(top.name) ?? str(top.Code) ?? (typeof error === 'string' ? 'Error' : undefined) ?? 'Error';
  const awsErrorName = rawName === 'Error' && str(top.Code) ? (str(top.Code) as string) : rawName;
  const rawMessage =
    str(top.message) ?? (typeof error === 'string' ? error : undefined) ?? String(awsErrorName);
  const message = scrubString(rawMessage).slice(0, 1000);
  const status =
    typeof top.$metadata?.httpStatusCode === 'number'
      ? top.$metadata.httpStatusCode
      : typeof top.$response?.statusCode === 'number'
        ? top.$response.statusCode
        : undefined;
  const attempts = typeof top.$metadata?.attempts === 'number' ? top.$metadata.attempts : undefined;
  const requestId = str(top.$metadata?.requestId) ?? str(top.RequestId);
  const names = new Set(
    links.flatMap((l) => [str(l.name), str(l.Code), str(l.code)].filter((n): n is string => n !== undefined)),
  );
  const allText = links.map((l) => str(l.message) ?? '').join(' | ');
  const isBedrock = ctx.action.startsWith('bedrock:');
  const isCostExplorer = ctx.action.startsWith('ce:');

  const failure = (code: AwsFailureCode, ambiguous = false, extra: Partial<AwsFailure> = {}): AwsFailure => {
    const f: AwsFailure = { code, action: ctx.action, awsErrorName, message, ambiguous };
    if (ctx.resource !== undefined) f.resource = ctx.resource;
    if (requestId !== undefined) f.requestId = requestId;
    return { ...f, ...extra };
  };
  const has = (set: Set<string>): boolean => [...names].some((n) => set.has(n));

  // Credentials first: a provider error says nothing about AWS itself.
  if (
    has(CREDENTIALS_MISSING) ||
    /could not load credentials|unable to locate credentials|no credentials/i.test(allText)
  ) {
    return failure('CredentialsMissing');
  }
  if (isCostExplorer) {
    const ce = classifyCostExplorer(names, allText);
    if (ce !== null) return failure(ce);
  }
  if (
    has(ACCESS_DENIED) ||
    (status === 403 && !has(CREDENTIALS_EXPIRED) && /not authorized|access denied/i.test(allText))
  ) {
    const parsed = parseAccessDenied(rawMessage);
    const extra: Partial<AwsFailure> = {};
    if (parsed.principalArn) extra.principalArn = parsed.principalArn;
    if (parsed.action) extra.action = parsed.action;
    if (parsed.resource && ctx.resource === undefined) extra.resource = parsed.resource;
    if (isBedrock && /access to the model/i.test(rawMessage))
      return failure('ModelNotAvailable', false, extra);
    return failure('AccessDenied', false, extra);
  }
  if (has(CREDENTIALS_EXPIRED)) return failure('CredentialsExpired');
  if (has(THROTTLING)) return failure('Throttling');
  for (const n of names) {
    const code = SIMPLE[n];
    if (code !== undefined) return failure(code, code === 'ServiceFailure');
  }
  if (
    isBedrock &&
    (names.has('ResourceNotFoundException') ||
      (names.has('ValidationException') && /model/i.test(rawMessage)))
  ) {
    return failure('ModelNotAvailable');
  }
  if (names.has('ResourceNotFoundException')) return failure('NoSuchEntity');
  if (has(INVALID_INPUT)) return failure('InvalidInput');

  // Region and endpoint problems (raised before or instead of an HTTP answer).
  if (/region is missing|invalid region|unknown region|region.*not (?:supported|valid)/i.test(allText)) {
    return failure('UnknownRegion');
  }
  const errnos = new Set(
    links.flatMap((l) => [str(l.code), str(l.errno)].filter((n): n is string => n !== undefined)),
  );
  const hasErrno = (set: Set<string>): boolean =>
    [...errnos].some((n) => set.has(n)) || [...set].some((n) => allText.includes(n));
  if (has(TIMEOUT_NAMES) || hasErrno(TIMEOUT_ERRNOS) || /timed? ?out/i.test(allText))
    return failure('Timeout', true);
  if (hasErrno(DROPPED_ERRNOS) || /socket hang up/i.test(allText))
    return failure('EndpointUnreachable', true);
  if (hasErrno(UNREACHABLE_ERRNOS) || /getaddrinfo/i.test(allText)) {
    const host =
      links.map((l) => str(l.hostname)).find((h) => h !== undefined) ??
      /getaddrinfo \S+ (\S+)/.exec(allText)?.[1] ??
      '';
    // A DNS failure for an AWS hostname almost always means a region that does not exist (or lacks the service).
    if ((errnos.has('ENOTFOUND') || /ENOTFOUND/.test(allText)) && /amazonaws\.com(\.cn)?$/.test(host))
      return failure('UnknownRegion');
    return failure('EndpointUnreachable');
  }
  if (status !== undefined && status >= 500) return failure('ServiceFailure', true);
  if (top.$fault === 'server') return failure('ServiceFailure', true);
  if (status === 429) return failure('Throttling');
  if (
    attempts !== undefined &&
    ctx.maxAttempts !== undefined &&
    attempts >= ctx.maxAttempts &&
    status === undefined
  ) {
    // Retried to exhaustion without ever getting an answer: the call may have landed.
    return failure('Unknown', true);
  }
  return failure('Unknown');
}

/**
 * Cost Explorer's own errors: "User not enabled for cost explorer access" (Cost Explorer was never
 * enabled for the account) and "Linked account doesn't have access to cost explorer" (the management
 * account keeps it from member accounts) come as AccessDeniedException; its LimitExceededException
 * is a request rate, not a quota; DataUnavailableException and BillExpirationException mean no data.
 */
function classifyCostExplorer(names: Set<string>, text: string): AwsFailureCode | null {
  if (/not enabled for cost explorer|(?:doesn't|does not) have access to cost explorer/i.test(text))
    return 'CostExplorerNotEnabled';
  if (names.has('DataUnavailableException') || names.has('BillExpirationException')) return 'DataUnavailable';
  if (names.has('LimitExceededException') || names.has('RequestChangedException')) return 'Throttling';
  return null;
}

/** Whether a ValidationError from sts:AssumeRole is about the session duration (MaxSessionDuration, role chaining). */
export function isDurationRefusal(failure: AwsFailure): boolean {
  return (
    failure.code === 'InvalidInput' &&
    /DurationSeconds|MaxSessionDuration|session duration|role chaining/i.test(failure.message)
  );
}
