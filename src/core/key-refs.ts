/** Small helpers for talking about keys: references people recognise, and the per-kind limit. */
import type { KeyKind } from './request.js';
import type { AccessKeyInfo, ApiKeyInfo, AwsPort, AwsResult } from './aws-port.js';
import type { KeyRef } from './plan.js';
import { ok } from './result.js';

/** IAM allows two access keys and two service-specific credentials per service per user. */
export const KEYS_PER_KIND = 2;

export function maskAccessKeyId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}

export function accessKeyRef(k: AccessKeyInfo): KeyRef {
  return {
    kind: 'access-key',
    id: k.accessKeyId,
    label: maskAccessKeyId(k.accessKeyId),
    createdAt: k.createdAt.toISOString(),
  };
}

export function apiKeyRef(k: ApiKeyInfo): KeyRef {
  return {
    kind: 'api-key',
    id: k.credentialId,
    label: `${k.alias} (…${k.credentialId.slice(-4)})`,
    createdAt: k.createdAt.toISOString(),
  };
}

export function kindName(kind: KeyKind, plural = false): string {
  if (kind === 'api-key') return plural ? 'Bedrock API keys' : 'Bedrock API key';
  return plural ? 'IAM access keys' : 'IAM access key';
}

export function describeKey(ref: KeyRef): string {
  return `${kindName(ref.kind)} ${ref.label} (created ${ref.createdAt.slice(0, 10)})`;
}

/** Lists a user's keys of one kind as KeyRefs, oldest first. */
export async function listKeyRefs(
  aws: AwsPort,
  userName: string,
  kind: KeyKind,
): Promise<AwsResult<KeyRef[]>> {
  if (kind === 'api-key') {
    const r = await aws.listApiKeys(userName);
    return r.ok ? ok(r.value.map(apiKeyRef).sort(byCreated)) : r;
  }
  const r = await aws.listAccessKeys(userName);
  return r.ok ? ok(r.value.map(accessKeyRef).sort(byCreated)) : r;
}

export function byCreated(a: KeyRef, b: KeyRef): number {
  return a.createdAt.localeCompare(b.createdAt);
}

/** The key kind an ID belongs to: AKIA/ASIA are access keys, ACCA service-specific credentials. */
export function kindOfKeyId(id: string): KeyKind | null {
  if (/^(AKIA|ASIA)/.test(id)) return 'access-key';
  if (/^ACCA/.test(id)) return 'api-key';
  return null;
}
