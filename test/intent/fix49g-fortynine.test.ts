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

describe('two makers weighed in a models question, the first named by its model ("claude sonnet … or just the amazon models?")', () => {
  slots([
    [
      'Can I use claude sonnet through this or is it just the amazon models?',
      { intent: 'help', provider: null, topic: 'models' },
    ],
    ['does my token reach claude opus, or is it only the llama ones?', { provider: null }],
    // look-alike: one maker asked about keeps it
    ['which claude models can I use with my token?', { provider: 'anthropic' }],
  ]);
});

describe('one\'s own units asked to see ("lemme see my units")', () => {
  slots([
    ['lemme see my units', { intent: 'list', owner: 'me' }],
    ['let me see my teams pls', { intent: 'list', owner: 'me' }],
    ['can i see my units?', { intent: 'list', owner: 'me' }],
  ]);
});

describe('one\'s token given or lent to a person is sharing it ("ok if I give my token to the intern?")', () => {
  slots([
    ['is it ok if I give my token to the intern for the afternoon?', { intent: 'help', topic: 'general' }],
    ["can I hand my token to Baraka while I'm off?", { intent: 'help', topic: 'general' }],
    ['could I lend my token to a contractor for an hour?', { intent: 'help', topic: 'general' }],
    // look-alike: a token handed to a program is used, the token's topic
    ['how do I give my token to my python script? env var?', { intent: 'help', topic: 'token' }],
  ]);
});

describe('an ask of the bot that someone else will make, told ahead ("Priya will ask the bot: token for 2h")', () => {
  nothingAsked([
    'Priya will ask the bot: token for 2h',
    "Tom's going to ask the bot for a key for growth later",
    "I'll get Sam to ask the bot: rotate the ads key",
    "she'll ask the bot to revoke the ads key",
  ]);
  // look-alike: the writer told to ask, asking now
  slots([['Priya said to ask the bot: token for 2h', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('years the writer has, beside a token asked for ("I have 30 years"): no lifetime', () => {
  slots([
    ['I have 30 years of experience, just give me a token', { intent: 'token', ttlSeconds: null }],
    ['I have 30 years and I need a token for the workshop', { intent: 'token', ttlSeconds: null }],
    ["token please, I'm 45", { intent: 'token', ttlSeconds: null }],
    // look-alikes: hours the writer has, and a lifetime said after years told, stay
    ['i have 2h before the demo, token pls', { intent: 'token', ttlSeconds: 7200 }],
    ['token for 2h please, I have 30 years in this job', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});
