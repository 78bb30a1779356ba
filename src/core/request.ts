/** What the parser returns: one intent with the slots the text states (no defaults filled in). */
import type { LedgerEventKind } from './ledger-port.js';

export const INTENTS = [
  'token',
  'create_key',
  'list',
  'details',
  'rotate',
  'revoke',
  'deprovision',
  'models',
  'history',
  'spend',
  'help',
  'unknown',
] as const;
export type IntentName = (typeof INTENTS)[number];
/** Intents that issue credentials or change IAM: never carried out on a doubtful reading. */
export const ACTING_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'token',
  'create_key',
  'rotate',
  'revoke',
  'deprovision',
]);
/** Intents that read and report, changing nothing. */
export const READ_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'list',
  'details',
  'models',
  'history',
  'spend',
]);

export type KeyKind = 'api-key' | 'access-key';

/**
 * A span of time as the text states it, relative to "now" (the core resolves it with its clock, in UTC):
 * - `month`: a calendar month; `monthsAgo` 0 is this month, 1 last month.
 * - `days`: the last `days` days up to now ("last 7 days", "past week" = 7).
 * - `named-month`: a month by name ("in March"): the most recent one not in the future; `year` when stated.
 * - `quarter`: a calendar quarter (January–March is Q1); `quartersAgo` 0 is this quarter ("this quarter", "QTD"),
 *   1 the last one.
 * - `named-quarter`: a quarter by name ("in Q3"): the most recent one that has started; `year` when stated.
 */
export type StatedPeriod =
  | { kind: 'month'; monthsAgo: number }
  | { kind: 'days'; days: number }
  | { kind: 'named-month'; month: number; year: number | null }
  | { kind: 'quarter'; quartersAgo: number }
  | { kind: 'named-quarter'; quarter: number; year: number | null };

/** What a front end knows about a message beyond its text (the parser's options). */
export interface ParseOptions {
  /**
   * The bot's own user ID (Slack), when the front end knows it: a message whose leading mention is
   * another user's is put to that person, unless the bot is spoken to as well (intent/addressee.ts).
   */
  botUserId?: string;
}

export interface ParseResult {
  intent: IntentName;
  /** Normalised business unit: lowercase, [a-z0-9-] only, or null. */
  businessUnit: string | null;
  /**
   * An email address, or a Slack user ID (U…/W…) when a person is mentioned, or null. For `list`
   * also "me": the units the person asking owns.
   */
  owner: string | null;
  /** Duration stated for a short-term token, in seconds, or null. */
  ttlSeconds: number | null;
  /** AWS region code stated in the text, or null. */
  region: string | null;
  keyKind: KeyKind | null;
  /** Lifetime stated for a long-term key, in days, or null. */
  expiryDays: number | null;
  /** A specific key named in the text (access key ID AKIA…/ASIA… or service credential ID ACCA…), or null. */
  keyId: string | null;
  /** True when the text asks for every key / everything ("revoke all keys for marketing"). */
  all: boolean;
  /** Signals that the person wants long-term credentials for a system (production, CI/CD, automation, service). */
  longTerm: boolean;
  /** Model provider named in a models request ("anthropic", "meta"), lowercase, or null. */
  provider: string | null;
  /** The time span a spend (or history) request states ("last month", "last 7 days"), or null. */
  period: StatedPeriod | null;
  /**
   * How sure the parser is that `intent` and the slots are what the person asked for, 0..1.
   * The engine acts only at or above CONFIDENT; below it asks (`question`) or answers with help.
   */
  confidence: number;
  /** A short human explanation of why this intent was chosen (for debugging and the console). */
  reason: string;
  /** Other readings of the text, most likely first (never the same intent as `intent`). */
  alternatives?: Alternative[];
  /** Set when the bot should ask instead of acting: what to ask and the requests to offer as buttons. */
  question?: ParseQuestion;
  /** For `help`: what the person asked about. */
  topic?: HelpTopic;
  /** Values the text states that cannot be right ("us-east-7", "-1h"): the bot refuses and says why. */
  problems?: SlotProblem[];
  /** For `history`: whose actions, which kinds, which period (src/intent/history-filters.ts). */
  history?: HistoryFilters;
  /** For `list` and `history`: where the previous page ended (what a "More" button carries). */
  page?: PageCursor;
}

/** History filters a request states; absent fields do not filter. */
export interface HistoryFilters {
  /** Whose actions: a Slack user ID, or "me" (the person asking). */
  actor?: string;
  kinds?: LedgerEventKind[];
  /** The last this many days ("last week": 7). */
  withinDays?: number;
  /** One calendar day (UTC). */
  day?: 'today' | 'yesterday';
  /** Absolute bounds: ISO dates or times, `until` exclusive. A "More" button carries these. */
  since?: string;
  until?: string;
}

/** Where the previous page of a long answer ended, and which page comes next (2 for the first "More"). */
export interface PageCursor {
  /** list: where the AWS port's listing resumes (its opaque cursor); history: "<time ISO>|<event ID>" of the last event shown. */
  after: string;
  page: number;
  /** list by owner: the matching units shown on earlier pages (for numbering). */
  matched?: number;
  /** list by owner: the units whose owner tag earlier pages checked. */
  checked?: number;
}

/** A parse at or above this confidence may be acted on; below it the bot asks. */
export const CONFIDENT = 0.7;

export const HELP_TOPICS = [
  'token',
  'create_key',
  'rotate',
  'revoke',
  'deprovision',
  'list',
  'details',
  'models',
  'history',
  'spend',
  'key-kinds',
  'limits',
  'regions',
  'approvals',
  'general',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export type SlotName =
  | 'businessUnit'
  | 'owner'
  | 'ttlSeconds'
  | 'region'
  | 'keyKind'
  | 'expiryDays'
  | 'keyId'
  | 'all'
  | 'provider'
  | 'period';

export interface SlotProblem {
  slot: SlotName;
  /** The value as written ("us-east-7", "-1h"). */
  stated: string;
  /** Why it cannot be used, in plain words, with what to say instead. */
  reason: string;
}

export interface Alternative {
  intent: IntentName;
  /** The request this reading stands for: what a button runs, as the parser would have returned it. */
  request: ParseResult;
  /** A text that parses to this reading (what a button would run), e.g. "create key for marketing". */
  text: string;
  /** A short label for a button: "A short-term token for you". */
  label: string;
  confidence: number;
}

export interface ParseQuestion {
  /** The question, in plain words. */
  text: string;
  /** The requests offered as answers, most likely first. */
  alternatives: Alternative[];
}

/** A result with every slot empty: the base the parser and test doubles fill in. */
export function emptyParse(overrides: Partial<ParseResult> = {}): ParseResult {
  return {
    intent: 'unknown',
    businessUnit: null,
    owner: null,
    ttlSeconds: null,
    region: null,
    keyKind: null,
    expiryDays: null,
    keyId: null,
    all: false,
    longTerm: false,
    provider: null,
    period: null,
    confidence: 0,
    reason: '',
    ...overrides,
  };
}
