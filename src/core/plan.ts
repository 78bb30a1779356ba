/**
 * A plan is what a mutating request will do, in plain words and exact AWS actions.
 * The confirmation card, the dry run and the executor all use the same object.
 * Plans are JSON-serialisable (they are stored in the ledger) and never contain a secret.
 */
import type { KeyKind } from './request.js';
import type { Tag } from './aws-port.js';

export type PlanKind = 'create_key' | 'rotate' | 'revoke' | 'deprovision' | 'change_owner';

export type PlanStepKind =
  | 'create-user'
  | 'tag-user'
  | 'attach-policy'
  | 'create-api-key'
  | 'create-access-key'
  | 'deactivate-access-key'
  | 'delete-access-key'
  | 'deactivate-api-key'
  | 'delete-api-key'
  | 'delete-login-profile'
  | 'detach-policy'
  | 'delete-inline-policy'
  | 'delete-user';

export interface PlanStep {
  kind: PlanStepKind;
  /** What the step acts on: a policy ARN, key ID, group or policy name; empty when the user itself. */
  target: string;
  /** Plain words, e.g. "Create IAM user marketing-bedrock-user under /bedrock/". */
  description: string;
  /** The exact AWS actions the step calls, e.g. ["iam:CreateUser"]. */
  actions: string[];
  destructive: boolean;
  /** True when AWS already had this at planning time; the executor re-checks and skips it. */
  alreadyDone: boolean;
}

export interface KeyRef {
  kind: KeyKind;
  /** Access key ID or service-specific credential ID. */
  id: string;
  /** What people recognise: the alias of an API key, or "AKIA…WXYZ" for an access key. */
  label: string;
  createdAt: string;
}

export interface Plan {
  kind: PlanKind;
  businessUnit: string;
  userName: string;
  /** One line: "Create a long-term Bedrock API key for marketing". */
  title: string;
  steps: PlanStep[];
  /** True when any step deletes or disables something. */
  destructive: boolean;
  /** Things the person should know before confirming (e.g. "this deletes 2 keys in use"). */
  warnings: string[];
  /** What the bot found on the business unit's IAM user when planning (shown on cards), if it exists. */
  unitState?: string;
  params: {
    keyKind: KeyKind | null;
    /** Long-term API key lifetime in days; null = never expires (only when allowed). */
    ageDays: number | null;
    owner: string | null;
    region: string;
    path: string;
    tags: Tag[];
    policyArns: string[];
    /** For rotate: the keys to delete once the new key is delivered and confirmed. For revoke: the keys to delete. */
    targetKeys: KeyRef[];
  };
}
