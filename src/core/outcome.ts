/**
 * What the core hands the renderers: every result and every expected failure is a value.
 * Renderers (src/render) turn each variant into a Message; front ends deliver it.
 */
import type { HelpTopic, KeyKind, ParseResult } from './request.js';
import type {
  AccessKeyInfo,
  ApiKeyInfo,
  AttachedPolicy,
  CreatedAccessKey,
  CreatedApiKey,
  IamUser,
  IssuedToken,
  ModelAvailability,
  Tag,
} from './aws-port.js';
import type { ModelCatalog } from './model-catalog.js';
import type { LedgerEvent, LedgerEventKind } from './ledger-port.js';
import type { KeyRef, Plan } from './plan.js';
import type { SpendOverview, SpendReport } from './spend.js';

/** An AWS or validation failure explained for people: what happened, why, and the fix. */
export interface ExplainedFailure {
  /** Short title: "The bot is not allowed to create IAM users". */
  title: string;
  /** What happened, in plain words. Never contains a secret. */
  detail: string;
  /** Concrete steps to fix it. */
  fix: string[];
  /** The exact policy statement to ask for, when permissions are missing (JSON text). */
  policyStatement?: string;
  /** CLI commands that help diagnose, e.g. "aws sts get-caller-identity". */
  commands?: string[];
  /** The AWS action and error name, for support. */
  awsAction?: string;
  awsErrorName?: string;
  /** Whether trying again later may work (throttling, temporary unmodifiable). */
  retryable: boolean;
}

export interface BusinessUnitSummary {
  businessUnit: string;
  userName: string;
  owner: string | null;
  createdAt: Date;
  accessKeyCount: number;
  apiKeyCount: number;
  flags: {
    neverExpiringKeys: number;
    keysOlderThan90Days: number;
    keysExpiringWithin7Days: number;
    noOwner: boolean;
  };
  /** Created by the original hand-run workflow (no path). */
  legacy: boolean;
}

export interface BusinessUnitDetails {
  businessUnit: string;
  user: IamUser;
  owner: string | null;
  attachedPolicies: AttachedPolicy[];
  inlinePolicies: string[];
  accessKeys: AccessKeyInfo[];
  apiKeys: ApiKeyInfo[];
}

/** A "More" button: picking `choiceKey` of the stored request `requestId` shows the next page. */
export interface MoreButton {
  requestId: string;
  choiceKey: string;
}

/** History filters as applied: whose actions, which kinds, which period (`until` exclusive). */
export interface HistoryFilterSummary {
  actorId?: string;
  kinds?: LedgerEventKind[];
  since?: Date;
  until?: Date;
}

export interface Choice {
  /** Stable key sent back with the `choose` action. */
  key: string;
  label: string;
  /** The request that runs when this choice is picked, as the parser would have returned it. */
  request: ParseResult;
  /** How a person could type the same request (e.g. "create key for marketing"); shown, never parsed. */
  text: string;
  style?: 'primary' | 'danger';
}

