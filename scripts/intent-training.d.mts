/** Types for intent-training.mjs (plain ESM, shared by the training script and the tests). */
export interface IntentModel {
  note: string;
  trainedOn: number;
  settings: Record<string, unknown>;
  features: string[];
  intents: string[];
  perceptrons: number[][];
}
export declare const SETTINGS: {
  iterations: number;
  errorThresh: number;
  deltaErrorThresh: number;
  learningRate: number;
};
export declare function trainIntentModel(
  train: readonly { text: string; intent: string }[],
  intentFeatures: (text: string) => string[],
): { model: IntentModel; epochs: number; error: number };
export declare function modelText(model: IntentModel): string;
