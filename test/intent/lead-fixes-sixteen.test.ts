import { describe, expect, it } from 'vitest';
import { acted, exactly } from './acted.js';

/**
 * The lead's fixes after round sixteen's merge, found by earlier rounds' tests once the classifier was
 * retrained on the round's rules: each kind decided by the rules, not by how the classifier leans.
 */
describe('a desk or office named as a unit, then when ("last week")', () => {
  exactly([
    {
      text: 'who created keys for the Strategy Office last week',
      intent: 'history',
      businessUnit: 'strategy-office',
      period: { kind: 'days', days: 7 },
    },
    {
      text: 'who rotated the keys of the data desk last month',
      intent: 'history',
      businessUnit: 'data-desk',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'my office last month was freezing', intent: 'unknown' },
    { text: 'the front desk last week was chaos, someone lost the key', intent: 'unknown' },
  ]);
});

describe('a token question on the approval of a role of mine is help; approval given stays a request', () => {
  exactly([
    { text: 'with approval from my manager, could I get a 36h token?', intent: 'help', topic: 'limits' },
    { text: 'with the approval of our CISO, could I get a 12h token?', intent: 'help', topic: 'limits' },
    { text: 'with approval from my manager, token 6h please', intent: 'token', ttlSeconds: 21600 },
  ]);
});

describe('a rule of how often a key is changed is a saying, whatever the duration was', () => {
  exactly([
    { text: 'the ads key needs to be rotated every 90 days', intent: 'unknown' },
    { text: 'keys must be rotated every quarter', intent: 'unknown' },
    { text: 'the billing key has to be rotated every 30 days per policy', intent: 'unknown' },
  ]);
  it('a need said now is still asked about, never dropped', () => {
    expect(acted('the ads key needs to be rotated, it leaked')).toBe(false);
  });
});

describe('"how much has X sent": an amount of the unit, spent; sending otherwise stays', () => {
  exactly([
    {
      text: 'how much has growth sent this month',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 0 },
    },
    { text: 'how many emails has growth sent this month', intent: 'unknown' },
  ]);
});

describe('two questions, models and how long: the lifetime is the topic unless an approval is named', () => {
  exactly([
    { text: 'quick q: which models? and how long do tokens last?', intent: 'help', topic: 'limits' },
    { text: 'which models can a token call, or only the approved ones?', intent: 'help', topic: 'models' },
  ]);
});
