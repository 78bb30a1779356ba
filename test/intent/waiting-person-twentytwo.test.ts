/**
 * Round twenty-two, the lead's sweep: a request taken back and then the wait told ("revoke growth key? not
 * yet, waiting for finance") asks nothing (the team waited for was read as a new target, and the revoke
 * was done); and a person who needs a key for a unit is no unit ("Dana needs a key for payroll" created a
 * key for "dana").
 */
import { describe } from 'vitest';
import { exactly, keeps, nothingAsked } from './acted.js';

describe('a request put off while waiting for someone asks nothing', () => {
  nothingAsked([
    'revoke growth key? not yet, waiting for finance',
    'revoke growth key? not yet. waiting for finance',
    'rotate ads key? not now, waiting for the release',
    'revoke growth key? not yet - waiting for finance to confirm',
    "create a key for payroll? not yet, we're waiting on legal",
    'deprovision ml-sandbox? not today, still waiting for the data export',
  ]);
});

describe('the wait that ends in the same message keeps the request', () => {
  keeps([
    [
      'create a key for payroll? not yet, waiting for the contract. ok it just came in, go ahead',
      'create_key',
      'payroll',
    ],
    ['rotate the ads key, I have been waiting for ages', 'rotate', 'ads'],
  ]);
});

describe('a person who needs a key for a unit is no unit', () => {
  exactly([
    { text: 'Dana needs a key for payroll', intent: 'create_key', businessUnit: 'payroll' },
    { text: 'dana needs a key for the payroll service', intent: 'create_key', businessUnit: 'payroll' },
    {
      text: 'Jordan wants an api key for growth-ml',
      intent: 'create_key',
      businessUnit: 'growth-ml',
      keyKind: 'api-key',
    },
    {
      text: 'Priya needs a key for the search team, 90 days',
      intent: 'create_key',
      businessUnit: 'search-team',
      expiryDays: 90,
    },
    { text: 'growth needs a key for their pipeline', intent: 'create_key', businessUnit: 'growth' },
    {
      text: 'billing-api needs a key for the nightly job',
      intent: 'create_key',
      businessUnit: 'billing-api',
    },
  ]);
});
