/**
 * Round twenty-one, the lead: "let <people> know …" passes something on to people. A change they should
 * make is told to them, not asked of the bot; and a request before "… and let the finance team know"
 * names its unit before that clause, never the people to be told (it rotated finance-team's key when the
 * ads key was asked for). Sentences of our own, and look-alikes that keep their request.
 */
import { describe } from 'vitest';
import { exactly, keeps, nothingAsked } from './acted.js';

describe('a change passed on to people with "let … know" asks nothing of the bot', () => {
  nothingAsked([
    'let the finance team know they should rotate their key',
    'let the ads team know to rotate the key',
    'pls let dana know the ads key needs rotating',
    'can you let the growth folks know they need to revoke the old key?',
    'let payroll know that they must create a new key before friday',
    'please let the data team know their key has to be rotated',
    'Let ops know we should deprovision the atlas pilot next week',
    'let <@U0ABC123> know that the ads key needs to be revoked',
  ]);
});

describe('a request followed by "let <people> know" keeps its own unit', () => {
  exactly([
    {
      text: 'please rotate the ads key and let the finance team know',
      intent: 'rotate',
      businessUnit: 'ads',
    },
    {
      text: 'revoke the growth key, and let the security team know pls',
      intent: 'revoke',
      businessUnit: 'growth',
    },
    {
      text: 'create a key for payroll-bot and let the hr team know',
      intent: 'create_key',
      businessUnit: 'payroll-bot',
    },
    {
      text: 'rotate the billing key then let the platform group know',
      intent: 'rotate',
      businessUnit: 'billing',
    },
  ]);
  keeps([
    ['let me know when the ads key is rotated, and please rotate it now', 'rotate', 'ads'],
    ['rotate the ads key and let me know', 'rotate', 'ads'],
    ['token 2h and let my manager know', 'token'],
    ['rotate the ads key, then let Dana from payroll know', 'rotate', 'ads'],
  ]);
});
