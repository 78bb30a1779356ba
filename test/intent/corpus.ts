/**
 * The parser's original hand-written cases (test/intent/data/legacy.jsonl), as tuples. Each case states
 * the intent and every slot the text states; slots not listed must be null (businessUnit, owner,
 * ttlSeconds, region, keyKind, expiryDays). keyId, all, longTerm and provider are checked when listed.
 * The whole labelled corpus, with its train/dev/test split, is in test/intent/data/.
 */
import type { ParseResult } from '../../src/core/request.js';
import { readCases } from './data/evaluate.mjs';

export type Expected = Partial<ParseResult> & Pick<ParseResult, 'intent'>;
export type CorpusCase = [text: string, expected: Expected];

export const CORPUS: CorpusCase[] = readCases('legacy.jsonl').map(
  ({ text, source: _s, negative: _n, ...label }) => [text, label as Expected],
);
