/**
 * Round thirty, fixrelay30: errors in the style file of people asking for, about or on behalf of others
 * (tuned-styles-relay.jsonl). Sentences of our own for each kind, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, slots, stillActs } from './acted.js';

describe('another person\'s words quoted in single quotes after "X asked:" are theirs, not a request', () => {
  nothingAsked([
    "Mark asked: 'can I get a token for 3h?'",
    "my intern typed: 'rotate the growth key' into the search box, bless him",
    "Ravi said: 'don't revoke the slush key yet' — fine by me",
    "Joe asked: 'can't I get a token for 2h?' and I said try it",
    "the vendor wrote: 'please deprovision hack-week-7' but that was in March",
  ]);
  // look-alikes: the writer's own request, with a colleague named or an ask passed on
  stillActs(["token for 2h please, Mark's asking: he's blocked"]);
  keeps([['my lead asked me to rotate the onix-feed key please', 'rotate', 'onix-feed']]);
});

describe('a change board that "said no" to a credential refuses it, in its own clause', () => {
  nothingAsked([
    'the CAB said no to the fenwick-edi key until the contract is signed',
    'the steering committee said no to the kids-audio deprovision, keep it',
    'fyi the review board says no to an access key for the atlas team for now',
  ]);
  // look-alike: a request after the refusal's clause is still asked
  keeps([['the change board said no to the DPA so please revoke the anz-copub key', 'revoke', 'anz-copub']]);
});

describe('a request told as a plan dropped ("I was going to ask … but …") or a someday wish ("if … ever …, we\'d want")', () => {
  nothingAsked([
    "we were about to request a token for the proofreader, but she's gone home",
    'hmm, I was meaning to ask for the royalty-recon key to be rotated but finance has a freeze on',
    'I was planning to ask for a key for the prize-submissions-team but the prize got postponed',
    "if the atlas grant ever comes through we'd need an api key for the maps team, fingers crossed",
    "if the museum ever signs with us they'd want their own key, we'll see",
  ]);
  // look-alikes: asked after all, or a plain wish now
  keeps([["I was going to ask for a token 2h but I'll just ask: token 2h please", 'token']]);
  stillActs(["we'd need a key for onix-feed, 90 days please"]);
});

describe('a token "for" a person described, with its lifetime or Region before "for", is owned by the mention after', () => {
  slots([
    ['token 2h for Rowan (<@U08ROWAN>)', { owner: 'U08ROWAN', ttlSeconds: 7200 }],
    ['token 4h for the new intern, <@U05JONAH>', { owner: 'U05JONAH', ttlSeconds: 14400 }],
    ['token 6h frankfurt for the copy chief, <@U05JONAH>', { owner: 'U05JONAH', region: 'eu-central-1' }],
  ]);
  // look-alikes: a token for an event or a task shared with a colleague is the asker's
  slots([
    ['token 4h for the offsite, <@U05JONAH>', { owner: null }],
    ['token 3h for pairing with <@U05JONAH>', { owner: null }],
  ]);
});
