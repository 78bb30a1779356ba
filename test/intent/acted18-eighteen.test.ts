/**
 * Round eighteen, acted18: a request taken back in the same message because it is no longer needed
 * ("token for 2h? no wait, don't need it anymore, the test passed on the old setup" acted), and the
 * reason told after a take-back with a word of ours in it ("nah, it was just a dummy key"). Sentences
 * written before the parser's answer was looked at, across every acting intent, with look-alikes that
 * stay requests: corrections that name a new value, and reasons that give the request its cause.
 */
import { describe, expect, it } from 'vitest';
import type { IntentName } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

describe("a request taken back as no longer needed: 'X? no wait, don't need it (anymore / after all)'", () => {
  nothingAsked([
    "token for 2h? no wait, don't need it anymore, the demo got cancelled",
    "can I get a token for 4 hours? no wait, don't need it after all",
    "create a key for growth? no wait, we don't need it anymore, the project was dropped",
    "rotate the ads key? no wait, don't need to, it never left the vault",
    "please revoke the billing key. no wait, don't need that anymore, finance already moved off it",
    "deprovision legacy-maps? no wait, don't need to after all, they still use it",
    "need a token for 30 mins — no wait, I don't need it any more, found my old one",
    "<@U0BOT1234> new api key for risk-ml please. no wait, we don't need one after all",
    "token for 8h please. wait, don't need it after all, meeting moved",
    "rotate recsys's key? oh wait, no need anymore, it was rotated yesterday",
    "could you make me a token for 1 day? no wait, won't need it, the release slipped",
  ]);
});

describe("'X — actually never mind, it works now'", () => {
  nothingAsked([
    'token for 2h — actually never mind, it works now',
    'can you rotate the search key? actually never mind, the errors stopped',
    "create an access key for data-eng — actually nevermind, it's working now",
    'revoke the kyc key please… actually never mind, turns out it never leaked',
    'deprovision old-analytics — actually, never mind, they still need it',
    'I need a token for 6 hours. Actually never mind, my old one still works',
    'rotate the payments key. actually nvm, it works fine now',
    'key for doc-ai with 90 day expiry — never mind, figured it out',
    'revoke the growth key? hmm never mind, false positive from the scanner',
    '<@U0BOT1234> token for 12h pls — actually never mind, the build passed',
    'new key for field-crew please. never mind, it works again',
  ]);
});

describe("'X… scratch that, the build went green'", () => {
  nothingAsked([
    'token for 3h… scratch that, the build went green',
    'rotate the billing key. scratch that, the scan was a false positive',
    "create a key for analytics — scratch that, we'll reuse the existing one",
    "revoke ads' key please... scratch that, it was a test key anyway",
    "deprovision the risk-ml unit, scratch that, they're staying",
    'can I get a token for 45 minutes? scratch that, CI is green again',
    'api key for the search team, 30 days. scratch that, not needed',
    'rotate recsys key asap — scratch that, it was a false alarm',
    'token for 1h please. forget it, the pipeline recovered',
    'new key for legal-ops. forget that, they got one last week',
    "revoke the growth key… scrap that, it's fine",
  ]);
});

describe("'X? nah, not needed any more'", () => {
  nothingAsked([
    'token for 2h? nah, not needed any more',
    'rotate the ads key? nah, not needed anymore, it expired on its own',
    'create a key for growth? nah, no longer needed',
    'revoke the billing key? nah — not needed now, the contractor stayed',
    'deprovision search? nah, not needed after all',
    'token for 10 minutes? nope, not needed any more',
    "new api key for risk-ml? nah not needed, they're sharing ours",
    "rotate doc-ai's key? nah, no need, nobody saw it",
    'can I have a token for 5h? nah, not needed anymore actually',
    "access key for data-eng? nah, they don't need it after all",
    'revoke the kyc key? nah, not needed, it was never used',
  ]);
});

describe("'X, oh wait, sorted, ignore me'", () => {
  nothingAsked([
    'token for 2h, oh wait, sorted, ignore me',
    'rotate the payments key pls, oh wait, sorted it myself, ignore me',
    'create a key for growth — oh wait, sorted, ignore me',
    'revoke the ads key? oh never mind, sorted, ignore me',
    'deprovision legacy-maps please. oh wait sorted, ignore',
    'can I get a token for 4h? oh, sorted now, ignore me',
    'new key for analytics please… ah wait, sorted, please ignore',
    'token for 30m. ignore me, found it',
    "rotate recsys's key — ignore me, it's sorted",
    'key for field-crew please, oh wait all sorted, ignore',
    'revoke the billing key. sorted, ignore me!',
  ]);
});

