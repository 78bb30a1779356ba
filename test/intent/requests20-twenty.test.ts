/**
 * Round twenty, requests20: requests round nineteen's blind files (now tuned-{airline,construction,nonprofit})
 * missed or half-read, by kind, with sentences of our own written before the parser's answer was looked at
 * (other units, verbs, word orders) and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, nothingAsked } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

describe('A. a token asked for shyly, as a question, by a lay person, or "another one"', () => {
  exactly([
    {
      text: 'hi bot, my manager said I need a token? maybe 1 hour? thanks so much',
      intent: 'token',
      ttlSeconds: 3600,
    },
    {
      text: 'the last token ran out halfway through my analysis. another one for 3h please?',
      intent: 'token',
      ttlSeconds: 10800,
    },
    { text: 'sorry again! token expired mid-meeting. another for 1h?', intent: 'token', ttlSeconds: 3600 },
    {
      text: 'token for my colleague <@U07ABCDEF> for 2h, she is the site engineer and has no laptop',
      intent: 'token',
      ttlSeconds: 7200,
      owner: 'U07ABCDEF',
    },
    {
      text: 'a token for my teammate <@U01TEAMMT> for 3h, he is on the road',
      intent: 'token',
      ttlSeconds: 10800,
      owner: 'U01TEAMMT',
    },
    { text: 'tokin for 3 ours pls', intent: 'token', ttlSeconds: 10800 },
    { text: 'token for 4 ours please', intent: 'token', ttlSeconds: 14400 },
    {
      text: 'a bearer token for 2 hours, drafting the board minutes',
      intent: 'token',
      ttlSeconds: 7200,
      keyKind: 'api-key',
    },
    { text: 'bearer token for 30 minutes please', intent: 'token', ttlSeconds: 1800, keyKind: 'api-key' },
  ]);
  nothingAsked([
    'our hours are 9 to 5, see you in 2 ours lol',
    'the token expired in the middle of my report, so annoying',
    'IT said to ask someone about the printer, maybe 2 hours of work?',
  ]);
  keeps([
    ['the last token expired. another one for 2h?', 'token'],
    ['register the payments team for bedrock', 'create_key', 'payments-team'],
  ]);
  nothingAsked(['ugh, another one of those days', 'our risk register is due friday']);
});

describe('B. a new key in place of the old one is a rotate', () => {
  exactly([
    {
      text: 'Hi, our auditor says we must change our AI key every quarter and it is that time. Unit is events team. Thanks!',
      intent: 'rotate',
      businessUnit: 'events-team',
    },
    {
      text: 'time to change the AI key for the volunteers team, policy says every 6 months',
      intent: 'rotate',
      businessUnit: 'volunteers-team',
    },
    {
      text: 'Please can you make a new key for our team (Nairobi team) because the old one was posted in a public channel by mistake',
      intent: 'rotate',
      businessUnit: 'nairobi-team',
    },
    {
      text: 'we need a new key for the lagos team, the old one got shared in an email by mistake',
      intent: 'rotate',
      businessUnit: 'lagos-team',
    },
    { text: 'new key for payroll please, the old one leaked', intent: 'rotate', businessUnit: 'payroll' },
  ]);
  keeps([
    ['new key for the lagos team please, 90 days', 'create_key', 'lagos-team'],
    ['make a new key for the grants team, they have none yet', 'create_key', 'grants-team'],
  ]);
  nothingAsked(['we must change our office plants every quarter and it is that time']);
});

describe('C. a command waiting on a condition is still the command', () => {
  keeps([
    ['create key for the Risk Office once the budget audit is signed off', 'create_key', 'risk-office'],
    ['create a key for the comms team once the policy is approved', 'create_key', 'comms-team'],
    ['pls revoke roster-bot after the winter schedule go-live', 'revoke', 'roster-bot'],
    ['revoke pricing-nlp after the migration goes live', 'revoke', 'pricing-nlp'],
    ['rotate billing-ml once the new release is out', 'rotate', 'billing-ml'],
  ]);
  nothingAsked(['the audit was signed off after the summer schedule go-live']);
});

describe('D. slots', () => {
  exactly([
    {
      text: 'create key bid-assistant-prod 60',
      intent: 'create_key',
      businessUnit: 'bid-assistant-prod',
      expiryDays: 60,
    },
    { text: 'create key growth 30', intent: 'create_key', businessUnit: 'growth', expiryDays: 30 },
    {
      text: 'Could you set up a Bedrock API key for our site planners? Unit should be site-plan. Owner is <@U09PLAN01>. We would like it to expire after 60 days and live in eu-central-1 since our hub is in Frankfurt.',
      intent: 'create_key',
      keyKind: 'api-key',
      businessUnit: 'site-plan',
      owner: 'U09PLAN01',
      expiryDays: 60,
      region: 'eu-central-1',
    },
    {
      text: 'new long-term api key for the events-team, expiring in 99999 days lol (joking, 30)',
      intent: 'create_key',
      keyKind: 'api-key',
      businessUnit: 'events-team',
      expiryDays: 30,
    },
    {
      text: 'TTL: 2h\nPurpose: board pack summaries\nRequested by: <@U0REQ1234>',
      intent: 'token',
      ttlSeconds: 7200,
    },
    { text: 'TTL: 30m\nReason: quick test', intent: 'token', ttlSeconds: 1800 },
    {
      text: 'revoke keys? no — revoke the payroll access key',
      intent: 'revoke',
      businessUnit: 'payroll',
      keyKind: 'access-key',
    },
    {
      text: 'Ops log 1015z: EI123 diverted LHR, crew timed out. Separately: bot, token 3h please, need to write the notice',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'flight diverted to FRA overnight, pax in hotels. anyway, token 1h please for the incident report',
      intent: 'token',
      ttlSeconds: 3600,
    },
    { text: '/bedrock list mine', intent: 'list', owner: 'me' },
    { text: 'list mine please', intent: 'list', owner: 'me' },
    { text: 'TTL: 3h\nRequested by: <@U0REQ5678>', intent: 'token', ttlSeconds: 10800 },
    { text: 'create key hack-week 90', intent: 'create_key', businessUnit: 'hack-week', expiryDays: 90 },
  ]);
  nothingAsked([
    'TTL: 4h\nStatus: done\nRequested by: <@U0REQ1234>',
    'the auditor wants us to rotate keys every 90 days',
    'flight BA12 landed LHR on time',
  ]);
  keeps([['token 2h LHR', 'token']]);
  exactly([
    { text: 'token 2h frankfurt', intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' },
    { text: 'revoke the keys for sales', intent: 'revoke', businessUnit: 'sales', all: true },
  ]);
});

describe('E. intent', () => {
  exactly([
    {
      text: 'when was the key for donor-insights created?',
      intent: 'history',
      businessUnit: 'donor-insights',
    },
    {
      text: '<@U0BEDROCK1> when was the key for site-logs created',
      intent: 'history',
      businessUnit: 'site-logs',
    },
    {
      text: 'when was the kyc key created and when does it expire?',
      intent: 'details',
      businessUnit: 'kyc',
    },
    { text: 'what units are there? want to see if the finance team already has one', intent: 'list' },
    { text: 'which units exist? checking whether legal has one before I ask', intent: 'list' },
    { text: 'which AI models does the bot give access to? not the Photoshop ones', intent: 'models' },
    { text: 'which models does the bot give access to?', intent: 'models' },
  ]);
  keeps([['what units are there? I want a key for growth', 'create_key', 'growth']]);
});

describe("round twenty's new patterns stay fast on 2,000-character adversarial texts", () => {
  const runs = [' ', ' \t', ' ,', ' .', 'a ', '- ', ' x'];
  const texts = runs.flatMap((r) => [
    `create key ads 90${r.repeat(1950 / r.length)}x`,
    `create key${r.repeat(1950 / r.length)}x`,
    `list mine${r.repeat(1950 / r.length)}x`,
    `joking${r.repeat(1950 / r.length)}x`,
    `revoke keys? no${r.repeat(1950 / r.length)}key`,
    `what units are there?${r.repeat(1950 / r.length)}`,
    `which models does the bot${r.repeat(1950 / r.length)}give access to`,
    `TTL: 4h\nRequested by:${r.repeat(1950 / r.length)}x`,
    `pls revoke x after the${r.repeat(1950 / r.length)}go-live`,
    `token for 2${r.repeat(1950 / r.length)}ours`,
    `diverted${r.repeat(1950 / r.length)}DUB token 2h`,
    `it's${r.repeat(1950 / r.length)}that time`,
  ]);
  parsesWithoutHanging(texts);
});
