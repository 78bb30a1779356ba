// Signed slash-command requests over loopback, one at a time or from a bounded pool.
import { request, Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { signedHeaders, slashCommandBody } from './signer.mjs';

/** A keep-alive agent such as a load balancer in front of the app would hold. */
export function newAgent(maxSockets = 64) {
  return new Agent({ keepAlive: true, maxSockets });
}

/**
 * POSTs a signed `/bedrock <text>` to http://127.0.0.1:<port>/slack/events.
 * Resolves { status, ms, startedAt } (ms: send to full response); rejects on a network error.
 */
export function postCommand({ port, secret, text, userId, responseUrl, agent = false, timeoutMs = 10_000 }) {
  const body = slashCommandBody({ text, userId, responseUrl });
  const headers = signedHeaders(secret, body);
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/slack/events', headers, agent },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - startedAt, startedAt }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`request timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends `count` requests keeping `concurrency` in flight; `makeRequest(i)` returns the promise
 * of request i. Resolves { latencies, failures, statuses, wallMs }. Bounded by count and deadlineMs.
 */
export async function runPool({ count, concurrency, makeRequest, deadlineMs = 120_000 }) {
  const latencies = [];
  const statuses = {};
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count && performance.now() - started < deadlineMs) {
      const i = next;
      next += 1;
      try {
        const { status, ms } = await makeRequest(i);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200) latencies.push(ms);
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { latencies, failures, statuses, wallMs: performance.now() - started, sent: next };
}
