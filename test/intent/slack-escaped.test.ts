import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { loadCorpus } from './data/evaluate.mjs';

/**
 * Slack sends a message's text with `&`, `<` and `>` escaped (markup such as `<@U…>` stays as it is):
 * a quoted line ("> rotate the ads key") arrives as "&gt; rotate the ads key". Before round thirteen
 * such a quote was read as the request itself, so a reply under a quoted request could carry the quote
 * out. The corpus is written as people see it; this reads every quoted text of it as Slack sends it.
 */
function asSlackSends(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/^([^\S\n]*)>/gm, '$1&gt;');
}

const quoted = loadCorpus()
  .map((c) => c.text)
  .filter((t) => /^[^\S\n]*>/m.test(t));

describe('a quote as Slack sends it (&gt;)', () => {
  it('reads every quoted corpus text the same escaped as written', () => {
    expect(quoted.length).toBeGreaterThan(400);
    const differ = quoted.filter(
      (t) => JSON.stringify(parseRequest(asSlackSends(t))) !== JSON.stringify(parseRequest(t)),
    );
    expect(differ).toEqual([]);
  });

  it.each([
    '&gt; revoke the growth key\nlol no way',
    '&gt; <@U0BEDROCK1> deprovision marketing\nwait what, why?',
    '&gt; can you rotate the billing key\nhaha good one',
    '  &gt; create a key for search, 90 days\n:eyes:',
  ])('a quoted request under a reply that asks nothing is not acted on: %j', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });

  it('a greater-than sign inside a line is text, not a quote', () => {
    expect(parseRequest('p99 latency &gt; 2s, can i get a token for 2h').intent).toBe('token');
    expect(parseRequest('p99 latency &gt; 2s, can i get a token for 2h').ttlSeconds).toBe(7200);
  });

  it.each([
    '&gt;&gt;&gt; rotate the ads key\nrevoke the growth key too\nwhy would they say that',
    '>>> deprovision marketing\nand revoke the billing key',
    'fyi\n&gt;&gt;&gt; please revoke the growth key\nrotate search too',
  ])('a block quote (>>>) quotes every line after it: %j asks nothing', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent)).toBe(false);
  });

  it('a request before a block quote is still read', () => {
    const parse = parseRequest('revoke the ads key pls\n&gt;&gt;&gt; the ads key leaked\nin #random');
    expect(parse.intent).toBe('revoke');
    expect(parse.businessUnit).toBe('ads');
  });
});
