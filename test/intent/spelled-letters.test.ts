import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { rewriteSurface } from '../../src/intent/surface.js';

describe('letters dictated one by one', () => {
  it.each([
    ['token for two hours in e u west one', 'eu-west-1'],
    ['need a token in a p south east two for an hour', 'ap-southeast-2'],
    ['token one hour u s west two please', 'us-west-2'],
    ['okay so token for thirty minutes in c a central one', 'ca-central-1'],
  ])('"%s" names the Region %s', (text, region) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.region).toBe(region);
  });

  it.each([
    ['rotate the a p i key for search ranking', 'api-key'],
    ['new a p i key for the claims bot team please', 'api-key'],
  ])('"%s" is about an API key', (text, keyKind) => {
    expect(parseRequest(text).keyKind).toBe(keyKind);
  });

  it.each([
    ['create a key for churn m l for sixty days', 'churn-ml'],
    ['when do the vision m l keys expire', 'vision-ml'],
  ])('"%s" names the unit %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each(['plan a b c is fine by me', 'i m late sorry', 'option a or b?', 'vitamin d c and zinc'])(
    '"%s" keeps its letters as written',
    (text) => {
      expect(rewriteSurface(text)).toBe(text);
    },
  );
});
