/**
 * Round forty-eight, the lead (tuned-port): "is possible make api key for X?", a learner's "is it possible to make a
 * key for X?" without "to" or with "make"/"create" after "possible to", asks the bot for the key as "can you make …"
 * does (mood.ts REQUEST_FRAME and the auxiliary questions); before, the classifier's lean made it help. Sentences of
 * our own, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, slots } from './acted.js';

describe('"is (it) possible (to) make/create a key for X?": the key asked for', () => {
  slots([
    [
      'is possible make api key for berth-planner? we want AI to read the crane logs',
      { intent: 'create_key', businessUnit: 'berth-planner', keyKind: 'api-key' },
    ],
    [
      'is possible create key for yard-ops, 60 days',
      { intent: 'create_key', businessUnit: 'yard-ops', expiryDays: 60 },
    ],
    [
      'is it possible to make an api key for reefer-alerts?',
      { intent: 'create_key', businessUnit: 'reefer-alerts' },
    ],
    ['is it possible to create a key for gate-eta?', { intent: 'create_key', businessUnit: 'gate-eta' }],
  ]);
  // look-alikes: other things made, and a question about what keys can be, are not requests
  neverActs([
    'is it possible to make a cake for the party?',
    'is possible make reservation for dinner friday?',
    'is it possible to create keys that never expire?',
  ]);
});
