/**
 * Round twenty-six, the lead's own: which of two kinds of credential is better, asked with the system it is for
 * named ("for the new onboarding flow, is it better to use short-lived tokens or get a proper key?"), is a
 * question about the kinds (help, key-kinds: README "Key kinds"), never a key for the system named. Sentences
 * written before the parser's answer was looked at, with look-alikes that keep their request. And a key asked
 * for one named model of ours ("new key for the churn model"), which was read as a question about models.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

describe('which credential is better, asked beside the system it is for, is help on the kinds', () => {
  exactly([
    {
      text: "Hey team 👋 quick q — for the new onboarding flow we're building, is it better to use short-lived tokens or get a proper key for the service? we call bedrock from a lambda",
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'for the new onboarding flow, is it better to use short-lived tokens or get a proper key?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'should we get a proper key or keep using tokens for the eval harness?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'for the invoice-parser, better to have a long-term key or just request tokens each morning?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'quick one: is it smarter to go with an api key or an access key for the billing-sync cron?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'would it be better for the ranking team to use tokens, or should they get their own key?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'for our nightly etl job: long term key or tokens, which is better?',
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
  // A request that names the kind it wants, with a reason, keeps its request; so do requests that only mention
  // the other kind as past.
  keeps([
    ['get a proper key for the onboarding service', 'create_key'],
    [
      'we used tokens so far, better to get a proper key for the eval-harness now. please create one',
      'create_key',
    ],
    ['token for 2h please, a key would be better but no time', 'token'],
    ['rotate the growth key, better safe than sorry', 'rotate'],
  ]);
  neverActs([
    'is it better to use tokens or a proper key for our pipeline',
    'tokens or a key for the etl job, what would you recommend?',
    'should the recsys team use tokens or get a key?',
    // (weighed among colleagues: asking the bot at all, or a person's own token)
    "should I ask the bot for an api key or just borrow Priya's token for the workshop?",
    'do we get our own key or keep using the bot tokens, what do you all think is better?',
  ]);
});

describe("a key asked for one named model of ours is that system's key, no question about models", () => {
  exactly([
    { text: 'new key for the churn model', intent: 'create_key', businessUnit: 'churn' },
    { text: 'key for the ranking model pls', intent: 'create_key', businessUnit: 'ranking' },
    {
      text: 'need an api key for the pricing model please',
      intent: 'create_key',
      businessUnit: 'pricing',
      keyKind: 'api-key',
    },
    {
      text: 'we need a new api key for the triage model, 90 days',
      intent: 'create_key',
      businessUnit: 'triage',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'can I get a key for our forecast model? owner me@co.com',
      intent: 'create_key',
      businessUnit: 'forecast',
      owner: 'me@co.com',
    },
  ]);
  // Look-alikes: the models asked, a model of another thing, the key's history.
  exactly([
    { text: 'which models can the key for the churn model call?', intent: 'models' },
    { text: 'the key for the model railway is in the drawer', intent: 'unknown' },
    { text: 'need a new key for the model kits cupboard', intent: 'unknown' },
    { text: 'I lost the key for the model shop', intent: 'unknown' },
    { text: 'history of the key for the churn model', intent: 'history', businessUnit: 'churn' },
  ]);
});

describe('one of our changes told as tried and failed, another asked after it: the one asked', () => {
  keeps([
    ["rotating didn't help, just revoke the fraud-ml key please", 'revoke', 'fraud-ml'],
    ["rotation didn't fix it, revoke the billing-api key", 'revoke', 'billing-api'],
    ['rotating the key did not stop the calls, so revoke the ads-ml key', 'revoke', 'ads-ml'],
    ['regenerating did not help — please deprovision old-crm', 'deprovision', 'old-crm'],
    ["revoking the old one didn't work, rotate the search-api key", 'rotate', 'search-api'],
  ]);
  // Look-alikes: the failure alone, or a question about it, asks for no change; the same change asked again stays.
  neverActs([
    "rotating didn't help",
    "rotating didn't help, what else can I try?",
    "rotation didn't fix the 403s on the growth key",
  ]);
  keeps([["rotating didn't help, rotate the growth key again", 'rotate', 'growth']]);
});

describe('a change put off to a named time is asked about first (README "Later"), never done now', () => {
  // The action named is kept, so the question offers it.
  keeps([
    ['rotate the ads key tomorrow', 'rotate', 'ads'],
    ['revoke the growth key tonight', 'revoke', 'growth'],
    ['pls deprovision old-crm next monday', 'deprovision', 'old-crm'],
    ['revoke the billing-api key at 6pm', 'revoke', 'billing-api'],
    ['rotate the recsys key later today', 'rotate', 'recsys'],
  ]);
  neverActs([
    'rotate the ads key tomorrow',
    'revoke the growth key tonight',
    'pls deprovision old-crm next monday',
    'revoke the billing-api key at 6pm',
    'rotate the recsys key later today',
    'can you decommission the legacy-ocr unit on the 14th',
  ]);
  // Look-alikes: a day that belongs to an occasion, or an expiry, leaves the request as it was.
  keeps([
    ["rotate the ads key for tomorrow's launch", 'rotate', 'ads'],
    ['rotate the ads key, it expires tomorrow', 'rotate', 'ads'],
    ['rotate the ads key today', 'rotate', 'ads'],
  ]);
});

describe('adversarial texts do not hang the parser', () => {
  parsesWithoutHanging([
    `is it better to use ${'short lived '.repeat(200)} tokens or get a key?`,
    `better to ${'use tokens or '.repeat(200)} a key?`,
    `should we get ${'a '.repeat(1500)} key or tokens?`,
    `new key for the ${'churn '.repeat(600)}model`,
    `rotating ${'the key '.repeat(500)} didn't help, revoke it`,
    `rotation ${'x '.repeat(1500)}didn't`,
    `rotate ${'the key '.repeat(400)} tomorrow`,
    `revoke ${'x'.repeat(2500)} at 6pm`,
    `key for the ${'x-'.repeat(1200)} model pls`,
  ]);
});
