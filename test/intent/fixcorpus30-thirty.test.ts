/**
 * Round thirty, fixcorpus30: kinds of misreading found in the corpus's train and dev errors and in round
 * twenty-nine's blind files (now tuned-{cruise,architects,greenhouse}). Sentences of our own, not corpus texts
 * (other trades, units, words and shapes), and the look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads, slots } from './acted.js';

describe("another trade's list named in the reason for a key is a noun, not the bot's list", () => {
  reads([
    ['api key for the menu-bot team, we are rewriting the dessert list', 'create_key', 'menu-bot-team'],
    ['new key for claims-letters, the complaints list keeps growing', 'create_key', 'claims-letters'],
    ['revoke the ads key, it was in the contact list we sent out', 'revoke', 'ads'],
    // look-alikes: a list of ours asked for stays the list
    ['list the keys for growth, the guest list can wait', 'details', 'growth'],
    ['show me the key list for growth', 'details', 'growth'],
    ['list keys for growth', 'details', 'growth'],
  ]);
  nothingAsked(['the wine list is out of date']);
});

describe("another trade's things told as expiring ask nothing of the bot", () => {
  nothingAsked([
    'passports for the crew are expiring in May, HR check',
    'the work permits of the kitchen staff are expiring soon, HR pls look',
    'fire safety certs expiring end of month',
  ]);
  // look-alikes: a key or a token of ours expiring, with a request or a question
  reads([
    ["growth's key is expiring, rotate it", 'rotate', 'growth'],
    ['our token is expiring, can I get another for 2h', 'token', null],
    ['is the growth key expiring soon?', 'details', 'growth'],
  ]);
});

describe("a grower's records, and the story of a firm or a place, are another trade's history", () => {
  nothingAsked([
    'irrigation history for bay 3 please, the agronomist asked',
    'can someone send the history of all pesticide treatments for tunnel 2',
    'loved the bit on the history of the club in the newsletter',
    'fertiliser history for the north field pls',
  ]);
  // look-alikes: a unit whose name holds the word, and our record of changes
  reads([
    ['history for irrigation-ai please', 'history', 'irrigation-ai'],
    ['smart-irrigation history pls', 'history', 'smart-irrigation'],
    ['history of the company-wiki key', 'history', 'company-wiki'],
    ['history of approvals for ads', 'history', 'ads'],
  ]);
});

describe("money spent on packaging, pallets or advertising is another trade's spend", () => {
  nothingAsked([
    'how much have we spent on pallets this quarter',
    'what did sales spend on facebook ads in March?',
    'how much did the shop spend on packaging this year?',
    'spending on billboards was agreed at the offsite',
  ]);
  // look-alikes: a unit's spend, or one named like an ad platform
  reads([
    ['what did ads spend last month', 'spend', 'ads'],
    ['how much did we spend on the ads unit last month', 'spend', 'ads'],
    ['what did we spend on bedrock for marketing last month', 'spend', 'marketing'],
    ['spend on google-ads last month', 'spend', 'google-ads'],
  ]);
});

describe("a building's keys asked after, with people kept out at a gate or a room's key missing, are no credential", () => {
  nothingAsked([
    'who has the workshop keys? the fitters are waiting at the door',
    'what keys does the cleaning crew have? the store room one is missing',
    'where are the depot keys, the drivers are stuck outside the gate',
    'who holds the church hall keys? the caterers are standing at the back door',
  ]);
  // look-alikes: a unit's keys asked after, and ours named in the remark
  reads([
    ['what keys does growth have?', 'details', 'growth'],
    ['what keys does the night-ops team have? the api one is missing', 'details', 'night-ops-team'],
  ]);
});

describe("who rotated, removed or replaced a place's things (trolleys, cages, forklifts) is no record of ours", () => {
  nothingAsked([
    'who removed the cages from bay 2?',
    'who rotated the forklifts this morning, none are charged',
    'who replaced the Bay-4 freezer yesterday?',
  ]);
  // look-alikes: our keys and units, whatever they are called
  reads([
    ['who rotated the trolley-tracker key?', 'history', 'trolley-tracker'],
    ['who rotated the growth key last night?', 'history', 'growth'],
    ['who deprovisioned the boxes unit', 'history', 'boxes'],
  ]);
});

describe('a token weighed against a key in learners\' English ("is same thing or no?") states no kind', () => {
  slots([
    ['tokens and keys are same thing or not?', { intent: 'help', keyKind: null, topic: 'key-kinds' }],
    ['token or api key, different or no?', { intent: 'help', keyKind: null, topic: 'key-kinds' }],
    ['token and api key is same or not?', { intent: 'help', keyKind: null, topic: 'key-kinds' }],
    // look-alike: a request for one kind keeps it
    ['api key for growth, 90 days', { intent: 'create_key', keyKind: 'api-key', businessUnit: 'growth' }],
  ]);
});

describe('"owner" told of as there or since when ("an owner set?", "the owner since March") states no invalid owner', () => {
  // (exactly: intent and unit, no owner and no slot named invalid)
  exactly([
    { text: 'does voice-memo-bot have an owner set?', intent: 'details', businessUnit: 'voice-memo-bot' },
    { text: 'has the ledger-bot unit got an owner assigned?', intent: 'details', businessUnit: 'ledger-bot' },
    {
      text: "show me the details of pricing-ml, I'm the owner since March",
      intent: 'details',
      businessUnit: 'pricing-ml',
    },
  ]);
});

describe('an owner state word with a value after it ("owner set to …") still names an owner, and a bad one is refused', () => {
  neverActs(['create key for ads, owner set to bob']);
});

describe('a leading mention asked "could you …" by someone on a boat, a train or with a bad signal is put to that person', () => {
  nothingAsked([
    "<@U07PIET2> could you rotate the deck-ops key? I'm on the ferry and the signal is awful",
    '<@U03KAI99> can you create a key for menu-sync? im on a train, terrible signal',
    '<@U02LENA5> would you revoke the old kiosk-feed key pls, my connection is really patchy',
  ]);
  // look-alikes: the bot spoken to, a token for the writer, no mention
  reads([
    ['<@U0BEDROCK> rotate the deck-ops key pls', 'rotate', 'deck-ops'],
    ["<@U07PIET2> can I get a token for 2h? I'm on the train", 'token', null],
    ["could you rotate the deck-ops key? I'm on the ferry", 'rotate', 'deck-ops'],
  ]);
});

describe('"does anyone know …" in Spanish, Portuguese, German, French, Italian or Dutch is put to the channel', () => {
  nothingAsked([
    '¿alguien sabe si ya se rotó la key de ventas-ia?',
    'alguém sabe se o bot já rodou a chave do kyc-ocr?',
    'weiß jemand, ob der bot den key von ads schon rotiert hat?',
    "quelqu'un sait si le bot a déjà révoqué la clé de search-fr ?",
    'qualcuno sa se il bot ha già ruotato la chiave di vendite-ai?',
    'weet iemand of de bot de key van kas-data al heeft ingetrokken?',
  ]);
  // look-alike: a request in the same language stays one
  reads([['revoca la key de almeria-test por favor', 'revoke', 'almeria-test']]);
});

describe('what a read command shows, asked ("is list showing also tokens?"), is help on that command', () => {
  slots([
    ['is details showing expiry?', { intent: 'help', topic: 'details', businessUnit: null }],
    ['does history include approvals?', { intent: 'help', topic: 'history', businessUnit: null }],
    ['will the list output show owners too?', { intent: 'help', topic: 'list', businessUnit: null }],
    ['is spend also showing the tax?', { intent: 'help', topic: 'spend', businessUnit: null }],
    // look-alikes: the commands run
    ['list keys for growth', { intent: 'details', businessUnit: 'growth' }],
    ['show details for showroom-ai', { intent: 'details', businessUnit: 'showroom-ai' }],
  ]);
});

describe('a credential asked for "to check the key works" is a purpose, not a report of how one did', () => {
  reads([
    ['token 30m, just to see if the key works with the new sdk', 'token', null],
    ['token 2h to verify that the token lasts through the import', 'token', null],
    ['bedrock token 45 min, only to make sure the key works from the cluster', 'token', null],
  ]);
  // look-alikes: reports of how one did stay reports
  nothingAsked(['my token worked fine yesterday', 'the 2h token lasted through the demo, just to check in']);
});
