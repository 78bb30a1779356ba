/**
 * Round twenty-six, contrast26: a message that sets our thing against the trade's own ("not X, the Y one", "not X 😅 a
 * Y", "(bedrock, not X)", "not X, I mean Y"). The "not …" part names something else (the trade's history, a parking
 * token, another spend, another inventory, another kind of key, someone's access) and states no unit and no slot; the
 * rest asks for ours. Look-alikes: the contrast the other way (theirs kept, ours ruled out), a "not …" that withdraws,
 * chit-chat about two things of the trade. Sentences of our own, written before the parser's answer was looked at;
 * labels follow test/intent/data/README.md.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads } from './acted.js';

describe("(a) the trade's thing ruled out, ours kept: the rest is the request, the 'not …' part states nothing", () => {
  exactly([
    {
      text: 'not the deploy history, the bedrock one — who rotated keys on risk-ml last week?',
      intent: 'history',
      businessUnit: 'risk-ml',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'not the payroll history, the bedrock one: what happened on growth in the last 3 days',
      intent: 'history',
      businessUnit: 'growth',
      period: { kind: 'days', days: 3 },
    },
    { text: 'not a gym token lol, a bedrock token for 3h', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'not a train ticket :sweat_smile: a bedrock token, 90 min pls',
      intent: 'token',
      ttlSeconds: 5400,
    },
    { text: 'not the wifi token, the bedrock one. 4h please', intent: 'token', ttlSeconds: 14400 },
    {
      text: 'bedrock spend last month pls - not the cloud spend, the AI one',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'what are we spending on bedrock this month? the CFO wants it. not the fuel spend, the AI',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
    { text: 'how much did we spend on bedrock? not the marketing spend, the AI one', intent: 'spend' },
    { text: 'which models can we use? (bedrock, not the pricing model catalogue)', intent: 'models' },
    { text: 'models on bedrock pls — not the car models lol', intent: 'models' },
    { text: "who's been rotating keys recently? not the locker keys haha", intent: 'history' },
    {
      text: 'who has been creating keys this week?? not the cabinet keys 😂',
      intent: 'history',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'not her vpn access 🙃 i mean rotate the bedrock key for claims-triage',
      intent: 'rotate',
      businessUnit: 'claims-triage',
    },
    {
      text: 'not the door keys lol, I mean revoke the bedrock key for ledger-sync',
      intent: 'revoke',
      businessUnit: 'ledger-sync',
    },
    {
      text: 'not the badge access, the AI key: create one for doc-intel please',
      intent: 'create_key',
      businessUnit: 'doc-intel',
    },
    {
      text: 'not *his* locker key 😅 the bedrock key for payments-api, rotate it pls',
      intent: 'rotate',
      businessUnit: 'payments-api',
    },
  ]);
});

describe("(b) look-alikes: the contrast the other way, a 'not …' that withdraws, chit-chat: nothing asked, never acted", () => {
  nothingAsked([
    'not the bedrock key, the kennel key',
    'not the bedrock token, the parking token 🙄',
    'not a parking token, a bus token 🙄',
    'not the AI spend, the fuel spend — finance wants it by friday',
    'not the bedrock history, the trade history for alpha-signals',
    'not the bedrock model list, the risk model inventory pls',
    'not his portal access 😂 I mean his badge',
    'not the locker keys, the cabinet keys lol',
  ]);
  neverActs([
    'not the ads key, forget it',
    'revoke the growth key? not now, forget it',
    'not the bedrock key, the kennel key — revoke it',
    'not a bedrock token, a parking token for 2h',
    'not the growth key, never mind',
  ]);
});

describe("look-alikes that keep what they read today: 'not X, just Y' and a kind or unit set aside", () => {
  reads([
    ['not revoke, just rotate doc-ai', 'rotate', 'doc-ai'],
    ['rotate the growth key, not the ads key', 'rotate', 'growth'],
    ["don't deprovision ocr-pipeline, only revoke the key", 'revoke', 'ocr-pipeline'],
    ['token for 2h, not an api key', 'token', null],
  ]);
});

// A second batch, written after the fix and before it was run on them: other trades, orders and markup.
describe('(a) more asides set against ours: the rest is read as the message', () => {
  reads([
    ['Not the HR history — the bedrock one, who revoked keys for payroll-bot?', 'history', 'payroll-bot'],
    ['not the cabin key 😅 the bedrock key for crew-roster, rotate pls', 'rotate', 'crew-roster'],
    ['not the fuel token, I mean create a bedrock key for fleet-ops', 'create_key', 'fleet-ops'],
    ['spend for fraud-ml last month pls (bedrock, not the card spend)', 'spend', 'fraud-ml'],
    ['which units are there? not the storage units, the bedrock ones', 'list', null],
    ['models available on bedrock? not the fashion models haha', 'models', null],
  ]);
  exactly([
    { text: 'not a lottery token lol, a bedrock token for 45 min', intent: 'token', ttlSeconds: 2700 },
    {
      text: 'who revoked keys this week? not the car keys 😂',
      intent: 'history',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'how much have we spent on AI this month? not the catering spend lol',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
  ]);
});

describe('(b) more look-alikes: ours set aside, theirs kept, or nothing of ours asked', () => {
  nothingAsked([
    'Not the AI token, the bus token lol',
    'not the parking history, the staff rota',
    "not my spend, the team's spend on lunch lol",
  ]);
  neverActs([
    'rotate the locker key, not the bedrock one',
    'not the bedrock one, the gym token for 2h',
    "who's been cutting keys at the hardware store? not the bedrock keys lol",
    'revoke the growth key — not now though, after lunch',
  ]);
});
