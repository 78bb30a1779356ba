/**
 * The slots read from lifted values (durations, Regions), checked for what cannot be right. A value
 * that cannot be used is never clamped or replaced by a default: the slot stays empty and a problem
 * says why, so the bot refuses with that reason instead of doing something else.
 */
import { SECRET_WORD } from './secrets.js';
import { findRegion } from '../core/aws-regions.js';
import type { ParseResult, SlotProblem } from '../core/request.js';
import type { DurationFound } from './durations.js';

/** Bedrock short-term tokens live 15 minutes to 12 hours (what @aws/bedrock-token-generator can sign). */
export const TOKEN_MIN_SECONDS = 15 * 60;
export const TOKEN_MAX_SECONDS = 12 * 3600;
/** IAM's CredentialAgeDays limit for service-specific credentials. */
export const KEY_MAX_DAYS = 36_600;

export interface LiftedValues {
  regions: { code: string | null; stated: string }[];
  durations: DurationFound[];
  /** The text corrects itself ("I meant", "make that"): the last value stated wins. */
  corrected?: boolean;
  /** The prepared text (e-mails and mentions already replaced by placeholders). */
  text?: string;
}

/**
 * "owner: bob", "owner not-an-email": a value after "owner" that is neither an e-mail nor a mention.
 * Words that only continue the sentence ("owner is me", "the owner of", "owner and …") are not values.
 */
const OWNER_VALUE = /\bowner\s*(is|:|=|-)?\s+([a-z0-9][\w.+-]*(?:@[\w.-]*)?)/;
/**
 * After a bare "owner" (or "owner is"), a word that goes on with the sentence is no value: "the
 * owner rotated out of the team", "product owner from Monday", "the cost centre owner is asking",
 * "can the owner see details", "if the data owner gives the ok" (lead24; read after "gives" became "give").
 * (Round sixty: a time after it, "need to know the owner before I ping anyone", "we'll sort a new owner next month".)
 */
const GOES_ON =
  /^(?:[a-z]+(?:ed|ing)|from|at|in|on|with|out|before|after|until|next|see|sees|saw|has|had|was|were|could|may|might|must|left|wants|needs|says|said|asks|told|here|there|too|also|only|just|now|then|gives?|agrees?|approves?|signs?|oks|okays?|decides?|confirms?|replies|reply|responds?|knows?|thinks?|should|will|would|can|does|did)$/;
/** Words told of an owner being there or not (a participle after "owner"), no value. */
const OWNER_STATE = /^(?:set|assigned|listed|recorded|configured|defined|registered|attached|named)$/;
const NOT_A_VALUE = new Set([
  'me',
  'myself',
  // (fix45b, tuned-solar: "I'll be the owner I guess": the next clause's subject, or the asker as "owner me" is.)
  'i',
  'us',
  'of',
  'for',
  'and',
  'or',
  'to',
  'the',
  'a',
  'an',
  'is',
  'will',
  'should',
  'would',
  'can',
  'please',
  'pls',
  'changes',
  'change',
  'xxemail',
  'xxuser',
  // "the owner is no longer with us", "owner stays the same": about the owner, not a value.
  'no',
  'not',
  'stays',
  'stay',
  'remains',
  'unchanged',
  'same',
  'xxurl',
  // "units that don't have an owner anymore", "no owner yet": about having one, not a value.
  'anymore',
  'yet',
  'either',
  // "is the owner still Karthik?", "the owner is currently …": an adverb, the value (if any) after it.
  'still',
  'currently',
  'now',
  'also',
  'really',
  'actually',
  'already',
  'probably',
  // "not sure who is owner but …", "owner so …": a conjunction goes on with the sentence.
  'but',
  'so',
  'because',
  'if',
  'though',
  'who',
  'which',
  'that',
  // (fixcorpus30) "I'm the new owner since October": since when, not a value.
  'since',
  'xxperiod',
  // "the budget owner role", "| unit | owner | kind |": a noun the word "owner" qualifies, or a
  // table's next column.
  'role',
  'roles',
  'kind',
  'type',
  'unit',
  'team',
  'field',
  'column',
  'name',
  'status',
  'region',
  'expiry',
  'email',
  'tag',
  'tags',
]);

