/**
 * Round twenty-one, requests21: requests whose intent or slots were read wrong in round twenty's blind files
 * (now tuned-{bank,property,streaming}), by kind. Sentences of our own, written before the parser's answer was
 * looked at (other units, verbs, word orders, lengths, Slack markup), and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('a leaked or exposed key and "a new one" / "reset it" asks a rotation', () => {
  keeps([
    [
      'new key for claims-intake please, the old one was visible on a Zoom screen share',
      'rotate',
      'claims-intake',
    ],
    [
      'need a new key for pricing-engine, someone pasted it into the #general channel',
      'rotate',
      'pricing-engine',
    ],
    ['new key for payroll-sync pls, an intern posted it in a public gist', 'rotate', 'payroll-sync'],
    ['security audit found the ledger-recon key in a jenkins log. reset it pls', 'rotate', 'ledger-recon'],
    ['the kiosk-bot key leaked, someone filmed the screen with it on', 'rotate', 'kiosk-bot'],
    [
      '*new key* for `menu-planner` please — the old one ended up in a screenshot on the vendor slack',
      'rotate',
      'menu-planner',
    ],
    [
      'the site manager left the printed key for tenant-portal on the lift wall. new one please',
      'rotate',
      'tenant-portal',
    ],
    ['the red team found the subtitle-sync key in a crash dump. reset it please', 'rotate', 'subtitle-sync'],
    [
      'the ad-insertion key got exposed, a freelancer recorded a demo with it showing 🙈',
      'rotate',
      'ad-insertion',
    ],
    // requests whose other reading is right
    ['new key for claims-intake please', 'create_key', 'claims-intake'],
    [
      'new key for pricing-engine please, the old one expires friday and we need both for a week',
      'create_key',
    ],
    ['rotate the kiosk-bot key, it leaked', 'rotate', 'kiosk-bot'],
  ]);
  exactly([
    {
      text: 'new key for claims-intake please, 90 days',
      intent: 'create_key',
      businessUnit: 'claims-intake',
      expiryDays: 90,
    },
  ]);
  neverActs([
    'new key for the bike shed padlock please, the old one was left on the noticeboard',
    'Dave, the pricing-engine key was shown on a Teams call, can you reset it?',
    'ops said: pentest found the ledger-recon key in a log file, reset it',
    'was the dispute-bot key ever found in a log file?',
    'last year the kiosk-bot key leaked and we rotated it the same day',
    'the pentest found the dispute-bot key in a log file. we rotated it yesterday, all good',
    'the caretaker left the printed key for the boiler room on the noticeboard. new one please',
    // (written after the first fixes: a person addressed, told, another trade's key, a leak asked about)
    'Dave, the kiosk-bot key leaked, someone filmed the screen with it on',
    'the front door key leaked, a contractor photographed it. new one please',
    'new key for the padlock please, the old one was shown on a Teams call',
    'Sam, new key for trailer-tagger please, a contractor screenshotted it',
    'ops said: new key for trailer-tagger please, a contractor screenshotted it',
    'the kiosk-bot key leaked? really?',
    'the kiosk-bot key was photographed in 2022 and rotated',
    'the printed key for the server room is on the noticeboard',
  ]);
});

describe('a list of units, and "all keys" for one unit', () => {
  exactly([
    { text: 'revoke these keys:\n- ads-ml\n- ads-rules', intent: 'revoke', businessUnit: 'ads-ml' },
    { text: 'can you revoke these keys\n• pay-ocr\n• pay-nlp', intent: 'revoke', businessUnit: 'pay-ocr' },
    {
      text: 'rotate these keys:\n- growth-api\n- growth-batch',
      intent: 'rotate',
      businessUnit: 'growth-api',
    },
    {
      text: '2am, prod. the cdn key is being hammered from somewhere odd. revoke all keys for cdn-edge NOW',
      intent: 'revoke',
      businessUnit: 'cdn-edge',
      all: true,
    },
    {
      text: 'revoke all keys for payments-live right now',
      intent: 'revoke',
      businessUnit: 'payments-live',
      all: true,
    },
    {
      text: 'checkout is on fire. revoke every key for checkout-live immediately',
      intent: 'revoke',
      businessUnit: 'checkout-live',
      all: true,
    },
    {
      text: 'rotate all keys for metadata-svc asap',
      intent: 'rotate',
      businessUnit: 'metadata-svc',
      all: true,
    },
    {
      text: 'pls rotate the key for field-ops-crew, the old one has been on the shared laptops for a year',
      intent: 'rotate',
      businessUnit: 'field-ops-crew',
    },
    {
      text: '<@U0BEDROCK> rotate the ledger-sync key please, it has sat in the config for 90 days',
      intent: 'rotate',
      businessUnit: 'ledger-sync',
    },
    {
      text: 'rotate the key for harbour-ops, the old one has been in the van for two years',
      intent: 'rotate',
      businessUnit: 'harbour-ops',
    },
    // requests whose other reading is right
    { text: 'revoke the keys for sales', intent: 'revoke', businessUnit: 'sales', all: true },
    {
      text: 'new key for ops-crew that lasts a year',
      intent: 'create_key',
      businessUnit: 'ops-crew',
      expiryDays: 365,
    },
  ]);
  neverActs([
    'revoke these keys:\n- ads-ml\n- ads-rules',
    'the revoked keys last quarter:\n- ads-ml\n- ads-rules',
  ]);
});

describe('tokens asked in fragments, lay words, after a story, or as a form without a unit', () => {
  exactly([
    { text: 'on-call. token. 4h. frankfurt', intent: 'token', ttlSeconds: 14400, region: 'eu-central-1' },
    { text: 'token. 2h. tokyo', intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-1' },
    {
      text: '2am payments on-call. token. 1h. virginia',
      intent: 'token',
      ttlSeconds: 3600,
      region: 'us-east-1',
    },
    {
      text: 'hi, front desk at the Leeds building here, not techy sorry, my boss told me to ask you for the AI password for 3 hours so I can write the guest welcome letter',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'hello 👋 reception here. my supervisor said to ask you for an AI password for 1 hour to tidy up the tenants notice',
      intent: 'token',
      ttlSeconds: 3600,
    },
    {
      text: "the door badge reader is broken so I'm stuck in the office anyway — token 3h please",
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'lost my locker key so no gym today, might as well work: token for 2h',
      intent: 'token',
      ttlSeconds: 7200,
    },
    {
      text: '*Duration*: 45 minutes\n*Region*: us-west-2\n*Reason*: labelling the spanish catalogue for the rights review',
      intent: 'token',
      ttlSeconds: 2700,
      region: 'us-west-2',
    },
    {
      text: 'Duration: 3 hours\nRegion: eu-central-1\nReason: the quarterly geo-pricing review',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'eu-central-1',
    },
    // requests whose other reading is right
    {
      text: 'Type: api key\nTeam: geo-review\nExpiry: 90 days',
      intent: 'create_key',
      businessUnit: 'geo-review',
      keyKind: 'api-key',
      expiryDays: 90,
    },
  ]);
  nothingAsked([
    'the key fob system is down again, facilities are on it',
    'my manager said the AI password is on the wiki somewhere',
    'the on-call rota is 6h shifts. dublin and london',
  ]);
  nothingAsked([
    'my manager said to ask you for a token for the summer',
    'I was going to ask you for a token for 2h but never mind',
  ]);
  neverActs([
    'Dave, can you get me the AI password for 2 hours?',
    'Duration: 2 hours\nRegion: North\nReason: viewings for the block-b refit',
    '*Duration*: 2 weeks\n*Reason*: annual leave\n*Cover*: Sam',
    'the key fob system is down, can someone get a new key for the back door?',
  ]);
});

describe('two asks in one message: the first is the request', () => {
  exactly([
    {
      text: 'details for ads-ranking, and what did they spend last month?',
      intent: 'details',
      businessUnit: 'ads-ranking',
    },
    {
      text: 'details for search-api and how much did it cost in march?',
      intent: 'details',
      businessUnit: 'search-api',
    },
    {
      text: 'show me the details for kyc-ml, also how much have they spent this month',
      intent: 'details',
      businessUnit: 'kyc-ml',
    },
    // requests whose other reading is right
    {
      text: 'how much did recs-ranking spend last month, and what keys do they have?',
      intent: 'spend',
      businessUnit: 'recs-ranking',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'details for recs-ranking', intent: 'details', businessUnit: 'recs-ranking' },
  ]);
  it('the tuned text reads as details', () => {
    expect(parseRequest('details for recs-ranking, and how much did they spend last month?').intent).toBe(
      'details',
    );
  });
});
