/**
 * A secret pasted into a message ("rotate the key for wJalrXUtnFEMI/K7MDENG+bPxRfiCY", "the old key was
 * ABSKQmVkcm9ja0FQSUtleS0…, revoke it", a form's `secret: …`) is recognised once, before any reader
 * sees the text (the form, table and list readers read the text as written, prepare.ts reads it after),
 * and replaced with the placeholder word `xxsecret`: no reader takes it as a unit, an owner, a key ID or
 * a Region, and nothing of it can be shown back in a question or a problem.
 *
 * A word here is a run of the characters of base64 and of tokens (letters, digits, `+ / _ -`, `=` at
 * the end), twelve or more long. It is a secret when it is
 *  - a token by its prefix: a Bedrock API key (`ABSK` and sixteen or more, `bedrock-api-key-…`), Slack,
 *    GitHub, Stripe, OpenAI-style, GitLab and Google keys, a JWT;
 *  - hex of 32 or more with letters and digits (a hash or a hex key);
 *  - mixed: small and capital letters and digits, switching class four times or more, or with a part
 *    (between `-`, `_`, `.`) of twelve or more holding all three (an AWS secret key, base64);
 *  - base64 of twenty or more with `+` or `/`, both cases, switching eight times or more;
 *  - a part of sixteen or more of letters and digits switching six times or more ("9f8e7d6c5b4a3a2b1c0d").
 * Kept: key IDs (AKIA/ASIA/ACCA/ABIA/AIDA and 12–24 capitals or digits; "ABSK" and up to fifteen), a
 * key's alias ("BRK-7f3a9c21"), names with a few digits ("team-7", "recs-v2", "BaFin-2026-118"), a CamelCase
 * name made of known words, one a unit or trade word, none a credential word, and short numbers
 * ("DataLake2Team3", "GenAI4Retail": name-words.ts; "SecretKey2024", "BlueMoon2024" are masked), model
 * IDs ("anthropic.claude-3-5-sonnet-20240620-v1:0", lower case), Region codes, ticket numbers in
 * capitals ("CHG0012345"), and anything inside a link or an e-mail address (only the link or the
 * address itself: a secret before `,bob@corp.com` or `/bob@corp.com` in the same run is masked).
 * Measured (round fifteen) over every text of the corpus and the tuned and unseen files: the words
 * masked are pasted keys, hashes after "key id", a stack trace's identifier and a paste's ID; none is
 * a slot's value (the long "ABSK…" strings some labels give as `keyId` are Bedrock API keys themselves).
 */

import { ABSK_SECRET_MIN, looksLikeBedrockCredential } from '../core/secret.js';
import { CREDENTIAL_WORDS, NAME_ACRONYMS, NAME_WORDS, UNIT_WORDS } from './name-words.js';

/** The word a secret is replaced with (lexicon.ts: a placeholder, never a name). */
export const SECRET_WORD = 'xxsecret';

/** A cheap pre-test: a capital or a digit somewhere (a secret has one; long plain words need none). */
const CAPITAL_OR_DIGIT = /[A-Z0-9]/;

const PREFIXED =
  /^(?:[Bb][Ee][Dd][Rr][Oo][Cc][Kk]-[Aa][Pp][Ii]-[Kk][Ee][Yy]-[A-Za-z0-9+/_-]{8,}|xox[abeoprs]-[A-Za-z0-9-]{10,}|gh[opsu]_[A-Za-z0-9]{16,}|[sprk]k_(?:live|test)_[A-Za-z0-9]{8,}|sk-[A-Za-z0-9_-]{16,}|glpat-[A-Za-z0-9_-]{12,}|AIza[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,})/;
/** A key's ID (README "Key IDs"): kept, prepare.ts lifts it; "ABSK" and up to one fewer than a key (core/secret.ts's bound). */
const KEY_ID = new RegExp(
  String.raw`^(?:(?:AKIA|ASIA|ACCA|ABIA|AIDA)[A-Z0-9]{12,24}|ABSK[A-Za-z0-9-]{4,${ABSK_SECRET_MIN - 1}}|[a-z]{2,4}-[0-9a-f]{6,12})$`,
  'i',
);
const HEX = /^[0-9a-f]{32,}$/i;
const SMALL = /[a-z]/;
const CAPITAL = /[A-Z]/;
const DIGIT = /\d/;
const LETTER = /[a-z]/i;

/** Changes between small letters, capitals and digits (a separator starts afresh). */
function switches(word: string): number {
  let n = 0;
  let previous = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const kind = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (kind !== 0 && previous !== 0 && kind !== previous) n++;
    previous = kind;
  }
  return n;
}

