/**
 * What `bedrock-bot run --json` prints, built from the engine's structured outcomes (never from
 * rendered text). The shape is documented, field by field, in docs/run-output.schema.json, and a
 * test validates the output of every intent against that file. Stable: fields are added, never
 * renamed. Dates are ISO 8601 strings in UTC.
 */
import type { AccessKeyInfo, ApiKeyInfo, ModelAvailability } from '../core/aws-port.js';
import { availabilityVerdict } from '../core/model-access-advice.js';
import type { InvocableModel, ModelCatalog } from '../core/model-catalog.js';
import type { Outcome } from '../core/outcome.js';
import type { KeyRef, Plan } from '../core/plan.js';
import type { TokenPlan } from '../core/token-flow.js';

export const RUN_JSON_SCHEMA_ID = 'https://github.com/bedrock-bot/bedrock-bot/docs/run-output.schema.json';

export interface RunJson {
  ok: boolean;
  exitCode: number;
  /** The outcome type of the final answer (`token`, `key-created`, `plan`, `failure`, `refused`…), `reply` when the engine gave none, `error` when the bot crashed. */
  outcome: string;
  /** True when nothing was (or could be) changed: `--dry-run`. */
  dryRun: boolean;
  requestId?: string;
  /** The answer as readable text; never contains a secret. */
  message: string;
  /** Why nothing was done, and what to do (confirmation required, dry run, no credentials). */
  next?: string;
  /** For failures: the explained error. */
  error?: {
    title: string;
    detail: string;
    fix: string[];
    awsAction?: string;
    awsErrorName?: string;
    retryable: boolean;
    reference?: string;
  };
  /** `invalid`: every problem found in the request. */
  problems?: string[];
  /** `refused`: why. */
  reason?: string;
  hint?: string;
  /** `question`: what the bot asks, and the precise requests to re-run instead. */
  question?: string;
  choices?: { label: string; request: string }[];
  /** What a change will do (or would do, in a dry run): steps with the exact AWS actions. */
  plan?: PlanJson;
  /** `business-units` (list). */
  region?: string;
  units?: UnitJson[];
  /**
   * `business-units` asked for one owner's units: the email compared with the owner tags (ignoring
   * case), how many units were checked, and whether more remain unchecked (ask again with "More").
   */
  filter?: { owner: string; checked: number; complete: boolean };
  /** `details`. */
  unit?: DetailsJson;
  /** `models`. */
  provider?: string | null;
  models?: ModelJson[];
  /** `history`: newest first; `truncated` when older events exist. */
  businessUnit?: string | null;
  events?: EventJson[];
  truncated?: boolean;
  /** `key-created`: everything about the new key except the secret (that is in `credential`). */
  key?: KeyJson;
  /** `token`: everything about the token except the token itself (that is in `credential`). */
  token?: { expiresAt: string; region: string; signerArn: string; signedWithRole: boolean };
  /** `keys-deleted` / `reconciled`. */
  deleted?: KeyRefJson[];
  /** `deprovisioned`. */
  removed?: string[];
  /** `spend`: a unit's Bedrock cost in a period, from Cost Explorer. */
  spend?: SpendJson;
  /** `spend-overview`: every unit's Bedrock cost in a period (admins), from one grouped question. */
  spendOverview?: SpendOverviewJson;
  /** The credential this request issued, secret included. */
  credential?: CredentialJson;
}

export type CredentialJson =
  | { kind: 'bearer-token'; token: string; expiresAt: string; region: string; signerArn: string }
  | {
      kind: 'access-key';
      userName: string;
      accessKeyId: string;
      secretAccessKey: string;
      createdAt: string;
      region: string;
    }
  | {
      kind: 'api-key';
      userName: string;
      credentialId: string;
      alias: string;
      apiKey: string;
      createdAt: string;
      expiresAt: string | null;
      region: string;
    };

export interface PlanStepJson {
  kind: string;
  target: string;
  description: string;
  actions: string[];
  destructive: boolean;
  alreadyDone: boolean;
}

