/**
 * Round twenty-three, review fix23b: what requests23's readers (Tagalog and Dutch words, "and send me …" as a
 * second request, "X will own it: <@U…>") caught that they should not, or lost. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('Tagalog thanks "salamat (po) sa …" thank for something; they ask for nothing', () => {
  neverActs([
    'salamat po sa key ng tally-app',
    'salamat sa token kahapon',
    'maraming salamat po sa api key para sa harbor-ops, gumagana na',
    'salamat ha sa bagong token',
    'Salamat po sa access key ng crane-desk!',
  ]);
  // (A request after the thanks still asks.)
  keeps([
    ['salamat po! pa-rotate po ng key ng tally-app', 'rotate', 'tally-app'],
    ['pwede po ba makahingi ng api key para sa tally-app? 90 days po', 'create_key', 'tally-app'],
  ]);
});
