/**
 * Round twenty-one, fix21e: review E's final sweep found 22 non-requests acted on (all standing gaps):
 * requests taken back by a tag the withdrawal readers did not know, requests quoted, attributed or
 * reported, requests put to a person by a typed handle or a meeting's action item, and a few others.
 * Each kind: the review's texts, sentences of our own, and look-alikes that keep their request.
 * Written before the parser's answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs } from './acted.js';
import { expectNoHang } from './hang-guard.js';

describe('1. a take-back or a joke at the end', () => {
  neverActs([
    // review E
    'rotate the payments key /s',
    'revoke the growth key (wait, no)',
    'revoke all keys for growth (not really, just testing the preview)',
    'create an api key for growth, said no one ever',
    "please rotate the payments key... is what I'd say if I were brave",
    'token for 2h? maybe later',
    'tear down hack-week... eventually',
    // our own
    'revoke the marketing key for ads-team /s',
    'new api key for the data-lab team, 30 days (wait no)',
    'rotate the billing key (not really)',
    'token for 6h (not really, just checking the bot is alive)',
    'deprovision ml-sandbox, said nobody ever',
    "create a key for the recs team is what I'd say if it were friday",
    'a key for payroll? maybe later.',
    'token for 90 minutes? maybe tomorrow',
    'rotate the ledger key... eventually',
    'revoke every key for ads-team. eventually.',
    'tear down growth - eventually',
  ]);
  keeps([
    ['token 2h lol', 'token'],
    ["rotate it now, eventually we'll automate this", 'rotate'],
    ['rotate the payments key, eventually we need a schedule for this', 'rotate', 'payments'],
    ['create an api key for growth, maybe 30 days', 'create_key', 'growth'],
    ['revoke the growth key (it leaked)', 'revoke', 'growth'],
    ['token for 2h please (for the eval)', 'token'],
    ['rotate the payments key /sigh it leaked again', 'rotate', 'payments'],
  ]);
});

describe('2. a request quoted, attributed or reported', () => {
  neverActs([
    // review E
    '"rotate the payments key" — Lena, 2023',
    'rotate the payments key — said my manager, not me',
    'from the audit: revoke all keys for ml-sandbox',
    'copy-paste from the runbook, not a request: "create an api key for payments, 90 days"',
    'copy-paste from the runbook: "create an api key for payments, 90 days"',
    'forwarding Lena\'s note: "need a token for 4h for the eval"\nI\'ll let her ask herself',
    'yesterday: revoke all keys for ml-sandbox. today: regret',
    // our own
    '"revoke the growth key" - Omar, last week',
    '“create a key for the data-lab team” — my manager, 2024',
    'revoke the ads-team key — said the auditor, not me',
    'deprovision ml-sandbox - said our cto, not me',
    'from the pentest report: rotate every key for payments',
    'from the postmortem: revoke the growth key',
    'last month: created a key for payroll. this month: regret',
    'fwd from Omar: "rotate the billing key" - fyi only',
    "forwarding Priya's note: \"token for 6h please\"\nshe'll ask herself once she's back",
    'forwarded from ops, for the record: "revoke the growth key"',
    'not a request: revoke the growth key',
    'pasted from the wiki, not a request: "tear down hack-week"',
  ]);
  keeps([
    ['rotate the payments key, the audit found it in a log', 'rotate', 'payments'],
    ['per the audit, please revoke all keys for ml-sandbox', 'revoke', 'ml-sandbox'],
    ['revoke the growth key - it leaked yesterday', 'revoke', 'growth'],
    ['create an api key for payments, 90 days — thanks!', 'create_key', 'payments'],
    [
      'fwd from my manager:\n---\nHi, could we get an API key for the contracts-nlp team? Thanks, Helen\n---\ncan the bot do that?',
      'create_key',
    ],
    ['revoke the growth key (not really, but make it the growth-old key)', 'revoke'],
    ['from today, please rotate the payments key weekly? start now: rotate it', 'rotate'],
  ]);
  it('a copied request names its unit, not the document it was copied from', () => {
    expect(
      parseRequest('copy-paste from the runbook: "create an api key for payments, 90 days"').businessUnit,
    ).not.toBe('runbook');
  });
});

describe('3. a request put to a person', () => {
  neverActs([
    // review E
    'AI for Sam: get a token for 4h and run the eval',
    'Hey @Priya, create an api key for marketing when you can',
    '@sre-oncall please rotate the payments key',
    // our own
    'action for Dana: revoke the growth key',
    'action item for Omar: rotate the billing key by friday',
    'AI for the platform team: create an api key for payroll',
    'hi @omar, rotate the ledger key when you get a sec',
    'hey @lena create a key for the data-lab team',
    '@platform-team please deprovision ml-sandbox',
    '@secops-leads revoke every key for ads-team',
    '@oncall rotate the payments key please',
  ]);
  keeps([
    ['@bedrock rotate the payments key', 'rotate', 'payments'],
    ['@bedrock-bot please revoke the growth key', 'revoke', 'growth'],
    ['hey @bot, create an api key for marketing', 'create_key', 'marketing'],
    ['action needed: rotate the payments key, it leaked', 'rotate'],
    ['rotate the payments key, @sre-oncall fyi', 'rotate', 'payments'],
  ]);
});

describe('4. others', () => {
  neverActs([
    "leaked key? new one please — oh wait, it's the AWS root keys of my side project, I'll do it myself",
    "rotate the payments key. oh wait, it's my personal github one, I'll do it myself",
    'tear down everything for the wedding day decorations, crew',
    'tear down everything for the match day stands',
    'a key for growth 90 would be nice one day',
  ]);
  keeps([
    ['tear down everything for ml-sandbox', 'deprovision', 'ml-sandbox'],
    ['new key for growth please, I will do the deploy myself', 'create_key', 'growth'],
  ]);
  it('"one day" in prose is no lifetime', () => {
    expect(parseRequest('api key for growth, would be nice to have it one day').expiryDays ?? null).not.toBe(
      1,
    );
    expect(parseRequest('a key for growth 90 would be nice one day').expiryDays ?? null).not.toBe(1);
  });
  it('"for one day" is still a lifetime', () => {
    expect(parseRequest('api key for growth for one day').expiryDays).toBe(1);
    expect(parseRequest('create a key for growth, valid one day').expiryDays).toBe(1);
  });
});

describe('adversarial timing', () => {
  it.each([
    ' '.repeat(2000),
    'a '.repeat(1000),
    '@'.repeat(2000),
    '— '.repeat(1000),
    '"'.repeat(2000),
    'from '.repeat(400),
    '(wait '.repeat(330),
    'eventually '.repeat(180),
    'said '.repeat(400),
    'ai for '.repeat(280),
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text));
  });
});
