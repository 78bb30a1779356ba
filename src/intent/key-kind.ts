/** Which kind of long-term credential a text asks for: a Bedrock API key or IAM access keys. */
import type { KeyKind } from '../core/request.js';
import { PHRASES } from './phrases.js';

/** A kind of credential as the prepared text has it: "token", "api_key", "access keys", "key". */
const KIND = String.raw`(?:tokens?|api_keys?(?:\s+keys?)?|api\s+keys?|access(?:_|\s+)keys?|keys?)`;
/**
 * Two kinds asked to be the same or told apart: "token and api key, same thing?", "tokens vs keys,
 * different?", "api keys / access keys - are they the same?". Read by the rules (help) and by the
 * parser's last look (kindsWeighed), one pattern for both. (fixcorpus30: learners' English too, a bare "is" and a
 * tail "or no?": "token and api key is same thing or no?", "api key and access key same or not?".)
 * (fix33c: one written equal to the other and asked, "token = api key? or two different things", prepared
 * "token: api_key ?": the question alone, or with its tail that they may differ.)
 * (fix36b, tuned-esports and tuned-shipyard: the two told apart as things, or asked how they differ: "so a token and
 * an api key are different things??", "token and access key, how are they different?".)
 */
export const KINDS_SAME_OR_NOT = new RegExp(
  String.raw`\b${KIND}(?:\s*(?:and|or|vs\.?|versus|&|/)\s*|\s+)(?:an?\s+|the\s+)?${KIND}\b[\s,:;-]*(?:(?:how\s+)?(?:is\s+it|are\s+they|is\s+that|is|are)\s+)?(?:the\s+)?(?:(?:really|actually|totally|completely|two)\s+)?(?:same(?:\s+things?)?|different(?:\s+things)?|identical)(?:\s+or\s+(?:no|not|different|nope))?\s*\?|\b${KIND}\s*(?:=|==|:)\s*(?:an?\s+|the\s+)?${KIND}\s*\?\s*(?:or\s+(?:are\s+they\s+|is\s+it\s+)?(?:two\s+|2\s+)?(?:different|separate|distinct|not)\b|[\s,.;]*$)`,
);

/**
 * Lead26: which of two kinds is better, asked ("is it better to use short-lived tokens or get a proper key?",
 * "should we get a proper key or keep using tokens for the eval harness?", "would it be better for the ranking team
 * to use tokens, or should they get their own key?"): an advice word, then two different kinds either side of
 * "or", in one sentence put as a question. Not a request that lets the bot choose ("whichever is better").
 */
const ADVICE_WORD =
  /\b(?:better|best|smarter|wiser|safer|preferable|preferred|recommended|advisable|should)\b/;
const WEIGHED_KINDS = new RegExp(String.raw`\b(${KIND})\b[^.!?\n]{0,50}?\bor\b[^.!?\n]{0,50}?\b(${KIND})\b`);
const ASKED_SO = /\?|^\s*(?:[a-z]+[\s,:]+){0,3}?(?:is|should|would|could|do|does|are)\b/;
/**
 * A choice left to the bot ("whichever is better"), or weighed among colleagues: asking the bot at all, or a
 * person's own token ("should we ask the bot for a key or just use Kai's token for the demo?": unknown).
 */
