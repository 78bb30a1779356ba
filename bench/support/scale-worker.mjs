// The scale phase's child process (bench/support/scale-bench.mjs): the real engine, AWS adapter
// (real SDK, pointed at the fake AWS by AWS_ENDPOINT_URL) and SQLite ledger, timing each read
// answer from the text to its rendered Block Kit. Prints one JSON line.
//
//   node bench/support/scale-worker.mjs '{"ledgerPath":…,"runs":7,"admin":"U…","member":"U…","memberEmail":"…"}'
import http from 'node:http';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const args = JSON.parse(process.argv[2] ?? '{}');
const dist = new URL('../../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);

// Every AWS call is one HTTP request to the fake: count them per operation.
let awsCalls = 0;
const originalRequest = http.request;
http.request = function countedRequest(...rest) {
  awsCalls += 1;
  return originalRequest.apply(this, rest);
};

const [
  { openSqliteLedger },
  { createAwsAdapter },
  { createEngine },
  { DEFAULT_SETTINGS },
  parser,
  render,
  home,
  ids,
] = await Promise.all([
  load('ledger/sqlite-ledger.js'),
  load('aws/aws-adapter.js'),
  load('core/engine.js'),
  load('core/settings.js'),
  load('intent/parse-request.js'),
  load('render/render-reply.js'),
  load('render/home-view.js'),
  load('app/ids.js'),
]);

const ledger = openSqliteLedger(args.ledgerPath);
const settings = { ...DEFAULT_SETTINGS, adminUserIds: [args.admin] };
/** An engine with its own AWS adapter, so its read caches start empty. */
const newEngine = () =>
  createEngine({
    aws: createAwsAdapter({ region: 'us-east-1', iamUserPath: settings.iamUserPath }),
    ledger,
    clock: { now: () => new Date() },
    ids: ids.cryptoIds,
    settings,
    parse: async (text) => parser.parseRequest(text),
    commandName: '/bedrock',
  });
const engine = newEngine();
const admin = {
  userId: args.admin,
  email: 'admin@example.com',
  displayName: 'Admin',
  isAdmin: true,
  isRestricted: false,
};
const member = {
  userId: args.member,
  email: args.memberEmail,
  displayName: 'Member',
  isAdmin: false,
  isRestricted: false,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (v) => Math.round(v * 10) / 10;

/** Outcome of the first delivery, and how many rows it shows. */
function firstOutcome(reply) {
  return reply.deliveries[0]?.outcome ?? null;
}
function rowsOf(outcome) {
  if (outcome === null) return null;
  if (outcome.type === 'history') return outcome.events.length;
  if (outcome.type === 'business-units') return outcome.units.length;
  if (outcome.type === 'details') return outcome.details.accessKeys.length + outcome.details.apiKeys.length;
  return null;
}
function moreOf(outcome) {
  return outcome?.type === 'history'
    ? outcome.more
    : outcome?.type === 'business-units'
      ? outcome.page?.more
      : undefined;
}

async function timed(name, target, once) {
  const times = [];
  let firstCpuMs = 0;
  let calls = 0;
  let rows = null;
  let type = null;
  for (let run = 0; run <= args.runs; run += 1) {
    const before = awsCalls;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await once();
    times.push(performance.now() - t0);
    if (run === 0) {
      calls = awsCalls - before;
      const cpu = process.cpuUsage(cpu0);
      firstCpuMs = (cpu.user + cpu.system) / 1000;
    }
    rows ??= result.rows;
    type ??= result.type;
  }
  const [first, ...rest] = times;
  const op = {
    name,
    target,
    firstMs: round(first),
    firstCpuMs: round(firstCpuMs),
    medianMs: round(median(rest)),
    awsCalls: calls,
    rows,
    type,
  };
  process.stderr.write(`${JSON.stringify(op)}\n`);
  return op;
}

const text =
  (requester, words, on = engine) =>
  async () => {
    const reply = await on.handleText({ requester, text: words, surface: 'slash' });
    render.renderReply(reply, '/bedrock');
    const outcome = firstOutcome(reply);
    return { rows: rowsOf(outcome), type: outcome?.type ?? null, more: moreOf(outcome) };
  };

/** The reply's "More" choice, clicked: the next page. */
const nextPage = (requester, words) => async () => {
  const first = await engine.handleText({ requester, text: words, surface: 'slash' });
  const more = moreOf(firstOutcome(first));
  if (more === undefined) throw new Error(`"${words}" offered no next page`);
  const t0 = performance.now();
  const reply = await engine.handleAction({
    requester,
    action: 'choose',
    requestId: more.requestId,
    choice: more.choiceKey,
    surface: 'slash',
  });
  render.renderReply(reply, '/bedrock');
  const outcome = firstOutcome(reply);
  return { rows: rowsOf(outcome), type: outcome?.type ?? null, clickMs: performance.now() - t0 };
};

// Each Home gets an engine of its own: its first build starts with empty caches (the reads of
// `list` and `details` above would otherwise answer it), as on a replica that has not served them.
const homeOf = (requester) => {
  let own = null;
  return async () => {
    own ??= newEngine();
    return homeOnce(own, requester);
  };
};
const homeOnce = async (engine, requester) => {
  const snapshot = await engine.home(requester);
  const view = home.renderHomeView(snapshot, '/bedrock');
  return {
    rows: snapshot.ownedUnits.length + snapshot.flaggedUnits.length,
    type: `home (${view.blocks.length} blocks)`,
  };
};

// A running bot has loaded the SDK and made AWS calls before anyone asks for a list: warm the
// process up on other reads (one unit's details, one history page) so that "first" measures
// empty caches, not the first use of the SDK and the JIT.
await text(admin, 'details for unit-0999')();
await text(admin, 'history for unit-0999')();

const operations = [];
operations.push(await timed('list, first page (admin)', true, text(admin, 'list')));
operations.push(await timed('list, next page (More; both pages)', false, nextPage(admin, 'list')));
operations.push(
  await timed(
    'list by owner, first page (5 of 1,000 units theirs; own caches)',
    false,
    // An engine of its own: "first" reads 100 units' tags with empty caches, as nothing shared them.
    text(admin, `list everything owned by ${args.memberEmail}`, newEngine()),
  ),
);
operations.push(await timed('details for one unit', false, text(admin, 'details for unit-0042')));
operations.push(await timed('history, first page', true, text(admin, 'history')));
operations.push(
  await timed('history for one unit, last month', true, text(admin, 'history for unit-0042 last month')),
);
operations.push(
  await timed(
    'history of approvals by one person',
    true,
    text(admin, `history of approvals for <@${args.member}>`),
  ),
);
operations.push(await timed('history, next page (More; both pages)', false, nextPage(admin, 'history')));
operations.push(await timed('my history (member)', true, text(member, 'my history')));
operations.push(await timed('App Home (member, owns 5 units)', false, homeOf(member)));
operations.push(
  await timed('App Home (admin, flags of the first page of 1,000 units)', false, homeOf(admin)),
);
await ledger.close();
http.request = originalRequest;
process.stdout.write(`${JSON.stringify({ operations })}\n`);
