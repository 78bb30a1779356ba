/**
 * Round forty-nine, fix49k (hunt of look-alikes in Polish, Czech, Slovak, Ukrainian, Russian and Romanian): requests
 * taken back after them, and values corrected by the language's own "no". Sentences of our own of each kind, and
 * look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, slots, stillActs } from './acted.js';

describe('a request taken back in Polish, Czech, Slovak or Romanian ("a nie, nieważne", "vlastně ne", "de fapt nu")', () => {
  nothingAsked([
    'wygeneruj token na 3h... a nie, nieważne',
    'odwołaj klucz dla kadry-ai — już załatwione, Kasia to zrobiła',
    'rotate klucz dla magazyn-ai? nie nie, zostawiamy',
    'vygeneruj token na 4h... vlastně ne, zapomeň na to',
    'revoke ten klíč pro sklad-ai... ne, už to Honza udělal',
    'vygeneruj token na 1h... vlastne nie, zabudni na to',
    'generează un token pe 5 ore... de fapt nu, las-o baltă',
    'revoke cheia pentru depozit-ai... nu, stai, o păstrăm',
  ]);
  // look-alikes: "don't forget to" asks, and a request alone stays one
  stillActs(['odwołaj klucz dla kadry-ai', 'vygeneruj token na 4h prosím', 'revocă cheia pentru depozit-ai']);
});

describe('a value corrected by "nie", "ne", "nu", "ні", "нет" ("token na 2h, ne, 5h")', () => {
  slots([
    ['token na 2h, ne, 5h', { intent: 'token', ttlSeconds: 18000 }],
    ['token na 1h. nie, czekaj, 3h', { intent: 'token', ttlSeconds: 10800 }],
    ['token na 2h, nie, 4h', { intent: 'token', ttlSeconds: 14400 }],
    ['token pe 2 ore, nu, 3', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});
