/**
 * Round seventeen, slots17: kinds of slot the round's tuning files (unseen-*.jsonl) read wrongly.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('a pasted Bedrock API key (a secret) in a request to rotate or revoke refuses the key ID', () => {
  exactly([
    { text: 'revoke ABSKZGF0YS10ZWFtLWtleS0wMDAwMQ', intent: 'revoke', invalid: ['keyId'] },
    {
      text: 'Pls revoke ABSK9f8e7d6c5b4a39281706f5e4 — that is the one from the screenshot',
      intent: 'revoke',
      invalid: ['keyId'],
    },
    {
      text: 'rotate ABSKbmV3c2VjcmV0a2V5Y2V5 for ads',
      intent: 'rotate',
      businessUnit: 'ads',
      invalid: ['keyId'],
    },
    {
      text: 'ABSKZGF0YS10ZWFtLWtleS0wMDAwMQ got pasted in #general, rotate it please',
      intent: 'rotate',
      invalid: ['keyId'],
    },
    {
      text: 'rotate the growth key, I accidentally posted ABSKZ3Jvd3RoLWtleS0xMjM0NTY3OA in a PR',
      intent: 'rotate',
      businessUnit: 'growth',
      invalid: ['keyId'],
    },
    {
      text: 'gitleaks flagged ABSKcmlzay1tbC1rZXktbGVha2VkMDE= in the repo — revoke risk-ml',
      intent: 'revoke',
      businessUnit: 'risk-ml',
      invalid: ['keyId'],
    },
    { text: 'please revoke ABSKc2FsZXMtcHJvZC1rZXktMjAyNg asap', intent: 'revoke', invalid: ['keyId'] },
    { text: 'Rotate ABSKaW5zaWdodHMtYXBpLWtleS0wMDAx', intent: 'rotate', invalid: ['keyId'] },
  ]);
  describe('look-alikes: key IDs stay IDs, stories and questions ask nothing', () => {
    exactly([
      { text: 'revoke ABSKd3vr3l99', intent: 'revoke', keyId: 'ABSKd3vr3l99' },
      {
        text: 'rotate ABSK7Q2WXN4R for grants-office',
        intent: 'rotate',
        keyId: 'ABSK7Q2WXN4R',
        businessUnit: 'grants-office',
      },
      {
        text: 'found ABSKZGF0YS10ZWFtLWtleS0wMDAwMQ in an old notebook, no idea whose it is',
        intent: 'unknown',
      },
      { text: 'I revoked ABSKZGF0YS10ZWFtLWtleS0wMDAwMQ yesterday', intent: 'unknown' },
    ]);
  });
});

describe('a model family named without its maker (sonnet, opus, haiku) states the maker', () => {
  exactly([
    {
      text: 'token for 2h, opus vs sonnet eval for the summaries',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
    {
      text: 'Quick one: token, 45 mins, Opus, Tokyo',
      intent: 'token',
      ttlSeconds: 2700,
      region: 'ap-northeast-1',
      provider: 'anthropic',
    },
    {
      text: 'need a token for 3 hours, testing haiku latency',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    { text: 'can i get a token for sonnet for 1h', intent: 'token', ttlSeconds: 3600, provider: 'anthropic' },
    {
      text: 'token 3h to try opus on the contract review',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    {
      text: 'token for 1h. comparing Haiku and Opus for the triage bot.',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: 'token 2h please. llama eval for the chatbot.',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'meta',
    },
    {
      text: 'a token for 90 minutes for the sonnet vs haiku bake-off',
      intent: 'token',
      ttlSeconds: 5400,
      provider: 'anthropic',
    },
  ]);
  describe('look-alikes: a poem, a story of what was compared', () => {
    exactly([
      { text: 'our intern wrote a haiku about key rotation lol', intent: 'unknown' },
      {
        text: 'token for 3 hours. We compared claude and llama last week, now the report.',
        intent: 'token',
        ttlSeconds: 10800,
      },
      { text: 'token for 2h', intent: 'token', ttlSeconds: 7200 },
    ]);
  });
});

describe('an airport code or a city followed by a site or what happens there names no Region', () => {
  exactly([
    { text: 'token for 3h please, I am covering the CDG desk tonight', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'need a token for 2 hours to label photos from the SIN warehouse',
      intent: 'token',
      ttlSeconds: 7200,
    },
    { text: 'token 4h, want to check the plan for tomorrow’s NRT wave', intent: 'token', ttlSeconds: 14400 },
    { text: 'token for 2h, I am at the Frankfurt hub all day', intent: 'token', ttlSeconds: 7200 },
    { text: 'a token for 1h for the GRU departure briefing', intent: 'token', ttlSeconds: 3600 },
    { text: 'token 90 mins, sorting the ICN cargo manifests', intent: 'token', ttlSeconds: 5400 },
    { text: 'token for 2h, working from the Dublin terminal today', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for 3h — checking the SYD arrivals board', intent: 'token', ttlSeconds: 10800 },
  ]);
  describe('look-alikes: a place or code asked for stays a Region', () => {
    exactly([
      { text: 'token 2h SYD', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-2' },
      { text: 'token 2h in sin', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-1' },
      { text: 'token 4h frankfurt', intent: 'token', ttlSeconds: 14400, region: 'eu-central-1' },
      { text: 'token 2h pdx', intent: 'token', ttlSeconds: 7200, region: 'us-west-2' },
      { text: 'token for 3h, region: dub', intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' },
    ]);
  });
});

describe('how long a key or token can live, asked about, is the limits topic', () => {
  exactly([
    { text: 'could our lab in principle get a key that lasts 3 years?', intent: 'help', topic: 'limits' },
    {
      text: 'in theory, could a research group get a key which lasts 5 years?',
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'how long can an api key live before it must be rotated?',
      intent: 'help',
      topic: 'limits',
      keyKind: 'api-key',
    },
    { text: 'how long can a token last before I have to ask again?', intent: 'help', topic: 'limits' },
    {
      text: 'do access keys expire automatically or do we have to revoke them?',
      intent: 'help',
      topic: 'limits',
      keyKind: 'access-key',
    },
    {
      text: 'does an api key expire on its own, or do I need to revoke it?',
      intent: 'help',
      topic: 'limits',
      keyKind: 'api-key',
    },
    {
      text: 'just wondering, could I even get a token for a whole 20h shift?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'in theory could I get a token for a full 16h day?', intent: 'help', topic: 'limits' },
  ]);
  describe('look-alikes: what a rotation does to the old key is the rotate topic', () => {
    exactly([
      { text: 'how long does the old key stay valid after a rotate?', intent: 'help', topic: 'rotate' },
      { text: 'what happens to the old key when I rotate?', intent: 'help', topic: 'rotate' },
      { text: 'how do I rotate the growth key?', intent: 'help', topic: 'rotate' },
    ]);
  });
});

describe('what one kind is, or does that another does not, is key-kinds (no kind stated when weighed)', () => {
  exactly([
    { text: 'what actually is an api key?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    {
      text: 'sorry, silly one: what really is an access key?',
      intent: 'help',
      topic: 'key-kinds',
      keyKind: 'access-key',
    },
    { text: 'what can an access key do that a token can’t?', intent: 'help', topic: 'key-kinds' },
    { text: 'what does an api key give us that a token doesn’t?', intent: 'help', topic: 'key-kinds' },
    {
      text: 'is there anything an api key does that an access key can’t?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'what does an IAM access key give me that a Bedrock API key does not?',
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
});

describe('kinds set aside for a token state no kind', () => {
  exactly([
    { text: 'token for 3h please, not an access key and not an api key', intent: 'token', ttlSeconds: 10800 },
    { text: 'just a token for 1h, no api key, no access key', intent: 'token', ttlSeconds: 3600 },
    {
      text: 'a token for two hours. Not an API key, not an access key: only a token.',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
  describe('look-alikes: one kind asked for instead of another', () => {
    exactly([
      {
        text: 'create an access key for growth, not an api key',
        intent: 'create_key',
        businessUnit: 'growth',
        keyKind: 'access-key',
      },
      {
        text: 'api key for search, 30 days',
        intent: 'create_key',
        businessUnit: 'search',
        keyKind: 'api-key',
        expiryDays: 30,
      },
    ]);
  });
});

describe('keeping a token safe: the bot keeping a copy, another person using it → general', () => {
  exactly([
    {
      text: 'does the bot keep a copy of my api key after it shows it?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    { text: 'does bedrock-bot save a copy of the token somewhere?', intent: 'help', topic: 'general' },
    { text: 'does the bot retain a copy of tokens after issuing them?', intent: 'help', topic: 'general' },
    { text: 'will I get in trouble if my intern uses my token?', intent: 'help', topic: 'general' },
    { text: 'if someone borrows my token, whose name is in the logs?', intent: 'help', topic: 'general' },
  ]);
});

describe('where or on what a token is asked for, a person rotating off a ward: the token topic', () => {
  exactly([
    { text: 'if I rotate onto nights next week, does my token still work?', intent: 'help', topic: 'token' },
    { text: 'can i get a token from my phone or only from the laptop?', intent: 'help', topic: 'token' },
    {
      text: 'just curious, could I get a token for 2h on my iPad or do I need my desktop?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'if I asked for a token and then rotated off the ward, would it still work elsewhere?',
      intent: 'help',
      topic: 'token',
    },
  ]);
});

describe("the bot's command with its words apart or its arguments split by slashes: the last number is days", () => {
  exactly([
    {
      text: 'create key fuel-analytics api-key 90',
      intent: 'create_key',
      businessUnit: 'fuel-analytics',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'create key growth access-key 30',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'rotate key ads api-key 45',
      intent: 'rotate',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: 'create key: search / access-key / 30 / ana@corp.com',
      intent: 'create_key',
      businessUnit: 'search',
      keyKind: 'access-key',
      expiryDays: 30,
      owner: 'ana@corp.com',
    },
    {
      text: 'create key: risk-ml / api-key / 120',
      intent: 'create_key',
      businessUnit: 'risk-ml',
      keyKind: 'api-key',
      expiryDays: 120,
    },
    {
      text: 'create-key growth api-key 90',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
      expiryDays: 90,
    },
  ]);
  describe('look-alikes: no number, a numbered key', () => {
    exactly([
      { text: 'create key growth api-key', intent: 'create_key', businessUnit: 'growth', keyKind: 'api-key' },
      { text: 'rotate key 42 for ads', intent: 'rotate', businessUnit: 'ads', invalid: ['keyId'] },
    ]);
  });
});

describe("the asker's own cap on a token (no more than, not longer than) is its lifetime", () => {
  exactly([
    {
      text: 'Please provide a temporary token (no more than 60 minutes) for the prompt tests.',
      intent: 'token',
      ttlSeconds: 3600,
    },
    { text: 'token for the demo, no longer than 2 hours please', intent: 'token', ttlSeconds: 7200 },
    { text: 'I need a token, no more than 45 minutes, to check my login', intent: 'token', ttlSeconds: 2700 },
  ]);
  describe('look-alikes: a bound asked about, a job that takes no more than', () => {
    exactly([
      { text: 'can a token last more than 12h?', intent: 'help', topic: 'limits' },
      { text: 'token for 3h, the job takes no more than 2h', intent: 'token', ttlSeconds: 10800 },
    ]);
  });
});

describe("a mention as the last argument of the bot's command written out is the owner", () => {
  exactly([
    {
      text: 'create key: clause-library / api-key / 90 / <@U08KMTEAM3>',
      intent: 'create_key',
      businessUnit: 'clause-library',
      keyKind: 'api-key',
      expiryDays: 90,
      owner: 'U08KMTEAM3',
    },
    {
      text: 'create-key ads api-key 30 <@U0ANA1234>',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 30,
      owner: 'U0ANA1234',
    },
    {
      text: 'create key growth access-key 60 <@U0BOB5678>',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'access-key',
      expiryDays: 60,
      owner: 'U0BOB5678',
    },
    {
      text: 'rotate key search / api-key / 45 / <@U0CAT9012>',
      intent: 'rotate',
      businessUnit: 'search',
      keyKind: 'api-key',
      expiryDays: 45,
      owner: 'U0CAT9012',
    },
    {
      text: 'create key: risk-ml / api-key / <@U0DAN3456>',
      intent: 'create_key',
      businessUnit: 'risk-ml',
      keyKind: 'api-key',
      owner: 'U0DAN3456',
    },
  ]);
});
