/**
 * Round thirty-three, fix33c: other languages (Welsh, Polish, Dutch, Ukrainian forms of token, hours, API key,
 * revoke, remove unit), help topics, questions that name a lifetime or a model, and a change with a condition
 * after it. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, reads, slots, stillActs } from './acted.js';

describe('Welsh: "tocyn" is a token, "awr" its hours, "os gwelwch yn dda" please', () => {
  slots([
    ['tocyn am 2 awr os gwelwch yn dda', { intent: 'token', ttlSeconds: 7200 }],
    ['tocyn am 4 awr', { intent: 'token', ttlSeconds: 14400 }],
    ['angen tocyn am 3 awr, diolch', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  stillActs(['tocyn am 2 awr os gwelwch yn dda']);
  // (English "am" stays English: no Welsh word, no Welsh reading.)
  keeps([['I am the owner of ads, rotate the ads key', 'rotate', 'ads']]);
});

describe('Polish: two to four hours in words, and "jednostka" is the word for a unit', () => {
  slots([
    ['potrzebuję tokena na dwie godziny', { intent: 'token', ttlSeconds: 7200 }],
    ['potrzebuję tokena na trzy godziny, dzięki', { intent: 'token', ttlSeconds: 10800 }],
    ['proszę o token na cztery godziny', { intent: 'token', ttlSeconds: 14400 }],
    ['potrzebuję tokena na 2 godziny', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  reads([
    ['usuń jednostkę katalog-pl-test z bedrocka', 'deprovision', 'katalog-pl-test'],
    ['usuń jednostkę magazyn-bot', 'deprovision', 'magazyn-bot'],
    ['usuń klucze zespołu reklama', 'revoke', 'reklama'],
  ]);
});

describe('"API-sleutel", "API-ключ": an API key in the languages that join API to their word for a key', () => {
  slots([
    [
      'kunnen jullie een API-sleutel maken voor retouren-tagger? eigenaar joost.devries@relaylink.eu',
      { intent: 'create_key', keyKind: 'api-key', businessUnit: 'retouren-tagger' },
    ],
    ['een API-sleutel voor magazijn-bot graag', { intent: 'create_key', keyKind: 'api-key' }],
    ['Потрібен API-ключ для claim-triage-ua, будь ласка', { intent: 'create_key', keyKind: 'api-key' }],
    ['нужен API-ключ для fraud-ru', { intent: 'create_key', keyKind: 'api-key' }],
    ['ich brauche einen API-Schlüssel für lager-bot', { intent: 'create_key', keyKind: 'api-key' }],
  ]);
  // (A plain key stays of no stated kind.)
  slots([['een sleutel voor magazijn-bot graag', { intent: 'create_key', keyKind: null }]]);
});

describe('Dutch "trek … in" with "a.u.b.", and "keurt … goed" (approves)', () => {
  reads([
    ['trek de sleutel van shop-faq-bot in a.u.b.', 'revoke', 'shop-faq-bot'],
    ['trek de sleutel van retouren in aub', 'revoke', 'retouren'],
    ['trek de sleutel van ads in alstublieft', 'revoke', 'ads'],
  ]);
  slots([
    ['hoe werkt dat met goedkeuring, wie keurt een sleutel goed?', { intent: 'help', topic: 'approvals' }],
    ['wie keurt de sleutel voor finance goed?', { intent: 'help', topic: 'approvals' }],
    ['hoe lang duurt de goedkeuring van een sleutel?', { intent: 'help', topic: 'approvals' }],
  ]);
  neverActs(['wie keurt de sleutel voor finance goed?']);
});

describe('help topics: a quoted command, "what even is", a credential written equal to another', () => {
  slots([
    ["what does 'details' show me?", { intent: 'help', topic: 'details' }],
    ['what does `list` show?', { intent: 'help', topic: 'list' }],
    ['what does "history" include?', { intent: 'help', topic: 'history' }],
    ['sorry if dumb q but what even is an access key', { intent: 'help', topic: 'key-kinds' }],
    ['what even is an api key lol', { intent: 'help', topic: 'key-kinds' }],
    ['token = api key? or two different things', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['api key = access key?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['token = api key?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
  // (The commands themselves still run.)
  reads([
    ['details for ads', 'details', 'ads'],
    ['list', 'list', null],
    ['api key for ads please', 'create_key', 'ads'],
  ]);
});

describe('a change with "but only after/once …" after it: the action on a condition, asked about first', () => {
  reads([
    [
      'deprovision claim-triage-pilot, but only after v2 is live at all depots',
      'deprovision',
      'claim-triage-pilot',
    ],
    ['revoke the ads key, but only after the audit', 'revoke', 'ads'],
    ['rotate the ads key but only once the new one is deployed', 'rotate', 'ads'],
  ]);
  neverActs([
    'deprovision claim-triage-pilot, but only after v2 is live at all depots',
    'revoke the ads key, but only after the audit',
    'rotate the ads key but only once the new one is deployed',
  ]);
  // (Put off outright stays nothing to do now.)
  neverActs([
    'rotate the ads key, but wait until legal confirms',
    'deprovision nimbus, we can do it next sprint',
  ]);
});

describe('where our data goes is the Regions topic', () => {
  slots([
    [
      'does our data leave Europe when we use the reader-advice chat through the bot? the DPO is asking',
      { intent: 'help', topic: 'regions' },
    ],
    ['does our data leave europe when we use the bot?', { intent: 'help', topic: 'regions' }],
    [
      'does our data stay in the EU when we use bedrock through the bot?',
      { intent: 'help', topic: 'regions' },
    ],
  ]);
  // (What the bot keeps of ours stays general.)
  slots([['does the bot log my prompts?', { intent: 'help', topic: 'general' }]]);
});

describe('a token past its 12-hour cap, asked whether it can be had: help on limits, no lifetime', () => {
  slots([
    ['can a token last a whole 14h shift?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['can a token last 20 hours?', { intent: 'help', topic: 'limits' }],
    [
      "could I get a 16h token if Rachel signs it off? it's for the live album render",
      { intent: 'help', topic: 'limits', ttlSeconds: null },
    ],
    ['could we get a 14h token if our director approves?', { intent: 'help', topic: 'limits' }],
  ]);
  neverActs(['can a token last a whole 14h shift?', 'could I get a 16h token if Rachel signs it off?']);
  // (Within the cap the question asks for a token, as before.)
  keeps([
    ['could I get a 6h token if Rachel signs it off?', 'token'],
    ['can I get a 10h token?', 'token'],
  ]);
});