const CHOICE_LEFT =
  /\b(?:whichever|either\s+(?:is|works|way)|any\s+(?:is|works)|bot)\b|\b(?!(?:team|unit|org|company|group|squad)'s)[a-z]+'s\s+(?:tokens?|keys?)\b/;

/** The family of a kind word: a token, a Bedrock API key, IAM access keys (credentialClass), or a key of no stated kind. */
function familyOf(word: string): string {
  return /^keys?$/.test(word) ? 'key' : credentialClass(word);
}

export function betterKindAsked(text: string): boolean {
  if (!text.includes(' or') || !ADVICE_WORD.test(text) || CHOICE_LEFT.test(text)) return false;
  for (const sentence of text.split(/[.!\n]+/)) {
    if (!sentence.includes(' or') || !ADVICE_WORD.test(sentence)) continue;
    const m = WEIGHED_KINDS.exec(sentence);
    if (m === null) continue;
    const [a, b] = [familyOf(m[1] ?? ''), familyOf(m[2] ?? '')];
    if (a !== b && ASKED_SO.test(sentence)) return true;
  }
  return false;
}

const API_WORDS = String.raw`(?:an?\s+|the\s+)?(?:bedrock\s+)?(?:api_key|bearer(?:\s+tokens?)?|api\s+tokens?)`;
const ACCESS_WORDS = String.raw`(?:an?\s+|the\s+)?(?:classic\s+)?(?:sigv4|sig_v4|access\s+keys?|access_keys?|iam(?:[\s_]+users?)?\s+(?:access\s+)?keys?|akia)`;
/** "X over Y", "X rather than Y", "X instead of Y", "not Y, X": the kind preferred. */
/** "keep the API key", "doesn't do bearer": the kind not wanted. */
const NOT_WANTED = String.raw`(?:not|no|instead\s+of|keep|(?:does|do|can)(?:n'?t|\s+not)\s+(?:do|support|use|handle|speak|work\s+with))`;
/** "revoke the access key, we moved to the api key": the kind moved to is not the one the request is about. */
const MOVED_TO = String.raw`(?:moved|switched|migrated|changed|gone|went)\s+(?:over\s+)?to`;
const PREFERS_ACCESS = new RegExp(
  String.raw`\b(?:${ACCESS_WORDS}[^.!?]*\b(?:over|than|instead\s+of)\s+${API_WORDS}|${NOT_WANTED}\s+${API_WORDS}|rather\s+${ACCESS_WORDS}|${MOVED_TO}\s+${API_WORDS})`,
);
const PREFERS_API = new RegExp(
  String.raw`\b(?:${API_WORDS}[^.!?]*\b(?:over|than|instead\s+of)\s+${ACCESS_WORDS}|${NOT_WANTED}\s+${ACCESS_WORDS}|rather\s+${API_WORDS}|${MOVED_TO}\s+${ACCESS_WORDS})`,
);
/** A correction of the kind: "rotate the api key, sorry I meant the access key". */
const MEANT_ACCESS = new RegExp(
  String.raw`\b(?:i\s+meant|i\s+mean|sorry|actually|make\s+(?:it|that))\s+${ACCESS_WORDS}\b`,
);
const MEANT_API = new RegExp(
  String.raw`\b(?:i\s+meant|i\s+mean|sorry|actually|make\s+(?:it|that))\s+${API_WORDS}\b`,
);

/** "a "bearer" something", "the bearer thingy or whatever": a lay half-memory of the word. */
const VAGUE_BEARER =
  /\bbearer"?\s+(?:something|thing|thingy|whatever|or\s+(?:something|whatever|so|similar))\b/;

/**
 * Words that compare two kinds in a question (also what one does that the other does not: "what does
 * an IAM access key give me that a bedrock api key doesn't?").
 */
const COMPARED =
  /\b(?:different|differ|difference|opposed|better|versus|vs|which\s+(?:one|kind|should)|why\s+(?:would|do|does|should|did|choose|pick|prefer))\b|\bthat\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:api_key|access\s+keys?|access_keys?|tokens?|tok)\s+(?:doesn'?t|does\s+not|don'?t|can'?t|cannot|won'?t|isn'?t)\b/;
/** A token named on its own, and words that weigh one thing against another. */
const TOKEN_WORD = /\b(?:tokens?|tok)\b/;
/** Where each kind is first named. */
const FIRST_API = /\b(?:api_key|apikey|bearer|service_specific|api\s+tokens?)\b/;
const FIRST_ACCESS =
  /\b(?:access\s+keys?|access_keys?|sigv4|sig_v4|akia|keypair|secret\s+(?:access\s+)?keys?|iam(?:[\s_]+users?)?\s+keys?)\b/;

/**
 * "key of access (IAM)", "chave de acesso", "clave de acceso": an access key in the word order of
 * Romance languages ("a key of access to bedrock" asks for access, not for a kind).
 */
const KEY_OF_ACCESS = /\bkeys?\s+of\s+access\b(?!\s+to\b)/;
/** "chave de API", "clave de API" (surface.ts: "key of API"): the API key in the same word order. */
const KEY_OF_API = /\bkeys?\s+of\s+api\b/;

/** "IAM key(s)", "IAM creds", "IAM access": IAM named as a kind of credential ("fighting IAM" is not). */
const IAM_CREDENTIAL =
  /\biam(?:[\s_]+users?)?\s+(?:access\s+)?(?:keys?|creds?|credentials?|access|secrets?|keypair)\b/;

/**
 * The kind chosen after two were weighed: "we picked the access key", "api keys are easier but we
 * need an access key", "let's go with the api key".
 */
const CHOOSES = String.raw`\b(?:picked|pick|chose|choose|chosen|went\s+with|go\s+with|going\s+with|decided\s+on|settled\s+on|opted\s+for|(?:we|i)\s+(?:really\s+|still\s+|do\s+|only\s+|just\s+)?(?:need|want|prefer)|(?:we|i)(?:'d|\s+would)\s+(?:like|prefer|need|want|take)|(?:let'?s|lets)\s+(?:do|use|take|go\s+with))\s+`;
const CHANGES_A_KEY =
  /\b(?:revoke|revoking|rotate|rotating|delete|deleting|remove|removing|disable|deactivate|kill|nuke|cycle|regenerate|renew|replace|retire|offboard|deprovision)\b/;
const CHOSEN_ACCESS = new RegExp(CHOOSES + ACCESS_WORDS + String.raw`\b`);
const CHOSEN_API = new RegExp(CHOOSES + API_WORDS + String.raw`\b`);

/**
 * Of two kinds named, the one chosen: by a word that chooses it (CHOOSES), or as the answer given
 * after the question that weighed them, "X or Y?" ("key for data-eng: api key or access key? access key",
 * "an access key. or an api key? not sure, access key I guess"). Null when neither or both are.
 */
function chosenKind(text: string): KeyKind | null {
  const access = CHOSEN_ACCESS.test(text);
  if (access !== CHOSEN_API.test(text)) return access ? 'access-key' : 'api-key';
  const q = text.lastIndexOf('?');
  if (q < 0) return null;
  // (Only a question that weighs them has an answer: "which units still have access keys? we want
  // everyone on api keys" tells a plan.)
  const asked = text.slice(Math.max(0, text.slice(0, q).search(/[^.!?\n]*$/)), q);
  if (!/\b(?:or|vs|versus)\b/.test(asked)) return null;
  const answer = text.slice(q + 1);
  const api = FIRST_API.test(answer);
  return api === FIRST_ACCESS.test(answer) || COMPARED.test(answer) ? null : api ? 'api-key' : 'access-key';
}

/**
 * A key's kind written alone as an item of a key request: "key for the Standards team (standards), api,
 * 90 days", "new key for ads; kind: access", "key for growth — type iam, 30 days", "…, access type, …".
 */
// (fix38b, tuned-textile: the kind's noun after it too, "key for gots-evidence please, api type, two months".)
// (fix46d, tuned-forms: a form's "Key: API" field, the kind after "key" and its colon.)
const KIND_ITEM =
  /(?:^|[,;(]|\b(?:kind|type)\s*[:=]?|\bkey\s*[:=])\s*(api|access|iam)(?:\s+(?:type|kind))?\s*(?=[,;.)\n]|$)/;
function kindItem(text: string): string | null {
  return text.includes('key') ? (KIND_ITEM.exec(text)?.[1] ?? null) : null;
}

/** What one kind is, asked "exactly", then the other set against it (keyKindOf). */
const KIND_ASKED_THEN_SET_AGAINST =
  /^\W*(?:[\w-]+[\s,]+)?(?:what(?:'s|\s+is)|whats)\s+(?:an?\s+|the\s+)?(api_key|access\s+keys?|access_keys?)\s+exactly\s*[,?]\s*(?:vs|versus|compared\s+to|as\s+opposed\s+to)\b/;

export function keyKindOf(
  phrase: string,
  tags: Set<string>,
  words: Set<string>,
  text: string,
  story?: string,
): KeyKind | null {
  const context = story === undefined ? text : `${text} ${story}`;
  // ("I think it's called a "bearer" something?": a half-remembered word names no kind.)
  const bearer = words.has('bearer') && !(text.includes('bearer') && VAGUE_BEARER.test(text));
  const item = words.has('api') || words.has('access') || words.has('iam') ? kindItem(text) : null;
  const api =
    item === 'api' ||
    words.has('api_key') ||
    words.has('apikey') ||
    bearer ||
    words.has('service_specific') ||
    // ("some key ids start with AKIA and some with ACCA": ACCA opens an API key's ID.)
    words.has('acca') ||
    (words.has('api') && text.includes('of api') && KEY_OF_API.test(text)) ||
    PHRASES.apiToken.test(phrase);
  const access =
    PHRASES.accessKey.test(phrase) ||
    PHRASES.secretKey.test(phrase) ||
    words.has('keypair') ||
    words.has('akia') ||
    (words.has('access') && text.includes('of access') && KEY_OF_ACCESS.test(text)) ||
    (tags.has('Aws') &&
      (words.has('sigv4') ||
        words.has('sig_v4') ||
        words.has('access_key') ||
        words.has('access_keys') ||
        words.has('aws_access_key_id') ||
        words.has('secret_access_key') ||
        ((words.has('iam') || words.has('iam_user')) && IAM_CREDENTIAL.test(text)))) ||
    // "newkey search-ranking ak", "ak for growth": AK is what engineers call an access key.
    (words.has('ak') && !api) ||
    item === 'access' ||
    item === 'iam';
  // (units28: "rotate — not the exchange API keys — the bedrock key for tx-explainer", "(the Stripe API key
  // leak, unrelated to bedrock) please rotate the bedrock key for x": the key asked for is named as ours, of
  // no kind, and every kind word is another thing's key.)
  if ((api || access) && text.includes('bedrock') && kindsOthers(text)) return null;
  if (api && access) {
    // (fix43b, tuned-styles-followups: one kind asked what it is, "exactly", before the other is set against it, "what
    // is an access key exactly, vs the api key I already have": the kind asked what it is is stated, as before a
    // token; "what is an access key vs the api key?", weighed in one breath, states none.)
    const asked = text.includes('exactly') ? KIND_ASKED_THEN_SET_AGAINST.exec(text) : null;
    if (asked !== null) return /^api/.test(asked[1] ?? '') ? 'api-key' : 'access-key';
    // Both named: the one preferred, or neither when they are only compared ("access key vs api key",
    // "how is it different from an access key?", "which is better?").
    if (text.includes('?') && COMPARED.test(text)) return null;
    // ("a token for 2h. Not an API key, not an access key — just a token": both set aside.)
    if (kindSetAside(text)) return null;
    if (MEANT_ACCESS.test(text)) return 'access-key';
    if (MEANT_API.test(text)) return 'api-key';
    // ("can I get an access key instead of an api key? what is better for boto3?": weighed in a
    // question, also one the request sentence left in the story; the kind answered after it is chosen.)
    if (weighedInQuestion(context, true)) return CHANGES_A_KEY.test(text) ? null : chosenKind(context);
    if (PREFERS_ACCESS.test(text)) return 'access-key';
    if (PREFERS_API.test(text)) return 'api-key';
    // (Only for a new key: with revoke or rotate, "we only need the api key now" names the kind kept.)
    const chosen = CHANGES_A_KEY.test(text) ? null : chosenKind(text);
    if (chosen !== null) return chosen;
    // (fix37a, tuned-met: or listed and asked which the unit has, "x: api key, access key, both?".)
    if (
      /\b(?:vs|versus|or|ya|difference|diference|differences|between|same\s+as)\b|\b(?:both|either)\s*\?/.test(
        text,
      )
    )
      return null;
    // Otherwise the kind named first is the request's ("revoke their access keys, they use api keys now").
    const a = FIRST_API.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    const b = FIRST_ACCESS.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    return b < a ? 'access-key' : 'api-key';
  }
  // "is a token the same thing as an api key?", "difference between token and api key?", "is an access
  // key safer than a token?", "token or api key for a cron?", "is an API key the same as
  // the bedrock login" (a lay name of a token): one kind weighed against a token in a question names
  // none, and neither does a kind set aside for a token ("token for 2h, not an api key").
  if ((api || access) && (weighedInQuestion(context, false) || kindSetAside(text))) return null;
  // "rotate all keys for X, not just the API key": the kind named only as what is not the limit.
  if (api && NOT_JUST_API.test(text) && !ANOTHER_API.test(text.replace(NOT_JUST_API, ' '))) return null;
  if (access && NOT_JUST_ACCESS.test(text) && !ANOTHER_ACCESS.test(text.replace(NOT_JUST_ACCESS, ' ')))
    return null;
  // ("revoke the owners-manual-rag key once the new access key works": the kind is the replacement's, named
  // only in the condition; the key revoked is the old one, of no kind said. requests22.)
  if ((api || access) && text.includes(' new ') && CHANGES_A_KEY.test(text) && NEW_KIND_WAITED.test(text)) {
    const rest = text.replace(NEW_KIND_WAITED, ' ');
    if (!(api ? FIRST_API : FIRST_ACCESS).test(rest)) return null;
  }
  if (api) return 'api-key';
  if (access) return 'access-key';
  return null;
}

/** Our key named by the product alone, of no kind: "the bedrock key", "our bedrock keys". */
const OUR_BEDROCK_KEY = /\bbedrock\s+keys?\b/;
/** A kind word and the word before it (prepared text: "the exchange api_key keys", "github access keys"). */
const KIND_AFTER_WORD =
  /(?<![a-z0-9_'-])([a-z0-9_'-]+)\s+(?:api_keys?|api\s+keys?|access[\s_]keys?|bearer)\b/g;
/** Words before a kind that leave it ours: articles, possessives, our own names for it, how long it lives. */
const OURS_BEFORE_KIND = new Set(
  (
    'a an the our my your their its his her this that these those one new bedrock aws iam amazon long-term ' +
    'long_term term permanent temporary short-lived short_lived own same another fresh separate second ' +
    'for of and or not no with as is are be get need want create rotate revoke make issue'
  ).split(' '),
);
/**
 * Whether the key asked for is "the bedrock key" and every kind named is another thing's key, a name before
 * it that is none of ours ("the exchange API keys", "the github access keys", "the vendor API keys").
 */
function kindsOthers(text: string): boolean {
  if (!OUR_BEDROCK_KEY.test(text)) return false;
  let others = 0;
  for (const m of text.matchAll(KIND_AFTER_WORD)) {
    if (OURS_BEFORE_KIND.has(m[1] ?? '')) return false;
    others++;
  }
  return others > 0;
}

/** A new key of a kind in a condition: "once the new access key works", "as soon as the new api key is live". */
const NEW_KIND_WAITED =
  /\b(?:once|as\s+soon\s+as|when|after|until)\s+(?:the|our|their|its)\s+new\s+(?:(?:bedrock\s+)?(?:api_key|api\s+keys?|api\s+tokens?|bearer(?:\s+tokens?)?)|access\s+keys?|access_keys?)\b/g;

/** "not just the API key", "not only their access keys": beyond that kind, so no kind. */
const NOT_JUST = String.raw`\b(?:not\s+(?:just|only)|as\s+well\s+as|besides)\s+(?:the\s+|an?\s+|their\s+|its\s+|our\s+)?`;
const NOT_JUST_API = new RegExp(`${NOT_JUST}${API_WORDS.replace('(?:an?\\s+|the\\s+)?', '')}`, 'g');
const NOT_JUST_ACCESS = new RegExp(`${NOT_JUST}${ACCESS_WORDS.replace('(?:an?\\s+|the\\s+)?', '')}`, 'g');
const ANOTHER_API = new RegExp(String.raw`\b(?:api_key|bearer|api\s+tokens?)\b`);
const ANOTHER_ACCESS = new RegExp(
  String.raw`\b(?:access\s+keys?|access_keys?|sigv4|sig_v4|iam(?:[\s_]+users?)?\s+(?:access\s+)?keys?|akia)\b`,
);

/**
 * A credential as the prepared text names it, for weighing one against another: the API key kind
 * (also "bearer token"), the access key kind, a token, a lay name of one ("the bedrock login").
 */
const CREDENTIAL = String.raw`(api_key|bearer(?:\s+tokens?)?|api\s+tokens?|access\s+keys?|access_keys?|iam(?:[\s_]+users?)?\s+(?:access\s+)?keys?|sigv4|tokens?|tokns?|tok|ai_credential)`;
/**
 * Two credentials weighed: "X or Y", "X vs Y", "X safer than Y", "X instead of Y", "X the same as Y"; (fix45c) Y one of
 * several, "is an access key safer than one of the tokens for the kiosk pc?"; (fix45b, tuned-care) the second named by
 * whose word it is, "is an api key the same thing as what Priya calls the bedrock login?".
 */
const PAIR = new RegExp(
  String.raw`\b${CREDENTIAL}\b[^?.!]{0,40}?\b(or|vs\.?|versus|than|instead\s+of|rather\s+than|over|same(?:\s+thing)?\s+as|like|compared\s+(?:to|with))\s+(?:what\s+[\w']+(?:\s+[\w']+)?\s+calls?\s+)?(?:an?\s+|the\s+|my\s+|our\s+|one\s+of\s+(?:the|those|these|your|our)\s+)?(?:[\w-]+\s+)?${CREDENTIAL}\b`,
  'g',
);
/**
 * One said to be the other, more or less (round twenty-four): "is a token basically an api key but
 * shorter?", "so a token is kinda like an API key but short-lived?", "is a token more or less a temporary
 * api key?", "token = api key but with a timer?": the two weighed by what one is. (fix45b, tuned-solar: after a
 * short lead set off by a dash, a colon or a comma, "sorry, dumb q — is a token basically an api key?".)
 */
const HEDGE = String.raw`(?:just|basically|essentially|simply|really|actually|only|kinda|kind\s+of|sort\s+of|sorta|more\s+or\s+less|pretty\s+much|like|(?:the\s+)?same\s+as|similar\s+to)`;
const IDENTITY = new RegExp(
  String.raw`\b${CREDENTIAL}\s+(?:is|=)\s+(?:${HEDGE}\s+){0,3}(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${CREDENTIAL}\b|^\W*(?:[^?.!:,—–]{1,30}(?:[:,—–][^\S\n]*){1,2}){0,2}(?:so\s+)?is\s+(?:an?\s+|the\s+|my\s+)?${CREDENTIAL}\s+(?:${HEDGE}\s+){1,3}(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${CREDENTIAL}\b`,
);
/**
 * fix37a, tuned-met: the two named together and asked whether they are the same or differ ("are tokens and api keys
 * basically the same thing with a different lifetime?", "tokens and access keys, are those different?").
 */
const BOTH_SAME_OR_NOT = new RegExp(
  String.raw`\b${CREDENTIAL}\s+(?:and|&)\s+(?:an?\s+|the\s+)?${CREDENTIAL}\b[^?.!]{0,30}?\b(?:the\s+)?(?:same|different|alike|similar|identical)\b`,
);
/** "what can an access key do that a token can't?": one weighed by what the other does not do. */
const UNLIKE = new RegExp(
  String.raw`\b${CREDENTIAL}\b[^?.!]{0,40}?\bthat\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?${CREDENTIAL}\s+(?:doesn'?t|does\s+not|don'?t|can'?t|cannot|won'?t|isn'?t)\b`,
);
const UNLIKE_NEGATION = /n'?t\b|\bnot\b|\bcannot\b/;
/** "difference between X and Y", "which one … X … Y": the two named anywhere in the question. */
const TELL_APART =
  /\b(?:difference|differences|differ|between|which\s+(?:one|kind|is\s+for)|what\s+is\s+better)\b/;
const CREDENTIAL_ANY = new RegExp(String.raw`\b${CREDENTIAL}\b`, 'g');
/** A sentence put as a question: it ends in "?" or opens with a question word ("is a token the same …"). */
const ASKS = /^\W*(?:is|are|should|would|could|can|do|does|what|which|whats|what's)\b/;
/** "api key vs token for a cron", "access key or token, which one": weighed without a question mark. */
const WEIGHS_ITSELF = /\b(?:vs|versus|which\s+one)\b/;
const PREFERRED = /^(?:instead|rather|over)/;
/** A question asking which to use, not for one: "should I use …", "is it better to …", "which …". */
const ADVICE =
  /^\W*(?:should|shall|is|are|would\s+it|which|what|whats|what's|do\s+(?:i|we)\s+(?:use|need|want))\b/;
const WHAT_IS_KIND =
  /^\W*(?:[\w-]+[\s,]+)?(?:what(?:'s|\s+is|\s+are)|whats)\s+(?:exactly\s+)?(?:an?\s+|the\s+)?(?:api_key|access\s+keys?|access_keys?)\b/;
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

function credentialClass(name: string): 'api' | 'access' | 'token' {
  if (/^(?:api|bearer)/.test(name)) return 'api';
  if (/^(?:access|iam|sigv4)/.test(name)) return 'access';
  return 'token';
}

/**
 * Does a question weigh two credentials of different classes against each other? With `kinds`, the
 * two must be the two kinds (API key and access key); without, one of them is a token.
 */
function weighedInQuestion(context: string, kinds: boolean): boolean {
  // ("… that a token can't?": UNLIKE's weighing, only where "that" and a negation both stand.)
  const unlikeMaybe = context.includes('that') && UNLIKE_NEGATION.test(context);
  if (
    !unlikeMaybe &&
    !/\b(?:or|vs|versus|than|instead|rather|over|same|like|compared|differ\w*|between|which|better|is)\b|=/.test(
      context,
    )
  )
    return false;
  const fits = (a: string, b: string): boolean =>
    a !== b && (kinds ? a !== 'token' && b !== 'token' : a === 'token' || b === 'token');
  const asked = context.match(SENTENCE) ?? [];
  const named = new Set<string>();
  for (const m of context.matchAll(CREDENTIAL_ANY)) named.add(credentialClass(m[1] ?? ''));
  for (const sentence of asked) {
    if (!sentence.includes('?') && !ASKS.test(sentence) && !WEIGHS_ITSELF.test(sentence)) continue;
    // ("what is an access key vs a token?": the kind asked what it is is stated.)
    if (WHAT_IS_KIND.test(sentence)) return false;
    const same = IDENTITY.exec(sentence);
    if (same !== null) {
      const [a, b] = same[1] === undefined ? [same[3], same[4]] : [same[1], same[2]];
      if (fits(credentialClass(a ?? ''), credentialClass(b ?? ''))) return true;
    }
    const both = BOTH_SAME_OR_NOT.exec(sentence);
    if (both !== null && fits(credentialClass(both[1] ?? ''), credentialClass(both[2] ?? ''))) return true;
    const unlike = unlikeMaybe ? UNLIKE.exec(sentence) : null;
    if (unlike !== null && fits(credentialClass(unlike[1] ?? ''), credentialClass(unlike[2] ?? '')))
      return true;
    for (const m of sentence.matchAll(PAIR)) {
      // (Of the two kinds, one asked for instead of the other is preferred: "could I have SigV4 creds
      // instead of the api key thing?"; a token asked for instead of a kind is weighed.)
      if (kinds && PREFERRED.test(m[2] ?? '')) continue;
      // (A kind asked for like a token, or instead of one, is chosen: "an access key for growth, like the
      // token but permanent", "can you create an api key rather than a token?"; "should I use an api key
      // instead of a token?" still weighs.)
      if (
        !kinds &&
        (/^like/.test(m[2] ?? '') ||
          (PREFERRED.test(m[2] ?? '') && credentialClass(m[1] ?? '') !== 'token')) &&
        !ADVICE.test(sentence)
      )
        continue;
      if (fits(credentialClass(m[1] ?? ''), credentialClass(m[3] ?? ''))) return true;
    }
    if (TELL_APART.test(sentence)) {
      const classes = [...named];
      if (classes.some((a) => classes.some((b) => fits(a, b)))) return true;
    }
  }
  return false;
}

/**
 * "token for 2h please, not an api key": a kind named only as what a token is wanted instead of. (fix37a,
 * tuned-bakery: with a word on what it is, "token 2h, not the long-lived api key thing".)
 */
const SET_ASIDE =
  /\b(?:not|no|instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?(?:bedrock\s+|iam\s+|long_lived\s+|long_term\s+|permanent\s+|proper\s+|whole\s+|usual\s+)?(api_key|access\s+keys?|access_keys?)\b/;
/** Every kind set aside ("not an API key, not an access key — just a token"). */
const SET_ASIDE_ALL = new RegExp(SET_ASIDE.source, 'g');
function kindSetAside(text: string): boolean {
  const m = SET_ASIDE.exec(text);
  if (m === null || !TOKEN_WORD.test(text.replace(/\b(?:bearer|api)\s+tokens?\b/g, ' '))) return false;
  const rest = text.replace(SET_ASIDE_ALL, ' ');
  CREDENTIAL_ANY.lastIndex = 0;
  for (const n of rest.matchAll(CREDENTIAL_ANY)) if (credentialClass(n[1] ?? '') !== 'token') return false;
  return true;
}

/** A kind of key named in words (prepared text: "api_key", "access_key" glued). */
const KIND_NAMED =
  /\b(?:access[\s_]keys?|api[\s_]keys?|apikeys?|secret[\s_](?:access[\s_])?keys?|bearer|akia\w*|acca\w*|iam[\s_](?:user[\s_])?keys?)\b/;
/** A sentence that asks to change a key: it opens with the verb (after "please", "can you" …). */
const ASKING_OPENING =
  /^[\s,;:—–-]*(?:(?:please|pls|plz|kindly|so|now|then|and|ok|can\s+(?:you|u)|could\s+(?:you|u))[\s,]+){0,3}(?:rotate|revoke|regenerate|regen|disable|deactivate|kill)\b/;
/** A key named by pointing back at the one told of: "revoke that key", "rotate it". */
const POINTS_BACK = /\b(?:that|this|those|these|same)\s+(?:[a-z_]+\s+)?keys?\b|\b(?:it|them)\b/;

/**
 * units27: is the kind named only in the story told before the request? "our billing access key was pasted
 * in a jira ticket. please rotate billing's key": the sentence that asks names the unit's key, of no kind, and
 * the kind stands only in a sentence before it that asks nothing (README: values in sentences that ask
 * nothing are not the request's). Not when the request points back at the key told of ("Revoke that key"),
 * nor a kind said after the request ("create a key for x. Access key, 365 days"). Cheap: a sentence break first.
 */
export function kindOnlyInStory(text: string): boolean {
  if (!/[.!?\n]/.test(text)) return false;
  let kindBefore = false;
  for (const sentence of text.split(/[.!?\n]+/)) {
    if (ASKING_OPENING.test(sentence))
      return (
        kindBefore && !KIND_NAMED.test(sentence) && /\bkeys?\b/.test(sentence) && !POINTS_BACK.test(sentence)
      );
    if (!kindBefore && KIND_NAMED.test(sentence)) kindBefore = true;
  }
  return false;
}

/** A kind of credential as the prepared text has it, tokens included. */
const ANY_KIND = String.raw`(?:api_keys?|api\s+keys?|access(?:_|\s+)keys?|bearer\s+tokens?|tokens?)`;
/**
 * Round thirty-one: two kinds weighed in a question and one chosen after it, the writer's own answer ("key for
 * sales-ops, access key or api key? api key", "… api key or access key? access key I guess"): the question is
 * answered where it is asked, and the request is an instruction (parse-request's mood), not a question to the bot.
 */
const KIND_CHOSEN_AFTER = new RegExp(
  String.raw`\b${ANY_KIND}\s+or\s+(?:an?\s+)?${ANY_KIND}\s*\?+\s*(?:(?:ok|okay|so|then|hmm|probably|prob|i\s+guess|let'?s\s+say|let'?s\s+go\s+with)[\s,]+)?(?:an?\s+|the\s+)?${ANY_KIND}(?:[\s,]+(?:then|i\s+guess|please|pls|plz|it\s+is|is\s+fine))*\s*[.!]*\s*$`,
);
export function kindChosenAfter(text: string): boolean {
  return text.includes(' or ') && KIND_CHOSEN_AFTER.test(text);
}

/**
 * Round thirty-four: a second kind offered in a question after the first was asked for, then one of them chosen in a
 * short answer ("I'd like an access key for sales-ops. or an api key? not sure, access key I guess"): the writer
 * answers the question where it is asked, so the request stands with the kind chosen. Not an answer that weighs
 * them again ("… or an api key? which one is better") nor one that names both or neither.
 */
const OR_KIND = new RegExp(String.raw`\bor\s+(?:an?\s+|the\s+)?${ANY_KIND}\s*$`);
export function kindOfferedThenChosen(text: string): boolean {
  const q = text.lastIndexOf('?');
  if (q < 0 || !text.includes(' or ')) return false;
  const asked = text.slice(0, q).replace(/\?+\s*$/, '');
  if (!OR_KIND.test(asked)) return false;
  const answer = text.slice(q + 1).trim();
  if (answer === '' || answer.split(/\s+/).length > 8) return false;
  return FIRST_API.test(answer) !== FIRST_ACCESS.test(answer) && !COMPARED.test(answer);
}

/**
 * Round thirty-one: what one kind is, asked in a clause ("could you tell me what an api key is in bedrock terms?",
 * "remind me what an access key is"): help on the kinds, the kind asked stated (README "Key kinds"). The kind's
 * words as the prepared text has them; null when the text asks no such thing.
 */
const KIND_WHAT_IN_CLAUSE = new RegExp(
  String.raw`\b(?:tell\s+me|explain(?:\s+to\s+me)?|know|sure|unsure|wondering|understand|eli5|clarify|remind\s+me)\s+(?:again\s+)?(?:exactly\s+)?what\s+(?:an?\s+|the\s+)?(${ANY_KIND})\s+(?:is|are|means?|actually\s+is|really\s+is)\b`,
);
export function kindAskedWhat(text: string): { kind: KeyKind | null } | null {
  if (!text.includes('what')) return null;
  const m = KIND_WHAT_IN_CLAUSE.exec(text);
  if (m === null) return null;
  const word = m[1] ?? '';
  return {
    kind: /^(?:api|bearer)/.test(word) ? 'api-key' : /^access/.test(word) ? 'access-key' : null,
  };
}

/**
 * Round thirty-one: a token weighed against a kind of key, put as one question and nothing else ("per-user tokens,
 * or one shared api key for the pipeline?", "access key or token, which one for boto3"): help on the kinds, no kind
 * stated (README "Key kinds"). Not with a lifetime, nor with a request after the question ("token or key? never
 * mind, token for 3h"): the caller reads no durations.
 */
const TOKEN_OR_KIND =
  /(?<!bearer\s)\btok(?:en|n)?s?\b[^.!?\n]{0,40}?\b(?:or|vs|versus)\b[^.!?\n]{0,40}?\b(?:api_keys?|access_keys?|access\s+keys?)\b|\b(?:api_keys?|access_keys?|access\s+keys?)\b[^.!?\n]{0,40}?\b(?:or|vs|versus)\b[^.!?\n]{0,40}?(?<!bearer\s)\btok(?:en|n)?s?\b/;
const WHICH_ONE = /\bwhich\s+(?:one|is\s+(?:better|best|right))\b/;
export function tokenOrKindAsked(text: string): boolean {
  if (!text.includes('tok') || !TOKEN_OR_KIND.test(text)) return false;
  if (/\?\s*$/.test(text)) return text.split(/[?!.]\s+/).length === 1;
  return WHICH_ONE.test(text) && !/[.!?]/.test(text);
}
