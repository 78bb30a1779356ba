import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
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
    ['in são paulo', 'sa-east-1'],
    ['in sao paulo', 'sa-east-1'],
    ['in govcloud', 'us-gov-west-1'],
    ['region: tokyo', 'ap-northeast-1'],
    ['us east (n. virginia)', 'us-east-1'],
  ])('%s → %s', (text, code) => {
    expect(rewriteRegionNames(text)).toContain(code);
  });

  it('only reads a name used as a place', () => {
    expect(rewriteRegionNames('key for paris')).toBe('key for paris');
    expect(rewriteRegionNames('key in paris-office')).toBe('key in paris-office');
    expect(rewriteRegionNames('models in us east 2')).toBe('models in us east 2');
    expect(rewriteRegionNames('token in virginia_ops')).toBe('token in virginia_ops');
  });

  it('never produces GovCloud from a plain US region', () => {
    expect(parseRequest('token in us west').region).toBe('us-west-2');
    expect(parseRequest('token in oregon').region).toBe('us-west-2');
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
