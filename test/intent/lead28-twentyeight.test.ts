/**
 * Round twenty-eight, the lead's fixes by kind (found in the dev split's errors, which the rules may read).
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

/**
 * A rotation of the trade's own told as what one is doing ("rotating the sales deck for tomorrow …", "we're
 * rotating the homepage banners tonight"), then a request of ours in a later phrase: the rotation's phrase names
 * nothing of ours, so the request is read as if it were not there. The rotation verb used to decide the message
 * (a rotation of nothing ours, then doubted), and the request was lost.
 */
describe("a rotation of the trade's own before a request of ours is story", () => {
  reads([
    [
      'Hiya - rotating the sales deck for tomorrow and want AI help on the slides, could I get 2 hours of Bedrock please?',
      'token',
      null,
    ],
    [
      'Hey! rotating tyres on the van fleet all day, need 1 hour of bedrock to write up the report pls',
      'token',
      null,
    ],
    ["we're rotating the homepage banners tonight — could I have 4 hours of Bedrock access?", 'token', null],
    ['Rotating the on-call schedule for Q1; may I get a bedrock token for 90 minutes?', 'token', null],
    [
      'rotating the shift rota this afternoon and could use claude to draft it, can I get a token for 3h?',
      'token',
      null,
    ],
  ]);
  neverActs([
    'rotating the sales deck for tomorrow',
    'can you rotate the homepage banners? need it for 4 hours',
    'rotate the on-call schedule for Q1',
    'rotating the tyres today, the key is in the van',
    'rotating the ads key now, token for 2h after',
    "we're rotating the bedrock keys next week, no tokens needed",
  ]);
});

/**
 * Markdown bold typed out of habit ("Do **not** revoke — checkout depends on it"): the words between the pair of
 * "**" are the words, not a trailing "**" that corrects the value before it ("token 6h** 8h", corrections.ts).
 * The "not" inside the bold was read as "… , actually revoke", and the rotation before it lost to a revoke.
 */
describe('Markdown bold is the words in it', () => {
  reads([
    [
      '*INC-20931*: rotate the key for onboarding-flow immediately. Do **not** revoke — checkout depends on it.',
      'rotate',
      'onboarding-flow',
    ],
    ['rotate the **ads** key pls', 'rotate', 'ads'],
    ['**token** for 2h', 'token', null],
    ['**URGENT**: revoke the search-api key, it leaked', 'revoke', 'search-api'],
  ]);
  neverActs([
    'Do **NOT** rotate the billing key, it is fine',
    "please **don't** revoke the search-api key",
    '**never** deprovision old-crm without asking me',
  ]);
});
