import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a place before a word that says which, then people or premises, names no Region', () => {
  it.each([
    'Dear team, on behalf of our Osaka partner office, please issue a one-hour token. Thanks',
    'We are onboarding the Madrid retail customer next week. Create a key for retail-es, 90 days.',
    'token for 3h, the Sydney support folks asked for it',
  ])('%s', (text) => {
    expect(parseRequest(text).region).toBeNull();
  });

  it('look-alike: the place is the Region when "for" follows it', () => {
    const parse = parseRequest('token 2h in frankfurt for the data team');
    expect(parse.intent).toBe('token');
    expect(parse.region).toBe('eu-central-1');
  });

  it('look-alike: "tokyo region please"', () => {
    expect(parseRequest('token 2h tokyo region please').region).toBe('ap-northeast-1');
  });
});
