/**
 * Round forty-eight, fix48a (tuned-styles-francophone): French as written in Slack in France, Québec, Belgium,
 * Switzerland, Africa and the Maghreb, that the parser misread. Sentences of our own of each kind, and look-alikes that
 * keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a French request taken back ("ah non oublie", "mauvais canal", "non non, on la garde")', () => {
  nothingAsked([
    "révoque la clé de paie-ia. ah non oublie, Samir l'a déjà fait",
    'jeton 3h svp — oups pardon, mauvais canal',
    'deprovision l’unité atlas-v1 ? non non, on la garde finalement',
    'rotate la clé de ventes-ia... non oublie ça, c’est réglé',
  ]);
  // look-alikes: "n'oublie pas" (don't forget) asks; a channel named in a request stays one
  stillActs([
    "n'oublie pas de révoquer la clé de paie-ia stp",
    'révoque la clé de paie-ia stp, elle traîne dans le canal',
  ]);
});

describe('a colleague asked in French for a spare moment ("<@U…> quand t\'as une minute")', () => {
  nothingAsked([
    '<@U08JDUPONT> tu peux rotate la clé de ventes-ia quand t’as une sec ?',
    "<@U08JDUPONT> quand t'as deux minutes, révoque la clé de paie-ia stp",
    '<@U08JDUPONT> quand vous aurez un moment, une clé pour atlas-v2 svp',
  ]);
  // look-alike: the bot asked, no spare moment
  stillActs(['<@U07BEDR0CK> révoque la clé de paie-ia stp']);
});

describe('a French value corrected ("2h. non attends, 3h", "enfin non, mets 6", "30 jours, non 60")', () => {
  slots([
    ['jeton 1h. non attends, 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['token 3h... enfin non, mets 5', { intent: 'token', ttlSeconds: 18000 }],
    [
      'clé api pour ventes-ia 30 jours, non 90',
      { intent: 'create_key', businessUnit: 'ventes-ia', expiryDays: 90 },
    ],
    ['révoque paie-ia. non attends, paie-ia-v2', { intent: 'revoke', businessUnit: 'paie-ia-v2' }],
  ]);
});

describe('Belgian and Swiss tens, days written "30j" and years "1 an"', () => {
  slots([
    ['un jeton de septante minutes svp', { intent: 'token', ttlSeconds: 4200 }],
    ['jeton nonante-cinq minutes merci', { intent: 'token', ttlSeconds: 5700 }],
    [
      'clé pour ventes-ia, expiration huitante jours',
      { intent: 'create_key', businessUnit: 'ventes-ia', expiryDays: 80 },
    ],
    ['generate la key pour paie-ia, 45j', { intent: 'create_key', businessUnit: 'paie-ia', expiryDays: 45 }],
    ['clé api pour atlas-v2, 1 an', { intent: 'create_key', businessUnit: 'atlas-v2', expiryDays: 365 }],
  ]);
  // look-alikes: the trade's own numbers
  nothingAsked(['on a septante clients à Lausanne', "mon fils a 12 ans aujourd'hui"]);
});

describe('French periods ("le mois passé", "la semaine passée", "il y a 2 mois", "les 2 dernières semaines")', () => {
  slots([
    [
      'dépenses de ventes-ia le mois passé',
      { intent: 'spend', businessUnit: 'ventes-ia', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'historique il y a 3 mois pour paie-ia',
      { intent: 'history', businessUnit: 'paie-ia', period: { kind: 'month', monthsAgo: 3 } },
    ],
    [
      "l'historique des 3 dernières semaines pour atlas-v2 stp",
      { intent: 'history', businessUnit: 'atlas-v2', period: { kind: 'days', days: 21 } },
    ],
    [
      'le spend de paie-ia en juillet 2026',
      { intent: 'spend', businessUnit: 'paie-ia', period: { kind: 'named-month', month: 7, year: 2026 } },
    ],
  ]);
  // look-alikes: the trade's own past
  nothingAsked(['il y a 2 mois on a refait la cantine', 'la semaine passée le livreur est venu deux fois']);
});

describe('a French group noun before the name ("la cellule data-ops", "le desk Conformité Lux")', () => {
  reads([
    ['une clé pour la cellule risques-ia merci', 'create_key', 'risques-ia'],
    ['clé API pour le desk Taux Change, 6 mois', 'create_key', 'taux-change'],
  ]);
  neverActs(['la clé du desk de Julie est dans le tiroir']);
});

describe('"tourne" asked of a key, "mes bu", "les clés de X"', () => {
  slots([
    ['tourne toutes les clés de paie-ia', { intent: 'rotate', businessUnit: 'paie-ia', all: true }],
    ['tourne la clé de ventes-ia stp', { intent: 'rotate', businessUnit: 'ventes-ia' }],
    ['revoke les clés de atlas-v2', { intent: 'revoke', businessUnit: 'atlas-v2', all: true }],
    ['mes bu svp', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: a thing that runs is told, not rotated
  neverActs([
    'le batch de paie-ia tourne à Francfort',
    'un cron qui tourne toutes les nuits, jeton ou clé ?',
  ]);
});

describe('French small words after a verb, taken for a unit ("révoque ça maintenant", "cette clé", "carrément", "pis")', () => {
  reads([
    ["quelqu'un a collé la clé de paie-ia dans un mail. révoque ça maintenant", 'revoke', 'paie-ia'],
    ['déprovisionne carrément atlas-v2', 'deprovision', 'atlas-v2'],
    ["décommissionne l'unité risques ia pis ses clés", 'deprovision', 'risques-ia'],
  ]);
  slots([
    [
      'révoque cette clé svp: AKIAJ7ZK3W9QXN2BT5LD',
      { intent: 'revoke', businessUnit: null, keyId: 'AKIAJ7ZK3W9QXN2BT5LD' },
    ],
  ]);
  // look-alikes: a leave-taking and a count asked nothing
  nothingAsked([
    'merci, bonne soirée',
    'merci beaucoup, bonne journée à toute l’équipe',
    "ça ferait 20 clés en tout, c'est beaucoup",
  ]);
});

describe('who did a change, asked in French ("qui a révoqué la clé de X ?", "c\'est qui qui a approuvé …")', () => {
  reads([
    ['qui a révoqué la clé de paie-ia ? plus rien ne marche', 'history', 'paie-ia'],
    ["c'est qui qui a approuvé la clé de atlas-v2 ?", 'history', 'atlas-v2'],
    ['qui a fait la rotation de la clé de ventes-ia hier ?', 'history', 'ventes-ia'],
  ]);
  // look-alike: another trade's approval
  nothingAsked(['qui a approuvé le bon de commande des chaises ? la compta le cherche']);
});

describe('lay French verbs of taking a key away or closing a unit ("coupe la clé de X", "démantèle X")', () => {
  reads([
    ['coupe la clé de paie_ia stp, la mission est finie', 'revoke', 'paie-ia'],
    ['enlève la clé de ventes-ia, on change de pipeline', 'revoke', 'ventes-ia'],
    ['démantèle atlas stp, clés, accès, tout', 'deprovision', 'atlas'],
    ["ferme complètement l'unité `risquesIa`, le projet est arrêté", 'deprovision', 'risques-ia'],
  ]);
  // look-alikes: a car's key and a shop closed
  neverActs(['enlève la clé du contact avant de partir', 'ferme la porte du local à clé stp']);
});
