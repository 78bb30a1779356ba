import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round sixteen (fixhist): sentences of the kinds fixed, written before the parser's answers were looked
 * at, with look-alikes that must not change. Labels follow test/intent/data/README.md.
 */
describe('when a key was created or issued is history (a creation is a change); asked with what the key has now it stays details', () => {
  exactly([
    // the brief's texts
    { text: 'when was the hartmann key created?', intent: 'history', businessUnit: 'hartmann' },
    { text: 'when was the Kestrel key created, and by whom?', intent: 'history', businessUnit: 'kestrel' },
    { text: 'when was the key for recsys created', intent: 'history', businessUnit: 'recsys' },
    // of the same kind
    { text: 'when was the payroll key created?', intent: 'history', businessUnit: 'payroll' },
    {
      text: 'when was the key for fraud-ml created, and who made it?',
      intent: 'history',
      businessUnit: 'fraud-ml',
    },
    { text: 'When was the billing key issued?', intent: 'history', businessUnit: 'billing' },
    { text: 'when did we create the ads-api key?', intent: 'history', businessUnit: 'ads-api' },
    { text: 'when was the growth-emea key generated', intent: 'history', businessUnit: 'growth-emea' },
    { text: 'hey, when was the search key first created?', intent: 'history', businessUnit: 'search' },
    {
      text: 'so when was the doc-intel key set up, and by whom?',
      intent: 'history',
      businessUnit: 'doc-intel',
    },
    { text: 'when were the keys for checkout created?', intent: 'history', businessUnit: 'checkout' },
    {
      text: 'when did someone issue the key for marketing-ops',
      intent: 'history',
      businessUnit: 'marketing-ops',
    },
    {
      text: 'quick q: when was the kyc access key created?',
      intent: 'history',
      businessUnit: 'kyc',
      keyKind: 'access-key',
    },
    // look-alikes: what the key has now, asked too, or its age, is details; a request stays a request
    { text: 'when was the kyc key created and when does it expire?', intent: 'details', businessUnit: 'kyc' },
    { text: "how old is growth's key?", intent: 'details', businessUnit: 'growth' },
    {
      text: 'when was the payroll key created and when does it expire?',
      intent: 'details',
      businessUnit: 'payroll',
    },
    {
      text: 'when was the billing key created and how long is it valid?',
      intent: 'details',
      businessUnit: 'billing',
    },
    { text: 'how old is the search key?', intent: 'details', businessUnit: 'search' },
    {
      text: 'when was the fraud-ml key created and who owns it?',
      intent: 'details',
      businessUnit: 'fraud-ml',
    },
    {
      text: 'how many keys does checkout have, and when were they created?',
      intent: 'details',
      businessUnit: 'checkout',
    },
    { text: 'when does the growth key expire?', intent: 'details', businessUnit: 'growth' },
    { text: 'when was the growth key last rotated?', intent: 'history', businessUnit: 'growth' },
    {
      text: 'create a key for payroll when the audit is done',
      intent: 'create_key',
      businessUnit: 'payroll',
    },
  ]);
});

describe("a token question hedged or put on someone else's approval is help; a request with approval given or said plainly stays a request", () => {
  exactly([
    // the brief's texts
    { text: 'hypothetically, could I get a 16h token?', intent: 'help', topic: 'limits' },
    { text: "with my manager's approval, could I get a 24h token?", intent: 'help', topic: 'limits' },
    { text: 'assuming my lead approves, can I have a token for a day?', intent: 'help', topic: 'limits' },
    {
      text: 'should I write the api key into the config file?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'should I put the access key in our .env file?',
      intent: 'help',
      topic: 'general',
      keyKind: 'access-key',
    },
    {
      text: 'should I commit the api key to the repo?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    // of the same kind
    { text: 'hypothetically, can I get a 20h token?', intent: 'help', topic: 'limits' },
    { text: 'hypothetically could I have a token for 2 days?', intent: 'help', topic: 'limits' },
    { text: "with my lead's approval, could I have a 16h token?", intent: 'help', topic: 'limits' },
    { text: "with my director's sign-off, can I get a token for 24 hours?", intent: 'help', topic: 'limits' },
    { text: 'assuming my manager approves, could I get a 14h token?', intent: 'help', topic: 'limits' },
    {
      text: 'assuming the team lead signs off, can I get a token for a full day?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'provided my manager agrees, could I get an 18h token?', intent: 'help', topic: 'limits' },
    { text: 'supposing my boss okays it, can I have a 20h token?', intent: 'help', topic: 'limits' },
    { text: 'with approval from my manager, could I get a 36h token?', intent: 'help', topic: 'limits' },
    // look-alikes: requests stay requests
    { text: 'could I get a 4h token?', intent: 'token', ttlSeconds: 14400 },
    { text: 'with approval from Sam, token 6h please', intent: 'token', ttlSeconds: 21600 },
    { text: 'my manager approved, token for 8h', intent: 'token', ttlSeconds: 28800 },
    { text: 'with approval from Dana, token 4h please', intent: 'token', ttlSeconds: 14400 },
    { text: 'my lead approved, token for 10h', intent: 'token', ttlSeconds: 36000 },
    { text: "I have my manager's approval, token for 2h please", intent: 'token', ttlSeconds: 7200 },
    { text: 'can I get a token for 5h please', intent: 'token', ttlSeconds: 18000 },
    { text: 'assuming this works, rotate the growth key', intent: 'rotate', businessUnit: 'growth' },
    { text: 'my manager signed off, can I get a 3h token?', intent: 'token', ttlSeconds: 10800 },
    { text: 'with the new SDK, could I get a 4h token?', intent: 'token', ttlSeconds: 14400 },
    { text: 'assuming the build passes, can I get a token for 2h?', intent: 'token', ttlSeconds: 7200 },
    { text: 'with approval from Sam, could you give me a 6h token?', intent: 'token', ttlSeconds: 21600 },
  ]);
});
