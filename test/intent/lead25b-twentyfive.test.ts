/**
 * Round twenty-five, after the merges: the one text of the round's blind files acted on (read alone, after the
 * round's work was measured) was a colocated machine decommissioned by its noun and a code with letters and
 * digits on both sides of the dash ("colo box ny4-r17"). sweep25a's reading of a thing named by its noun and
 * its code took only codes like "H-2" or "BH-12". The kind, with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { acted, keeps, nothingAsked } from './acted.js';

describe('a machine named by its noun and a code with letters and digits on both sides is that machine', () => {
  nothingAsked([
    'decommission colo box ld5-a03, nothing has run on it since the move',
    'decommission the colo box ny4-r17',
    'deprovision the dev box bx-12, it was only for the demo',
    'decommission hearse H-2',
    'deprovision rack ld5-a03, it is empty now',
  ]);
  keeps([
    ['deprovision ny4-r17', 'deprovision', 'ny4-r17'],
    ['deprovision unit ny4-r17', 'deprovision', 'ny4-r17'],
    ['deprovision ads-v2', 'deprovision', 'ads-v2'],
    ['deprovision the ab1-c2 team', 'deprovision', 'ab1-c2-team'],
    ['revoke the key for ny4-r17', 'revoke', 'ny4-r17'],
    ['decommission pricing-v2', 'deprovision', 'pricing-v2'],
  ]);
});

/**
 * After the round's retrain, five non-requests of the tuned files were read right only by the classifier's margin
 * and the retrain moved them (one to a list, one to a token asked about). A rule now decides each kind
 * (remark-told.ts), with texts of our own.
 */
describe('a remark that uses our words and asks nothing', () => {
  nothingAsked([
    'the vendor emailed their own api key to our whole team, again 🤦',
    'our intern pushed his own github token to a public repo lol',
    'the customer shared their own aws credentials in the support ticket',
    "the bot's name is bedrock, like the flintstones 😂",
    "the bot's icon looks like a potato",
    'joke of the day: why did the token expire? it was tired',
    "dad joke: I lost my keys, now I'm locked out of the key rotation meeting",
    'fun fact: a bedrock token lasts at most 12 hours',
    'is it confirmed the ads-ml key leaked? nobody has shown me the log',
    'was it actually true that the growth token was exposed?',
    'the new starter needs a parking permit, who issues those?',
    'visitor badges again — who hands out these?',
  ]);
  keeps([
    ['the vendor pasted our growth key in their slack, rotate it please', 'rotate', 'growth'],
    ["the bot's name is bedrock, can I get a token for 2h", 'token'],
    ['fun fact: tokens expire. token for 3h please', 'token'],
    ['who approves those keys for finance?', 'help'],
  ]);
  it('a lifetime asked after a remark is still a token', () => {
    expect(acted('joke of the day: tokens expire. anyway, token for 3h please')).toBe(true);
  });
});
