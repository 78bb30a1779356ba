/**
 * Round forty-nine, fix49b (tuned-broadcast, tuned-styles-francophone): French requests and non-requests of a
 * broadcaster in Québec, France, Belgium, Switzerland and West Africa the rules misread. Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, slots } from './acted.js';

describe('French words that join or open a name ("pis", "et", "tout", "pr", "par") are no part of it', () => {
  slots([
    ['qui a tourné la clé du Sports Desk pis quand?', { intent: 'history', businessUnit: 'sports-desk' }],
    [
      'révoque les clés de la Newsroom Team et de radio-sud',
      { intent: 'revoke', businessUnit: 'newsroom-team' },
    ],
    [
      'pas besoin de désactiver tout meteo-quebec, juste révoquer la clé',
      { intent: 'revoke', businessUnit: 'meteo-quebec' },
    ],
    [
      'clé api pr podcast-jeunesse stp, 30j',
      { intent: 'create_key', businessUnit: 'podcast-jeunesse', expiryDays: 30 },
    ],
    ['dépenses par unité le mois dernier', { intent: 'spend', businessUnit: null }],
    [
      'supprime tout pour radio-nuit, émission arrêtée',
      { intent: 'deprovision', businessUnit: 'radio-nuit' },
    ],
  ]);
  // look-alikes: the same words in English keep their reading
  keeps([
    ['rotate the key for the PR team', 'rotate', 'pr-team'],
    ['api key for par-tools please, 90 days', 'create_key', 'par-tools'],
  ]);
  neverActs(['they tout the new model everywhere, et cetera', 'on a tout réglé pour radio-nuit, merci']);
});

describe('a need said impersonally, "il me faudrait" / "il nous faut", before what is needed is the request', () => {
  slots([
    [
      'Salut, longue histoire : le serveur de sous-titrage est tombé hier soir et la régie veut un premier jet avant 9h. Bref, il me faudrait un jeton de deux heures pour relancer à la main.',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    ['il nous faut une clé api pour radio-nuit', { intent: 'create_key', businessUnit: 'radio-nuit' }],
  ]);
  // look-alike: before a verb it is no need of a credential
  neverActs(['il me faudrait savoir combien dure un jeton']);
});

describe('a step to take before any change of ours, nothing named, is a remark, no request', () => {
  slots([
    ['on devrait prévenir la DSI avant de révoquer quoi que ce soit, non ?', { intent: 'unknown' }],
    ['we should tell IT before revoking anything', { intent: 'unknown' }],
    ['check with legal before you rotate anything', { intent: 'unknown' }],
  ]);
  // look-alikes: a change named keeps its reading
  keeps([['revoke growth-lab before anything else', 'revoke', 'growth-lab']]);
});