export interface PlanJson {
  kind: 'create_key' | 'rotate' | 'revoke' | 'deprovision' | 'change_owner' | 'token';
  /** confirm: needs --yes; approval-requested: went to the admins; dry-run: only shown. */
  mode: 'confirm' | 'approval-requested' | 'dry-run';
  title: string;
  businessUnit: string | null;
  userName: string | null;
  destructive: boolean;
  warnings: string[];
  steps: PlanStepJson[];
  params: Record<string, unknown>;
  /** When the confirmation (or approval) lapses; for a token plan, the latest expiry of the token. */
  expiresAt: string | null;
}

export interface UnitJson {
  businessUnit: string;
  userName: string;
  owner: string | null;
  createdAt: string;
  accessKeyCount: number;
  apiKeyCount: number;
  legacy: boolean;
  flags: {
    neverExpiringKeys: number;
    keysOlderThan90Days: number;
    keysExpiringWithin7Days: number;
    noOwner: boolean;
  };
}

export interface DetailsJson {
  businessUnit: string;
  userName: string;
  arn: string;
  path: string;
  createdAt: string;
  owner: string | null;
  tags: { key: string; value: string }[];
  attachedPolicies: { policyName: string; policyArn: string }[];
  inlinePolicies: string[];
  accessKeys: {
    accessKeyId: string;
    status: string;
    createdAt: string;
    lastUsedAt: string | null;
    lastUsedService: string | null;
  }[];
  apiKeys: {
    credentialId: string;
    alias: string;
    status: string;
    createdAt: string;
    expiresAt: string | null;
  }[];
}

export interface ModelJson {
  modelId: string;
  modelName: string;
  providerName: string;
  status: string;
  inferenceTypes: string[];
  inputModalities: string[];
  outputModalities: string[];
  /** The ID to call: the model's own, or the inference profile that serves it in this Region. */
  invokeId: string;
  /** True for the model the bot's snippets use in this Region. */
  isDefault: boolean;
  /** Whether this account can call it (GetFoundationModelAvailability); null when not checked. */
  callable: boolean | null;
}

export interface EventJson {
  at: string;
  kind: string;
  requestId: string | null;
  actorId: string;
  actorName: string;
  businessUnit: string | null;
  detail: string;
}

export interface SpendOverviewJson {
  tagKey: string;
  period: { start: string; end: string; granularity: 'MONTHLY' | 'DAILY'; label: string };
  currency: string;
  total: number;
  units: { businessUnit: string; amount: number; estimated: boolean }[];
  unattributed: number;
  estimated: boolean;
  notes: string[];
}

export interface SpendJson {
  businessUnit: string;
  userName: string;
  owner: string | null;
  tagKey: string;
  tagValue: string;
  /** Dates (UTC) as Cost Explorer takes them: `end` is exclusive. */
  period: { start: string; end: string; granularity: 'MONTHLY' | 'DAILY'; label: string };
  currency: string;
  total: number;
  estimated: boolean;
  months: { month: string; amount: number; estimated: boolean }[];
  days: { date: string; amount: number; estimated: boolean }[];
  services: { service: string; amount: number }[];
  otherServices: { service: string; amount: number }[];
  notes: string[];
}

export interface KeyRefJson {
  kind: string;
  id: string;
  label: string;
  createdAt: string;
}

export interface KeyJson {
  businessUnit: string;
  userName: string;
  userCreated: boolean;
  keyKind: 'api-key' | 'access-key';
  /** The new key's ID: the service credential ID (ACCA…) or the access key ID (AKIA…). */
  id: string | null;
  createdAt: string | null;
  expiresAt: string | null;
  region: string;
  tags: { key: string; value: string }[];
  otherKeys: KeyRefJson[];
  notes: string[];
  /** For a rotation: the old keys, still active until revoked. */
  oldKeys: KeyRefJson[];
}

const iso = (d: Date): string => d.toISOString();

export function planJson(plan: Plan, mode: PlanJson['mode'], expiresAt: Date | null): PlanJson {
  return {
    kind: plan.kind,
    mode,
    title: plan.title,
    businessUnit: plan.businessUnit,
    userName: plan.userName,
    destructive: plan.destructive,
    warnings: [...plan.warnings],
    steps: plan.steps.map((s) => ({
      kind: s.kind,
      target: s.target,
      description: s.description,
      actions: [...s.actions],
      destructive: s.destructive,
      alreadyDone: s.alreadyDone,
    })),
    params: {
      keyKind: plan.params.keyKind,
      ageDays: plan.params.ageDays,
      owner: plan.params.owner,
      region: plan.params.region,
      path: plan.params.path,
      tags: plan.params.tags,
      policyArns: plan.params.policyArns,
      targetKeys: plan.params.targetKeys.map(keyRef),
    },
    expiresAt: expiresAt === null ? null : iso(expiresAt),
  };
}

