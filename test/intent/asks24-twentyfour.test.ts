/**
 * Round twenty-four, asks24: questions about the bot that round twenty-three's blind files (now
 * tuned-{railway,brewery,satellite}) read as actions or with the wrong help topic or slots. Sentences of our
 * own, written before the parser's answer was looked at (other units, verbs, word orders, lengths, typos,
 * Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('a token over the limit, or whether N is the max, asks about the limit: help limits, no lifetime', () => {
  exactly([
    {
      text: 'any way to get a token longer than 12h? the render goes ~14 hours',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'is there any way to have a token for more than twelve hours?', intent: 'help', topic: 'limits' },
    { text: 'can I get a token for 12h or is 12 the maximum?', intent: 'help', topic: 'limits' },
    { text: 'Any way to get a token beyond 12 hrs? overnight *batch*', intent: 'help', topic: 'limits' },
    { text: 'is there a way to get a token that lasts over 12 hours?', intent: 'help', topic: 'limits' },
    { text: 'any chance of a tokn past 12 hours? our sim runs 18h', intent: 'help', topic: 'limits' },
    { text: 'could we get a token for ten hours, or is ten the limit?', intent: 'help', topic: 'limits' },
  ]);
  neverActs([
    'any way to have a token over 12 hours?',
    'can i have a token for 12 hours or is 12 the max',
    'any way to get a token over 24h for the weekend run',
  ]);
  exactly([
    { text: 'token for 12 hours please', intent: 'token', ttlSeconds: 43200 },
    { text: 'could I get a token for 12 hours?', intent: 'token', ttlSeconds: 43200 },
    { text: 'can I have a token for 8h? the run takes 7', intent: 'token', ttlSeconds: 28800 },
    { text: 'the run went over 12 hours yesterday, token for 6h pls', intent: 'token', ttlSeconds: 21600 },
  ]);
});

describe('whether a place to keep a key is fine: help general, with the kind named', () => {
  exactly([
    {
      text: 'is it ok to store the access key in our Bitwarden vault?',
      intent: 'help',
      topic: 'general',
      keyKind: 'access-key',
    },
    {
      text: 'is it fine to keep the api key in a .env file on the shared drive?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'is it safe to keep my api key in Keeper along with the till passwords',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'is it alright to save the API key in our password manager with the wifi passwords?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'Is it fine to keep the *access key* in the team LastPass folder?',
      intent: 'help',
      topic: 'general',
      keyKind: 'access-key',
    },
  ]);
  exactly([
    { text: 'is it fine to share a token with a contractor', intent: 'help', topic: 'general' },
    {
      text: 'create an api key for growth, we will keep it in 1password',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
    },
  ]);
  neverActs([
    'I keep the api key in 1password btw',
    'is it fine to keep the fridge key in the vault?',
    'we keep the access key in the vault with the EPOS passwords, rotate it yearly?',
  ]);
});

describe('a token weighed against an api key ("basically an api key but shorter"): key-kinds, no kind', () => {
  exactly([
    { text: 'is a token just an api key that expires sooner?', intent: 'help', topic: 'key-kinds' },
    { text: 'is an access key basically a token that never expires?', intent: 'help', topic: 'key-kinds' },
    { text: 'so a token is kinda like an API key but short-lived?', intent: 'help', topic: 'key-kinds' },
    { text: 'is a token more or less a temporary api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'is a tokn basically the same as an api key, only shorter?', intent: 'help', topic: 'key-kinds' },
  ]);
  exactly([
    { text: 'what is an api key?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'short-term vs long-term api keys?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'token for 2h, not an api key', intent: 'token', ttlSeconds: 7200 },
  ]);
});

describe('whether the bot keeps, remembers or stores a credential it sent: help general', () => {
  exactly([
    { text: 'does the bot keep a copy of my token?', intent: 'help', topic: 'general' },
    {
      text: 'does bedrock-bot remember the tokens it hands out? saved in some db?',
      intent: 'help',
      topic: 'general',
    },
    { text: 'is my token stored somewhere by the bot after it sends it?', intent: 'help', topic: 'general' },
    { text: 'does the bot log my token? like in its logs', intent: 'help', topic: 'general' },
    {
      text: 'does the bot store my api key anywhere after it DMs it?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
  ]);
  exactly([
    { text: "I can't remember my token, can I get a new one for 2h", intent: 'token', ttlSeconds: 7200 },
    { text: 'how long does a token last by default', intent: 'help', topic: 'limits' },
  ]);
  neverActs([
    'does the bot remember my token? if not just send a new one later',
    'the bot sent me a token, thanks',
  ]);
});

describe('a kind asked whether offered in a Region: help regions with the Region and the kind', () => {
  exactly([
    {
      text: 'are api keys available in Tokyo?',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-1',
      keyKind: 'api-key',
    },
    {
      text: 'are access keys supported in Ireland?',
      intent: 'help',
      topic: 'regions',
      region: 'eu-west-1',
      keyKind: 'access-key',
    },
    {
      text: 'r api keys available in sydney??',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-2',
      keyKind: 'api-key',
    },
    {
      text: 'are *access keys* offered in us-west-2 at all?',
      intent: 'help',
      topic: 'regions',
      region: 'us-west-2',
      keyKind: 'access-key',
    },
    { text: 'Are tokens available in Frankfurt?', intent: 'help', topic: 'regions', region: 'eu-central-1' },
  ]);
  exactly([
    { text: 'which models are available in eu-west-1?', intent: 'models', region: 'eu-west-1' },
    {
      text: 'access key for growth in Frankfurt',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'access-key',
      region: 'eu-central-1',
    },
  ]);
  keeps([['which models are available in Frankfurt?', 'models']]);
});

describe("whether the bot lets us use a provider's models: help models with the provider", () => {
  exactly([
    {
      text: 'does the bot let us use llama models at all?',
      intent: 'help',
      topic: 'models',
      provider: 'meta',
    },
    { text: 'does this bot allow anthropic models?', intent: 'help', topic: 'models', provider: 'anthropic' },
    {
      text: 'are we allowed to use mistral through the bot?',
      intent: 'help',
      topic: 'models',
      provider: 'mistral',
    },
    {
      text: 'does the bot let our team use *cohere* models or not?',
      intent: 'help',
      topic: 'models',
      provider: 'cohere',
    },
  ]);
  exactly([
    { text: 'which mistral models are there?', intent: 'models', provider: 'mistral' },
    { text: 'list the models', intent: 'models' },
    { text: 'token for mistral for 2h', intent: 'token', provider: 'mistral', ttlSeconds: 7200 },
  ]);
});

describe('whether or how the bot shows who made or changed a key: help history', () => {
  exactly([
    { text: 'can the bot show me who created the key for our unit? how?', intent: 'help', topic: 'history' },
    { text: 'is there a way in the bot to see who rotated our key?', intent: 'help', topic: 'history' },
    { text: 'how do I see who made a key with this bot?', intent: 'help', topic: 'history' },
    {
      text: 'Hi, can I find out through the bot who revoked the key for our team? and how',
      intent: 'help',
      topic: 'history',
    },
  ]);
  exactly([{ text: 'who made the key for growth?', intent: 'history', businessUnit: 'growth' }]);
  keeps([
    ['show me the history for growth', 'history', 'growth'],
    ['who rotated the doc-intel key last week?', 'history', 'doc-intel'],
  ]);
});

describe('"depts" is departments, not a typo of "dets": which depts have bedrock asks the list', () => {
  exactly([
    { text: 'which depts have bedrock set up?', intent: 'list' },
    { text: 'what depts are there?', intent: 'list' },
  ]);
  keeps([
    ['which depts have api keys already?', 'list'],
    ['dets for growth', 'details', 'growth'],
  ]);
  nothingAsked(['two depts are moving floors next week', 'the depts christmas party is on friday']);
});
