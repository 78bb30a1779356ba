/**
 * Round thirty-six, the lead: what the merge and the retrain on round thirty-five's blind files moved, fixed by kind
 * (a form of a unit and a token's own duration whose prose the mood doubts, and its duration written "TTL = 30 min"; everyday "unit" words against a classifier
 * sure of a removal; whether a token can last from one moment to another), and the new edtech blind file's one text acted on (a colleague asked in Taglish by someone on a
 * jeep): sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, reads, slots, stillActs } from './acted.js';

describe("a form of a unit and a token's own duration, its prose a doubted statement: the token", () => {
  slots([
    ['App = doc-search\nTTL = 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['Service = ledger-sync\nTTL = 30 min', { intent: 'token', ttlSeconds: 1800 }],
  ]);
  // (a field's value with its unit after a space, "TTL = 30 min", is 30 minutes, never 30 hours and a stray "min")
  slots([
    ['TTL = 45 minutes', { ttlSeconds: 2700 }],
    ['Team = ads\nTTL = 2 hours', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: a question in the form, another trade's form
  nothingAsked(['Maintenance window = Saturday\nDuration = 2h\nReason = RDS patching']);
});

describe('a colleague mentioned first and asked in Taglish by someone away from a keyboard: put to that person', () => {
  nothingAsked([
    '<@U03KIKO22> pa-rotate naman yung growth key, nasa jeep ako',
    '<@U03KIKO22> pakirevoke yung ads key please, walang laptop ako ngayon',
    '<@U03KIKO22> pwede mo bang i-revoke yung billing key? nasa bus pa ako',
  ]);
  // look-alikes: asked of no one, or without being away: the bot's
  reads([
    ['pa-revoke naman yung growth key, nasa jeep ako', 'revoke', 'growth'],
    ['pakirotate yung billing key', 'rotate', 'billing'],
  ]);
});

describe('a unit word of a page or a test, whatever the classifier makes of it: nothing asked', () => {
  nothingAsked([
    'remove the unit test for payments please',
    'delete the unit tests for growth, they are flaky',
  ]);
  // look-alike: the unit itself removed
  stillActs(['deprovision the growth unit']);
});

describe('whether a token can last a stretch from one moment to another, asked: help on its bounds', () => {
  slots([
    ['can a token last from 8am until midnight?', { intent: 'help', topic: 'limits' }],
    ['would a token stay valid from friday evening to monday morning?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: a token asked for over such a stretch is still asked for
  stillActs(['token from now until 6pm please, 4h']);
});
