/**
 * Why a request was taken back, told after the take-back (round eighteen): "revoke the search key?
 * nah, it was just a dummy key", "rotate recsys's key. actually no, ignore, it was the staging key",
 * "token for 2h. never mind, my old token still works". A clause that opens with its subject and
 * tells something of it (a pronoun, or "the"/"my"/… and a verb that tells: "was", "still", "never",
 * a past form) asks nothing, even with a word of ours in it ("key", "token"); negation.ts's tailAsks
 * reads the words of such a clause as story. A clause that names another unit still corrects the
 * request ("scratch that, it was the growth key that leaked"), and a command asks as before ("never
 * mind, rotate the growth key instead"; "we need a key for ads instead": "I" and "we" may wish).
 */
/** A word of a clause, as negation.ts's wordsOf reads it. */
interface ClauseWord {
  w: string;
  stop: boolean;
}

/** Subjects that tell of something other than the writer's wish. */
const PRONOUN =
  /^(?:it|it's|its|itll|it'll|that's|thats|they|they're|theyre|they've|they'll|he|she|he's|she's|there's|theres|someone|somebody)$/;
/** A noun phrase's first word: "the key never left", "my old token still works", "all keys were rotated". */
const DETERMINER = /^(?:the|my|our|their|his|her|your|that|this|these|those|both|all)$/;
/** The writer as subject: told only with a verb that tells ("I still have a token", "we rotated it already"). */
const WRITER = /^(?:i|we|i've|we've|i'd|we'd)$/;
/** Verbs of the writer's wish, never a telling of the writer's: "no, I wanted the 4h one". */
const WISHES = /^(?:wanted|needed|asked|meant|requested|preferred|intended|ordered)$/;
/** A clause with no subject that tells: "was just a dummy key", "turns out the key was fine", "found an old token". */
function toldWithoutSubject(words: readonly ClauseWord[], i: number): boolean {
  const first = words[i]?.w ?? '';
  const next = words[i + 1]?.w ?? '';
  if (/^(?:was|were|found)$/.test(first)) return true;
  if (first === 'turns' || first === 'turned') return next === 'out' && words[i]?.stop !== true;
  return first === 'just' && /^(?:a|an)$/.test(next) && words[i]?.stop !== true;
}

/** Does a clause of the writer's ("I", "we") tell rather than wish ("I still have a token")? */
function writerTells(words: readonly ClauseWord[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const w = words[k]?.w ?? '';
    if (WISHES.test(w) || /\d/.test(w)) return false;
    if (TELLS.test(w)) return true;
    if (words[k]?.stop) break;
  }
  return false;
}
/** A verb that tells what is or was ("was", "still", "never", "works", a past form). */
const TELLS =
  /^(?:was|is|were|are|has|had|have|never|still|already|works|worked|got|did|does|didn't|isn't|wasn't|doesn't|hasn't|haven't|weren't|aren't|belongs|belonged|looks|looked|seems|seemed|[a-z]+ed)$/;

/** Our action told done: "both keys were rotated yesterday", "all keys got revoked". */
const DONE_ALREADY =
  /^(?:rotated|revoked|deprovisioned|removed|deleted|disabled|suspended|replaced|torn|killed)$/;

/**
 * fix53d: our other credential said to suffice, "key for x? nah, overkill, tokens are enough", "…, a token is fine",
 * "…, tokens will do": why the request was turned down, nothing asked.
 */
const CREDENTIAL_WORD = /^(?:tokens?|keys?|creds?|credentials?)$/;
const SUFFICES = /^(?:enough|fine|ok|okay|plenty|sufficient|sufficent|suficient|good)$/;
function othersSuffice(words: readonly ClauseWord[], i: number): boolean {
  let k = i;
  if (/^(?:a|an|one|the|short|temp|temporary|just|only)$/.test(words[k]?.w ?? '') && !words[k]?.stop) k++;
  if (!CREDENTIAL_WORD.test(words[k]?.w ?? '') || words[k]?.stop) return false;
  const verb = words[k + 1]?.w ?? '';
  if (/^(?:will|would|should|'ll)$/.test(verb))
    return words[k + 2]?.w === 'do' || SUFFICES.test(words[k + 3]?.w ?? '');
  if (/^(?:are|is|r|enough)$/.test(verb)) return verb === 'enough' || SUFFICES.test(words[k + 2]?.w ?? '');
  return false;
}

/** Does the clause that opens at word i tell something rather than ask ("it was a test key")? */
export function toldClause(
  words: readonly ClauseWord[],
  i: number,
  before: readonly ClauseWord[],
  namesUnit: (w: string) => boolean,
): boolean {
  const first = words[i];
  if (first === undefined || (i > 0 && words[i - 1]?.stop !== true)) return false;
  let told =
    PRONOUN.test(first.w) ||
    toldWithoutSubject(words, i) ||
    (WRITER.test(first.w) && writerTells(words, i)) ||
    othersSuffice(words, i);
  // ("never mind, all keys were compromised", "both keys got leaked": a widening quantifier tells that
  // more is at stake, a withdrawal only when the action is told done: "both keys were rotated".)
  const widening = first.w === 'all' || first.w === 'both';
  if (!told && DETERMINER.test(first.w) && !first.stop)
    for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
      if ((widening ? DONE_ALREADY : TELLS).test(words[k]?.w ?? '')) {
        told = true;
        break;
      }
      if (words[k]?.stop) break;
    }
  return told && !namesAnotherUnit(words, i, before, namesUnit);
}

/**
 * Does the clause name a unit other than the ones named before the take-back (a correction)? namesUnit
 * is negation.ts's test of a name said after a take-back ("team", "bot", a time name none).
 */
function namesAnotherUnit(
  words: readonly ClauseWord[],
  i: number,
  before: readonly ClauseWord[],
  namesUnit: (w: string) => boolean,
): boolean {
  for (let k = i; k < words.length; k++) {
    const w = (words[k]?.w ?? '').replace(/'s$/, '');
    // ("works" names a unit elsewhere, "public works"; as the clause's verb it names none.)
    if (namesUnit(w) && !TELLS.test(w) && !before.some((x) => x.w.replace(/'s$/, '') === w)) return true;
    if (words[k]?.stop) break;
  }
  return false;
}

/** Words after a place that still name only the place ("Frankfurt region is closer", "Frankfurt one"). */
const PLACE_ONLY = /^(?:region|regions|one|instead|then|please|pls|plz|actually|rather)$/;

/**
 * Does a Region named at word i open the subject of a clause that tells (lead28: "deprovision pricing-es? no,
 * Spain pricing is coming back in spring", "revoke the fr-sales key? nah, Paris sales still use it")? The
 * place there names whose work it is, no Region the request is corrected to ("token in ohio? no, Frankfurt",
 * "no, Frankfurt is better").
 */
export function placeOpensToldClause(words: readonly ClauseWord[], i: number): boolean {
  // (The place names a noun after it, "Paris sales": a place that is the subject itself, "no, Frankfurt is
  // better", is the Region corrected to.)
  const next = words[i + 1];
  if (words[i]?.stop || next === undefined || next.stop || TELLS.test(next.w) || PLACE_ONLY.test(next.w))
    return false;
  for (let k = i + 2; k <= i + 4 && k < words.length; k++) {
    if (TELLS.test(words[k]?.w ?? '')) return true;
    if (words[k]?.stop) break;
  }
  return false;
}
