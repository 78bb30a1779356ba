/**
 * Bolt's and the Web API client's logger, routed into our pino logger.
 *
 * The Slack SDKs log whole request and response bodies at debug level ("http request body: {…}",
 * "ack() call begins (body: …)"), and a chat.postEphemeral body may carry a secret meant for one
 * person. So this adapter keeps only plain strings, cuts any body it recognises, drops objects
 * (an Error is reduced to its name, code and message) and caps the length of what is left.
 */
import type { Logger as SlackLogger } from '@slack/bolt';
import { LogLevel } from './bolt-parts.js';
import type { Logger } from '../log/logger.js';

const MAX_LENGTH = 500;

/** Messages whose tail is a serialised body: keep the label, drop the body. */
const BODY_LABELS: RegExp[] = [
  /^(http request (?:body|result|headers|url)):[\s\S]*$/i,
  /^(ack\(\) (?:call begins|response sent|response stored)) \(body:[\s\S]*$/i,
  /^(stored response sent)[\s\S]*$/i,
];

function cleanString(text: string): string {
  for (const label of BODY_LABELS) {
    const match = label.exec(text);
    if (match !== null) return `${match[1] ?? 'body'}: [omitted]`;
  }
  // Anything that still looks like serialised JSON (Bolt's developer-mode body dump, API results)
  // keeps only what comes before it.
  const brace = text.search(/[{[]\s*"/);
  const kept = brace >= 0 ? `${text.slice(0, brace)}[omitted]` : text;
  return kept.length > MAX_LENGTH ? `${kept.slice(0, MAX_LENGTH)}…` : kept;
}

export interface ErrorSummary {
  type: string;
  message: string;
  code?: string;
  slackError?: string;
  statusCode?: number;
}

/** A loggable summary of an error: never its `data`, request or response body. */
export function summariseError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error, message: cleanString(String(error)) };
  const out: ErrorSummary = { type: error.name, message: cleanString(error.message) };
  const extra = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  if (typeof extra.code === 'string') out.code = extra.code;
  if (typeof extra.data?.error === 'string') out.slackError = extra.data.error;
  if (typeof extra.statusCode === 'number') out.statusCode = extra.statusCode;
  return out;
}

function toLine(args: unknown[]): { text: string; errors: ErrorSummary[] } {
  const parts: string[] = [];
  const errors: ErrorSummary[] = [];
  for (const arg of args) {
    if (typeof arg === 'string') parts.push(cleanString(arg));
    else if (typeof arg === 'number' || typeof arg === 'boolean') parts.push(String(arg));
    else if (arg instanceof Error) errors.push(summariseError(arg));
    else if (arg !== undefined && arg !== null) parts.push('[object omitted]');
  }
  return { text: parts.join(' '), errors };
}

const PINO_TO_SLACK: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** A Slack `Logger` that writes through pino without ever logging a message body. */
export function createSlackLogger(logger: Logger): SlackLogger {
  const emit = (level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void => {
    if (!logger.isLevelEnabled(level)) return;
    const { text, errors } = toLine(args);
    if (errors.length > 0)
      logger[level]({ error: errors.length === 1 ? errors[0] : errors }, text || 'Slack SDK error');
    else logger[level](text);
  };
  return {
    debug: (...msg: unknown[]) => emit('debug', msg),
    info: (...msg: unknown[]) => emit('info', msg),
    warn: (...msg: unknown[]) => emit('warn', msg),
    error: (...msg: unknown[]) => emit('error', msg),
    // pino owns the level; the SDKs may ask for it but do not set it.
    setLevel: () => undefined,
    getLevel: () => PINO_TO_SLACK[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
