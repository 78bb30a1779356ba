// The floor: a bare Bolt app (the same installed @slack/bolt as the bot) in HTTP mode with one
// `/bedrock` command handler that only acknowledges. Reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
// PORT, HOST (default 127.0.0.1) and SLACK_API_URL from the environment. Logs nothing.
import process from 'node:process';
import bolt from '@slack/bolt';

const { App, HTTPReceiver, LogLevel } = bolt;

const silent = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

const signingSecret = process.env.SLACK_SIGNING_SECRET;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const receiver = new HTTPReceiver({ signingSecret, port, logger: silent });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logger: silent,
  ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
});

app.command('/bedrock', async ({ ack }) => {
  await ack();
});

await app.start({ port, host });

const shutdown = () => {
  app.stop().finally(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
