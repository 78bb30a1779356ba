/**
 * Decide before acting: the last step of a parse. It gives help its topic, empties the slots of a
 * text that asks nothing, and, when the parser is not sure enough to act (confidence below
 * CONFIDENT) on a reading that would do something, turns the parse into a question whose answers
 * are the likely readings as requests the parser reads back with certainty.
 */
import { alternativeOf } from '../core/clarify.js';
import { ACTING_INTENTS as ACTING, CONFIDENT, emptyParse, type ParseResult } from '../core/request.js';
import { helpTopic } from './help-topic.js';

export { helpTopic } from './help-topic.js';

/**
 * Finishes a parse: topic for help, empty slots for unknown, and a question when it should ask.
 * `others` are other readings the rules found (e.g. a second request in the same message).
 */
export function decide(parse: ParseResult, text: string, others: ParseResult[] = []): ParseResult {
  if (parse.intent === 'unknown') {
    return { ...emptyParse(), confidence: parse.confidence, reason: parse.reason };
  }
  if (parse.intent === 'help') {
    const topic = parse.topic ?? helpTopic(text);
    return topic === undefined ? parse : { ...parse, topic };
  }
  const alternatives = others
    .filter((o) => o.intent !== parse.intent && o.intent !== 'unknown')
    .map((o) => alternativeOf(o, o.confidence));
  const withAlternatives = alternatives.length > 0 ? { ...parse, alternatives } : parse;
  if (!ACTING.has(parse.intent) || parse.confidence >= CONFIDENT) return withAlternatives;
  if (parse.problems && parse.problems.length > 0) return withAlternatives;
  const offered = [alternativeOf(parse, parse.confidence), ...alternatives];
  if (!offered.some((a) => a.intent === 'help'))
    offered.push(alternativeOf({ ...emptyParse(), intent: 'help' }, 0));
  return {
    ...withAlternatives,
    question: { text: 'I am not sure what you need. Did you mean:', alternatives: offered },
  };
}
