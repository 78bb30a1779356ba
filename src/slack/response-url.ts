/**
 * Posts a message to an interaction's response_url (slash commands and button clicks).
 *
 * Bolt's own respond() works, but it closes over the whole request it was made for (raw body,
 * HTTP request and response objects), so every answer still waiting in the acknowledgement-first
 * queue kept its request alive: about 40 KB each, promoted to the old generation under a burst
 * (measured by bench/). This keeps only the URL, and uses node:http(s) directly, which also costs
 * less CPU per answer than the global fetch Bolt uses.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Respond } from './deliver.js';

export class ResponseUrlError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ResponseUrlError';
  }
}

export function respondTo(responseUrl: string, options: { timeoutMs: number }): Respond {
  return (message) =>
    new Promise<string>((resolve, reject) => {
      let url: URL;
      try {
        url = new URL(responseUrl);
      } catch {
        reject(new ResponseUrlError('the response_url is not a URL', null));
        return;
      }
      const body = JSON.stringify(message);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(body),
          },
          timeout: options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            // Slack answers "ok" or a short error code such as "expired_url" or "invalid_blocks".
            if (status >= 400)
              reject(
                new ResponseUrlError(`response_url answered HTTP ${status}: ${text.slice(0, 120)}`, status),
              );
            else resolve(text);
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new ResponseUrlError(`response_url did not answer within ${options.timeoutMs} ms`, null)),
      );
      req.on('error', reject);
      req.end(body);
    });
}

/**
 * Whether a response_url may be trusted with a message (possibly a secret): only Slack's own hosts
 * over HTTPS (hooks.slack.com, *.slack.com), plus the host of a configured SLACK_API_URL (the
 * tests' fake Slack). A request signed with a leaked signing secret could otherwise send tokens
 * to any server it names.
 */
export function isTrustedResponseUrl(responseUrl: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return false;
  }
  if (extraHosts.includes(url.host)) return url.protocol === 'https:' || url.protocol === 'http:';
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '')
    return false;
  const host = url.hostname.toLowerCase();
  return host === 'hooks.slack.com' || host.endsWith('.slack.com');
}
