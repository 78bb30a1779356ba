/**
 * A key named by a bare number ("revoke key id 42 for growth", "rotate key #3 of ads", "key no. 7"):
 * a key is named by its ID (an AWS ID, AKIA…/ACCA…, or the alias `details` shows), and a number is a
 * place in some list the bot cannot see. The parse states no key ID and names `keyId` as a problem, so
 * the bot refuses and says how to name a key (README, "Key IDs"): also "keys 1 and 2", "key 42" (a
 * number followed by a unit of time is an expiry: "key 90 days"; "key 4 pricing-ml" says "for"; a list's
 * "key\n2." is the next item). A number is echoed; a hash or anything
 * that may be a secret is never read as a key ID, and never repeated.
 */
import type { ParseResult } from '../core/request.js';
import { isCommandWithDays } from './durations.js';
import { SECRET_WORD } from './secrets.js';
import { rewriteSurface } from './surface.js';

const NUMBERED_KEY =
  /\b(?:api[^\S\n]+)?keys?[^\S\n]+(?:(?:with[^\S\n]+(?:the[^\S\n]+|an?[^\S\n]+)?)?(?:id|number|num|nr|no\.?)[^\S\n]*[:=#]?[^\S\n]*#?|#[^\S\n]*|(?![24][^\S\n]+(?!(?:pls|plz|please|now|asap|thanks|thx|too)\b)[a-z`'"]))(\d{1,12})(?![\w-]|[.,]\d|\.\s|[^\S\n]*(?:[-–][^\S\n]*)?(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|w|wks?|weeks?|months?|mo|mos|yrs?|years?|y|people|persons?|users?|teams?)\b)/i;

/**
 * fix36a, tuned-fashion/tuned-met: the number right after the verb with a hash ("merch-planning has two keys, rotate
 * #2"), a key "with id 7" and "key 2 pls" (NUMBERED_KEY above): a place in a list, no key ID.
 */
const VERB_HASH_NUMBER =
  /\b(?:rotate|revoke|delete|disable|deactivate|kill)[^\S\n]+#[^\S\n]*(\d{1,12})(?![\w-]|[.,]\d)/i;

/**
 * After "key id"/"key #" (seven characters or more, a hash's "sha256:" before it too) or right after "key" (sixteen or more, no
 * hyphen: "keys hackathon-2026" is a unit): a string with letters and digits that is no AWS ID (a hash, a pasted secret). A key's
 * alias ("bk-7f3a9c21") is left to the other readings. Also a pasted secret as what a verb of rotation or revocation acts on
 * ("rotate ABSKbmV3…Y2V5 for ads", masked by secrets.ts).
 */
const SECRET_AFTER =
  /\bkeys?\s+(?:(?:id|number|no\.?|#)\s*[:=#]?\s*(?:`\s*)?((?:[a-z][a-z0-9]{1,9}:\s*)?[A-Za-z0-9+/=_.-]{7,})|(?:`\s*)?([A-Za-z0-9+/=_]{16,}|xxsecret)(?![\w-]))|\b(?:rotate|revoke|delete|disable|kill|deactivate|invalidate)\s+(?:the\s+|this\s+|that\s+)?(xxsecret)\b/i;
const ALIAS = /^[a-z]{2,4}-[0-9a-f]{6,}$/i;

/** Intents that name one key by its ID. */
const NAMING_ONE_KEY = new Set(['rotate', 'revoke', 'details', 'history']);

export function withNumberedKey(text: string, parse: ParseResult): ParseResult {
  if (
    parse.keyId !== null ||
    !NAMING_ONE_KEY.has(parse.intent) ||
    !(text.includes('ey') || text.includes('#') || text.includes(SECRET_WORD) || /\d/.test(text))
  )
    return parse;
  const m = numberedAsTyped(text) ?? VERB_HASH_NUMBER.exec(text) ?? foreignNumberedKey(text);
  if (m === null) return withSecretAsKey(text, parse);
  // ("rotate-key ads api-key 90": the bot's syntax, whose last number is the new key's days.)
  if (parse.expiryDays !== null && isCommandWithDays(text.toLowerCase())) return parse;
  const stated = m[1] ?? '';
  // (fix36a: a key named by its place names that one, never all of the unit's: "growth has two keys, revoke #1".)
  return refused(
    { ...parse, all: false },
    stated,
    `"${stated}" is not a key ID: name a key by its ID as \`details\` shows it (AKIA… or ACCA…), or ask for the unit's keys.`,
  );
}

/**
 * A number right after "key" as typed, unless the text glossed into English reads it otherwise (fix54b, tuned-autoparts:
 * "lịch sử thay đổi key 30 ngày qua", "key 30 gün", "Key 90 Tage": a number before another language's unit of time is
 * a span or a lifetime, "key in the last 30 days", no key's place in a list).
 */
function numberedAsTyped(text: string): RegExpExecArray | null {
  const m = NUMBERED_KEY.exec(text);
  if (m === null) return null;
  const glossed = rewriteSurface(text);
  return glossed !== text && NUMBERED_KEY.exec(glossed) === null ? null : m;
}

/**
 * fix40f, tuned-styles-northern: a key named by its number in another language ("tilbagekald nøgle nr 3 for X",
 * "revokee avain #2 X:ltä"): the same number read in the text glossed into English (surface.ts), "key nr 3".
 */
function foreignNumberedKey(text: string): RegExpExecArray | null {
  if (!/\d/.test(text)) return null;
  const glossed = rewriteSurface(text);
  return glossed === text ? null : NUMBERED_KEY.exec(glossed);
}

/** The parse with its key ID refused (never acted on, nothing asked): what was written and why. */
function refused(parse: ParseResult, stated: string, reason: string): ParseResult {
  const { question: _question, ...rest } = parse;
  return { ...rest, problems: [...(parse.problems ?? []), { slot: 'keyId', stated, reason }] };
}

/** A masked secret outside ``` blocks. */
function secretInProse(text: string): boolean {
  return text.includes(SECRET_WORD) && text.replace(/```[\s\S]*?(?:```|$)/g, ' ').includes(SECRET_WORD);
}

/** "rotate key id 9f86d0818… for ads": refused, and what was written is not repeated. */
function withSecretAsKey(text: string, parse: ParseResult): ParseResult {
  const m = SECRET_AFTER.exec(text);
  const written = m?.[1] ?? m?.[2] ?? m?.[3] ?? '';
  // (A secret masked before reading, secrets.ts, is "xxsecret" here; one pasted anywhere in a request to
  // rotate or revoke, "secret scanner hit on ABSKcGF5… — rotate payments", is the key it names; one in a
  // pasted block, "```…BEDROCK=xxsecret```", is what went wrong, and the request names the key.)
  if (
    written !== SECRET_WORD &&
    !((parse.intent === 'rotate' || parse.intent === 'revoke') && secretInProse(text)) &&
    (m === null || !/\d/.test(written) || !/[a-z]/i.test(written) || ALIAS.test(written))
  )
    return parse;
  return refused(
    parse,
    '(not repeated)',
    'That is not a key ID (an AWS key ID starts AKIA…, ASIA… or ACCA…). If it is a secret, it is not repeated here: rotate the key it belongs to.',
  );
}
