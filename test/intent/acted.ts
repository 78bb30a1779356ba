import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Acted on as it stands: an action, no question, no problem (what the engine would carry out). */
export function acted(text: string): boolean {
  const parse = parseRequest(text);
  return (
    ACTING_INTENTS.has(parse.intent) &&
    parse.question === undefined &&
    (parse.problems === undefined || parse.problems.length === 0)
  );
}
