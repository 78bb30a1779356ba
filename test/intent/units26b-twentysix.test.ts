/**
 * Round twenty-six, units26b: requests read with the wrong unit or none (round twenty-five's blind files, now
 * tuned). Sentences of our own, written before the parser's answer was looked at, and look-alikes that must not
 * change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads } from './acted.js';

/** Each text names no unit and is never acted on with one (whatever it is read as). */
const noUnit = (texts: string[]) =>
  it.each(texts)('%j names no unit', (text) => {
    expect(parseRequest(text).businessUnit ?? null).toBeNull();
  });

describe('a team, desk or squad named with a capitalised or place word before the group noun is the unit', () => {
  reads([
    ['key for the Tokyo desk, owner <@U06JUNTK8>', 'create_key', 'tokyo-desk'],
    ['new key for the Kennel Bookings squad', 'create_key', 'kennel-bookings-squad'],
    ['rotate the London desk key', 'rotate', 'london-desk'],
    ['pls revoke the key of the *Singapore Desk*', 'revoke', 'singapore-desk'],
    ['create a key for the Dog Grooming Bookings squad', 'create_key', 'dog-grooming-bookings-squad'],
    ['create an api key for the Lagos pod please', 'create_key', 'lagos-pod'],
    ['rotate the key for the *Returns Desk*', 'rotate', 'returns-desk'],
    ['can you set up a key for the Night Shift crew', 'create_key', 'night-shift-crew'],
    ['revoke the loan desk key', 'revoke', 'loan-desk'],
    ['pls make an acess key for the Sydney squad, expires in 90 days', 'create_key', 'sydney-squad'],
  ]);
  // look-alikes: a Region, a place of the story, furniture
  noUnit(['key for the Tokyo region', 'new api key in the Frankfurt region pls']);
  reads([
    ['create a key for growth in Tokyo', 'create_key', 'growth'],
    ['greetings from the Lisbon office, please rotate the ads key', 'rotate', 'ads'],
  ]);
  noUnit(['key for the London office', 'greetings from the Lisbon office']);
  nothingAsked([
    'the borrow desk needs more stock',
    'the Tokyo desk is closed today',
    'need a key for the kennel please',
  ]);
  neverActs(['I left my key at the Tokyo desk', 'key for the storage hall, front door']);
  neverActs(['I left my key at the front desk', 'the Kennel Bookings squad lost their key again']);
});

describe('"key for <two lower-case words>" is a name said in words; "Name (`code`)" is the code', () => {
  reads([
    ['key for notes summary', 'create_key', 'notes-summary'],
    ['key for Glossary Check (`glossary-check`)', 'create_key', 'glossary-check'],
    ['new key for invoice matcher pls', 'create_key', 'invoice-matcher'],
    ['rotate the key for release check', 'rotate', 'release-check'],
    ['new key for Status Check (`status-check`)', 'create_key', 'status-check'],
    ['Key for Lead Scoring (`lead-scoring`) please', 'create_key', 'lead-scoring'],
    ['rotate the key for Price Watch (`price-watch`)', 'rotate', 'price-watch'],
    ['need a key for shift planner, expires in 30 days', 'create_key', 'shift-planner'],
  ]);
  // look-alikes: words after "key for" that are a lifetime or a purpose, not a name
  reads([
    ['key for two weeks', 'create_key', null],
    ['details for glossary-check', 'details', 'glossary-check'],
    ['check the status-check key', 'details', 'status-check'],
  ]);
  nothingAsked(['the invoice matcher is broken']);
  neverActs(['rotate the key for office tools', 'a key for the door opener']);
  noUnit(['key for testing purposes', 'key for local dev']);
  nothingAsked(['Glossary Check (`glossary-check`) is down again']);
  neverActs(['what is the key for notes summary?', 'the key for notes summary expired yesterday']);
});

describe('words that are never units: foreign verbs and particles, an adjective before a hyphenated name, a client in a reason, "whoever owns"', () => {
  reads([
    [
      "Bonjour, pourriez-vous créer une clé API pour l'unité compliance-nlp ? owner <@U07ABCDEF>",
      'create_key',
      'compliance-nlp',
    ],
    ["Bonjour, pourriez-vous créer une clé pour l'unité risk-ml ?", 'create_key', 'risk-ml'],
    ['pa-rotate naman po ng key ng post-edit-assist', 'rotate', 'post-edit-assist'],
    ['pa-revoke naman ng key ng doc-ai', 'revoke', 'doc-ai'],
    ['access key for the legacy quote-estimator-v1, expires in 2 years', 'create_key', 'quote-estimator-v1'],
    ['rotate the old billing-api key', 'rotate', 'billing-api'],
    ['revoke the legacy doc-ai key please', 'revoke', 'doc-ai'],
    ['rotate all the keys pls, security audit from the bank client next week', 'rotate', null],
    ['revoke all keys, audit from the insurance client on monday', 'revoke', null],
    ['key for whoever owns subtitle-sync, they asked me in DM', 'create_key', 'subtitle-sync'],
    ['rotate the key for whoever runs ocr-pipeline', 'rotate', 'ocr-pipeline'],
    ['new key for whoever owns fraud-ml pls', 'create_key', 'fraud-ml'],
    ['new key for growth, they asked me in DM', 'create_key', 'growth'],
    ["rotate ads' key, she pinged me on slack", 'rotate', 'ads'],
    ['rotate every key please — pen test from the retail customer tomorrow', 'rotate', null],
  ]);
  // look-alikes: the name itself starts with the adjective; a team named so
  reads([
    ['key for the legacy-billing service', 'create_key', 'legacy-billing'],
    ["rotate old-search's key", 'rotate', 'old-search'],
    ['create a key for new-hire-bot', 'create_key', 'new-hire-bot'],
  ]);
  nothingAsked(['the bank client has a security audit next week']);
  neverActs([
    'who owns subtitle-sync?',
    'the legacy quote-estimator-v1 still runs every night',
    "revoked growth's key, they asked me in DM",
  ]);
  reads([['rotate the growth key, audit from the bank client next week', 'rotate', 'growth']]);
  neverActs([
    "pourriez-vous m'expliquer comment créer une clé ?",
    'whoever owns subtitle-sync should rotate it',
  ]);
});

describe('"<unit> thing/stuff" names the unit', () => {
  reads([
    [
      'a permanent AI login for the rota-planner thing, it runs every night at 2am',
      'create_key',
      'rota-planner',
    ],
    ['key for the invoice-bot thing pls', 'create_key', 'invoice-bot'],
    ['rotate the key for the search-v2 stuff', 'rotate', 'search-v2'],
    ['revoke the doc-ai thing’s key', 'revoke', 'doc-ai'],
    ['new key for that churn-model thingy', 'create_key', 'churn-model'],
  ]);
  noUnit(['key for the thing']);
  reads([["rotate growth's key, same thing as last month", 'rotate', 'growth']]);
  nothingAsked(['the rota-planner thing broke again', 'that rota-planner thing is great']);
  neverActs(['the search-v2 stuff needs a key, maybe?']);
  noUnit(['who deleted the legacy stuff?']);
});