export function tokenPlanJson(plan: TokenPlan): PlanJson {
  return {
    kind: 'token',
    mode: 'dry-run',
    title: plan.title,
    businessUnit: null,
    userName: null,
    destructive: false,
    warnings: [],
    steps: plan.steps.map((s) => ({
      kind: s.actions.includes('sts:AssumeRole') ? 'assume-role' : 'sign-token',
      target: s.actions.includes('sts:AssumeRole') ? (plan.signAs?.roleArn ?? '') : plan.region,
      description: s.description,
      actions: [...s.actions],
      destructive: false,
      alreadyDone: false,
    })),
    params: {
      region: plan.region,
      ttlSeconds: plan.ttlSeconds,
      signingRoleArn: plan.signAs?.roleArn ?? null,
      roleSessionName: plan.signAs?.roleSessionName ?? null,
      sourceIdentity: plan.signAs?.sourceIdentity ?? null,
    },
    expiresAt: iso(plan.expiresAt),
  };
}

function keyRef(k: KeyRef): KeyRefJson {
  return { kind: k.kind, id: k.id, label: k.label, createdAt: k.createdAt };
}

function model(
  m: InvocableModel,
  catalog: ModelCatalog,
  availability: Record<string, ModelAvailability> = {},
): ModelJson {
  const access = availability[m.modelId];
  return {
    invokeId: m.invokeId,
    isDefault: catalog.defaultModel?.invokeId === m.invokeId,
    callable: access === undefined ? null : availabilityVerdict(access).verdict === 'callable',
    modelId: m.modelId,
    modelName: m.modelName,
    providerName: m.providerName,
    status: m.status,
    inferenceTypes: [...m.inferenceTypes],
    inputModalities: [...m.inputModalities],
    outputModalities: [...m.outputModalities],
  };
}

function accessKey(k: AccessKeyInfo): DetailsJson['accessKeys'][number] {
  return {
    accessKeyId: k.accessKeyId,
    status: k.status,
    createdAt: iso(k.createdAt),
    lastUsedAt: k.lastUsedAt === null ? null : iso(k.lastUsedAt),
    lastUsedService: k.lastUsedService,
  };
}

function apiKey(k: ApiKeyInfo): DetailsJson['apiKeys'][number] {
  return {
    credentialId: k.credentialId,
    alias: k.alias,
    status: k.status,
    createdAt: iso(k.createdAt),
    expiresAt: k.expiresAt === null ? null : iso(k.expiresAt),
  };
}

/**
 * The structured fields for one outcome (never a secret: credentials are added separately, and only
 * for the requester's private answer).
 */
