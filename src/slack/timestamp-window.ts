/**
 * Replay protection in both directions. Bolt verifies the signature and refuses timestamps more
 * than five minutes in the past, but accepts any timestamp in the future, so a request signed
 * with a future timestamp (a leaked signature, a skewed clock) would stay replayable for as long
 * as the attacker likes. We refuse anything more than five minutes away from now, either way.
 *
 * The seam: `HTTPReceiver.requestListener` is the public property the receiver's own server calls
 * for every request. `WindowedHTTPReceiver` wraps it: requests to the Slack endpoints whose
 * X-Slack-Request-Timestamp is outside the window get a bare 401 before Bolt reads the body;
 * with `guard`, the ingress guards (ingress-guards.ts, the signature check included) run next, and
 * only what they pass reaches Bolt; without it, everything else goes to Bolt unchanged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiverOptions } from '@slack/bolt';
import { HTTPReceiver } from './bolt-parts.js';
import type { Logger } from '../log/logger.js';
import type { AckFirstScheduler } from './ack-first.js';
import { guardIngress, type IngressGuardOptions } from './ingress-guards.js';

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type TimestampVerdict = 'ok' | 'absent' | 'malformed' | 'stale' | 'future';

/** Judges an X-Slack-Request-Timestamp header (seconds since the epoch) against `nowMs`. */
export function judgeTimestamp(header: string | string[] | undefined, nowMs: number): TimestampVerdict {
  if (header === undefined) return 'absent';
  if (Array.isArray(header) || !/^\d{1,12}$/.test(header.trim())) return 'malformed';
  const skew = Number(header.trim()) - Math.floor(nowMs / 1000);
  if (skew < -MAX_CLOCK_SKEW_SECONDS) return 'stale';
  if (skew > MAX_CLOCK_SKEW_SECONDS) return 'future';
  return 'ok';
}

export interface WindowedHTTPReceiverOptions extends HTTPReceiverOptions {
  endpoints: string[];
  now: () => Date;
  windowLogger: Logger;
  /** Told when each Slack request arrives and when it has been answered (acknowledgements first). */
  scheduler?: AckFirstScheduler;
  /** Body limit, signature-based replay de-duplication and body shape (ingress-guards.ts). */
  guard?: Omit<IngressGuardOptions, 'now' | 'logger'>;
}

export class WindowedHTTPReceiver extends HTTPReceiver {
  constructor({ now, windowLogger, scheduler, guard, ...options }: WindowedHTTPReceiverOptions) {
    // With the guard, the signature is checked there, once; Bolt would check it a second time.
    super(guard !== undefined ? { ...options, signatureVerification: false } : options);
    const endpoints = new Set(options.endpoints);
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse): void => {
      if (req.method?.toUpperCase() === 'POST' && endpoints.has(pathOf(req.url))) {
        if (scheduler !== undefined) {
          scheduler.requestStarted();
          let done = false;
          const finished = (): void => {
            if (done) return;
            done = true;
            scheduler.requestFinished();
          };
          res.once('finish', finished);
          res.once('close', finished);
        }
        // An absent header is left to Bolt: it refuses it too, except for Slack's unsigned ssl_check.
        const verdict = judgeTimestamp(req.headers['x-slack-request-timestamp'], now().getTime());
        if (verdict !== 'ok' && verdict !== 'absent') {
          windowLogger.warn({ verdict }, 'refused a Slack request outside the five-minute timestamp window');
          req.resume();
          res.writeHead(401);
          res.end();
          return;
        }
        if (guard !== undefined) {
          guardIngress(req, res, { ...guard, now, logger: windowLogger })
            .then((verdict) => {
              if (verdict === 'pass') boltListener(req, res);
            })
            .catch((error: unknown) => {
              windowLogger.warn({ error: String(error) }, 'could not read a Slack request');
              if (!res.headersSent) {
                res.writeHead(400);
                res.end();
              }
            });
          return;
        }
      }
      boltListener(req, res);
    };
  }
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}
