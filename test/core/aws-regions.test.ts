import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  AWS_REGIONS,
  findRegion,
  iamRegionFor,
  isAwsRegion,
  partitionOf,
  REGION_CODE_SYNTAX,
  regionLabel,
} from '../../src/core/aws-regions.js';

interface SdkRegion {
  partition: string;
  code: string;
  description: string;
}

const sdkRegions: SdkRegion[] = execFileSync(process.execPath, ['scripts/aws-regions-from-sdk.mjs'], {
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as SdkRegion)
  .filter((region) => ['aws', 'aws-us-gov', 'aws-cn', 'aws-eusc'].includes(region.partition));

describe('the AWS Region table', () => {
  it('lists every Region the installed AWS SDK knows, with its description and partition', () => {
    expect(sdkRegions.length).toBeGreaterThan(30);
    for (const sdk of sdkRegions) {
      expect(findRegion(sdk.code), sdk.code).toMatchObject({
        partition: sdk.partition,
        description: sdk.description,
      });
    }
  });

  it('lists no Region the SDK does not know', () => {
    const known = new Set(sdkRegions.map((region) => region.code));
    expect(AWS_REGIONS.filter((region) => !known.has(region.code)).map((region) => region.code)).toEqual([]);
  });

  it('gives each place name to one Region only', () => {
    const seen = new Map<string, string>();
    for (const region of AWS_REGIONS) {
      for (const place of region.places) {
        expect(seen.get(place), `${place} is ${seen.get(place)} and ${region.code}`).toBeUndefined();
        seen.set(place, region.code);
      }
    }
  });

  it('tells real Region codes from look-alikes', () => {
    expect(isAwsRegion('eu-central-1')).toBe(true);
    expect(isAwsRegion('us-east-7')).toBe(false);
    expect(isAwsRegion('mars-west-1')).toBe(false);
    expect(REGION_CODE_SYNTAX.test('mars-west-1')).toBe(true);
    expect(REGION_CODE_SYNTAX.test('marketing')).toBe(false);
    for (const region of AWS_REGIONS) expect(REGION_CODE_SYNTAX.test(region.code), region.code).toBe(true);
    expect(regionLabel('ap-northeast-1')).toBe('Asia Pacific (Tokyo), ap-northeast-1');
  });

  it('knows each partition by its Regions, and where its IAM is served from', () => {
    for (const region of AWS_REGIONS) {
      expect(partitionOf(region.code), region.code).toBe(region.partition);
      expect(findRegion(iamRegionFor(region.code))?.partition, region.code).toBe(region.partition);
    }
    // A Region newer than the table still finds its partition's IAM.
    expect(iamRegionFor('cn-south-9')).toBe('cn-north-1');
    expect(iamRegionFor('us-gov-north-9')).toBe('us-gov-west-1');
    expect(iamRegionFor('eusc-fr-west-9')).toBe('eusc-de-east-1');
    expect(iamRegionFor('eu-west-3')).toBe('us-east-1');
  });
});
