/**
 * Round forty-nine, fix49i: readings the classifier's retrain moved, decided by the rules by kind. Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, neverActs } from './acted.js';

describe('which Regions the bot offers, asked first, a reason told after it: help on Regions', () => {
  exactly([
    {
      text: 'which regions do you cover? legal wants the data to stay in country',
      intent: 'help',
      topic: 'regions',
    },
    { text: 'do you have a Frankfurt region? legal wants EU only', intent: 'help', topic: 'regions' },
    {
      text: 'is there a Korea region? 환자 데이터는 국내에 있어야 해요',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-2',
    },
    {
      text: 'what regions does the bot support? our bank client wants data in-country',
      intent: 'help',
      topic: 'regions',
    },
    {
      text: 'is there a Singapore region? the Malaysian client is fussy about residency',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-1',
    },
  ]);
  // look-alikes: a credential asked after the question is still asked for
  exactly([
    { text: 'is there a frankfurt region? I need a token for 2h', intent: 'token', ttlSeconds: 7200 },
  ]);
  neverActs(['which regions do you cover? legal wants the data to stay in country']);
});

describe('how many keys a named unit may have: the most allowed, help on limits, whatever the classifier leans to', () => {
  exactly([
    { text: 'how many keys can we have for the claims pipeline?', intent: 'help', topic: 'limits' },
    { text: 'how many api keys can growth have?', intent: 'help', topic: 'limits', keyKind: 'api-key' },
    { text: 'how many keys can the mortgage pipeline have?', intent: 'help', topic: 'limits' },
  ]);
  // look-alike: how many it has now is its details
  exactly([{ text: 'how many keys does growth have?', intent: 'details', businessUnit: 'growth' }]);
});
