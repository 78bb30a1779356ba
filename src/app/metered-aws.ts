/**
 * An AwsPort that counts what passes through it for /metrics: failures by operation and code,
 * credentials issued by kind. It changes nothing else and never looks inside a secret.
 */
import type { AwsPort } from '../core/aws-port.js';
import type { BotMetrics } from './metrics.js';

const ISSUES: Partial<Record<keyof AwsPort, 'bearer_token' | 'api_key' | 'access_key'>> = {
  issueBearerToken: 'bearer_token',
  createApiKey: 'api_key',
  createAccessKey: 'access_key',
};

function isFailure(value: unknown): value is { ok: false; error: { code: string } } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    typeof (value as { error?: { code?: unknown } }).error?.code === 'string'
  );
}

export function meterAwsPort(aws: AwsPort, metrics: BotMetrics): AwsPort {
  return new Proxy(aws, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      const operation = property;
      return async (...args: unknown[]) => {
        const result = (await (member as (...a: unknown[]) => Promise<unknown>).apply(
          target,
          args,
        )) as unknown;
        if (isFailure(result)) metrics.awsError(operation, result.error.code);
        else if ((result as { ok?: unknown } | null)?.ok === true) {
          const kind = ISSUES[operation as keyof AwsPort];
          if (kind !== undefined) metrics.credentialIssued(kind);
        }
        return result;
      };
    },
  });
}