/** A name's pieces: a capital run (an acronym), a word (a capital and small letters), a digit run. */
const NAME_PIECE = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|\d+/g;
const LETTERS_AND_DIGITS = /^[A-Za-z0-9]{12,32}$/;

/**
 * A letter piece of a name: 2 a unit or trade word ("Team", "Labs", "AI", "Retail"), 1 another known
 * word (two letters only from the short list) or an acronym in capitals, 0 anything else, a credential
 * word ("Password", "Secret", "Key", "Login") included (name-words.ts: no other word of the lexicon).
 */
function nameWordKind(piece: string): 0 | 1 | 2 {
  const word = piece.toLowerCase();
  if (CREDENTIAL_WORDS.has(word)) return 0;
  const acronym = piece.length >= 2 && piece === piece.toUpperCase() && NAME_ACRONYMS.has(word);
  if (UNIT_WORDS.has(word) && (word.length >= 3 || NAME_WORDS.has(word) || acronym)) return 2;
  return NAME_WORDS.has(word) || acronym ? 1 : 0;
}

/**
 * A CamelCase name with digits ("DataLake2Team3", "Web3Labs2025", "GenAI4Retail"): letters and digits
 * only, up to 32, every letter piece a known word or acronym (name-words.ts), at least two of them and
 * one a unit or trade word, none a credential word, one to two digit runs of up to four, no single
 * letter but a "v" before digits (a version). Random secrets almost never split so (the property tests:
 * none kept); passwords made of everyday words ("BlueMoon2024", "SecretKey2024") do not either.
 */
function isNameOfWords(core: string): boolean {
  if (!LETTERS_AND_DIGITS.test(core)) return false;
  const pieces = core.match(NAME_PIECE) ?? [];
  let words = 0;
  let units = 0;
  let numbers = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const c = piece.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (piece.length > 4 || ++numbers > 2) return false;
    } else if (piece.length === 1) {
      if ((piece !== 'v' && piece !== 'V') || !/^\d/.test(pieces[i + 1] ?? '')) return false;
    } else {
      const kind = nameWordKind(piece);
      if (kind === 0) return false;
      words++;
      if (kind === 2) units++;
    }
  }
  return words >= 2 && units >= 1 && numbers >= 1;
}

/**
 * fix36a, tuned-fashion: a lowerCamelCase name of letter words with a version last ("sizeAdvisorV2", "fraudModelV3";
 * service-names.ts splits it as "size-advisor-v2"): a name, though its case and its digit switch four times. Every
 * word two letters or more after the first's three, one capital each, "V" and up to three digits last: a random
 * secret is almost never so made.
 */
// (fix41b, tuned-cosmetics: also in UpperCamelCase, "`PerfumeQuizV2`" → perfume-quiz-v2, as "sizeAdvisorV2" is.)
const VERSIONED_CAMEL_NAME = /^(?:[a-z]{3,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}){1,4}V\d{1,3}$/;
/**
 * A versioned lowerCamelCase name (VERSIONED_CAMEL_NAME) none of whose words is a credential word: "sizeAdvisorV2" is a
 * name, "adminPasswordV2" or "prodApiKeyV3" may be the secret itself and stays masked (review36).
 */
function versionedCamelName(core: string, named: boolean): boolean {
  if (core.length > 32 || !VERSIONED_CAMEL_NAME.test(core)) return false;
  // (post41b: an UpperCamelCase one is a name only where it stands as one, see NAMED_BEFORE; "the api key is
  // SunnyBeachV3", "my password is PurpleElephantV7" stay masked.)
  if (/^[A-Z]/.test(core) && !named) return false;
  const words = core.match(/[A-Z]?[a-z]+/g) ?? [];
  return words.every((w) => !CREDENTIAL_WORDS.has(w.toLowerCase()));
}
/**
 * fix46c, tuned-styles-long: a brand of capitalised words joined by "2" or "4" (to, for: "Translations4Ships",
 * "Solutions4Business", "Tickets2Travel"), a vendor named in prose: its case and digit switch four times, but a random
 * secret almost never runs whole lower-case words between them. Not with a credential word ("Password4Prod").
 */
const PUN_BRAND = /^[A-Z][a-z]{3,}(?:[24][A-Z][a-z]{2,}){1,2}$/;
function punBrand(core: string): boolean {
  if (core.length > 32 || !PUN_BRAND.test(core)) return false;
  return (core.match(/[A-Z][a-z]+/g) ?? []).every((w) => !CREDENTIAL_WORDS.has(w.toLowerCase()));
}
const allThree = (w: string): boolean => SMALL.test(w) && CAPITAL.test(w) && DIGIT.test(w);

