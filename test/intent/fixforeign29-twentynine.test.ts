/**
 * Round twenty-nine, fixforeign29: errors in the non-native and mixed-language style file
 * (tuned-styles-foreign.jsonl). Sentences of our own for each kind, written before the parser's answer was
 * looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a leading mention asked, in another language, by someone away from their machine is put to that person', () => {
  nothingAsked([
    '<@U0AB12CD3> kannst du bitte den Key von payments rotieren? Ich bin im Zug',
    '<@U0AB12CD3> könntest du den Schlüssel für growth-ml sperren? bin gerade im Auto',
    '<@U0AB12CD3> ¿puedes revocar la clave de ads-ml? estoy en el taxi',
    '<@U0AB12CD3> você pode rotacionar a chave do loyalty-br? estou no ônibus sem notebook',
    '<@U0AB12CD3> tu peux révoquer la clé de fraud-ml stp ? je suis dans le train',
    '<@U0AB12CD3> możesz zrotować klucz dla zakupy-pl? jestem w pociągu',
    '<@U0AB12CD3> kun je de sleutel van search-v2 intrekken? ik zit in de trein',
  ]);
  // look-alikes: asked of the bot (no one else first, or nothing about being away), or the English form
  reads([
    ['kannst du bitte den Key von payments rotieren?', 'rotate', 'payments'],
    ['Key von payments rotieren bitte, ich bin im Zug', 'rotate', 'payments'],
    ['¿puedes revocar la clave de ads-ml?', 'revoke', 'ads-ml'],
  ]);
  nothingAsked(['<@U0AB12CD3> can you rotate the payments key? I am on the train']);
  neverActs(['ich bin im Zug, der Key von payments wurde gestern rotiert']);
});

describe('a lifetime taken back in another language ("drei Stunden, nein, vier") is the last one said', () => {
  slots([
    ['Token für zwei Stunden, nein, drei. Danke', { ttlSeconds: 10800 }],
    ['token de 2h, no, mejor 6h por favor', { ttlSeconds: 21600 }],
    ['un jeton pour 2 heures, non, plutôt 4 heures', { ttlSeconds: 14400 }],
    ['token na 3 godziny, nie, 5', { ttlSeconds: 18000 }],
    ['token voor 2 uur, nee, 3 uur graag', { ttlSeconds: 10800 }],
    ['token per 2 ore, anzi 4', { ttlSeconds: 14400 }],
  ]);
  // look-alikes: a "no" that takes nothing back keeps the one lifetime
  slots([
    ['Token für drei Stunden bitte, nein ich brauche keinen Key', { ttlSeconds: 10800 }],
    ['token de 4h, no tengo prisa', { ttlSeconds: 14400 }],
    ['token for 3h, no rush', { ttlSeconds: 10800 }],
  ]);
  nothingAsked(['nein, danke, ich brauche keinen Token mehr']);
});
