/**
 * Round twenty-one, the lead's sweep for false actions: a credential kept in another system ("an api key
 * in Stripe") is that system's, and one line marked done as a ticket's or a checklist's item is ("rotate
 * ads key (done)", "[x] revoke …") a report. Sentences of our own, and look-alikes that keep their request.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('a credential kept in another system is not ours', () => {
  neverActs([
    'create an api key in Stripe for the billing service',
    'rotate the key in Stripe',
    'regenerate the token in jira for the ads team',
    'create an api key in Datadog for the ads team',
    'revoke the token on github for the release bot',
    'please make a new key in sendgrid for the newsletter team',
  ]);
  keeps([
    ['the ads key in github leaked, rotate it', 'rotate', 'ads'],
    ['someone pasted the growth key on slack, revoke it', 'revoke', 'growth'],
    ['create a key for billing, we will store it in vault', 'create_key', 'billing'],
    ['rotate the bedrock key in the github secrets for ads', 'rotate'],
  ]);
});

describe('one line marked done as a ticket or checklist item is a report', () => {
  neverActs([
    'ticket BR-442: rotate ads key (done)',
    'rotate the growth key - done ✅',
    '[x] revoke the old billing key',
    'rotate ads key ✅',
    '- [x] create a key for payroll',
    'INC-2291 revoke the leaked finance key [resolved]',
    'rotate billing key — completed',
  ]);
  keeps([
    ['rotate the ads key (urgent)', 'rotate', 'ads'],
    ['token 2h - thanks', 'token'],
    ['please rotate the key for the fixed-income team', 'rotate', 'fixed-income-team'],
  ]);
});
