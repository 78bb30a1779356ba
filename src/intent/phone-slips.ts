/**
 * fix52e, tuned-insurer: the slips of a thumb on a phone in our own words, read as meant before the typo reader
 * (typos.ts, which corrects one word at a time):
 *  - a word of ours split by a stray space, "rotat e claims-ops key", "revo ke the ads key", "tok en 2h", "dele te
 *    it", "deprovi sion": the two pieces joined when they make our verb or noun, and only when the first piece is no
 *    word of its own (a function word or one of ours: "to ken", "re new", "his tory" are left);
 *  - "fr" and "4" for "for" right after a credential ("api key fr fraud triage", "token fr 2h", "key 4 growth" is
 *    left: "4" after "key" may be a count): "fr" after a key's or token's word is never a name's.
 * A cheap test first (a piece of one to five letters after a head of ours, built once from the words); most texts
 * need nothing.
 */
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';

const OURS = (
  'rotate revoke token tokens delete deprovision decommission details create refresh renew regenerate ' +
  'spend models history access credentials expires expiry offboard'
).split(' ');

/** Head piece → (tail piece → the word joined). */
const SPLITS = new Map<string, Map<string, string>>();
for (const w of OURS)
  for (let i = 2; i < w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (tail.length > 5 || FUNCTION_WORDS.has(head) || head in LEXICON || FUNCTION_WORDS.has(tail)) continue;
    const tails = SPLITS.get(head) ?? new Map<string, string>();
    tails.set(tail, w);
    SPLITS.set(head, tails);
  }
const HEADS = [...SPLITS.keys()].sort((a, b) => b.length - a.length).join('|');
const SPLIT = new RegExp(String.raw`(?<![\w'-])(${HEADS})[^\S\n]([a-z]{1,5})(?![\w'-])`, 'g');

const FR_AFTER_CREDENTIAL = /\b(keys?|tokens?|creds|credentials?|access)[^\S\n]+fr(?=[^\S\n]+[a-z0-9])/g;

/** The lowercase text with our words split by a stray space joined, and "fr" after a credential read as "for". */
export function withPhoneSlips(lower: string): string {
  let s = lower;
  if (s.includes(' fr ')) s = s.replace(FR_AFTER_CREDENTIAL, '$1 for');
  return s.replace(SPLIT, (all, head: string, tail: string) => SPLITS.get(head)?.get(tail) ?? all);
}
