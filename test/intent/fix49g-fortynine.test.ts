/**
 * Round forty-nine, fix49g (tuned-styles-anglo): native English speakers in the US, Canada, the UK, Ireland, Australia
 * and New Zealand, in every register, that the parser misread. Sentences of our own of each kind, and look-alikes that
 * keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, reads, slots, stillActs } from './acted.js';

describe('"ours" typed for "hours" after a number said in words ("token for two ours")', () => {
  slots([
    ['token for two ours please', { intent: 'token', ttlSeconds: 7200 }],
    ['can i get a token for four ours', { intent: 'token', ttlSeconds: 14400 }],
    ['tokin for six ours pls', { intent: 'token', ttlSeconds: 21600 }],
    // look-alikes: "ours" the pronoun keeps no lifetime; a digit lifetime stays
    ['token for 2h, the old one of ours expired', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  nothingAsked(['the two of ours are broken, can someone look']);
});

describe('a spoken "slash" in a unit\'s name ("growth slash experiments")', () => {
  reads([
    ['api key for growth slash experiments pls', 'create_key', 'growth-experiments'],
    ['rotate the key for ml slash search', 'rotate', 'ml-search'],
    ['create a key for search slash ranking, 90 days', 'create_key', 'search-ranking'],
    // look-alike: "me slash my team" names no unit
    ['token for me slash my team pls', 'token', null],
  ]);
});

describe('a colleague mentioned and said to own what they are asked to change ("you own it right")', () => {
  nothingAsked([
    '<@U03DPATEL> can you revoke the ad-copy-gen key? you own it right',
    "<@U04KSMITH> could you rotate the growth key? it's yours now",
    "<@U04KSMITH> can you deprovision ads-lab, you're the owner",
  ]);
  // look-alike: the writer owns it, and asks the bot
  stillActs(['<@U07BEDR0CK> can you revoke the ads key, I own it']);
});

describe('a colleague mentioned, the writer at an appointment ("while I\'m at the dentist", "on the school run")', () => {
  nothingAsked([
    "<@U09LRIVE> could you create the api key for ad-copy-gen while I'm at the dentist",
    "<@U04KSMITH> can you rotate the payroll-ml key? I'm at the GP's till 11",
    "<@U04KSMITH> I'm on the school run, could you revoke the ads key",
  ]);
  // look-alike: a token for the writer, who goes to the dentist later, is still asked of the bot
  stillActs(["<@U07BEDR0CK> token for 2h please, I'm at the dentist after"]);
});

describe('a colleague asked "can you" by a short British, Irish or Antipodean given name ("Mel can you …")', () => {
  nothingAsked([
    "Mel can you grab me a token for 2h? bot's not loading on my phone",
    'Hamish can you rotate the growth key',
    'Callum could you revoke the ads key pls',
  ]);
  // look-alike: a name later in the text, the bot asked
  reads([['rotate the growth key, Harry asked me to', 'rotate', 'growth']]);
});
