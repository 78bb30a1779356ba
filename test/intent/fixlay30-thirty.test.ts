/**
 * Round thirty, fixlay30: kinds that tuned-styles-lay (lay staff, helpdesk tickets, new joiners) misread.
 * Sentences of our own (other trades, words and shapes), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, slots } from './acted.js';

describe('kinds of credential listed, then "what is the difference between them?", is a help question on key kinds', () => {
  slots([
    [
      'token, key, access key... whats the difference between them? no idea which I should pick',
      { intent: 'help', topic: 'key-kinds' },
    ],
    [
      'api key, access key, token - what is the difference between them all? my team lead wants one',
      { intent: 'help', topic: 'key-kinds' },
    ],
    [
      'so many words here: token, api key. what’s the difference between these?',
      { intent: 'help', topic: 'key-kinds' },
    ],
    [
      'tokens, api keys... what are the differences between those? sorry, first week',
      { intent: 'help', topic: 'key-kinds' },
    ],
  ]);
  // look-alikes: other things told apart ask nothing of the bot
  nothingAsked([
    'pallet, crate, tote... what’s the difference between them all?',
    'the two quotes for the new van - what’s the difference between them?',
  ]);
});

describe('"ignore my token request" (the kind named before the request word) takes the request back', () => {
  nothingAsked([
    'please ignore my token request from earlier, I managed without it',
    'ignore my key request from this morning pls, Sam sorted it',
    'pls ignore my earlier access key ask, wrong team',
    'you can ignore my api key request, we found the old one',
  ]);
  // look-alikes: a new request after the take-back, or "ignore" said of something else
  keeps([
    ['ignore my last message, token for 2h please', 'token'],
    ['the token request form is confusing, ignore the colours. token 3h please', 'token'],
  ]);
});

describe('"can we NOT revoke the x key yet?" asks for the change to be held, not done', () => {
  nothingAsked([
    'Can we NOT revoke the bookings key yet? the supplier is mid-migration until the 12th',
    'could we not rotate the claims key yet please, the vendor is mid-rollout',
    'can you not deprovision old-crm yet? finance still reads it',
    'could u not revoke the kiosk api key yet, the shop tills still use it',
  ]);
  // look-alikes: "not yet" said of something else beside a request
  keeps([['could you revoke the ops key? we have not rotated it yet', 'revoke', 'ops']]);
});
