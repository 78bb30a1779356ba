/**
 * Scrubs secrets from anything about to be logged: by key name at any depth (including the AWS
 * SDK's PascalCase shapes) and by value pattern inside strings (bearer tokens, Bedrock API keys,
 * Slack tokens, presigned-URL signatures, AWS secret keys and session tokens).
 */
import { CREDENTIAL_PATTERNS } from '../core/secret.js';

export const REDACTED = '[redacted]';

const SECRET_KEY =
  /^(secretaccesskey|sessiontoken|servicecredentialsecret|servicepassword|password|passwd|secret|clientsecret|signingsecret|token|bottoken|apptoken|accesstoken|refreshtoken|bearertoken|authorization|cookie|setcookie|xamzsecuritytoken|xamzsignature|apikey|privatekey|secretkey|credentials)$/;

const SECRET_PATTERNS: RegExp[] = [
  // Short-term Bedrock tokens and long-term Bedrock API keys.
  ...CREDENTIAL_PATTERNS.bedrock,
  // Authorization headers.
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  // Slack tokens.
  /\bxox[abposre]-[A-Za-z0-9-]{6,}/g,
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  // Presigned URL parameters.
  /(X-Amz-(?:Signature|Security-Token|Credential)=)[^&\s"']+/gi,
  // AWS session tokens and other long base64 blobs.
  /[A-Za-z0-9+/]{100,}={0,2}/g,
  CREDENTIAL_PATTERNS.awsSecretAccessKey,
];

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(normaliseKey(key));
}

export function scrubString(value: string): string {
  let out = value;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match, prefix: unknown) =>
      typeof prefix === 'string' && /^X-Amz-/i.test(prefix) ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return out;
}

/** Returns a deep copy with secrets removed. Handles cycles, Errors, Maps, Sets and class instances with toJSON. */
export function redactDeep(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === 'string') return scrubString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 12) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  if (value instanceof Date) return value;
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (value instanceof Error) {
    const out: Record<string, unknown> = { type: value.name, message: scrubString(value.message) };
    seen.add(value);
    if (value.stack !== undefined) out.stack = scrubString(value.stack);
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretKey(k) && v !== null && v !== undefined ? REDACTED : redactDeep(v, seen, depth + 1);
    }
    return out;
  }
  const maybeJson = value as { toJSON?: () => unknown };
  if (typeof maybeJson.toJSON === 'function' && !Array.isArray(value)) {
    return redactDeep(maybeJson.toJSON(), seen, depth + 1);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.add(value);
    for (const item of value) out.push(redactDeep(item, seen, depth + 1));
    return out;
  }
  if (value instanceof Map) return redactDeep(Object.fromEntries(value), seen, depth + 1);
  if (value instanceof Set) return redactDeep([...value], seen, depth + 1);
  const out: Record<string, unknown> = {};
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      isSecretKey(k) && v !== null && v !== undefined && typeof v !== 'boolean' && typeof v !== 'number'
        ? REDACTED
        : redactDeep(v, seen, depth + 1);
  }
  return out;
}
