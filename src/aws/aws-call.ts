/**
 * How the adapter makes one SDK call: any throw becomes a classified AwsFailure value
 * (classify-error.ts), logged with non-secret metadata only; IAM's Marker pagination; bounded fan-out.
 */
import type { AwsResult } from '../core/aws-port.js';
import { err, ok } from '../core/result.js';
import { classifyAwsError } from './classify-error.js';

export interface AwsAdapterLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** The most pages any listing follows. */
export const MAX_PAGES = 1000;

export interface AwsCaller {
  /** Runs one SDK call; any throw becomes a classified failure. `attempts`: what the client was allowed. */
  call<T>(
    action: string,
    resource: string | undefined,
    fn: () => Promise<T>,
    attempts?: number,
  ): Promise<AwsResult<T>>;
  voidCall(action: string, resource: string, fn: () => Promise<unknown>): Promise<AwsResult<void>>;
  /** Follows IAM's Marker/IsTruncated pagination. */
  paginate<P extends { Marker?: string | undefined; IsTruncated?: boolean | undefined }, T>(
    action: string,
    resource: string | undefined,
    fetch: (marker: string | undefined) => Promise<P>,
    items: (page: P) => T[] | undefined,
  ): Promise<AwsResult<T[]>>;
}

export function createAwsCaller(maxAttempts: number, logger: AwsAdapterLogger | undefined): AwsCaller {
  async function call<T>(
    action: string,
    resource: string | undefined,
    fn: () => Promise<T>,
    attempts: number = maxAttempts,
  ): Promise<AwsResult<T>> {
    try {
      return ok(await fn());
    } catch (e) {
      const failure = classifyAwsError(e, {
        action,
        maxAttempts: attempts,
        ...(resource !== undefined ? { resource } : {}),
      });
      logger?.debug(
        {
          action: failure.action,
          resource: failure.resource,
          code: failure.code,
          awsErrorName: failure.awsErrorName,
          ambiguous: failure.ambiguous,
          requestId: failure.requestId,
        },
        'AWS call failed',
      );
      return err(failure);
    }
  }

  const voidCall = async (
    action: string,
    resource: string,
    fn: () => Promise<unknown>,
  ): Promise<AwsResult<void>> => {
    const r = await call(action, resource, fn);
    return r.ok ? ok(undefined) : r;
  };

  async function paginate<P extends { Marker?: string | undefined; IsTruncated?: boolean | undefined }, T>(
    action: string,
    resource: string | undefined,
    fetch: (marker: string | undefined) => Promise<P>,
    items: (page: P) => T[] | undefined,
  ): Promise<AwsResult<T[]>> {
    const all: T[] = [];
    let marker: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await call(action, resource, () => fetch(marker));
      if (!r.ok) return r;
      all.push(...(items(r.value) ?? []));
      if (r.value.IsTruncated !== true || r.value.Marker === undefined) return ok(all);
      marker = r.value.Marker;
    }
    return ok(all);
  }

  return { call, voidCall, paginate };
}
