import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round fourteen's blind files acted on two non-requests: an away message pointing to the person who
 * handles a kind of request, and a shop's discount code revoked. These are sentences of those kinds,
 * written before the fix, and look-alikes whose reading must not change.
 */
describe('a pointer to whoever handles a kind of request asks the bot nothing', () => {
  it.each([
    'Out of office until Friday. For payments keys please ask <@U03PAYOPS1>',
    'for bedrock tokens please ping <@U0ALICE1>',
    'OOO till Wednesday. For growth keys, contact <@U0BOB22>.',
    'for anything about the ads key please talk to <@U0CAROL3>',
    'On leave next week — for API keys reach out to <@U0DAN444>',
    "for key rotations ask <@U0ERIN55>, she's covering",
    'For access keys for the payments unit, please DM <@U0FAY666>.',
    'Back on the 12th. For Bedrock access in the meantime, message <@U0HAL888> instead.',
  ])('%s', (text) => {
    expect(acted(text)).toBe(false);
  });
});

describe("a shop's codes, coupons and vouchers are not our keys", () => {
  it.each([
    "revoke Priya's promo code, she shared it on Reddit",
    "can you revoke Tom's referral code? it's being abused",
    "delete Sam's coupon, it expired anyway",
    'rotate the gift card codes for the winter campaign',
    'revoke the voucher we sent to Acme',
    'create a discount code for the spring sale',
    "revoke Maria's invite code, she left",
    'generate 50 promo codes for the newsletter',
  ])('%s', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('look-alikes keep their reading', () => {
  it.each([
    ["revoke ben's key", 'revoke', 'ben'],
    ['revoke the promo-engine key', 'revoke', 'promo-engine'],
    ['rotate the coupon-service key', 'rotate', 'coupon-service'],
    ['create an api key for the vouchers team', 'create_key', 'vouchers-team'],
    ['revoke the discount-api key, it leaked in a PR', 'revoke', 'discount-api'],
    ['create a key for store-ops and ask <@U03STOREOPS> to approve it', 'create_key', 'store-ops'],
    ['rotate the ads key. for ads keys ask <@U0B1> next time', 'rotate', 'ads'],
    ['revoke the key for loyalty, it leaked', 'revoke', 'loyalty'],
  ])('%s → %s %s', (text, intent, unit) => {
    const p = parseRequest(text);
    expect([p.intent, p.businessUnit]).toEqual([intent, unit]);
  });
});

describe("a verdict field after the request takes it back ('Status: rejected')", () => {
  it.each([
    'rotate the ads key. Status: rejected',
    'rotate the ads key. Decision: rejected',
    'rotate the ads key\nStatus: declined',
    'revoke the growth key\nOutcome: vetoed',
    'deprovision legacy-bi\nCAB: denied',
  ])('%s', (text) => {
    expect(acted(text)).toBe(false);
  });
  it.each([
    ['rotate the ads key, the old one was rejected by the scanner', 'rotate', 'ads'],
    ['revoke the key for growth, access denied errors everywhere', 'revoke', 'growth'],
  ])('%s → %s %s', (text, intent, unit) => {
    const p = parseRequest(text);
    expect([p.intent, p.businessUnit]).toEqual([intent, unit]);
  });
});
