/**
 * The single entry point every front end (Slack, console, one-shot CLI) drives.
 * Front ends turn their input into these calls, render each Delivery's outcome (src/render's
 * `renderReply`) and deliver it; they never plan. The core never renders.
 */
import type { HomeSnapshot } from './home.js';
import type { FormChoices, FormResult, FormValues } from './request-form.js';
import type { ParseOptions, ParseResult } from './request.js';
import type { ReminderPort, ReminderRun } from './reminders.js';
import type { AwsPort } from './aws-port.js';
import type { Clock, IdSource } from './clock.js';
import type { Ledger } from './ledger-port.js';
import type { PeopleLookup } from './list-owner.js';
import type { Outcome } from './outcome.js';
import type { Requester, Surface } from './requester.js';
import type { CoreSettings } from './settings.js';

/** Button actions. Block Kit action_ids are `bedrock.<action>` (choices: `bedrock.choose.<key>`); the value is the request ID. */
export const ACTIONS = [
  'confirm',
  'cancel',
  'approve',
  'deny',
  'reveal',
  'dismiss',
  'choose',
  'delete_old',
  'keep_old',
  'break_glass',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export const ACTION_ID_PREFIX = 'bedrock.';

/**
 * Where a message goes. The front end maps each audience to its own delivery:
 * - `requester-private`: only the person who acted sees it, and the platform does not keep it
 *   (Slack: ephemeral, or response_url with response_type=ephemeral). The only audience a secret may have.
 * - `conversation`: a visible reply where the request was made (Slack: thread under a mention, the DM).
 * - `replace-source`: replace the message whose button was clicked (never with a secret).
 * - `approvers`: a new message for the admins (Slack: APPROVAL_CHANNEL_ID).
 * - `requester-dm`: a notification to the original requester, e.g. "approved, click Reveal" (never a secret).
 * - `unit-owner`: a copy of an approval card for the unit's owner, who may decide on it
 *   (UNIT_OWNERS_MAY_APPROVE), found by `ownerEmail`, the email in the unit's owner tag (Slack: their
 *   DM). Recorded with the card, so a decision updates every copy; never a secret.
 */
export type Audience =
  | 'requester-private'
  | 'conversation'
  | 'replace-source'
  | 'approvers'
  | 'requester-dm'
  | 'unit-owner';

export interface Delivery {
  audience: Audience;
  /**
   * What happened, as a value. Front ends render it (src/render) or, machine-facing, use it as it
   * is (the one-shot CLI's `--json`, exit codes). It may hold a Secret (issued credentials, see
   * `carriesSecret`): the core gives such an outcome only the `requester-private` audience.
   */
  outcome: Outcome;
  /** For `requester-dm`: who to notify (defaults to the acting user). */
  userId?: string;
  /** For `unit-owner`: the email in the unit's owner tag. */
  ownerEmail?: string;
  /** The request this message belongs to, so front ends can keep track of message references. */
  requestId?: string;
}

export interface Reply {
  deliveries: Delivery[];
  /** When the core decided: renderers show times ("expires in 10 minutes") relative to it. */
  at: Date;
  /** For a text or structured request: the intent it was handled as (counted by /metrics). */
  intent?: ParseResult['intent'];
}

export interface TextInput {
  requester: Requester;
  text: string;
  surface: Surface;
  /** Opaque delivery context a front end wants stored with the request (e.g. Slack channel and thread), never secret. */
  context?: Record<string, string>;
  /** Why the person asks (the request form's justification): stored with the request, shown to approvers. */
  reason?: string;
  /** The front end's directory, to turn a mentioned person into their email (list by owner). */
  people?: PeopleLookup;
  /** The bot's own user ID where the front end knows it: passed to the parser (ParseOptions). */
  botUserId?: string;
}

export interface ActionInput {
  requester: Requester;
  action: ActionName;
  requestId: string;
  /** For `choose`: which choice was picked. */
  choice?: string;
  /** For `break_glass`: why the admin approves alone (required). */
  reason?: string;
  surface: Surface;
}

/** A request already structured (a form, an App Home button): no text to parse. */
export interface StructuredInput extends Omit<TextInput, 'text'> {
  request: ParseResult;
}

export interface BotEngine {
  handleText(input: TextInput): Promise<Reply>;
  /** The same as handleText for a request that needs no parsing. Optional for scripted test engines. */
  handleRequest?(input: StructuredInput): Promise<Reply>;
  /** What one person's App Home shows. Optional for scripted test engines. */
  home?(requester: Requester): Promise<HomeSnapshot>;
  /** What the request form offers (units, Regions, defaults). */
  formChoices?(): Promise<FormChoices>;
  /** A form submission as a request, or the problem with each field (shown inline). */
  checkForm?(values: FormValues): FormResult;
  handleAction(input: ActionInput): Promise<Reply>;
  /** Sends the reminders and digests due now, each once (claimed in the ledger), through `port`. */
  sendReminders?(port: ReminderPort): Promise<ReminderRun>;
  /** Marks approvals and confirmations past their expiry as expired; returns the replies to deliver (e.g. updated approval cards). */
  expireStale(): Promise<Reply>;
  /**
   * Deliver or revoke (core/recovery.ts): a front end that set `confirmsDelivery` reports whether
   * the secret of `requestId` reached its requester. Delivered: the request completes. Not
   * delivered: the key is deleted, the request fails, and the reply tells the person to ask again.
   */
  settleDelivery?(requestId: string, delivered: boolean): Promise<Reply>;
  /**
   * Finishes or rolls back the requests left `executing` by a process that is no longer running;
   * requests this engine's own process or another live replica is executing are left alone. A
   * request that names no process (an older bot, an engine without `instanceId`) is recovered only
   * if listed in `untagged` (a front end lists those it finds before it takes work), or when no
   * list is given. Only requests actually settled here are reported, so a front end may call it at
   * start-up and on every sweep.
   */
  recoverInterrupted?(untagged?: string[]): Promise<Reply>;
}

/** Everything the engine needs, passed in; `createEngine(deps)` lives in src/core/engine.ts. */
export interface EngineDeps {
  aws: AwsPort;
  ledger: Ledger;
  clock: Clock;
  ids: IdSource;
  settings: CoreSettings;
  /** The NLP parser, loaded lazily by the front end so its cost stays off the acknowledgement path. */
  parse: (text: string, options?: ParseOptions) => Promise<ParseResult>;
  /** How the slash command is called in help texts ("/bedrock"). */
  commandName: string;
  /**
   * When true, a request that created a key stays `executing` until the front end calls
   * settleDelivery: a crash before that is rolled back at the next start. Front ends that deliver
   * synchronously to the operator (console, CLI) leave it off.
   */
  confirmsDelivery?: boolean;
  /**
   * The running process (Ledger.holdInstance): recorded on every request it starts executing, so
   * that recovery in another replica leaves the request alone for as long as this process runs.
   */
  instanceId?: string;
}
