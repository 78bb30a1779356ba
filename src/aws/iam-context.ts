/**
 * What every IAM part of the adapter shares: the client, the call wrapper, the clock, and the pure
 * mapping of the SDK's IAM shapes onto the port's.
 */
import type { IAMClient, Tag as SdkTag, User as SdkUser } from '@aws-sdk/client-iam';
import type { IamUser, Tag } from '../core/aws-port.js';
import type { Clock } from '../core/clock.js';
import type { AwsAdapterLogger, AwsCaller } from './aws-call.js';

export interface IamContext {
  iam: IAMClient;
  /** The same endpoint without SDK retries, for calls that are not idempotent (see iam-part.ts). */
  iamOnce: IAMClient;
  caller: AwsCaller;
  clock: Clock;
  /** How many per-item calls (ListUserTags, GetAccessKeyLastUsed) run at once. */
  concurrency: number;
  logger: AwsAdapterLogger | undefined;
}

export function toTags(tags: SdkTag[] | undefined): Tag[] {
  return (tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
}

export function toSdkTags(tags: Tag[]): SdkTag[] {
  return tags.map((t) => ({ Key: t.key, Value: t.value }));
}

export function toUser(u: SdkUser, tags?: Tag[]): IamUser {
  return {
    userName: u.UserName ?? '',
    userId: u.UserId ?? '',
    arn: u.Arn ?? '',
    path: u.Path ?? '/',
    createdAt: u.CreateDate ?? new Date(0),
    tags: tags ?? toTags(u.Tags),
  };
}

export function toStatus(s: string | undefined): 'Active' | 'Inactive' | 'Expired' {
  return s === 'Inactive' || s === 'Expired' ? s : 'Active';
}