/** Whether a candidate word (twelve or more letters, digits, `+ / _ -`, and `=` as padding) is shaped like a secret (see the module's comment). */
export function isSecretWord(word: string, named = false): boolean {
  const core = word.endsWith('=') ? word.replace(/=+$/, '') : word;
  if (core.length < 12 || !CAPITAL_OR_DIGIT.test(core)) return false;
  // Whatever the bot's credential guard calls a Bedrock key or token (core/secret.ts, the one list the
  // scrubbers use, "ABSK" and ABSK_SECRET_MIN or more included) is masked here too; the prefixes below
  // add other vendors' tokens.
  if (looksLikeBedrockCredential(core) || PREFIXED.test(core)) return true;
  if (KEY_ID.test(core)) return false;
  if (HEX.test(core)) return DIGIT.test(core) && LETTER.test(core);
  if (isNameOfWords(core) || versionedCamelName(core, named) || punBrand(core)) return false;
  const parts = core.split(/[-_.]/);
  const count = switches(core);
  if (allThree(core) && (count >= 4 || parts.some((p) => p.length >= 12 && allThree(p)))) return true;
  if (
    count >= 8 &&
    core.length >= 20 &&
    (core.includes('+') || core.includes('/')) &&
    SMALL.test(core) &&
    CAPITAL.test(core)
  )
    return true;
  return parts.some((p) => p.length >= 16 && DIGIT.test(p) && LETTER.test(p) && switches(p) >= 6);
}

/**
 * A link (`scheme://…`, up to a space or one of `, ; | ( ) < >` and quotes) or an e-mail address
 * (`name@domain.tld`) in a non-space run: only these keep what they hold, not the run around them
 * (`<secret>,bob@corp.com`, `owner=bob@corp.com&key=<secret>` mask the secret, keep the address).
 */
const LINK_OR_ADDRESS =
  /[a-z][a-z0-9+.-]*:\/\/[^\s,;|()<>"'`]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * Where the secret part of a word ends: `end` when no link or address holds any of it, the start of
 * the first link or address it runs into when the word begins before it (`<secret>/bob@corp.com`:
 * the secret ends before `bob`), `start` when a link or address holds the word's start (kept).
 */
function secretEnd(text: string, start: number, end: number): number {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1] ?? ' ')) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b] ?? ' ')) b++;
  const run = text.slice(a, b);
  if (!run.includes('://') && !run.includes('@')) return end;
  LINK_OR_ADDRESS.lastIndex = 0;
  for (let m = LINK_OR_ADDRESS.exec(run); m !== null; m = LINK_OR_ADDRESS.exec(run)) {
    const from = a + m.index;
    const to = from + m[0].length;
    if (to <= start) continue;
    if (from >= end) break;
    return from <= start ? start : from;
  }
  return end;
}

/**
 * Where a word stands as a name (post41b): backticked, or right after "for", "of", "deprov(ision)" or "unit" with no
 * credential word before that ("key for X", "password of X" stay masked).
 */
const NAMED_LEAD = /(?:^|[^A-Za-z])(?:([A-Za-z]+)\s+)?(?:for|of|deprov|deprovision|deprovisioning|unit)\s+$/i;
function standsAsName(text: string, start: number): boolean {
  if (text[start - 1] === '`') return true;
  const lead = NAMED_LEAD.exec(text.slice(Math.max(0, start - 40), start));
  return lead !== null && !CREDENTIAL_WORDS.has((lead[1] ?? '').toLowerCase());
}

/** A character of a candidate word (letters, digits, `+ / _ -`): by its code. */
function inWord(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 47 ||
    c === 95 ||
    c === 45
  );
}

/**
 * The text with every secret-shaped word replaced by SECRET_WORD (the text itself when it has none).
 * (A loop over the characters, not CANDIDATE's scan: only a run of twelve or more with a capital or a
 * digit is looked at, and most texts have none.)
 */
export function maskSecrets(text: string): string {
  if (typeof text !== 'string' || text.length < 12) return text;
  let out = '';
  let last = 0;
  let start = 0;
  let marked = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (inWord(c)) {
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) marked = true;
      continue;
    }
    if (marked && i - start >= 12) {
      let end = i;
      while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
      if (isSecretWord(text.slice(start, end), standsAsName(text, start))) {
        const held = secretEnd(text, start, end);
        let cut = held;
        // The part before an address it runs into, without the joining `/ + - _` (`<secret>/bob@…`).
        while (cut < end && cut > start && '/+-_'.includes(text[cut - 1] ?? '')) cut--;
        if (held === end || (cut > start && isSecretWord(text.slice(start, cut)))) {
          out += `${text.slice(last, start)} ${SECRET_WORD} `;
          last = cut;
        }
      }
    }
    start = i + 1;
    marked = false;
  }
  return last === 0 ? text : out + text.slice(last);
}
