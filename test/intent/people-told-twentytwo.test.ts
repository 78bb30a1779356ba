/**
 * Round twenty-two, the lead's sweep: people named to be told after a request ("… and loop in the search
 * platform team", "keep the finance team in the loop", "… and tell the hr team") are never the request's
 * unit (round twenty-one did "let <people> know"; "create a key for payroll and tell the hr team" made
 * hr-team's key), and a form's bar ends a value ("create a key for payroll | approval: done" made
 * payroll-approval's key).
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('people to tell after a request are not its unit', () => {
  exactly([
    {
      text: 'please create a key for payroll-bot and loop in the search platform team',
      intent: 'create_key',
      businessUnit: 'payroll-bot',
    },
    { text: 'rotate the ads key, keep the finance team in the loop', intent: 'rotate', businessUnit: 'ads' },
    { text: 'create a key for payroll and tell the hr team', intent: 'create_key', businessUnit: 'payroll' },
    {
      text: 'revoke the growth key and notify the security team please',
      intent: 'revoke',
      businessUnit: 'growth',
    },
    {
      text: 'create a key for the data team, loop in the ml platform team please',
      intent: 'create_key',
      businessUnit: 'data-team',
    },
    {
      text: 'new key for search-api and copy in the sre folks',
      intent: 'create_key',
      businessUnit: 'search-api',
    },
    {
      text: 'key for ops.outage.notify please, access key',
      intent: 'create_key',
      businessUnit: 'ops-outage-notify',
      keyKind: 'access-key',
    },
  ]);
});

describe("a form's bar ends the value before it", () => {
  exactly([
    { text: 'create a key for payroll | approval: done', intent: 'create_key', businessUnit: 'payroll' },
    { text: 'rotate key for growth-ml | ticket: approved', intent: 'rotate', businessUnit: 'growth-ml' },
  ]);
});
