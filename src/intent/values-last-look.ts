/**
 * Round sixty (values): a last look at the value slots of a finished reading, against the message as typed (quotes
 * and code fences left out). Each reader here sets one slot the way the README's Conventions say, where the readings
 * before it left the slot as a story's or took a value only mentioned for one stated:
 *
 * - Provider (README "Provider"): a model named in a sentence of its own that says what a token is for, also in the
 *   asker's present ("can I get a token for 4 hours? I'm testing the grader prompts with claude", "… drafting the
 *   newsletter with Claude", "Token. 2h. Titan embeddings test.") states its maker; two makers named in a question
 *   ("can my token call llama or only the anthropic ones?") state none.
 * - Key kinds (README "Key kinds"): a kind set aside for a token ("token 4h, NOT one of the long api keys", "token
 *   for 2h (I know the API key for our bot is a different thing)") and a token weighed against a kind in a question
 *   ("is a token basically an api key?", "difference between token and api key", "are API keys available in
 *   Jakarta, or only tokens?") state none.
 * - Key lifetimes (README "Forms", "Ages are not lifetimes"): a key's lifetime told as a sentence of its own after the
 *   request ("an API key for the storm desk? 30 days, just for the season") or as a quarter let be ("a key (quarter
 *   is fine)") is its expiry; an age or a period ("90 days old", "every 90 days") is not.
 * - Owner (README "Owner"): a list of the units a person holds, asked with the person after the noun ("units that
 *   <@U…> owns?", "what units does bob@… look after", "which units has bob@…?") has that person as owner; "which units
 *   have I got" has the asker (`me`).
 * - Places (README "Places"): the place a system runs in, told beside a key asked for ("our runner calls
 *   Bedrock from us-east-1", "the vendor's render farm is in Frankfurt", "it runs in the Frankfurt account").
 */
import type { ParseResult } from '../core/request.js';
import { PROVIDER_OF } from './lexicon.js';
import { scanRegions } from './regions.js';
import { MODEL_MAKER } from './model-family.js';
import { unquotedLines } from './discourse.js';

/** The message without quoted lines and code fences, lowercased: what the writer says in their own words. */
function ownWords(input: string): string {
  return unquotedLines(input.replace(/```[\s\S]*?(?:```|$)/g, ' ')).toLowerCase();
}

/** The sentences of a text: split at a full stop, "!", "?", ";", a dash between words, or a line break. */
function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?;]+(?:\s+|$)|\n+|\s+[—–]\s+|\s+-\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const MODEL_WORD =
  /\b(?:claude|anthropic|sonnet|opus|haiku|llama|mistral|mixtral|pixtral|titan|cohere|jamba|deepseek|qwen|palmyra)\b/;
const MODEL_WORDS =
  /\b(claude|anthropic|sonnet|opus|haiku|llama|mistral|mixtral|pixtral|titan|cohere|jamba|deepseek|qwen|palmyra)\b/g;
/** What one does with a model, just before it: "with claude", "testing llama", "against mistral". */
const USE_BEFORE =
  /\b(?:with|using|via|through|against|on|try|trying|test|testing|call|calling)\s+(?:the\s+)?$/;
/** What one measures or runs on a model, just after it: "the haiku prompt", "titan embeddings test". */
const USE_AFTER =
  /^\s+(?:prompts?|models?|embeddings?|tests?|evals?|evaluations?|outputs?|responses?|runs?|benchmarks?|api|latency|quality|comparison)\b/;
