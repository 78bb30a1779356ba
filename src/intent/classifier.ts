/**
 * The intent classifier: a one-layer network trained with @nlpjs/neural on the train split of the
 * corpus (scripts/train-intent-model.mjs writes intent-model.json, which ships in the package; no
 * download, no training at run time). It loads with the parser, which the app loads after its first
 * acknowledgement. Deterministic.
 *
 * The forward pass is the network's own (per intent: bias plus the weights of the features present,
 * then a leaky-ReLU scaled by alpha, as @nlpjs/neural's `run`), done here over a feature index built
 * once, because `run` builds several objects per call and the parser must stay above 10,000 parses/s.
 */
import type { IntentName } from '../core/request.js';
import model from './intent-model.json' with { type: 'json' };

export interface Scored {
  intent: IntentName;
  /** Share of the network's total output, 0..1. */
  score: number;
}

/** @nlpjs/neural's default alpha (the slope of its activation). */
const ALPHA = 0.07;

let index: Map<string, number> | undefined;

function featureIndex(): Map<string, number> {
  index ??= new Map(model.features.map((f, i) => [f, i]));
  return index;
}

/** The intents, most likely first, with scores that sum to 1 (an empty list when nothing fires). */
export function classify(features: Iterable<string>): Scored[] {
  const lookup = featureIndex();
  const present: number[] = [];
  for (const f of features) {
    const i = lookup.get(f);
    if (i !== undefined) present.push(i);
  }
  const out: Scored[] = [];
  let total = 0;
  for (let k = 0; k < model.intents.length; k++) {
    const weights = model.perceptrons[k];
    if (weights === undefined) continue;
    let sum = weights[weights.length - 1] ?? 0;
    for (const i of present) sum += weights[i] ?? 0;
    const v = sum <= 0 ? 0 : ALPHA * sum;
    if (v > 0) {
      out.push({ intent: model.intents[k] as IntentName, score: v });
      total += v;
    }
  }
  if (total <= 0) return [];
  for (const s of out) s.score /= total;
  return out.sort((a, b) => b.score - a.score);
}
