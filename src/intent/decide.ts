/**
 * Decide before acting: the last step of a parse. It gives help its topic, empties the slots of a
 * text that asks nothing, and, when the parser is not sure enough to act (confidence below
 * CONFIDENT) on a reading that would do something, turns the parse into a question whose answers
 * are the likely readings as requests the parser reads back with certainty.
 */
import {
  type Alternative,
  CONFIDENT,
  emptyParse,
  type HelpTopic,
  type IntentName,
  type ParseResult,
} from '../core/request.js';

/** Readings that do something the person may not have meant: never acted on below CONFIDENT. */
const ACTING = new Set<IntentName>(['token', 'create_key', 'rotate', 'revoke', 'deprovision']);

/** Help topics by what the question is about; the first that matches wins. */
const TOPICS: [RegExp, HelpTopic][] = [
  [
    /\b(?:difference|differ|vs|versus|or\s+an?\s+(?:api|access|iam)|which\s+(?:kind|type)|what\s+kind|sigv4|api_key\b.*\baccess\s+keys?\b|access\s+keys?\b.*\bapi_key)\b|\bwhat(?:'s|\s+is|\s+are)\s+(?:an?\s+)?(?:bedrock\s+)?(?:api_key|access\s+key)/,
    'key-kinds',
  ],
  [
    /\b(?:how\s+long|how\s+many|max(?:imum)?|min(?:imum)?|limits?|longest|shortest|at\s+most|expire|expires|expiry|lifetime|ttl|last|lasts|valid\s+for|more\s+than)\b/,
    'limits',
  ],
  [/\b(?:approv\w*|sign\s+off|signs\s+off|who\s+(?:can|has\s+to)\s+(?:ok|allow)|admins?)\b/, 'approvals'],
  [/\b(?:regions?|xxregion)\b/, 'regions'],
  [/\b(?:rotat\w*|roll|regenerate)\b/, 'rotate'],
  [/\b(?:revok\w*|delete|disable|remove)\b/, 'revoke'],
  [/\b(?:deprovision\w*|offboard\w*|decommission)\b/, 'deprovision'],
  [/\b(?:models?|claude|llama|mistral|titan|nova|cohere)\b/, 'models'],
  [/\b(?:history|audit|log|logs)\b/, 'history'],
  [/\b(?:list|ls)\b/, 'list'],
  [/\b(?:details?|info|status)\b/, 'details'],
  [/\b(?:tokens?|temporary|short_term)\b/, 'token'],
  [/\b(?:keys?|api_key|credentials?|creds|onboard\w*|long_term)\b/, 'create_key'],
];

export function helpTopic(text: string): HelpTopic {
  for (const [re, topic] of TOPICS) if (re.test(text)) return topic;
  return 'general';
}

/** The text a button runs for a reading: short, and read back by the parser to the same request. */
export function requestText(p: ParseResult): string {
  const unit = p.businessUnit;
  const kind = p.keyKind === 'access-key' ? 'access key' : p.keyKind === 'api-key' ? 'api key' : 'key';
  switch (p.intent) {
    case 'token':
      return `token${p.ttlSeconds !== null ? ` ${Math.round(p.ttlSeconds / 60)} minutes` : ''}${p.region ? ` in ${p.region}` : ''}`;
    case 'create_key':
      return unit ? `create ${kind} for ${unit}` : 'create key';
    case 'rotate':
      return unit ? `rotate ${kind} for ${unit}` : 'rotate key';
    case 'revoke':
      return unit ? `revoke ${p.all ? 'all ' : ''}${kind}${p.all ? 's' : ''} for ${unit}` : 'revoke key';
    case 'deprovision':
      return unit ? `deprovision ${unit}` : 'deprovision';
    case 'details':
      return unit ? `details for ${unit}` : 'list';
    case 'history':
      return unit ? `history for ${unit}` : 'history';
    case 'models':
      return `models${p.region ? ` in ${p.region}` : ''}`;
    case 'list':
      return 'list';
    default:
      return 'help';
  }
}

function label(p: ParseResult): string {
  const unit = p.businessUnit;
  switch (p.intent) {
    case 'token':
      return 'A short-term token for you';
    case 'create_key':
      return unit ? `A long-term key for ${unit}` : 'A long-term key for a system';
    case 'rotate':
      return unit ? `Rotate the key of ${unit}` : 'Rotate a key';
    case 'revoke':
      return unit ? `Revoke ${p.all ? 'all keys' : 'a key'} of ${unit}` : 'Revoke a key';
    case 'deprovision':
      return unit ? `Remove ${unit} entirely` : 'Remove a business unit';
    case 'details':
      return unit ? `Details of ${unit}` : 'List business units';
    case 'history':
      return 'What happened recently';
    case 'models':
      return 'Models you can use';
    case 'list':
      return 'List business units';
    default:
      return 'Help: what I can do';
  }
}

export function alternativeOf(p: ParseResult, confidence: number): Alternative {
  return { intent: p.intent, text: requestText(p), label: label(p), confidence };
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
