/**
 * Round thirty-six's review of its own change: a versioned camelCase word made of credential words may be the secret
 * itself (masked, never a unit); Korean "이전" alone is "previous", not "migrated"; a form read past the mood's doubt
 * is asked about, and not at all with prose around it; whether a token can last a stretch, asked as "is it possible
 * for a token to last …", is help on its bounds.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, reads, slots, stillActs } from './acted.js';

describe('a versioned camelCase word of credential words is masked, a versioned name is a name', () => {
  it.each(['adminPasswordV2', 'prodApiKeyV3', 'stripeSecretKeyV12'])(
    '%s is never read back as a unit',
    (word) => {
      const read = parseRequest(`revoke the key for ${word}`);
      expect(read.businessUnit ?? '').not.toContain('password');
      expect(read.businessUnit ?? '').not.toContain('secret');
      expect(JSON.stringify(read)).not.toContain(word);
    },
  );
  reads([['rotate the key for fitPredictorV2', 'rotate', 'fit-predictor-v2']]);
});

describe('Korean "이전" alone is the previous one, not a migration', () => {
  neverActs(['growth 이전 키 폐기해 주세요', '이전 토큰 삭제해주세요']);
});

describe("a form read past the mood's doubt", () => {
  // (post40f: a form of nothing but a unit field and a token's own "TTL" label states the token in so many words, as
  // lead37's "App = doc-search / TTL = 2h" acts: the two differed only by the classifier's score, and the retrain put
  // both under the doubt; issued as it stands now.)
  stillActs(['App = chat-assist\nTTL = 4h']);
  slots([['App = chat-assist\nTTL = 4h', { intent: 'token', ttlSeconds: 14_400 }]]);
  // told of, with prose around the fields: not read past the doubt
  neverActs([
    'for reference, last quarter we used\nApp = chat-assist\nTTL = 4h',
    'the config file says\nApp = chat-assist\nTTL = 4h',
  ]);
});

describe('whether a token can last a stretch, asked in a longer form: help on its bounds', () => {
  slots([['is it possible for a token to last from 8am to 6pm?', { intent: 'help', topic: 'limits' }]]);
});
