/**
 * Round sixty, fix60 values: the value slots of a finished reading looked at once more (values-last-look.ts).
 * - Provider: a model named in a sentence saying what a token is for, also in the asker's present ("I'm testing the
 *   … prompts with claude") states its maker; a story's model, a form's purpose field and a question weighing two
 *   makers state none.
 * - Key kinds: a kind set aside for a token, and a token weighed against a kind in a question, state none; the other
 *   kind asked for instead stays.
 * - Places: the place a key's system runs in is its Region (a token's is left to the readers before).
 * - Key lifetimes: one told bare in a sentence of its own after a key asked for ("30 days, just for the harvest"), or a
 *   quarter let be, is its expiry; an age is not.
 * - Owner: a list of the units a person holds, asked with the person after the noun, has that person as owner.
 * - A time after "owner" ("the owner before I ping", "a new owner next week") is no owner stated wrongly.
 * Every sentence is the fixer's own.
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('a model in a sentence saying what the token is for states its maker', () => {
  exactly([
    {
      text: "can I get a token for 3 hours? I'm checking the intake summaries with claude",
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    {
      text: 'could I have a token for 2 hours? comparing the shipping notes with Llama',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'meta',
    },
    {
      text: "token please, 90 min. We're rewriting the FAQ answers with mistral",
      intent: 'token',
      ttlSeconds: 5400,
      provider: 'mistral',
    },
    {
      text: 'Token. 1h. Titan embeddings test for the parts catalogue.',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'amazon',
    },
    {
      text: 'need a token for my lead to look over the haiku prompts, 30 min',
      intent: 'token',
      ttlSeconds: 1800,
      provider: 'anthropic',
    },
    {
      text: 'can I get a token for 4 hours? summarising the tender documents using Claude',
      intent: 'token',
      ttlSeconds: 14400,
      provider: 'anthropic',
    },
  ]);
});

describe('a model only in the story, a purpose field or two makers weighed states none', () => {
  exactly([
    {
      text: 'token for 2h please. last month we compared claude and llama on this',
      intent: 'token',
      ttlSeconds: 7200,
    },
    {
      text: 'Duration: 3h\nPurpose: trial of the rota drafts with Claude',
      intent: 'token',
      ttlSeconds: 10800,
    },
    { text: 'can my token reach mistral or only the anthropic models?', intent: 'help', topic: 'models' },
    { text: 'does the token work with llama, or is it claude-only', intent: 'help', topic: 'models' },
    {
      text: 'The working group wants to weigh Anthropic and Meta models. Which meta models can we use?',
      intent: 'models',
      provider: 'meta',
    },
  ]);
});

describe('a kind set aside for a token states none; the kind asked for instead stays', () => {
  exactly([
    { text: 'token for 3h please, NOT one of the long-lived api keys', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'token 1h (I know the API key for our chatbot is a separate thing)',
      intent: 'token',
      ttlSeconds: 3600,
    },
    { text: "just a token for 2 hours, I don't need an api key", intent: 'token', ttlSeconds: 7200 },
    { text: 'token for 45 minutes, no api key needed', intent: 'token', ttlSeconds: 2700 },
    {
      text: 'could I have SigV4 creds instead of the api key? 1h',
      intent: 'token',
      ttlSeconds: 3600,
      keyKind: 'access-key',
    },
    { text: 'a bearer token for 2h please', intent: 'token', ttlSeconds: 7200, keyKind: 'api-key' },
  ]);
});

describe('a token weighed against a kind in a question states none; a kind asked what it is states it', () => {
  exactly([
    { text: 'is a token basically a short-lived api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'what is the difference between a token and an access key', intent: 'help', topic: 'key-kinds' },
    {
      text: 'can api keys be issued in Jakarta, or only tokens?',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-3',
    },
    { text: 'what is an api key?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'how many api keys can one unit have?', intent: 'help', topic: 'limits', keyKind: 'api-key' },
  ]);
});

describe("the place a key's system runs in is its Region", () => {
  exactly([
    {
      text: "could we have an access key for label-scan? the vendor's servers are in Frankfurt",
      intent: 'create_key',
      businessUnit: 'label-scan',
      keyKind: 'access-key',
      region: 'eu-central-1',
    },
    {
      text: 'api key for the claims-triage unit please, our runner calls Bedrock from us-west-2',
      intent: 'create_key',
      businessUnit: 'claims-triage',
      keyKind: 'api-key',
      region: 'us-west-2',
    },
    {
      text: 'please create a key for dock-planner, the job runs in the Ireland account',
      intent: 'create_key',
      businessUnit: 'dock-planner',
      region: 'eu-west-1',
    },
    {
      text: 'key for dock-planner please, 90 days',
      intent: 'create_key',
      businessUnit: 'dock-planner',
      expiryDays: 90,
    },
  ]);
});

describe("a key's lifetime told bare after the request, or a quarter let be, is its expiry", () => {
  exactly([
    {
      text: 'can we get an API key for the harvest desk? 30 days, just for the harvest',
      intent: 'create_key',
      businessUnit: 'harvest-desk',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'key for ledger-bot please. 6 weeks, then we look again',
      intent: 'create_key',
      businessUnit: 'ledger-bot',
      expiryDays: 42,
    },
    {
      text: 'could payroll-qa please have a key (quarter is fine)?',
      intent: 'create_key',
      businessUnit: 'payroll-qa',
      expiryDays: 90,
    },
    {
      text: 'the ledger-bot key is 90 days old, rotate it please',
      intent: 'rotate',
      businessUnit: 'ledger-bot',
    },
  ]);
});

describe('the units a person holds, asked after the noun', () => {
  exactly([
    { text: 'units that <@U07QWERTY> owns?', intent: 'list', owner: 'U07QWERTY' },
    {
      text: 'what units does nina.berg@example.com look after',
      intent: 'list',
      owner: 'nina.berg@example.com',
    },
    { text: 'which units has omar.haddad@example.org?', intent: 'list', owner: 'omar.haddad@example.org' },
    { text: 'which units have I got', intent: 'list', owner: 'me' },
    { text: 'list all units', intent: 'list', all: true },
  ]);
});

describe('a time after "owner" is no owner stated wrongly', () => {
  exactly([
    {
      text: 'details for route-planner please, I need the owner before I escalate',
      intent: 'details',
      businessUnit: 'route-planner',
    },
    {
      text: 'revoke the kiosk-chat api key today, we will find a new owner next week',
      intent: 'revoke',
      businessUnit: 'kiosk-chat',
      keyKind: 'api-key',
    },
    {
      text: 'create key for kiosk-chat, owner: bob',
      intent: 'create_key',
      businessUnit: 'kiosk-chat',
      invalid: ['owner'],
    },
  ]);
});

describe('non-requests with these words are not acted on', () => {
  exactly([
    {
      text: 'we tried claude and llama last quarter for the menu translations, it went fine',
      intent: 'unknown',
    },
    { text: 'our render farm is in Frankfurt and the coffee there is awful', intent: 'unknown' },
    { text: 'the api key vs token debate again in standup lol', intent: 'unknown' },
    { text: 'which units does the cafeteria team run this summer, anyone?', intent: 'unknown' },
  ]);
});
