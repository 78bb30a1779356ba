/**
 * Input checks that run before any AWS call. Each check returns the list of problems it found,
 * in plain words, so one reply can list everything that is wrong at once.
 */
import type { KeyKind } from './request.js';
import type { Tag } from './aws-port.js';
import { findRegion, REGION_CODE_SYNTAX } from './aws-regions.js';
import { durationAdjective, formatDuration, limitDuration } from './durations.js';
import type { Outcome } from './outcome.js';
import type { Requester } from './requester.js';
import { err, ok, type Result } from './result.js';
import type { CoreSettings } from './settings.js';

export type Invalid = Extract<Outcome, { type: 'invalid' }>;

export const USER_NAME_SUFFIX = '-bedrock-user';
export const IAM_USER_NAME_MAX = 64;
export const BUSINESS_UNIT_MAX = IAM_USER_NAME_MAX - USER_NAME_SUFFIX.length;
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
export const TAGS_PER_USER_MAX = 50;
/** IAM's limit for CreateServiceSpecificCredential's CredentialAgeDays. */
export const API_KEY_AGE_DAYS_LIMIT = 36_600;

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const IAM_NAME_CHARS = /^[\w+=,.@-]+$/;
const BUSINESS_UNIT = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

export function userNameFor(businessUnit: string): string {
  return `${businessUnit}${USER_NAME_SUFFIX}`;
}

/** Whether an IAM user name is one of the bot's: `<business unit>-bedrock-user`. */
export function isBedrockUserName(name: string): boolean {
  return name.endsWith(USER_NAME_SUFFIX) && name.length > USER_NAME_SUFFIX.length;
}

/** The business unit a user stands for: its business-unit tag, else its name without the suffix. */
export function businessUnitOf(user: { userName: string; tags: Tag[] }): string {
  const tag = user.tags.find((t) => t.key === 'business-unit')?.value;
  if (tag) return tag;
  return user.userName.endsWith(USER_NAME_SUFFIX)
    ? user.userName.slice(0, -USER_NAME_SUFFIX.length)
    : user.userName;
}

export function isSlackUserId(value: string): boolean {
  return SLACK_USER_ID.test(value);
}

export function isEmail(value: string): boolean {
  return value.length <= TAG_VALUE_MAX && EMAIL.test(value);
}

function formatSigned(seconds: number): string {
  return seconds === 0 ? '0 seconds' : `-${formatDuration(-seconds)}`;
}

export function checkBusinessUnit(businessUnit: string): string[] {
  const problems: string[] = [];
  if (businessUnit.length === 0) return ['The business unit name is empty.'];
  if (!BUSINESS_UNIT.test(businessUnit)) {
    problems.push(
      `"${businessUnit}" is not a usable business unit name: use lowercase letters, digits and hyphens, starting and ending with a letter or digit (e.g. "marketing" or "data-science").`,
    );
  }
  const userName = userNameFor(businessUnit);
  if (businessUnit.length > BUSINESS_UNIT_MAX) {
    problems.push(
      `The business unit name "${businessUnit}" is ${businessUnit.length} characters long; the IAM user name "${userName}" would exceed IAM's ${IAM_USER_NAME_MAX}-character limit, so keep the name to ${BUSINESS_UNIT_MAX} characters or fewer.`,
    );
  } else if (!IAM_NAME_CHARS.test(userName) && problems.length === 0) {
    problems.push(`"${userName}" is not a valid IAM user name (allowed: letters, digits and + = , . @ _ -).`);
  }
  return problems;
}

export function checkTags(tags: readonly Tag[]): string[] {
  const problems: string[] = [];
  if (tags.length > TAGS_PER_USER_MAX)
    problems.push(`There are ${tags.length} tags; IAM allows at most ${TAGS_PER_USER_MAX} per user.`);
  const seen = new Set<string>();
  for (const { key, value } of tags) {
    if (key.length === 0) problems.push('A tag key is empty.');
    if (key.length > TAG_KEY_MAX)
      problems.push(
        `The tag key "${key.slice(0, 40)}…" is ${key.length} characters; the limit is ${TAG_KEY_MAX}.`,
      );
    if (!TAG_CHARS.test(key))
      problems.push(
        `The tag key "${key}" has characters IAM does not accept (allowed: letters, digits, spaces and _ . : / = + - @).`,
      );
    if (key.toLowerCase().startsWith('aws:'))
      problems.push(`The tag key "${key}" starts with "aws:", which is reserved for AWS.`);
    if (value.length > TAG_VALUE_MAX)
      problems.push(
        `The value of tag "${key}" is ${value.length} characters; the limit is ${TAG_VALUE_MAX}.`,
      );
    if (!TAG_CHARS.test(value))
      problems.push(
        `The value of tag "${key}" ("${value}") has characters IAM does not accept (allowed: letters, digits, spaces and _ . : / = + - @).`,
      );
    const lower = key.toLowerCase();
    if (seen.has(lower))
      problems.push(`The tag key "${key}" appears twice (IAM tag keys are case-insensitive).`);
    seen.add(lower);
  }
  return problems;
}

