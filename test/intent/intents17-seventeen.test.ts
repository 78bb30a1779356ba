/**
 * Round seventeen, intents17: kinds of intent confusion that round sixteen's blind files showed.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('whether one may have a token, hedged or for someone else, asked without its question mark', () => {
  exactly([
    { text: 'if my lead signs off could i get a token for 10h', intent: 'help', topic: 'limits' },
    { text: 'in principle could we get a 16h token', intent: 'help', topic: 'limits' },
    { text: 'hypothetically can i have a token for 2 days', intent: 'help', topic: 'limits' },
    { text: 'theoretically could i get a token lasting 20 hours', intent: 'help', topic: 'limits' },
    { text: 'can i get a 6h token if my supervisor okays it', intent: 'help', topic: 'limits' },
    { text: 'could I get a token for 18h if my boss signs it off?', intent: 'help', topic: 'limits' },
    { text: 'if our director approves can i have a token for a whole day', intent: 'help', topic: 'limits' },
    { text: 'if the PI says yes could i get a token for 14h', intent: 'help', topic: 'limits' },
    { text: 'can i request a token for someone else', intent: 'help', topic: 'token' },
    { text: 'could we get a token for somebody else', intent: 'help', topic: 'token' },
  ]);
  describe('look-alikes keep their request', () => {
    exactly([
      { text: 'could i get a token for 3h', intent: 'token', ttlSeconds: 10800 },
      { text: 'can i get a token for 2h pls', intent: 'token', ttlSeconds: 7200 },
      { text: 'my manager signed off, token for 8h please', intent: 'token', ttlSeconds: 28800 },
      { text: 'in the meeting could i get a token for 2h', intent: 'token', ttlSeconds: 7200 },
      { text: 'if possible could i get a token for 4h', intent: 'token', ttlSeconds: 14400 },
      { text: "once you're free could i get a token for 3h", intent: 'token', ttlSeconds: 10800 },
      { text: 'in theory could i get a token for 2h please', intent: 'token', ttlSeconds: 7200 },
      {
        text: 'did the token from this morning expire for anyone else at exactly 12:00?',
        intent: 'unknown',
      },
    ]);
  });
});