export function ownerProblem(text: string | undefined, owner: string | null): SlotProblem | null {
  if (owner !== null || text === undefined) return null;
  const m = OWNER_VALUE.exec(text);
  // (A full stop after the word ends the sentence: "… owner is asking.")
  const stated = m?.[2]?.replace(/\.+$/, '');
  if (stated === undefined || NOT_A_VALUE.has(stated)) return null;
  // ("api key for growth, same owner as the token?": a comparison with another credential's owner, no value stated.)
  if (stated === 'as' && /\bsame\s+owners?\s+as\b/i.test(text)) return null;
  // (fixcorpus30: "does X have an owner set?", "an owner assigned yet?": whether one is there; "owner set to …" names one.)
  if (OWNER_STATE.test(stated) && m !== null && !/^\s*(?:to|as|=|:)/.test(text.slice(m.index + m[0].length)))
    return null;
  if (m?.[1] !== ':' && m?.[1] !== '=' && GOES_ON.test(stated)) return null;
  // (A secret pasted as the owner, masked before reading (secrets.ts), is refused and never repeated.)
  if (stated === SECRET_WORD)
    return {
      slot: 'owner',
      stated: '(not repeated)',
      reason:
        'That looks like a secret, not an owner: it is not repeated here. Name an owner by e-mail or mention them, and rotate the key it belongs to.',
    };
  return {
    slot: 'owner',
    stated,
    reason: `"${stated}" is not an owner: name one by e-mail (owner data-team@company.com) or mention them (owner @dana).`,
  };
}

function human(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}

const pickOf = <T>(list: T[], last: boolean): T | undefined => (last ? list[list.length - 1] : list[0]);

/**
 * A duration bound to the token itself: "a 4h token", "1h token?", "token for 2 hours", "a token that
 * lasts 3h", "tok 1h" (the duration straight after the word, as people type a request).
 */
const TOKEN_DURATION =
  /\bxxdur\s*(?:-\s*)?(?:bedrock\s+)?(?:tokens?|tok)\b|\b(?:tokens?|tok)\s+(?:(?:for|of|valid\s+for|that\s+lasts?|lasting)\s+)?(?:(?:about|around|like|roughly|maybe|just|only)\s+)?xxdur\b/g;

/**
 * Of several durations in a token request, the one bound to the token ("the model trained for 10
 * hours, now I need a 4h token" → 4h): its index among the durations, or -1 when none or several are.
 */
function tokenBoundIndex(text: string | undefined, count: number): number {
  if (text === undefined || count < 2 || !text.includes('to')) return -1;
  const at: number[] = [];
  for (const m of text.matchAll(TOKEN_DURATION)) at.push(m.index + m[0].indexOf('xxdur'));
  if (at.length !== 1) return -1;
  const placeholders = [...text.matchAll(/\bxxdur\b/g)].map((m) => m.index);
  if (placeholders.length !== count) return -1;
  return placeholders.indexOf(at[0] ?? -1);
}

/** A Region bound to the credential: "a 1 hour token in eu-west-1", "key in frankfurt". */
const CREDENTIAL_REGION =
  /\b(?:tokens?|tok|keys?|creds?|credentials?|xxdur)\s+(?:in|for)\s+(?:the\s+)?xxregion\b/g;

/** Of several Regions, the one bound to the credential: its index among the Regions, or -1. */
function credentialRegionIndex(text: string | undefined, count: number): number {
  if (text === undefined || count < 2) return -1;
  const at: number[] = [];
  for (const m of text.matchAll(CREDENTIAL_REGION)) at.push(m.index + m[0].indexOf('xxregion'));
  if (at.length !== 1) return -1;
  const placeholders = [...text.matchAll(/\bxxregion\b/g)].map((m) => m.index);
  return placeholders.length === count ? placeholders.indexOf(at[0] ?? -1) : -1;
}

