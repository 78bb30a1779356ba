/**
 * Negated and withdrawn requests. "don't rotate the marketing key", "do not revoke anything",
 * "never mind", "cancel that", "scratch that, …": the clause that is negated or withdrawn is cut
 * out of the (prepared, lowercase) text, and the parser reads only what is left. The caller then
 * makes sure no destructive intent (rotate, revoke, deprovision, create_key) read from a text with
 * such a clause is acted on without asking: "I don't need a long-term key, just a token" is a
 * token, "don't offboard growth, just rotate their key" is a rotation that is asked about first.
 */
import { anyOf, CORRECTS_AFTER_NO, markersOf, REFERS_BACK } from './correction-markers.js';
import { relayedAskAt } from './relayed.js';
import { isNameWord } from './business-unit.js';
import { UNIT_WORDS } from './name-words.js';
import { CHANGE_TAGS, LEXICON, VERB_TAGS } from './lexicon.js';
import { asksAboutApprovals, asksTokenLent } from './mood.js';
import { matchesOf } from './match-all.js';
import { KEEP_OR_LEAVE, POLITE_BEFORE_KEEP, PUT_OFF, PUT_OFF_GUARD, TAKE_BACK } from './withdrawal.js';
import { valueFollowsWithdrawal } from './corrections.js';
import { GROUP_AFTER_NAME, groupNamed, plainNameAnswers } from './plain-name-answer.js';
import { placeOpensToldClause, toldClause } from './told-after-take-back.js';

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
/**
 * "not" negates after an auxiliary ("do not", "please not") or at the start of a clause, also after a word
 * that opens a correction (known27: "sorry not rotate - revoke fraud-ml", "no not rotate, revoke kyc").
 */
const BEFORE_NOT = new Set([
  'sorry',
  'oops',
  'no',
  'nope',
  'nah',
  'wait',
  'actually',
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
/**
 * Verbs of running a command: "bedrock" after one is the bot's command word ("don't run /bedrock revoke …").
 * Fillers themselves, one list (fix24a: "use" was here but no filler, so the loop stopped before it).
 */
const RUN_WORDS = ['run', 'type', 'execute', 'trigger'];
/**
 * fix41g, tuned-hackathon/tuned-delegates: a worry of doing harm after a question about a command ("what does
 * 'deprovision' actually do? don't wanna break anything", "… don't want to nuke the wrong thing"): "want" is not
 * a credential refused when what is not wanted is harm to anything, or to the wrong thing.
 */
const HARM_WORRIED =
  /^(?:want|wanna|wants)\s+(?:to\s+)?(?:accidentally\s+)?([a-z]+)(?:\s+up)?\s+(?:(anything|something|stuff|things|everything|it\s+all)|the\s+wrong\s+(?:thing|one|unit|key|team|stuff))(?![\w-])/;
/**
 * Our own verb of change not wanted on anything is a refusal ("we don't want to revoke anything"); on the wrong thing,
 * a worry, but only after a question about a command (post41a: "don't want to kill the wrong key, can someone confirm
 * which is prod" asks nothing to be revoked, and stays refused).
 */
function harmWorried(rest: string, before: string): boolean {
  const m = HARM_WORRIED.exec(rest);
  if (m === null) return false;
  return m[2] === undefined ? before.includes('?') : !NEGATABLE_TAGS.has(LEXICON[m[1] ?? ''] ?? '');
}
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
  // (fix52e, tuned-insurer: "not gonna rotate the fnol key, it's 10 days old": "gonna" as "going to" is.)
  'gonna',
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
  // "please don't run /bedrock deprovision growth, it's still in use": the bot's own command, told not to
  // be run, is negated as the verb alone is (lead24; acted on before).
  ...RUN_WORDS,
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

/**
 * A question answered "no, keep it" ("Ditch the growth key? No, keep it.", "deprovision growth? no,
 * keep the unit", "revoke the ads key? nah, we still need them"): the thing asked about stays, so the
 * ask is taken back, like "leave it". Only after "no" or a question mark: "rotate the key but keep it
 * for 30 days" keeps nothing back.
 */
const KEEP_IT_HEAD = String.raw`(?:keep|(?:we\s+)?still\s+need)`;
const KEEP_IT_WORDS = String.raw`${KEEP_IT_HEAD}\s+(?:it|them|that|this|those|the\s+[a-z0-9_-]+(?:\s+(?:key|keys|token|tokens|unit|team))?)(?:[,.;!]?\s*(?:we\s+)?still\s+need\s+(?:it|them|that))?`;
/**
 * The look back after the word it looks back from, repeating it: opening an alternative of WITHDRAWAL,
 * the look back was tried at every position of every text. (Each word is read one way only, "we still
 * need" and "still need" apart, so each match is where and what it was with the look back first.)
 */
const KEEP_IT_TURN = String.raw`(?:\b(?:no|nah|nope)|\?)(?:\s*[,.!:;—–…-])*\s*`;
const KEEP_IT = String.raw`(?:keep(?<=${KEEP_IT_TURN}keep)|we\s+still\s+need(?<=${KEEP_IT_TURN}we\s+still\s+need)|still\s+need(?<=${KEEP_IT_TURN}still\s+need))${KEEP_IT_WORDS.slice(KEEP_IT_HEAD.length)}`;

/**
 * Withdrawn or put off: "never mind", "cancel that", "postpone the …", "hold off on …", "wait with …".
 * (fixlay30: "ignore my token request from earlier", the kind named before the request word, as withdrawal.ts;
 * "can we NOT revoke the x key yet?", "could we not rotate it yet please": asked to be held, not done.)
 */
const WITHDRAWAL = new RegExp(
  String.raw`\b(?:${markersOf(REFERS_BACK).join('|')}|${KEEP_IT}|forget\s+(?:about\s+(?:it|the|that|this|my|our)|the|my|our)|(?:can|could)\s+(?:we|you|u)\s+not(?=\s+[a-z]+\b[^.!?\n]{0,40}\byet\b)|ignore\s+(?:that|this|it|me|my\s+(?:last|previous|earlier|message|messages|ask|request|question)|(?:the|our)\s+(?:last|previous|earlier|above)\s+(?:messages?|msgs?|posts?|ask|request|question)|my\s+(?:(?:last|previous|earlier)\s+)?(?:tokens?|keys?|api_keys?|access_keys?)\s+(?:request|ask))|undo\s+(?:my|that|the|this)\s+(?:ask|request|message)|hold\s+(?:the|my|our|that|this|it|off)|pause\s+(?:the|my|our|that|this|it)|disregard|belay|no,?\s+thanks?|no\s+thank\s+you|cancel|postpone|defer|hold\s+off|hold\s+on\s+with|put\s+(?:it\s+|that\s+|this\s+)?on\s+hold|wait\s+with|no\s+need\s+(?:for|to)|changed\s+my\s+mind|leave\s+(?:it|that|them)|don'?t\s+bother|skip\s+(?:it|that|the)|withdraw|(?:rather|prefer(?:\s+to)?)\s+not|put\s+(?:[a-z0-9_']+\s+){1,6}?on\s+hold|(?:cancel|kill|drop|scratch|pull|retract)\s+(?:my|the|that|this|our)\s+(?:[a-z0-9_']+\s+)?(?:request|ask))\b`,
  'g',
);
/** A subject put off: "… can wait", "… is on hold", "… stays on ice". */
const SUBJECT_PUT_OFF =
  /\b(?:can|could|should|will|must|has\s+to|have\s+to|may)\s+wait\b|\b(?:is|are|stays?|remains?|goes|go)\s+on\s+(?:hold|ice)\b/g;
/**
 * Withdrawals that point back at what was said before them ("rotate the sales key — actually no,
 * leave it", "token 2h pls... oh wait never mind"): with nothing asked after them, they withdraw the
 * whole message, not only their own clause.
 */
const BACK_REFERRING = new RegExp(`^${anyOf(markersOf(REFERS_BACK), KEEP_IT_WORDS)}$`);

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
  /**
   * Where a command that replaces the one before it starts, when it points back at that one's object
   * ("rotate AKIA… for x. actually wait, revoke it"): the unit and key are the earlier command's.
   */
  pointsBack?: number;
}
/** Words that may follow a back-referring withdrawal without giving it an object of its own. */
const TAIL_FILLERS = new Set(
  'it that this please pls then lol sorry all everything thanks thx about for now i we guess actually'.split(
    ' ',
  ),
);
/** What may follow "leave it" in a take-back: left as it is ("be", "alone") or to a later time ("till after the audit"). */
const LEFT_AS_IS = new Set(['be', 'alone', 'till', 'until', 'til', 'after', 'as']);
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

/**
 * Words someone typed, said or wrote, in double quotes: he typed "give me a token for 3 hours" into
 * google, say "rotate" three times in a mirror. What is quoted is nobody's request to the bot.
 */
const QUOTED_SPEECH =
  /\b(?:typed|types|type|typing|said|says|say|saying|wrote|writes|write|writing|texted|posted|posts|tweeted|googled|searched|yelled|shouted|goes|went|asked|asks|literally|like|ask(?:ed)?\s+(?:me|us|him|her|them))\s*[:,]?\s*["“]([^"“”\n]+)["”]/g;

const ADOPTED = /\b(?:please|pls|plz|handle|do\s+(?:it|that|this)|can\s+(?:you|u)|could\s+(?:you|u))\b/;

/**
 * fixrelay30: the same words in single quotes after a verb of speaking and a colon ("Sunita asked: 'can the
 * bot give me a token for 12 hours?' — I think she should just try"). Only after the colon (an apostrophe
 * elsewhere is a contraction or a possessive); the quote ends at a mark not followed by a letter ("can't").
 */
const SINGLE_QUOTED_SPEECH =
  /\b(?:typed|said|says|wrote|texted|posted|asked|asks|ask(?:ed)?\s+(?:me|us|him|her|them))\s*:\s*'((?:[^'\n]|'(?=[a-z])){3,300})'(?![a-z])/g;

