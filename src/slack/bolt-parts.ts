/**
 * Bolt's runtime parts, each loaded from its own module. `@slack/bolt`'s index also loads
 * ExpressReceiver and AwsLambdaReceiver, which the bot never uses: express and some 120 modules
 * behind it, ~170 ms of CPU and ~5 MB at every start, on the way to the first acknowledgement
 * (bench/RESULTS.md). Types still come from '@slack/bolt' (type imports load nothing), and
 * test/slack/bolt-parts.test.ts checks that these are the very classes the index exports, so a
 * Bolt upgrade that moves them fails the tests rather than the bot.
 */
import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

// require(), not import: an ESM default import of these CommonJS files means module.exports in
// Node but its `default` under the test runner's interop; require() means the same in both.
const require = createRequire(import.meta.url);
const app = require('@slack/bolt/dist/App.js') as {
  default: typeof Bolt.App;
  LogLevel: typeof Bolt.LogLevel;
};
const http = require('@slack/bolt/dist/receivers/HTTPReceiver.js') as { default: typeof Bolt.HTTPReceiver };
const socket = require('@slack/bolt/dist/receivers/SocketModeReceiver.js') as {
  default: typeof Bolt.SocketModeReceiver;
};
const verify = require('@slack/bolt/dist/receivers/verify-request.js') as {
  isValidSlackRequest: typeof Bolt.isValidSlackRequest;
};

export const App = app.default;
export type App = Bolt.App;
export const HTTPReceiver = http.default;
export type HTTPReceiver = Bolt.HTTPReceiver;
export const SocketModeReceiver = socket.default;
export type SocketModeReceiver = Bolt.SocketModeReceiver;
export const LogLevel = app.LogLevel;
export type LogLevel = Bolt.LogLevel;
export const isValidSlackRequest = verify.isValidSlackRequest;
