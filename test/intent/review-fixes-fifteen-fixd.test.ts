import { describe, expect, it } from 'vitest';
import { acted, exactly } from './acted.js';

/**
 * Round fifteen's review fixes (fixd): review A's texts and our own of the same kind, with look-alikes
 * whose reading must not change. Labels follow test/intent/data/README.md.
 */
describe('"pull the plug on" revokes only a key that ends its phrase ("the api key pilot" is a pilot)', () => {
  it.each([
    'pull the plug on the api key pilot',
    'pull the plug on the key partnership with acme',
    'time to pull the plug on the api keys approach',
    'pull the plug on the api key rollout',
    'pull the plug on the key program for interns',
    'we should pull the plug on the access key experiment',
    'pull the plug on the credentials migration already',
    'pull the plug on the key accounts push for q3',
  ])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  exactly([
    {
      text: 'pull the plug on the ads-ml access key',
      intent: 'revoke',
      businessUnit: 'ads-ml',
      keyKind: 'access-key',
    },
    { text: 'pull the plug on the key for search-v2', intent: 'revoke', businessUnit: 'search-v2' },
    { text: 'pull the plug on the growth key, it leaked', intent: 'revoke', businessUnit: 'growth' },
    {
      text: 'pull the plug on the risk-ml api key pls',
      intent: 'revoke',
      businessUnit: 'risk-ml',
      keyKind: 'api-key',
    },
    { text: "pull the plug on ledger's key now", intent: 'revoke', businessUnit: 'ledger' },
  ]);
});
