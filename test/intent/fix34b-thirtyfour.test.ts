/**
 * Round thirty-four, fix34b: behaviour the retrained classifier (trained on the tuned files too) had moved, read
 * by the rules again. Per kind: sentences of our own besides the listed ones, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, stillActs } from './acted.js';

describe('a change asked of "you", the writer away after it, or a need then "can you make one?", or a wish: acts', () => {
  stillActs([
    'can you revoke the growth key? phone is dying',
    'Priya needs a token for 3h, can you make one for her?',
    'we need a key for billing-v2 next week, can you create it now?',
    "I'd like the ads key revoked please",
  ]);
  neverActs([
    'Priya needs a token for 3h, can she DM you?',
    "I'd like the ads key rotated next month",
    "<@U03AB12CD> can you revoke the growth key? I'm on the train",
  ]);
});

describe("a unit's key told to need a change is asked about, even when the classifier is sure", () => {
  neverActs(['the growth key needs to be revoked, it was in a screenshot']);
  reads([['the growth key needs to be revoked, it was in a screenshot', 'revoke', 'growth']]);
});

describe('a need doubted, a plan after a condition, whose everyday things: nothing asked', () => {
  nothingAsked([
    'not sure we have to revoke the growth key',
    'unsure whether we need to rotate the billing key',
    'which of those umbrellas is mine?',
    'once the migration is done we will rotate the growth key',
  ]);
  reads([
    ['which of these teams are mine?', 'list', null],
    ['once the new key works, revoke the old growth one', 'revoke', 'growth'],
  ]);
});

describe('a key missed when shown, asked again: help; who keeps taking keys: history; a cost after a rotation', () => {
  reads([
    ['forgot to copy my new key, can I see it again?', 'help', null],
    ['who keeps creating keys for growth?', 'history', 'growth'],
    ['rotate the ads key. the bill tripled', 'rotate', 'ads'],
  ]);
  nothingAsked(['I closed the car door with my key inside, can I get it back?']);
});

describe('requests not put as orders are asked about, not dropped', () => {
  reads([
    ['my manager told me to get a key for ledger-sync', 'create_key', 'ledger-sync'],
    ['the idea is to create a key for recsys, could you do it today?', 'create_key', 'recsys'],
    ['¿puedes rotar la clave de growth?', 'rotate', 'growth'],
  ]);
  neverActs([
    'my manager told me to get a key for ledger-sync',
    'the idea is to create a key for recsys, could you do it today?',
  ]);
});

describe('curiosity, and agreement after a quote, ask nothing', () => {
  reads([['can I get a token? just curious', 'help', null]]);
  neverActs(['can I get a token? just curious']);
  nothingAsked(['> <@U0BOT1> token 2h\nsame for me, I did that yesterday']);
  reads([['> <@U0BOT1> create a key for geo-routing, 90 days\nsame for geo-web', 'create_key', 'geo-web']]);
});

describe("a unit's final spend sent for is spend; a leave's span told is no lifetime", () => {
  reads([
    ['give me the total cost for growth', 'spend', 'growth'],
    ['deprovision harvest-pilot and send me its final spend', 'deprovision', 'harvest-pilot'],
  ]);
  nothingAsked(['my vacation is 3 weeks, see you after']);
  stillActs(['token for 2h, going on vacation after']);
});
