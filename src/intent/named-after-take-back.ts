/**
 * A unit named alone after a take-back that the readers of withdrawals took the request back for
 * (round nineteen, leftovers19b): "rotate the key for the night audit assistant, no, the revenue lab"
 * rotates revenue-lab, "revoke the kyc key — no, sorry, it's the onboarding key that ended up on github"
 * revokes onboarding, "deprovision nimbus, no, stratus" deprovisions stratus. What follows the take-back
 * is only a unit's name: a phrase that ends in a unit's noun ("the pricing squad"), the key of a unit
 * said to be the one meant ("it's the onboarding key that leaked"), or, when the request named its unit
 * by a bare name, another bare name. Everything else of the request (its intent, Region, lifetime, key
 * kind) stays as the words before the take-back said it. A tail that says which one without naming it
 * ("no, the other team", "nope, the whole lab"), names the unit said before, or keeps the thing names no
 * new target, and the request stays taken back.
 */
import type { IntentName, ParseResult } from '../core/request.js';
import { ACTING_INTENTS as ACTING } from '../core/request.js';
import { isNameWord } from './business-unit.js';
import { LEXICON } from './lexicon.js';

type Read = (text: string) => ParseResult;

/** Nouns that close a unit's name of several words ("the revenue lab", "the concierge bot"). */
const UNIT_NOUN = 'team|lab|squad|crew|unit|bot|assistant|copilot|pod|desk|project|pipeline|service';
/** Words that may close the tail ("…, the pricing squad please"). */
const CLOSE = String.raw`[\s,.!]*(?:(?:please|pls|plz|thanks|thx|ty|instead|then)\b[\s,.!]*)*$`;
/** A unit's name ending in a unit's noun, perhaps with its key ("the ranking pipeline", "the fraud squad's key"). */
const PHRASE = new RegExp(
  String.raw`^(?:(?:it'?s|it\s+(?:is|was)|i\s+meant?)\s+)?(?:the\s+)?((?:[a-z0-9_-]+\s+){1,3}(?:${UNIT_NOUN}))(?:'s)?(?:\s+keys?)?${CLOSE}`,
);
/** The key of a unit said to be the one meant ("it's the onboarding key that ended up on github"). */
const MEANT_KEY =
  /^(?:it'?s|it\s+(?:is|was)|i\s+meant?)\s+(?:the\s+)?([a-z0-9_-]+)\s+keys?\b(?:\s*[,—–-]?\s*(?:that|which)\b[^?]*)?[\s.!]*$/;
/** A bare name alone ("no, stratus"). */
const BARE = new RegExp(String.raw`^([a-z][a-z0-9_-]{2,})${CLOSE}`);

/** Words that say which one without naming it, or answer rather than name ("the other team", "no, fine"). */
const NOT_NAMES = new Set(
  (
    'other another whole entire same wrong right new old next previous first second last main current ' +
    'both all none either neither each every any fine ok okay good done sure yes yeah yep thanks never ' +
    'nothing everything everyone folks guys people my our your their this that these those it them'
  ).split(' '),
);

/** The verb said before, to read the name after it. */
const VERB_OF: Partial<Record<IntentName, string>> = {
  rotate: 'rotate the key for',
  revoke: 'revoke the key for',
  deprovision: 'tear down everything for',
  create_key: 'create a key for',
};

/** The verb said before, to read the key of a unit said to be the one meant ("revoke the onboarding key"). */
const KEY_VERB_OF: Partial<Record<IntentName, string>> = { rotate: 'rotate', revoke: 'revoke' };

/** Cheap look at the tail before its shapes are tried. */
const TAIL_GUARD = new RegExp(
  String.raw`\b(?:${UNIT_NOUN}|keys?)\b|^[a-z][a-z0-9_-]+[\s,.!]*[a-z]*[\s,.!]*$`,
);

/** The reading of `tail` as the unit meant instead, with the request of `before`; null when it names none. */
export function namedAfterTakeBack(tail: string, before: string, read: Read): ParseResult | null {
  const said = tail.toLowerCase().trim();
  if (said.length < 3 || !TAIL_GUARD.test(said)) return null;
  const name = nameSaid(said);
  if (name === null) return null;
  const head = read(before);
  const verb = (name.key ? KEY_VERB_OF : VERB_OF)[head.intent];
  const unit = head.businessUnit;
  if (!ACTING.has(head.intent) || verb === undefined) return null;
  const words = name.words;
  // (The name said before is no new target: "rotate the concierge bot key, no, the concierge bot".)
  const beforeWords = new Set(before.toLowerCase().split(/[^a-z0-9_'-]+/));
  if (words.every((w) => beforeWords.has(w) || w === 'the' || new RegExp(`^(?:${UNIT_NOUN})$`).test(w)))
    return null;
  // (A bare name replaces only a bare name: "deprovision nimbus, no, stratus".)
  if (name.bare && (unit === null || !/^[a-z0-9]+$/.test(unit) || !beforeWords.has(unit))) return null;
  const named = words.join(' ');
  const retold = read(name.key ? `${verb} the ${named} key` : `${verb} ${name.bare ? '' : 'the '}${named}`);
  if (retold.intent !== head.intent || retold.businessUnit === null || retold.businessUnit === unit)
    return null;
  return withHeadValues(retold, head);
}

/** The name the tail says, or null. */
function nameSaid(said: string): { words: string[]; bare: boolean; key: boolean } | null {
  const p = PHRASE.exec(said);
  const m = p ?? MEANT_KEY.exec(said);
  if (m !== null) {
    const words = (m[1] ?? '').split(/\s+/);
    const named = words.slice(0, p !== null ? -1 : undefined);
    if (named.length === 0 || named.some((w) => NOT_NAMES.has(w) || !isNameWord(w))) return null;
    return { words, bare: false, key: p === null };
  }
  const b = BARE.exec(said);
  const w = b?.[1];
  if (w === undefined || NOT_NAMES.has(w) || w in LEXICON || !isNameWord(w)) return null;
  return { words: [w], bare: true, key: false };
}

/** The values said before the take-back that the new reading leaves unsaid (its kind, expiry, Region…). */
const VALUES = ['keyKind', 'expiryDays', 'region', 'ttlSeconds', 'owner', 'provider'] as const;

function withHeadValues(asked: ParseResult, head: ParseResult): ParseResult {
  let out = asked;
  for (const slot of VALUES)
    if (out[slot] === null && head[slot] !== null) out = { ...out, [slot]: head[slot] };
  return out;
}
