/**
 * A table-driven stand-in for the NLP parser, so engine tests do not depend on its wording rules.
 *
 *   const parse = tableParser({ 'token': { intent: 'token' }, 'create key for marketing': { intent: 'create_key', businessUnit: 'marketing', longTerm: true } });
 *
 * Unknown texts parse as intent "unknown".
 */
import { emptyParse, type ParseResult } from '../../src/core/request.js';

export function parseResult(overrides: Partial<ParseResult>): ParseResult {
  return emptyParse({ confidence: 1, reason: 'table parser', ...overrides });
}

export function tableParser(
  table: Record<string, Partial<ParseResult>>,
): (text: string) => Promise<ParseResult> {
  return async (text) => parseResult(table[text.trim()] ?? { intent: 'unknown', confidence: 0.2 });
}
