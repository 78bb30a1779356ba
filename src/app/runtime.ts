/**
 * The composition root: wires the config into real adapters and the engine. Heavy modules
 * (the AWS SDK, the NLP parser, the engine) are imported here lazily so that the Slack listener
 * can acknowledge before any of them is loaded.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../config/load-config.js';
import type { AwsPort } from '../core/aws-port.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { BotEngine } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { ParseOptions, ParseResult } from '../core/request.js';
import type { Logger } from '../log/logger.js';
import { cryptoIds } from './ids.js';
import type { BotMetrics } from './metrics.js';

export interface Runtime {
  engine: BotEngine;
  aws: AwsPort;
  ledger: Ledger;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger: Logger;
  /** Use the in-memory example AWS port instead of real AWS (console without credentials). */
  dryRun: boolean;
  /** An AWS port to use instead of building one (tests, benchmarks). */
  awsPort?: AwsPort;
  /** An already-open ledger (the Slack app opens it eagerly to de-duplicate retries). */
  ledger?: Ledger;
  clock?: Clock;
  /** The Slack front end confirms each secret's delivery (deliver or revoke); see EngineDeps. */
  confirmsDelivery?: boolean;
  /** This process on the ledger (Ledger.holdInstance): recorded on the requests it executes. */
  instanceId?: string;
  /** Count requests, AWS failures and issued credentials for /metrics. */
  metrics?: BotMetrics;
}

let parserModule: Promise<{ parseRequest: (text: string, options?: ParseOptions) => ParseResult }> | null =
  null;

/** Loads the NLP parser once, on first use. */
export function loadParser(): Promise<(text: string, options?: ParseOptions) => ParseResult> {
  parserModule ??= import('../intent/parse-request.js');
  return parserModule.then((m) => m.parseRequest);
}

export async function openLedger(config: AppConfig, dryRun: boolean, logger?: Logger): Promise<Ledger> {
  if (!dryRun && config.databaseUrl !== null) {
    const { openPostgresLedger } = await import('../ledger/postgres-ledger.js');
    return openPostgresLedger(config.databaseUrl, {
      onIdleError: (error) =>
        logger?.warn(
          { error: error.message },
          'lost an idle ledger database connection; reconnecting on next use',
        ),
    });
  }
  const { openSqliteLedger } = await import('../ledger/sqlite-ledger.js');
  if (dryRun) return openSqliteLedger(':memory:');
  if (config.ledgerPath !== ':memory:') mkdirSync(dirname(config.ledgerPath), { recursive: true });
  return openSqliteLedger(config.ledgerPath);
}

export async function createAwsPort(
  config: AppConfig,
  logger: Logger,
  dryRun: boolean,
  clock: Clock,
): Promise<AwsPort> {
  if (dryRun) {
    const { createExampleAwsPort } = await import('../dry-run/example-aws-port.js');
    return createExampleAwsPort(clock);
  }
  const { createAwsAdapter } = await import('../aws/aws-adapter.js');
  return createAwsAdapter({
    region: config.core.defaultRegion,
    iamUserPath: config.core.iamUserPath,
    clock,
    logger: logger.child({ component: 'aws' }),
  });
}

export async function createRuntime(config: AppConfig, options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const ownsLedger = options.ledger === undefined;
  const ledger = options.ledger ?? (await openLedger(config, options.dryRun));
  const { metrics } = options;
  let aws = options.awsPort ?? (await createAwsPort(config, options.logger, options.dryRun, clock));
  const parse = async (text: string, options?: ParseOptions): Promise<ParseResult> =>
    (await loadParser())(text, options);
  let meter = (engine: BotEngine): BotEngine => engine;
  if (metrics !== undefined) {
    const { meterAwsPort } = await import('./metered-aws.js');
    const { meterEngine } = await import('./metered-engine.js');
    aws = meterAwsPort(aws, metrics);
    meter = (engine) => meterEngine(engine, metrics);
  }
  const { createEngine } = await import('../core/engine.js');
  const engine = meter(
    createEngine({
      aws,
      ledger,
      clock,
      ids: cryptoIds,
      settings: config.core,
      parse,
      commandName: config.slack.commandName,
      ...(options.confirmsDelivery === true ? { confirmsDelivery: true } : {}),
      ...(options.instanceId !== undefined ? { instanceId: options.instanceId } : {}),
    }),
  );
  return {
    engine,
    aws,
    ledger,
    close: async () => {
      if (ownsLedger) await ledger.close();
    },
  };
}
