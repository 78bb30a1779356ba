import { describe, expect, it } from 'vitest';
import { AWS_REGIONS, REGION_AIRPORT_CODES } from '../../src/core/aws-regions.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('Region shorthand engineers type', () => {
  it('every airport code names a Region of the one table', () => {
    const codes = new Set(AWS_REGIONS.map((r) => r.code));
    for (const code of Object.values(REGION_AIRPORT_CODES)) expect(codes.has(code)).toBe(true);
  });

  it.each([
    ['token for 3h in usw2 please', 'us-west-2'],
    ['models in euw-2?', 'eu-west-2'],
    ['token eu-n1 1h', 'eu-north-1'],
    ['a token in aps-1 for two hours', 'ap-south-1'],
    ['list models ap-ne1', 'ap-northeast-1'],
    ['token 4h sae1', 'sa-east-1'],
    ['token 45m cac-1', 'ca-central-1'],
  ])('compact code: %s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it.each([
    ['token 2h iad', 'us-east-1'],
    ['need a token in PDX for 6 hours', 'us-west-2'],
    ['what models can I use in nrt', 'ap-northeast-1'],
    ['token 90m lhr', 'eu-west-2'],
    ['token for 1h, cmh', 'us-east-2'],
    ['which models are in icn?', 'ap-northeast-2'],
    ['token 2h yul', 'ca-central-1'],
  ])('airport code that is no word: %s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it.each([
    ['token for 2h in syd', 'ap-southeast-2'],
    ['models in sin please', 'ap-southeast-1'],
    ['token 3h region: dub', 'eu-west-1'],
    ['token 1h, the bom region', 'ap-south-1'],
    ['token 2h region=arn', 'eu-north-1'],
    ['token for 2 hours in mel', 'ap-southeast-4'],
    ['token 5h SYD', 'ap-southeast-2'],
    ['can I get a token in DUB for 1h', 'eu-west-1'],
  ])('airport code that is also a word, in a Region position or capitals: %s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it.each([
    'bom dia! token for 2h please',
    'token 2h, no sin in asking twice',
    'token for mel, 1h',
    'what is the arn of the growth key',
    'token 2h, the ARN in the error is arn:aws:iam::123456789012:user/x',
    'TOKEN 2H SYD',
    'token 2h dub step playlist',
  ])('an airport code that is a word elsewhere is no Region: %s', (text) => {
    expect(parseRequest(text).region).toBeNull();
  });

  it('a word for people after the code keeps it a team, never a Region', () => {
    expect(parseRequest('key for the syd team').region).toBeNull();
    expect(parseRequest('key for the SIN office').region).toBeNull();
    expect(parseRequest('key for the pdx team').region).toBeNull();
  });

  it('an airport code is never read as the unit', () => {
    const r = parseRequest('create a key for growth in fra, 30 days');
    expect(r).toMatchObject({ intent: 'create_key', businessUnit: 'growth', region: 'eu-central-1' });
    expect(parseRequest('token 2h in cdg').businessUnit).toBeNull();
  });

  it('look-alikes of shorthand stay what they are', () => {
    expect(parseRequest('models for gpt4').region).toBeNull();
    expect(parseRequest('create a key for team-use1, 30 days').region).toBeNull();
    expect(parseRequest('token for 2h, v2 of the script').region).toBeNull();
  });
});
