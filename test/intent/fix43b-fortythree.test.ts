/**
 * Round forty-three, fix43b (tuned-styles-long, -lay, -followups): the kinds of writing the three style files of
 * long messages, lay staff and follow-ups share. Sentences of our own of each kind, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe('a change said instead of a negated one: after a preamble, in lay words, and set against its noun', () => {
  reads([
    [
      "Re my revoke request earlier: no, actually, don't revoke the hull-scan key, just rotate it",
      'rotate',
      'hull-scan',
    ],
    ["Re: yesterday's revoke request — don't revoke crew-chat's key, just rotate it", 'rotate', 'crew-chat'],
    ["please don't take the invoice-bot key away, just change it", 'rotate', 'invoice-bot'],
    ["don't revoke the menu-ai key, only change it please", 'rotate', 'menu-ai'],
    ['menu-ai: a rotation, not a revoke — the kitchen screens need it', 'rotate', 'menu-ai'],
    ['a rotation for hull-scan please, not a deprovision', 'rotate', 'hull-scan'],
  ]);
  // look-alikes: the key kept, a change of its owner, and a remark on a word keep their reading
  nothingAsked([
    "don't take the invoice-bot key away, just leave it",
    "don't take the invoice-bot key away, just change it to bob",
    'not a revoke fan tbh',
  ]);
  // a change said instead is asked about before anything is done
  neverActs([
    "please don't take the invoice-bot key away, just change it",
    'menu-ai: a rotation, not a revoke',
  ]);
});
