/**
 * Round sixty-one, fix61 missed: requests that were answered with "I didn't get that".
 *  - a command asked of a named unit, answered at once with another plain name ("revoke data-export? nope, heron"): the
 *    name meant, not a take-back (plain-name-answer.ts); a judgement, a time, a given name or an adverb still takes it
 *    back;
 *  - a name closed by a group noun after the take-back ("…, no, the pricing squad"), and the unit corrected to with the
 *    one before said to be fine ("— nah wait, claims-triage's, invoice is fine"): corrected, not withdrawn (negation.ts,
 *    corrections.ts);
 *  - an apology for noise made earlier beside a request ("token 2h please, and sorry for the noise earlier"): the request
 *    stands (withdrawal.ts); "sorry for the noise" after the request still takes it back;
 *  - forms: a kind field that names a token ("Ticket type: token"), and purposes of subtitling or of work done again
 *    ("re-check the contracts"): a token from the form's fields (form-reading.ts);
 *  - the key emoji standing for the word, then whom for and a please (":key: for marketing-ops pls"): a key (surface.ts).
 * Every sentence is the fixer's own.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, nothingAsked, reads } from './acted.js';

describe('a command asked of a named unit, answered with the name meant', () => {
  reads([
    ['revoke data-export? nope, heron', 'revoke', 'heron'],
    ['rotate the ops-bot key? nah, falcon', 'rotate', 'falcon'],
    ['revoke billing-v2? nope, pelican please', 'revoke', 'pelican'],
    ['revoke the search-v3 key? nope, kestrel thanks', 'revoke', 'kestrel'],
    ['rotate the eta-model key? nah, osprey please', 'rotate', 'osprey'],
  ]);
  it('a plain name answering the question is asked about or acted on for that unit only', () => {
    const parse = parseRequest('rotate the ops-bot key? nah, falcon');
    expect(parse.businessUnit).toBe('falcon');
  });
  nothingAsked([
    'revoke client-portal? nope, later',
    'rotate the ads-ml key? nah, overkill',
    'revoke the growth-v2 key? no, seriously',
    'revoke data-export? nope, alice',
    'revoke the beta-app key? nope, not yet',
    'rotate the core-api key? nah, tomorrow',
    'did anyone rotate the pos-v2 key? nope, nobody',
    'should we revoke vendor-sync? nah, whatever',
    'rotate it? nope, happy as it is',
  ]);
});

describe('a name closed by a group noun, or the unit before said to be fine: corrected', () => {
  reads([
    ['rotate the key for the shipping tracker, no, the pricing squad', 'rotate', 'pricing-squad'],
    ['revoke the route planner key, nope, the mapping lab', 'revoke', 'mapping-lab'],
    ["rotate the invoice-ocr key — nah wait, claims-triage's, invoice is fine", 'rotate', 'claims-triage'],
    ["revoke the ledger-v1 key, nope wait, audit-trail's, ledger is ok", 'revoke', 'audit-trail'],
    ['revoke the pricing api key, no, the forecasting crew', 'revoke', 'forecasting-crew'],
  ]);
  nothingAsked([
    'rotate the seabird-id key — nah wait, seabird is fine',
    'rotate the growth key, no, the front desk',
    'nah wait, the old one is fine',
  ]);
});

describe('an apology for noise made earlier beside a request: the request stands', () => {
  it.each([
    ['token 2h please, and sorry for the noise earlier', 7200],
    ['a 4h token pls — sorry for the noise in this channel yesterday', 14_400],
    ['token 1h please and sorry for the noise yesterday', 3600],
  ])('%j', (text, ttl) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds]).toEqual(['token', ttl]);
  });
  nothingAsked([
    'token 3h pls. oh wait found it, sorry for the noise',
    'token 2h? never mind, sorry for the noise',
    'sorry for the noise earlier, everyone',
    'sorry for the noise in here earlier, the printer is jammed again',
  ]);
});

describe('forms that ask for a token', () => {
  it.each([
    ['Duration: 3h\nPurpose: subtitle the safety training videos\nRequested by: <@U01ABCDEF>', 10_800, null],
    ['Duration: 5h\nPurpose: re-check the supplier contracts', 18_000, null],
    ['Ticket type: token\nDuration: 1h\nRegion: Ireland', 3600, 'eu-west-1'],
    ['Ticket type: token\nDuration: 90 min\nReason: store the catalogue blurbs', 5400, null],
    ['Duration: 4h\nPurpose: re-tag the archive photos', 14_400, null],
  ])('%j', (text, ttl, region) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds, parse.region ?? null]).toEqual(['token', ttl, region]);
  });
  nothingAsked([
    'Duration: 2 hours\nPurpose: quarterly planning offsite\nRequested by: Dana',
    'Duration: 45 min\nPurpose: fire drill walkthrough',
  ]);
  it('a token form whose story takes it back is not acted on', () => {
    expect(acted('Ticket type: token\nDuration: 2h\nReason: just testing, please ignore')).toBe(false);
  });
});

describe('the key emoji standing for the word, with whom for and a please', () => {
  reads([
    [':key: for marketing-ops pls', 'create_key', 'marketing-ops'],
    ['🔑 for the fraud-ml team please', 'create_key', 'fraud-ml-team'],
    [':key: for growth-lab please', 'create_key', 'growth-lab'],
  ]);
  nothingAsked([
    ':key: for success: listen first',
    ':key: for me was the onboarding doc',
    '🔑 for the win',
    'the real :key: for us is testing, please remember',
  ]);
});
