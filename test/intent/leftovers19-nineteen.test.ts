/**
 * Round nineteen, leftovers19: kinds round eighteen left. (a) A story of a token got before, then a
 * bare value, asks nothing (past-token-story.ts); a value said as a request stays one. (b) A take-back
 * whose reason says it is done already stays taken back when a quantifier opens the reason ("never
 * mind, both keys were rotated yesterday"; negation.ts tailAsks, told-after-take-back.ts); "nah all of
 * them, go" still confirms. (c) After a take-back, a unit named by a phrase that ends in a unit's noun
 * ("no, the revenue lab") is the new target (negation.ts unitPhraseAlone, new-target.ts); when no new
 * unit is read from it, nothing is acted on. Sentences written before the parser's answer was looked
 * at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { acted, keeps, nothingAsked } from './acted.js';

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

describe('(c) after a take-back, a unit named by a phrase: the new target, never the one taken back', () => {
  keeps([
    ['rotate the key for the night audit assistant, no, the revenue lab', 'rotate', 'revenue-lab'],
    ['deprovision ads-lab, nope, the pricing squad', 'deprovision', 'pricing-squad'],
    ['rotate the kyc key — no, sorry, the fraud ops team', 'rotate', 'fraud-ops-team'],
    ['create a key for the billing team, no, the treasury desk', 'create_key', 'treasury-desk'],
    ['rotate the key for the data squad. no, the ml platform team', 'rotate', 'ml-platform-team'],
    ['tear down growth, no, the pricing squad', 'deprovision', 'pricing-squad'],
    ['rotate the ads key. scratch that, the revenue lab', 'rotate', 'revenue-lab'],
    ['revoke the ads key. wait, the ranking team', 'revoke', 'ranking-team'],
    ["rotate the billing key. no, sorry — it's the ledger key that got shared", 'rotate', 'ledger'],
    ["revoke the kyc key — no, sorry, it's the ledger key that ended up on github", 'revoke', 'ledger'],
  ]);
  // (A phrase the parser reads no unit from takes the request back: the one before is never acted on.)
  it.each([
    'revoke the search key, nah, the ranking pipeline',
    'revoke the key for the front desk bot, no, the concierge bot',
  ])('%j', (text) => {
    expect(acted(text)).toBe(false);
  });
});

describe('(c) look-alikes: which one unnamed, the same name, whom one speaks to, a keeping', () => {
  nothingAsked([
    'rotate the ads key, no, the other team',
    'revoke the key for the revenue lab, no, the whole lab',
    'rotate the ads key, nope, the new bot',
    'deprovision the pricing squad, no, the pricing squad',
    'rotate the ads key, no, the team',
    'revoke the ads key, no, sorry team',
    'revoke the ads key — no, sorry, keep it',
    "rotate the kyc key, no, sorry, it's fine",
    "rotate the ads key, no, don't",
  ]);
});
