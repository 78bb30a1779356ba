/**
 * Pasted material: a fenced code block (```…```) beside the person's own words is something they
 * copied (an AWS error, a stack trace, a log line, a config, a scanner finding), not what they ask
 * for. Its words still tell what the message is about ("ExpiredTokenException … new one pls" asks for
 * a token), but the values in it are not the request's: the Region in an ARN, the "12h" of a log
 * line, the e-mail of a `From:` line, the key ID a scanner found. Only the person's words state them.
 *
 * A block is the person's own words when nothing else is written ("```token 2h us-west-2```"), when
 * it is a command to the bot ("```/bedrock token 2h```"), or when it is a request form ("```team:
 * ad-ranker\nowner: x@co```", the template some teams paste): those keep their values.
 *
 * Works in two steps around `prepare` (which lifts values into placeholder words): `markPasted` puts
 * marks inside the fences of pasted blocks (marks.ts PASTE_OPEN, PASTE_CLOSE) (prepare keeps them), `withoutPastedValues` drops the value
 * placeholders between them, the identifiers (paths, job and user names: never the unit) and the
 * marks themselves.
 */
import { without, type Prepared } from './prepare.js';
import { tokenize } from './terms.js';
import { PASTE_CLOSE, PASTE_OPEN } from './marks.js';

const FENCE = '```';
const OPEN = PASTE_OPEN;
const CLOSE = PASTE_CLOSE;
/** A line of a request form: a field the bot reads, then ":" or "=". */
const FORM_FIELD =
  /^\s*[-*]?\s*(?:team|unit|business[ _-]?unit|bu|owner|owners?[ _-]?email|duration|ttl|lifetime|expiry|expires?(?:[ _-]?in)?|key[ _-]?(?:type|kind)|credential[ _-]?type|requester|justification)\s*[:=]/im;
/** Our fields, one a line: a request form has mostly these ("team:", "owner:", "region:"). */
const OUR_FIELD_LINE =
  /^\s*[-*]?\s*(?:team|unit|business[ _-]?unit|bu|owner|owners?[ _-]?email|duration|ttl|lifetime|expiry(?:[ _-]?days?)?|expires?(?:[ _-]?in)?|key[ _-]?(?:type|kind)|credential[ _-]?type|auth|requester|justification|region|reason|purpose)\s*[:=]/i;
/** Any field of a config or a form ("app: uplift-sim", "credentialsSecret: x", "labels:"). */
const FIELD_LINE = /^\s*[-*]?\s*[\w. -]{1,40}\s*[:=]/;

/**
 * A request form: fields the bot reads make up more than half of the block's fields. A config with
 * one of them among its own ("labels:\n  team: growth\n  app: uplift-sim", a Helm values file) is
 * pasted material, whose values are not the request's.
 */
function isForm(block: string): boolean {
  if (!FORM_FIELD.test(block)) return false;
  let ours = 0;
  let fields = 0;
  for (const line of block.split('\n')) {
    if (!FIELD_LINE.test(line)) continue;
    fields++;
    if (OUR_FIELD_LINE.test(line)) ours++;
  }
  return ours * 2 > fields;
}

/** Own words that point at the block as what is asked for: "creds for this config", "per the yaml above". */
const POINTS_AT_BLOCK =
  /\b(?:this|that|these|the\s+above|above|per\s+the)\s+(?:config|configuration|yaml|file|setup|settings|values|template|form|manifest|spec)\b|\b(?:for|like|per)\s+(?:this|that|the\s+above)\s*(?:[.!?:,]|$)/im;

/** A command to the bot. */
const COMMAND = /^\s*\/bedrock\b/i;
/** Letters outside the blocks once mentions, links and emoji codes are gone: the person's own words. */
const OWN_WORDS = /[a-z]{2}/i;
const MARKED = new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g');
const MARKS = new RegExp(`[${OPEN}${CLOSE}]`, 'g');
const VALUE = /\bxx(?:email|user|keyid|region|dur|period)\b/g;
/**
 * Identifiers as prepare leaves them (hyphens and separators become "_"): a path, a job or user name,
 * an ARN part, a dotted module. In pasted material they name what the paste is about, never the unit.
 */
/**
 * A config line of one field and one value ("team: growth", "app: uplift-sim", "replicas: 3"): the
 * setting of a system, never who asks for what (an error line, "AccessDenied: token expired at …",
 * keeps its words).
 */
