/**
 * Round forty, the review of the merged fixers' work (post40b): an owner mention after "no" that takes the request
 * back, not corrects it; a negated everyday change with the change said instead, quoted, advised or supposed; a wish
 * for our thing held back; a musing ended; what is on a rota, a plate or a machine in trouble. The review's
 * sentences, with look-alikes of our own that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('an owner mention after "no" that does not end the message takes the request back', () => {
  const takenBack = [
    'revoke the ads key — no, owned by <@U222>, ask them',
    'key for growth? no, owner <@U222> already has one',
    'rotate the ads key — nah, owner <@U222> rotated it this morning',
    'rotate growth — no, owner <@U222> is on it',
    'revoke growth? no, owner <@U222> will handle it',
    'revoke growth — no, owner <@U222> says keep it',
    'revoke growth — no, owner is <@U222>, talk to her',
    'revoke growth? no. owner <@U222> decides',
    'rotate growth? no, owner <@U222>',
    'token for me? no, owner <@U222> needs it',
    'token for me? no, owner <@U222>',
    'api key for crew-assist, owner <@U1> — no, owner <@U2> will take it',
  ];
  nothingAsked(takenBack);
  neverActs(takenBack);
  // look-alikes: a new key's owner set before, corrected at the end of the message
  slots([
    [
      'api key for crew-assist, 30 days, owner <@U1> — hm no, owner <@U2>',
      { intent: 'create_key', businessUnit: 'crew-assist', owner: 'U2' },
    ],
    [
      'create an api key for crew-assist, owner <@U1>. no, owner <@U2>, sorry',
      { intent: 'create_key', businessUnit: 'crew-assist', owner: 'U2' },
    ],
  ]);
});

describe("a change said instead of another trade's, quoted, advised or supposed is no change of ours", () => {
  const notOurs = [
    "the photo is upside down - don't delete it, rotate it instead",
    "old-bi photo is sideways, don't delete it, rotate it instead",
    "the growth team's roster - don't delete it, rotate it instead",
    "the chart is broken, don't rotate it, just delete it",
    "the dashboard is stale, don't delete it, just refresh",
    "the cache is stale, don't delete it, a refresh will do",
    "don't delete it, just refresh it",
    'in the postmortem we wrote "don\'t revoke growth, rotate instead"',
    "don't revoke growth, rotate instead, said Priya",
    "I told her don't revoke it, just rotate",
    "my advice: don't revoke, just rotate",
    "growth key - they said don't revoke, a rotation will do. thoughts?",
    "the slide is upside down, don't delete it, just rotate it",
    "don't revoke growth, rotate instead, she said",
  ];
  nothingAsked(notOurs);
  // (a supposition: asked about at most, never carried out)
  neverActs([...notOurs, "if the growth key leaks, don't revoke it, a rotation will do"]);
  // look-alikes: the change said instead on our key, asked about
  reads([
    ["don't revoke the growth key, just rotate it", 'rotate', 'growth'],
    ["growth key leaked. don't delete it, just rotate it", 'rotate', 'growth'],
    ["don't revoke kelp-map, rotate it instead", 'rotate', 'kelp-map'],
    ["don't delete it, a rotation should do", 'rotate', null],
  ]);
  neverActs(["don't revoke the growth key, just rotate it"]);
});

describe('a wish for our thing in a state of our verb, held back, asks nothing', () => {
  nothingAsked([
    "I'd like the twitter key revoked but marketing says no",
    "I'd like the growth key rotated, but it's not my call",
    "I'd like the growth key rotated. Is that the right call, <@U222>?",
    "I'd like the growth key rotated eventually",
    "we'd like the growth key rotated once the migration finishes",
    "I'd like the spare key removed from under the doormat",
    "I'd like the ads key revoked, but legal has to sign off",
    "I'd like the growth key rotated someday",
    "I'd like the spare key removed from the drawer",
  ]);
  // look-alikes: the wish said now, with why, is the request
  reads([
    ["I'd like the ads key revoked, the contractor left", 'revoke', 'ads'],
    ["I'd like the growth key rotated please", 'rotate', 'growth'],
  ]);
});

describe('a musing ended ("done thinking out loud") leaves the request meant', () => {
  reads([
    ["revoke growth now. I'm done thinking out loud", 'revoke', 'growth'],
    ['rotate the growth key, stop thinking out loud', 'rotate', 'growth'],
    ['deprovision old-bi, enough wondering aloud', 'deprovision', 'old-bi'],
    ['revoke the leaked ads key. no more thinking aloud', 'revoke', 'leaked-ads'],
  ]);
  // look-alike: a question still thought aloud asks nothing
  nothingAsked(['rotate growth? just thinking out loud']);
});

describe("what is on a rota, someone's plate or a machine in trouble is no unit's details", () => {
  nothingAsked([
    "what's on the bay 12 unit? forklift is missing",
    "what's on the line-4 unit? it keeps jamming",
    "what's on the dock-3 unit? the conveyor is broken",
  ]);
  reads([
    ["what's on the rev-ops team's plate? rotate their key after", 'rotate', 'rev-ops-team'],
    ["what's on the reefer-watch unit? rotate its key after", 'rotate', 'reefer-watch'],
    // look-alikes: a unit's details asked, a reason after
    ["what's on the reefer-watch unit? need it before the customs audit", 'details', 'reefer-watch'],
    ["what's on the hazmat-check unit? need to know before the DG audit", 'details', 'hazmat-check'],
  ]);
  neverActs([
    "what's on the reefer-watch unit? rotate its key after",
    "what's on the night-shift rota? need to know before the audit",
  ]);
});
