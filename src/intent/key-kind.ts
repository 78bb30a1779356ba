/** Which kind of long-term credential a text asks for: a Bedrock API key or IAM access keys. */
import type { KeyKind } from '../core/request.js';
import { PHRASES } from './phrases.js';

/** A kind of credential as the prepared text has it: "token", "api_key", "access keys", "key". */
const KIND = String.raw`(?:tokens?|api_keys?(?:\s+keys?)?|api\s+keys?|access(?:_|\s+)keys?|keys?)`;
/**
 * Two kinds asked to be the same or told apart: "token and api key, same thing?", "tokens vs keys,
 * different?", "api keys / access keys - are they the same?". Read by the rules (help) and by the
 * parser's last look (kindsWeighed), one pattern for both.
 */
export const KINDS_SAME_OR_NOT = new RegExp(
  String.raw`\b${KIND}(?:\s*(?:and|or|vs\.?|versus|&|/)\s*|\s+)(?:an?\s+|the\s+)?${KIND}\b[\s,:;-]*(?:(?:is\s+it|are\s+they|is\s+that)\s+)?(?:the\s+)?(?:same(?:\s+thing)?|different|identical)\s*\?`,
);

const API_WORDS = String.raw`(?:an?\s+|the\s+)?(?:bedrock\s+)?(?:api_key|bearer(?:\s+tokens?)?|api\s+tokens?)`;
const ACCESS_WORDS = String.raw`(?:an?\s+|the\s+)?(?:classic\s+)?(?:sigv4|sig_v4|access\s+keys?|access_keys?|iam\s+(?:access\s+)?keys?|akia)`;
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

/** Words that compare two kinds in a question. */
const COMPARED =
  /\b(?:different|differ|difference|opposed|better|versus|vs|which\s+(?:one|kind|should)|why\s+(?:would|do|does|should|did|choose|pick|prefer))\b/;
/** A token named on its own, and words that weigh one thing against another. */
const TOKEN_WORD = /\b(?:tokens?|tok)\b/;
/** ("token and api key, same thing?": a bare "same" asked weighs them too.) */
const WEIGHED =
  /\b(?:different|differ|difference|between|versus|vs|same(?:\s+thing)?\s+as)\b|\bsame(?:\s+thing)?\s*\?/;
/** Where each kind is first named. */
const FIRST_API = /\b(?:api_key|apikey|bearer|service_specific|api\s+tokens?)\b/;
const FIRST_ACCESS =
  /\b(?:access\s+keys?|access_keys?|sigv4|sig_v4|akia|keypair|secret\s+(?:access\s+)?keys?|iam\s+keys?)\b/;

/**
 * "key of access (IAM)", "chave de acesso", "clave de acceso": an access key in the word order of
 * Romance languages ("a key of access to bedrock" asks for access, not for a kind).
 */
const KEY_OF_ACCESS = /\bkeys?\s+of\s+access\b(?!\s+to\b)/;

/** "IAM key(s)", "IAM creds", "IAM access": IAM named as a kind of credential ("fighting IAM" is not). */
const IAM_CREDENTIAL = /\biam\s+(?:access\s+)?(?:keys?|creds?|credentials?|access|secrets?|keypair)\b/;

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

export function keyKindOf(
  phrase: string,
  tags: Set<string>,
  words: Set<string>,
  text: string,
): KeyKind | null {
  // ("I think it's called a "bearer" something?": a half-remembered word names no kind.)
  const bearer = words.has('bearer') && !(text.includes('bearer') && VAGUE_BEARER.test(text));
  const api =
    words.has('api_key') ||
    words.has('apikey') ||
    bearer ||
    words.has('service_specific') ||
    // ("some key ids start with AKIA and some with ACCA": ACCA opens an API key's ID.)
    words.has('acca') ||
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
        (words.has('iam') && IAM_CREDENTIAL.test(text)))) ||
    // "newkey search-ranking ak", "ak for growth": AK is what engineers call an access key.
    (words.has('ak') && !api);
  if (api && access) {
    // Both named: the one preferred, or neither when they are only compared ("access key vs api key",
    // "how is it different from an access key?", "which is better?").
    if (text.includes('?') && COMPARED.test(text)) return null;
    if (MEANT_ACCESS.test(text)) return 'access-key';
    if (MEANT_API.test(text)) return 'api-key';
    if (PREFERS_ACCESS.test(text)) return 'access-key';
    if (PREFERS_API.test(text)) return 'api-key';
    // (Only for a new key: with revoke or rotate, "we only need the api key now" names the kind kept.)
    const chosen = CHANGES_A_KEY.test(text) ? null : chosenKind(text);
    if (chosen !== null) return chosen;
    if (/\b(?:vs|versus|or|ya|difference|diference|differences|between|same\s+as)\b/.test(text)) return null;
    // Otherwise the kind named first is the request's ("revoke their access keys, they use api keys now").
    const a = FIRST_API.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    const b = FIRST_ACCESS.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    return b < a ? 'access-key' : 'api-key';
  }
  // "is a token the same thing as an api key?", "difference between token and api key?": a token
  // weighed against a key names no kind ("bearer token" is the API key kind itself).
  if (api && !words.has('bearer') && text.includes('?') && TOKEN_WORD.test(text) && WEIGHED.test(text))
    return null;
  // "rotate all keys for X, not just the API key": the kind named only as what is not the limit.
  if (api && NOT_JUST_API.test(text) && !ANOTHER_API.test(text.replace(NOT_JUST_API, ' '))) return null;
  if (access && NOT_JUST_ACCESS.test(text) && !ANOTHER_ACCESS.test(text.replace(NOT_JUST_ACCESS, ' ')))
    return null;
  if (api) return 'api-key';
  if (access) return 'access-key';
  return null;
}

/** "not just the API key", "not only their access keys": beyond that kind, so no kind. */
const NOT_JUST = String.raw`\b(?:not\s+(?:just|only)|as\s+well\s+as|besides)\s+(?:the\s+|an?\s+|their\s+|its\s+|our\s+)?`;
const NOT_JUST_API = new RegExp(`${NOT_JUST}${API_WORDS.replace('(?:an?\\s+|the\\s+)?', '')}`, 'g');
const NOT_JUST_ACCESS = new RegExp(`${NOT_JUST}${ACCESS_WORDS.replace('(?:an?\\s+|the\\s+)?', '')}`, 'g');
const ANOTHER_API = new RegExp(String.raw`\b(?:api_key|bearer|api\s+tokens?)\b`);
const ANOTHER_ACCESS = new RegExp(
  String.raw`\b(?:access\s+keys?|access_keys?|sigv4|sig_v4|iam\s+(?:access\s+)?keys?|akia)\b`,
);
