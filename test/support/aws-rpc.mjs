// The AWS port across a process boundary, for tests that run the bot in child processes
// (test/support/replica-main.mjs) against ONE FakeAws in the test process, so that every replica
// sees the same IAM. Values cross as JSON with Dates and Secrets tagged; secrets only ever travel
// over the loopback between the test and its own children.
import { createServer } from 'node:http';

/** Tags Dates and Secrets (anything with reveal()) so they survive JSON. */
export function encode(value) {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value !== null && typeof value === 'object' && typeof value.reveal === 'function')
    return { $secret: value.reveal() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) out[key] = encode(inner);
    return out;
  }
  return value;
}

/** The inverse of encode; `makeSecret` builds the receiving side's Secret. */
export function decode(value, makeSecret) {
  if (Array.isArray(value)) return value.map((v) => decode(v, makeSecret));
  if (value !== null && typeof value === 'object') {
    if (typeof value.$date === 'string' && Object.keys(value).length === 1) return new Date(value.$date);
    if (typeof value.$secret === 'string' && Object.keys(value).length === 1)
      return makeSecret(value.$secret);
    const out = {};
    for (const [key, inner] of Object.entries(value)) out[key] = decode(inner, makeSecret);
    return out;
  }
  return value;
}

/** Serves `port`'s methods at POST / as {method, args} → {result} or {error}. */
export async function serveAwsPort(port, makeSecret) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const { method, args } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof port[method] !== 'function') throw new Error(`no AWS method ${method}`);
        const result = await port[method](...decode(args, makeSecret));
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ result: encode(result) }));
      } catch (error) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An AwsPort whose every method is a call to serveAwsPort at `url`. */
export function remoteAwsPort(url, makeSecret) {
  return new Proxy(
    {},
    {
      get(_target, method) {
        if (typeof method !== 'string' || method === 'then') return undefined;
        return async (...args) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ method, args: encode(args) }),
          });
          const body = await response.json();
          if (body.error !== undefined) throw new Error(body.error);
          return decode(body.result, makeSecret);
        };
      },
    },
  );
}
