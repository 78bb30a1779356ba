import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { AWS_REGIONS } from '../../src/core/aws-regions.js';
import { rewriteRegionNames } from '../../src/intent/regions.js';

describe('region names', () => {
  it.each([
    ['token in n. virginia', 'us-east-1'],
    ['token in northern virginia', 'us-east-1'],
    ['models in us east', 'us-east-1'],
    ['key in ohio', 'us-east-2'],
    ['key in n. california', 'us-west-1'],
    ['models in oregon', 'us-west-2'],
    ['models in us west', 'us-west-2'],
    ['in ireland', 'eu-west-1'],
    ['in london', 'eu-west-2'],
    ['in paris', 'eu-west-3'],
    ['frankfurt region', 'eu-central-1'],
    ['in zurich', 'eu-central-2'],
    ['in stockholm', 'eu-north-1'],
    ['in milan', 'eu-south-1'],
    ['in spain', 'eu-south-2'],
    ['models in tokyo', 'ap-northeast-1'],
    ['the seoul region', 'ap-northeast-2'],
    ['from osaka', 'ap-northeast-3'],
    ['in singapore', 'ap-southeast-1'],
    ['in sydney', 'ap-southeast-2'],
    ['in jakarta', 'ap-southeast-3'],
    ['in mumbai', 'ap-south-1'],
    ['in hyderabad', 'ap-south-2'],
    ['in canada', 'ca-central-1'],
    ['in central canada', 'ca-central-1'],
    ['in montreal', 'ca-central-1'],
    ['in sao paulo!', 'sa-east-1'],
    ['europe (frankfurt)', 'eu-central-1'],
    ['asia pacific (tokyo)', 'ap-northeast-1'],
    ['token use1', 'us-east-1'],
    ['models euc1', 'eu-central-1'],
    ['token us-e-1', 'us-east-1'],
    ['apne1', 'ap-northeast-1'],
    ['in sao paulo', 'sa-east-1'],
    ['in govcloud', 'us-gov-west-1'],
    ['region: tokyo', 'ap-northeast-1'],
    ['us east (n. virginia)', 'us-east-1'],
    ['token in eu west one for one hour', 'eu-west-1'],
    ['which models in us east two', 'us-east-2'],
    ['token in ap south one', 'ap-south-1'],
  ])('%s → %s', (text, code) => {
    expect(rewriteRegionNames(text)).toContain(code);
  });

  it('reads a place as a Region unless it names people, premises or a hyphenated name', () => {
    expect(rewriteRegionNames('token 2h tokyo')).toBe('token 2h ap-northeast-1');
    expect(rewriteRegionNames('the tokyo team')).toBe('the tokyo team');
    expect(rewriteRegionNames('the london office is closed')).toBe('the london office is closed');
    expect(rewriteRegionNames('key in paris-office')).toBe('key in paris-office');
    expect(rewriteRegionNames('models in us east 2')).toBe('models in us-east-2');
    expect(rewriteRegionNames('token in virginia_ops')).toBe('token in virginia_ops');
  });

  it('never produces GovCloud from a plain US region', () => {
    expect(parseRequest('token in us west').region).toBe('us-west-2');
    expect(parseRequest('token in oregon').region).toBe('us-west-2');
  });

  it('reports a Region code that does not exist, never the default and never a unit', () => {
    for (const [text, stated] of [
      ['token in us-east-7', 'us-east-7'],
      ['token in mars-west-1 for 2h', 'mars-west-1'],
      ['key for marketing in eu-central-9', 'eu-central-9'],
    ] as const) {
      const r = parseRequest(text);
      expect(r.region).toBeNull();
      expect(r.businessUnit === null || r.businessUnit === 'marketing').toBe(true);
      expect(r.problems).toEqual([expect.objectContaining({ slot: 'region', stated })]);
    }
  });

  it('keeps hyphenated business units whole', () => {
    expect(parseRequest('create a key for paris-office in frankfurt')).toMatchObject({
      businessUnit: 'paris-office',
      region: 'eu-central-1',
    });
    expect(parseRequest('rotate the tokyo-ops key')).toMatchObject({
      businessUnit: 'tokyo-ops',
      region: null,
    });
  });
});

