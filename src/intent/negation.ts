/**
 * Negated and withdrawn requests. "don't rotate the marketing key", "do not revoke anything",
 * "never mind", "cancel that", "scratch that, …": the clause that is negated or withdrawn is cut
 * out of the (prepared, lowercase) text, and the parser reads only what is left. The caller then
 * makes sure no destructive intent (rotate, revoke, deprovision, create_key) read from a text with
 * such a clause is acted on without asking: "I don't need a long-term key, just a token" is a
 * token, "don't offboard growth, just rotate their key" is a rotation that is asked about first.
 */
import { CHANGE_TAGS, LEXICON } from './lexicon.js';

/** Verbs whose negation makes a request void: the actions and asking for credentials. */
const NEGATABLE_TAGS = new Set(CHANGE_TAGS);
const NEGATORS = new Set([
  'nobody',
  "don't",
  'dont',
  'never',
  "shouldn't",
  'shouldnt',
  "won't",
  'wont',
  "mustn't",
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "can't",
  'cant',
  'cannot',
  'stop',
  'no',
  "needn't",
]);
/** Verbs of handling that a negation forbids: "nobody touch the payments keys", "don't change it". */
const PROHIBITED = new Set(['touch', 'change', 'modify', 'mess']);
/** "not" negates after an auxiliary ("do not", "please not") or at the start of a clause. */
const BEFORE_NOT = new Set([
  "let's",
  'lets',
  'do',
  'does',
  'did',
  'should',
  'will',
  'would',
  'must',
  'can',
  'could',
  'please',
  'pls',
  'need',
  'better',
]);
/** Words that may sit between the negator and its verb ("don't you dare rotate", "do not go and revoke"). */
const FILLERS = new Set([
  'please',
  'pls',
  'just',
  'ever',
  'actually',
  'really',
  'yet',
  'go',
  'and',
  'to',
  'you',
  'u',
  'i',
  'we',
  'me',
  'us',
  'bother',
  'have',
  'gotta',
  'going',
  'try',
  'be',
  'accidentally',
  'auto',
  'automatically',
  'immediately',
  'ahead',
  'longer',
  'more',
  'anymore',
  'dare',
  'even',
]);
/** Words that start a new clause: what follows is not negated. */
const CLAUSE_BREAKS = new Set([
  'but',
  'instead',
  'rather',
  'just',
  'only',
  'however',
  'though',
  'although',
  'so',
  'then',
  'except',
]);
/** Key words: "cancel" with one of these is a revocation ("cancel the marketing key"), otherwise a withdrawal. */
const KEY_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws']);

/** Withdrawn or put off: "never mind", "cancel that", "postpone the …", "hold off on …", "wait with …". */
const WITHDRAWAL =
  /\b(?:never\s*mind|nevermind|nvm|jk|just\s+kidding|scratch\s+that|forget\s+(?:it|that|about\s+(?:it|the|that|this|my|our)|the|my|our)|ignore\s+(?:that|this|me|my\s+last|my\s+previous)|disregard|belay|no,?\s+thanks?|no\s+thank\s+you|cancel|postpone|defer|hold\s+off|hold\s+on\s+with|put\s+(?:it\s+|that\s+|this\s+)?on\s+hold|wait\s+with|no\s+need\s+(?:for|to)|changed\s+my\s+mind|leave\s+(?:it|that|them)|don'?t\s+bother|skip\s+(?:it|that|the)|withdraw|(?:rather|prefer(?:\s+to)?)\s+not|put\s+(?:[a-z0-9_']+\s+){1,6}?on\s+hold|(?:cancel|kill|drop)\s+(?:my|the|that|this|our)\s+(?:[a-z0-9_']+\s+)?request)\b/g;
/**
 * Withdrawals that point back at what was said before them ("rotate the sales key — actually no,
 * leave it", "token 2h pls... oh wait never mind"): with nothing asked after them, they withdraw the
 * whole message, not only their own clause.
 */
const BACK_REFERRING =
  /^(?:never\s*mind|nevermind|nvm|jk|just\s+kidding|scratch\s+that|forget\s+(?:it|that)|ignore\s+(?:that|this)|disregard|belay|changed\s+my\s+mind|leave\s+(?:it|that|them)|don'?t\s+bother|cancel)$/;

interface Word {
  w: string;
  start: number;
  end: number;
  /** A clause ends after this word (punctuation follows). */
  stop: boolean;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[a-z0-9_']+|[,.;!?:()]/g)) {
    if (/^[,.;!?:()]$/.test(m[0])) {
      const last = out[out.length - 1];
      if (last) last.stop = true;
      continue;
    }
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length, stop: false });
  }
  return out;
}

/** Index of the last word of the clause that starts at word i. */
function clauseEnd(words: Word[], i: number): number {
  let j = i;
  while (j < words.length - 1 && !words[j]?.stop && !CLAUSE_BREAKS.has(words[j + 1]?.w ?? '')) j++;
  return j;
}

export interface NegationCut {
  /** Character ranges of the prepared text that are negated, withdrawn or reported. */
  ranges: [number, number][];
  kind: 'negated' | 'withdrawn' | 'reported';
  /** A kind of credential refused outright ("no token please"): the other kind may be what is meant. */
  refused?: 'token' | 'key';
}
/** Words that may follow a back-referring withdrawal without giving it an object of its own. */
const TAIL_FILLERS = new Set(
  'it that this please pls then lol sorry all everything thanks thx about for now i we guess actually'.split(
    ' ',
  ),
);
const CREDENTIAL_WORD = /^(?:token|tokens|key|keys|api_key|creds|credentials|access_key|access_keys)$/;
const POLITE = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'needed', 'required']);