/**
 * The owner must be an email address (it becomes the `owner` tag and is how owners are recognised).
 * A Slack mention is accepted only when it is the requester, whose email the front end supplied.
 */
export function resolveOwner(owner: string | null, requester: Requester): Result<string | null, string[]> {
  if (owner === null) return ok(null);
  if (isSlackUserId(owner)) {
    if (owner === requester.userId && requester.email) return ok(requester.email.toLowerCase());
    return err([
      `I can't turn <@${owner}> into an email address for the owner tag; write the owner's email instead (e.g. "owner: jane@example.com").`,
    ]);
  }
  if (!isEmail(owner))
    return err([
      `"${owner}" is not an email address; the owner must be one (e.g. "owner: jane@example.com").`,
    ]);
  return ok(owner.toLowerCase());
}

export function checkRegion(region: string, settings: Pick<CoreSettings, 'allowedRegions'>): string[] {
  const known = findRegion(region);
  if (known === undefined) {
    return [
      `"${region}" is not an AWS Region (expected a Region code such as us-east-1, eu-west-1 or ap-northeast-1).`,
    ];
  }
  if (known.partition !== 'aws') {
    return [
      `${region} (${known.description}) is outside the commercial AWS partition; GovCloud, China and sovereign-cloud Regions are not supported.`,
    ];
  }
  if (settings.allowedRegions.length > 0 && !settings.allowedRegions.includes(region)) {
    return [
      `${region} is not one of the regions this workspace allows (${settings.allowedRegions.join(', ')}).`,
    ];
  }
  return [];
}

export function checkTtl(
  ttlSeconds: number,
  settings: Pick<CoreSettings, 'tokenMinTtlSeconds' | 'tokenMaxTtlSeconds'>,
): string[] {
  const max = settings.tokenMaxTtlSeconds;
  const min = settings.tokenMinTtlSeconds;
  if (!Number.isFinite(ttlSeconds) || !Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    return [
      `A token lifetime must be positive (got ${Number.isFinite(ttlSeconds) && ttlSeconds <= 0 ? formatSigned(ttlSeconds) : String(ttlSeconds)}); ask for ${formatDuration(min)} to ${formatDuration(max)}.`,
    ];
  }
  if (ttlSeconds > max) {
    return [
      `${formatDuration(ttlSeconds)} is longer than the ${durationAdjective(max)} maximum for short-term tokens; ask for ${limitDuration(max)} or less, or a long-term key for a system.`,
    ];
  }
  if (ttlSeconds < min) {
    return [
      `${formatDuration(ttlSeconds)} is shorter than the ${durationAdjective(min)} minimum for short-term tokens; ask for ${limitDuration(min)} or more.`,
    ];
  }
  return [];
}

/** `days` null means "never expires". */
export function checkExpiryDays(
  days: number | null,
  settings: Pick<CoreSettings, 'apiKeyMaxDays' | 'allowNonExpiringApiKeys'>,
): string[] {
  if (days === null) {
    return settings.allowNonExpiringApiKeys
      ? []
      : [`Long-term API keys must expire here; ask for ${settings.apiKeyMaxDays} days or less.`];
  }
  if (!Number.isInteger(days) || days < 1)
    return [`A key's lifetime must be a whole number of days, at least 1 (got ${String(days)}).`];
  const max = Math.min(settings.apiKeyMaxDays, API_KEY_AGE_DAYS_LIMIT);
  if (days > max)
    return [
      `${days} days is longer than the ${max}-day maximum for long-term API keys; ask for ${max} days or less.${
        max < 30 && days >= 30
          ? " (Keys of 30 days or more are refused by AWS's sample policy for Bedrock API keys, which many organisations apply; rotate instead.)"
          : ''
      }`,
    ];
  return [];
}

export function invalid(problems: string[], hint?: string): Invalid {
  return hint === undefined ? { type: 'invalid', problems } : { type: 'invalid', problems, hint };
}

// ------------------------------------------------------------------ whole requests

export interface TokenInput {
  region: string;
  ttlSeconds: number;
}

