import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { rewriteSurface } from '../../src/intent/surface.js';

/**
 * Values said aloud (dictation, voice notes) or typed the way they are said: corrections without
 * punctuation and in several steps, spoken compound durations, names with spoken numbers and
 * letters, spoken punctuation and spoken Region codes.
 */
describe('spoken corrections: the value stated last wins', () => {
  it.each<[string, number]>([
    ['token for three hours no four', 14_400],
    ['gimme a token two hours no wait three', 10_800],
    ['token 5h no 6 please', 21_600],
    ['a token for one hour um no make it two', 7_200],
    ['token for ten hours sorry nine', 32_400],
    ['need a token 4h. wait make it 5. no 4. ok 4 final', 14_400],
    ['token thirty minutes no forty five', 2_700],
    ['hey bot token for 90 mins actually make it 120', 7_200],
    ['token for eight hours i mean seven', 25_200],
    ['token for six no seven no eight hours', 28_800],
    ['token for a couple hours no wait three', 10_800],
    ['token two hours actually no three hours actually two', 7_200],
  ])('"%s" asks for a token of %i s', (text, ttl) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(ttl);
  });

  it.each<[string, number]>([
    ['new key for growth forty five days no thirty', 30],
    ['create a key for ledger for ninety days no make it sixty', 60],
    ['key for search-ads 30 days no wait 45', 45],
    ['api key for churn-ml twenty days no ten no fifteen days', 15],
    ['key for payroll-bot sixty no seventy days', 70],
  ])('"%s" asks for a key of %i days', (text, days) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('create_key');
    expect(parse.expiryDays).toBe(days);
  });

  it.each<[string, string]>([
    ['rotate the key for ledger no wait for ledger api', 'ledger-api'],
    ['revoke the key for search no for search m l sorry', 'search-ml'],
    ['create a key for the vision m l team no wait just vision m l', 'vision-ml'],
    ['details for payroll no for payroll nightly', 'payroll-nightly'],
  ])('"%s" names the unit said last (%s)', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'token for two hours no wait never mind',
    'revoke the key for ledger no wait dont',
    'rotate the ledger key no actually leave it',
    'a token for three hours no scratch that i dont need one',
  ])('"%s" is taken back: nothing is done', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });

  it.each(['no 2 people on our team can agree on anything', 'we tried 3 hours no 4 people debugging it'])(
    '"%s" states no lifetime',
    (text) => {
      expect(parseRequest(text).ttlSeconds).toBeNull();
    },
  );
});

describe('spoken compound durations', () => {
  it.each<[string, number]>([
    ['token for two hours fifteen please', 8_100],
    ['token one hour forty five', 6_300],
    ['token for an hour fifteen', 4_500],
    ['can i get a token for three hours thirty in frankfurt', 12_600],
    ['token for an hour n a half', 5_400],
    ['token for one hour and ten', 4_200],
  ])('"%s" lasts %i s', (text, ttl) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(ttl);
  });

  it.each(['token for 2 hours fifteen people need it', 'token for an hour, thirty of us are waiting'])(
    '"%s" has no minutes in its lifetime',
    (text) => {
      expect([7_200, 3_600]).toContain(parseRequest(text).ttlSeconds);
    },
  );
});

describe('spoken names', () => {
  it.each<[string, string]>([
    ['key for customer three sixty', 'customer-360'],
    ['rotate the key for vision two', 'vision-2'],
    ['what did portal three sixty five cost us last month', 'portal-365'],
    ['details for customer 360 please', 'customer-360'],
    ['create a key for atlas 2030', 'atlas-2030'],
    ['revoke the key for insight twenty twenty', 'insight-2020'],
  ])('"%s" names %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each<[string, number]>([
    ['key for ledger three days', 3],
    ['key for ledger for thirty days', 30],
  ])('"%s" keeps its number as the lifetime (%i days)', (text, days) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBe('ledger');
    expect(parse.expiryDays).toBe(days);
  });

  it.each<[string, string, string]>([
    ['create an access key for ledger period owner is kim at acme dot com period', 'ledger', 'kim@acme.com'],
    [
      'new key for payroll-bot period the owner is jo dot lee at acme dot com',
      'payroll-bot',
      'jo.lee@acme.com',
    ],
  ])('"%s": "period" is a full stop (%s, %s)', (text, unit, owner) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe(unit);
    expect(parse.owner).toBe(owner);
  });

  it.each(['history for ledger for the period of march', 'what did growth spend in the trial period'])(
    '"%s": "period" as a word stays one',
    (text) => {
      expect(parseRequest(text).businessUnit).not.toBe('period');
    },
  );
});

describe('spoken Region codes', () => {
  it.each([
    'token in pluto east one for an hour',
    'token for two hours in the venus north two region',
    'models in us east nine',
  ])('"%s" names a Region that does not exist', (text) => {
    const parse = parseRequest(text);
    expect(parse.region).toBeNull();
    expect(parse.problems?.map((x) => x.slot)).toContain('region');
  });
});

describe('numbers after a name that are not part of it', () => {
  it.each<[string, string | null]>([
    ['show me spend for all units, I only need the top five', null],
    ['key for ledger two keys please', 'ledger'],
  ])('"%s" names %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each(['rotate the search one please', 'revoke the ledger one, the old one', 'the first two are fine'])(
    '"%s" keeps its words as written',
    (text) => {
      expect(rewriteSurface(text)).toBe(text);
    },
  );
});

describe('spaced names given as the unit', () => {
  it.each<[string, string]>([
    ['new key please unit is fraud triage owner is kim@acme.com', 'fraud-triage'],
    ['ok so the unit is payments core, key please', 'payments-core'],
    ['create a key for jo@acme.com in the unit risk ops', 'risk-ops'],
    ['rotate the key of the unit search quality', 'search-quality'],
    ['revoke everything for the launch week unit', 'launch-week'],
    ['details of the doc search unit please', 'doc-search'],
  ])('"%s" names %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'the unit tests are failing again, ugh',
    'the unit is blocked until friday',
    'which unit is the weekly sync for?',
  ])('"%s" names no unit and does not act', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });
});

describe('spoken years and key kinds', () => {
  it.each<[string, number, number]>([
    ['what did ledger spend in october twenty twenty six', 10, 2026],
    ['history for growth in march two thousand twenty five', 3, 2025],
    ['spend for search in january twenty twenty seven please', 1, 2027],
  ])('"%s" names month %i of %i', (text, month, year) => {
    expect(parseRequest(text).period).toEqual({ kind: 'named-month', month, year });
  });

  it.each(['sig v four keys for ledger please', 'an access key for growth, the sig v 4 kind'])(
    '"%s" asks for access keys (SigV4)',
    (text) => {
      expect(parseRequest(text).keyKind).toBe('access-key');
    },
  );
});
