import type { KeyRef } from '../core/plan.js';
import { code, formatDay, maskKeyId } from './format.js';

/** How a key is named outside the message that delivers it: the API key's alias, or `AKIA…WXYZ`. */
export function keyName(k: KeyRef): string {
  return code(k.kind === 'access-key' ? maskKeyId(k.id) : k.label || k.id);
}

/** `• ABSK… (Bedrock API key, created 2026-01-24)`. */
export function keyLine(k: KeyRef): string {
  const created = Number.isNaN(Date.parse(k.createdAt))
    ? ''
    : `, created ${formatDay(new Date(k.createdAt))}`;
  return `• ${keyName(k)} (${k.kind === 'api-key' ? 'Bedrock API key' : 'access key'}${created})`;
}