function quotedSpeech(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [QUOTED_SPEECH, SINGLE_QUOTED_SPEECH])
    for (const m of matchesOf(text, re)) {
      const inner = m[1] ?? '';
      out.push([m.index + m[0].length - inner.length - 1, m.index + m[0].length]);
    }
  // 'Jira says: "DATA-112 key for recsys" pls handle': a quote the writer asks to be done is theirs.
  if (out.length > 0) {
    let rest = text;
    for (const [a, b] of [...out].reverse()) rest = rest.slice(0, a) + rest.slice(b);
    if (ADOPTED.test(rest)) return [];
  }
  return out;
}

/**
 * What the writer says they will do themselves ("I promise we'll rotate it this time", "we will
 * revoke it after the demo"): a look-alike of a request, no request to the bot. (A wish, "we'll need
 * a key", asks; only the verbs that change a credential are promised.)
 */
const PROMISE_GUARD = /'ll|\bwill\b|\bshall\b|\bpromise\b/;
const PROMISE =
  /\b(?:i|we)(?:'ll|\s+will|\s+shall|\s+promise)(?:\s+(?:to|we'll|i'll|we\s+will|i\s+will))?\s+(?:(?:just|also|definitely|surely|totally|then|really|actually|probably|do|never)\s+)?(?:rotate|revoke|delete|remove|deprovision|offboard|renew|refresh|regenerate|roll|cycle|replace|kill|disable)\b/g;

/**
 * fix47d: another person's plan told ("Rina said she will revoke the gudang-ai key after lunch", Indonesian "Rina td
 * bilang mau revoke key gudang-ai abis makan siang" glossed "rina earlier said he will revoke key gudang-ai after
 * lunch", "Tom says he'll rotate it tomorrow"): what someone else will do, reported, no request (as the writer's own
 * promise is not). Only "he", "she" or "they" after the verb of saying: "said I will" is the writer's, and "said you
 * should" asks.
 */
const PLAN_TOLD_GUARD = /\b(?:said|says|told)\b/;
const PLAN_TOLD =
  /\b(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|\s+would|\s+wants?\s+to|\s+(?:is|are)\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to|\s+plans?\s+to)\s+(?:(?:just|also|then|probably)\s+)?(?:rotate|revoke|delete|remove|deprovision|offboard|renew|refresh|regenerate|roll|cycle|replace|kill|disable|create|make|generate)\b/g;

function promised(text: string, promise: RegExp = PROMISE): [number, number][] {
  const out: [number, number][] = [];
  let words: Word[] | null = null;
  for (const m of text.matchAll(promise)) {
    words ??= wordsOf(text);
    // (fix41b, tuned-cosmetics: the clause runs on from the promised verb, "we'll just rotate it", "we will then revoke
    // it": "just" and "then" inside the promise open no clause of their own.)
    const verbEnd = m.index + m[0].length;
    const i = words.findIndex((w) => w.end >= verbEnd);
    if (i < 0) continue;
    let end = clauseEnd(words, i);
    // (post41a: "we will then revoke it and deprovision ads-legacy now please", "I'll just rotate it and please revoke
    // ads-legacy": "and" before a clause asked with "please" or "now" opens a new instruction, no part of the promise.)
    for (let k = i + 1; k < end; k++) {
      if (words[k]?.w !== 'and') continue;
      if (words.slice(k + 1, end + 1).some((w) => NEW_ASK_WORDS.has(w.w))) {
        end = k - 1;
        break;
      }
    }
    out.push([m.index, words[end]?.end ?? text.length]);
  }
  return out;
}
/**
 * fix46c, tuned-payments: the same promise in Hinglish, where the verb of the writer's own future ends the clause
 * ("rotate kyc key kal karenge, aaj freeze hai": we'll rotate it tomorrow, today is a freeze; "ads ki key revoke kar
 * denge", "main rotate kar lunga"): what the writer will do, no request. Not the asked forms ("rotate kar do", "kar
 * dijiye", "karo"), which stay requests.
 */
const HINGLISH_PROMISE_GUARD = /kar(?:enge|unga|ungi)|kar\s+(?:de|le|du|lu)n/;
const HINGLISH_PROMISE =
  /\b(?:rotate|revoke|delete|remove|deprovision|offboard|renew|refresh|regenerate|replace|disable)\b[^,.;!?\n]{0,40}?\b(?:karenge|karunga|karungi|kar\s+(?:denge|lenge|dunga|dungi|lunga|lungi))\b/g;

/** Words that mark the clause after a promise's "and" as asked now. */
const NEW_ASK_WORDS = new Set(['please', 'pls', 'plz', 'now', 'asap']);

/**
 * Lead26: one of our changes told as tried and failed ("rotating didn't help", "rotation didn't fix it",
 * "regenerating the key did not stop the calls"): a report of what was done, cut to its clause, so that a change
 * asked after it ("…, just revoke the fraud-ml key") is the one read. (Cheap: a negated verb of success first.)
 */
const FAILED_GUARD =
  /\b(?:didn't|didnt|did\s+not|doesn't|doesnt|does\s+not|hasn't|hasnt|has\s+not|won't|wont)\s+(?:help|work|fix|solve|stop|change)/;
const FAILED_ATTEMPT =
  /\b(?:rotating|rotation|revoking|regenerating|renewing|refreshing|recreating|re-creating)\b(?:\s+(?:the|our|my|their|it|that|this|[a-z0-9_'-]+)){0,4}?\s+(?:didn't|didnt|did\s+not|doesn't|doesnt|does\s+not|hasn't|hasnt|has\s+not|won't|wont)\s+(?:help|work|fix|solve|stop|change)\w*[^.,;:!?\n—–]*/g;

/** Clauses that report an earlier request, or null. */
export function findReported(text: string): NegationCut | null {
  const quoted = text.includes('"') || text.includes('“') || text.includes(": '") ? quotedSpeech(text) : [];
  if (FAILED_GUARD.test(text))
    for (const m of matchesOf(text, FAILED_ATTEMPT)) quoted.push([m.index, m.index + m[0].length]);
  if (PROMISE_GUARD.test(text)) quoted.push(...promised(text));
  if (PLAN_TOLD_GUARD.test(text)) quoted.push(...promised(text, PLAN_TOLD));
  if (HINGLISH_PROMISE_GUARD.test(text))
    for (const m of matchesOf(text, HINGLISH_PROMISE)) {
      // (The object before the verb goes with it: "kyc ki key kal rotate karenge" is one clause.)
      const from = Math.max(...[',', '.', ';', '!', '?', '\n'].map((c) => text.lastIndexOf(c, m.index))) + 1;
      quoted.push([from, m.index + m[0].length]);
    }
  // ("the bot said "waiting for approval", what happens next?": the quote is what is asked about.)
  if (!/asked|requested|ordered/.test(text))
    return quoted.length === 0 || asksAboutApprovals(text) ? null : { ranges: quoted, kind: 'reported' };
  // "I asked for a key an hour ago and nothing happened — who approves these?": the request told of
  // is the context of a question about approvals, which the rules read whole.
  if (asksAboutApprovals(text)) return quoted.length === 0 ? null : { ranges: quoted, kind: 'reported' };
  // (fix37a, tuned-forestry: "the contractor asked if she can borrow my token for a day, allowed?": whether one's
  // token may be lent, asked of the bot, with the ask to borrow it as its context.)
  if (asksTokenLent(text)) return quoted.length === 0 ? null : { ranges: quoted, kind: 'reported' };
  const words = wordsOf(text);
  const ranges: [number, number][] = [...quoted];
  for (const m of matchesOf(text, REPORTED)) {
    // ("HR asked to offboard hr-analytics, the contract ended": an ask passed on to the bot, relayed.ts.)
    if (m[0] === 'asked' && relayedAskAt(text, m.index)) continue;
    const i = words.findIndex((w) => w.start >= m.index);
    if (i < 0) continue;
    const end = clauseEnd(words, i);
    const clause = words.slice(i + 1, end + 1);
    if (clause.some((w) => REPORTED_TAGS.has(LEXICON[w.w] ?? '') || w.w === 'xxkeyid'))
      ranges.push([words[i]?.start ?? m.index, reportedEnd(text, words, i, end)]);
  }
  return ranges.length === 0 ? null : { ranges, kind: 'reported' };
}

/** A question reported: "asked 'how do you …?'", "asked how often keys are rotated?". */
const REPORTED_QUESTION =
  /^\s*[:,]?\s*['"‘“]|^\s+(?:how|what|why|when|where|who|whether|if|which|do|does|did|is|are|can|could|will|would)\b/;
const QUESTION_MARK_AFTER = /^\s*\?+\s*['"’”]?/;

/**
 * Where a reported clause ends: its last word, or the question mark (and closing quote) after it
 * when what was asked is a question ("ISO auditor asked 'how do you ensure keys are rotated?'"):
 * the question is the one reported, not one the writer asks.
 */
function reportedEnd(text: string, words: Word[], i: number, end: number): number {
  const last = words[end]?.end ?? text.length;
  const verbEnd = words[i]?.end ?? last;
  if (!REPORTED_QUESTION.test(text.slice(verbEnd, verbEnd + 12))) return last;
  const mark = QUESTION_MARK_AFTER.exec(text.slice(last));
  return mark === null ? last : last + mark[0].length;
}

/** Words one of which a negated or withdrawn clause has (a cheap test before the real ones). */
const NEGATION_HINT =
  /\b(?:not?|never|nevermind|nvm|jk|kidding|scratch|forget|ignore|disregard|cancel|stop|cannot|\w+n't|dont|wont|cant|doesnt|didnt|shouldnt|postpone|defer|hold|wait|belay|changed|leave|skip|withdraw|retract|pull|kill|drop|nobody|undo|pause)\b/;
/** … and the other words that may take a request back (TAKE_BACK, withdrawal.ts). */
const TAKE_BACK_HINT =
  /\b(?:nope|nah|unsure|idk|dunno|second|alarm|let|first|back|working|fine|good|sorted|fixed|resolved|works|found|solved|meant|sorry|err+|erm+|actually|rather|oops|hm+|strike|scrap|noise|wrong|lets|rejected|declined|denied|vetoed|overkill|pointless|unnecessary)\b/;

/** The text cut last and its cut: a parse looks for the negation in the same text twice. */
let lastText: string | null = null;
let lastCut: NegationCut | null = null;

/** Finds negated or withdrawn clauses in prepared text, or null when there are none. */
export function findNegation(text: string): NegationCut | null {
  if (text !== lastText) {
    lastCut = negationIn(text);
    lastText = text;
  }
  return lastCut;
}

/**
 * Words of a clause that name no key of their own: articles, the kind of key, fillers; review28: the words that
 * point back at the key asked for, and a change of mind ("…, actually that key leave it", "…, sorry wrong key
 * leave it", "…, wait the key itself leave it" take back the request, as "…, the key leave it" does).
 */
const NOT_A_NAME = new Set(
  [
    'the my our his her their your a an for of one just then and also access api aws bedrock hmm hm oh ah ok okay but',
    'this that these those it itself same wrong actually wait sorry um uh well so on second thought no nah nvm bad',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Where the clause before a keeping at word i starts, when that clause names a key of its own that the
 * request before it did not ("…, the access key for van-stock leave it", "…, the ads key leave it", "…, the
 * fraud-ml one just leave it"): that key is what is kept. Null when the clause names nothing new ("… hmm the
 * growth key leave it", "— actually no, leave it").
 */
function ownKeyKept(words: Word[], i: number): number | null {
  let from = i;
  while (from > 0 && !words[from - 1]?.stop) from--;
  if (from === 0 || i - from < 2) return null;
  const clause = words.slice(from, i);
  if (!clause.some((x) => CREDENTIAL_WORD.test(x.w) || x.w === 'one')) return null;
  const earlier = new Set(words.slice(0, from).map((x) => x.w));
  const named = clause.filter((x) => !NOT_A_NAME.has(x.w) && !CREDENTIAL_WORD.test(x.w));
  return named.length > 0 && named.every((x) => !earlier.has(x.w)) ? (words[from]?.start ?? null) : null;
}

/**
 * Where a withdrawn request's clause ends: fix46c, tuned-styles-long: a request taken back and then named in brackets
 * ("scratch my request from before (the 6h token). the workshop got cancelled", "cancel my request (the 2h token)")
 * takes back what the brackets name too; a bracket after another withdrawal ("… ignore that (sorry)") is left alone.
 */
function requestNamedEnd(text: string, marker: string, end: number | undefined): number {
  if (end === undefined) return text.length;
  // (fix47d: the clause, not only the marker: "cancel my request (the 2h token)", "withdraw my ask (the key for
  // growth)" end their clause on the request that the brackets name, though the marker is "cancel".)
  if (
    !/(?:request|ask)$/.test(marker) &&
    !/\b(?:request|requests|ask)$/.test(text.slice(Math.max(0, end - 9), end))
  )
    return end;
  const named = /^\s*\([^()\n]{1,80}\)/.exec(text.slice(end, end + 90));
  return named === null ? end : end + named[0].length;
}

function negationIn(text: string): NegationCut | null {
  const negation = NEGATION_HINT.test(text);
  if (!negation && !TAKE_BACK_HINT.test(text)) return null;
  const words = wordsOf(text);
  const ranges: [number, number][] = [];
  let kind: NegationCut['kind'] | null = null;
  let refused: 'token' | 'key' | null = null;

  for (const m of negation ? matchesOf(text, WITHDRAWAL) : []) {
    const i = words.findIndex((w) => w.start >= m.index);
    if (i < 0) continue;
    let end = clauseEnd(words, i);
    // ("no, keep them, we still need them": a withdrawal of two clauses ends where its match ends.)
    while (end + 1 < words.length && (words[end + 1]?.start ?? text.length) < m.index + m[0].length) end++;
    if (m[0] === 'cancel' || m[0] === 'withdraw') {
      const clause = words.slice(i + 1, end + 1);
      // "cancel the marketing key" revokes; "cancel my request for the recsys key" withdraws.
      const request = clause.some((w) => w.w === 'request' || w.w === 'requests');
      if (!request && clause.some((w) => KEY_TAGS.has(LEXICON[w.w] ?? '') || w.w === 'xxkeyid')) continue;
    }
    // "tok 2h apse2 scratch that apse1", "key for dq-checks. nvm, dq-monitor": a new value after
    // the withdrawal word corrects the one before it (corrections.ts), it takes nothing back.
    if (valueFollowsWithdrawal(text.slice(m.index))) continue;
    // ("token 4h. (my collections database credentials are a separate problem, ignore that)": it takes
    // back only its own aside; requests25.)
    const aside = asideStart(text, m.index);
    if (aside !== null) {
      ranges.push([aside, words[end]?.end ?? text.length]);
      kind = 'withdrawn';
      continue;
    }
    // A back-referring withdrawal in the last clause takes back everything before it.
    const last = end >= words.length - 1;
    const matchEnd = m.index + m[0].length;
    const tail = words.slice(i + 1, end + 1).filter((x) => x.start >= matchEnd);
    // (buried28: "rotate the api key for install-notes-v2, the access key for van-stock leave it": a keeping
    // whose clause names a key of its own first takes back that key, the clause, not the request.)
    const own = ownKeyKept(words, i);
    // (fix54a, tuned-adtech: "…, leave it be", "…? let's leave it till after the audit", "… leave that until Q2": the
    // thing left as it is, or left to a later time, takes back all before it as a bare "leave it" does.)
    const back =
      last &&
      own === null &&
      BACK_REFERRING.test(m[0]) &&
      (tail.every((x) => TAIL_FILLERS.has(x.w)) ||
        (m[0].startsWith('leave') && LEFT_AS_IS.has(tail[0]?.w ?? '')));
    ranges.push([
      back ? 0 : (own ?? words[i]?.start ?? m.index),
      requestNamedEnd(text, m[0], words[end]?.end),
    ]);
    kind = 'withdrawn';
  }
  // "the deprovision for legacy-bi can wait", "the rotation is on hold until the audit": the clause
  // that says its subject waits is put off from its start.
  if (negation && /\b(?:wait|hold|ice)\b/.test(text))
    for (const m of matchesOf(text, SUBJECT_PUT_OFF)) {
      const i = words.findIndex((w) => w.start >= m.index);
      if (i < 0) continue;
      let from = i;
      while (from > 0 && !words[from - 1]?.stop) from--;
      ranges.push([words[from]?.start ?? m.index, words[clauseEnd(words, i)]?.end ?? text.length]);
      kind = 'withdrawn';
    }

  for (let i = 0; negation && i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const prev = words[i - 1];
    const negator =
      NEGATORS.has(w.w) || (w.w === 'not' && (prev === undefined || prev.stop || BEFORE_NOT.has(prev.w)));
    if (!negator || w.stop) continue;
    // "rotate, no actually revoke the x key": a "no" that opens a correction marker replaces the command
    // before it (replacedCommand), it negates none.
    if (w.w === 'no' && CORRECTS_AFTER_NO.has(words[i + 1]?.w ?? '') && replacesCommand(words, i)) continue;
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
        // (fix41g: "what does deprovision do? don't wanna break anything": a worry of harm, no credential refused.)
        if (harmWorried(text.slice(next.start), text.slice(0, from.start))) break;
        // "nobody ever created a key for it", "nobody rotated it": what nobody did is a story
        // told, no request taken back ("ever" was once read as "every", which hid this).
        if (w.w === 'nobody' && next.w.endsWith('ed')) break;
        // fix43b, tuned-styles-followups: "(I've) never set up a key for a team before, where do I start": what the
        // writer has never done before is told, no request refused; "before" ends the clause (not "never revoke a
        // key before the new one is live", a rule).
        if (w.w === 'never' && words[clauseEnd(words, j)]?.w === 'before') break;
        ranges.push([from.start, words[clauseEnd(words, j)]?.end ?? text.length]);
        kind = 'negated';
        break;
      }
      // fix43b, tuned-styles-followups: "route-planner: a rotation, not a revoke": a change of ours named by its noun
      // after "not a", set against the one asked ("not a revoke", "not a deprovision"), is negated as its verb is.
      const article = w.w === 'not' && j === i + 1 && (next.w === 'a' || next.w === 'an');
      if (
        next.stop ||
        !(
          article ||
          FILLERS.has(next.w) ||
          (next.w === 'bedrock' && RUN_WORDS.includes(words[j - 1]?.w ?? ''))
        )
      )
        break;
      j++;
    }
  }
  // "token 2h… scratch that, I don't need it anymore", "rotate the x key — hold on, don't. checking
  // with Lena first", "actually, nope, let me ask Tom first": taken back after the request, with
  // nothing asked after it, the whole message is withdrawn.
  const wavered: [number, number][] = [];
  const back = takenBack(text, words, wavered);
  if (back !== null) return { ranges: [[0, text.length]], kind: 'withdrawn' };
  // A hesitation the message goes past ("… except... nah all of them, go") is cut: what is left is
  // the request, asked about before anything is done.
  if (wavered.length > 0) {
    ranges.push(...wavered);
    kind ??= 'withdrawn';
  }
  // "rotate alerting-ai — hm no, revoke it": the command said first is replaced by the one after.
  const replaced = replacedCommand(text, words);
  let pointsBack: number | undefined;
  if (replaced !== null) {
    ranges.push([0, replaced]);
    kind ??= 'withdrawn';
    const i = words.findIndex((w) => w.start >= replaced);
    if (words.slice(i + 1, i + 3).some((w) => POINTING_BACK.has(w.w))) pointsBack = replaced;
  }
  if (kind === null) return null;
  const cut: NegationCut = refused === null ? { ranges, kind } : { ranges, kind, refused };
  return pointsBack === undefined ? cut : { ...cut, pointsBack };
}

/**
 * Does a correction marker at words[i] ("no actually", "no sorry I meant") stand between a command of
 * ours and another of ours said as a command ("rotate, no actually revoke the x key")?
 */
function replacesCommand(words: Word[], i: number): boolean {
  const before = words.slice(0, i).find((w) => VERB_TAGS.has(LEXICON[w.w] ?? '') && !/[a-z]{2}ed$/.test(w.w));
  let k = i + 1;
  while (k < i + 5 && (CORRECTS_AFTER_NO.has(words[k]?.w ?? '') || words[k]?.w === 'just')) k++;
  const next = words[k];
  const tag = LEXICON[next?.w ?? ''];
  return (
    before !== undefined &&
    next !== undefined &&
    tag !== undefined &&
    VERB_TAGS.has(tag) &&
    tag !== LEXICON[before.w] &&
    !/(?:ed|ing)$/.test(next.w) &&
    !NOT_A_COMMAND.has(next.w)
  );
}

/**
 * Standalone "no" after a request ("revoke the x key. no."): a refusal only when it ends its clause. Also
 * after "wait" (fixthreads29: "> deprovision hack-snow-24\nwait no, the judges still need the demo up"): what
 * follows is read as after any take-back, so "token 6h, wait no, 8h" still corrects.
 */
const LONE_NO = /(?:^|[.,;!?—–-]\s*|\bwait\s+)(?<!\bor\s)(?:no|nah|nope)\s*(?=[.,;!—–-]|$)/g;
/** Words that ask for something when they follow a withdrawal ("scratch that, make it 4h"). */
const ASKING_TAGS = new Set([...CHANGE_TAGS, ...KEY_TAGS]);
const ASKING_AFTER = /^(?:xxdur|xxregion|xxkeyid|xxemail|\d+)$/;
const OBJECT_START = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'about', 'a', 'an']);
const CORRECTING = /_|\d|^(?:meant|mean|instead|rather|for)$/;

/**
 * An ordinary hyphenated word, no name ("mid-deploy", "post-audit", "re-run"): after a take-back it tells why, it
 * corrects no unit (fix40c, tuned-genomics: "rotate the x key? no, leave it, Katrin is mid-deploy").
 */
const hyphenedWord = (w: string): boolean => w.includes('_') && !/\d/.test(w) && !isNameWord(w);

/**
 * A mention set as the owner after a take-back word, "owner <@U…>", "owned by <@U…>": a new owner corrects the
 * one before, as an e-mail does (fix40c, tuned-logistics: "api key for x, owner <@U1> — hm no, owner <@U2>").
 */
function ownerMentionAt(words: Word[], i: number, before: Word[]): boolean {
  if (words[i]?.w !== 'xxuser') return false;
  const prev = words[i - 1]?.w ?? '';
  const owner =
    prev === 'owner' ||
    (prev === 'by' && words[i - 2]?.w === 'owned') ||
    (prev === 'is' && words[i - 2]?.w === 'owner');
  // (post40b: only as a new key's or token's owner set before, and only when the mention ends the message:
  // "revoke growth? no, owner <@U2> will handle it", "key for growth? no, owner <@U2> already has one" take the
  // request back.)
  return (
    owner &&
    words.slice(i + 1).every((x) => OWNER_AFTER.has(x.w)) &&
    before.some((x) => KEY_TAGS.has(LEXICON[x.w] ?? '')) &&
    before.some((x, j) => x.w === 'xxuser' && before[j - 1]?.w === 'owner') &&
    !before.some((x) => TAKES_OR_CHANGES.has(LEXICON[x.w] ?? ''))
  );
}
/** Changes to a key that has its owner already: "rotate growth? no, owner <@U2>" corrects no owner. */
const TAKES_OR_CHANGES = new Set(CHANGE_TAGS.filter((t) => t !== 'Create' && t !== 'Onboard'));
/** What may follow a corrected owner: "owner <@U2>, sorry", "owner <@U2> I meant". */
const OWNER_AFTER = new Set(['sorry', 'i', 'meant', 'mean', 'please', 'pls', 'thanks', 'instead']);

/** A withdrawal that consults someone or something rather than naming what it withdraws. */
const CONSULTS =
  /(?:with|to|by|ask|think|talk|discuss|sync|check|wait|hold|pause|should|could|need|have|must|would|might|ought|'d|can)$/;
/** Wishes: asked only by the writer ("I need the sales one instead"), not told of others ("legal wants them kept"). */
const WISHES = new Set(['want', 'wants', 'need', 'needs', 'require', 'requires', 'wanna']);
const WISHERS = new Set(['i', 'we', "i'd", "we'd", 'just', 'really', 'only', 'also', 'actually']);
/** "for now", "for the moment": a time, not the unit a correction names ("actually no, for sales-ops"). */
const FOR_A_TIME = new Set(
  'now that this it them today tonight later a an another some moment time weekend rest while day week month quarter holidays audit migration'.split(
    ' ',
  ),
);

/** Words that, with the next word, confirm the request after a hesitation ("all of them", "do it"). */
const CONFIRMS = new Map([
  ['all', ['of', 'keys', 'them']],
  ['both', ['of', 'keys', 'them', 'please', 'pls']],
  ['do', ['it']],
  ['go', ['ahead']],
]);

/** "later", "tomorrow", "after the audit": the request put off, not confirmed ("do it later"). */
const PUT_OFF_WORDS = new Set(
  'later tomorrow after once when until till next monday tuesday wednesday thursday friday eventually someday'.split(
    ' ',
  ),
);

/** Does the word at i confirm the request ("nah all of them, go", "ok do it", "go ahead")? */
function confirms(words: Word[], i: number): boolean {
  const w = words[i]?.w ?? '';
  const next = words[i + 1]?.w ?? '';
  const confirmed =
    (CONFIRMS.get(w) ?? []).includes(next) ||
    ((w === 'go' || w === 'proceed') &&
      (i === 0 || words[i - 1]?.stop === true) &&
      (words[i]?.stop === true || i === words.length - 1 || next === 'ahead'));
  return confirmed && !words.slice(i).some((x) => PUT_OFF_WORDS.has(x.w));
}

/** "I need it now", "we need one today", "i need it asap": the writer's need of the thing now, at i ("need"). */
function insists(words: Word[], i: number): boolean {
  const w = words[i]?.w ?? '';
  if (w !== 'need' && w !== 'needs') return false;
  if (!['i', 'we', 'still', 'really'].includes(words[i - 1]?.w ?? '')) return false;
  if (!['it', 'one', 'that', 'this'].includes(words[i + 1]?.w ?? '')) return false;
  return NOW_WORDS.has(words[i + 2]?.w ?? '') || (words[i + 2]?.w === 'right' && words[i + 3]?.w === 'now');
}
const NOW_WORDS = new Set(['now', 'today', 'asap', 'urgently', 'tonight']);
/** Our verbs that take a credential away: after them a need of "it" keeps it. */
const TAKES_AWAY =
  /^(?:revoke|revoking|deprovision|delete|remove|kill|disable|offboard|decommission|rotate|cancel)/;

/** Is the word at i negated by one of the three words before it in its clause ("not revoke, just rotate")? */
function negatedAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = words[k];
    if (x === undefined || x.stop) return false;
    if (NEGATORS.has(x.w) || x.w === 'not' || x.w === 'longer') return true;
  }
  return false;
}

/** Words that end in "'s" and name no owner ("it's", "that's", "let's"). */
const NOT_AN_OWNER = /^(?:it|that|what|there|here|let|he|she|who|where|how|everything|nothing|all)'s$/;
/** The tail is one name said as an owner's, then perhaps "key(s)" or "one": "nah, ranking's (key)". */
function ownerNamed(words: Word[]): boolean {
  const w = words[0];
  if (w === undefined || !w.w.endsWith("'s") || NOT_AN_OWNER.test(w.w) || w.w.slice(0, -2) in LEXICON)
    return false;
  // (A name's: "nah, tonight's", "nah, someone's" name a time or no one, and take the request back.)
  if (!isNameWord(w.w.slice(0, -2))) return false;
  const rest = words.slice(1);
  return w.stop || rest.length === 0 || (rest.length === 1 && /^(?:keys?|one|team)$/.test(rest[0]?.w ?? ''));
}

/** Words before the name said in a correction's tail: "nope, sorry, billing", "nah, the growth one". */
const BEFORE_NAME = new Set('sorry i meant mean actually rather the for make it'.split(' '));
/** Words that choose the name after them among those said: "no, only pricing", "nope, just growth". */
const CHOOSING = new Set(['just', 'only']);
/** Words after it: "nope, billing's key", "nah, the growth one", "nope, ads team". */
const AFTER_NAME = /^(?:keys?|one|ones|team|unit)$/;
/** Words that may close the tail: "nope, billing please". */
const CLOSING = /^(?:please|pls|plz|thanks|thx|ty|instead|then|sorry)$/;
/**
 * Words that never name the unit corrected to: whom one speaks to ("nope, sorry team", "nah, bot",
 * "nope, folks") and which one, unnamed ("nah, different team", "nope, the other one").
 */
const NOT_A_CORRECTION = new Set(
  (
    'team teams squad squads crew crews group groups unit units bot bots all folks everyone everybody ' +
    "guys y'all yall people gang different other another wrong right same"
  ).split(' '),
);
/** A clock time or a quarter, half or fiscal year ("5pm", "10am", "17h", "q3", "h2", "fy26"). */
const CLOCK_OR_QUARTER = /^(?:\d{1,2}(?:am|pm|h)|q[1-4]|h[12]|fy\d{2,4})$/;
/** The minutes of a clock time split at its colon ("10:30am" → "10", "30am"). */
const CLOCK_MINUTES = /^\d\d(?:am|pm)$/;
/** A time or a part of the calendar ("nope, 5pm", "nah, 10:30am", "nope, q3", "nah, h2", "nope, fy26"). */
const WHEN_SHAPE = /^(?:\d{1,2}(?:am|pm|h)?|q[1-4]|h[12]|fy\d{2,4}|\d{1,2}(?:st|nd|rd|th))$/;

/** Can this word, said alone after a take-back, name the unit corrected to? */
function correctingName(w: string, owners: boolean): boolean {
  const base = owners ? w.slice(0, -2) : w;
  if (NOT_AN_OWNER.test(w) || NOT_A_CORRECTION.has(base) || WHEN_SHAPE.test(base) || !isNameWord(base))
    return false;
  if (base in LEXICON && !UNIT_WORDS.has(base)) return false;
  // A unit's word (name-words.ts), a name with a hyphen, underscore or digit, or a name said as an owner's.
  return UNIT_WORDS.has(base) || /[-_\d]/.test(base) || owners;
}

/**
 * The tail is a unit named alone (round seventeen): "revoke the ads key? nope, billing", "nah, the
 * growth one", "nope, sorry, billing's". The name is a unit's word (name-words.ts), a name with a
 * hyphen, underscore or digit, or a name said as an owner's, and not the unit named before the take-back
 * ("revoke the infra key. nvm, infra's" takes it back). "sorry" is skipped only with punctuation after
 * it ("nope, sorry, billing"; "nope, sorry team" speaks to the team); a judgement ("nope, dumb idea",
 * "nah, overkill", "nope, keep it"), a time ("nope, 5pm") or whom one speaks to ("nah, bot") names none
 * and takes the request back.
 */
function unitNamedAlone(words: Word[], before: Word[], beforeText: string): boolean {
  let i = 0;
  // (train28i: "key for pricing, no wait, for pricing team… no, only pricing": "only"/"just" before the name
  // choose it among those said, one said before as well.)
  let chosen = false;
  while (
    i < words.length &&
    i < 3 &&
    (BEFORE_NAME.has(words[i]?.w ?? '') ||
      CHOOSING.has(words[i]?.w ?? '') ||
      (i === 0 && words[0]?.w === 'wait'))
  ) {
    if (words[i]?.w === 'sorry' && words[i]?.stop !== true) return false;
    if (CHOOSING.has(words[i]?.w ?? '')) chosen = true;
    i++;
  }
  const name = words[i];
  // (fix61: "nah wait, core-photo-tagger's": "wait" is skipped with its comma, as "sorry" is.)
  const skipped = words[i - 1]?.w;
  if (name === undefined || (i > 0 && words[i - 1]?.stop && skipped !== 'sorry' && skipped !== 'wait'))
    return false;
  if (spokenPairNamed(words, i, before)) return true;
  const owners = name.w.endsWith("'s");
  // (fix61: "revoke client-portal? nope, kestrel", "…, no, the revenue lab": a plain name answering a named unit asked
  // about, or closed by a group noun, plain-name-answer.ts.)
  const grouped = !name.stop && GROUP_AFTER_NAME.test(words[i + 1]?.w ?? '') && groupNamed(name.w);
  if (!correctingName(name.w, owners) && !grouped && !plainNameAnswers(beforeText, name.w)) return false;
  const base = owners ? name.w.slice(0, -2) : name.w;
  if (!chosen && before.some((x) => x.w.replace(/'s$/, '') === base)) return false;
  let end = i + 1;
  if (!name.stop && (grouped || AFTER_NAME.test(words[end]?.w ?? ''))) end++;
  // (What follows the name only closes the tail, or says the unit named before is fine: "…, seabird is fine".)
  const rest = words.slice(end);
  return rest.every((x) => CLOSING.test(x.w)) || earlierSaidFine(rest, before);
}

/**
 * fix61: "rotate the seabird-id key — nah wait, core-photo-tagger's, seabird is fine": after the unit corrected to,
 * the one named before (or its first word) said to be fine, safe or ok sets the two apart; it takes nothing back.
 */
function earlierSaidFine(rest: Word[], before: Word[]): boolean {
  const said = rest.map((x) => x.w).filter((w) => !CLOSING.test(w));
  let k = said[0] === 'the' ? 1 : 0;
  const earlier = said[k] ?? '';
  if (earlier === '' || !before.some((x) => x.w === earlier || x.w.startsWith(`${earlier}_`))) return false;
  k++;
  if (/^(?:key|one)$/.test(said[k] ?? '')) k++;
  return (
    said.length === k + 2 &&
    /^(?:is|was)$/.test(said[k] ?? '') &&
    /^(?:fine|ok|okay|good|safe|alright|clean|untouched)$/.test(said[k + 1] ?? '')
  );
}

/** Can this word be one of two words that name a unit said in words ("damage triage", "vfx prague")? */
function pairWord(w: Word): boolean {
  return (
    /^[a-z][a-z0-9]+$/.test(w.w) &&
    !NOT_A_CORRECTION.has(w.w) &&
    !WHEN_SHAPE.test(w.w) &&
    isNameWord(w.w) &&
    (!(w.w in LEXICON) || UNIT_WORDS.has(w.w))
  );
}

/**
 * req29: "revoke the damage notes key? nah, the damage triage one", "… no wait, the fleet forecast one": a unit
 * said in two words after "the", with "one", "key" or "team" after them, names the unit corrected to, as one
 * word does. (Not the pair said before the take-back, nor "the other one", "the old one is fine".)
 */
function spokenPairNamed(words: Word[], i: number, before: Word[]): boolean {
  const [a, b, tail] = [words[i], words[i + 1], words[i + 2]];
  if (a === undefined || b === undefined || tail === undefined || words[i - 1]?.w !== 'the') return false;
  if (a.stop || b.stop || !pairWord(a) || !pairWord(b) || !/^(?:one|key|team)$/.test(tail.w)) return false;
  const said = before.map((x) => x.w);
  if (said.some((x, k) => x === a.w && said[k + 1] === b.w)) return false;
  return words.slice(i + 3).every((x) => CLOSING.test(x.w));
}

/** A word said after a take-back that may name the unit corrected to (correctingName, not an owner's). */
const unitWord = (w: string): boolean => correctingName(w, false);

/** Does the tail (after a withdrawal) ask for anything? Words after a negator do not count. */
function tailAsks(words: Word[], before: Word[] = []): boolean {
  // ("not now, after the month_end close": a name after "after", "until", "when" says when, it
  // corrects nothing.)
  let when = false;
  // ("nah, it was just a dummy key": a clause that tells why asks nothing, told-after-take-back.ts.)
  let told = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.w ?? '';
    if (i === 0 || words[i - 1]?.stop) told = toldClause(words, i, before, unitWord);
    if (negatedAt(words, i)) continue;
    if (PUT_OFF_WORDS.has(w)) when = true;
    // ("nope, 5pm", "nah, q3": a time says when, it corrects nothing.)
    if (CLOCK_OR_QUARTER.test(w) || (/^\d{1,2}$/.test(w) && CLOCK_MINUTES.test(words[i + 1]?.w ?? ''))) {
      when = true;
      continue;
    }
    if (w === 'for') {
      const next = words[i + 1]?.w ?? '';
      const time = FOR_A_TIME.has(next) && (next !== 'the' || FOR_A_TIME.has(words[i + 2]?.w ?? ''));
      // (Only right after the take-back: "hold off, legal wants them kept for forensics" names no unit.)
      if (time || next === '' || i > 2) continue;
    }
    // "nah all of them, go", "no, both. go ahead", "ok do it": the request confirmed after all.
    // ("never mind, both keys were rotated yesterday": a quantifier that opens a told clause confirms nothing.)
    if (!told && confirms(words, i)) return true;
    // A name, or "I meant": a correction ("rotate ads — actually no, ads-ranking").
    // (Not a Region that opens a clause telling of its work: "no, Spain pricing is coming back in spring".)
    if (
      (ASKING_AFTER.test(w) ||
        (CORRECTING.test(w) && !hyphenedWord(w)) ||
        ownerMentionAt(words, i, before)) &&
      !when &&
      !(w === 'xxregion' && placeOpensToldClause(words, i))
    )
      return true;
    if (WISHES.has(w) && !WISHERS.has(words[i - 1]?.w ?? '') && i > 0 && !words[i - 1]?.stop) continue;
    // (Past and progressive forms tell: "meeting cancelled", "checking with Lena"; so does a verb after
    // "already", whatever its form: "scratch that, I'll use the notebook Sam already set up".)
    if (ASKING_TAGS.has(LEXICON[w] ?? '') && !/(?:ed|ing)$/.test(w) && !told && words[i - 1]?.w !== 'already')
      return true;
  }
  return false;
}

/** A take-back that keeps its object ("keep it", "leave that one"): withdrawal.ts's KEEP_BACK. */
const KEPT = new RegExp(`^${POLITE_BEFORE_KEEP}${KEEP_OR_LEAVE}`);

/**
 * Why a key is kept, told right after keeping it: a reason ("because", "since") or who still needs or
 * runs it ("finance still runs the month_end job on it", "billing uses it", "the bot depends on it"), or that
 * its work comes back (lead28: "deprovision pricing-es? no, keep the unit, Spain pricing restarts in spring").
 */
const KEPT_REASON =
  /^[\s,.;:!—–-]*(?:(?:because|cause|cos|coz|since|as)\b|(?:[a-z0-9_'-]+\s+){0,4}(?:still|needs?|uses?|using|runs?|running|depends?|relies|rely|is\s+used|in\s+use|(?:re)?starts|resumes|returns|reopens|comes\s+back|is\s+back|will\s+be\s+back)\b)/;

/**
 * A refusal of what was asked ("no, let's not", "no, please don't", "nah, better not") and why, told
 * after it in a clause of its own ("— the vendor is mid-migration", "— they still need it"): the
 * reason names nothing asked for (round seventeen).
 */
const REFUSED_NOT =
  /^(?:(?:please|pls|plz)[\s,]+)?(?:(?:let'?s|better|rather|we'?d\s+(?:better|rather))\s+not|don'?t|do\s+not)\b/;
const REFUSAL_REASON =
  /^[\s,.;:!—–-]*(?:(?:the|they|we|it|its|it'?s|that|there|this|[a-z0-9_-]+'s)\s+(?:[a-z0-9_'-]+\s+){0,4}(?:is|are|was|were|will|'ll|has|have|had|still|needs?|uses?|can'?t|cannot)\b|they'?re|we'?re|it'?s)/;

/**
 * A keeping ("no, keep it") or a refusal ("no, let's not") with the reason told after it.
 * (fix40b, tuned-casino: a keeping's reason told as the state of those it would disturb, as a refusal's is:
 * "rotate the ads key? no, leave it, the hosts are mid-campaign".)
 */
function keptWithReason(said: string, rest: string): boolean {
  if (KEPT.test(said)) return KEPT_REASON.test(rest) || REFUSAL_REASON.test(rest);
  return REFUSED_NOT.test(said) && (KEPT_REASON.test(rest) || REFUSAL_REASON.test(rest));
}

/** A verb of ours, said as a command (not "rotated", "rotating"). */
function asksVerb(x: Word): boolean {
  return ASKING_TAGS.has(LEXICON[x.w] ?? '') && !/(?:ed|ing)$/.test(x.w);
}

/**
 * fix48d: where the message belonged, told after "wrong chat" ("token 3h pls — sorry, wrong chat, that was meant for
 * the vending group", "… wrong window, that was for the NFC app thread"): no correction of the request ("meant" is
 * no "I meant X" there), the request typed in the wrong place is taken back.
 */
const WRONG_PLACE = /\bwrong\s+(?:channel|chat|thread|window|workspace|group)\b/;
const MEANT_FOR_AFTER =
  /^[\s,.;:!—–-]*(?:(?:that|this|it)\s+(?:was|is)\s+(?:meant\s+|supposed\s+to\s+be\s+|intended\s+)?for|(?:i\s+)?meant\s+(?:to\s+(?:post|send|put|type|paste)\b|for))\b/;
/**
 * fix52e, tuned-hotels: or the place itself told after any take-back ("sorry, ignore, that was meant for the group
 * chat", "disregard — meant to post that in the team channel"): a chat, channel or thread named after "meant for" is
 * where the message belonged, never a unit the request is corrected to ("nvm, meant for growth" still corrects).
 */
const PLACE_TOLD_AFTER =
  /^[^.\n?]{0,50}?\b(?:chat|channel|thread|group|dm|dms|window|workspace|convo|conversation)\b/;
function meantForPlace(rest: string): boolean {
  const m = MEANT_FOR_AFTER.exec(rest);
  return m !== null && PLACE_TOLD_AFTER.test(rest.slice(m[0].length));
}
/** Waiting told right after a take-back: "not yet, waiting for finance", "not now — we're waiting on legal". */
const WAITING_AFTER =
  /^[\s,.;:!—–-]*(?:(?:we'?re|we\s+are|i'?m|i\s+am|still|just|currently)\s+)?(?:waiting|holding\s+off)\s+(?:for|on|until|till)\b/;

/**
 * What an aside says of itself: a matter apart from the request ("a separate problem", "unrelated"), or
 * (train27i) material shown before the request, quoted or earlier in the thread, told of as its own
 * subject ("the quote above is from last week, ignore it", "the quoted bit is an old thread, ignore that",
 * "(screenshot above is from march, ignore it)"): "ignore it" is said of that material, not of the request.
 */
const MATTER_APART =
  /\b(?:(?:separate|different|unrelated|another|other)\s+(?:problem|issue|matter|story|thing|topic|ticket|question)|unrelated|not\s+(?:for\s+you|a\s+bedrock\s+thing|your\s+problem))\b|^[\s,(]*(?:the\s+|that\s+|this\s+)?(?:(?:quote|quoted\s+(?:bit|part|text|lines?|messages?|msg|post))(?:\s+(?:above|up\s+there))?|(?:message|msg|post|thread|screenshot|paste|snippet|log|output)\s+(?:above|up\s+there))\s+(?:is|was|are|were)\b/;

/**
 * Whether the clause a take-back closes (from the last bracket, dash or sentence end before it) tells
 * of a matter apart: "(the vpn login is a separate problem, ignore that)" takes back only itself.
 */
function asideStart(text: string, index: number): number | null {
  if (
    !text.includes('separate') &&
    !text.includes('different') &&
    !text.includes('other') &&
    !text.includes('unrelated') &&
    !text.includes('not ') &&
    !text.includes('quote') &&
    !text.includes('above') &&
    !text.includes('up there')
  )
    return null;
  let start = index;
  while (start > 0 && !ASIDE_EDGE.has(text[start - 1] ?? '') && index - start < 200) start--;
  if (start > 0 && MATTER_APART.test(text.slice(start, index))) return start;
  // (things26: an aside set off by commas, as a dash is written once prepared: "revoke risk-ml — the okta
  // password is a separate problem, ignore that": the clause before the take-back's own comma.)
  const comma = /,\s*$/.exec(text.slice(Math.max(0, index - 4), index));
  if (comma === null) return null;
  let from = index - 4 + comma.index;
  const end = from;
  while (from > 0 && !ASIDE_EDGE.has(text[from - 1] ?? '') && text[from - 1] !== ',' && end - from < 200)
    from--;
  return from > 0 && MATTER_APART.test(text.slice(from, end)) ? from : null;
}
function ownAsideBefore(text: string, index: number): boolean {
  return asideStart(text, index) !== null;
}
const ASIDE_EDGE = new Set(['(', '[', '.', '!', '?', ';', '\n', '—', '–']);

/** Where a request is taken back after it was made, with nothing asked after that; or null. */
function takenBack(text: string, words: Word[], wavered: [number, number][]): number | null {
  if (words.length < 3) return null;
  let found: number | null = null;
  const check = (index: number, end: number, said: string): void => {
    // "never mind the sales one", "forget about the ads key": a withdrawal with an object of its
    // own takes back only that ("let me check with my lead" consults someone: no object of ours).
    const next = words.findIndex((x) => x.start >= end);
    if (next > 0 && !words[next - 1]?.stop && OBJECT_START.has(words[next]?.w ?? '') && !CONSULTS.test(said))
      return;
    // requests25: "token 4h. (my collections database credentials are a separate problem, ignore that)":
    // a take-back in an aside that tells of a matter of its own takes back only that aside.
    if (ownAsideBefore(text, index)) return;
    const before = words.filter((x) => x.end <= index);
    if (
      before.length === 0 ||
      !before.some((x) => ASKING_TAGS.has(LEXICON[x.w] ?? '') || ASKING_AFTER.test(x.w))
    )
      return;
    const tail = words.filter((x) => x.start >= end);
    // ("forget it, the old one in osaka still works": a value told of after the take-back asks nothing.)
    const rest = text.slice(end);
    if (PUT_OFF_GUARD.test(rest) && PUT_OFF.test(rest)) {
      found ??= index;
      return;
    }
    // ("revoke growth key? not yet, waiting for finance": whom the wait is for is no unit asked for.)
    // (Unless the wait ends in the message: "… waiting for the contract. ok it came in, go ahead".)
    if (
      (WAITING_AFTER.test(rest) ||
        (WRONG_PLACE.test(said) && MEANT_FOR_AFTER.test(rest)) ||
        meantForPlace(rest)) &&
      !tail.some(asksVerb) &&
      !tail.some((_, i) => confirms(tail, i))
    ) {
      found ??= index;
      return;
    }
    // "rotate search's key. nah, ranking's": another name said as an owner's, alone, corrects the one before.
    if (ownerNamed(tail) && !before.some((x) => x.w.replace(/'s$/, '') === tail[0]?.w.slice(0, -2))) return;
    // "revoke the ads key? nope, billing": a unit named alone after the take-back corrects the request.
    if (unitNamedAlone(tail, before, text.slice(0, end))) return;
    // "token 4h? or should I just wait... no, I need it now": a need of it now insists on a request for a credential
    // (after a change that takes one away, "revoke the ads key? no, we need it today", it keeps the key).
    if (tail.some((_, i) => insists(tail, i)) && !before.some((x) => TAKES_AWAY.test(x.w))) return;
    // ("revoke the treasury key? no, keep it, finance still runs the month_end job on it": why it is
    // kept, told after keeping it, asks nothing; a verb of ours there still asks: "keep it, rotate growth".)
    if (keptWithReason(said, rest) && !tail.some(asksVerb)) {
      found ??= index;
      return;
    }
    if (tailAsks(tail, before)) {
      // "rotate the ads key? wait, keep it, rotate the growth key": what was kept is not the request;
      // the request is what is asked after the keeping, as after "no wait, rotate the growth key".
      if (KEPT.test(said)) wavered.push([0, end]);
      // ("revoke all keys for x except... nah all of them, go": confirmed after a hesitation, asked.)
      else if (tail.some((_, i) => confirms(tail, i))) wavered.push([index, end]);
      return;
    }
    found ??= index;
  };
  if (mayTakeBack(text, words))
    for (const m of matchesOf(text, TAKE_BACK)) check(m.index, m.index + m[0].length, m[0]);
  if (found === null && /\b(?:no|nah|nope)\b/.test(text))
    for (const m of matchesOf(text, LONE_NO)) check(m.index, m.index + m[0].length, m[0]);
  return found;
}

/**
 * Words one of which every match of TAKE_BACK has as a whole word (between word boundaries, so a word
 * of wordsOf or a part of one between apostrophes: "don't", "let's"), and the verdicts a form may glue
 * to its field ("status:rejected"), looked for anywhere.
 */
const TAKE_BACK_WORDS = new Set(
  'never nevermind nvm jk kidding unsure idk dunno scratch strike scrap withdraw retract forget ignore disregard belay back changed cancel hold let lets meant no nope nah not second don dont do proceed alarm noise now first again fine ok okay good sorted covered set found fixed solved wrong keep leave won wont overkill pointless unnecessary'.split(
    ' ',
  ),
);
const TAKE_BACK_VERDICT = /rejected|declined|denied|vetoed|approved/;

/** Whether TAKE_BACK may match the text (its words, wordsOf's): a cheap test before the pattern. */
function mayTakeBack(text: string, words: readonly Word[]): boolean {
  for (const { w } of words) {
    if (TAKE_BACK_WORDS.has(w)) return true;
    if (w.includes("'") && w.split("'").some((part) => TAKE_BACK_WORDS.has(part))) return true;
  }
  return TAKE_BACK_VERDICT.test(text);
}

/**
 * Is the request of a whole message taken back after it was made, with nothing asked after that
 * ("create a key for growth. hmm, take it back")? The same test as inside findNegation, for
 * request-sentence.ts's putOffAtEnd, which reads the message before its story is left out.
 */
export function takenBackAtEnd(text: string): boolean {
  if (!NEGATION_HINT.test(text) && !TAKE_BACK_HINT.test(text)) return false;
  return takenBack(text, wordsOf(text), []) !== null;
}

const QUESTION_AUX = new Set(['does', 'do', 'did', 'is', 'are']);

/** Verbs of ours that do not replace a command after a correction marker. */
const NOT_A_COMMAND = new Set(
  'make need needs want wants wanna get give gimme require requires request add apply find see look check tell'.split(
    ' ',
  ),
);

/** Words that point back at the object of a command said before ("revoke it", "deprovision them"). */
const POINTING_BACK = new Set(['it', 'them', 'that', 'this', 'those', 'its', 'their', 'theirs']);

/** Words that say the command before them was not the one meant ("hm no", "sorry I meant", "err"). */
const REPLACING =
  /\b(?:no\s+wait|wait\s+no|sorry|i\s+meant|i\s+mean|err+|erm+|oops|actually|or\s+rather|rather|scratch\s+that|hm+\s*,?\s*no|ah+\s*,?\s*no|nah|nope|no\s+no|on\s+second\s+thoughts?)\b|(?:^|[,.;!:-]\s*)no(?=\s*[,.;!:-])/g;
const REPLACING_GUARD =
  /\b(?:no|nah|nope|sorry|meant|mean|err+|erm+|oops|actually|rather|scratch|hm+|ah+|second)\b/;
/** Words between the marker and the new command ("hm no, just revoke it", "sorry I meant rotate it"). */
const BEFORE_NEW_COMMAND = new Set(
  "no nope nah i meant mean just only please pls plz then instead actually rather wait sorry hm hmm ok okay so better and thats that's what".split(
    ' ',
  ),
);

/**
 * Where a command that replaces the one before it starts ("rotate alerting-ai — hm no, revoke it",
 * "revoke the x key, sorry I meant rotate it", "delete the qa key... actually no, just rotate it"):
 * a correction marker followed by a verb of ours other than the one before it. Null when there is
 * none (a value corrected, "rotate sales, no wait, sales-ops", is corrections.ts's).
 */
function replacedCommand(text: string, words: Word[]): number | null {
  if (!REPLACING_GUARD.test(text)) return null;
  let found: number | null = null;
  for (const m of matchesOf(text, REPLACING)) {
    const end = m.index + m[0].length;
    let before: string | undefined;
    let asked = false;
    for (const w of words) {
      if (w.end > m.index) break;
      const tag = LEXICON[w.w];
      if (tag !== undefined && VERB_TAGS.has(tag) && !/[a-z]{2}ed$/.test(w.w)) before = tag;
      // ("what does deprovision actually delete?": a question about the commands replaces none.)
      if (tag === 'Question' || QUESTION_AUX.has(w.w)) asked = true;
    }
    if (before === undefined || asked) continue;
    let i = words.findIndex((w) => w.start >= end);
    if (i < 0) continue;
    let limit = i + 4;
    while (i < limit && BEFORE_NEW_COMMAND.has(words[i]?.w ?? '')) i++;
    // "no no, not revoke — just rotate it": the command said first, named to be refused.
    if (words[i]?.w === 'not' && LEXICON[words[i + 1]?.w ?? ''] === before) {
      i += 2;
      limit = i + 3;
      while (i < limit && BEFORE_NEW_COMMAND.has(words[i]?.w ?? '')) i++;
    }
    const next = words[i];
    const tag = LEXICON[next?.w ?? ''];
    if (next === undefined || tag === undefined || !VERB_TAGS.has(tag) || tag === before) continue;
    // ("actually make it billing-v2" corrects a value; "I need …", "get me …" wish, they command nothing.)
    if (/(?:ed|ing)$/.test(next.w) || NOT_A_COMMAND.has(next.w)) continue;
    found = next.start;
  }
  return found;
}

/** The change of ours each change word says (lexicon.ts tags): a renewal is a rotation, a deletion a revocation. */
const INTENT_OF_CHANGE: Readonly<Record<string, 'rotate' | 'revoke' | 'deprovision'>> = {
  Rotate: 'rotate',
  Refresh: 'rotate',
  Revoke: 'revoke',
  Delete: 'revoke',
  Deprovision: 'deprovision',
};
/** Words before a change that say it is meant instead ("just rotate", "rather revoke", "instead, rotate"). */
const INSTEAD_BEFORE = new Set(['just', 'only', 'rather', 'instead', 'simply', 'please', 'pls', 'plz']);
/** Words after a change that say it is meant instead or is enough ("rotate instead", "a rotation will do"). */
const INSTEAD_AFTER = new Set([
  'instead',
  'rather',
  'do',
  'does',
  'suffice',
  'suffices',
  'enough',
  'sufficient',
  'plenty',
]);
/**
 * Words that may follow the change said instead without naming an object of their own: a pronoun for the
 * negated one's object, "the key", what says it is enough, and politeness ("rotate it instead please").
 */
const INSTEAD_TAIL = new Set(
  "it them that this one ones the key keys its their his her instead rather then please pls plz thanks thx ty will would should shall do does suffice suffices be is 's enough fine ok okay sufficient plenty all we i need needed alone just only for now today".split(
    ' ',
  ),
);

/** A negation that tells what was or is not done ("I didn't revoke it", "it doesn't revoke"), no order. */
const TOLD_NEGATION = /\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|wasn'?t|weren'?t|haven'?t|hasn'?t|never)\b/;
/**
 * fix40g: a negated change of ours, then the change meant instead, said by its verb after "just/only/rather" or
 * before "instead", or by its noun as what will do: "no revoke needed, just rotate", "don't revoke growth, rotate
 * instead", "don't revoke the growth key, a rotation will do", "no need to deprovision it, a revocation is enough".
 * The change said instead (`left`, what the cut leaves), its object the negated change's; null when the cut says no
 * change of ours, when the second names an object of its own ("just rotate the screen", "a rotation of the tyres
 * will do": read as what is left says), when it is negated too ("no rotation either") or only told ("the rotation is
 * next week anyway": nothing says it is meant instead).
 */
export function changeSaidInstead(cutText: string, left: string): 'rotate' | 'revoke' | 'deprovision' | null {
  const negated = wordsOf(cutText)
    .map((w) => INTENT_OF_CHANGE[LEXICON[w.w] ?? ''])
    .filter((x) => x !== undefined);
  if (negated.length === 0 || TOLD_NEGATION.test(cutText)) return null;
  const words = wordsOf(left);
  // fix43b, tuned-styles-long: each change word in turn, so that one told in a preamble before the negation ("Following
  // up on my revoke request — no, actually, don't revoke the x key, just rotate it") hides not the one said instead.
  for (let at = 0; at < words.length; at++) {
    if (INTENT_OF_CHANGE[LEXICON[words[at]?.w ?? ''] ?? ''] === undefined) continue;
    const said = insteadAt(words, at, negated);
    if (said !== null) return said;
  }
  return null;
}

/** The change said instead at words[at] (changeSaidInstead), or null when it is none. */
function insteadAt(words: Word[], at: number, negated: string[]): 'rotate' | 'revoke' | 'deprovision' | null {
  const said = INTENT_OF_CHANGE[LEXICON[words[at]?.w ?? ''] ?? ''];
  // ("i didn't revoke it, just rotated it": what was done instead, told.)
  if (said === undefined || negated.includes(said) || words[at]?.w.endsWith('ed') === true) return null;
  // (Within its clause: nothing before it but what says "instead" or an article, nothing after it of its own.)
  let start = at;
  while (start > 0 && !words[start - 1]?.stop) start--;
  const before = words.slice(start, at).map((w) => w.w);
  if (
    before.some((w) => NEGATORS.has(w) || w === 'not' || (!INSTEAD_BEFORE.has(w) && w !== 'a' && w !== 'an'))
  )
    return null;
  let end = at;
  while (end < words.length - 1 && !words[end]?.stop) end++;
  const after = words.slice(at + 1, end + 1).map((w) => w.w);
  if (!after.every((w) => INSTEAD_TAIL.has(w))) return null;
  return before.some((w) => INSTEAD_BEFORE.has(w)) || after.some((w) => INSTEAD_AFTER.has(w)) ? said : null;
}

/**
 * fix45: after a negated change of ours, a second key asked for the same object: "don't rotate cargo-ocr, just create a
 * second api key for them", "no need to revoke the growth key, make another one for it", "don't rotate it - add a new
 * key instead". The old key stays and one more is made: a long-term key of the negated change's unit (read by
 * parse-request.ts with the unit named in the cut). Only a key made for a pronoun or for nothing; "make a new playlist for
 * them", "create a second one for the demo" (an object or occasion of its own), or a key told of ("they created another
 * key") are not.
 */
export function keyMadeBesides(cutText: string, left: string): 'api-key' | 'access-key' | 'any' | null {
  if (TOLD_NEGATION.test(cutText)) return null;
  if (!wordsOf(cutText).some((w) => INTENT_OF_CHANGE[LEXICON[w.w] ?? ''] !== undefined)) return null;
  const m = KEY_MADE_BESIDES.exec(left);
  if (m === null) return null;
  const kind = m[1] ?? '';
  return kind.startsWith('api') || kind.startsWith('bedrock')
    ? 'api-key'
    : kind.startsWith('access')
      ? 'access-key'
      : 'any';
}
const KEY_MADE_BESIDES = new RegExp(
  String.raw`(?:^|[,.;:!—–-]\s*|\b(?:just|only|instead|rather|simply|please|pls|plz|then|so)\s+)` +
    String.raw`(?:(?:can|could)\s+(?:you|u)\s+)?(?:create|make|generate|issue|add|mint|set\s+up|spin\s+up|give\s+(?:them|it))\s+` +
    String.raw`(?:a\s+second|another|a\s+new|an?\s+extra|an?\s+additional|one\s+more|a\s+separate|a\s+fresh|a\s+parallel)\s+` +
    String.raw`(?:(?:long[-\s]term\s+)?(api[\s_-]?key|access[\s_-]?key|bedrock\s+key)s?\s*|keys?\s*|ones?\s*)` +
    String.raw`(?:(?:for|to)\s+(?:them|it|that\s+(?:unit|team|one)|the\s+same\s+(?:unit|team))\s*)?` +
    String.raw`(?:(?:instead|as\s+well|too|alongside|in\s+parallel|please|pls|plz|thanks|thx)\s*)*(?:[.!,;—–-]|$)`,
);

/** Another trade's thing that is turned, deleted or refreshed ("the photo is upside down", "the cache is stale"). */
const OTHER_TRADE_THING =
  /\b(?:photos?|pictures?|pics?|images?|imgs?|slides?|charts?|graphs?|dashboards?|caches?|rosters?|rotas?|scans?|pdfs?|videos?|screens?|pages?|tyres?|tires?|files?|documents?|posts?|shifts?|schedules?|spreadsheets?|sheets?|tables?|rows?|columns?|emails?|messages?|comments?|folders?|layers?|logos?|banners?|feeds?|playlists?|drafts?|shelf|shelves|mattress(?:es)?|wheels?)\b/;
/** A negated change told of others, quoted, advised or put as a condition ("said Priya", "my advice:", "if … leaks"). */
const SAID_OR_IF =
  /["“”«»]|\b(?:said|says|say|told|tells|tell|wrote|writes|written|advice|advise[sd]?|suggest(?:s|ed)?|recommend(?:s|ed)?|according|quote[sd]?|if|when|whenever|unless|in\s+case|should\s+it|postmortem|runbook|playbook)\b/;
/**
 * post40b: whether a change said instead of a negated one (changeSaidInstead) is asked of us: not quoted, told of
 * others, advised or put as a condition ("don't revoke growth, rotate instead, said Priya", "if the growth key leaks,
 * don't revoke it, a rotation will do"), not about another trade's thing ("the photo is upside down - don't delete
 * it, rotate it instead"); and with no object of its own ("don't delete it, just refresh it"), only when a key word
 * is in the message, or the negated change is a revocation of ours, or the change said instead is our noun ("a
 * rotation should do").
 */
export function insteadAskedOfUs(text: string, cutText: string, bare: boolean): boolean {
  if (SAID_OR_IF.test(text) || OTHER_TRADE_THING.test(text)) return false;
  if (!bare) return true;
  const words = wordsOf(text).map((w) => w.w);
  return (
    words.some((w) => KEY_TAGS.has(LEXICON[w] ?? '')) ||
    wordsOf(cutText).some((w) => LEXICON[w.w] === 'Revoke' || LEXICON[w.w] === 'Deprovision') ||
    words.some((w) => /^(?:rotation|revocation|rotations|rollover)$/.test(w))
  );
}

/** Words that may follow a negated change that names no object ("no revoke needed", "no need to delete it"). */
const BARE_CHANGE_TAIL = new Set(
  'needed required necessary please pls it them that this one yet now for here at all anything'.split(' '),
);
/**
 * fix40g: whether the negated clause says its change of ours without an object ("no revoke needed", "don't revoke
 * it"), so that the change said instead is on whatever the thread is about; with an object, it must be ours
 * ("don't delete the photo, just rotate it" rotates a photo).
 */
export function negatedChangeBare(cutText: string): boolean {
  const words = wordsOf(cutText).map((w) => w.w);
  const at = words.findIndex((w) => INTENT_OF_CHANGE[LEXICON[w] ?? ''] !== undefined);
  return at >= 0 && words.slice(at + 1).every((w) => BARE_CHANGE_TAIL.has(w));
}
