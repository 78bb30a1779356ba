import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Round eleven: inside one message, the value stated last after a correction marker wins. */
describe('a withdrawal word followed by a new value corrects the value, it takes nothing back', () => {
  it.each([
    ['token 4h in syd. scratch that, 6h in mel', { ttlSeconds: 21_600, region: 'ap-southeast-4' }],
    ['tok 3h usw1 nvm usw2', { ttlSeconds: 10_800, region: 'us-west-2' }],
    ['token 1h, scratch that, 3h', { ttlSeconds: 10_800 }],
    ['token for 3h in fra. nvm, 5h in dub', { ttlSeconds: 18_000, region: 'eu-west-1' }],
    ['create a key for ledger-sync. nvm, ledger-core', { businessUnit: 'ledger-core' }],
    ['key for ml-ops, never mind, ml-platform', { businessUnit: 'ml-platform' }],
    ['rotate the search-api key, nah, search-ranking', { businessUnit: 'search-ranking' }],
    ['revoke AKIAABCDEFGHIJKLMNOP nvm AKIAABCDEFGHIJKLMNOQ', { keyId: 'AKIAABCDEFGHIJKLMNOQ' }],
    ['revoke the ads-api key, nvm I mean ads-ranking', { businessUnit: 'ads-ranking' }],
    ["rotate growth-bot's key. nvm i mean churn-bot's", { businessUnit: 'churn-bot' }],
  ])('"%s"', (text, slots) => {
    expect(parseRequest(text)).toMatchObject(slots);
  });
});

describe('a bare withdrawal still takes the request back', () => {
  it.each([
    'rotate the infra key. scratch that.',
    'create a key for pricing-lab. never mind',
    'tok 2h in tokyo. nvm, all good',
    'key for risk-ml. scratch that',
    'token 2h in fra. nvm, it works again',
    'rotate sales key. forget it',
    'scratch that',
  ])('"%s" is not acted on', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('an airport word after a correction marker is the Region corrected to', () => {
  it.each([
    ['token 2h in ireland, sorry, fra', 'eu-central-1'],
    ['token 3h in dub, no wait, syd', 'ap-southeast-2'],
    ['token 2h in frankfurt. nah, dub', 'eu-west-1'],
    ['token 2h in syd, i mean mel', 'ap-southeast-4'],
  ])('"%s" → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it.each([
    // Not after a marker, or with no place before it, or a team: no Region from the word.
    ['token 2h, sorry, dub', null],
    ['token 2h in fra. no wait, mel team', 'eu-central-1'],
  ])('"%s" keeps %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });
});

describe('a name corrected to, or struck between, takes the place of the one before', () => {
  it.each([
    ['rotate finance, actually treasury', 'rotate', 'treasury'],
    ['rotate payments... no sorry, payouts', 'rotate', 'payouts'],
    ['rotate billing ~oops~ billing-v2', 'rotate', 'billing-v2'],
    ['rotate ~finance~ treasury', 'rotate', 'treasury'],
    ['key for ~marketing~ brand', 'create_key', 'brand'],
    ['delete keys for old-crm... no sorry, legacy-crm', 'revoke', 'legacy-crm'],
  ])('"%s" → %s %s', (text, intent, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent, businessUnit: unit });
  });

  it.each([
    // Not ours before the correction, not ours after it.
    'rotate the image, sorry, the video',
    'rotate the screen, sorry, monitor',
    'rotate my tires, sorry, the wheels',
  ])('"%s" is not acted on', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('a Region taken back by name goes wherever it is stated', () => {
  it.each([
    ['token 1h in oregon - scratch oregon, anywhere works', null],
    ['token 3h in frankfurt, forget frankfurt, any region works', null],
    ['tok 2h apse2 scratch that apse1', 'ap-southeast-1'],
    ['token 2h in tokyo. nvm tokyo, dublin', 'eu-west-1'],
  ])('"%s" → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });
});
