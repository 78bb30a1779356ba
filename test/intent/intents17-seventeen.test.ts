/**
 * Round seventeen, intents17: kinds of intent confusion that round sixteen's blind files showed.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { acted, exactly } from './acted.js';

describe('whether one may have a token, hedged or for someone else, asked without its question mark', () => {
  exactly([
    { text: 'if my lead signs off could i get a token for 10h', intent: 'help', topic: 'limits' },
    { text: 'in principle could we get a 16h token', intent: 'help', topic: 'limits' },
    { text: 'hypothetically can i have a token for 2 days', intent: 'help', topic: 'limits' },
    { text: 'theoretically could i get a token lasting 20 hours', intent: 'help', topic: 'limits' },
    { text: 'can i get a 6h token if my supervisor okays it', intent: 'help', topic: 'limits' },
    { text: 'could I get a token for 18h if my boss signs it off?', intent: 'help', topic: 'limits' },
    { text: 'if our director approves can i have a token for a whole day', intent: 'help', topic: 'limits' },
    { text: 'if the PI says yes could i get a token for 14h', intent: 'help', topic: 'limits' },
    { text: 'can i request a token for someone else', intent: 'help', topic: 'token' },
    { text: 'could we get a token for somebody else', intent: 'help', topic: 'token' },
  ]);
  describe('look-alikes keep their request', () => {
    exactly([
      { text: 'could i get a token for 3h', intent: 'token', ttlSeconds: 10800 },
      { text: 'can i get a token for 2h pls', intent: 'token', ttlSeconds: 7200 },
      { text: 'my manager signed off, token for 8h please', intent: 'token', ttlSeconds: 28800 },
      { text: 'in the meeting could i get a token for 2h', intent: 'token', ttlSeconds: 7200 },
      { text: 'if possible could i get a token for 4h', intent: 'token', ttlSeconds: 14400 },
      { text: "once you're free could i get a token for 3h", intent: 'token', ttlSeconds: 10800 },
      { text: 'in theory could i get a token for 2h please', intent: 'token', ttlSeconds: 7200 },
      {
        text: 'did the token from this morning expire for anyone else at exactly 12:00?',
        intent: 'unknown',
      },
    ]);
  });
});

describe("when, whether before a time, or by whom a change happened, and a person's doings: history", () => {
  exactly([
    { text: "who's been revoking the ads keys lately?", intent: 'history', businessUnit: 'ads' },
    {
      text: 'who has been rotating the billing-api key every night?',
      intent: 'history',
      businessUnit: 'billing-api',
    },
    {
      text: 'was the growth key revoked before or after the deploy?',
      intent: 'history',
      businessUnit: 'growth',
    },
    { text: 'were the search keys rotated before midnight?', intent: 'history', businessUnit: 'search' },
    { text: 'has the kyc key been rotated since the incident?', intent: 'history', businessUnit: 'kyc' },
    { text: 'when was the last rotation on ledger-sync?', intent: 'history', businessUnit: 'ledger-sync' },
    {
      text: 'when was the most recent revocation for fraud-ml?',
      intent: 'history',
      businessUnit: 'fraud-ml',
    },
    { text: 'what did <@U0ABC1234> change this morning?', intent: 'history' },
    {
      text: 'every rotation and revocation on checkout-api in the past 2 weeks',
      intent: 'history',
      businessUnit: 'checkout-api',
      period: { kind: 'days', days: 14 },
    },
    {
      text: 'all rotates/revokes for payments in the last 7 days',
      intent: 'history',
      businessUnit: 'payments',
      period: { kind: 'days', days: 7 },
    },
  ]);
  describe('look-alikes keep their reading', () => {
    exactly([
      { text: 'has anyone rotated the pharmacy key yet?', intent: 'unknown' },
      { text: 'rotate the growth key before the deploy', intent: 'rotate', businessUnit: 'growth' },
      { text: 'revoke the search key after midnight', intent: 'revoke', businessUnit: 'search' },
      { text: 'what did the vendor do about the outage?', intent: 'unknown' },
      { text: 'every rotation should be logged in the ticket', intent: 'unknown' },
      { text: "who's been eating my yoghurt from the fridge?", intent: 'unknown' },
      { text: 'was the meeting moved before or after lunch?', intent: 'unknown' },
    ]);
  });
});

describe("our own need, now, to change a key of ours, stated at the head of its sentence: the rules' action", () => {
  exactly([
    {
      text: 'we need to rotate the key for the search team asap',
      intent: 'rotate',
      businessUnit: 'search-team',
    },
    { text: 'ok so we need to revoke the growth key asap', intent: 'revoke', businessUnit: 'growth' },
    { text: 'we need to rotate the ads key', intent: 'rotate', businessUnit: 'ads' },
    { text: 'laptop stolen. we must revoke the sre key', intent: 'revoke', businessUnit: 'sre' },
    { text: 'we have to replace the ledger key today', intent: 'rotate', businessUnit: 'ledger' },
    {
      text: 'we really need to revoke the kyc api key',
      intent: 'revoke',
      businessUnit: 'kyc',
      keyKind: 'api-key',
    },
    {
      text: "we need to rotate billing's key, it was in a screenshot",
      intent: 'rotate',
      businessUnit: 'billing',
    },
    { text: 'we must rotate the key for fraud-ml right now', intent: 'rotate', businessUnit: 'fraud-ml' },
  ]);
  const lookAlikes = [
    "we'll need to rotate the ads key when the contractor leaves",
    'we need to rotate keys more often',
    'we need to rotate the standup host, anyone volunteering?',
    'I think we need to rotate the ads key',
    'when the contractor leaves we need to revoke their key',
    'we need to rotate the tyres on the van',
    'the auditor said we need to rotate the ads key',
    'nobody told me we need to revoke the growth key',
    'not sure we need to rotate the ads key',
    'the doc says we have to replace the ledger key',
  ];
  describe('look-alikes: for later, of other things, reported or doubted', () => {
    exactly(lookAlikes.map((text) => ({ text, intent: 'unknown' as const })));
  });
  it.each([...lookAlikes, 'do we need to revoke the sre key'].map((t) => [t] as const))(
    '%j is not acted on',
    (text) => {
      expect(acted(text)).toBe(false);
    },
  );
});
