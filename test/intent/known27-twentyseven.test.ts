/**
 * Round twenty-seven, known27: misreadings left by round twenty-six, one kind at a time. Sentences of our own,
 * written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe("a unit's name alone as a question ('kyc?', 'whats on recsys') asks for its details", () => {
  reads([
    ['recsys?', 'details', 'recsys'],
    ['fraud-ml?', 'details', 'fraud-ml'],
    ["what's on doc-ai?", 'details', 'doc-ai'],
    ['`search-api`?', 'details', 'search-api'],
  ]);
  // Not read (reported): a bare word that is also everyday English or a chat abbreviation's shape ("kyc?" beside
  // "smh?", "growth?" beside "progress?", "whats on recsys" beside "whats on tv"): no rule tells them apart
  // without a word list, and the classifier reads them as nothing; never acted on either way.
  neverActs(['kyc?', 'growth?', 'whats on *billing*']);
  // look-alikes: a word that is no unit, or "what's on" something else, asks nothing
  nothingAsked(['thanks?', 'really?', 'whats on tv tonight', "what's on your mind?", 'lol?', 'huh?']);
  neverActs(['kyc?', 'whats on recsys', 'growth??']);
});

describe("a verb corrected ('not rotate — revoke') with the unit after it is the corrected request", () => {
  reads([
    ['nope, not rotate — revoke. kyc.', 'revoke', 'kyc'],
    ['no, not revoke, rotate. growth', 'rotate', 'growth'],
    ['sorry not rotate - revoke. fraud-ml please', 'revoke', 'fraud-ml'],
    ['nah not revoke — rotate. the ads key', 'rotate', 'ads'],
    ['wait, not rotate: revoke. doc-ai.', 'revoke', 'doc-ai'],
  ]);
  // the same correction without a full stop after the verb, opened by "sorry"/"oops"/"no" (it acted on the
  // first verb)
  reads([
    ['sorry not rotate - revoke fraud-ml', 'revoke', 'fraud-ml'],
    ['oops not rotate, revoke growth pls', 'revoke', 'growth'],
    ['no not revoke — rotate the ads key', 'rotate', 'ads'],
    ['wait not deprovision, revoke kyc', 'revoke', 'kyc'],
  ]);
  neverActs(['sorry not rotate - revoke fraud-ml', 'revoke? brave', 'rotate? on a friday? bold']);
  reads([['sorry not sure, rotate growth', 'rotate', 'growth']]);
  // look-alikes: both verbs set aside, or the verbs only talked about
  neverActs([
    'nope, not rotate, not revoke. kyc is fine.',
    'not rotate — revoke? whats the difference for kyc',
    'nope, not rotate — revoke. kyc. just kidding, leave it',
  ]);
  nothingAsked(['not rotate, not revoke — nothing. kyc is fine']);
});

describe("a team's tool that needs a key names the team ('Learning team's quiz generator needs a key')", () => {
  reads([
    ["Learning team's quiz generator needs a key", 'create_key', 'learning-team'],
    ["the Claims team's report generator needs an api key", 'create_key', 'claims-team'],
    ["risk squad's scoring tool needs a key pls", 'create_key', 'risk-squad'],
    ["Marketing team's copy generator needs a new key", 'create_key', 'marketing-team'],
    ['the legal team’s contract summariser needs a long-term key', 'create_key', 'legal-team'],
  ]);
  // look-alikes: a generator of everyday things, or the tool praised, asks nothing
  nothingAsked([
    "the Learning team's quiz generator is brilliant",
    'our backup generator needs a service',
    'the generator in the car park needs a key to start',
    "the kitchen team's coffee machine needs a key",
  ]);
  // (a need told in the past is read as a request asked about, never acted on: another kind, not this round's)
  neverActs([
    "the Claims team's report generator needed a key last year",
    "Learning team's quiz generator has a key",
  ]);
});

describe("a request with a schedule ('every 30 days') is the request; the schedule is no lifetime", () => {
  reads([
    ['rotate the key for the gate-scanning unit every 30 days', 'rotate', 'gate-scanning'],
    ['rotate the key for gate-scanning every 30 days', 'rotate', 'gate-scanning'],
    ['pls rotate growth every 90 days', 'rotate', 'growth'],
    ['rotate the fraud-ml key every two weeks', 'rotate', 'fraud-ml'],
    ['can you rotate the doc-ai key every 60 days?', 'rotate', 'doc-ai'],
  ]);
  // look-alikes: a schedule told of, not asked for
  nothingAsked([
    'we rotate the growth key every 90 days anyway',
    'the smart meters rotate their keys every 30 days',
    'rotate keys every 90 days',
    "rotate the bedrock key every 90 days they said... we can't even rotate the tea rota",
  ]);
  // (a vendor's own rotation is read as a rotation asked about, never acted on: another kind, not this round's)
  neverActs([
    'our vendor rotates their key every 30 days',
    'does the bot rotate keys every 90 days?',
    'the gate-scanning unit rotates its key every 30 days',
    'rotate the key for the gate-scanning unit every 30 days',
    'pls rotate growth every 90 days',
  ]);
  // a schedule told in a clause of its own is the reason for a change now
  reads([['rotate the ads key now, policy says every quarter', 'rotate', 'ads']]);
});

describe('a question that asks the bot to act, with a time clause, is the request', () => {
  reads([
    ['can we revoke the kyc key before my vacation?', 'revoke', 'kyc'],
    ['could you rotate the growth key before friday?', 'rotate', 'growth'],
    ['can we deprovision old-search before the end of the month?', 'deprovision', 'old-search'],
    ['can you revoke the ads key before I leave tonight?', 'revoke', 'ads'],
    ['can we rotate fraud-ml’s key before the audit next week?', 'rotate', 'fraud-ml'],
  ]);
  // look-alikes: the team weighing it, or what happened, asks nothing of the bot
  neverActs([
    'should we revoke the kyc key before my vacation?',
    'did we revoke the kyc key before my vacation?',
    'did anyone rotate the growth key before friday?',
    'can we revoke the kyc key before my vacation? asking the team, not the bot',
  ]);
});

describe("a group noun after a name ('the borrow desk') is kept as 'team' is", () => {
  reads([
    ['deprovision the borrow desk pls', 'deprovision', 'borrow-desk'],
    ['rotate the rates desk key', 'rotate', 'rates-desk'],
    ['create a key for the lending desk', 'create_key', 'lending-desk'],
    ['revoke the loan desk’s key please', 'revoke', 'loan-desk'],
    ['deprovision the stock-loan desk', 'deprovision', 'stock-loan-desk'],
  ]);
  // look-alikes: furniture and the help desk name no unit
  neverActs([
    'can I borrow your desk?',
    'borrow a desk for the afternoon',
    'the key to my desk drawer is lost',
  ]);
  nothingAsked(['I left the key on the front desk', 'the help desk is closed today']);
});

describe("'key points:' is a heading, not a key; the request under it stands", () => {
  reads([
    ['key points: rotate the growth key', 'rotate', 'growth'],
    ['Key points: revoke the ads key today', 'revoke', 'ads'],
    ['key takeaways: create a key for doc-ai', 'create_key', 'doc-ai'],
    ['*Key points*:\n- rotate the kyc key', 'rotate', 'kyc'],
  ]);
  // look-alikes: the heading over a report asks nothing
  nothingAsked([
    'key points: we rotated the growth key last week',
    'key points from the retro: the ads key leaked, it was rotated',
    'key takeaways: tokens are short-lived',
  ]);
  neverActs(['key points: rotate the growth key? not sure yet']);
});

describe('a request left to someone else ("ask the data owner") is asked, never acted', () => {
  neverActs([
    'revoke the ads key? unsure, ask the data owner',
    'revoke the ads key? unsure, ask the data owner first',
    'revoke the ads key? not sure, ask the data owner',
    'rotate the growth key? unsure — check with the security lead',
    'deprovision kyc? not sure, ask the product owner',
    'revoke the billing key? idk, ask the team lead',
  ]);
  // look-alikes: the data owner told or asked for the request, which stands
  reads([
    ['the data owner asked: revoke the ads key', 'revoke', 'ads'],
    ['revoke the ads key, the data owner agreed', 'revoke', 'ads'],
  ]);
});
