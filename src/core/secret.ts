/**
 * A credential value that must never be logged, serialised or posted by accident.
 *
 * `String(secret)`, template literals, `JSON.stringify`, `util.inspect` and pino all see
 * `[secret redacted]`; only an explicit `reveal()` returns the value, and the only callers
 * allowed to do that are the secret renderers (and the one-shot CLI's `--json` output).
 */
const REDACTED = '[secret redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    if (typeof value !== 'string' || value.length === 0) {
      throw new TypeError('Secret needs a non-empty string');
    }
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  /** The last four characters, for "…abcd" style hints. Never the whole value. */
  hint(): string {
    return this.#value.length > 12 ? `…${this.#value.slice(-4)}` : '…';
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}

export const SECRET_PLACEHOLDER = REDACTED;

/**
 * How many characters after "ABSK" make a Bedrock API key (README: "ABSK" and sixteen or more is the
 * secret itself; shorter is a key's ID). The one bound: the log scrubbers here and the parser's
 * masking (intent/secrets.ts) both read it.
 */
export const ABSK_SECRET_MIN = 16;

/**
 * What credentials look like in text: the one list every scrubber and guard uses (log redaction,
 * explained AWS errors, the Slack delivery guard). Global patterns, for `replace`; test text with
 * `looksLikeBedrockCredential`, which does not depend on their `lastIndex`.
 */
export const CREDENTIAL_PATTERNS = {
  /** Short-term Bedrock bearer tokens and long-term Bedrock API keys. */
  bedrock: [
    /bedrock-api-key-[A-Za-z0-9+/=_%&.-]+/g,
    new RegExp(String.raw`\bABSK[A-Za-z0-9+/=]{${ABSK_SECRET_MIN},}`, 'g'),
  ],
  /** An AWS secret access key: exactly 40 base64 characters standing alone. */
  awsSecretAccessKey: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g,
} as const;

/** Whether `text` holds something that looks like a Bedrock token or API key. */
export function looksLikeBedrockCredential(text: string): boolean {
  return CREDENTIAL_PATTERNS.bedrock.some((pattern) => text.search(pattern) !== -1);
}
