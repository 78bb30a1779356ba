import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Round thirteen's second review: what it found in the merged branches, and look-alikes. */

describe('names with digits stay units; a key ID is one only where it stands as one', () => {
  it.each([
    ['rotate the key for hack-dec2024', 'hack-dec2024'],
    ['deprovision hack-feb2025', 'hack-feb2025'],
    ['rotate the key for team-abc123', 'team-abc123'],
    ['rotate the key for asia2024sales', 'asia2024sales'],
    ['deprovision b2b2c', 'b2b2c'],
    ['create a key for ad2024', 'ad2024'],
    ['hi from growth: please rotate the key for hack-dec2024', 'hack-dec2024'],
    ['rotate the key for ml-42', 'ml-42'],
  ])('%j → unit %s, no key ID', (text, unit) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBe(unit);
    expect(parse.keyId).toBeNull();
  });
  it.each([
    ['revoke key `bk-22aa91` please', 'bk-22aa91'],
    ['revoke `BRK-22c0de` pls', 'BRK-22c0de'],
    ['rotate key id `bk-7f3a9c21` on fixtures-svc', 'bk-7f3a9c21'],
    ['kill AKIAZ7EXAMPLEQ9 right now, it is on pastebin', 'AKIAZ7EXAMPLEQ9'],
    ['revoke key id: bk-22aa91 for growth', 'bk-22aa91'],
  ])('%j → key ID %s', (text, keyId) => {
    expect(parseRequest(text).keyId).toBe(keyId);
  });
  it('a Bedrock API key pasted (ABSK and twenty characters or more) is no key ID and is not echoed', () => {
    for (const text of [
      'revoke ABSKQmVkcm9ja0FQSUtleS1h for growth',
      'revoke ABSKQmVkcm9ja0FQSUtleS1hYmNkZWZn now',
    ]) {
      const parse = parseRequest(text);
      expect(parse.keyId).toBeNull();
      expect(JSON.stringify(parse)).not.toMatch(/QmVkcm9ja0FQSUtleS1h/i);
    }
  });
});

describe('two units, one action', () => {
  it.each([
    'revoke the growth key and the ads key',
    'deprovision ads ranking and growth',
    'deprovision growth and ads',
  ])('%j asks which first', (text) => {
    expect(parseRequest(text).question?.text).toMatch(/Which first/);
  });
  it.each([
    "revoke growth's key and xoxb-123456789012-1234567890123-AbCdEfGh's key",
    "revoke growth's key and ghp_abcdefghijklmnop1234's key",
  ])('a pasted token after "and" is never offered back as a unit: %j', (text) => {
    const parse = parseRequest(text);
    expect(JSON.stringify(parse)).not.toMatch(/xoxb-1234|ghp_abcdef|ghp-abcdef/i);
  });
  it('a second team whose name opens like a token prefix ("skunkworks") is still asked about', () => {
    expect(parseRequest('revoke the growth key and the skunkworks key').question?.text).toMatch(
      /growth or skunkworks/,
    );
  });
  it("a form's team field with digits and hyphens is a unit, not a code", () => {
    expect(parseRequest('Team: customer-360-analytics\nType: rotate').businessUnit).toBe(
      'customer-360-analytics',
    );
  });
  it('one team named with "and" ("the search and recommendations team") is not asked about as two', () => {
    expect(
      parseRequest('rotate the key for the search and recommendations team').question?.text ?? '',
    ).not.toMatch(/Which first/);
  });
});

describe('a contrast read as the change its own verb says', () => {
  it('"never deprovision growth, just revoke the whole unit\'s keys" offers no removal of growth', () => {
    const parse = parseRequest("never deprovision growth, just revoke the whole unit's keys");
    expect(parse.question).toBeDefined();
    expect(parse.businessUnit).not.toBe('growth');
  });
  it.each([
    [
      "don't just revoke the ads-ranking-v1 keys, deprovision the whole unit",
      'deprovision',
      'ads-ranking-v1',
    ],
    ['dont deprov notif-svc, just revoke the keys', 'revoke', 'notif-svc'],
    ["don't deprovision ocr-pipeline, only revoke the key please", 'revoke', 'ocr-pipeline'],
  ])('%j → %s %s, asked first', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
    expect(parse.question).toBeDefined();
  });
});

describe('a block quote inside a code block is code', () => {
  it.each([
    '```\n>>> import boto3\n```\nrotate the growth key please',
    '```\n&gt;&gt;&gt; import boto3\n```\nrotate the growth key please',
  ])('%j rotates growth', (text) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual(['rotate', 'growth']);
  });
  it('outside a code block it quotes the rest', () => {
    expect(ACTING_INTENTS.has(parseRequest('>>> rotate the ads key\nrevoke the growth key too').intent)).toBe(
      false,
    );
  });
});

describe('a topic line names a unit when it names one, a thing when it says "the"', () => {
  it.each([
    ['re growth: revoke the backup key', 'growth'],
    ['re growth: rotate their key please', 'growth'],
    ['re the dashboard: what did payments cost', 'payments'],
    ['wrt the offsite: what did marketing spend in march', 'marketing'],
    // (A thing named by more nouns before the line ends.)
    ['re the growth leak: revoke the key for ads', 'ads'],
    ['re the growth incident: revoke the ads key', 'ads'],
    ['about the payments incident — rotate the key for fraud-ml', 'fraud-ml'],
    // (A request naming no unit of its own points back at the topic's.)
    ['re the growth leak: revoke their key', 'growth'],
  ])('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a key named by a number or a pasted code is refused, never acted on', () => {
  it.each([
    ['revoke keys 1 and 2 for growth', '1'],
    ['rotate key 42 for growth', '42'],
    ['revoke key id 1234567 for growth', '1234567'],
    ['revoke key 3 of growth', '3'],
  ])('%j names a key by a number: refused (%s)', (text, stated) => {
    const parse = parseRequest(text);
    expect(parse.problems?.map((p) => [p.slot, p.stated])).toEqual([['keyId', stated]]);
  });
  it.each([
    'revoke the key wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY for growth',
    'revoke the key a1b2c3d4e5f6a7b8 for growth',
  ])('%j: a pasted code is refused and not repeated, and is no unit', (text) => {
    const parse = parseRequest(text);
    expect(parse.problems?.[0]?.stated).toBe('(not repeated)');
    expect(parse.businessUnit).toBe('growth');
    expect(JSON.stringify(parse)).not.toMatch(/wJalrXUtn|a1b2c3d4e5f6/i);
  });
  it('a pasted token before "key" is never the unit', () => {
    expect(JSON.stringify(parseRequest('revoke the sk_live_51HxYzAbCdEfGhIjKlMnOp key'))).not.toMatch(
      /51hxyz/i,
    );
  });
  // Look-alikes: a number that is an expiry, "4" for "for", a list's next item, a unit with a year.
  it.each([
    ['create key for growth, 90 days', 'create_key', 'growth'],
    ['rotate the growth key 90 days', 'rotate', 'growth'],
    ['rotate key 4 `pricing-ml` thx', 'rotate', 'pricing-ml'],
    ['Hi team,\n\n1. Rotate the risk-ml key\n2. Let me know once done', 'rotate', 'risk-ml'],
    ['list what keys hackathon-2026 has', 'details', 'hackathon-2026'],
  ])('%j → %s %s, nothing refused', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
    expect(parse.problems ?? []).toEqual([]);
  });
});
