/**
 * Round fifty-three, fix53f (the English styles of a company Slack, no data file: waves of our own sentences): a week
 * written "w" after a look-back ("past 2w", periods.ts); a value settled on again after one stated ("let's do 5h",
 * "go with 4h", "no, do 3h", "change it to 60", "switch to seoul", "ok 5h then", discourse.ts) or judged the better one
 * ("90 is safer", corrections.ts); a learner's "is possible I get …" and "we take key" (learner-english.ts); "dayz";
 * "(would you) mind V-ing" asked as the command (mind-doing.ts); a unit's name linked where a unit stands
 * (slack-text.ts); hours and minutes set apart by a comma (durations.ts). Sentences of our own of each kind, and
 * look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('a week written "w" after a look-back', () => {
  exactly([
    {
      text: 'hist for ml-core past 3w',
      intent: 'history',
      businessUnit: 'ml-core',
      period: { kind: 'days', days: 21 },
    },
    {
      text: 'spend ads-ml last 2w',
      intent: 'spend',
      businessUnit: 'ads-ml',
      period: { kind: 'days', days: 14 },
    },
    {
      text: 'audit log geo-api past 1w pls',
      intent: 'history',
      businessUnit: 'geo-api',
      period: { kind: 'days', days: 7 },
    },
  ]);
});

describe('a value settled on again after one stated', () => {
  exactly([
    { text: "token 8h. let's do 5h", intent: 'token', ttlSeconds: 18000 },
    { text: 'token for 10h, go with 4h', intent: 'token', ttlSeconds: 14400 },
    { text: 'token 9h? no, do 3h', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'key for reports 30 days, change it to 60',
      intent: 'create_key',
      businessUnit: 'reports',
      expiryDays: 60,
    },
    {
      text: 'token in tokyo 3h, switch to seoul',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'ap-northeast-2',
    },
    { text: 'tok 7h. ok 5h then', intent: 'token', ttlSeconds: 18000 },
    // look-alike: a model gone with, no value
    {
      text: "token 2h, I'll go with sonnet for the test",
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
  ]);
});

describe('a later value judged the better one', () => {
  exactly([
    {
      text: 'key for pricing-ml, 180 days. hmm, 90 is safer',
      intent: 'create_key',
      businessUnit: 'pricing-ml',
      expiryDays: 90,
    },
    { text: 'token 7h, 5h is probably better', intent: 'token', ttlSeconds: 18000 },
    {
      text: 'key for rag-svc 90d — 60d would probably be wiser',
      intent: 'create_key',
      businessUnit: 'rag-svc',
      expiryDays: 60,
    },
    {
      text: 'api key for docs-bot with 90 days, 30 days would be wiser',
      intent: 'create_key',
      businessUnit: 'docs-bot',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    // look-alike: the better value conceded, the first kept
    { text: 'token 6h - 10h would be better but ok', intent: 'token', ttlSeconds: 21600 },
  ]);
});

describe('a learner’s "is possible I get …" and "we take key"', () => {
  exactly([
    {
      text: 'is possible I get token for 3 hours in Mumbai?',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'ap-south-1',
    },
    {
      text: 'is possible we take api key for team vision, 60 days?',
      intent: 'create_key',
      businessUnit: 'vision',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    { text: "it's possible that I have a token of 5 hours?", intent: 'token', ttlSeconds: 18000 },
    { text: 'where we take the token?', intent: 'help', topic: 'token' },
    {
      text: 'where I can take api key for my team?',
      intent: 'help',
      topic: 'create_key',
      keyKind: 'api-key',
    },
  ]);
  nothingAsked(['is possible I get the report today?']);
  // look-alike: taking the keys away is a removal, still asked as one
  keeps([['can we take the keys away from growth?', 'revoke', 'growth']]);
});

describe('"dayz"', () => {
  exactly([
    {
      text: 'api key for ticket-bot, 60 dayz',
      intent: 'create_key',
      businessUnit: 'ticket-bot',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    { text: 'key for ops-ml 14 dayz pls', intent: 'create_key', businessUnit: 'ops-ml', expiryDays: 14 },
  ]);
});

describe('"(would you) mind V-ing" asked as the command', () => {
  exactly([
    {
      text: 'mind rotating the key for invoice-ai when you get a chance?',
      intent: 'rotate',
      businessUnit: 'invoice-ai',
    },
    { text: 'do you mind showing the history for pay-core?', intent: 'history', businessUnit: 'pay-core' },
    { text: 'hey, mind giving me a token for 3h?', intent: 'token', ttlSeconds: 10800 },
    { text: 'mind revoking all the keys for old-crm?', intent: 'revoke', businessUnit: 'old-crm', all: true },
  ]);
  nothingAsked(["I don't mind rotating the key myself later", "never mind rotating the ads key, it's fine"]);
  neverActs(["I don't mind rotating the key myself later"]);
});

describe('a unit’s name linked where a unit stands', () => {
  exactly([
    {
      text: 'create key for <https://wiki.acme.io/teams/risk-ml|risk-ml>, 30d',
      intent: 'create_key',
      businessUnit: 'risk-ml',
      expiryDays: 30,
    },
    {
      text: 'rotate key for <https://acme.slack.com/x|pay-core> pls',
      intent: 'rotate',
      businessUnit: 'pay-core',
    },
    { text: 'what keys does <https://x.io|growth-eu> have', intent: 'details', businessUnit: 'growth-eu' },
    // look-alikes: a link's words, no name
    { text: 'token 2h for <https://x.io/demo|the demo>', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'see <https://wiki.acme.io/bedrock|the wiki> — anyway I need a token for 5h',
      intent: 'token',
      ttlSeconds: 18000,
    },
  ]);
});

describe('the hours and minutes of one lifetime set apart by a comma', () => {
  exactly([
    { text: 'token for 2 hrs, 30 mins', intent: 'token', ttlSeconds: 9000 },
    { text: 'token for 1h, 15m', intent: 'token', ttlSeconds: 4500 },
    { text: 'token for 3 hours, 20 minutes please', intent: 'token', ttlSeconds: 12000 },
    // look-alikes: minutes of something else, or a later value judged enough
    { text: 'token 2h, 30 min break included', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for 1h, 45 min would be enough', intent: 'token', ttlSeconds: 2700 },
  ]);
});
