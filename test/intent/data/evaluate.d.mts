import type { ParseResult } from '../../../src/core/request.js';

export type Split = 'train' | 'dev' | 'test';

export interface Label {
  text: string;
  intent: string;
  businessUnit?: string;
  owner?: string;
  ttlSeconds?: number;
  region?: string;
  keyKind?: string;
  expiryDays?: number;
  keyId?: string;
  all?: boolean;
  provider?: string;
  topic?: string;
  invalid?: string[];
  note?: string;
  longTerm?: boolean;
}

export interface Case extends Label {
  source: string;
  negative: boolean;
  split: Split;
}

export interface Score {
  exact: boolean;
  wrong: string[];
  falseAction: boolean;
  asked: boolean;
}

export interface SplitFigures {
  cases: number;
  exact: number;
  exactRate: number;
  nonRequests: number;
  falseActions: number;
  asked: number;
}

export interface Evaluation {
  splits: Partial<Record<Split, SplitFigures>>;
  confusion: Partial<Record<Split, Record<string, Record<string, number>>>>;
  results: (Score & { case: Case; parse: ParseResult })[];
}

export const CORPUS_FILES: string[];
export const ACTING_INTENTS: Set<string>;
export const NON_REQUEST_INTENTS: Set<string>;
export const SLOTS: readonly (keyof ParseResult)[];
export function splitOf(text: string): Split;
export function readCases(file: string): (Label & { source: string; negative: boolean })[];
export function loadCorpus(): Case[];
export function acts(parse: ParseResult): boolean;
export function score(label: Label, parse: ParseResult): Score;
export function evaluate(cases: Case[], parse: (text: string) => ParseResult): Evaluation;
