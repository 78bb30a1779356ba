import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseRequest } from '../../src/intent/parse-request.js';
import { INTENTS } from '../../src/core/request.js';
import { hangLimitMs } from './hang-guard.js';

describe('parseRequest', () => {
  it('returns every field of the contract', () => {
    expect(Object.keys(parseRequest('token 6h')).sort()).toEqual(
      [
        'all',
        'businessUnit',
        'confidence',
        'expiryDays',
        'intent',
        'keyId',
        'keyKind',
        'longTerm',
        'period',
        'owner',
        'provider',
        'reason',
        'region',
        'ttlSeconds',
      ].sort(),
    );
  });

  it('is deterministic', () => {
    const text = 'Could you please rotate the key for Customer Success in eu-west-1, owner <@U024BE7LH>?';
    expect(parseRequest(text)).toEqual(parseRequest(text));
  });

  it('ignores case and punctuation', () => {
    const a = parseRequest('ROTATE KEY FOR MARKETING!!!');
    const b = parseRequest('rotate key for marketing');
    expect(a).toEqual(b);
  });

  it('answers quickly on very long or pathological input', () => {
    const started = Date.now();
    const long = `${'please '.repeat(5000)}rotate key for marketing`;
    expect(INTENTS).toContain(parseRequest(long).intent);
    expect(INTENTS).toContain(parseRequest('a'.repeat(100_000)).intent);
    expect(INTENTS).toContain(parseRequest('-'.repeat(50_000)).intent);
    expect(INTENTS).toContain(parseRequest('<'.repeat(10_000) + '@U1>').intent);
    expect(Date.now() - started).toBeLessThan(5 * hangLimitMs());
    expect(MAX_TEXT_LENGTH).toBe(2000);
  });

  it('survives odd input without throwing', () => {
    for (const text of [
      '\u0000',
      '🙂🙂',
      '<>',
      '<@>',
      '&amp;&amp;',
      '@',
      '/bedrock',
      '   \n\t ',
      undefined as unknown as string,
    ]) {
      expect(() => parseRequest(text)).not.toThrow();
    }
  });

  it('does not mistake the bot mention for an owner', () => {
    expect(parseRequest('<@U0BOT> rotate key for marketing').owner).toBeNull();
    expect(parseRequest('<@U0BOT> give <@U024BE7LH> a token').owner).toBe('U024BE7LH');
  });

  it('prefers the address given as owner', () => {
    expect(parseRequest('key for marketing (cc a@x.com), owner: b@x.com').owner).toBe('b@x.com');
  });

  it('keeps region codes and hyphenated names whole', () => {
    const r = parseRequest('key for production-api in us-west-2');
    expect(r).toMatchObject({ businessUnit: 'production-api', region: 'us-west-2' });
  });

  it('never takes purpose words, durations or regions as a business unit', () => {
    for (const text of [
      'key for development',
      'key for testing',
      'key for a quick test',
      'key for trying out claude',
      'key for my laptop',
      'key for me',
      'key for myself',
      'key for personal use',
      'key for a demo',
      'key for a hackathon',
      'key for prototyping',
      'key for us-east-1',
      'key for 6 hours',
      'key for production',
      'key for prod',
      'key for ci/cd',
      'key for experimentation',
    ]) {
      expect(parseRequest(text).businessUnit, text).toBeNull();
    }
  });
});

/** Importing anything else in the project must not pull in the parser or its model (they stay out of the first Slack ack). */
describe('lazy NLP loading', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  it('nothing outside src/intent imports the parser or its model statically', () => {
    for (const file of files('src')) {
      const source = readFileSync(file, 'utf8');
      if (!file.startsWith(join('src', 'intent'))) {
        expect(source, file).not.toMatch(/intent-model\.json|classifier\.js/);
        expect(source, file).not.toMatch(
          /^import\s+(?!type\b)[^;]*from\s+['"][./]*(?:\.\.\/)*intent\/(?!types\.js)/m,
        );
      }
    }
  });
});

describe('owners that are not owners', () => {
  it('reports a stated owner that is neither an e-mail nor a mention, instead of dropping it', () => {
    for (const text of ['key for marketing owner not-an-email', 'create access for ads, owner: bob']) {
      const r = parseRequest(text);
      expect(r.owner, text).toBeNull();
      expect(r.problems, text).toEqual([expect.objectContaining({ slot: 'owner' })]);
      expect(r.problems?.[0]?.reason).toMatch(/e-mail/);
    }
  });

  it('keeps real owners and sentences that only talk about owners', () => {
    expect(parseRequest('key for marketing owner: bob@x.com')).toMatchObject({ owner: 'bob@x.com' });
    expect(parseRequest('key for marketing owner <@U012ABCDEF>')).toMatchObject({ owner: 'U012ABCDEF' });
    for (const text of ['key for marketing, owner is me', 'who is the owner of marketing']) {
      expect(parseRequest(text).problems, text).toBeUndefined();
    }
  });
});
