/**
 * Round eighteen, decision18: the classifier's word pairs also with the lexicon tag in place of either
 * word (features.ts), so that another writer's verb for the same request, in the same place, pairs as
 * the corpus's verbs did. Sentences written before the parser's answer was looked at: requests in
 * verbs of the lexicon the corpus uses less, and look-alikes (the same verbs about something else)
 * that must ask nothing.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe("another writer's verb for a request pairs as the corpus's did", () => {
  keeps([
    ['cycle the api key for growth-analytics pls', 'rotate', 'growth-analytics'],
    ['could you regen the key for ledger-sync', 'rotate', 'ledger-sync'],
    ['pls yank the ads-reporting key, it leaked', 'revoke', 'ads-reporting'],
    ['offboard the churn-model team from bedrock, they are gone', 'deprovision'],
    ['decommission everything for fraud-scoring', 'deprovision', 'fraud-scoring'],
    ['mint a new api key for search-ranking', 'create_key', 'search-ranking'],
    ['swap out the key for billing-etl', 'rotate', 'billing-etl'],
    ['kill the payments-risk key asap', 'revoke', 'payments-risk'],
    ['gimme a key for recsys-lab', 'create_key', 'recsys-lab'],
    ['rekey ledger-sync please', 'rotate', 'ledger-sync'],
  ]);
});

describe('look-alikes: the same verbs about something else ask nothing', () => {
  nothingAsked([
    'we cycle the on-call rota every monday',
    'my car key got swapped at the valet lol',
    'they decommissioned the old data centre last year',
    'kill the music in the office please, it is too loud',
    'the printer queue needs a reset before lunch, can someone in facilities do it',
    'mint tea or coffee for the offsite?',
  ]);
});
