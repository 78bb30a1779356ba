/**
 * Round fifty-two, fix52f (negatives): English non-requests of a company Slack that were acted on, found with a probe
 * of our own sentences written by kind (not a data file's): one of ours told as done with the credential first, another's
 * need heard or told, a plan headed by when it is for, a take-back that waits for a person, another who is handling
 * it, and a request put to the colleague whose thing it is. Each kind with further sentences of our own that were not
 * in the probe, and look-alike requests that still act.
 */
import { describe, expect, it } from 'vitest';
import { neverActs, nothingAsked, reads, stillActs } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('one of ours told as done, the credential first (told-done-or-heard.ts)', () => {
  nothingAsked([
    'billing key rotated at 7am, no alerts',
    'the replacement key for kyc-bot was issued on friday',
    'token for the webinar generated an hour ago fyi',
    'keys for hack-22 revoked as planned',
    'the old payroll key has been deleted ✅',
    '4h token received, cheers',
    'the new key for geo-ml arrived in my DMs just now',
  ]);
  stillActs([
    'key for data-ops please, created today if possible',
    'rotate the billing key, it was pasted in #random',
  ]);
  reads([
    ['the ledger key revoked by mistake this morning, create a new one for ledger', 'create_key', 'ledger'],
  ]);
});

describe("another's need heard or told (told-done-or-heard.ts)", () => {
  nothingAsked([
    'apparently the legal team wants a key for contract-search',
    'Omar said he needs a 5h token for the benchmark',
    'heard the support folks need a new key for ticket-ai',
    'Lena mentioned that they would like a key for pricing-ml',
    'my lead told me the vision squad is asking for a token',
    'our architect keeps saying we need a key per service, I am not convinced',
    'Omar thinks we should rotate the ledger key but I disagree',
  ]);
  it('the writer asking for it after all still asks', () => {
    expect(parseRequest('Omar said he needs a 5h token, can you give him one?').intent).toBe('token');
    expect(
      parseRequest('apparently the legal team wants a key for contract-search, please create it').intent,
    ).toBe('create_key');
  });
  reads([['my manager says I need a key for pricing-ml', 'create_key', 'pricing-ml']]);
});

describe('a plan headed by when it is for, or waiting on a terse condition (later-condition.ts)', () => {
  neverActs([
    'after the cutover: revoke the legacy-crm key',
    'post-release — rotate the search-api key',
    'Thursday: deprovision sandbox-12',
    'next sprint: create a key for geo-ml',
    'end of week tasks: rotate the ledger key, close tickets',
    'create a key for churn-ml once contract signed off',
  ]);
  reads([
    ['after the cutover: revoke the legacy-crm key', 'revoke', 'legacy-crm'],
    ['Thursday: deprovision sandbox-12', 'deprovision', 'sandbox-12'],
  ]);
  stillActs([
    'rotate the ledger key, it leaked after the demo',
    'rotate the search-api key now, it was posted in #general',
  ]);
});

describe('a take-back that waits for a person (withdrawal.ts, corrections.ts)', () => {
  nothingAsked([
    'revoke the ledger key. actually no, wait for omar',
    'deprovision sandbox-12 — hmm no, let’s wait for lena',
    'token 3h pls… nah, wait for her',
  ]);
  reads([['rotate sales, no wait for sales-ops', 'rotate', 'sales-ops']]);
});

describe('another handling it (withdrawal.ts)', () => {
  neverActs([
    'rotate the ledger key before friday (she is handling it)',
    'per Omar: revoke the kyc-bot key, he’s taking care of it',
    "deprovision sandbox-12 — they're on it",
  ]);
  stillActs(['rotate the ledger key, it leaked']);
});

describe('put to the colleague whose thing it is (yours-to-do.ts)', () => {
  nothingAsked([
    '<@U0931ABCD> can you revoke the pricing-ml key? you created it',
    '<@U07ZZ11AA> it’s your unit, pls deprovision sandbox-12',
    'Omar, rotate the kyc-bot key please, you have the console access',
    '<@U02QQ99PP> since it’s yours, rotate the ledger key when you can',
  ]);
  stillActs(['<@U0BOT1234> rotate the ledger key, it’s my unit']);
});
