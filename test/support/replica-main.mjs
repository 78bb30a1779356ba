// One bot replica in its own process, for the multi-replica tests: the compiled composition root
// (dist/app/start-bot.js, as `bedrock-bot start` runs it) with settings from the environment, and
// the AWS port served by the test process (test/support/aws-rpc.mjs) so that all replicas share
// one fake AWS account. Prints {"replicaReady":<port>} once listening; SIGTERM stops it gracefully.
//
//   node test/support/replica-main.mjs <aws-rpc-url>
import process from 'node:process';
import { remoteAwsPort } from './aws-rpc.mjs';

const dist = new URL('../../dist/', import.meta.url);
const { loadConfig, formatConfigProblems } = await import(new URL('config/load-config.js', dist).href);
const { createLogger } = await import(new URL('log/logger.js', dist).href);
const { startBot } = await import(new URL('app/start-bot.js', dist).href);
const { Secret } = await import(new URL('core/secret.js', dist).href);

const loaded = loadConfig(process.env, { envFileDir: null });
if (!loaded.ok) {
  process.stderr.write(`${formatConfigProblems(loaded.error)}\n`);
  process.exit(2);
}
const config = loaded.value;
const logger = createLogger({ level: config.log.level, name: process.env.REPLICA_NAME ?? 'replica' });
const awsPort = remoteAwsPort(process.argv[2], (value) => new Secret(value));
const bot = await startBot(config, logger, { awsPort });
process.stdout.write(`${JSON.stringify({ replicaReady: bot.port })}\n`);

process.once('SIGTERM', () => {
  bot.stop().then(
    () => {
      logger.flush();
      process.exit(0);
    },
    () => process.exit(1),
  );
});
