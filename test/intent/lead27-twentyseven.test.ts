/**
 * Round twenty-seven, the lead's fixes by kind (found in the train split's errors, which the rules may read).
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

/**
 * A keyword drawn out for feeling, a letter written three times or more ("TOKENNNN PLEASEEEE 😭", "keyyy for
 * growth"): two extra letters were already read as a typo ("tokennn"), three or more were not, and the message
 * read as chit-chat. No English word has a letter three times in a row, so the run is read once or twice.
 */
describe('a keyword drawn out for feeling is the keyword', () => {
  reads([
    ['TOKENNNN PLEASEEEE 😭😭', 'token', null],
    ['tokennnnn pls', 'token', null],
    ['keyyy for growth', 'create_key', 'growth'],
    ['rotateeee the ads key pleaseee', 'rotate', 'ads'],
    ['revokeeee the billing-bot key NOWWW', 'revoke', 'billing-bot'],
    ['new keyyyy for search-api pleaseeee', 'create_key', 'search-api'],
    ['key for the aaa-team', 'create_key', 'aaa-team'],
  ]);
  neverActs([
    'noooo dont rotate the ads key',
    'sooo many keys lol',
    'tokensss everywhere in this prompt 😂',
    'keyyy question: who has the van keys?',
    'aaand the token ran out again, whatever',
  ]);
});