/**
 * A request someone made earlier, reported ("Sam asked for a key for ml-ops on tuesday, is it approved
 * yet?", "tom from growth asked me about llama", "the token she requested"): the clause from the verb
 * on is no request of the person writing. Not "as requested" or "frequently asked", nor "my manager
 * asked me to request a token" (the writer asks).
 */
const REPORTED =
  /(?<!\b(?:as|frequently|often|commonly|you|u|who)\s+)\b(?:asked|requested|ordered)\b(?!\s+(?:me|us)\s+to\b)/g;
/** Tags that make a reported clause a reported request: credentials, an action, a provider. */
const REPORTED_TAGS = new Set([...KEY_TAGS, ...CHANGE_TAGS, 'Provider']);

/** Clauses that report an earlier request, or null. */
export function findReported(text: string): NegationCut | null {
  if (!/asked|requested|ordered/.test(text)) return null;
  const words = wordsOf(text);
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(REPORTED)) {
    const i = words.findIndex((w) => w.start >= m.index);
    if (i < 0) continue;
    const end = clauseEnd(words, i);
    const clause = words.slice(i + 1, end + 1);
    if (clause.some((w) => REPORTED_TAGS.has(LEXICON[w.w] ?? '') || w.w === 'xxkeyid'))
      ranges.push([words[i]?.start ?? m.index, words[end]?.end ?? text.length]);
  }
  return ranges.length === 0 ? null : { ranges, kind: 'reported' };
}

/** Finds negated or withdrawn clauses in prepared text, or null when there are none. */
export function findNegation(text: string): NegationCut | null {
  if (
    !/\b(?:not?|never|nevermind|nvm|jk|kidding|scratch|forget|ignore|disregard|cancel|stop|cannot|\w+n't|dont|wont|cant|doesnt|didnt|shouldnt|postpone|defer|hold|wait|belay|changed|leave|skip|withdraw|kill|drop|nobody)\b/.test(
      text,
    )
  )
    return null;
  const words = wordsOf(text);
  const ranges: [number, number][] = [];
  let kind: NegationCut['kind'] | null = null;
  let refused: 'token' | 'key' | null = null;

  for (const m of text.matchAll(WITHDRAWAL)) {
    const i = words.findIndex((w) => w.start >= m.index);
    if (i < 0) continue;
    const end = clauseEnd(words, i);
    if (m[0] === 'cancel' || m[0] === 'withdraw') {
      const clause = words.slice(i + 1, end + 1);
      // "cancel the marketing key" revokes; "cancel my request for the recsys key" withdraws.
      const request = clause.some((w) => w.w === 'request' || w.w === 'requests');
      if (!request && clause.some((w) => KEY_TAGS.has(LEXICON[w.w] ?? '') || w.w === 'xxkeyid')) continue;
    }
    // A back-referring withdrawal in the last clause takes back everything before it.
    const last = end >= words.length - 1;
    const matchEnd = m.index + m[0].length;
    const tail = words.slice(i + 1, end + 1).filter((x) => x.start >= matchEnd);
    const back = last && BACK_REFERRING.test(m[0]) && tail.every((x) => TAIL_FILLERS.has(x.w));
    ranges.push([back ? 0 : (words[i]?.start ?? m.index), words[end]?.end ?? text.length]);
    kind = 'withdrawn';
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const prev = words[i - 1];
    const negator =
      NEGATORS.has(w.w) || (w.w === 'not' && (prev === undefined || prev.stop || BEFORE_NOT.has(prev.w)));
    if (!negator || w.stop) continue;
    // "no token please", "no api key, a token": the credential named after "no" is not wanted.
    // "no key needed", "no token required": neither.
    if (w.w === 'no' || w.w === 'not') {
      const next = words[i + 1];
      const tag = LEXICON[next?.w ?? ''];
      const after = words.slice(i + 1, i + 5);
      const needed = after.findIndex((x) => /^(?:needed|required|necessary|wanted)$/.test(x.w));
      if (needed >= 0 && after.slice(0, needed).every((x) => !x.stop)) {
        ranges.push([w.start, words[i + 1 + needed]?.end ?? text.length]);
        kind = 'negated';
        continue;
      }
      // Only a credential refused outright: "no token please", "no api key, …" (not "no key yet for x").
      let k = i + 1;
      while (k < words.length - 1 && !words[k]?.stop && CREDENTIAL_WORD.test(words[k + 1]?.w ?? '')) k++;
      const refusedEnds = words[k]?.stop || k === words.length - 1 || POLITE.has(words[k + 1]?.w ?? '');
      if (
        w.w === 'no' &&
        next &&
        (tag === 'TokenNoun' || tag === 'KeyNoun' || tag === 'Api') &&
        refusedEnds
      ) {
        ranges.push([w.start, words[clauseEnd(words, i + 1)]?.end ?? text.length]);
        kind = 'negated';
        refused = tag === 'TokenNoun' ? 'token' : 'key';
        continue;
      }
    }
    // "do not offboard …", "let's not revoke …": the auxiliary goes with the negated clause (left
    // alone, "do , only rotate their key" reads as a question).
    const from = w.w === 'not' && prev !== undefined && !prev.stop && BEFORE_NOT.has(prev.w) ? prev : w;
    let j = i + 1;
    while (j < words.length && j - i <= 5) {
      const next = words[j];
      if (!next) break;
      if (NEGATABLE_TAGS.has(LEXICON[next.w] ?? '') || PROHIBITED.has(next.w)) {
        ranges.push([from.start, words[clauseEnd(words, j)]?.end ?? text.length]);
        kind = 'negated';
        break;
      }
      if (next.stop || !FILLERS.has(next.w)) break;
      j++;
    }
  }
  return kind === null ? null : refused === null ? { ranges, kind } : { ranges, kind, refused };
}
