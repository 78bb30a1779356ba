/**
 * Round nineteen (the lead, after the last retrain): a need of ours in someone else's words, reported
 * ("nobody told me we need to revoke the growth key", "the pen tester said we need to rotate …"), is a
 * remark about what was said and asks nothing (mood.ts REPORTED_NEED, read by remarkForLater), as "the
 * auditor said we need to rotate the ads key" already read. The speaker's own need, or a request after
 * the report, is still a request.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe('a need of ours reported from someone else: nothing asked', () => {
  nothingAsked([
    'nobody told me we need to revoke the growth key',
    'no one told us we must rotate the billing key',
    'the pen tester said we need to rotate the ads key',
    'Maria mentioned that we have to replace the ledger key',
    'IT warned us we need to revoke the old payments key',
    'my lead tells me we should rotate the search key',
    'someone said we need to revoke the kyc key, no idea why',
    'they reminded us that we must rotate the risk key',
  ]);
});

describe('look-alikes: the speaker asks', () => {
  keeps([
    ['we need to rotate the ads key', 'rotate', 'ads'],
    ['rotate the ads key, security said so', 'rotate', 'ads'],
    ['as you said, we need to rotate the ads key now, please do it', 'rotate', 'ads'],
    ['security told us to rotate the growth key. please rotate it now', 'rotate', 'growth'],
    ['revoke the kyc key — the auditor said it leaked', 'revoke', 'kyc'],
  ]);
});
