/**
 * The intent classifier: a one-layer network (@nlpjs/neural) trained from the train split of the
 * corpus (scripts/train-intent-model.mjs writes intent-model.json; it ships in the package). It
 * loads with the parser, which the app loads after its first acknowledgement. Deterministic.
 */
import { NeuralNetwork } from '@nlpjs/neural';
import type { IntentName } from '../core/request.js';
import model from './intent-model.json' with { type: 'json' };

export interface Scored {
  intent: IntentName;
  /** Share of the network's total output, 0..1. */
  score: number;
}

let net: NeuralNetwork | undefined;

/** The intents, most likely first, with scores that sum to 1 (an empty list when nothing fires). */
export function classify(features: Record<string, number>): Scored[] {
  if (net === undefined) {
    net = new NeuralNetwork();
    net.fromJSON(model);
  }
  const out = net.run(features) ?? {};
  let total = 0;
  for (const v of Object.values(out)) total += v;
  if (total <= 0) return [];
  return Object.entries(out)
    .map(([intent, v]) => ({ intent: intent as IntentName, score: v / total }))
    .sort((a, b) => b.score - a.score);
}
