import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round sixteen (intents16): sentences of the kinds fixed from the tuning files' intent errors, written
 * before the parser's answers were looked at, with look-alikes that must not change. Labels follow
 * test/intent/data/README.md.
 */
describe('whether one of our keys was changed, then when (history); asked of a person it stays a question to the channel', () => {
  exactly([
    {
      text: 'was the growth key rotated last week? when exactly?',
      intent: 'history',
      businessUnit: 'growth',
      period: { kind: 'days', days: 7 },
    },
    { text: 'has the fraud-ops key been revoked yet? when?', intent: 'history', businessUnit: 'fraud-ops' },
    { text: 'was the ads key regenerated, and when?', intent: 'history', businessUnit: 'ads' },
    { text: 'last rotation of the billing key was when?', intent: 'history', businessUnit: 'billing' },
    { text: 'has the kyc key ever been rotated? when?', intent: 'history', businessUnit: 'kyc' },
    {
      text: 'so was the risk-scoring key revoked or not? and when?',
      intent: 'history',
      businessUnit: 'risk-scoring',
    },
    {
      text: 'was the claims-triage key revoked already? when?',
      intent: 'history',
      businessUnit: 'claims-triage',
    },
    { text: 'latest rotation of the payments key was when?', intent: 'history', businessUnit: 'payments' },
    // look-alikes
    { text: 'has anyone rotated the TLS cert on the gateway yet? when?', intent: 'unknown' },
    { text: 'did anyone already rotate the recsys key? when?', intent: 'unknown' },
    { text: 'was the coffee rota rotated? when?', intent: 'unknown' },
    { text: 'was the standup rotation changed? when?', intent: 'unknown' },
    { text: 'the last rotation of the on-call schedule was when?', intent: 'unknown' },
    { text: 'have you rotated the ads key yet? when?', intent: 'unknown' },
    { text: 'rotate the growth key when you can', intent: 'rotate', businessUnit: 'growth' },
  ]);
});

describe('a desk named as a unit, its keys, owner or an action asked: no everyday desk; premises and furniture stay everyday', () => {
  exactly([
    { text: 'how many keys does the graphics desk have', intent: 'details', businessUnit: 'graphics-desk' },
    { text: 'tell me about the culture desk unit', intent: 'details', businessUnit: 'culture-desk' },
    { text: 'deprovision sports desk and photo desk', intent: 'deprovision', businessUnit: 'sports-desk' },
    {
      text: 'rotate the translation desk key and the photo desk key',
      intent: 'rotate',
      businessUnit: 'translation-desk',
    },
    {
      text: 'which keys are on the metro desk and when do they lapse?',
      intent: 'details',
      businessUnit: 'metro-desk',
    },
    {
      text: 'api key for the politics desk, 60 days, and one for the photo desk too',
      intent: 'create_key',
      businessUnit: 'politics-desk',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'create an api key for the investigations desk please',
      intent: 'create_key',
      businessUnit: 'investigations-desk',
      keyKind: 'api-key',
    },
    {
      text: "revoke the culture desk's key, the section closed",
      intent: 'revoke',
      businessUnit: 'culture-desk',
    },
    // look-alikes
    { text: "who's the owner of the front desk", intent: 'unknown' },
    { text: 'I lost my desk key', intent: 'unknown' },
    { text: 'the key to my desk drawer is gone', intent: 'unknown' },
    { text: 'can someone get me a key for the reception desk', intent: 'unknown' },
    { text: 'my standing desk key broke off in the lock', intent: 'unknown' },
    { text: 'rotate the hotel desk key', intent: 'unknown' },
    { text: 'the night desk keys are in the drawer again', intent: 'unknown' },
    { text: 'can I borrow the news desk key for tonight', intent: 'unknown' },
    { text: 'who has the key to the sports desk cabinet', intent: 'unknown' },
  ]);
});

