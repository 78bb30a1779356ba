/**
 * The request form's meaning, independent of Slack: which fields it has, what it offers (the
 * existing business units, the allowed Regions from aws-regions.ts), and how a submission becomes
 * the same structured request the parser would produce, or a problem per field shown inline.
 */
import { AWS_REGIONS } from './aws-regions.js';
import type { AwsPort } from './aws-port.js';
import { emptyParse, type ParseResult } from './request.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf, checkBusinessUnit, checkExpiryDays, checkRegion, checkTtl } from './validation.js';

/** The form's fields; each is one input block whose block_id is the field's name. */
export const FORM_FIELDS = ['kind', 'unit', 'new_unit', 'lifetime', 'region', 'key_kind', 'reason'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

/** What the form offers to pick from. */
export interface FormChoices {
  units: string[];
  regions: Array<{ code: string; label: string }>;
  defaultRegion: string;
  tokenDefaultHours: number;
  keyDefaultDays: number;
}

/** The shortest justification accepted where one is required. */
export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 500;

export async function formChoices(aws: AwsPort, settings: CoreSettings): Promise<FormChoices> {
  const users = await aws.listBedrockUsers();
  const units = users.ok ? [...new Set(users.value.map(businessUnitOf))].sort() : [];
  const regions = AWS_REGIONS.filter(
    (r) =>
      r.partition === 'aws' &&
      (settings.allowedRegions.length === 0 || settings.allowedRegions.includes(r.code)),
  ).map((r) => ({ code: r.code, label: `${r.code} · ${r.description}` }));
  return {
    units,
    regions,
    defaultRegion: settings.defaultRegion,
    tokenDefaultHours: Math.round(settings.tokenDefaultTtlSeconds / 3600),
    keyDefaultDays: settings.apiKeyDefaultDays,
  };
}

const TOKEN_LIFETIME = /^(\d{1,5})\s*(m|min|mins|minutes?|h|hrs?|hours?)?$/i;
const KEY_LIFETIME = /^(\d{1,5})\s*(d|days?)?$/i;

function tokenSeconds(text: string): number | null {
  const m = TOKEN_LIFETIME.exec(text.trim());
  if (m === null) return null;
  const n = Number(m[1]);
  return (m[2] ?? 'h').toLowerCase().startsWith('m') ? n * 60 : n * 3600;
}

export type FormResult =
  | { ok: true; request: ParseResult; reason: string | undefined }
  | { ok: false; errors: FormErrors };

/** Turns a submission into a request, or says what is wrong with each field. */
export function requestFromForm(values: FormValues, settings: CoreSettings): FormResult {
  const errors: FormErrors = {};
  const text = (f: FormField): string => (values[f] ?? '').trim();
  const kind = text('kind') === 'key' ? 'key' : 'token';
  const reason = text('reason');
  const region = text('region') || settings.defaultRegion;
  const regionProblem = checkRegion(region, settings)[0];
  if (regionProblem !== undefined) errors.region = regionProblem;
  if (reason.length > MAX_REASON_LENGTH)
    errors.reason = `Keep the reason under ${MAX_REASON_LENGTH} characters.`;
  const lifetime = text('lifetime');

  if (kind === 'token') {
    const ttl = lifetime === '' ? null : tokenSeconds(lifetime);
    if (lifetime !== '' && ttl === null) errors.lifetime = 'Give a token lifetime such as 30m, 2h or 12h.';
    const ttlProblem = ttl === null ? undefined : checkTtl(ttl, settings)[0];
    if (ttlProblem !== undefined) errors.lifetime = ttlProblem;
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return {
      ok: true,
      request: emptyParse({
        intent: 'token',
        ttlSeconds: ttl,
        region,
        confidence: 1,
        reason: 'request form',
      }),
      reason: reason === '' ? undefined : reason,
    };
  }

  const unit = (text('new_unit') || text('unit')).toLowerCase();
  if (unit === '') errors.unit = 'Pick a business unit, or name a new one below.';
  else {
    const problem = checkBusinessUnit(unit)[0];
    if (problem !== undefined) errors[text('new_unit') !== '' ? 'new_unit' : 'unit'] = problem;
  }
  const dayMatch = lifetime === '' ? null : KEY_LIFETIME.exec(lifetime);
  if (lifetime !== '' && dayMatch === null)
    errors.lifetime = 'Give a key lifetime in days, such as 30 or 90d.';
  const days = dayMatch === null ? null : Number(dayMatch[1]);
  const keyKind = text('key_kind') === 'access-key' ? 'access-key' : 'api-key';
  if (days !== null && keyKind === 'api-key') {
    const problem = checkExpiryDays(days, settings)[0];
    if (problem !== undefined) errors.lifetime = problem;
  }
  if (reason.length < MIN_REASON_LENGTH)
    errors.reason = `Long-term keys need a reason the approvers can judge (at least ${MIN_REASON_LENGTH} characters).`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: emptyParse({
      intent: 'create_key',
      businessUnit: unit,
      region,
      keyKind,
      expiryDays: days,
      longTerm: true,
      confidence: 1,
      reason: 'request form',
    }),
    reason,
  };
}
