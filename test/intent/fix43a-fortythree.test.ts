/**
 * Round forty-three, fix43a (tuned-lifts, tuned-seafood, tuned-colo): a team named by two everyday words of its trade
 * before a group of people, "the call centre hub" (trade-team.ts); a post-it a secret was written on, no unit
 * (business-unit.ts); a long-term key renewed asked about, the rotate topic (help-topic.ts). Sentences of our own of
 * each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('two everyday words of a trade before a group of people name the team', () => {
  reads([
    ['pause the contact centre hub key for now', 'revoke', 'contact-centre-hub'],
    ["what's on the call centre hub's keys?", 'details', 'call-centre-hub'],
    ['rotate the key of the night shift crew', 'rotate', 'night-shift-crew'],
    ['api key for the field service pod please', 'create_key', 'field-service-pod'],
  ]);
  slots([
    [
      'how much did the call centre hub spend last month?',
      { intent: 'spend', businessUnit: 'call-centre-hub', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  // look-alikes: a door's key, a move, thanks; a desk of two everyday words stays premises
  nothingAsked([
    'the key for the call centre hub is in the drawer',
    'the call centre hub is moving to the third floor',
    'thanks to the night shift crew for covering',
    'the key for the call centre desk is lost',
  ]);
});

describe('a post-it a secret was written on names no unit', () => {
  reads([
    ['rotate the api key of the Tenders desk, a temp had it on a post-it', 'rotate', 'tenders-desk'],
    ['please reset the growth key, it was on a post-it on the monitor', 'rotate', 'growth'],
    ['revoke our key, someone wrote it on a Post-It', 'revoke', null],
  ]);
  neverActs(['lol someone left a post-it with the wifi password on it']);
});

describe('a long-term key renewed, asked about, is the rotate topic', () => {
  slots([
    ['how do I get my key renewed before it expires?', { intent: 'help', topic: 'rotate' }],
    ['how do I renew our api key before the audit?', { intent: 'help', topic: 'rotate' }],
    ['can the access key for growth be renewed?', { intent: 'help', topic: 'rotate' }],
    // look-alikes: a token renewed is the token's question, a renewal planned against the maximum the limits'
    ['can a token be renewed or do I ask for a new one each time?', { intent: 'help', topic: 'token' }],
    [
      "what's the longest expiry for an api key? we'd like to plan renewals yearly",
      { intent: 'help', topic: 'limits' },
    ],
  ]);
});
