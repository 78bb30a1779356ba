import { describe, expect, it } from 'vitest';
import { parseRequest, parseRequestWith } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('look-alike chit-chat and put-off requests', () => {
  it.each([
    'lost my car keys somewhere in the office lol',
    'can someone rotate the coffee rota, i did it twice',
    'remove the duplicate rows from the sheet pls',
    'API keys are a mess at my last company lol',
    'make the sales deck shorter please',
  ])('"%s" is no request', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    'postpone the revoke for legacy-etl until after the release',
    "let's hold off on rotating the search key until monday",
    'wait with the offboarding of insights, they still need it',
  ])('"%s" is put off, not done', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it('still reads the request left after what is put off', () => {
    const r = parseRequest('hold off on the rotation for now, but give me a token for 2h');
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 7200]);
    const s = parseRequest('no need for an api key, just a token for 30 min');
    expect([s.intent, s.ttlSeconds]).toEqual(['token', 1800]);
  });

  it('takes the value stated last in an edit or a "wait"', () => {
    expect(parseRequest('key for ml-platform for 30 days (edit: 45)').expiryDays).toBe(45);
    expect(parseRequest('token 2h — wait, 3h').ttlSeconds).toBe(10_800);
  });

  it('reads lifetimes in fortnights, quarters and half years', () => {
    expect(parseRequest('key for insights valid a fortnight').expiryDays).toBe(14);
    expect(parseRequest('rotate the ads-ranking key, new one good for a quarter').expiryDays).toBe(90);
    expect(parseRequest('api key for vendor-portal, valid half a year').expiryDays).toBe(180);
  });

  it('offers the rules alone and the classifier alone for measurement, with the same slots', () => {
    const text = 'rotate the key for marketing';
    for (const use of ['rules', 'classifier', 'both'] as const) {
      const r = parseRequestWith(text, use);
      expect([r.intent, r.businessUnit]).toEqual(['rotate', 'marketing']);
    }
  });
});
