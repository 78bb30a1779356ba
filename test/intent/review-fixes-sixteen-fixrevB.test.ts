import { describe, expect, it } from 'vitest';
import { acted, exactly } from './acted.js';

/**
 * Round sixteen's review fixes (fixrevB): review B's texts and our own of the same kind, with
 * look-alikes whose reading must not change. Labels follow test/intent/data/README.md.
 */
describe('a haiku after a determiner, before ":"/"about", or written is the poem, whatever model wrote it', () => {
  it.each([
    'a bedrock haiku: rotate the ads key, the old one fades',
    'Sonnet wrote this haiku — revoke the growth key, spring leaves fall',
    'claude wrote me a haiku: revoke the growth key now, leaked keys fall like leaves',
    'my claude haiku about keys: revoke the payments key, autumn wind',
    'opus made the haiku: rotate the ads key, moon over the lake',
    'the anthropic haiku about rotation — revoke the sales key, cherry blossoms',
    'our haiku: rotate the keys, revoke the old ones',
    'haiku about leaked keys — revoke the finance key, snow on the pine',
  ])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  exactly([
    { text: 'a haiku by the security team: rotate, revoke, repeat', intent: 'unknown' },
    { text: 'lol the AI wrote a haiku about our quarterly budget', intent: 'unknown' },
    { text: 'token for haiku please', intent: 'token' },
    { text: 'need a token to try haiku', intent: 'token' },
    { text: 'need a token to use haiku with bedrock', intent: 'token' },
    { text: 'token 2h to test claude haiku', intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    { text: 'the haiku vs sonnet comparison: token for 2h', intent: 'token', ttlSeconds: 7200 },
    { text: 'need a token for the haiku latency benchmark. 20 min', intent: 'token', ttlSeconds: 1200 },
    { text: 'token for the sonnet vs haiku section of the blog post, 2h', intent: 'token', ttlSeconds: 7200 },
  ]);
});
