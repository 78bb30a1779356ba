/**
 * Round nineteen, leftovers19: kinds round eighteen left. (a) A story of a token got before, then a
 * bare value, asks nothing (past-token-story.ts); a value said as a request stays one. (b) A take-back
 * whose reason says it is done already stays taken back when a quantifier opens the reason ("never
 * mind, both keys were rotated yesterday"; negation.ts tailAsks, told-after-take-back.ts); "nah all of
 * them, go" still confirms. Sentences written before the parser's answer was looked
 * at, with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe('(a) a story of a token got before, then a bare value: nothing asked', () => {
  nothingAsked([
    'I got a token this morning. 2h',
    'my colleague got a token for the audit. 6h (the longest allowed)',
    'Priya asked for a token yesterday. 4h',
    'we had a token last week for the demo. 8h',
    'someone requested a token on Monday. 1h',
    'last sprint I requested a token. 12h',
    'Marta was given a token for the workshop. 5h, the max she could get',
    'I already got my token. 2 hours',
    'my manager got a token at 9. 6h',
    'we got a token for the pentest on tuesday. 8h',
    'Jonas received a token for the migration. 10h',
  ]);
});

describe('(a) look-alikes: a value said as a request, or a token that no longer serves', () => {
  keeps([
    ['token please. 2h', 'token'],
    ['need a token. 6h', 'token'],
    ['can I get a token? 4h', 'token'],
    ['token for the audit pls. 8h', 'token'],
    ['I need a token. 3h', 'token'],
    ['a token for me. 1h please', 'token'],
    ['get me a token. 12h', 'token'],
    ['I got a new laptop. token for 2h please', 'token'],
    ['I got a token this morning but it expired. 2h', 'token'],
    ['I had a token yesterday, it ran out. 4h please', 'token'],
    ['got a token earlier. need another. 2h', 'token'],
    ['I requested a token yesterday. it never arrived. 3h', 'token'],
  ]);
});

describe('(b) a take-back whose reason, opened by a quantifier, says it is done already', () => {
  nothingAsked([
    'rotate the ads key. never mind, both keys were rotated yesterday',
    "revoke growth's keys. nvm, all of them were revoked this morning",
    "rotate billing's keys — scratch that, all keys got rotated on friday",
    'revoke the kyc keys. forget it, both were revoked by secops',
    'rotate the ledger keys. nah, all the keys were rotated last night',
    'revoke both search keys. never mind, both of them were revoked an hour ago',
    'rotate all keys for recsys. nvm, all keys are rotated now',
    'rotate the payments keys. scratch that, both keys had been rotated by Ana',
    'revoke the growth key. nvm, Sam already revoked it this morning',
    'deprovision nimbus. never mind, the unit was torn down last week',
  ]);
});

describe('(b) look-alikes: a quantifier that confirms', () => {
  keeps([
    ['revoke the ads keys? nah all of them, go', 'revoke', 'ads'],
    ["revoke growth's key. no, both. go ahead", 'revoke', 'growth'],
    ['rotate the ads keys. never mind, both of them please', 'rotate', 'ads'],
    ['revoke the kyc keys? nah, all keys, now', 'revoke', 'kyc'],
    ['rotate the ads key. never mind, rotate the growth key instead', 'rotate', 'growth'],
  ]);
});