describe('a key of ours that has to be revoked or rotated, said now, is asked about first; later, conditional or mused stays as it was', () => {
  exactly([
    {
      text: 'the payroll key has to be revoked today, it was in a public repo',
      intent: 'revoke',
      businessUnit: 'payroll',
    },
    {
      text: 'fraud-ops keys have to be revoked asap',
      intent: 'revoke',
      businessUnit: 'fraud-ops',
      all: true,
    },
    {
      text: 'the claims-triage key must be rotated now — it was pasted in #random',
      intent: 'rotate',
      businessUnit: 'claims-triage',
    },
    {
      text: 'URGENT: search key needs to be revoked, contractor left with it',
      intent: 'revoke',
      businessUnit: 'search',
    },
    {
      text: 'heads up, the kyc key needs to be revoked, auditors flagged it',
      intent: 'revoke',
      businessUnit: 'kyc',
    },
    {
      text: 'Escalating: the ledger-recon key has to be revoked TODAY, it was in a deck',
      intent: 'revoke',
      businessUnit: 'ledger-recon',
    },
    {
      text: 'the growth-ops key needs to be rotated right now, it leaked in a screenshot',
      intent: 'rotate',
      businessUnit: 'growth-ops',
    },
    {
      text: 'the doc-intel key must be revoked, the vendor is gone',
      intent: 'revoke',
      businessUnit: 'doc-intel',
    },
    // look-alikes
    { text: 'the ads key needs to be rotated every 90 days', intent: 'unknown' },
    { text: 'the ads key has to be rotated before the audit next month', intent: 'unknown' },
    { text: 'does the ads key need to be rotated?', intent: 'help', topic: 'rotate' },
    { text: 'my house key has to be replaced today', intent: 'unknown' },
    { text: 'I think the sales key has to be rotated at some point', intent: 'unknown' },
    { text: 'the policy says keys must be rotated every quarter', intent: 'unknown' },
    { text: 'our wifi password has to be rotated today', intent: 'unknown' },
  ]);
});

describe("an everyday word used otherwise (a verb in -ing, 'plant' as a factory) is no everyday thing; the things themselves stay everyday", () => {
  exactly([
    {
      text: "new api key for the checkout team, the chatbot they're building",
      intent: 'create_key',
      businessUnit: 'checkout-team',
      keyKind: 'api-key',
    },
    {
      text: 'is it ok to give an access key to the vendor building our app?',
      intent: 'help',
      keyKind: 'access-key',
      topic: 'general',
    },
    { text: "token for 2h please, I'm building a demo", intent: 'token', ttlSeconds: 7200 },
    {
      text: 'access key for the vendor building the storefront, for the web-shop unit, 90 days',
      intent: 'create_key',
      businessUnit: 'web-shop',
      keyKind: 'access-key',
      expiryDays: 90,
    },
    {
      text: 'rotate the mes-integration key, the plant floor screens showed it',
      intent: 'rotate',
      businessUnit: 'mes-integration',
    },
    {
      text: 'we are building an intake bot: api key for claims-intake please',
      intent: 'create_key',
      businessUnit: 'claims-intake',
      keyKind: 'api-key',
    },
    {
      text: 'revoke the line-monitoring key, our plant manager says the pilot is over',
      intent: 'revoke',
      businessUnit: 'line-monitoring',
    },
    {
      text: 'rotate the agency-portal key, the contractor building the site leaked it',
      intent: 'rotate',
      businessUnit: 'agency-portal',
    },
    // look-alikes
    { text: 'the key to the building is at reception', intent: 'unknown' },
    { text: 'lost my building pass key', intent: 'unknown' },
    { text: 'who has the key for the bike shed behind the building?', intent: 'unknown' },
    { text: 'need a parking key for the garage', intent: 'unknown' },
    { text: "water the plants while I'm away", intent: 'unknown' },
    { text: 'the plant in the lobby needs a new pot, who has the cupboard key?', intent: 'unknown' },
    { text: "they're building a new office, keys handed out monday", intent: 'unknown' },
  ]);
});

describe('haiku the model is no poem: a token asked for to try it is a token request; a haiku as a poem stays a saying', () => {
  exactly([
    {
      text: 'need a token for 30 min to try claude haiku on the support prompts',
      intent: 'token',
      ttlSeconds: 1800,
      provider: 'anthropic',
    },
    {
      text: 'token for 1h, want to compare claude haiku and sonnet on our evals',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: '1h token pls, checking whether claude haiku is fast enough for the chatbot',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: 'token for 2 hours, running claude haiku evals in us-east-1',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'us-east-1',
      provider: 'anthropic',
    },
    {
      text: 'short-lived token for 20 min so my lead can check the claude haiku summaries',
      intent: 'token',
      ttlSeconds: 1200,
      provider: 'anthropic',
    },
    {
      text: 'token 3h please, benchmarking claude sonnet against haiku for the ticket router',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    {
      text: 'give me a 45 minute token, claude haiku demo for the sales team',
      intent: 'token',
      ttlSeconds: 2700,
      provider: 'anthropic',
    },
    {
      text: 'a token for an hour to try anthropic haiku on our eval set please',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    // look-alikes: the poem
    { text: 'revoke, rotate, repeat. a haiku by the security team', intent: 'unknown' },
    {
      text: 'wrote a haiku about rotating keys: rotate the key now / the old one fades in the logs / ci turns green again',
      intent: 'unknown',
    },
    { text: 'our team motto as a haiku: revoke, rotate, repeat', intent: 'unknown' },
    {
      text: 'friday haiku: token for an hour / the demo runs, then it dies / nobody asked why',
      intent: 'unknown',
    },
  ]);
});
