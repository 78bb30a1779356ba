import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round six's slot kinds, with sentences of our own: a line around the request that only gives it a
 * value, a value added with a hedge, an emoji that ends a clause, and the words that are no unit.
 */
describe('a line that only gives the request its value belongs to the request', () => {
  it.each([
    ['token for 2h please. in Ireland if that works', 7200, 'eu-west-1'],
    ['a token please. maybe Tokyo, if you can', null, 'ap-northeast-1'],
    ['need a token until the end of the workshop. so about 4 hours from now', 14400, null],
    ['a token please, the demo starts soon. roughly 90 minutes or so', 5400, null],
    ['could I have a token. ideally in Oregon, thanks', null, 'us-west-2'],
  ])('%s → %s s, %s', (text, ttl, region) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBe(region);
  });

  it.each([
    ['could we get a token for the afternoon, perhaps 3 hours?', 10800],
    ['Our partner call moved to today. Can I have one token for the call, maybe 2 hours?', 7200],
  ])('%s: a hedged value of an asking sentence → %s s', (text, ttl) => {
    expect(parseRequest(text).ttlSeconds).toBe(ttl);
  });

  it.each([
    // The story's own values stay the story's: a past or a time gone by.
    ['The import job ran for about 5 hours yesterday and failed. Token for 1h please.', 3600],
    ['We were in Frankfurt for roughly 3 days last month. Could I get a token for 2 hours?', 7200],
  ])('%s: the story value is not taken (→ %s s)', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBeNull();
  });
});

describe('where the credential will run is its Region, with a word of when between', () => {
  it.each([
    ['Can I get a token for 6 hours? The load test runs overnight in Mumbai.', 'ap-south-1'],
    ['token for 3h please - the replay job runs nightly in Ohio', 'us-east-2'],
  ])('%s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it('a place the story went to is no Region: "we ran it yesterday in Paris. token 2h please"', () => {
    expect(parseRequest('we ran it yesterday in Paris. token 2h please').region).toBeNull();
  });
});

describe('a flag emoji ends what is said about a place', () => {
  it.each([
    ["I'm visiting Sydney this week 🇦🇺 token in sydney for 2 hrs?", 7200, 'ap-southeast-2'],
    ['back in Paris for the week 🇫🇷 token paris 3h', 10800, 'eu-west-3'],
  ])('%s → %s s, %s', (text, ttl, region) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBe(region);
  });

  it.each([
    ['Team update 🚀 geo-search needs a long-term key', 'geo-search'],
    ['new team alert 🎉 the kyc-scan service needs a key please', 'kyc-scan'],
    ['quick reminder 🙏 please rotate the key of fraud-ml', 'fraud-ml'],
  ])('%s: a word that announces the message is no unit, emoji or not (→ %s)', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
