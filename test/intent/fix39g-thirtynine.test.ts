/**
 * Round thirty-nine, fix39g (tuned-dental, tuned-waste, tuned-ski, tuned-publicsector, tuned-mobile, tuned-cruise): a
 * dictated unit's name after "for the unit", ending in its number before "with …" or "thank you"; a one-word dictated
 * name before a number said in two words that is no clock time; the bot's mention before a token's command after a
 * word that corrects. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, reads, slots } from './acted.js';

describe('a dictated name after "for the unit", ending in its number', () => {
  slots([
    [
      'create a key for the unit scan archive three with expiry sixty days',
      { intent: 'create_key', businessUnit: 'scan-archive-3', expiryDays: 60 },
    ],
    ['a key for the unit vision two please', { intent: 'create_key', businessUnit: 'vision-2' }],
  ]);
  reads([
    [
      'rotate the key for the unit patient recall dash beta four thank you',
      'rotate',
      'patient-recall-beta-4',
    ],
  ]);
  // look-alikes: "with" after a name with no number, and a lifetime in words, keep their reading
  reads([
    ['key for growth with ads please', 'create_key', 'growth'],
    ['a key for the unit scan-archive for two days', 'create_key', 'scan-archive'],
  ]);
});

describe('a one-word dictated name before a two-word number that is no clock time', () => {
  reads([
    ['please rotate portal three sixty', 'rotate', 'portal-360'],
    ['revoke vision one eighty', 'revoke', 'vision-180'],
  ]);
  // look-alike: a clock time after a word is no unit's number
  nothingAsked(['let us meet for lunch two thirty']);
});

describe("the bot's mention before a token's command, after a word that corrects", () => {
  slots([
    ['same here actually — <@U0BOT1234> token 4h', { intent: 'token', ttlSeconds: 14_400, owner: null }],
    ['oh wait, <@U0BOT1234> token 1h', { intent: 'token', ttlSeconds: 3600, owner: null }],
  ]);
  // look-alikes: a mention the token is for, or who needs it, stays the owner
  slots([
    ['token 2h — actually for <@U05MARA12>', { intent: 'token', ttlSeconds: 7200, owner: 'U05MARA12' }],
    ['actually <@U05MARA12> needs a token for 2h', { intent: 'token', ttlSeconds: 7200, owner: 'U05MARA12' }],
  ]);
});

describe('Romanian: the units listed, how the bot is used, "te rog", and its letters ă, ș, ț', () => {
  reads([
    ['arată unitățile te rog', 'list', null],
    ['listează unitățile', 'list', null],
  ]);
  slots([['cum folosim botul? ce comenzi are?', { intent: 'help' }]]);
  // look-alikes: a key already held asks nothing; a shopping list in another language is no list of ours
  nothingAsked(['mulțumesc, avem deja cheia', 'lista de compras para mañana']);
});
