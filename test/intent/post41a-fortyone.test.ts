/**
 * Round forty-one, the review of the merged fixers' work (post41a): kinds the merged rules carried out unasked, each
 * with look-alikes that keep their reading. Everything shut down for a work's trial told as past or another's plan
 * (not-ours.ts); "I think we must …" with no key of ours or no reason (learner-english.ts); a model's tokens per day
 * (mood.ts); a worry about the wrong key with no question before it, and a promise's "and … please" (negation.ts); a
 * trade's term explained in brackets (not-ours.ts); an error pasted before a credential asked with its lifetime
 * (rule-holds.ts).
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe("everything shut down for a work's trial, told as past or another's plan, is no request", () => {
  nothingAsked([
    'last month we shut down everything for the hull inspection trial',
    'we had to shut down everything for the maintenance pilot',
    "they'll shut down everything for the overhaul pilot tomorrow",
  ]);
  neverActs(['yesterday the crew shut down everything for the refit trial']);
  // look-alikes: asked of the bot, the trial set up is a unit of ours
  reads([
    ['please shut down everything for the maintenance pilot', 'deprovision', 'maintenance-pilot'],
    ['can you shut down everything for the overhaul pilot', 'deprovision', 'overhaul-pilot'],
    ['shut down everything for the Aurora refit trial', 'deprovision', 'aurora-refit-trial'],
  ]);
});

describe('"I think we must …" asks a change only of a key of ours, with a reason', () => {
  nothingAsked([
    "I think we must disable notifications because they're noisy",
    'I think we have to rotate the growth key as well',
    'I think we must delete the old dashboards since nobody uses them',
  ]);
  // look-alikes: a key of ours and a reason keep the request
  keeps([
    ['I think we have to rotate the growth key because the intern left', 'rotate', 'growth'],
    [
      'Hello, I think we must rotate key of perfumer-assistant, because the intern leave the company yesterday',
      'rotate',
      'perfumer-assistant',
    ],
  ]);
});

describe("a model's tokens per day are the model's quota", () => {
  nothingAsked([
    'tokens per day limit for llama in us-east-1',
    "what's the tokens per day quota on claude sonnet?",
  ]);
  // look-alikes: our tokens per day are a limit of ours, asked
  keeps([
    ['is there a limit on tokens per day?', 'help'],
    ['is there a cap on tokens per week?', 'help'],
  ]);
});

describe('a worry about the wrong key with no question before it stays refused', () => {
  nothingAsked([
    "don't want to kill the wrong key, can someone confirm which is prod",
    "i don't want to revoke the wrong one, which key is prod?",
  ]);
  // look-alikes: after a question about a command, the worry is help
  keeps([
    ["is rotate the same as revoke? don't want to delete the wrong one", 'help'],
    ["is deprovision the same as revoke? organiser cleaning up, don't want to nuke the wrong thing", 'help'],
  ]);
});

describe('a promise ends where "and … please" asks something new', () => {
  reads([
    ['we will then revoke it and deprovision ads-legacy now please', 'deprovision', 'ads-legacy'],
    ["I'll just rotate it and please revoke ads-legacy", 'revoke', 'ads-legacy'],
  ]);
  // look-alikes: the promise alone, or with more promised after "and", asks nothing
  neverActs([
    "we'll just rotate it",
    "we'll rotate the key and revoke the old one next week",
    "we'll just rotate it and tell the team",
  ]);
});

describe("a trade's term explained in brackets is no credential of ours", () => {
  nothingAsked([
    'need a KCT (key change token) for meter 0412 7789 331, the SGC changed after the tariff migration',
    'need a CDK (customer data key) for the ledger, SGC changed',
  ]);
  // look-alike: our bot or a unit of ours named keeps the request
  keeps([['need a KCT (key change token) from bedrock for growth team', 'create_key']]);
});

describe('an error pasted first, then a credential asked with its lifetime, is the token asked', () => {
  slots([
    [
      '```\nSignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.\n```\nmy SDK is old and only does SigV4. can you give me temporary sigv4 creds instead of the bearer thing? 1 hour',
      { intent: 'token', ttlSeconds: 3600 },
    ],
  ]);
  // look-alike: the error alone asks nothing to be carried out
  neverActs([
    '```\nSignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.\n```\nwhy does this happen with sigv4?',
  ]);
});