const CONFIG_LINE = /^[ \t]*[-*]?[ \t]*[a-z0-9_.]{1,30}[ \t]*[:=][ \t]*[^\s,]+[ \t]*,?[ \t]*$/gm;
const IDENTIFIER = new RegExp(`[^\\s${OPEN}${CLOSE}]*[a-z0-9][_/=.][a-z0-9][^\\s${OPEN}${CLOSE}]*`, 'g');
/** "owner: analytics" in a pasted job or config: a field of the paste, never the request's owner. */
const OWNER_FIELD = new RegExp(`\\bowner\\s*[:=]\\s*[^\\s,${OPEN}${CLOSE}]+`, 'g');

/**
 * The text with marks inside the fences of every pasted block (a text without a fence is returned as is).
 * Marks the person typed themselves are taken out first: only this function's marks reach prepare.
 */
export function markPasted(written: string): string {
  const text = written.includes(OPEN) || written.includes(CLOSE) ? written.replace(MARKS, ' ') : written;
  if (!text.includes(FENCE)) return text;
  const parts = text.split(FENCE);
  // Odd parts lie between two fences; an unclosed last fence opens no block.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const inBlock = (i: number): boolean => i % 2 === 1 && i < closed;
  const own = parts
    .filter((_, i) => !inBlock(i))
    .join(' ')
    .replace(/<[^>]*>|:[a-z0-9_+-]+:/gi, ' ');
  if (!OWN_WORDS.test(own)) return text;
  // ("need creds for this config": the person asks for what the block sets out.)
  const pointsAt = POINTS_AT_BLOCK.test(own);
  let changed = false;
  const out = parts.map((part, i) => {
    if (!inBlock(i) || COMMAND.test(part) || (FORM_FIELD.test(part) && (pointsAt || isForm(part))))
      return part;
    changed = true;
    return `${OPEN}${part}${CLOSE}`;
  });
  return changed ? out.join(FENCE) : text;
}

/**
 * Own words pointing at a key shown in the paste: "revoke that one pls", "rotate this key" ("revoke
 * it, it is the search key" may mean the unit's key: no ID is taken from "it").
 */
const POINTS_AT_KEY = /\b(?:that|this)\s+(?:one|key|id|key\s+id|credential)\b/;
const KEY_ID = /\bxxkeyid\b/g;

/**
 * Where the one key ID of the pasted blocks stands, when the person's own words point at it and
 * name none ("gitguardian fired: ```AWS Access Key detected: AKIA…``` revoke that one pls"): that
 * key ID is the request's. Otherwise -1.
 */
function pointedKeyId(text: string): number {
  if (!text.includes('xxkeyid')) return -1;
  const own = text.replace(MARKED, ' ');
  if (own.includes('xxkeyid') || !POINTS_AT_KEY.test(own)) return -1;
  let at = -1;
  for (const block of text.matchAll(MARKED))
    for (const v of block[0].matchAll(KEY_ID)) {
      if (at >= 0) return -1;
      at = block.index + v.index;
    }
  return at;
}

/** The prepared text less the values inside pasted blocks, and less the marks. */
export function withoutPastedValues(p: Prepared): Prepared {
  if (!p.text.includes(OPEN)) return p;
  const ranges: [number, number][] = [];
  const pointed = pointedKeyId(p.text);
  for (const block of p.text.matchAll(MARKED))
    for (const v of block[0].matchAll(VALUE)) {
      const at = block.index + v.index;
      if (at !== pointed) ranges.push([at, at + v[0].length]);
    }
  const cut = ranges.length > 0 ? without(p, ranges) : p;
  const blocks: string[] = [];
  const marked = cut.text.replace(MARKED, (block) => {
    const kept = block.replace(CONFIG_LINE, ' ').replace(IDENTIFIER, ' ').replace(OWNER_FIELD, ' ');
    blocks.push(kept);
    return kept;
  });
  const own = new Set(tokenize(cut.text.replace(MARKED, ' ')).map((t) => t.w));
  const pastedWords = new Set<string>();
  // (A paste whose key the person points at is what they ask about: its words count, "AWS Access Key
  // detected: AKIA…" names the kind of "revoke that one".)
  if (pointed < 0)
    for (const block of blocks)
      for (const t of tokenize(block.replace(MARKS, ' '))) if (!own.has(t.w)) pastedWords.add(t.w);
  const text = marked.replace(MARKS, ' ');
  return { ...cut, text, pastedWords: pastedWords.size > 0 ? pastedWords : undefined };
}
