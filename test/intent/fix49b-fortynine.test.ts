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
