import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

type Case = [string, keyof ParseResult, unknown];

/** Lifetimes as people write them, in English and other languages: the token gets what was asked. */
describe('durations people write', () => {
  it.each<Case>([
    ['token for three and 1/2 hours please', 'ttlSeconds', 12_600],
    ['token for two and half hour', 'ttlSeconds', 9000],
    ['a half-hour token would do', 'ttlSeconds', 1800],
    ['one more token please, for another hour', 'ttlSeconds', 3600],
    ['token eineinhalb Stunden bitte', 'ttlSeconds', 5400],
    ['token tres horas y media', 'ttlSeconds', 12_600],
    ['token 3 saat', 'ttlSeconds', 10_800],
    ['token 4 jikan', 'ttlSeconds', 14_400],
    ['token voor drie uur', 'ttlSeconds', 10_800],
    ['token di tre ore per favore', 'ttlSeconds', 10_800],
    ['key for team logistiek aanmaken, 3 weken', 'expiryDays', 21],
  ])('%s → %s %s', (text, slot, want) => {
    const r = parseRequest(text);
    expect(r[slot]).toBe(want);
    expect(r.problems ?? []).toEqual([]);
  });
});

/** The value stated last wins, however the writer takes the first one back. */
describe('corrections of a value', () => {
  it.each<Case>([
    ['8h, no wait, 3h will do. token pls', 'ttlSeconds', 10_800],
    ['token 5 Stunden, ach nein, 3 Stunden', 'ttlSeconds', 10_800],
    ['token for 10h? hmm, too much, 4h is plenty', 'ttlSeconds', 14_400],
    ['could I get a token for a couple of hours? let\u2019s say 3.', 'ttlSeconds', 10_800],
    ['Key for ledger-sync please. Expiry: 30 days, no wait, 45 days.', 'expiryDays', 45],
    [
      'Please create a key for billing-etl with 30 days. Correction: 60 days, our policy caps it there.',
      'expiryDays',
      60,
    ],
  ])('%s → %s %s', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toBe(want);
  });
});

/** Values come from the sentence that asks or gives the request a value, not from the story around it. */
describe('which sentence states the value', () => {
  it.each<Case>([
    ['Please create a key for the ledger unit. It should expire in 5 weeks.', 'expiryDays', 35],
    [
      'New key for the Claims Team please, owner <@U04CLAIMS>. They launch in May; the key should last 3 weeks.',
      'expiryDays',
      21,
    ],
    ['Please set up an api key:\n- unit: ledger-sync\n- expiry: 45 days\n- ticket: OPS-12', 'expiryDays', 45],
    [
      'Create access keys for the billing-etl unit; the workers read the default chain. Validity 60 days per our standard.',
      'expiryDays',
      60,
    ],
    [
      'Our quarterly review is a pain this year. Could I get a token? Something like 3 and a half hours would be ideal.',
      'ttlSeconds',
      12_600,
    ],
    [
      'The workshop runs 20 hours over two days, but I only need access for the demo. Token for four hours please.',
      'ttlSeconds',
      14_400,
    ],
    ['token for 2h, eu-west-1 (not us-east-1, that was last year\u2019s setup)', 'region', 'eu-west-1'],
    ['token for 2h, eu-west-1 (not us-east-1, that was last year\u2019s setup)', 'ttlSeconds', 7200],
    [
      'Our ETL jobs run all night and need credentials that last longer than a day. Please create an api key for etl-nightly.',
      'expiryDays',
      null,
    ],
    [
      'The search service has been on a shared token for 2 months. Can you create a key for search-svc?',
      'expiryDays',
      null,
    ],
  ])('%s → %s %s', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toBe(want);
  });

  it('a bound asked about is no lifetime: the question carries no ttl', () => {
    for (const text of [
      'why do tokens stop at 12 hours max?',
      'why does my token stop working after an hour?',
    ]) {
      const r = parseRequest(text);
      expect(r.intent).toBe('help');
      expect(r.ttlSeconds).toBeNull();
    }
  });
});

describe('idioms are no lifetimes', () => {
  it('"when you get a sec" asks for a token with no lifetime, and nothing is refused', () => {
    const r = parseRequest('token for me when you get a sec');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBeNull();
    expect(r.problems ?? []).toEqual([]);
  });
});

describe('key kind, all and periods as stated', () => {
  it.each<Case>([
    ['revoke the access key for ledger-sync, we switched to the api key', 'keyKind', 'access-key'],
    ['please create a key for ledger-sync; we migrated to access keys last quarter', 'keyKind', 'access-key'],
    ['a bearer token for 2h please', 'keyKind', 'api-key'],
    [
      'please revoke the old access keys for fx-pricing; we switched to the API key from last week',
      'all',
      true,
    ],
    ['revoke one of the keys for fx-pricing', 'all', false],
    ['hist fx-pricing 14d', 'period', { kind: 'days', days: 14 }],
    ['spend for fx-pricing prev month', 'period', { kind: 'month', monthsAgo: 1 }],
    ['historial de fx-pricing del mes pasado', 'period', { kind: 'month', monthsAgo: 1 }],
    ['quanto ha speso fx-pricing a marzo', 'period', { kind: 'named-month', month: 3, year: null }],
  ])('%s → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});

describe('what the credential is for names its provider', () => {
  it.each<Case>([
    [
      'My manager would like to try Claude before the board call. Could you send me a token for an hour?',
      'provider',
      'anthropic',
    ],
    ['For the bake-off (Llama vs. the vendor tool) I need a token for 2 hours.', 'provider', 'meta'],
    ['For the bake-off (Llama vs. the vendor tool) I need a token for 2 hours.', 'ttlSeconds', 7200],
  ])('%s → %s %s', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toBe(want);
  });

  it('a provider used in the past is story, not the request', () => {
    expect(
      parseRequest('Last year we tried Cohere for search and dropped it. Could I get a token for 2 hours?')
        .provider,
    ).toBeNull();
  });
});
