/**
 * Round eighteen, corrections18: a take-back followed by a new target acts on the new target, never on the
 * one taken back (new-target.ts), and an everyday aside before a request of ours is story
 * (everyday-aside.ts). Sentences written before the parser's answer was looked at, over every acting
 * intent and several markers, with look-alikes that must not change: plain take-backs and keepings stay
 * unknown, corrections of a value keep the request, everyday requests stay everyday.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe('a take-back, then the key that is meant: the verb said before, the new unit', () => {
  keeps([
    ["rotate the ads key? actually no — it's the billing key that leaked", 'rotate', 'billing'],
    [
      "revoke the ads key? no, please don't — it's the growth key that leaked, revoke that",
      'revoke',
      'growth',
    ],
    [
      'can you revoke the search key? wait no, it was the payments key that got pasted in the channel',
      'revoke',
      'payments',
    ],
    [
      "rotate risk-ml's key please. actually no, it's the fraud-ml key that was exposed",
      'rotate',
      'fraud-ml',
    ],
    ["please rotate the doc-ai key? nope, it's the ocr-pipeline key that leaked", 'rotate', 'ocr-pipeline'],
    ["revoke growth's key. actually no, don't — the leaked one is the ads key", 'revoke', 'ads'],
    ["rotate the search key? no wait, it's the recsys key that someone committed", 'rotate', 'recsys'],
    [
      "revoke the billing key? no, not that one, it's the treasury key that leaked, revoke that one",
      'revoke',
      'treasury',
    ],
    [
      'rotate the hr-bot key — actually no, it was the hr-analytics key that got shared',
      'rotate',
      'hr-analytics',
    ],
    ["revoke the ads key? no wait — it's growth's key that got leaked", 'revoke', 'growth'],
    ['rotate the search key. nope, it was the ranking key that was in the screenshot', 'rotate', 'ranking'],
  ]);
});

describe("a take-back, then a request of its own (or 'it' for the unit named before)", () => {
  keeps([
    ['token for 2h. scratch that, a key for growth', 'create_key', 'growth'],
    ['create a key for growth. scratch that, for ads', 'create_key', 'ads'],
    ['rotate the ads key. never mind, rotate the growth key instead', 'rotate', 'growth'],
    ['deprovision growth? no, better not… deprovision ads instead', 'deprovision', 'ads'],
    ['revoke the search key. scratch that, revoke the recsys key', 'revoke', 'recsys'],
    ["rotate payments' key — never mind, revoke it instead", 'revoke', 'payments'],
    ['new api key for risk-ml please. actually no, make it for fraud-ml', 'create_key', 'fraud-ml'],
    ['deprovision legacy-maps. scratch that, deprovision old-analytics', 'deprovision', 'old-analytics'],
    ["revoke the kyc key? no, don't. rotate it instead", 'rotate', 'kyc'],
    ["create a key for data-eng — nah, better not, rotate data-eng's key instead", 'rotate', 'data-eng'],
    ['token for 4 hours please. never mind, I need an api key for doc-ai instead', 'create_key', 'doc-ai'],
  ]);
});

describe('an everyday aside before a request of ours', () => {
  keeps([
    ['my car keys are in the drawer, can someone revoke the payments key', 'revoke', 'payments'],
    ['the coffee machine is broken again. can you rotate the growth key?', 'rotate', 'growth'],
    ['my house keys went missing last night, anyway please revoke the ads key', 'revoke', 'ads'],
    ['lunch was great today! could you deprovision legacy-maps', 'deprovision', 'legacy-maps'],
    ["it's raining here, rotate the search key please", 'rotate', 'search'],
    ['the meeting ran long, can I get a key for risk-ml', 'create_key', 'risk-ml'],
    ['left my bike at the office again. can you deprovision old-analytics', 'deprovision', 'old-analytics'],
    ['the printer is jammed, anyway, rotate the kyc key please', 'rotate', 'kyc'],
    ['my flight got delayed; could someone revoke the search key for me', 'revoke', 'search'],
    ["pizza's here! can someone please rotate the recsys key", 'rotate', 'recsys'],
    ['lost my car keys this morning, please revoke the billing key', 'revoke', 'billing'],
  ]);
});

describe('look-alikes: plain take-backs and keepings ask nothing', () => {
  nothingAsked([
    'revoke ads, no wait, keep it',
    'rotate the ads key? actually no, leave it',
    'revoke the growth key. scratch that',
    'deprovision growth? no, better not',
    'rotate the billing key. never mind',
    "revoke the ads key? no, please don't — it didn't leak after all",
    "token for 2h. scratch that, don't need it",
    'my car keys are in the drawer',
    'rotate the ads key? no, keep it, it never leaked',
    'deprovision growth? nah, better not, they still use it',
    "revoke the billing key. scratch that, it's fine",
    'token for 2h? nvm, the test passed',
    'create a key for ads. never mind, someone shared theirs',
    'rotate the search key? actually no, leave the search key alone',
    'my car keys are in the drawer, can someone grab them',
    'lost my house keys, can someone let me in',
    'can someone rotate the coffee rota? my slot is always monday',
    'the office keys are in the drawer, can someone lock the door',
    'my car keys are in the drawer, the payments key is in the vault',
    'can you revoke my building badge, I lost it',
  ]);
});

describe('look-alikes: corrections and reasons keep their request', () => {
  keeps([
    ['revoke the payments key, it leaked in the channel', 'revoke', 'payments'],
    ["rotate the ads key, it's the key that leaked", 'rotate', 'ads'],
    ['rotate the ads key? nope, billing', 'rotate', 'billing'],
    ['revoke the ads key? no — the growth key', 'revoke', 'growth'],
    ['token 2h, no wait, 4h', 'token'],
    ['key for fraud 60d, no wait 90d', 'create_key', 'fraud'],
    ['rotate growth? no wait, growth-web', 'rotate', 'growth-web'],
  ]);
});