export function outcomeFields(o: Outcome): Partial<RunJson> {
  switch (o.type) {
    case 'invalid':
      return { problems: [...o.problems], ...(o.hint === undefined ? {} : { hint: o.hint }) };
    case 'refused':
      return { reason: o.reason, ...(o.hint === undefined ? {} : { hint: o.hint }) };
    case 'question':
      return { question: o.question, choices: o.choices.map((c) => ({ label: c.label, request: c.text })) };
    case 'slots-full':
      return {
        businessUnit: o.businessUnit,
        reason: `${o.businessUnit} already has the most keys of this kind IAM allows; rotate one instead.`,
        choices: o.choices.map((c) => ({ label: c.label, request: c.text })),
      };
    case 'plan':
      return { plan: planJson(o.plan, o.mode, o.expiresAt) };
    case 'approval-card':
      return { plan: planJson(o.plan, 'approval-requested', o.expiresAt) };
    case 'business-units':
      return unitsFields(o);
    case 'details': {
      const d = o.details;
      return {
        unit: {
          businessUnit: d.businessUnit,
          userName: d.user.userName,
          arn: d.user.arn,
          path: d.user.path,
          createdAt: iso(d.user.createdAt),
          owner: d.owner,
          tags: d.user.tags.map((t) => ({ key: t.key, value: t.value })),
          attachedPolicies: d.attachedPolicies.map((p) => ({
            policyName: p.policyName,
            policyArn: p.policyArn,
          })),
          inlinePolicies: [...d.inlinePolicies],
          accessKeys: d.accessKeys.map(accessKey),
          apiKeys: d.apiKeys.map(apiKey),
        },
      };
    }
    case 'models':
      return {
        region: o.region,
        provider: o.provider,
        models: o.catalog.models.map((m) => model(m, o.catalog, o.availability)),
      };
    case 'history':
      return {
        businessUnit: o.businessUnit,
        truncated: o.truncated === true,
        events: o.events.map((e) => ({
          at: iso(e.at),
          kind: e.kind,
          requestId: e.requestId,
          actorId: e.actorId,
          actorName: e.actorName,
          businessUnit: e.businessUnit,
          detail: e.detail,
        })),
      };
    case 'token':
      return {
        token: {
          expiresAt: iso(o.token.expiresAt),
          region: o.token.region,
          signerArn: o.token.signerArn,
          signedWithRole: o.signedWithRole,
        },
        models: o.catalog.models.map((m) => model(m, o.catalog)),
      };
    case 'key-created': {
      const id = o.apiKey?.credentialId ?? o.accessKey?.accessKeyId ?? null;
      const createdAt = o.apiKey?.createdAt ?? o.accessKey?.createdAt ?? null;
      return {
        key: {
          businessUnit: o.businessUnit,
          userName: o.userName,
          userCreated: o.userCreated,
          keyKind: o.keyKind,
          id,
          createdAt: createdAt === null ? null : iso(createdAt),
          expiresAt: o.apiKey?.expiresAt ? iso(o.apiKey.expiresAt) : null,
          region: o.region,
          tags: o.tags.map((t) => ({ key: t.key, value: t.value })),
          otherKeys: o.otherKeys.map(keyRef),
          notes: [...o.notes],
          oldKeys: o.rotation?.oldKeys.map(keyRef) ?? [],
        },
      };
    }
    case 'keys-deleted':
      return { businessUnit: o.businessUnit, deleted: o.deleted.map(keyRef) };
    case 'reconciled':
      return { businessUnit: o.businessUnit, deleted: o.deleted.map(keyRef) };
    case 'deprovisioned':
      return { businessUnit: o.businessUnit, removed: [...o.removed] };
    case 'spend': {
      const x = o.spend;
      return {
        businessUnit: x.businessUnit,
        spend: {
          businessUnit: x.businessUnit,
          userName: x.userName,
          owner: x.owner,
          tagKey: x.tagKey,
          tagValue: x.tagValue,
          period: { ...x.period },
          currency: x.currency,
          total: x.total,
          estimated: x.estimated,
          months: x.months.map((m) => ({ ...m })),
          days: x.days.map((d) => ({ ...d })),
          services: x.services.map((v) => ({ ...v })),
          otherServices: x.otherServices.map((v) => ({ ...v })),
          notes: [...x.notes],
        },
      };
    }
    case 'spend-overview': {
      const x = o.overview;
      return {
        spendOverview: {
          tagKey: x.tagKey,
          period: { ...x.period },
          currency: x.currency,
          total: x.total,
          units: x.units.map((u) => ({ ...u })),
          unattributed: x.unattributed,
          estimated: x.estimated,
          notes: [...x.notes],
        },
      };
    }
    default:
      return {};
  }
}

/** `list`: every unit shown, and the owner filter when one was asked for. */
function unitsFields(o: Extract<Outcome, { type: 'business-units' }>): Partial<RunJson> {
  return {
    region: o.region,
    ...(o.filter === undefined
      ? {}
      : {
          filter: {
            owner: o.filter.owner,
            checked: o.filter.checked,
            complete: o.page === undefined || o.page.total !== null,
          },
        }),
    units: o.units.map((u) => ({
      businessUnit: u.businessUnit,
      userName: u.userName,
      owner: u.owner,
      createdAt: iso(u.createdAt),
      accessKeyCount: u.accessKeyCount,
      apiKeyCount: u.apiKeyCount,
      legacy: u.legacy,
      flags: { ...u.flags },
    })),
  };
}
