import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round thirteen: a contrast of two verbs. The unit named with the negated verb is the object of the
 * verb that acts when that verb's object is bare ("the keys", "the whole unit"); still asked, never acted.
 */
describe('a contrast of two verbs keeps the unit named with the negated one', () => {
  it.each([
    ["don't deprovision risk-ml, just revoke the keys", 'revoke', 'risk-ml'],
    ['not deprovisioning claims-ai, only rotate its key', 'rotate', 'claims-ai'],
    ["don't just revoke the fraud-ops keys, deprovision the whole unit", 'deprovision', 'fraud-ops'],
    ['no need to deprovision ledger, just revoke its access key', 'revoke', 'ledger'],
    ["don't revoke it, rotate the kyc key instead", 'rotate', 'kyc'],
    ["don't offboard search-ranking, just rotate the keys", 'rotate', 'search-ranking'],
    ['not deprovisioning kyc-lab, only revoke its access key', 'revoke', 'kyc-lab'],
    ["don't revoke the payments key, deprovision the whole team", 'deprovision', 'payments'],
    ['dont deprovision ledger, only rotate the key pls', 'rotate', 'ledger'],
  ])('"%s" is %s for %s, and asked', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(acted(text)).toBe(false);
  });

  it.each([
    ["don't deprovision anything, just revoke the keys", null],
    ["don't deprovision growth yet", null],
    ['never mind the growth thing, just rotate the keys', null],
    ['just revoke the risk-ml keys', 'risk-ml'],
    ['deprovision fraud-ops', 'fraud-ops'],
    ["don't deprovision growth, just revoke the ads keys", 'ads'],
  ])('look-alike "%s" has unit %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

/**
 * A key's ID in any shape names the key, never its owner: a short "ABSK…" name, an AWS ID cut short,
 * an alias as `details` shows it. A long ABSK… string is a Bedrock API key's secret: never an ID.
 */
describe("a key's ID is never a unit", () => {
  it.each([
    ['revoke AKIAIOSFODNN7EXAMPLE for growth', 'growth', 'AKIAIOSFODNN7EXAMPLE'],
    ['rotate key `bk-22aa91` owned by payments', 'payments', 'bk-22aa91'],
    ['revoke key BRK-7f3a91 from search', 'search', 'BRK-7f3a91'],
    ['rotate key `bk-5e7c20` for search', 'search', 'bk-5e7c20'],
    ['revoke `ac-33ff01` for risk-ml', 'risk-ml', 'ac-33ff01'],
    ['revoke ABSK-test-99 please', null, 'ABSK-test-99'],
    ['kill AKIAQ4EXAMPLE7Z right now', null, 'AKIAQ4EXAMPLE7Z'],
    ['rotate ASIA4EXAMPLE9KEY12345 asap', null, 'ASIA4EXAMPLE9KEY12345'],
  ])('"%s" has unit %s and key %s', (text, unit, keyId) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBe(unit);
    expect(parse.keyId).toBe(keyId);
  });

  it.each([
    ['rotate the key for team hack-17', 'hack-17'],
    ['create an api key for squad-7', 'squad-7'],
    ["revoke the gpt4-eval unit's key", 'gpt4-eval'],
    ['deprovision team ml-42', 'ml-42'],
    ["rotate vision-2's key", 'vision-2'],
    ['details for customer-360', 'customer-360'],
    ['per QA-3321 revoke the ledger key', 'ledger'],
    ['INC-20931: rotate the claims key', 'claims'],
  ])('look-alike "%s" keeps unit %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'revoke ABSKQmVkcm9ja0FQSUtleS1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejEyMzQ1Njc4OTA= now',
    'revoke ABSKQmVkcm9ja0FQSUtleS1hYmNk now',
    'revoke `k7x9q2` now',
    'the hash is 9f86d081 btw',
    'commit 7f3a91c broke the tests',
  ])('"%s" takes no secret or hash as a key and is not acted on', (text) => {
    const parse = parseRequest(text);
    expect(parse.keyId).toBeNull();
    expect(parse.businessUnit).toBeNull();
    expect(acted(text)).toBe(false);
  });
});

/** A team noun with an s and no apostrophe before a credential word is the team's possessive. */
describe("a team's possessive written without its apostrophe", () => {
  it.each([
    ['revoke the analytics teams key', 'analytics-team'],
    ['rotate the data platform squads api key', 'data-platform-squad'],
    ['the growth teams access key leaked, rotate it', 'growth-team'],
    ['revoke marketing teams tokens', 'marketing-team'],
    ['rotate the search groups key', 'search-group'],
    ['revoke the ledger squads access key pls', 'ledger-squad'],
  ])('"%s" has unit %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['rotate all teams keys', null],
    ['revoke both teams keys', null],
    ['rotate the teams key', null],
    ["rotate the analytics team's key", 'analytics-team'],
  ])('look-alike "%s" has unit %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
