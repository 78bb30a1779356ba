/**
 * Round thirty-nine, fix39b (tuned-auction, tuned-pension): the one tokens were had by as a history's owner; Cantonese
 * words; "ask the bot" in Chinese and "I don't have the rights" after asking a leading mention (the person is asked);
 * a dictated name's number in three words; a place before a pod or a cell names a team; a group that asks, said first
 * before a colon; a form's purpose to translate; a bare lifetime after the ask, then what someone is doing. Sentences
 * of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, reads, slots } from './acted.js';

describe('the one tokens were had by is a history’s owner', () => {
  slots([
    ['how many tokens has <@U0LIVIA7> had this week?', { intent: 'history', owner: 'U0LIVIA7' }],
    ['how many tokens has <@U0LIVIA7> had in march?', { intent: 'history', owner: 'U0LIVIA7' }],
  ]);
});

describe('Cantonese: please, the possessive and particles, how to use the bot', () => {
  slots([
    ['一個 token 三小時，唔該', { intent: 'token', ttlSeconds: 10_800 }],
    ['撤銷 lot-photos 嘅 key 呀', { intent: 'revoke', businessUnit: 'lot-photos' }],
  ]);
  reads([['bot 點樣用㗎？', 'help', null]]);
});

describe('a person asked: "ask the bot" in Chinese, or the writer lacks the rights', () => {
  nothingAsked([
    '<@U0MARCO9> 可以幫我問 bot 攞個 token 嗎？',
    '<@U0MARCO9> can you rotate the lot-photos key? I don’t have the rights',
    '<@U0MARCO9> tu peux supprimer la clé de lot-photos ? je n’ai pas les droits',
    '<@U0MARCO9> kannst du den Schlüssel von lot-photos rotieren? ich habe keine Rechte',
  ]);
  // look-alike: the rights lacked, with nobody mentioned to ask, is the bot's
  reads([['rotate the lot-photos key please', 'rotate', 'lot-photos']]);
});

describe('a dictated name’s number in three words', () => {
  reads([
    ['api key for bidder portal three sixty five', 'create_key', 'bidder-portal-365'],
    ['rotate the key for sale room two forty one', 'rotate', 'sale-room-241'],
  ]);
  // look-alike: a name of two words and a number said in two words keeps its reading
  reads([['key for bidder portal three sixty', 'create_key', 'bidder-portal-360']]);
});

describe('a place before a pod or a cell names a team, no Region', () => {
  slots([
    [
      'offboard the Paris Paintings pod',
      { intent: 'deprovision', businessUnit: 'paris-paintings-pod', region: null },
    ],
    [
      'rotate the key of the Mumbai Valuation cell',
      { intent: 'rotate', businessUnit: 'mumbai-valuation-cell', region: null },
    ],
  ]);
  // look-alike: a place alone is still a Region
  slots([['token for 2h in Paris', { intent: 'token', ttlSeconds: 7200, region: 'eu-west-3' }]]);
});

describe('a group that asks, said first before a colon, names no unit', () => {
  slots([
    ['group treasury asks: what did Bedrock cost in March 2026?', { intent: 'spend', businessUnit: null }],
    [
      'Risk wants the figures for the board pack: what did Bedrock cost last month?',
      { intent: 'spend', businessUnit: null },
    ],
  ]);
  // look-alikes: a group that wants a credential asks for itself; a unit named after the colon is the unit
  keeps([
    ['payments wants a new key: 90 days', 'create_key', 'payments'],
    ['Finance asks: what did the lot-photos unit cost last month?', 'spend', 'lot-photos'],
  ]);
});

describe('a form whose purpose is to translate or transcribe asks a token', () => {
  slots([
    [
      'Duration: 3h\nPurpose: translate the sale catalogue into Japanese',
      { intent: 'token', ttlSeconds: 10_800 },
    ],
    ['Duration: 1h\nPurpose: transcribing the auctioneer recordings', { intent: 'token', ttlSeconds: 3600 }],
  ]);
  // look-alike: a meeting of a translation team is no token
  nothingAsked(['Meeting: translation team sync\nDuration: 1h\nNotes: went fine']);
});

describe('a bare lifetime after the ask, then what someone is doing: the token’s', () => {
  slots([
    [
      'could I get a token for <@U0LIVIA7>? 2 hours, she is checking the lot notes',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'can i have a token for <@U0MARCO9>? 3h, he is doing the condition reports',
      { intent: 'token', ttlSeconds: 10_800 },
    ],
  ]);
  // look-alike: a time spent, told, asks nothing
  nothingAsked(['we spent 4 hours, she is doing the essays now']);
});
