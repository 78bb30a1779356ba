import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { splitCamelCase } from '../../src/intent/service-names.js';

/**
 * Round fourteen's review (fixb): confirmed problems in joined units and service-name shapes. Each
 * section has the reviewer's texts, sentences of the same kind, and look-alikes whose reading stays.
 */
const unitOf = (text: string) => parseRequest(text).businessUnit;

/** Every slot and the question's text of a parse, lower-cased, hyphens and underscores dropped. */
function echoed(text: string): string {
  const p = parseRequest(text);
  const slots = [p.businessUnit, p.owner, p.keyId, p.provider, p.region, p.question?.text ?? ''];
  for (const a of p.question?.alternatives ?? []) slots.push(JSON.stringify(a));
  return slots
    .filter((s) => s !== null)
    .join(' ')
    .toLowerCase()
    .replace(/[-_]/g, '');
}

describe('9. a pasted secret in camelCase shape is never split into a unit', () => {
  it.each([
    ['my new key is sk9aQ2mLx7Rt0pZw4Nc can you rotate it', 'sk9aQ2mLx7Rt0pZw4Nc'],
    ['create a key for uofU0vFxJpr1m7F9e', 'uofU0vFxJpr1m7F9e'],
    ['here is the new one: pk7TmQ9xLw2Rv8Nb3Hc, rotate it', 'pk7TmQ9xLw2Rv8Nb3Hc'],
    ['revoke zq4xRtY7uIoP2aSdF9gH please, it leaked', 'zq4xRtY7uIoP2aSdF9gH'],
    ['the key abcD3fGhIj9KlMnOp0 was pasted in #general, revoke it', 'abcD3fGhIj9KlMnOp0'],
  ])('%j', (text, secret) => {
    const out = echoed(text);
    const low = secret.toLowerCase();
    // Neither the secret nor any piece of it split at its capitals.
    expect(out).not.toContain(low);
    for (const piece of secret
      .replace(/([a-z0-9])(?=[A-Z])/g, '$1 ')
      .toLowerCase()
      .split(' '))
      if (piece.length >= 4) expect(out).not.toContain(piece);
  });

  it('a word with a digit in a part is kept as written', () => {
    expect(splitCamelCase('rotate ads2Bidding')).toBe('rotate ads2Bidding');
    expect(splitCamelCase('key xkQ9vLmN')).toBe('key xkQ9vLmN');
  });

  it.each([
    ['create a key for fraudDetector', 'fraud-detector'],
    ['rotate the key for mlPlatform', 'ml-platform'],
    ['details for searchIndexer', 'search-indexer'],
    ["revoke recsRanker's key", 'recs-ranker'],
  ])('look-alike %j still reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  /** A small seeded generator: the property runs the same strings every time. */
  function randomStrings(count: number, alphabet: string, min: number, max: number): string[] {
    let seed = 20_261_201;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const out: string[] = [];
    while (out.length < count) {
      const len = min + Math.floor(next() * (max - min + 1));
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      out.push(s);
    }
    return out;
  }
  const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const FRAMES = [
    'my new key is {} can you rotate it',
    'create a key for {}',
    'rotate {} please',
    'revoke the {} key',
    'the key {} leaked, rotate it',
  ];

  it('property: no string with a digit is ever split at its capitals', () => {
    for (const s of randomStrings(3000, BASE62, 12, 40))
      if (/\d/.test(s)) expect(splitCamelCase(`rotate ${s} please`)).toBe(`rotate ${s} please`);
  });

  it('property: random base62 strings of 20–40 with a digit appear in no slot of the parse', () => {
    const leaked: string[] = [];
    for (const s of randomStrings(400, BASE62, 20, 40)) {
      if (!/\d/.test(s)) continue;
      for (const f of FRAMES)
        if (echoed(f.replace('{}', s)).includes(s.toLowerCase())) leaked.push(f.replace('{}', s));
    }
    expect(leaked).toEqual([]);
  });
});

describe('6. a team named with "and" is the unit only where the unit was read', () => {
  it.each([
    ['rotate the growth key and let the growth and marketing team know', 'growth'],
    ['rotate the growth key, cc the search and growth team', 'growth'],
    ['revoke the ads key and tell the ads and growth team', 'ads'],
    ['create a key for risk, loop in the risk and fraud team', 'risk'],
    ['rotate the ads key, thanks to the trust and safety team', 'ads'],
    ['rotate the billing key, then notify the billing and payments team', 'billing'],
  ])('%j keeps %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  it.each([
    ['rotate the search and recommendations team key', 'search-and-recommendations-team'],
    ['create a key for the search and recommendations team', 'search-and-recommendations-team'],
    ["revoke the trust and safety team's key", 'trust-and-safety-team'],
  ])('look-alike %j still reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
});

describe('6. a list of three or more units offers every unit', () => {
  it.each([
    ['revoke the keys for growth, ads and risk', ['growth', 'ads', 'risk']],
    ['rotate growth, ads and risk keys', ['growth', 'ads', 'risk']],
    ['deprovision growth, ads, risk and ml', ['growth', 'ads', 'risk', 'ml']],
    ['revoke the growth, ads and risk keys please', ['growth', 'ads', 'risk']],
    ['rotate the keys for billing, search and fraud', ['billing', 'search', 'fraud']],
    ['rotate the growth key and the ads key', ['growth', 'ads']],
    ["revoke growth's and ads' keys", ['growth', 'ads']],
  ])('%j asks with a button per unit', (text, units) => {
    const parse = parseRequest(text);
    expect(parse.question?.alternatives.map((a) => a.request.businessUnit)).toEqual(units);
    for (const u of units) expect(parse.question?.text).toContain(u);
  });
});

describe('7. dotted runs that are abbreviations, hosts, modules or a missing space are no unit', () => {
  it.each([
    ['rotate the key for growth a.k.a. the ads team', 'growth'],
    ['revoke the key on db.prod.local, it leaked', null],
    ['rotate the key used by api.payments.internal', null],
    ['rotate the key in pandas.core.frame', null],
    ['revoke the key at web.staging.corp', null],
    ['create a key for ads, host is cache.eu.svc', 'ads'],
  ])('%j reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  it('a missing space never joins our noun or a courtesy word into a unit', () => {
    expect(echoed('rotate the growth key.thanks.bye')).not.toContain('keythanks');
  });

  it.each([
    ['rotate the ml.search.rank key please', 'ml-search-rank'],
    ['history for ml.search.rank in the last 7 days', 'ml-search-rank'],
    ['details for fraud.scoring.prod', 'fraud-scoring-prod'],
    ['offboard data.lake.ingest, project is over', 'data-lake-ingest'],
  ])('look-alike %j still reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
});

describe('10. a pair "a.b" keeps a file or a domain (the same list as dotted runs)', () => {
  it.each([
    ['rotate the key for ads, see growth.yaml', 'ads'],
    ['create a key for search, config in ranker.toml', 'search'],
    ['revoke the key for risk; it was in deploy.sh', 'risk'],
    ['create a key for billing, see payments.json', 'billing'],
  ])('%j reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
  it.each([
    ['rotate key for growth/experiments', 'growth-experiments'],
    ['rotate the key for risk.scoring', 'risk-scoring'],
  ])('look-alike %j still reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
});

describe('8. a brand or word in lowerCamel keeps its joined form', () => {
  it.each([
    ['rotate the key for our gitHub integration', null],
    ['revoke the devOps key', 'devops'],
    ['create a key for payPal, 30 days', 'paypal'],
    ['rotate the mlOps key', 'mlops'],
    ['details for youTube', 'youtube'],
  ])('%j reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
  it.each([
    ['create a key for fraudDetector', 'fraud-detector'],
    ['new key for team mlPlatform please', 'ml-platform'],
  ])('look-alike %j still reads %s', (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });
});
