/**
 * The Slack harness with the real AWS adapter behind the engine: the SDK clients run for real and the
 * test stubs only their HTTP boundary (aws-sdk-client-mock, or a local endpoint).
 */
import { type AwsAdapterOptions, createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { createEngine } from '../../src/core/engine.js';
import type { BotEngine } from '../../src/core/engine-api.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

/** The bot's own AWS credentials in these tests (AWS's documented example values). */
export const BOT_CREDS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/** Starts the harness; the engine (admin UADMIN01) is built on first use with the real adapter. */
export async function startRealAwsHarness(
  adapter: Pick<AwsAdapterOptions, 'region' | 'clientOptions'>,
): Promise<SlackHarness> {
  const clock = new FakeClock(new Date());
  let engine: BotEngine | null = null;
  const h: SlackHarness = await startSlackHarness({
    logLevel: 'debug',
    now: () => clock.now(),
    loadEngine: async () => {
      engine ??= createEngine({
        aws: createAwsAdapter({
          ...adapter,
          credentials: async () => BOT_CREDS,
          clock,
          logger: h.logs.logger.child({ component: 'aws' }),
        }),
        ledger: h.ledger,
        clock,
        ids: new SequentialIds(),
        settings: { ...DEFAULT_SETTINGS, adminUserIds: ['UADMIN01'] },
        parse: async (text, options) => parseRequest(text, options),
        commandName: '/bedrock',
      });
      return engine;
    },
  });
  return h;
}
