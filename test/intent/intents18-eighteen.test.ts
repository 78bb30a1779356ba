/**
 * Round eighteen, intents18: kinds of intent confusion that round seventeen's blind files showed.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly, nothingAsked } from './acted.js';

describe('where a record is, or what it shows, told: no read', () => {
  nothingAsked([
    'details of the outage are in the postmortem doc',
    'the history of the payments key is in the audit tab, fyi',
    "full details of the incident were in yesterday's email",
    'the claim history for CLM-2291 shows a prior water damage claim',
    'the maintenance history for pump 7 shows it was serviced in May',
    'Details on the budget are in the finance deck.',
    'details of the offsite are in the calendar invite',
    'history for the ticket shows it was reopened twice',
    'the logs for the batch job are in the bucket now',
  ]);
  describe('look-alikes keep their read or action', () => {
    exactly([
      { text: 'details of the growth key please', intent: 'details', businessUnit: 'growth' },
      { text: 'details for ads?', intent: 'details', businessUnit: 'ads' },
      { text: 'show me the history of the risk key', intent: 'history', businessUnit: 'risk' },
      { text: 'can you show the details of the ledger key', intent: 'details', businessUnit: 'ledger' },
      { text: 'history for growth is what I need', intent: 'history', businessUnit: 'growth' },
      { text: 'the audit log for payments please', intent: 'history', businessUnit: 'payments' },
      {
        text: "details of growth's key, the one in the wiki is stale",
        intent: 'details',
        businessUnit: 'growth',
      },
    ]);
    it('a change asked beside a told record is still the change (asked about or done, not dropped)', () => {
      expect(parseRequest('details of the growth key are in the wiki, rotate it').intent).toBe('rotate');
    });
  });
});

describe("which Region a named unit's key is in: details of the unit", () => {
  exactly([
    { text: 'which region is the payments key in?', intent: 'details', businessUnit: 'payments' },
    { text: 'what region is the ledger-sync key in?', intent: 'details', businessUnit: 'ledger-sync' },
    { text: "which region is growth's key in?", intent: 'details', businessUnit: 'growth' },
    { text: "what region are the risk unit's keys in?", intent: 'details', businessUnit: 'risk' },
    { text: 'which region is the fraud-ml key hosted in', intent: 'details', businessUnit: 'fraud-ml' },
    { text: 'what region was the search key created in?', intent: 'details', businessUnit: 'search' },
    { text: 'which region is analytics set up in', intent: 'details', businessUnit: 'analytics' },
    { text: 'which region are the checkout-api keys in?', intent: 'details', businessUnit: 'checkout-api' },
  ]);
  describe('look-alikes: Regions the bot offers, or where people are', () => {
    exactly([
      { text: 'which region should I pick for a new key?', intent: 'help', topic: 'regions' },
      { text: 'which region are keys created in?', intent: 'help', topic: 'regions' },
      { text: 'which region is the default for a key?', intent: 'help', topic: 'regions' },
      { text: 'which region is the london team in?', intent: 'unknown' },
      { text: 'which region is the sales team in? need to book a call', intent: 'unknown' },
      { text: 'which region is the office in?', intent: 'unknown' },
    ]);
  });
});

describe('a greeting with one name and nothing else greets that person or desk, not the bot', () => {
  nothingAsked([
    'hi sam',
    'morning Priya 👋',
    'good afternoon dispatch',
    'hey Marco',
    'hello ops :wave:',
    'hiya Leo!',
    'good evening control',
    'morning Jules ☕',
  ]);
  describe('look-alikes greet the bot (help)', () => {
    exactly([
      { text: 'hi bot', intent: 'help' },
      { text: 'hello there', intent: 'help' },
      { text: 'hey bedrock', intent: 'help' },
      { text: 'hi again', intent: 'help' },
      { text: 'hey you', intent: 'help' },
      { text: 'hi 👋', intent: 'help' },
      { text: 'hello bot 👋', intent: 'help' },
    ]);
    it('a greeting before a request keeps the request', () => {
      expect(parseRequest('hi, token for 2h please').intent).toBe('token');
      expect(acted('hey sam')).toBe(false);
    });
  });
});

describe("how long another named thing's approval takes: not our approvals", () => {
  nothingAsked([
    'how long does planning permission approval take?',
    'how long does IRB approval take?',
    'how long does the ethics committee approval take?',
    'how long does firmware release approval take?',
    'how long will the grant approval take?',
    'how long did the zoning approval take last time?',
    'how long does building consent approval take now?',
    'how long does hot work permit approval take these days?',
  ]);
  describe('look-alikes ask how our approvals work', () => {
    exactly([
      { text: 'how long does approval take for a key?', intent: 'help', topic: 'approvals' },
      { text: 'how long does key approval take?', intent: 'help', topic: 'approvals' },
      { text: 'how long does token approval take these days?', intent: 'help', topic: 'approvals' },
      { text: 'how long does approval take?', intent: 'help', topic: 'approvals' },
      { text: 'how long does the approval take?', intent: 'help', topic: 'approvals' },
      { text: 'how long does an approval take', intent: 'help', topic: 'approvals' },
      { text: 'how long does bedrock approval take', intent: 'help', topic: 'approvals' },
    ]);
  });
});

describe('people of a team asked to explain something not ours: put to them, not the bot', () => {
  nothingAsked([
    "If someone from Procurement could explain the difference between a framework and a tender I'd be grateful.",
    'could someone from legal explain the difference between an NDA and an MSA?',
    'could anyone in finance explain the difference between capex and opex?',
    'would somebody on the data team explain the difference between mean and median?',
    'can someone from HR explain the difference between parental and shared leave?',
    'could one of you in compliance explain the difference between GDPR and the DPA?',
    'anyone from marketing able to explain the difference between CPM and CPC?',
    'if anybody from facilities could explain how the new badge readers work, thanks',
  ]);
  describe('look-alikes: our credentials explained are help', () => {
    exactly([
      {
        text: "if someone from platform could explain the difference between a token and a key I'd be grateful",
        intent: 'help',
        topic: 'key-kinds',
      },
      {
        text: 'can someone explain the difference between a token and an api key?',
        intent: 'help',
        topic: 'key-kinds',
      },
      { text: 'explain the difference between a token and a key', intent: 'help', topic: 'key-kinds' },
    ]);
  });
});
