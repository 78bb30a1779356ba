/**
 * Round forty, fix40g (known27's regression after the retrain, tuned-mssp, tuned-auction, tuned-dairy,
 * tuned-pension): an idiom of what is on someone's mind, plate or agenda asks nothing of the bot (everyday-asked.ts
 * whatsOnIdiom); a negated change of ours followed by the change meant instead is that change, on the negated one's
 * object (negation.ts changeSaidInstead). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe("an idiom of what is on someone's mind, plate or agenda asks nothing of the bot", () => {
  nothingAsked([
    "what's on your mind?",
    'what is on her mind today?',
    "what's on my plate this week?",
    "what's on their agenda?",
    "what's on the cards?",
    "what's in it for us?",
    'whats on your wishlist',
  ]);
  // look-alikes: a unit's name after "what's on" still asks its details
  reads([
    ["what's on doc-ai?", 'details', 'doc-ai'],
    ["what's on the kelp-map team right now", 'details', 'kelp-map-team'],
  ]);
  neverActs(["what's on your mind?", "what's on the table?"]);
});

describe('a negated change of ours, then the change meant instead: that change, on the same object', () => {
  reads([
    ["don't revoke the kelp-map key, a rotation will do", 'rotate', 'kelp-map'],
    ['no revoke needed for kelp-map, just rotate', 'rotate', 'kelp-map'],
    ["don't revoke kelp-map, rotate it instead", 'rotate', 'kelp-map'],
    ['no need to delete the kelp-map key, rotating is enough', 'rotate', 'kelp-map'],
    ['no need to deprovision kelp-map, a revocation will do', 'revoke', 'kelp-map'],
    ['No revoke needed, just rotate', 'rotate', null],
    ["don't delete it, a rotation should do", 'rotate', null],
  ]);
  // never carried out as it stands: a change beside a negation is asked about first
  neverActs(["don't revoke the kelp-map key, a rotation will do", 'No revoke needed, just rotate']);
  // look-alikes: both negated, the second told or not ours, or what was done told
  nothingAsked([
    "don't revoke the kelp-map key, don't rotate it either",
    'no revoke needed, no rotation either',
    "don't revoke the kelp-map key, the rotation is next week anyway",
    "don't remove the tyres, a rotation will do",
    "don't delete the photo, just rotate it",
    "i didn't revoke the kelp-map key, just rotated it",
  ]);
  neverActs([
    "don't revoke the kelp-map key, a rotation of the tyres will do",
    'no revoke needed, just rotate the tyres',
  ]);
});

describe('an occasion over, everything for it torn down ("set up" unsaid): its unit', () => {
  reads([
    ['Kelp Fest Week is over, tear down everything for it', 'deprovision', 'kelp-fest-week'],
    ['the kelp fair is done, please remove everything for it', 'deprovision', 'kelp-fair'],
  ]);
  // look-alikes: a one-word everyday occasion, or everything taken off the calendar
  nothingAsked([
    'the offsite is over, tear down everything for it',
    'the kelp fair is done, please remove everything for it from the calendar',
  ]);
});

describe('a learner\'s "for to" before a verb is "to"', () => {
  reads([
    ['it is time for to rotate the kelp-map key', 'rotate', 'kelp-map'],
    ['please, is possible for to revoke the key of kelp-map?', 'revoke', 'kelp-map'],
  ]);
  // look-alike: "for to" before a pronoun is no verb's
  nothingAsked(['I was waiting for to you to answer']);
});

describe('tokens "given to" a person (prepared as "give"): the history of what they were issued', () => {
  slots([
    [
      'how many tokens were given to ana@kelp.example this week',
      { intent: 'history', owner: 'ana@kelp.example' },
    ],
    ['keys given to ana@kelp.example last month?', { intent: 'history', owner: 'ana@kelp.example' }],
  ]);
  // look-alike: a person named otherwise is whose actions are asked, no owner
  slots([['which keys did ana@kelp.example rotate last month?', { intent: 'history', owner: null }]]);
});
