/**
 * A model family named without its maker states the maker (README, "Provider"): "token, 90 mins,
 * Sonnet", "the haiku vs sonnet comparison", "opus for the eval" → anthropic. "Haiku" is also a poem:
 * it is the model only next to another of the maker's words ("sonnet vs haiku", "claude haiku") or
 * after what one does with a model ("to try haiku", "test with haiku", "for haiku").
 */
import { haikuTermsAsModel } from './haiku-named.js';
import type { Term } from './terms.js';

export const MODEL_FAMILY: ReadonlySet<string> = new Set(['sonnet', 'opus', 'haiku']);
const ANTHROPIC_WORDS = new Set(['claude', 'anthropic', 'sonnet', 'opus']);
const USE_BEFORE = new Set([
  'for',
  'try',
  'trying',
  'test',
  'testing',
  'with',
  'vs',
  'versus',
  'using',
  'use',
  'against',
  'call',
  'calling',
]);

/**
 * train29: what one measures or runs on a model, right after "haiku" ("the haiku latency benchmark", "haiku evals",
 * "a haiku throughput test"), and what one does with a model before it ("running haiku evals"): the model, not
 * a poem ("write a haiku about it", "the haiku club"). (fix54a: and set against another model, "token 2h, haiku vs llama on
 * the triage notes": the two weighed, so no maker, rules.ts providerOf.)
 */
export const MODEL_USE_AFTER: ReadonlySet<string> = new Set(
  'latency benchmark benchmarks bench eval evals evaluation evaluations throughput test tests run runs calls requests endpoint model inference prompts outputs responses quality comparison perf performance pricing quota vs versus'.split(
    ' ',
  ),
);
const MODEL_USE_BEFORE = new Set([
  'running',
  'run',
  'benchmark',
  'benchmarking',
  'evaluate',
  'evaluating',
  'compare',
  'comparing',
  'prompting',
]);

/** What a model is said able to do, after its name. */
const MODEL_CAN_AFTER = new Set([
  'can',
  'could',
  'handles',
  'handle',
  'reads',
  'parses',
  'understands',
  'summarizes',
  'summarises',
  'manages',
]);
/** Words before a poem ("a haiku can say a lot", "my haiku could win"). */
const POEM_BEFORE = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'this',
  'that',
  'every',
  'one',
]);

/** The maker of the model family at `i` (a word of MODEL_FAMILY), or null ("a haiku about keys"). */
export function familyProvider(terms: readonly Term[], i: number): string | null {
  const w = terms[i]?.w;
  if (w !== 'haiku') return otherOpus(terms, i) && !claudeNear(terms, i) ? null : 'anthropic';
  if (USE_BEFORE.has(terms[i - 1]?.w ?? '') || MODEL_USE_BEFORE.has(terms[i - 1]?.w ?? ''))
    return 'anthropic';
  // (fix59 guards: "the model is haiku", "poke at haiku", "token, 1 hour, haiku": haiku-named.ts.)
  if (haikuTermsAsModel(terms)) return 'anthropic';
  if (terms[i]?.stop !== true && MODEL_USE_AFTER.has(terms[i + 1]?.w ?? '')) return 'anthropic';
  // (fix53d: the model said able to do a task, "check if haiku can read our alert payload json"; not a poem, "a haiku
  // can say a lot".)
  if (
    terms[i]?.stop !== true &&
    MODEL_CAN_AFTER.has(terms[i + 1]?.w ?? '') &&
    !POEM_BEFORE.has(terms[i - 1]?.w ?? '')
  )
    return 'anthropic';
  return claudeNear(terms, i) ? 'anthropic' : null;
}

/** Another of the maker's words within four words of `i` ("sonnet vs haiku", "claude opus"). */
function claudeNear(terms: readonly Term[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= i + 4 && j < terms.length; j++) {
    if (j !== i && ANTHROPIC_WORDS.has(terms[j]?.w ?? '')) return true;
  }
  return false;
}

/** Things that an opus or a sonnet of another kind names: "the opus codec", "opus audio", "the magnum opus deck". */
const OTHER_THINGS = new Set([
  'codec',
  'codecs',
  'audio',
  'format',
  'deck',
  'file',
  'files',
  'encoder',
  'encoding',
  'stream',
  'track',
  'poem',
  'poems',
]);
/** Words before an opus or a sonnet that is a work, not the model: "magnum opus", "a sonnet", "write a sonnet". */
const WORK_BEFORE = new Set(['magnum', 'a', 'shakespeare', "shakespeare's", 'petrarchan', 'write', 'wrote']);

/**
 * Review fix seventeen: "opus" and "sonnet" are as ambiguous as "haiku" where the words around name
 * another thing (the Opus codec, a magnum opus, a sonnet one writes): there only another of the
 * maker's words near makes them the model ("test opus audio encoding" is the codec).
 */
function otherOpus(terms: readonly Term[], i: number): boolean {
  const next = terms[i]?.stop ? '' : (terms[i + 1]?.w ?? '');
  return OTHER_THINGS.has(next) || next === 'about' || WORK_BEFORE.has(terms[i - 1]?.w ?? '');
}

const MODEL_WORD =
  /\b(?:claude|anthropic|llama|mistral|mixtral|titan|nova|cohere|jamba|deepseek|sdxl|qwen|palmyra|sonnet|opus|haiku)\b/;
/** A maker's word or a model family's, with the maker each names (shared with values-last-look.ts). */
export const MODEL_MAKER: Readonly<Record<string, string>> = {
  claude: 'anthropic',
  anthropic: 'anthropic',
  sonnet: 'anthropic',
  opus: 'anthropic',
  haiku: 'anthropic',
  llama: 'meta',
  mistral: 'mistral',
  mixtral: 'mistral',
  pixtral: 'mistral',
  titan: 'amazon',
  nova: 'amazon',
  cohere: 'cohere',
  jamba: 'ai21',
  deepseek: 'deepseek',
  sdxl: 'stability',
  qwen: 'qwen',
  palmyra: 'writer',
};
/** A sentence that tells a story (someone did or does it, a past, a plan) rather than what the token is for. */
const TOLD =
  /^\W*(?:i|i'm|im|we|we're|they|he|she|you|someone|our|my|the\s+team|it|this|that)\b|\b(?:\w+ed|was|were|did|had|will|plan(?:s|ning)?|last|yesterday|ago|wrote|write|poem|contest)\b/;

/**
 * "token. 2h. Titan embeddings for the precedent search test.": a model named in a sentence of its own
 * that only says what the token is for (no one who did it, no past or plan: "we compared claude and
 * llama last week" is story) states its maker (README, "Provider").
 */
export function purposeProvider(story: string): string | null {
  const lower = story.toLowerCase();
  if (!MODEL_WORD.test(lower)) return null;
  for (const sentence of lower.split(/\s+\.\s+|[.!?]+(?:\s+|$)/)) {
    const m = MODEL_WORD.exec(sentence);
    if (m === null || TOLD.test(sentence)) continue;
    if (
      m[0] === 'haiku' &&
      !/\b(?:claude|anthropic|sonnet|opus|vs|versus|comparison|comparing|test|testing|eval)\b/.test(sentence)
    )
      continue;
    return MODEL_MAKER[m[0]] ?? null;
  }
  return null;
}