/** Fills ttlSeconds, expiryDays and region on a parse, with a problem for each impossible value. */
export function withSlots(values: LiftedValues, base: ParseResult): ParseResult {
  const last = values.corrected === true;
  const problems: SlotProblem[] = [];
  const stated =
    (last ? undefined : values.regions[credentialRegionIndex(values.text, values.regions.length)]) ??
    pickOf(values.regions, last);
  let region: string | null = null;
  if (stated !== undefined) {
    if (stated.code !== null && findRegion(stated.code)) region = stated.code;
    else
      problems.push({
        slot: 'region',
        stated: stated.stated,
        reason: `"${stated.stated}" is not an AWS Region. Name one by its code (eu-central-1) or its place (Frankfurt).`,
      });
  }
  const bound = base.intent === 'token' && !last ? tokenBoundIndex(values.text, values.durations.length) : -1;
  const boundDuration = values.durations[bound];
  const sub =
    boundDuration !== undefined && !boundDuration.dayUnit
      ? boundDuration
      : pickOf(
          values.durations.filter((d) => !d.dayUnit),
          last,
        );
  const day = pickOf(
    values.durations.filter((d) => d.dayUnit),
    last,
  );
  let ttl: DurationFound | undefined = sub;
  let lifetime: DurationFound | undefined = day;
  if (
    base.intent === 'token' &&
    (sub === undefined || (last && day !== undefined && values.durations.at(-1) === day))
  ) {
    ttl = day ?? sub;
    lifetime = undefined;
  }
  let ttlSeconds: number | null = null;
  if (ttl !== undefined) {
    const s = ttl.seconds;
    if (s <= 0)
      problems.push({
        slot: 'ttlSeconds',
        stated: ttl.stated,
        reason: `"${ttl.stated}" is not a lifetime: a token's lifetime must be positive; ask for 15 minutes to 12 hours.`,
      });
    else if (base.intent === 'token' && s > TOKEN_MAX_SECONDS)
      problems.push({
        slot: 'ttlSeconds',
        stated: ttl.stated,
        reason: `${human(s)} is longer than the 12-hour maximum for short-term tokens; ask for 12h or less, or a long-term key for a system.`,
      });
    else if (base.intent === 'token' && s < TOKEN_MIN_SECONDS)
      problems.push({
        slot: 'ttlSeconds',
        stated: ttl.stated,
        reason: `${human(s)} is shorter than the 15-minute minimum for short-term tokens; ask for 15 minutes or more.`,
      });
    // (Only a token has a lifetime in seconds: "a job running every 15 minutes" states none for a key.)
    else if (base.intent === 'token') ttlSeconds = s;
  }
  let expiryDays: number | null = null;
  if (lifetime !== undefined) {
    const days = Math.round(lifetime.seconds / 86_400);
    if (lifetime.seconds <= 0 || days > KEY_MAX_DAYS)
      problems.push({
        slot: 'expiryDays',
        stated: lifetime.stated,
        reason: `"${lifetime.stated}" cannot be a key's lifetime: ask for 1 to ${KEY_MAX_DAYS} days.`,
      });
    else expiryDays = Math.max(1, days);
  }
  const owner = ownerProblem(values.text, base.owner);
  if (owner !== null) problems.push(owner);
  // (A copy, then the three slots set: the same keys in the same order as base's.)
  const out: ParseResult = { ...base };
  out.ttlSeconds = ttlSeconds;
  out.expiryDays = expiryDays;
  out.region = region;
  // (Set, not spread in: spreading a conditional object is the slow path of an object literal.)
  if (problems.length > 0) out.problems = problems;
  return out;
}