/** What follows a model's name that makes it a person's or another thing's. */
const OTHER_AFTER =
  /^(?:'s|\s+(?:from|in|at|said|says|who|codecs?|audio|format|deck|files?|encoder|encoding|streams?|tracks?|poems?))\b/;
/**
 * A sentence that tells a story rather than what the token is for: a past, a plan, someone else's doing, a person
 * called by a model's name ("gotta meet with Claude from finance"). (Only a word of use beside the model makes it the
 * model: purposeMaker.)
 */
const TOLD =
  /\b(?:meet|meeting|talk|talking|speak|chat|sync|lunch)\s+with\b|\b(?:was|were|did|had|will|won't|going\s+to|plan(?:s|ned|ning)?|last|yesterday|ago|compared|tried|used|called|named|says|said|asked|poem|write\s+a|wrote)\b|\b\w+ed\s+(?:with|on|by)\b/;

/** A form's field of story: "Purpose: …", "*Justification*: …", "Notes - …". */
const STORY_FIELD =
  /^\W*(?:purpose|justification|reason|notes?|context|why|use\s+case|description|background)\W*\s*(?:[:=|]|-\s)/;

/** The maker a purpose sentence names with a word of use beside the model, or null. */
function purposeMaker(sentence: string): string | null {
  if (TOLD.test(sentence)) return null;
  const makers = new Set<string>();
  for (const m of sentence.matchAll(MODEL_WORDS)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    // (A person or a codec by the name: "Claude from finance", "opus audio encoding".)
    if (OTHER_AFTER.test(after)) continue;
    const used = USE_BEFORE.test(before) || USE_AFTER.test(after);
    if (!used) continue;
    makers.add(MODEL_MAKER[m[1] ?? ''] ?? '');
  }
  return makers.size === 1 ? ([...makers][0] ?? null) : null;
}

/** Of a token's reading with no maker, the maker a sentence saying what the token is for names. */
function tokenPurposeProvider(text: string, read: ParseResult): ParseResult {
  if (read.intent !== 'token' || read.provider !== null || !MODEL_WORD.test(text)) return read;
  const found = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    // (A form's purpose or notes field is story, never a slot: README "Forms".)
    if (STORY_FIELD.test(sentence)) continue;
    const maker = purposeMaker(sentence);
    if (maker !== null) found.add(maker);
  }
  return found.size === 1 ? { ...read, provider: [...found][0] ?? null } : read;
}

/** Two makers named in a question about our things ("does my token work with mistral, or only anthropic?"): none. */
function makersWeighed(text: string, read: ParseResult): ParseResult {
  if (
    read.provider === null ||
    !(text.includes('?') || /\bor\s+(?:is\s+it\s+)?(?:only|just)\b|-only\b/.test(text))
  )
    return read;
  if (read.intent !== 'help' && read.intent !== 'models') return read;
  // (In one question: "we compare Anthropic and Meta models. Which meta models can we use?" asks about one.)
  for (const sentence of text.match(/[^.!?\n]+[.!?]*/g) ?? []) {
    if (!(sentence.includes('?') || /\bor\s+(?:is\s+it\s+)?(?:only|just)\b|-only\b/.test(sentence))) continue;
    const makers = new Set<string>();
    for (const word of sentence.match(/[a-z0-9_]+/g) ?? []) {
      const maker =
        MODEL_MAKER[word] ?? (word === 'meta' || word === 'amazon' ? PROVIDER_OF[word] : undefined);
      if (maker !== undefined) makers.add(maker);
    }
    if (makers.size >= 2 && /\bor\b|\bonly\b|-only\b|\+|\band\b/.test(sentence))
      return { ...read, provider: null };
  }
  return read;
}

const KIND = String.raw`(?:(?:bedrock|iam|long[\s-]?(?:term|lived))\s+)?(?:api|access)[\s_-]?keys?`;
/** A token's word that is not the bearer token (which names the API key kind). */
const TOKEN_WORD = /(?<!bearer\s)\btok(?:en|n)?s?\b/;
/** A kind set aside for a token: "not an api key", "NOT one of the long api keys", "no access key needed". */
const KIND_SET_ASIDE = new RegExp(
  String.raw`\b(?:not|no|nor|never|without|instead\s+of|rather\s+than|(?:do|does)(?:n'?t|\s+not)\s+(?:need|want))\s+(?:an?\s+|the\s+|any\s+|one\s+of\s+(?:the|those|your)\s+)?(?:[a-z-]+\s+){0,2}?${KIND}\b|\b${KIND}\b[^.!?\n]{0,60}?\b(?:is|are|'s)\s+(?:a\s+|an\s+)?(?:totally\s+|completely\s+)?(?:different|separate|another|other)\b|\b${KIND}\s+(?:is\s+|are\s+)?(?:not|isn'?t|aren'?t)\s+(?:needed|required|necessary|wanted)\b|\b(?:pas|não|nao|no)\s+(?:une?\s+|uma?\s+)?(?:cl[ée]|chave|clave|llave)\s+(?:d['e]\s*)?(?:api|acc[eè]s|acesso|acceso)\b|\b(?:chave|clave|llave|cl[ée])\s+(?:d['e]\s*)?api\s+(?:não|nao|no|pas)\b`,
);
/**
 * A token weighed against a kind in one sentence: "same as", "basically", "difference between", "or only tokens" (not
 * a unit's owner weighed, "api key for growth, same owner as the token?").
 */
const WEIGH_WORDS =
  /\b(?:or|vs\.?|versus|than|instead\s+of|same\s+(?:thing\s+)?as|the\s+same|basically|difference|different|differ|differs|equivalent|between)\b/;
/** The kind asked what it is: "what is an access key vs a token?" states it. */
const KIND_ASKED_WHAT = new RegExp(String.raw`\bwhat(?:'s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?${KIND}\b`);

/** A kind stated by a token's reading or a help question that only sets it aside or weighs it against a token. */
function kindNotStated(text: string, read: ParseResult): ParseResult {
  if (read.keyKind === null || text.includes('bearer')) return read;
  if (read.intent === 'token') {
    // (Only the kind set aside: "SigV4 creds instead of the api key thing" asks for the other kind.)
    const aside = KIND_SET_ASIDE.exec(text)?.[0] ?? '';
    const family = /\b(?:api|bedrock)\b/.test(aside)
      ? 'api-key'
      : /acc[eè]s|acesso|acceso|\biam\b/.test(aside)
        ? 'access-key'
        : '';
    return family === read.keyKind ? { ...read, keyKind: null } : read;
  }
  if (read.intent !== 'help' || KIND_ASKED_WHAT.test(text)) return read;
  const kind = new RegExp(String.raw`\b${KIND}\b`);
  for (const sentence of sentencesOfQuestion(text))
    if (TOKEN_WORD.test(sentence) && kind.test(sentence) && WEIGH_WORDS.test(sentence))
      return { ...read, keyKind: null };
  return read;
}

/** Sentences split only at full stops, "!" and line breaks: a question's "…, or only tokens?" stays whole. */
function sentencesOfQuestion(text: string): string[] {
  return text.split(/[.!]+(?:\s+|$)|\n+|\?\s+/).filter((s) => s.trim() !== '');
}

/**
 * The place a system runs in: a system's noun, then a verb of being or running there, then the place ("the render
 * farm is in Frankfurt", "our runner calls Bedrock from us-east-1", "it runs in the Frankfurt account").
 */
const SYSTEM_RUNS_IN =
  /\b(?:(?:render\s+farm|runners?|lambdas?|jobs?|clusters?|servers?|boxes|box|vms?|instances?|workloads?|pipelines?|environments?|env|rigs?|services?|apps?|it|they)\s+(?:is\s+|are\s+|all\s+)?(?:runs?|running|sits?|sitting|lives?|living|hosted|deployed|located|based|calls?\s+bedrock|will\s+run|is|are)\s+(?:in|from|out\s+of|on)\s+(?:the\s+|our\s+)?)([a-z0-9-]+(?:\s+[a-z0-9-]+)?)/;

/** A key or a token asked for with no Region, and the place the system it is for runs in. */
function systemPlace(text: string, read: ParseResult): ParseResult {
  // (A key's only: "our jobs run in Ireland. I need a token for my debugging session" is where the jobs are, not the
  // person's token.)
  if (read.intent !== 'create_key' || read.region !== null) return read;
  const m = SYSTEM_RUNS_IN.exec(text);
  if (m === null) return read;
  const words = m[1] ?? '';
  let scan = scanRegions(words);
  // ("the Frankfurt account", "the Ireland data centre": a place of the cloud's after the name, never people's.)
  if (
    scan.found.length === 0 &&
    /^\S+\s+(?:account|accounts|region|datacenter|data|dc|cluster|vpc)$/.test(words)
  )
    scan = scanRegions(words.split(/\s+/)[0] ?? '');
  const code = scan.found.length === 1 ? scan.found[0]?.code : null;
  return code === null || code === undefined ? read : { ...read, region: code };
}

const PERSON = String.raw`(<@[a-z0-9]+(?:\|[^>]*)?>|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})`;
const HOLDS = String.raw`(?:owns?|holds?|runs?|manages?|looks?\s+after|has|have|got)`;
/** The units a person holds, asked: "units that <@U…> owns", "units does bob@… look after", "units has bob@…?". */
const UNITS_OF_PERSON = new RegExp(
  String.raw`\b(?:business\s+)?(?:units|teams|bus)\s+(?:(?:that|which)\s+${PERSON}\s+${HOLDS}\b|(?:does|do)\s+${PERSON}\s+${HOLDS}\b|has\s+${PERSON}\s*(?:got\b)?\s*(?:\?|$))`,
);
/** The units the asker holds: "which units have I got", "what units do I own". */
const UNITS_OF_ASKER = new RegExp(
  String.raw`\b(?:which|what)\s+(?:business\s+)?(?:units|teams|bus)\s+(?:have\s+i\s+got|do\s+i\s+(?:own|have|hold|run|manage|look\s+after))\b`,
);

/** A list of units with no owner, asked as the units one person holds. */
function unitsHolder(text: string, read: ParseResult): ParseResult {
  if (read.intent !== 'list' || read.owner !== null) return read;
  if (UNITS_OF_ASKER.test(text)) return { ...read, owner: 'me' };
  const m = UNITS_OF_PERSON.exec(text);
  const person = m?.[1] ?? m?.[2] ?? m?.[3];
  if (person === undefined) return read;
  const mention = /^<@([a-z0-9]+)/.exec(person);
  return { ...read, owner: mention !== null ? (mention[1] ?? '').toUpperCase() : person };
}

/** A key's lifetime opening a sentence of its own: "30 days, just for the season", "6 weeks for now". */
const LIFETIME_OPENS =
  /^(?:(?:for|about|maybe|around|roughly)\s+)?(\d{1,5})\s*(d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\b(?!\s+(?:ago|old|since|later|back|in\s+a\s+row)\b)/;
/** A quarter let be: "(quarter is fine)", "a quarter should do". */
const QUARTER_LET_BE =
  /\b(?:a\s+)?quarter\s+(?:is\s+|would\s+be\s+|should\s+)?(?:fine|ok|okay|enough|do|good)\b/;
const DAYS_PER: Readonly<Record<string, number>> = { d: 1, w: 7, m: 30, y: 365 };

/** A key asked for with no lifetime, and one told bare in a sentence of its own after the request. */
function bareLifetime(text: string, read: ParseResult): ParseResult {
  if (read.intent !== 'create_key' || read.expiryDays !== null || (read.problems?.length ?? 0) > 0)
    return read;
  if (/\b(?:every|each|old|ago|age|rotat\w*|tokens?)\b/.test(text)) return read;
  if (QUARTER_LET_BE.test(text)) return { ...read, expiryDays: 90 };
  for (const sentence of sentencesOf(text).slice(1)) {
    const m = LIFETIME_OPENS.exec(sentence.replace(/^[\s,(]+/, ''));
    if (m === null) continue;
    const days =
      Number(m[1]) * (DAYS_PER[(m[2] ?? 'd').startsWith('mo') ? 'm' : ((m[2] ?? 'd')[0] ?? 'd')] ?? 1);
    return days >= 1 && days <= 36_600 ? { ...read, expiryDays: days } : read;
  }
  return read;
}

/** The reading with its value slots looked at once more against the message as typed. */
export function valuesLastLook(input: string, read: ParseResult): ParseResult {
  if (read.intent === 'unknown') return read;
  const text = ownWords(input);
  return bareLifetime(
    text,
    unitsHolder(
      text,
      systemPlace(text, kindNotStated(text, makersWeighed(text, tokenPurposeProvider(text, read)))),
    ),
  );
}
