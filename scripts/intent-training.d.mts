/** Types for intent-training.mjs (plain ESM, shared by the training script and the tests). */
export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  minCount: number;
  /** Features seen in fewer corpus files than this are left out. */
  minFiles?: number;
  /** The L2 of the rules' reading ("rule=…"), as a multiple of `l2` (1 when not given). */
  ruleL2?: number;
  decimals: number;
  /** Training-time variants of each text (augmentedTexts's kinds); none when not given. */
  augment?: readonly string[];
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
/** Variants of a text (kinds: articles, punctuation, typo, mention, markup), deterministic. */
export declare function augmentedTexts(text: string, kinds: readonly string[]): string[];
export declare function modelText(model: IntentModel): string;
/** Earlier rounds' blind files, which `--with-tuned` trains on too. */
export declare const TUNED_FILES: readonly string[];
/** How near (word-set Jaccard) a tuned text may come to a dev or test text and still be trained on. */
export declare const NEAR_HELD: number;
/** For a text, its highest word-set Jaccard against any of `texts`. */
export declare function nearTexts(texts: readonly string[]): (text: string) => number;
/**
 * The train split (the shipped classifier's training); with `tuned`, plus the tuned files' texts the corpus does not
 * hold and no dev or test text is near.
 */
export declare function trainingCases(options?: {
  tuned?: boolean;
}): { text: string; intent: string; source: string; split: string }[];
/** The settings for these training cases: the L2 scaled to the train split's share of them. */
export declare function settingsFor(
  train: readonly { split: string }[],
  settings?: TrainingSettings,
): TrainingSettings;