/** Every Region of the one table, by each name people use for it, inside a real request. */
describe('every AWS Region, every way it is named', () => {
  const SHORT: Record<string, string> = {
    northeast: 'ne',
    southeast: 'se',
    northwest: 'nw',
    southwest: 'sw',
    north: 'n',
    south: 's',
    east: 'e',
    west: 'w',
    central: 'c',
  };
  const ways = AWS_REGIONS.flatMap((r) => {
    const m = /^(.+)-([a-z]+)-(\d+)$/.exec(r.code);
    const short = m?.[1] && m[2] && m[3] ? `${m[1].replace(/-/g, '')}${SHORT[m[2]] ?? m[2]}${m[3]}` : null;
    return [
      [`token 2h in ${r.code}`, r.code],
      [`which models are in ${r.description}?`, r.code],
      ...(short === null ? [] : [[`token 1h ${short}`, r.code]]),
      ...r.places.flatMap((place) => [
        [`token for 2h in ${place}`, r.code],
        [`is claude available in ${place}?`, r.code],
      ]),
    ] as [string, string][];
  });

  it.each(ways)('%s → %s', (text, code) => {
    expect(parseRequest(text).region).toBe(code);
  });

  it.each([
    ['token in us-east-7', 'us-east-7'],
    ['token 2h ap-moon-1', 'ap-moon-1'],
    ['models in eu-middle-9', 'eu-middle-9'],
    ['key for sales in mars-west-1', 'mars-west-1'],
  ])('%s: %s is no Region, said so, never a fall-back', (text, stated) => {
    const r = parseRequest(text);
    expect(r.region).toBeNull();
    expect(r.businessUnit === null || r.businessUnit === 'sales').toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ slot: 'region', stated })]);
  });
});

/** Places in the languages people write in, and the line or sentence that gives the request its Region. */
describe('Regions people name in other languages and other sentences', () => {
  it.each([
    ['token für 2 Stunden in Mailand bitte', 'eu-south-1'],
    ['un token à Londres pour 2 heures', 'eu-west-2'],
    ['token 3h in Tokio', 'ap-northeast-1'],
    ['token 2 horas, región Irlanda', 'eu-west-1'],
    ['modelle in Francfort?', 'eu-central-1'],
    ['token for 1 hour. in Singapur if possible', 'ap-southeast-1'],
    ['token 2h, I am in Munich but region Frankfurt is fine', 'eu-central-1'],
    ['Everything we host lives in sa-east-1 for latency. I need a token for 3 hours there.', 'sa-east-1'],
  ])('%s → %s', (text, code) => {
    expect(parseRequest(text).region).toBe(code);
  });

  it.each([
    'token 2h, I am sitting in Munich this week',
    'our Zurich and Geneva teams met today. please create a key for unit alpine-risk, 30 days',
    'token for 2h pls, our Warsaw office needs it for a demo',
  ])('%s: a city with no Region, or a place naming people, is no Region', (text) => {
    const r = parseRequest(text);
    expect(r.region).toBeNull();
    expect((r.problems ?? []).map((p) => p.slot)).not.toContain('region');
  });

  it('a nonexistent code in another language is still refused, never replaced', () => {
    const r = parseRequest('token 2 Stunden in eu-west-9 bitte');
    expect(r.region).toBeNull();
    expect(r.problems?.map((p) => p.slot)).toEqual(['region']);
  });
});

/** Old names, metro areas, states and short names people use for a Region's place (aws-regions.ts). */
describe('Regions by their old, local and short names', () => {
  it.each([
    ['need a token in Bombay for 3 hrs pls', 'ap-south-1'],
    ['what models do we get in peking?', 'cn-north-1'],
    ['tok 1h, bay area region', 'us-west-1'],
    ['our stuff is in the PNW, token 2h there', 'us-west-2'],
    ['token for 4 hours in Ashburn please', 'us-east-1'],
    ['is llama available in Québec?', 'ca-central-1'],
    ['un token pour 2 heures à Singapour', 'ap-southeast-1'],
    ['token 30 min in Seul por favor', 'ap-northeast-2'],
    ['models in England?', 'eu-west-2'],
    ['token for 1h in Abu Dhabi', 'me-central-1'],
  ])('%s → %s', (text, code) => {
    expect(parseRequest(text).region).toBe(code);
  });

  it.each([
    // "NoVa" is also Amazon Nova: the model family, never a Region.
    ['token 2h for nova testing', 'amazon'],
    ['which nova models are there?', 'amazon'],
  ])('%s: nova is a model family, no Region', (text, provider) => {
    const r = parseRequest(text);
    expect(r.region).toBeNull();
    expect(r.provider).toBe(provider);
  });

  it('a city near a Region but without one is none: "token 2h, I am in Seattle"', () => {
    const r = parseRequest('token 2h, I am in Seattle');
    expect(r.region).toBeNull();
    expect(r.ttlSeconds).toBe(7200);
  });
});
