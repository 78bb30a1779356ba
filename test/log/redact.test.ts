import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../src/core/secret.js';
import { createLogger } from '../../src/log/logger.js';
import { redactDeep, scrubString } from '../../src/log/redact.js';

const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD' + 'A'.repeat(120);
const BEARER =
  'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg==&Version=1';
const API_KEY = 'ABSKQmVkcm9ja0FQSUtleS1hYmNkZWYxMjM0NTY3ODkwOmFiY2RlZg==';

function collect(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, stream };
}

describe('redactDeep', () => {
  it('removes secrets by key name at any depth, including the AWS SDK PascalCase shapes', () => {
    const input = {
      output: {
        AccessKey: { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', SecretAccessKey: SECRET_ACCESS_KEY },
        Credentials: { SessionToken: SESSION_TOKEN, Expiration: new Date(0) },
        ServiceSpecificCredential: {
          ServiceCredentialAlias: 'marketing-at-123',
          ServiceCredentialSecret: API_KEY,
        },
        deep: [{ nested: { ServicePassword: 'p4ss' } }],
      },
    };
    const text = JSON.stringify(redactDeep(input));
    expect(text).not.toContain(SECRET_ACCESS_KEY);
    expect(text).not.toContain(SESSION_TOKEN);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain('p4ss');
    expect(text).toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).toContain('marketing-at-123');
  });

  it('scrubs bearer tokens, API keys and Slack tokens inside free text', () => {
    const line = `calling with ${BEARER} and Authorization: Bearer abcdefghijklmnop, key ${API_KEY}, slack xoxb-1234-5678-abcdef`;
    const out = scrubString(line);
    expect(out).not.toContain('YmVkcm9jay5');
    expect(out).not.toContain(API_KEY);
    expect(out).not.toContain('abcdefghijklmnop');
    expect(out).not.toContain('xoxb-1234');
  });

  it('keeps Secret values redacted and handles cycles and errors', () => {
    const cyclic: Record<string, unknown> = { token: new Secret(BEARER) };
    cyclic.self = cyclic;
    const error = Object.assign(new Error(`failed for ${BEARER}`), { SecretAccessKey: SECRET_ACCESS_KEY });
    const text = JSON.stringify(redactDeep({ cyclic, error }));
    expect(text).not.toContain('YmVkcm9jay5');
    expect(text).not.toContain(SECRET_ACCESS_KEY);
  });
});

describe('createLogger', () => {
  it('writes JSON lines with secrets removed from objects, messages, child bindings and errors', () => {
    const { lines, stream } = collect();
    const logger = createLogger({ level: 'debug', destination: stream });
    logger
      .child({ token: BEARER })
      .info({ response: { SecretAccessKey: SECRET_ACCESS_KEY } }, `issued ${BEARER}`);
    logger.error({ err: new Error(`boom ${API_KEY}`) }, 'failed');
    logger.debug(`session ${SESSION_TOKEN}`);
    const all = lines.join('');
    for (const secret of [BEARER, SECRET_ACCESS_KEY, API_KEY, SESSION_TOKEN])
      expect(all).not.toContain(secret);
    const first = JSON.parse(lines[0] ?? '{}') as { level: string; msg: string };
    expect(first.level).toBe('info');
    expect(first.msg).toContain('issued');
  });

  it('respects the level', () => {
    const { lines, stream } = collect();
    const logger = createLogger({ level: 'warn', destination: stream });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });
});
