import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Corrections inside one message: the value stated last wins, for units, durations, key lifetimes
 * and Regions, whichever way the correction is written ("no wait", "sorry", "err", "oops, typo",
 * "I meant", "***", "no make that"); a value the text says it does not mean is no value.
 */
describe('corrections', () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['rotate sales, no wait, sales-ops', 'businessUnit', 'sales-ops'],
    ['revoke key for marketing no wait brand', 'businessUnit', 'brand'],
    ['log for hr-bot \u2014 sorry, hr-analytics', 'businessUnit', 'hr-analytics'],
    ['details for recsys, err, recsys-v2', 'businessUnit', 'recsys-v2'],
    ['key for finanse, sorry finance', 'businessUnit', 'finance'],
    ['revoke the key for pricing-ml. oops, typo, pricing-ml-v2', 'businessUnit', 'pricing-ml-v2'],
    ['create a key for data-eng... I meant data-science', 'businessUnit', 'data-science'],
    ['key for growth, sorry I meant the growth team', 'businessUnit', 'growth-team'],
    ['rotate the billing key, actually make it billing-v2', 'businessUnit', 'billing-v2'],
    ['key for sales. sorry, can you also list units?', 'businessUnit', 'sales'],
    ['token for 30 min*** 40 min', 'ttlSeconds', 2400],
    ['token 2h** 3h', 'ttlSeconds', 10800],
    ['api key for billing, 30 days. no make that 60 days', 'expiryDays', 60],
    ['key for ads 90 days, no, make it 30 days', 'expiryDays', 30],
    ['token for 8 h, no make it 4 h actually', 'ttlSeconds', 14400],
    ['token 1h wait no 2h', 'ttlSeconds', 7200],
    ['no not in us-east-1, in frankfurt please. token for 3h', 'region', 'eu-central-1'],
    ['not virginia \u2014 oregon. models list pls', 'region', 'us-west-2'],
    ['token in ireland, not in london', 'region', 'eu-west-1'],
    ['models in tokyo instead of seoul', 'region', 'ap-northeast-1'],
    ['token for 2h not 4h', 'ttlSeconds', 7200],
    ['token in tokyo for 2 hours. sorry I meant sydney, the client is in AU', 'region', 'ap-southeast-2'],
    ['token 1h in eu-west-1... actually eu-central-1, that is where the data is', 'region', 'eu-central-1'],
    ['token 3h... actually 4h, there is a long test run today', 'ttlSeconds', 14_400],
    ['token 4h in sydney\n*melbourne', 'region', 'ap-southeast-4'],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});
