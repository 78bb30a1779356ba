/**
 * Prometheus metrics (prom-client) for GET /metrics. A registry per bot, not the global one, so
 * that two bots in one process (tests) keep their own counts.
 *
 * Labels are closed vocabularies only: surfaces, intent and action names, AWS failure codes, Slack
 * method names and error codes (anything else becomes "other"), credential kinds. Never a person,
 * a name, an e-mail, a business unit, a key or a token.
 *
 * prom-client takes ~150-300 ms of CPU and ~13 MB of memory to load (bench/), so it is loaded by
 * the first scrape, not at start-up: until then createMetrics() keeps counts per label set and the
 * acknowledgement times (compactly, however long the bot runs unscraped) and replays them.
 */
import type * as PromClientModule from 'prom-client';
import type { Registry } from 'prom-client';

type PromClient = typeof PromClientModule;

export interface BotMetrics {
  /** Loads prom-client (once); measurements before that are kept and replayed. */
  load(): Promise<void>;
  /** A request handled by the engine: text (intent from the parser) or a button (action name). */
  request(surface: string, intent: string): void;
  /** Seconds from the request reaching Bolt to its acknowledgement; kind is command, event or action. */
  acknowledged(kind: string, seconds: number): void;
  awsError(operation: string, code: string): void;
  slackError(method: string, code: string): void;
  credentialIssued(kind: 'bearer_token' | 'api_key' | 'access_key'): void;
  /** How to count pending approvals when scraped (a ledger query). */
  countPendingApprovalsWith(count: () => Promise<number>): void;
  /** Prometheus text exposition format (loads prom-client if needed). */
  render(): Promise<string>;
  /** The Content-Type of render()'s text. */
  readonly contentType: string;
}

/** Acknowledgement times kept per kind before the first scrape; past this, newer ones are not kept. */
const MAX_KEPT_ACKS = 100_000;
const SEP = '\u0000';

export function createMetrics(options: { processMetrics?: boolean } = {}): BotMetrics {
  let real: BotMetrics | null = null;
  let loading: Promise<void> | null = null;
  let countPending: (() => Promise<number>) | null = null;
  // Before prom-client is loaded: how many times each counter was bumped, per label set.
  const counts = new Map<string, number>();
  let acks: Array<{ kind: string; seconds: Float64Array; n: number }> = [];
  const count = (...key: string[]): void => {
    const k = key.join(SEP);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  const replay = (target: BotMetrics): void => {
    for (const [key, n] of counts) {
      const [name = '', a = '', b = ''] = key.split(SEP);
      for (let i = 0; i < n; i += 1) {
        if (name === 'request') target.request(a, b);
        else if (name === 'awsError') target.awsError(a, b);
        else if (name === 'slackError') target.slackError(a, b);
        else if (name === 'credentialIssued') target.credentialIssued(a as 'bearer_token');
      }
    }
    for (const { kind, seconds, n } of acks)
      for (let i = 0; i < n; i += 1) target.acknowledged(kind, seconds[i] ?? 0);
    counts.clear();
    acks = [];
  };
  const load = (): Promise<void> => {
    loading ??= import('prom-client').then((prom) => {
      const built = buildMetrics(prom, options);
      if (countPending !== null) built.countPendingApprovalsWith(countPending);
      replay(built);
      real = built;
    });
    return loading;
  };
  const acknowledged = (kind: string, seconds: number): void => {
    let kept = acks.find((a) => a.kind === kind);
    if (kept === undefined) {
      kept = { kind, seconds: new Float64Array(1024), n: 0 };
      acks.push(kept);
    }
    if (kept.n === kept.seconds.length) {
      if (kept.n >= MAX_KEPT_ACKS) return;
      const grown = new Float64Array(Math.min(MAX_KEPT_ACKS, kept.n * 2));
      grown.set(kept.seconds);
      kept.seconds = grown;
    }
    kept.seconds[kept.n] = seconds;
    kept.n += 1;
  };
  return {
    load,
    contentType: 'text/plain; version=0.0.4; charset=utf-8',
    request: (surface, intent) =>
      real !== null ? real.request(surface, intent) : count('request', surface, intent),
    acknowledged: (kind, seconds) =>
      real !== null ? real.acknowledged(kind, seconds) : acknowledged(kind, seconds),
    awsError: (operation, code) =>
      real !== null ? real.awsError(operation, code) : count('awsError', operation, code),
    slackError: (method, code) =>
      real !== null ? real.slackError(method, code) : count('slackError', method, code),
    credentialIssued: (kind) =>
      real !== null ? real.credentialIssued(kind) : count('credentialIssued', kind),
    countPendingApprovalsWith(count) {
      countPending = count;
      real?.countPendingApprovalsWith(count);
    },
    async render() {
      await load();
      return (real as BotMetrics | null)?.render() ?? '';
    },
  };
}

/** Keeps a label to a safe, small token: lowercase words, dots and underscores; else "other". */
export function safeLabel(value: string, pattern = /^[A-Za-z][\w.-]{0,63}$/): string {
  return pattern.test(value) ? value : 'other';
}

function buildMetrics(prom: PromClient, options: { processMetrics?: boolean }): BotMetrics {
  const { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } = prom;
  const registry: Registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'bedrock_bot_' });

  const requests = new Counter({
    name: 'bedrock_bot_requests_total',
    help: 'Requests handled, by surface (slash, mention, dm) and intent or button action.',
    labelNames: ['surface', 'intent'],
    registers: [registry],
  });
  const acks = new Histogram({
    name: 'bedrock_bot_ack_seconds',
    help: 'Time from a Slack request reaching the app to its acknowledgement (Slack allows 3 s).',
    labelNames: ['kind'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [registry],
  });
  const awsErrors = new Counter({
    name: 'bedrock_bot_aws_errors_total',
    help: 'AWS calls that failed, by operation and classified failure code.',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const slackErrors = new Counter({
    name: 'bedrock_bot_slack_errors_total',
    help: 'Slack Web API calls that failed, by method and Slack error code.',
    labelNames: ['method', 'code'],
    registers: [registry],
  });
  const issued = new Counter({
    name: 'bedrock_bot_credentials_issued_total',
    help: 'Credentials handed out, by kind (bearer_token, api_key, access_key).',
    labelNames: ['kind'],
    registers: [registry],
  });
  let countPending: (() => Promise<number>) | null = null;
  new Gauge({
    name: 'bedrock_bot_approvals_pending',
    help: 'Requests waiting for an approver (shared across replicas on one ledger).',
    registers: [registry],
    async collect() {
      if (countPending === null) return;
      try {
        this.set(await countPending());
      } catch {
        // The ledger is unreachable: leave the last value; /readyz reports the outage.
      }
    },
  });

  return {
    load: async () => undefined,
    contentType: registry.contentType,
    request(surface, intent) {
      requests.inc({ surface: safeLabel(surface), intent: safeLabel(intent) });
    },
    acknowledged(kind, seconds) {
      acks.observe({ kind: safeLabel(kind) }, seconds);
    },
    awsError(operation, code) {
      awsErrors.inc({ operation: safeLabel(operation), code: safeLabel(code) });
    },
    slackError(method, code) {
      slackErrors.inc({ method: safeLabel(method), code: safeLabel(code, /^[a-z][a-z0-9_]{0,63}$/) });
    },
    credentialIssued(kind) {
      issued.inc({ kind });
    },
    countPendingApprovalsWith(count) {
      countPending = count;
    },
    render: () => registry.metrics(),
  };
}
