/**
 * AWS region names as people type them ("in Frankfurt", "the oregon region", "US East (N. Virginia)"),
 * rewritten to region codes so the code scanner picks them up in text order.
 *
 * A name counts only where it is used as a place: after "in/from/into/within/inside/at/via",
 * after "region"/"region:", inside brackets (the console's "Europe (Frankfurt)"), or before
 * "region"/"models"/"availability"/"endpoint". Elsewhere a word like "paris" may be part of a
 * business unit, and a hyphenated or underscored word ("paris-office", "tokyo_ops") is always a name.
 * GovCloud is only ever produced when "GovCloud" is written.
 */

/** [pattern of the name, region code]; earlier entries win ("govcloud east" before "govcloud"). */
const NAMES: [string, string][] = [
  [String.raw`gov\s*cloud\s*\(?\s*(?:us[\s-]*)?east\s*\)?`, 'us-gov-east-1'],
  [String.raw`gov\s*cloud(?:\s*\(?\s*(?:us[\s-]*)?west\s*\)?)?`, 'us-gov-west-1'],
  [String.raw`(?:n(?:orth(?:ern)?)?\.?\s*)?virginia|us\s*east`, 'us-east-1'],
  ['ohio', 'us-east-2'],
  [String.raw`(?:n(?:orth(?:ern)?)?\.?\s*)?california`, 'us-west-1'],
  [String.raw`oregon|us\s*west`, 'us-west-2'],
  ['ireland', 'eu-west-1'],
  ['london', 'eu-west-2'],
  ['paris', 'eu-west-3'],
  ['frankfurt', 'eu-central-1'],
  [String.raw`z[uü]rich`, 'eu-central-2'],
  ['stockholm', 'eu-north-1'],
  ['milan', 'eu-south-1'],
  ['spain', 'eu-south-2'],
  ['tokyo', 'ap-northeast-1'],
  ['seoul', 'ap-northeast-2'],
  ['osaka', 'ap-northeast-3'],
  ['singapore', 'ap-southeast-1'],
  ['sydney', 'ap-southeast-2'],
  ['jakarta', 'ap-southeast-3'],
  ['mumbai', 'ap-south-1'],
  ['hyderabad', 'ap-south-2'],
  [String.raw`(?:central\s+)?canada(?:\s+central)?|montr[eé]al`, 'ca-central-1'],
  [String.raw`s[aã]o\s*paulo`, 'sa-east-1'],
];

const ANY_NAME = NAMES.map(([re]) => `(?:${re})`).join('|');
const WHOLE = NAMES.map(([re, code]) => [new RegExp(`^(?:${re})$`), code] as const);

/** A name is never glued to a hyphenated word, and "us east 2" is a code, not a name. */
const NAME_END = String.raw`(?![\w-])(?!\s*-?\s*\d)`;
const BEFORE = new RegExp(
  String.raw`(\b(?:in|from|into|within|inside|at|via|regions?\s*[:=]?)\s+(?:the\s+|aws\s+)*|\(\s*)(?<![\w-])(${ANY_NAME})${NAME_END}`,
  'g',
);
const AFTER = new RegExp(
  String.raw`(?<![\w-])(${ANY_NAME})(?=\s+(?:aws\s+)?(?:regions?|models?|availability|endpoints?)\b)`,
  'g',
);

function codeOf(name: string): string {
  const squeezed = name.replace(/\s+/g, ' ').trim();
  for (const [re, code] of WHOLE) if (re.test(squeezed)) return code;
  return name;
}

/** Rewrites region names used as places (in lowercase text) to their region codes. */
export function rewriteRegionNames(lower: string): string {
  if (!/[a-z]/.test(lower)) return lower;
  return lower
    .replace(BEFORE, (_all, lead: string, name: string) => `${lead}${codeOf(name)} `)
    .replace(AFTER, (name: string) => codeOf(name));
}