export type Outcome =
  | { type: 'help'; isAdmin: boolean; topic?: HelpTopic }
  | { type: 'unknown'; text: string }
  | { type: 'question'; question: string; choices: Choice[]; requestId: string }
  | { type: 'refused'; reason: string; hint?: string }
  | { type: 'invalid'; problems: string[]; hint?: string }
  | { type: 'failure'; failure: ExplainedFailure; reference?: string }
  | {
      type: 'token';
      token: IssuedToken;
      requestedTtlSeconds: number;
      /** What can be called in the token's Region and the model the snippets use (may be empty). */
      catalog: ModelCatalog;
      signedWithRole: boolean;
    }
  | {
      type: 'plan';
      plan: Plan;
      requestId: string;
      /** confirm: Confirm/Cancel for the requester; approval-requested: told it went to the admins; dry-run: only shown. */
      mode: 'confirm' | 'approval-requested' | 'dry-run';
      expiresAt: Date;
    }
  | {
      type: 'approval-card';
      plan: Plan;
      requestId: string;
      requesterId: string;
      requesterName: string;
      expiresAt: Date;
      state: 'pending' | 'approved' | 'denied' | 'expired';
      decidedBy?: string;
      reason?: string;
      /** Why the requester asks (the request form's justification). */
      justification?: string;
      /** 2 when this request needs two approvers (ACCESS_KEYS_NEED_TWO_APPROVALS). */
      approvalsNeeded?: 2;
      /** Who gave the first of two approvals. */
      firstApprovedBy?: string;
      /** An admin approved alone, breaking the glass, for this reason. */
      breakGlass?: string;
    }
  /** Loud, to the approvers: an admin approved alone, with a reason. */
  | {
      type: 'break-glass';
      plan: Plan;
      requestId: string;
      requesterName: string;
      approverId: string;
      approverName: string;
      reason: string;
    }
  | { type: 'approved-notice'; plan: Plan; requestId: string; approverName: string }
  | { type: 'denied-notice'; plan: Plan; approverName: string; reason?: string }
  | { type: 'expired-notice'; title: string }
  | { type: 'cancelled'; title: string }
  | {
      type: 'key-created';
      businessUnit: string;
      userName: string;
      userCreated: boolean;
      keyKind: KeyKind;
      apiKey: CreatedApiKey | null;
      accessKey: CreatedAccessKey | null;
      region: string;
      tags: Tag[];
      catalog: ModelCatalog;
      /** Keys of the same kind that already existed (for the "you now have 2 keys" note). */
      otherKeys: KeyRef[];
      notes: string[];
      /** For a rotation: the keys waiting for the person's decision to delete. */
      rotation: { requestId: string; oldKeys: KeyRef[] } | null;
    }
  | { type: 'keys-deleted'; businessUnit: string; userName: string; deleted: KeyRef[]; notes: string[] }
  | { type: 'deprovisioned'; businessUnit: string; userName: string; removed: string[] }
  | {
      type: 'slots-full';
      businessUnit: string;
      keyKind: KeyKind;
      keys: KeyRef[];
      /** The ways forward, offered as buttons once the engine has stored the request (`requestId`). */
      choices: Choice[];
      requestId: string | null;
    }
  | { type: 'reconciled'; businessUnit: string; deleted: KeyRef[]; message: string }
  | {
      type: 'business-units';
      units: BusinessUnitSummary[];
      region: string;
      /**
       * When the units come a page at a time: where this page sits among all of them. `total` is
       * known on the last page only (IAM is asked a page at a time, never for every user at once).
       */
      page?: { first: number; total: number | null; more?: MoreButton };
      /**
       * Only the units whose owner tag is this email (compared ignoring case). `checked`: how many
       * units' owner tags were read so far, up to and including this page (IAM cannot filter by tag,
       * so a page reads a bounded number of users, see read-flows.ts).
       */
      filter?: { owner: string; checked: number };
    }
  | { type: 'details'; details: BusinessUnitDetails; now: Date }
  /** A unit's Bedrock cost in a period, from Cost Explorer (core/spend.ts). */
  | { type: 'spend'; spend: SpendReport }
  /** Every unit's Bedrock cost in a period, from one grouped Cost Explorer question (core/spend.ts). */
  | { type: 'spend-overview'; overview: SpendOverview }
  | {
      type: 'models';
      region: string;
      provider: string | null;
      catalog: ModelCatalog;
      /** Per model ID, whether this account can call it (GetFoundationModelAvailability); absent when not checked. */
      availability: Record<string, ModelAvailability>;
      /** Set when availability could not be checked (e.g. AccessDenied on GetFoundationModelAvailability). */
      availabilityUnchecked: string | null;
    }
  | {
      type: 'history';
      events: LedgerEvent[];
      businessUnit: string | null;
      /** True when older events exist beyond `events` (the answer shows the newest only). */
      truncated?: boolean;
      /** The filters applied besides the unit, resolved (absent: none). */
      filters?: HistoryFilterSummary;
      /** Which page this is (1 for the newest events). */
      page?: number;
      /** The next page, when there is one: the stored request and the choice that shows it. */
      more?: MoreButton;
    }
  /**
   * Replaces a confirmation or approval card once its request has run (or failed): what was done
   * and by whom, never a secret (the credential itself goes to the requester privately).
   */
  | { type: 'done'; title: string; actorName: string; succeeded: boolean; summary: string[] }
  | { type: 'dismissed' }
  | { type: 'parsed'; parse: ParseResult };

/** The outcomes that hold a secret (issued credentials). They go only to the requester, privately. */
const SECRET_OUTCOMES: ReadonlySet<Outcome['type']> = new Set<Outcome['type']>(['token', 'key-created']);

export function carriesSecret(outcome: Outcome): boolean {
  return SECRET_OUTCOMES.has(outcome.type);
}
