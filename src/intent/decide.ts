/**
 * Decide before acting: the last step of a parse. It gives help its topic, empties the slots of a
 * text that asks nothing, and, when the parser is not sure enough to act (confidence below
 * CONFIDENT) on a reading that would do something, turns the parse into a question whose answers
 * are the likely readings as requests the parser reads back with certainty.
 */
import { alternativeOf } from '../core/clarify.js';
import { CONFIDENT, emptyParse, type HelpTopic, type IntentName, type ParseResult } from '../core/request.js';

/** Readings that do something the person may not have meant: never acted on below CONFIDENT. */
const ACTING = new Set<IntentName>(['token', 'create_key', 'rotate', 'revoke', 'deprovision']);

/** Help topics by what the question is about; the first that matches wins. */
const KIND = String.raw`(?:api_key|access\s+keys?|access_keys?|sigv4|bearer|iam\s+user\s+keys|key\s+kinds?|kinds?\s+of\s+keys?)`;
const TOPICS: [RegExp, HelpTopic][] = [
  [
    new RegExp(
      String.raw`\b(?:${KIND}[^?.!]*\b(?:vs|versus|or|than|same\s+as|difference)\b|(?:difference|vs|versus|which\s+one|what(?:'s|\s+is|\s+are)\s+(?:an?\s+)?(?:bedrock\s+)?)[^?.!]*${KIND}|env\s+var|token\s+or\s+(?:a\s+)?key|key\s+or\s+(?:a\s+)?token)`,
    ),
    'key-kinds',
  ],
  [/\b(?:approv\w*|pending|sign\s+off|signs\s+off|chase|admins?)\b/, 'approvals'],
  [/\b(?:spend\w*|spent|costs?|bills?|budget)\b/, 'spend'],
  [/\b(?:deprovision\w*|offboard\w*|decommission\w*)\b/, 'deprovision'],
  [/\b(?:rotat\w*|roll|regenerate)\b/, 'rotate'],
  [/\b(?:revok\w*|delete|disable)\b/, 'revoke'],
  [
    /\b(?:how\s+long|how\s+many|max(?:imum)?|min(?:imum)?|limits?|longest|shortest|at\s+most|lifetime|ttl|last|lasts|valid\s+for|more\s+than|expire\s+on\s+their\s+own)\b/,
    'limits',
  ],
  [/\b(?:regions?|xxregion)\b/, 'regions'],
  [/\b(?:models?|claude|llama|mistral|titan|nova|cohere)\b/, 'models'],
  [/\b(?:history|audit|log|logs)\b/, 'history'],
  [/\b(?:list|ls)\b/, 'list'],
  [/\b(?:details?|info|status|owner)\b/, 'details'],
  [
    /\b(?:leak\w*|safe|commit|paste|store|vault|copy|permissions?|s3|who\s+made|where\s+do|contractor|down)\b/,
    'general',
  ],
  [/\b(?:tokens?|temporary|short_term)\b/, 'token'],
  [/\b(?:keys?|api_key|credentials?|creds|onboard\w*|long_term)\b/, 'create_key'],
];

export function helpTopic(text: string): HelpTopic {
  for (const [re, topic] of TOPICS) if (re.test(text)) return topic;
  return 'general';
}

/**
 * Finishes a parse: topic for help, empty slots for unknown, and a question when it should ask.
 * `others` are other readings the rules found (e.g. a second request in the same message).
 */
export function decide(parse: ParseResult, text: string, others: ParseResult[] = []): ParseResult {
  if (parse.intent === 'unknown') {
    return { ...emptyParse(), confidence: parse.confidence, reason: parse.reason };
  }
  if (parse.intent === 'help') {
    return { ...parse, topic: parse.topic ?? helpTopic(text) };
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
