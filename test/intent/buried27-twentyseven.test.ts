/**
 * Round twenty-seven, buried27: requests buried in long messages, changes and read requests misread (round
 * twenty-six's blind files, now tuned). Sentences of our own, written before the parser's answer was looked
 * at, and look-alikes that must not change (non-requests with the same words must never act).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe("the request sentence after a story ('but', 'while I'm here', 'for the bedrock side') is the request", () => {
  reads([
    [
      'the vendor demo went badly because the prompt was wrong, not the key, but while I am here can you show me the spend for demo-bot this month',
      'spend',
      'demo-bot',
    ],
    [
      'Heads up from security: the contractor laptop had our .env with the billing-api key. laptop is wiped already, but please rotate the billing-api key anyway today, thanks',
      'rotate',
      'billing-api',
    ],
    [
      'Status update on the SOC2 audit: they found the ledger-sync service still had a key from the old integration that we stopped in May. We already revoked the vendor side. For the bedrock side pls revoke the key for ledger-sync now. Report due Monday.',
      'revoke',
      'ledger-sync',
    ],
    [
      'finance noticed the cloud bill went up in the october review. the GPU spend is explained (new training runs), but could you show me bedrock spend for doc-ai over the last month? need it for the controller',
      'spend',
      'doc-ai',
    ],
    [
      'so the kiosk was showing the wrong prices which is a data issue not a bedrock issue, anyway while im here can u revoke the key for kiosk-menu',
      'revoke',
      'kiosk-menu',
    ],
  ]);
  slots([
    [
      'the report bot keeps timing out which is a model problem not a key problem but while I am here can you show me the spend for report-bot last week',
      { intent: 'spend', businessUnit: 'report-bot', period: { kind: 'days', days: 7 } },
    ],
  ]);
  // look-alikes: a story of a key already changed, asking nothing; a story with "but" that asks nothing
  nothingAsked([
    'IT rotated the lot-genealogy key after the laptop was wiped',
    'Security note: the vendor laptop had our .env with the billing-api key, but it is wiped and the key was already rotated. nothing to do',
    'the auditor found the ledger-sync key from the old integration, but we already revoked it last week',
  ]);
  neverActs([
    'while I am here, the spend on the kiosk-menu went up last week, interesting',
    'IT already rotated the billing-api key after the laptop was wiped, but thanks for the heads up',
    'we revoked the key for ledger-sync in Q1, the report is due Friday',
  ]);
});

describe("a list by owner asked as 'what/which units does <@X> own'", () => {
  slots([
    [
      'what units does <@U05ABCDE1> own? he is on leave and I am covering',
      { intent: 'list', owner: 'U05ABCDE1', businessUnit: null },
    ],
    ['which units does <@U0TEST22> own', { intent: 'list', owner: 'U0TEST22', businessUnit: null }],
    [
      'quick one: which units does <@U07MARIA9> own, and what is in the payments one?',
      { intent: 'list', owner: 'U07MARIA9', businessUnit: null },
    ],
    ['what teams does <@U09ZED123> own?', { intent: 'list', owner: 'U09ZED123', businessUnit: null }],
  ]);
  // look-alikes: who owns one unit (details or a question, never a create); units owned by no one named
  neverActs([
    'who owns the fan-help-bot?',
    'who owns the payments unit, anyone?',
    'what does <@U05ABCDE1> own in the garden?',
  ]);
  // (read as details of "stadium" before and after this round; never acted on.)
  neverActs(['which units does the stadium own? asking for the tour guide']);
});

describe("'change the key of X' (with a leak told) is a rotate, also 'can help to …'", () => {
  reads([
    [
      'can help to change the key of billing-team? ex-colleague still had it on his laptop',
      'rotate',
      'billing-team',
    ],
    ['pls change the key of payments, it was in a screenshot', 'rotate', 'payments'],
    ['can you change the key for doc-ai? contractor left with it', 'rotate', 'doc-ai'],
    ['can help change key of risk-ml, it was posted in the wrong channel', 'rotate', 'risk-ml'],
  ]);
  // look-alikes: changing other things, a key that was changed already
  neverActs([
    'can help to change the lock of the server room? key is lost',
    'we changed the key of billing-team last week after the laptop thing',
    'how do I change the key of my keyboard layout?',
  ]);
});

describe('who has been issuing tokens is a history question', () => {
  reads([
    ["who's been issuing tokens lately? the bedrock bill jumped after the launch", 'history', null],
    ['who has been creating keys recently? our spend doubled', 'history', null],
    ['who keeps issuing tokens this week??', 'history', null],
    ['whos been issuing tokens lately', 'history', null],
  ]);
  // look-alikes: issuing other things
  neverActs(['who has been issuing the match tickets lately?', 'who issues tokens for the arcade machines?']);
  nothingAsked(['who has been issuing parking permits lately? the car park is full']);
});

describe("'shut down everything for <occasion>' deprovisions the occasion's unit", () => {
  reads([
    ['shut down everything for the pre-season tour', 'deprovision', 'pre-season-tour'],
    ['shut down everything for the summer camp please', 'deprovision', 'summer-camp'],
    ['pls shut down everything for hack-week', 'deprovision', 'hack-week'],
    ['can you shut everything down for the spring-launch', 'deprovision', 'spring-launch'],
  ]);
  // look-alikes: shutting down things that are not ours
  neverActs([
    'shut down the stadium wifi for the tour',
    'we shut down everything for the pre-season tour last year, it was chaos',
    'shut down the laptops for the summer camp',
  ]);
});

describe('a contrast aside between dashes does not hide the request', () => {
  reads([
    [
      'rotate — not the pump duty rotation — the key for scada-alarms-summary',
      'rotate',
      'scada-alarms-summary',
    ],
    ['rotate - not the shift rotation - the key for rota-bot', 'rotate', 'rota-bot'],
    ['revoke — not the parking permit — the key for gate-cams', 'revoke', 'gate-cams'],
    ['rotate -- not the staff rotation -- the key for roster-ai', 'rotate', 'roster-ai'],
  ]);
  neverActs([
    'rotate — the pump duty rotation — every week',
    'the pump duty rotation — not the key — needs a new schedule',
    'rotate the pumps — not the key for scada-alarms-summary',
  ]);
});

describe("'key for whoever owns X, they lost theirs' asks for a new key, not a rotate", () => {
  reads([
    [
      'key for whoever owns the fan-help-bot, they lost theirs in the laptop swap',
      'create_key',
      'fan-help-bot',
    ],
    ['key for whoever owns ticket-bot, they lost theirs', 'create_key', 'ticket-bot'],
    [
      'a key for whoever runs the kit-store pls, they lost theirs when the phone died',
      'create_key',
      'kit-store',
    ],
    ['new key for whoever owns the scout-notes, they lost theirs', 'create_key', 'scout-notes'],
  ]);
  neverActs([
    'who owns the fan-help-bot?',
    'they lost their key in the laptop swap',
    'whoever owns the fan-help-bot lost theirs',
  ]);
});

describe("a corrected unit ('X? no wait, Y') with a story of the old one keeps the request", () => {
  reads([
    [
      'key for scout-notes? no wait, scout-notes-v2, the old one is being retired',
      'create_key',
      'scout-notes-v2',
    ],
    [
      'key for ticket-bot? no wait, ticket-bot-v3, the old one is being shut down',
      'create_key',
      'ticket-bot-v3',
    ],
    [
      'key for kit-store, sorry i meant kit-store-eu, the old one is going away',
      'create_key',
      'kit-store-eu',
    ],
    [
      'create a key for match-stats? no wait match-stats-2, the old one is retired',
      'create_key',
      'match-stats-2',
    ],
  ]);
  neverActs([
    'the old scout-notes key is being retired',
    'scout-notes is being retired, scout-notes-v2 replaces it',
    'the old one is being retired, no wait, it is already retired',
  ]);
});

describe('a pasted Bedrock API key value with a revoke names no key; the unit told after it stands', () => {
  slots([
    [
      'revoke it pls!! ABSKQmVkcm9ja0FQSUtleS1kZW1vLWxlYWtlZA== it is the ticket-bot one, it went out in the newsletter',
      { intent: 'revoke', businessUnit: 'ticket-bot', keyId: null },
    ],
    [
      'revoke this asap ABSKbGVha2VkLWtleS1mb3ItdGVzdGluZzEyMw== it is the kit-store one',
      { intent: 'revoke', businessUnit: 'kit-store', keyId: null },
    ],
    [
      'pls revoke ABSKZmFrZS1rZXktZm9yLWEtdGVzdC0xMjM0NTY= (the fan-help-bot one), posted on twitter',
      { intent: 'revoke', businessUnit: 'fan-help-bot', keyId: null },
    ],
  ]);
  neverActs([
    'ABSKQmVkcm9ja0FQSUtleS1kZW1vLWxlYWtlZA== it is the ticket-bot one',
    'found ABSKbGVha2VkLWtleS1mb3ItdGVzdGluZzEyMw== in the newsletter, the kit-store one, security already revoked it',
    'is ABSKZmFrZS1rZXktZm9yLWEtdGVzdC0xMjM0NTY= a real key?',
  ]);
});
