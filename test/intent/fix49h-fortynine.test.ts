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

describe('French kinds: the access key typed bare ("cle d acces"), "c\'est quoi mes unités déjà", a log of actions', () => {
  slots([
    [
      'revoque la cle d acces de paie-ia',
      { intent: 'revoke', businessUnit: 'paie-ia', keyKind: 'access-key' },
    ],
    [
      'rotation de la cle d acces de compta-ia stp',
      { intent: 'rotate', businessUnit: 'compta-ia', keyKind: 'access-key' },
    ],
    ["c'est quoi mes unités déjà ?", { intent: 'list', owner: 'me' }],
    ["c'est quoi mes unités, déjà ?", { intent: 'list', owner: 'me' }],
    [
      'journal des actions sur paie-ia ces 30 derniers jours',
      { intent: 'history', businessUnit: 'paie-ia', period: { kind: 'days', days: 30 } },
    ],
    ['historique des modifications de compta-ia', { intent: 'history', businessUnit: 'compta-ia' }],
  ]);
  // look-alike: access asked for, no key kind ("je n'ai pas accès")
  slots([["une clé pour paie-ia stp, je n'ai pas accès au bot", { keyKind: null }]]);
});

describe('French owner "moi-même" and a unit corrected by "non, celle de Y"', () => {
  slots([
    [
      "j'ai besoin d'une clé pour l'unité veille ia, propriétaire moi-même",
      { intent: 'create_key', businessUnit: 'veille-ia', owner: null },
    ],
    ['une clé pour compta-ia, owner : moi', { intent: 'create_key', businessUnit: 'compta-ia', owner: null }],
    ['révoque la clé de paie-ia? non, celle de compta-ia', { intent: 'revoke', businessUnit: 'compta-ia' }],
    ['supprime la clé de ventes-ia ? non, plutôt celle de paie-ia', { businessUnit: 'paie-ia' }],
  ]);
  // look-alike: an owner named keeps the mention
  slots([
    [
      'une clé pour compta-ia, propriétaire <@U05MARTIN>',
      { intent: 'create_key', businessUnit: 'compta-ia', owner: 'U05MARTIN' },
    ],
  ]);
});

describe('French places: "en Afrique du Sud", where the system runs ("le service tourne au Canada")', () => {
  slots([
    [
      'une clé pour le projet Kora, en Afrique du Sud si possible',
      { businessUnit: 'kora', region: 'af-south-1' },
    ],
    ["un jeton pour l'Afrique du Sud, 2h", { intent: 'token', ttlSeconds: 7200, region: 'af-south-1' }],
    [
      'une clé pour compta-ia stp, le service tourne au Canada',
      { intent: 'create_key', businessUnit: 'compta-ia', region: 'ca-central-1' },
    ],
    ['une clé pour paie-ia, le batch roule au Canada', { businessUnit: 'paie-ia', region: 'ca-central-1' }],
  ]);
  // look-alike: "tourne" that rotates keeps its reading, no place
  slots([
    ['tourne la clé de paie-ia au plus vite', { intent: 'rotate', businessUnit: 'paie-ia', region: null }],
  ]);
});

describe('a new key asked in French after the old one was seen ("l\'ancienne s\'est retrouvée dans un mail")', () => {
  slots([
    [
      "une nouvelle clé pour paie-ia stp, l'ancienne s'est retrouvée dans un mail à toute la boîte",
      { intent: 'rotate', businessUnit: 'paie-ia' },
    ],
    [
      "une nouvelle clé pour compta-ia stp, l'ancienne a fuité",
      { intent: 'rotate', businessUnit: 'compta-ia' },
    ],
  ]);
  // look-alike: the old one only expired, a new key is made
  slots([
    [
      "une nouvelle clé pour paie-ia stp, l'ancienne a expiré",
      { intent: 'create_key', businessUnit: 'paie-ia' },
    ],
  ]);
});
