/**
 * Round thirty, fixcorpus30: kinds of misreading found in the corpus's train and dev errors and in round
 * twenty-nine's blind files (now tuned-{cruise,architects,greenhouse}). Sentences of our own, not corpus texts
 * (other trades, units, words and shapes), and the look-alikes that must not change.
 */
import { describe } from 'vitest';
import { nothingAsked, reads } from './acted.js';

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
