import { describe } from 'vitest';
import { keeps, neverActs, stillActs } from './acted.js';

describe('a command of ours with only a tail that holds nothing back is acted on (command-tail.ts)', () => {
  stillActs([
    'rotate the key when you get a chance',
    'rotate the ads key when you can please',
    'revoke the growth key, it expires friday',
    "rotate the payments key, it's due to expire tomorrow",
    'get me a token for 6 hours for the night shift analysis',
    'get me a token for 2h for the churn report',
  ]);
  // Look-alikes: a condition on an event, or a question, still waits or asks.
  neverActs([
    "revoke bob's key when he leaves",
    'rotate the ads key when the migration is done',
    'rotate the ads key once the audit is over, when you get a chance',
    'can you rotate the key when you get a chance?',
  ]);
  keeps([
    ["revoke bob's key when he leaves", 'revoke'],
    ['rotate the ads key when the migration is done', 'rotate', 'ads'],
  ]);
});
