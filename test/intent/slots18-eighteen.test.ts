/**
 * Round eighteen, slots18: kinds of slot errors on text nobody tuned on (round seventeen's blind files),
 * each with sentences of our own written before the parser's answer was looked at, and look-alikes
 * that must not change.
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe("a key's alias with its digits first is a keyId, never a unit; a year and letters stays a name", () => {
  exactly([
    { text: 'details bk-7731ac', intent: 'details', keyId: 'bk-7731ac' },
    { text: 'revoke bk-5520fe please, the demo is over', intent: 'revoke', keyId: 'bk-5520fe' },
    { text: 'rotate bk-4410cd for growth', intent: 'rotate', businessUnit: 'growth', keyId: 'bk-4410cd' },
    { text: 'who created bk-9900ab?', intent: 'history', keyId: 'bk-9900ab' },
    { text: 'can you revoke key bk-123abc', intent: 'revoke', keyId: 'bk-123abc' },
    { text: 'when does bk-3021ef expire?', intent: 'details', keyId: 'bk-3021ef' },
    { text: '<@U0BOT> kill bk-660dad, it was in a screenshot', intent: 'revoke', keyId: 'bk-660dad' },
    { text: 'please rotate brk-5512ffee today', intent: 'rotate', keyId: 'brk-5512ffee' },
    { text: 'rotate the key for team-abc123', intent: 'rotate', businessUnit: 'team-abc123' },
    { text: 'details for squad-7', intent: 'details', businessUnit: 'squad-7' },
    { text: 'revoke the hack-17 key', intent: 'revoke', businessUnit: 'hack-17' },
    { text: 'what keys does ops-2024 have?', intent: 'details', businessUnit: 'ops-2024' },
    { text: 'rotate the key for asia2024sales', intent: 'rotate', businessUnit: 'asia2024sales' },
    { text: 'details for hack-2024dec', intent: 'details', businessUnit: 'hack-2024dec' },
    { text: 'revoke the key of ops-2025abc', intent: 'revoke', businessUnit: 'ops-2025abc' },
  ]);
});

describe("a list of a person's units has that person as owner; a person the list is sent to is not", () => {
  exactly([
    {
      text: 'list units for <mailto:ana@corp.example|ana@corp.example>',
      intent: 'list',
      owner: 'ana@corp.example',
    },
    { text: 'what units has <@U02ABCDEF> got?', intent: 'list', owner: 'U02ABCDEF' },
    { text: 'show me the units of <@U0PQRS123>', intent: 'list', owner: 'U0PQRS123' },
    {
      text: 'list the business units for jane.doe@corp.example please',
      intent: 'list',
      owner: 'jane.doe@corp.example',
    },
    { text: 'which teams has bob@corp.example got in the bot?', intent: 'list', owner: 'bob@corp.example' },
    { text: 'what units does <@U07ZZZ111> have', intent: 'list', owner: 'U07ZZZ111' },
    { text: "list <@U09XYZ12>'s units", intent: 'list', owner: 'U09XYZ12' },
    { text: 'units belonging to <@U0AAA2222>?', intent: 'list', owner: 'U0AAA2222' },
    { text: 'list units', intent: 'list' },
    { text: 'what units do we have?', intent: 'list' },
    { text: 'list all units, send it to bob@corp.example', intent: 'list', all: true },
    { text: 'list units for the audit', intent: 'list' },
  ]);
});

describe("a bare number after the key kind in the bot's command syntax is the key's days", () => {
  exactly([
    {
      text: 'create key asset-health-v2 access key 365',
      intent: 'create_key',
      businessUnit: 'asset-health-v2',
      keyKind: 'access-key',
      expiryDays: 365,
    },
    {
      text: '/bedrock create-key claims-bot api-key 90',
      intent: 'create_key',
      businessUnit: 'claims-bot',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'new key ledger-sync api key 30',
      intent: 'create_key',
      businessUnit: 'ledger-sync',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'create-key fraud-ml access-key 180 owner:<mailto:fm@corp.example|fm@corp.example>',
      intent: 'create_key',
      businessUnit: 'fraud-ml',
      keyKind: 'access-key',
      expiryDays: 180,
      owner: 'fm@corp.example',
    },
    {
      text: 'create key search api-key 60 please',
      intent: 'create_key',
      businessUnit: 'search',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'rotate key payments api-key 45',
      intent: 'rotate',
      businessUnit: 'payments',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: '/bedrock create-key docs-qa api-key 14 <@U0ABC1234>',
      intent: 'create_key',
      businessUnit: 'docs-qa',
      keyKind: 'api-key',
      expiryDays: 14,
      owner: 'U0ABC1234',
    },
    {
      text: 'create key risk-ml access key 0',
      intent: 'create_key',
      businessUnit: 'risk-ml',
      keyKind: 'access-key',
      invalid: ['expiryDays'],
    },
    {
      text: 'create key for growth, api key, we have 3 services',
      intent: 'create_key',
      businessUnit: 'growth',
      keyKind: 'api-key',
    },
    {
      text: 'create an api key for ads, 2 people need it',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'api-key',
    },
  ]);
});

describe("a hyphenated length before another thing's noun is that thing's, no lifetime", () => {
  exactly([
    {
      text: "need a bedrock api key for the Grid Planning team, they're running the 10-year load models on it",
      intent: 'create_key',
      businessUnit: 'grid-planning-team',
      keyKind: 'api-key',
    },
    {
      text: 'api key for actuarial-lab, it feeds our 5-year forecast',
      intent: 'create_key',
      businessUnit: 'actuarial-lab',
      keyKind: 'api-key',
    },
    {
      text: 'new key for the pensions team please, for the 30-day reconciliation job',
      intent: 'create_key',
      businessUnit: 'pensions-team',
    },
    {
      text: "create a key for risk-ml, we're building a 3-year loss model",
      intent: 'create_key',
      businessUnit: 'risk-ml',
    },
    {
      text: 'key for planning please, used by the 20-year capital plan tool',
      intent: 'create_key',
      businessUnit: 'planning',
    },
    {
      text: 'key for growth for the 2-week sprint review bot, 30 days',
      intent: 'create_key',
      businessUnit: 'growth',
      expiryDays: 30,
    },
    {
      text: 'api key for claims-ocr, 90-day expiry',
      intent: 'create_key',
      businessUnit: 'claims-ocr',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    { text: 'a 1-year key for ads', intent: 'create_key', businessUnit: 'ads', expiryDays: 365 },
    {
      text: 'create key for billing with a 60-day lifetime',
      intent: 'create_key',
      businessUnit: 'billing',
      expiryDays: 60,
    },
  ]);
});

describe('a number grouped in thousands is one number; a decimal comma stays a decimal', () => {
  exactly([
    {
      text: 'create a key for archive-reader, expiry 1,000 days',
      intent: 'create_key',
      businessUnit: 'archive-reader',
      expiryDays: 1000,
    },
    {
      text: 'api key for records-vault with a lifetime of 36,600 days',
      intent: 'create_key',
      businessUnit: 'records-vault',
      keyKind: 'api-key',
      expiryDays: 36600,
    },
    { text: 'key for ads, 36,601 days', intent: 'create_key', businessUnit: 'ads', invalid: ['expiryDays'] },
    { text: 'a token for 1,5 hours', intent: 'token', ttlSeconds: 5400 },
    { text: 'token for 2,5h please', intent: 'token', ttlSeconds: 9000 },
    {
      text: 'new key for payroll-bot, 3,650 days',
      intent: 'create_key',
      businessUnit: 'payroll-bot',
      expiryDays: 3650,
    },
    {
      text: 'key for legal-archive. Expiry: 10,000 days (regulator wants it long)',
      intent: 'create_key',
      businessUnit: 'legal-archive',
      expiryDays: 10000,
    },
    { text: 'token 0,75 hours', intent: 'token', ttlSeconds: 2700 },
  ]);
});

describe("AWS's description of a Region without its 'AWS' names that Region", () => {
  exactly([
    { text: 'token 2h in GovCloud (US-East)', intent: 'token', ttlSeconds: 7200, region: 'us-gov-east-1' },
    { text: 'token for 1h, GovCloud (US-West)', intent: 'token', ttlSeconds: 3600, region: 'us-gov-west-1' },
    { text: 'which models are in GovCloud (US-East)?', intent: 'models', region: 'us-gov-east-1' },
    {
      text: 'could I even get a token in govcloud (us-east)?',
      intent: 'help',
      topic: 'regions',
      region: 'us-gov-east-1',
    },
    {
      text: 'token 3h AWS GovCloud (US-East) please',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'us-gov-east-1',
    },
    {
      text: 'need a token for 4 hours in GovCloud US-East',
      intent: 'token',
      ttlSeconds: 14400,
      region: 'us-gov-east-1',
    },
    {
      text: 'token 90m in the European Sovereign Cloud (Germany)',
      intent: 'token',
      ttlSeconds: 5400,
      region: 'eusc-de-east-1',
    },
    { text: 'token 2h in govcloud', intent: 'token', ttlSeconds: 7200, region: 'us-gov-west-1' },
    { text: 'token 2h in us-gov-east-1', intent: 'token', ttlSeconds: 7200, region: 'us-gov-east-1' },
  ]);
});

describe("a value's short line with a reason in brackets is the request's; a story sentence stays story", () => {
  exactly([
    {
      text: 'token please. 2h. dublin (GDPR, customer data)',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'eu-west-1',
    },
    {
      text: 'need a token. 45 min. tokyo (latency for the demo)',
      intent: 'token',
      ttlSeconds: 2700,
      region: 'ap-northeast-1',
    },
    {
      text: 'api key for claims-ocr. 90 days (audit wants short-lived keys)',
      intent: 'create_key',
      businessUnit: 'claims-ocr',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'token. sydney (close to the customers, low latency)',
      intent: 'token',
      region: 'ap-southeast-2',
    },
    {
      text: 'key for ads. 30 days (policy max for vendors)',
      intent: 'create_key',
      businessUnit: 'ads',
      expiryDays: 30,
    },
    { text: 'token. 3h (long workshop with the board, sorry)', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'token 1h. ireland (EU data residency rules)',
      intent: 'token',
      ttlSeconds: 3600,
      region: 'eu-west-1',
    },
    {
      text: 'a token for 2 hours. Frankfurt (the data must stay in Germany)',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'eu-central-1',
    },
    {
      text: 'token 2h please. Last year we ran everything in Virginia (before the migration).',
      intent: 'token',
      ttlSeconds: 7200,
    },
    {
      text: 'We moved the whole team to Frankfurt last May (new office). token 2h',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
});

describe('a capital M glued to a number in a text naming no credential counts millions, never minutes', () => {
  exactly([
    { text: 'Pt: 54M, chest pain, ECG normal, admitted overnight', intent: 'unknown' },
    { text: 'Q3 revenue was 12M, up 8% on last year', intent: 'unknown' },
    { text: 'we processed 3.5M claims last year', intent: 'unknown' },
    { text: 'the dataset has 40M rows, can someone sanity check it?', intent: 'unknown' },
    { text: 'the contract is worth 5M over three years', intent: 'unknown' },
    { text: '45M downloads this quarter 🎉', intent: 'unknown' },
    { text: 'budget for the AI programme: 1.5M', intent: 'unknown' },
    { text: '67M, T2DM, on metformin, seen in clinic today', intent: 'unknown' },
    { text: 'token 30m', intent: 'token', ttlSeconds: 1800 },
    { text: 'TOKEN 30M', intent: 'token', ttlSeconds: 1800 },
    { text: 'token 90M please', intent: 'token', ttlSeconds: 5400 },
    { text: 'need access for 45M', intent: 'token', ttlSeconds: 2700 },
  ]);
});
