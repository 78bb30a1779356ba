/**
 * Checks on every POST to the Slack endpoints, before Bolt dispatches it:
 *
 * - a body limit that fits Slack's payloads (1 MB), enforced from Content-Length before anything
 *   is read and again while reading, so an unsigned 4 MB body is never buffered;
 * - the signature, checked here and only here (with Bolt's own verifier and our clock): the
 *   receiver's own check is switched off (timestamp-window.ts), since checking every request twice
 *   cost a second HMAC and two random draws per request on the acknowledgement path (bench/
 *   profile). An unsigned or badly signed request gets a 401, as Bolt would answer it, except
 *   Slack's unsigned `ssl_check=1`, which gets its bare 200 here and never reaches Bolt;
 * - replay de-duplication by signature (replay-guard.ts): a copy is acknowledged and dropped;
 * - the body's shape: a signed `payload=null` (or any payload that is not a JSON object) gets a
 *   400 instead of reaching Bolt, which would throw outside any listener and crash the process.
 *
 * The buffered body is handed to Bolt as `rawBody`, which Bolt reuses instead of reading again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from './bolt-parts.js';
import type { Logger } from '../log/logger.js';
import type { ReplayGuard } from './replay-guard.js';

/** Slack's largest payloads (view submissions, big events) stay well under this. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface IngressGuardOptions {
  signingSecret: string;
  now: () => Date;
  logger: Logger;
  replay: ReplayGuard;
  bodyLimitBytes?: number;
}

type Verdict = 'pass' | 'handled';

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { connection: 'close' });
  res.end();
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

/** A JSON object (not null, not an array), or undefined. */
function asObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a signed body is something Bolt can dispatch without throwing. */
export function wellFormed(body: string, contentType: string | undefined): boolean {
  if (contentType?.split(';')[0]?.trim() === 'application/x-www-form-urlencoded') {
    const form = parseQuery(body);
    if (form.payload === undefined) return Object.keys(form).length > 0;
    return typeof form.payload === 'string' && asObject(form.payload) !== undefined;
  }
  return asObject(body) !== undefined;
}

/** Slack's unsigned SSL check (`ssl_check=1` in a form body), as Bolt's receiver recognises it. */
function isSslCheck(body: string, contentType: string | undefined): boolean {
  return (
    contentType === 'application/x-www-form-urlencoded' &&
    body.includes('ssl_check') &&
    parseQuery(body).ssl_check === '1'
  );
}

export async function guardIngress(
  req: IncomingMessage,
  res: ServerResponse,
  options: IngressGuardOptions,
): Promise<Verdict> {
  const limit = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    options.logger.warn({ bytes: declared }, 'refused a Slack request body over the size limit');
    answer(res, 413);
    req.destroy();
    return 'handled';
  }
  const body = await readBody(req, limit);
  if (body === null) {
    options.logger.warn({ limit }, 'refused a Slack request body over the size limit');
    answer(res, 413);
    req.destroy();
    return 'handled';
  }
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
  const text = body.toString('utf8');
  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  const signed =
    typeof signature === 'string' &&
    Number.isFinite(timestamp) &&
    isValidSlackRequest({
      signingSecret: options.signingSecret,
      body: text,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: options.now().getTime(),
    });
  if (!signed) {
    // Slack's SSL check is unsigned; it gets the bare 200 Bolt gives it, whatever else it carries.
    if (isSslCheck(text, req.headers['content-type'])) {
      answer(res, 200);
      return 'handled';
    }
    options.logger.warn('refused a Slack request without a valid signature');
    answer(res, 401);
    return 'handled';
  }
  if (!options.replay.firstTime(signature, options.now().getTime())) {
    options.logger.warn('dropped a replayed Slack request (same signature within the window)');
    answer(res, 200);
    return 'handled';
  }
  if (!wellFormed(text, req.headers['content-type'])) {
    options.logger.warn('refused a signed Slack request whose body is not a JSON object');
    answer(res, 400);
    return 'handled';
  }
  return 'pass';
}
