/**
 * Bolt's runtime parts, each loaded from its own module. `@slack/bolt`'s index also loads
 * ExpressReceiver and AwsLambdaReceiver, which the bot never uses: express and some 120 modules
 * behind it, ~170 ms of CPU and ~5 MB at every start, on the way to the first acknowledgement
 * (bench/RESULTS.md). Types still come from '@slack/bolt' (type imports load nothing), and
 * test/slack/bolt-parts.test.ts checks that these are the very classes the index exports, so a
 * Bolt upgrade that moves them fails the tests rather than the bot.
 *
 * The Socket Mode receiver loads on first use (`socketModeReceiver()`). Bolt's App.js requires it
 * at the top, and with it `@slack/socket-mode` and its WebSocket client `undici` (~115 modules,
 * their WebAssembly HTTP parser included): ~4 MB of live heap and ~1.2 MB outside it that an HTTP
 * bot kept for good (bench/: a heap snapshot after 1,000 commands). So before App.js is required,
 * Node's module cache gets a stand-in for that one file whose `default` loads the real one; App.js
 * reads it only to build or check a Socket Mode receiver (`socketMode: true`), which the bot never
 * asks it to (it builds its own, through `socketModeReceiver()`).
 */
import { createRequire, Module } from 'node:module';
import type * as Bolt from '@slack/bolt';

// require(), not import: an ESM default import of these CommonJS files means module.exports in
// Node but its `default` under the test runner's interop; require() means the same in both.
const require = createRequire(import.meta.url);

type SocketModule = { default: typeof Bolt.SocketModeReceiver };
const SOCKET_FILE = require.resolve('@slack/bolt/dist/receivers/SocketModeReceiver.js');
let socket: SocketModule | undefined;
const standIn = Object.defineProperties(
  {},
  {
    __esModule: { value: true },
    default: { enumerable: true, get: () => loadSocket().default },
  },
);
function loadSocket(): SocketModule {
  if (socket !== undefined) return socket;
  if (require.cache[SOCKET_FILE]?.exports === standIn) delete require.cache[SOCKET_FILE];
  socket = require(SOCKET_FILE) as SocketModule;
  return socket;
}
if (require.cache[SOCKET_FILE] === undefined) {
  // Node documents adding entries to require.cache; a module found there is not read again.
  const entry = new Module(SOCKET_FILE);
  entry.filename = SOCKET_FILE;
  entry.loaded = true;
  entry.exports = standIn;
  require.cache[SOCKET_FILE] = entry;
}

const app = require('@slack/bolt/dist/App.js') as {
  default: typeof Bolt.App;
  LogLevel: typeof Bolt.LogLevel;
};
const http = require('@slack/bolt/dist/receivers/HTTPReceiver.js') as { default: typeof Bolt.HTTPReceiver };
const verify = require('@slack/bolt/dist/receivers/verify-request.js') as {
  isValidSlackRequest: typeof Bolt.isValidSlackRequest;
};

export const App = app.default;
export type App = Bolt.App;
export const HTTPReceiver = http.default;
export type HTTPReceiver = Bolt.HTTPReceiver;
/** Bolt's Socket Mode receiver class, loaded (with @slack/socket-mode and undici) on the first call. */
export const socketModeReceiver = (): typeof Bolt.SocketModeReceiver => loadSocket().default;
export type SocketModeReceiver = Bolt.SocketModeReceiver;
export const LogLevel = app.LogLevel;
export type LogLevel = Bolt.LogLevel;
export const isValidSlackRequest = verify.isValidSlackRequest;
