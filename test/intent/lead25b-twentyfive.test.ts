/**
 * Round twenty-five, after the merges: the one text of the round's blind files acted on (read alone, after the
 * round's work was measured) was a colocated machine decommissioned by its noun and a code with letters and
 * digits on both sides of the dash ("colo box ny4-r17"). sweep25a's reading of a thing named by its noun and
 * its code took only codes like "H-2" or "BH-12". The kind, with texts of our own.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

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
