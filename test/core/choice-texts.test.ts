/** The texts the engine puts behind choice buttons must parse back to what they say with the real parser. */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('choice texts round-trip through the real parser', () => {
  it.each([
    ['rotate api key for marketing', { intent: 'rotate', businessUnit: 'marketing', keyKind: 'api-key' }],
    [
      'rotate access key for marketing',
      { intent: 'rotate', businessUnit: 'marketing', keyKind: 'access-key' },
    ],
    [
      'revoke key ACCAFAKE0000000000001 for marketing',
      { intent: 'revoke', businessUnit: 'marketing', keyId: 'ACCAFAKE0000000000001' },
    ],
    [
      'revoke key AKIAFAKE000000000001 for marketing',
      { intent: 'revoke', businessUnit: 'marketing', keyId: 'AKIAFAKE000000000001' },
    ],
    ['revoke all keys for marketing', { intent: 'revoke', businessUnit: 'marketing', all: true }],
    [
      'revoke all access keys for marketing',
      { intent: 'revoke', businessUnit: 'marketing', all: true, keyKind: 'access-key' },
    ],
    ['details for marketing', { intent: 'details', businessUnit: 'marketing' }],
    ['deprovision marketing', { intent: 'deprovision', businessUnit: 'marketing' }],
    ['create key for marketing', { intent: 'create_key', businessUnit: 'marketing' }],
    ['token', { intent: 'token' }],
  ])('%s', (text, expected) => {
    expect(parseRequest(text)).toMatchObject(expected);
  });
});
