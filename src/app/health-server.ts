/**
 * Operations endpoints on PORT, in both modes:
 * - GET /healthz: the process is alive (200 {"ok":true});
 * - GET /readyz: ready for traffic: the ledger answers, the Slack connection is up (Socket Mode:
 *   the WebSocket is open; HTTP mode: listening) and the bot's AWS identity is known. 503 with
 *   the failing checks otherwise, and while shutting down, so a load balancer drains the replica;
 * - GET /metrics: Prometheus text format (src/app/metrics.ts).
 * In HTTP mode the routes ride on Bolt's receiver (one port); in Socket Mode, which has no
 * receiver port, startHealthServer serves them itself.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotMetrics } from './metrics.js';

export interface Route {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export type CheckResult = 'ok' | string;

export interface ReadinessChecks {
  /** Resolves when the ledger answers a trivial query. */
  ledger: () => Promise<void>;
  slackConnected: () => boolean;
  /** Resolves to true once the bot's AWS identity (sts:GetCallerIdentity) is known. */
  awsIdentity: () => Promise<boolean>;
  /** True once shutdown has begun. */
  draining: () => boolean;
  timeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs every check; the messages are fixed words, never an error text (which may hold a host or user). */
export async function checkReadiness(checks: ReadinessChecks): Promise<{
  ready: boolean;
  checks: Record<string, CheckResult>;
}> {
  const timeoutMs = checks.timeoutMs ?? 2_000;
  const [ledger, aws] = await Promise.all([
    withTimeout(checks.ledger(), timeoutMs).then(
      () => 'ok',
      () => 'unreachable',
    ),
    withTimeout(checks.awsIdentity(), timeoutMs).then(
      (known) => (known ? 'ok' : 'unknown'),
      () => 'unknown',
    ),
  ]);
  const result: Record<string, CheckResult> = {
    ledger,
    slack: checks.slackConnected() ? 'ok' : 'disconnected',
    aws,
  };
  if (checks.draining()) result.shutdown = 'draining';
  return { ready: Object.values(result).every((v) => v === 'ok'), checks: result };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export const healthRoute: Route = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => json(res, 200, { ok: true }),
};

/** /readyz and /metrics, as routes for Bolt's HTTP receiver or startHealthServer. */
export function probeRoutes(checks: ReadinessChecks, metrics: BotMetrics): Route[] {
  return [
    {
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        checkReadiness(checks).then(
          (readiness) => json(res, readiness.ready ? 200 : 503, readiness),
          () => json(res, 503, { ready: false }),
        );
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        metrics.render().then(
          (text) => {
            res.writeHead(200, { 'content-type': metrics.contentType });
            res.end(text);
          },
          () => json(res, 500, { error: 'metrics unavailable' }),
        );
      },
    },
  ];
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** A small HTTP server for /healthz and `routes` (Socket Mode). 404 for anything else. */
export async function startHealthServer(options: {
  port: number;
  host?: string;
  routes: Route[];
}): Promise<HealthServer> {
  const routes = [healthRoute, ...options.routes];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method.includes(req.method ?? 'GET'));
    if (route === undefined) {
      json(res, 404, { error: 'not found' });
      return;
    }
    route.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
