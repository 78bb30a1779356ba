/** What the parser returns: one intent with the slots the text states (no defaults filled in). */
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
  'help',
  'unknown',
] as const;
export type IntentName = (typeof INTENTS)[number];

export type KeyKind = 'api-key' | 'access-key';

export interface ParseResult {
  intent: IntentName;
  /** Normalised business unit: lowercase, [a-z0-9-] only, or null. */
  businessUnit: string | null;
  /** An email address, or a Slack user ID (U…/W…) when a person is mentioned, or null. */
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
  /** How sure the parser is: 'high' when a rule matched clearly, 'low' when it guessed. */
  confidence: 'high' | 'low';
  /** A short human explanation of why this intent was chosen (for debugging and the console). */
  reason: string;
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
    confidence: 'low',
    reason: '',
    ...overrides,
  };
}
