/**
 * The one logger: pino, JSON lines to stdout, level from LOG_LEVEL, human-readable only when asked
 * (LOG_FORMAT=pretty). Every object and message is scrubbed of secrets before it is written.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { redactDeep, scrubString } from './redact.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  pretty?: boolean;
  /** Where to write; defaults to stdout. Tests pass a stream that collects lines. */
  destination?: DestinationStream;
  name?: string;
}

export function createLogger(options: LoggerOptions): Logger {
  const base: pino.LoggerOptions = {
    name: options.name ?? 'bedrock-bot',
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactDeep(object) as Record<string, unknown>,
      bindings: (bindings) => redactDeep(bindings) as Record<string, unknown>,
    },
    serializers: {
      err: (e: unknown) => redactDeep(e),
      error: (e: unknown) => redactDeep(e),
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubString(a) : a)) as typeof args;
        method.apply(this, scrubbed);
      },
    },
  };
  if (options.destination !== undefined) return scrubChildBindings(pino(base, options.destination));
  if (options.pretty === true) {
    return scrubChildBindings(
      pino({
        ...base,
        transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:standard' } },
      }),
    );
  }
  return scrubChildBindings(pino(base, pino.destination({ dest: 1, sync: false })));
}

/** pino applies formatters.bindings to the base bindings only: scrub child bindings on the way in. */
function scrubChildBindings(logger: Logger): Logger {
  const child = logger.child.bind(logger);
  logger.child = ((bindings: pino.Bindings, opts?: pino.ChildLoggerOptions) =>
    scrubChildBindings(child(redactDeep(bindings) as pino.Bindings, opts))) as unknown as Logger['child'];
  return logger;
}
