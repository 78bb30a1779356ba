/**
 * Round forty-nine, fix49h (tuned-styles-francophone): French as written in Slack in France, Québec, Belgium,
 * Switzerland, West Africa and the Maghreb, that the parser misread. Sentences of our own of each kind, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { slots, stillActs } from './acted.js';

describe('French hours in words and a half or a quarter ("deux heures et demie", "1h et quart")', () => {
  slots([
    ['un jeton pour deux heures et demie stp', { intent: 'token', ttlSeconds: 9000 }],
    ['jeton de trois heures et quart, merci', { intent: 'token', ttlSeconds: 11_700 }],
    ['donne-moi un jeton pour une heure et quart', { intent: 'token', ttlSeconds: 4500 }],
    ['un token pour 2h et demie svp', { intent: 'token', ttlSeconds: 9000 }],
    ['jeton 1h et quart stp', { intent: 'token', ttlSeconds: 4500 }],
  ]);
  // look-alikes: an hour and a half and a plain count of hours keep their reading
  slots([
    ['jeton pour une heure et demie', { intent: 'token', ttlSeconds: 5400 }],
    ['un jeton de deux heures stp', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('French years: a validity ("valable un an") and an age ("j\'ai 30 ans")', () => {
  slots([
    [
      'une clé pour compta-ia valable un an',
      { intent: 'create_key', businessUnit: 'compta-ia', expiryDays: 365 },
    ],
    [
      'clé api pour paie-assistant, valable deux ans',
      { intent: 'create_key', businessUnit: 'paie-assistant', expiryDays: 730 },
    ],
    [
      "une clé d'accès pour veille-ia valable 6 mois stp",
      { intent: 'create_key', businessUnit: 'veille-ia', expiryDays: 180 },
    ],
    ['clé pour ventes-ia, une année', { intent: 'create_key', businessUnit: 'ventes-ia', expiryDays: 365 }],
  ]);
  // an age is no lifetime: the token keeps the lifetime asked for, or none
  slots([
    ["j'ai 30 ans et je veux un jeton pour 2h", { intent: 'token', ttlSeconds: 7200 }],
    ["un jeton stp, j'ai 30 ans et c'est mon premier", { intent: 'token', ttlSeconds: null }],
    ['mon stagiaire a 22 ans, il lui faut un jeton de 3h', { intent: 'token', ttlSeconds: 10_800 }],
  ]);
  stillActs(["j'ai 30 ans et je veux un jeton pour 2h"]);
});
