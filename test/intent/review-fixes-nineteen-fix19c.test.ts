/**
 * Review fixes of round nineteen (fix19c): reviewer A's confirmed findings left by fix19a, each as a
 * mechanism, with the reviewer's texts, texts of our own of the same kind, and look-alikes whose reading
 * must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

describe('9. a story of a token, then a value pressed for (urgent, asap, go) asks for the token', () => {
  keeps([
    ['I requested a token. 6h - urgent', 'token'],
    ['I requested a token. 6h - asap', 'token'],
    ['we got a token earlier. 8h, go', 'token'],
    // our own
    ['we requested a tkn this morning. 4h - urgently', 'token'],
    ['my teammate got a token earlier. 2h, asap', 'token'],
    ['I got a token yesterday. 6 hours — quick pls', 'token'],
    ['I got a token earlier. 3h, go', 'token'],
    ['we got a token earlier. 1h, now', 'token'],
  ]);
  // look-alikes: the value tells how long the token got lasts; nothing is asked.
  nothingAsked([
    'I got a token this morning. 2h',
    'Priya asked for a token yesterday. 4h',
    'I got a token this morning. 5h, the max I could get',
    'my colleague got a token for the audit. 6h (the longest allowed)',
  ]);
});

describe('10. "what is registered with the bot" is the list only when asked as a whole', () => {
  keeps([
    ["what's registered with bedrock for kyc, and who owns it?", 'details', 'kyc'],
    // our own
    ["what's onboarded on bedrock for ledger, and when was it added?", 'details', 'ledger'],
    ["what's set up with bedrock for search?", 'details', 'search'],
    ['what is registered with bedrock for payments?', 'details', 'payments'],
    ["what's set up on bedrock for checkout and when does its key expire?", 'details', 'checkout'],
  ]);
  it.each(['what is onboarded on bedrock under growth?'])('%j is not the list of units', (text) => {
    expect(parseRequest(text).intent).not.toBe('list');
    expect(acted(text)).toBe(false);
  });
  // look-alikes: asked as a whole, with or without a reason after it.
  keeps([
    ["what's registered with the bot? need the list for the PCI audit", 'list'],
    ['what is onboarded on bedrock?', 'list'],
    ["what's registered with bedrock?", 'list'],
    ["who's signed up with you, need it for the audit", 'list'],
    ["so what's registered with you?", 'list'],
    ["so what's signed up with bedrock currently?", 'list'],
  ]);
});

describe('11. models of a family of ours, or asked of the bot, are the models read', () => {
  keeps([
    ['which models of embeddings can we use?', 'models'],
    ['which models of chatbots are there', 'models'],
    ['models of rerankers available?', 'models'],
    ['which models of transformers can I call', 'models'],
    ['which models of image models do we get', 'models'],
    ['what models of image generators do you support?', 'models'],
    // our own
    ['which models of embedding models are enabled for growth?', 'models'],
    ['what models of chatbots can ads use?', 'models'],
    ['which models of deepseek can I use', 'models'],
    ['what models of summarisers do you offer?', 'models'],
  ]);
  // look-alikes: another trade's products stay no read of ours.
  nothingAsked([
    'which models of safety glasses do we stock?',
    '12 models of printers in the office',
    'which models of card readers do the branches use?',
    'which models of transformers are installed at substation 4?',
    'models of image sensors in the new cameras',
  ]);
});

describe("6. a ticket or sprint beside a unit that is the read word's object is the reason, not a record", () => {
  keeps([
    ['history of ads for INC-4412', 'history', 'ads'],
    ['audit log for growth for CHG-10442', 'history', 'growth'],
    ['spend for kyc on JIRA-221', 'spend', 'kyc'],
    ['history for growth, for INC-4412', 'history', 'growth'],
    ['history of ads for sprint 42', 'history', 'ads'],
    ['spend for checkout on sprint 12', 'spend', 'checkout'],
    ['history of kyc for inc 5521', 'history', 'kyc'],
    ['history of payments for change 10442', 'history', 'payments'],
    ['spend of growth for cr 2231', 'spend', 'growth'],
    // our own
    ['spend of billing for pr 4410 please', 'spend', 'billing'],
    ['key history of ledger for chg 2231', 'history', 'ledger'],
    ['spend for kyc in sprint 14', 'spend', 'kyc'],
    ['audit trail for ads for INC-0099', 'history', 'ads'],
  ]);
  // look-alikes: another trade's records stay no read of ours.
  nothingAsked([
    'history of room 412 minibar charges',
    'history of downtime on cnc_07 for the last quarter',
    'price history for sku 448812 looks off',
    'history of PNR QX7Z2L',
    'history of room 412',
    'history of complaints for order 55821, customer escalated',
  ]);
});

describe('7. a history word outside the span the unit was read from is a read of its own', () => {
  keeps([
    ["audit the audit team's key", 'history', 'audit-team'],
    ['events of the events team key', 'history', 'events-team'],
    ['logs of the logs team key', 'history', 'logs-team'],
    ['activity of the activity feed team key', 'history', 'activity-feed-team'],
    ['audit for the audit squad api key', 'history', 'audit-squad'],
    // our own
    ['history for the events team', 'history', 'events-team'],
    ['audit of the audit squad key please', 'history', 'audit-squad'],
    ["events for the events team's key", 'history', 'events-team'],
  ]);
  // look-alikes: the word only in the name asks for no read.
  keeps([
    ['api key for the events sales team', 'create_key', 'events-sales-team'],
    ['key for the audit squad', 'create_key', 'audit-squad'],
    ['rotate the key for the audit squad', 'rotate', 'audit-squad'],
    ['new key for the events team please', 'create_key', 'events-team'],
    ['revoke the logs team key', 'revoke', 'logs-team'],
  ]);
});
