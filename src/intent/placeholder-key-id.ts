/**
 * A key ID written as a placeholder (round seventeen; README "Key IDs"): "revoke ABSKXXXXXXXX", "rotate
 * key ABSK-----", "the key ABSK… leaked", "AKIAXXXXXXXXXXXXXXXX", "AKIA****7VNM", "revoke <key id>",
 * "{key_id}". Copied from a template or a doc, or masked by the writer, it names no key. prepare.ts lifts
 * it where a key's ID stands (`xxkeyid`: never a unit, never an owner), so the request reads as one
 * naming a key; the parse then states no key ID and names `keyId` as a problem, and the bot says how to
 * name a key. A real ID ("ABSK7f3a91", "AKIAX3COST9KQ2WE7VNM", "ABSK-demo-key-771") stays an ID.
 */
import type { ParseResult } from '../core/request.js';

/**
 * A prefix in capitals, then only a mask: three or more X's, stars, hashes or bullets, in groups a dash may part
 * (fixstyles30: "ABSK-XXXX-XXXX", "AKIA########QXZ1"; up to four letters or
 * digits after them: the end of an ID shown masked), or two or more dashes, dots or underscores, or an
 * ellipsis after "ABSK" ("AKIA…" names the kind, an access key; "ASIA..." the continent); or a bracketed name of the key's ID.
 */
// (fix41d, tuned-styles-followups: also a mask of question marks, "AKIA????????????????", and an access key's ID cut
// short, "AKIA0000": four to seven capitals or digits after the prefix, a digit among them, of the twenty an ID has.)
// (fix45b, tuned-care: four question marks after a key's prefix are a mask too, "rotate key ABSK???? — can't see the
// rest on my phone"; "ASIA" keeps six, a continent may be shouted at.)
const MASKED =
  /(?<![\w+/=-])(?:(?:ABSK|AKIA|ASIA|ACCA)(?:(?:[-_]?[Xx*•#]{3,})+[A-Za-z0-9]{0,4}|[-_]{2,}|\?{6,})|(?:ABSK|AKIA|ACCA)\?{4,5}|ABSK(?:\.{2,}|…)|AKIA(?=[A-Z]*\d)[A-Z0-9]{4,7}(?![\w+/=-]))(?![\w+/=])/g;
const BRACKETED =
  /(?:<|&lt;|\{\{?|\[)\s*(?:(?:the|your|a|my)\s+)?(?:(?:api|access|bedrock|absk|akia)[\s_-]*)?(?:key[\s_-]*)?(?:id|name|alias|identifier)\s*(?:>|&gt;|\}\}?|\])/gi;

/** A word a bracketed placeholder ends in. */
const BRACKET_WORD = /id\b|name|alias|identifier/i;

/** The mask's prefix must be in capitals ("absk…" written small is someone's word). */
const CAPITAL_PREFIX = /^(?:ABSK|AKIA|ASIA|ACCA)|^[<&{[]/;

/**
 * The text with each placeholder key ID replaced by `xxkeyid`, and the placeholders as written (in
 * order). The text is returned as it was when there is none.
 */
export function liftPlaceholderKeyIds(text: string): { text: string; placeholders: string[] } {
  // (A cheap look before the regular expressions.)
  const masked =
    text.includes('ABSK') || text.includes('AKIA') || text.includes('ASIA') || text.includes('ACCA');
  const bracketed =
    (text.includes('<') || text.includes('&lt;') || text.includes('{') || text.includes('[')) &&
    BRACKET_WORD.test(text);
  if (!masked && !bracketed) return { text, placeholders: [] };
  const placeholders: string[] = [];
  // (Each kind in the order written; a text with both kinds is rare.)
  const lift = (m: string): string => {
    placeholders.push(m);
    return ' xxkeyid ';
  };
  let out = masked ? text.replace(MASKED, lift) : text;
  if (bracketed) out = out.replace(BRACKETED, lift);
  return { text: placeholders.length === 0 ? text : out, placeholders };
}

const WHOLE = new RegExp(`^(?:${MASKED.source}|${BRACKETED.source})$`, 'i');

/** Whether a key ID as the parse states it is a placeholder. */
export function isPlaceholderKeyId(keyId: string): boolean {
  return CAPITAL_PREFIX.test(keyId) && WHOLE.test(keyId);
}

/** The parse with a placeholder key ID refused: no key ID, `keyId` a problem, nothing asked. */
export function withPlaceholderKeyId(parse: ParseResult): ParseResult {
  if (parse.keyId === null || parse.keyId === undefined || !isPlaceholderKeyId(parse.keyId)) return parse;
  const { question: _question, ...rest } = parse;
  return {
    ...rest,
    keyId: null,
    problems: [
      ...(parse.problems ?? []),
      {
        slot: 'keyId',
        stated: parse.keyId,
        reason: `"${parse.keyId}" is a placeholder, not a key ID: name the key by its ID as \`details\` shows it (AKIA… or ABSK…), or ask for the unit's keys.`,
      },
    ],
  };
}
