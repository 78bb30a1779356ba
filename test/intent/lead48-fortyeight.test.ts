/**
 * Round forty-eight, the lead (tuned-port): "is possible make api key for X?", a learner's "is it possible to make a
 * key for X?" without "to" or with "make"/"create" after "possible to", asks the bot for the key as "can you make …"
 * does (mood.ts REQUEST_FRAME and the auxiliary questions); before, the classifier's lean made it help. Sentences of
 * our own, and look-alikes that keep their reading. Also (the round's hunt of look-alikes) requests taken back in French,
 * Greeklish and Turkish, or after "sorry", and a French correction "non pardon, 4 heures".
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

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

describe('a request taken back in French, Greeklish or Turkish, or after "sorry": nothing asked', () => {
  nothingAsked([
    "token 2h pour data-lab stp... en fait non laisse faire, j'ai trouvé",
    "token 1h pour finance-ops... non rien, c'est bon",
    'thelo token 2 ores... ase, den xreiazetai telika',
    '2 saatlik token lazım... boşver, hallettim',
    "révoquer la clé de finance-ops ? non, surtout pas, c'est la prod",
    "token for two hours... sorry, I don't need it anymore",
  ]);
  // look-alikes: the same requests not taken back, a French correction, and a colleague let do it
  slots([
    ['token 2h pour data-lab stp', { intent: 'token', ttlSeconds: 7200 }],
    ['révoque la clé de finance-ops stp', { intent: 'revoke', businessUnit: 'finance-ops' }],
    ['thelo token 2 ores parakalw', { intent: 'token', ttlSeconds: 7200 }],
    ['token 3 heures... non pardon, 4 heures', { intent: 'token', ttlSeconds: 14400 }],
    ["token for 2h, sorry, don't need it for long, 1h is fine", { intent: 'token', ttlSeconds: 3600 }],
  ]);
  neverActs(['laisse faire Julien, il connaît la prod']);
});