export function validateTokenRequest(
  parse: { ttlSeconds: number | null; region: string | null },
  settings: CoreSettings,
): Result<TokenInput, Invalid> {
  const region = parse.region ?? settings.defaultRegion;
  const ttlSeconds = parse.ttlSeconds ?? settings.tokenDefaultTtlSeconds;
  const problems = [...checkTtl(ttlSeconds, settings), ...checkRegion(region, settings)];
  if (problems.length > 0) {
    return err(
      invalid(problems, `Example: "token for 4 hours in ${settings.defaultRegion}". Nothing was created.`),
    );
  }
  return ok({ region, ttlSeconds });
}

export interface KeyRequestInput {
  businessUnit: string;
  userName: string;
  owner: string | null;
  region: string;
  keyKind: KeyKind;
  /** API keys only: lifetime in days, null = never (only when allowed). Null for access keys. */
  ageDays: number | null;
}

export function validateKeyRequest(
  parse: {
    businessUnit: string | null;
    owner: string | null;
    region: string | null;
    keyKind: KeyKind | null;
    expiryDays: number | null;
  },
  settings: CoreSettings,
  requester: Requester,
): Result<KeyRequestInput, Invalid> {
  const problems: string[] = [];
  const businessUnit = parse.businessUnit ?? '';
  if (parse.businessUnit === null)
    problems.push('Say which business unit the key is for (e.g. "create key for marketing").');
  else problems.push(...checkBusinessUnit(businessUnit));
  const owner = resolveOwner(parse.owner, requester);
  if (!owner.ok) problems.push(...owner.error);
  const region = parse.region ?? settings.defaultRegion;
  problems.push(...checkRegion(region, settings));
  const keyKind: KeyKind = parse.keyKind ?? 'api-key';
  let ageDays: number | null = null;
  if (keyKind === 'api-key') {
    ageDays = parse.expiryDays ?? settings.apiKeyDefaultDays;
    problems.push(...checkExpiryDays(ageDays, settings));
  } else if (parse.expiryDays !== null) {
    problems.push(
      `IAM access keys cannot be given an expiry (${parse.expiryDays} days was asked for); ask for a Bedrock API key, which expires, or rotate the access key yourself.`,
    );
  }
  if (problems.length > 0) {
    return err(
      invalid(
        problems,
        'Example: "create key for marketing, owner: jane@example.com, expires in 30 days". Nothing was created.',
      ),
    );
  }
  return ok({
    businessUnit,
    userName: userNameFor(businessUnit),
    owner: owner.ok ? owner.value : null,
    region,
    keyKind,
    ageDays,
  });
}

/**
 * Every value the text states, checked before anything else happens (and before any AWS call),
 * whatever the intent: a stated Region must exist (and be allowed), a stated token lifetime must be
 * positive and within the limits (never clamped), a stated owner must be an email address, a
 * stated key lifetime must be within the limits. Slots the text does not state are not checked here
 * (defaults come from the validated settings). Returns an `invalid` outcome listing every problem.
 */
export function validateStatedSlots(
  parse: {
    intent: string;
    businessUnit: string | null;
    region: string | null;
    ttlSeconds: number | null;
    owner: string | null;
    expiryDays: number | null;
    keyKind: KeyKind | null;
  },
  settings: CoreSettings,
  requester: Requester,
): Invalid | null {
  if (parse.intent === 'help' || parse.intent === 'unknown') return null;
  const problems: string[] = [];
  if (parse.region !== null) problems.push(...checkRegion(parse.region, settings));
  else if (
    (parse.intent === 'token' || parse.intent === 'models') &&
    parse.businessUnit !== null &&
    REGION_CODE_SYNTAX.test(parse.businessUnit)
  ) {
    // Tokens and models have no business unit: a Region-shaped word the parser did not take for a
    // Region ("token 2h in mars-west-1") is a Region that does not exist, not something to ignore.
    problems.push(...checkRegion(parse.businessUnit, settings));
  }
  if (parse.ttlSeconds !== null) problems.push(...checkTtl(parse.ttlSeconds, settings));
  // A list by owner may name anyone (a mention is looked up, "me" is the person asking): the list
  // resolves its owner itself (core/list-owner.ts).
  if (parse.owner !== null && parse.intent !== 'list') {
    const owner = resolveOwner(parse.owner, requester);
    if (!owner.ok) problems.push(...owner.error);
  }
  if (parse.expiryDays !== null && parse.keyKind !== 'access-key')
    problems.push(...checkExpiryDays(parse.expiryDays, settings));
  if (problems.length === 0) return null;
  return invalid(problems, 'Nothing was done: fix the request and ask again.');
}
