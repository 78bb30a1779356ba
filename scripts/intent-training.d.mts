/** Types for intent-training.mjs (plain ESM, shared by the training script and the tests). */
export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  minCount: number;
  decimals: number;
}
export interface IntentModel {
  note: string;
  trainedOn: number;
  settings: TrainingSettings;
  intents: string[];
  features: string[];
  /** One row per feature: its weight for each intent, in `intents` order. */
  weights: number[][];
  bias: number[];
}
export declare const SETTINGS: TrainingSettings;
export declare function trainIntentModel(
  train: readonly { text: string; intent: string }[],
  intentFeatures: (text: string) => string[],
  settings?: TrainingSettings,
): { model: IntentModel; epochs: number; error: number };
export declare function modelText(model: IntentModel): string;