describe("'X. Actually no, ignore, someone shared theirs'", () => {
  nothingAsked([
    'token for 2h. Actually no, ignore, someone shared theirs',
    'create a key for growth. actually no, ignore, Priya gave us hers',
    'rotate the ads key. Actually no, ignore that, Sam already did it',
    "revoke the search key. actually no, ignore, it's already gone",
    'deprovision old-analytics. actually no, ignore, still in use',
    'can I get a token for 6h? actually no, ignore, a teammate shared one',
    "api key for data-eng please. Actually no, ignore me, we'll use the shared one",
    'token for 1 day. actually, no — ignore, Lena lent me hers',
    'new key for risk-ml. actually no, ignore this, they have one',
    'rotate recsys key please. Actually no, please ignore, it was the staging key',
    'revoke kyc key. actually no ignore, false alarm',
  ]);
});

describe('the same take-backs in replies and threads', () => {
  nothingAsked([
    "> can you get a token?\ntoken for 2h please. no wait, don't need it anymore",
    'replying here: rotate the ads key? nah, not needed any more, it never leaked',
    "(in thread) create a key for growth — actually never mind, they're using ours",
    "re: the billing key — revoke it. scratch that, it's fine",
    'following up on the above: deprovision legacy-maps. actually no, ignore, still in use',
  ]);
});

describe("why it was taken back, told after the take-back with 'key' or 'token' in it", () => {
  nothingAsked([
    'revoke the ads key. scratch that, it was a test key anyway',
    'rotate the billing key? never mind, the key never left the vault',
    'revoke the growth key — actually no, ignore, the key was already expired',
    'token for 2h. never mind, my old token still works',
    "create a key for analytics. scratch that, they'll reuse their old key",
    'rotate recsys key please. Actually no, please ignore, it was the staging key',
    'revoke the search key? nah, it was just a dummy key',
    'rotate the ads key. actually nevermind, the key we saw was the sandbox one',
    'new key for risk-ml please. ignore me, they found their key',
    'deprovision old-analytics? nah, their last key was revoked already',
    "token for 4h. actually never mind, there's a token in the team vault",
  ]);
  describe('look-alikes: a correction told as a clause, or a request asked again, keeps asking', () => {
    keeps([
      ["rotate the ads key? actually no — it's the billing key that leaked", 'rotate'],
      ["revoke the key for ads. wait no, it's the recsys key", 'revoke', 'recsys'],
      ["rotate the search key. sorry, it's the ranking key", 'rotate', 'ranking'],
      ["revoke the ads key. scratch that, it's the fraud_ml key", 'revoke', 'fraud-ml'],
      ['revoke the ads key, it was pasted in slack', 'revoke', 'ads'],
      ['rotate the ads key? no, it leaked, rotate it', 'rotate', 'ads'],
      ['token for 2h. nah, it should be 4h', 'token'],
    ]);
  });
});

/** The request kept, with its intent, unit and token lifetime where given. */
const keepsWith = (rows: [string, IntentName, string | undefined, number | undefined][]) =>
  it.each(rows)('%j', (text, intent, unit, ttl) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    if (unit !== undefined) expect(parse.businessUnit).toBe(unit);
    if (ttl !== undefined) expect(parse.ttlSeconds).toBe(ttl);
  });

describe('look-alikes that stay requests: corrections with a new value, and reasons for the request', () => {
  keepsWith([
    ['token for 2h? no wait, 4h', 'token', undefined, 14400],
    ['revoke ads? no wait, growth', 'revoke', 'growth', undefined],
    ['token for 2h. no wait, make it 4h', 'token', undefined, 14400],
    ["don't need it for long, 1h is fine — token please", 'token', undefined, 3600],
    ["token please, don't need it for long, 1h is fine", 'token', undefined, 3600],
    ["token for 4h? no wait, don't need it that long, 1h", 'token', undefined, 3600],
    ['rotate the billing key? actually, the payments key', 'rotate', 'payments', undefined],
    ['token for 6h — actually make it 8h', 'token', undefined, 28800],
    ["revoke the search key, we don't need it anymore", 'revoke', 'search', undefined],
    ['deprovision legacy-maps, nobody needs it any more', 'deprovision', 'legacy-maps', undefined],
    ["rotate the ads key — the old one isn't needed anymore", 'rotate', 'ads', undefined],
    ['token for 2h please, it works now but I want to check something', 'token', undefined, 7200],
    ['token for 3h? no wait, 5h please', 'token', undefined, 18000],
    ["deprovision growth, they don't need it any more", 'deprovision', 'growth', undefined],
    ["revoke the kyc key — we won't need it after the audit", 'revoke', 'kyc', undefined],
  ]);
  it('none of the take-backs acts', () => {
    expect(acted("token for 2h? no wait, don't need it anymore, the test passed on the old setup")).toBe(
      false,
    );
  });
});
