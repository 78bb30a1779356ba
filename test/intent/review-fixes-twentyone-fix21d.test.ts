/**
 * Round twenty-one, fix21d: what review D found in requests21's readers (findings 1–9): each finding's
 * texts, sentences of our own, and the requests whose other reading is right. Written before the parser's
 * answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

const notActed = (texts: string[]) =>
  it.each(texts)('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });

describe('1–2. a "seen" word counts only when said of our key', () => {
  keeps([
    ['the slides were displayed on the big screen. new key for growth please', 'create_key', 'growth'],
    ['the growth dashboard was shown on a Teams call. new key for growth please', 'create_key', 'growth'],
    ['new key for growth please, the roadmap was shown on the big screen', 'create_key', 'growth'],
    ['put it on the noticeboard: new key for growth please', 'create_key', 'growth'],
    ['photographed the team at the offsite! new key for growth please', 'create_key', 'growth'],
    ['the slides were displayed on the big screen. need a new key for growth', 'create_key', 'growth'],
    ['I screenshotted the docs page. create a key for growth', 'create_key', 'growth'],
    ['we printed out the key handover doc, key for growth pls', 'create_key', 'growth'],
    // our own
    [
      'the q3 numbers were visible on the lobby screen. new key for ads-ranking please',
      'create_key',
      'ads-ranking',
    ],
    ['we filmed the launch party! new key for payments please', 'create_key', 'payments'],
    [
      'new key for search-api pls, the architecture diagram was shown in the all-hands',
      'create_key',
      'search-api',
    ],
    [
      'screenshotted the pricing page for the deck. can we get a new key for recs-ranking',
      'create_key',
      'recs-ranking',
    ],
    ['the rota is on the whiteboard. new key for ledger-core please', 'create_key', 'ledger-core'],
    ['the demo was showing on the big TV. new key for kyc-ml please', 'create_key', 'kyc-ml'],
    // requests whose other reading is right: the key itself seen
    [
      'new key for claims-intake please, the old one was visible on a Zoom screen share',
      'rotate',
      'claims-intake',
    ],
    ['the growth key was shown on a Teams call. new key for growth please', 'rotate', 'growth'],
    ['new key for ads-ranking please, the old one was shown on the big screen', 'rotate', 'ads-ranking'],
    [
      'a contractor photographed the payments key on my monitor. new key for payments please',
      'rotate',
      'payments',
    ],
  ]);
  it.each([
    'the slides were displayed on the big screen. new key for growth please',
    'photographed the team at the offsite! new key for growth please',
    'put it on the noticeboard: new key for growth please',
    'the q3 numbers were visible on the lobby screen. new key for ads-ranking please',
    'we filmed the launch party! new key for payments please',
  ])('%j is no rotation', (text) => {
    expect(parseRequest(text).intent).not.toBe('rotate');
  });
});

describe('3. "all" only from a sentence that itself asks', () => {
  const noAll: [string, string][] = [
    ['revoke the growth key. ops wants us to rotate all keys for growth eventually', 'revoke'],
    ["revoke the sales key from the intern. don't revoke all keys for sales, just that one", 'revoke'],
    [
      'rotate the growth key. last time someone asked to revoke all keys for growth and it was chaos',
      'rotate',
    ],
    // our own
    ['revoke the ads key. we might rotate all keys for ads next quarter', 'revoke'],
    ['rotate the payments key. please do not revoke all keys for payments', 'rotate'],
    ['revoke the growth key. security said we should revoke all keys for growth at some point', 'revoke'],
    ['rotate the kyc-ml key. never rotate all keys for kyc-ml on a friday', 'rotate'],
    [
      'revoke the search-api key. the runbook says to revoke all keys for search-api after a breach',
      'revoke',
    ],
  ];
  it.each(noAll)('%j keeps all unset', (text, intent) => {
    const p = parseRequest(text);
    expect(p.intent).toBe(intent);
    expect(p.all ?? false).toBe(false);
  });
  it.each([
    'revoke all keys for payments-live right now',
    'rotate all keys for metadata-svc asap',
    'the cdn key is being hammered. revoke all keys for cdn-edge NOW',
  ])('%j keeps all', (text) => {
    expect(parseRequest(text).all).toBe(true);
  });
});

describe('4. a Duration + Region form of another trade is no token', () => {
  notActed([
    '*Maintenance*\n*Duration*: 2 hours\n*Region*: eu-west-2\n*Reason*: patching the fraud-ml cluster',
    '*Spot fleet*\n*Duration*: 6 hours\n*Region*: us-east-2\n*Reason*: retraining recs-ranking',
    '*Duration*: 4 hours\n*Region*: eu-west-1\n*Reason*: DR drill for the ledger-core database',
    // our own
    '*Change ticket*\n*Duration*: 3 hours\n*Region*: us-west-2\n*Reason*: resizing the search cluster',
    '*Maintenance window*\n*Duration*: 1 hour\n*Region*: eu-central-1\n*Reason*: payments db upgrade',
    '*DR test*\n*Duration*: 5 hours\n*Region*: us-east-1\n*Reason*: failover of the ledger replicas',
    '*Outage*\n*Duration*: 45 minutes\n*Region*: eu-west-1\n*Reason*: instance patching',
    '*Spot fleet*\n*Duration*: 2 hours\n*Region*: ap-southeast-2\n*Reason*: rebalancing for recs',
  ]);
  it.each([
    [
      '*Duration*: 45 minutes\n*Region*: us-west-2\n*Reason*: labelling the spanish catalogue for the rights review',
      2700,
    ],
    ['Duration: 3 hours\nRegion: eu-central-1\nReason: the quarterly geo-pricing review', 10800],
    ['Duration: 2 hours\nRegion: us-east-1\nReason: bedrock access for the contract summaries', 7200],
  ] as const)('%j stays a token', (text, ttl) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(ttl);
  });
});

describe("5. another system's token stays foreign across sentences", () => {
  notActed([
    "can't log in to vault. token expired again, need a new one for 2h",
    'logging into okta. token please for 4h',
    // our own
    'logging into vault. token for 2h please',
    'signed into okta. token please, 4h',
    'vault login failing. new token for 3h pls',
    "can't log into jenkins. need a token for 1h",
    'trying to log into jenkins. token for 2h pls',
    'okta sign-in broken. token. 4h.',
    "can't log in to the vault ui. new token for 6h please",
  ]);
  it.each([
    ['on-call. token. 4h. frankfurt', 14400],
    ['2am payments on-call. token. 1h. virginia', 3600],
  ] as const)('%j keeps its token', (text, ttl) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(ttl);
  });
});

describe('6. details-first only for a unit, never for spend words', () => {
  keeps([
    ['info about spend, how much did growth spend last month?', 'spend'],
    ['hi can you get me the info about billing, how much did we spend on bedrock in may', 'spend'],
    ['details on cost, how much did growth spend last month', 'spend'],
    // our own
    ['details on costs please, what did ads-ranking spend in march', 'spend'],
    ['info about bedrock usage: how much did payments spend this month?', 'spend'],
    ['any info on spending? how much did kyc-ml spend last week', 'spend'],
    ['details about the bill, how much did search-api spend in april', 'spend'],
    ['info for billing: what did growth spend last month', 'spend'],
    // requests whose other reading is right
    ['details for ads-ranking, and what did they spend last month?', 'details'],
    ['details for recs-ranking, and how much did they spend last month?', 'details'],
  ]);
});

describe('7. "has been … for N" is an old key\'s age only', () => {
  it.each([
    ['my access has been approved for 4 hours, token please', 14400],
    ['the change has been approved for 3 hours of bedrock access, token pls', 10800],
    // our own
    ['my exception has been signed off for 2 hours, token please', 7200],
    ["my access has been ok'd for 1 hour, token pls", 3600],
    ['the change has been approved for 6 hours of bedrock access, can I get a token', 21600],
    ['access has been granted for 5 hours, token please', 18000],
  ] as const)('%j keeps its lifetime', (text, ttl) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(ttl);
  });
  keeps([
    [
      'pls rotate the key for field-ops-crew, the old one has been on the shared laptops for a year',
      'rotate',
    ],
    ['rotate the key for harbour-ops, the old one has been in the van for two years', 'rotate'],
  ]);
});

describe('8. a leak already dealt with, or not a live one, is no rotation', () => {
  nothingAsked([
    "the growth key leaked, lol that's the plot of the training video",
    'the growth key was exposed. post-mortem: root cause was a misconfigured bucket; remediation complete',
    'our growth key was exposed to the new vendor on purpose, they need it',
    "the growth key leaked on the demo env, it's a test key, nothing to do",
    // our own
    'the ads key leaked last week, Sam took care of it',
    'the payments key was exposed, rotation done',
    'the kyc-ml key leaked in the tabletop exercise scenario',
    "the search-api key was exposed in yesterday's training exercise",
    'the recs key leaked, already remediated by security',
  ]);
  keeps([
    ['the growth key leaked, can you rotate it', 'rotate', 'growth'],
    ['rotate the kiosk-bot key, it leaked', 'rotate', 'kiosk-bot'],
  ]);
});

describe("9. someone else sent to ask is not the writer's request", () => {
  nothingAsked([
    'I told my intern to ask you for a token for 2 hours',
    // our own
    'we told the new hire to ask you for a token for 1 hour',
    'I asked Sam to ask you for a token for 3 hours',
    'told the contractor to ask you for a key for growth',
    'I will tell my team to ask you for a token for 4 hours',
  ]);
  it.each([
    ['my boss told me to ask you for a token for 3 hours', 10800],
    ['I was told to ask you for a token for 2 hours', 7200],
    ['my supervisor said to ask you for an AI password for 1 hour', 3600],
  ] as const)('%j keeps its token', (text, ttl) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(ttl);
  });
});
