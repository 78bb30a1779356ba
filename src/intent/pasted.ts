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
 * ⟦ ⟧ inside the fences of pasted blocks (prepare keeps them), `withoutPastedValues` drops the value
 * placeholders between them, the identifiers (paths, job and user names: never the unit) and the
 * marks themselves.
 */
import { without, type Prepared } from './prepare.js';

const FENCE = '```';
const OPEN = '⟦';
const CLOSE = '⟧';
/** A line of a request form: a field the bot reads, then ":" or "=". */
const FORM_FIELD =
  /^\s*[-*]?\s*(?:team|unit|business[ _-]?unit|bu|owner|owners?[ _-]?email|duration|ttl|lifetime|expiry|expires?(?:[ _-]?in)?|key[ _-]?(?:type|kind)|credential[ _-]?type|requester|justification)\s*[:=]/im;
/** A command to the bot. */
const COMMAND = /^\s*\/bedrock\b/i;
/** Letters outside the blocks once mentions, links and emoji codes are gone: the person's own words. */
const OWN_WORDS = /[a-z]{2}/i;
const MARKED = /⟦[^⟧]*⟧/g;
const MARKS = /[⟦⟧]/g;
const VALUE = /\bxx(?:email|user|keyid|region|dur|period)\b/g;
/**
 * Identifiers as prepare leaves them (hyphens and separators become "_"): a path, a job or user name,
 * an ARN part, a dotted module. In pasted material they name what the paste is about, never the unit.
 */
const IDENTIFIER = /[^\s⟦⟧]*[a-z0-9][_/=.][a-z0-9][^\s⟦⟧]*/g;

/**
 * The text with ⟦ ⟧ inside the fences of every pasted block (a text without a fence is returned as is).
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
  let changed = false;
  const out = parts.map((part, i) => {
    if (!inBlock(i) || COMMAND.test(part) || FORM_FIELD.test(part)) return part;
    changed = true;
    return `${OPEN}${part}${CLOSE}`;
  });
  return changed ? out.join(FENCE) : text;
}

/** The prepared text less the values inside pasted blocks, and less the marks. */
export function withoutPastedValues(p: Prepared): Prepared {
  if (!p.text.includes(OPEN)) return p;
  const ranges: [number, number][] = [];
  for (const block of p.text.matchAll(MARKED))
    for (const v of block[0].matchAll(VALUE)) {
      const at = block.index + v.index;
      ranges.push([at, at + v[0].length]);
    }
  const cut = ranges.length > 0 ? without(p, ranges) : p;
  const text = cut.text.replace(MARKED, (block) => block.replace(IDENTIFIER, ' ')).replace(MARKS, ' ');
  return { ...cut, text };
}
