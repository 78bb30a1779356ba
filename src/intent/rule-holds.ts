/**
 * Where the rules' reading stands against the classifier's: kinds of message the rules read surely and the
 * classifier, which learnt words rather than the kind, may not (a need told, a request relayed, a key reported
 * leaked, a polite key request, …). Each kind is an entry, its guards fields checked in one place (`held`); the
 * order they are tried in, with the kinds read in full, is parse-request.ts HOLDS.
 */
import {
  ACTING_INTENTS as ACTING,
  CONFIDENT,
  type IntentName,
  type ParseResult,
  READ_INTENTS as READS,
} from '../core/request.js';
import { requestChosen } from './alternative-chosen.js';
import { anyWayAsked } from './any-way-asked.js';
import { doneNowAskedOfYou } from './asked-of-you.js';
import { boundBesideToken } from './bound-beside-token.js';
import type { Scored } from './classifier.js';
import { commandWithTail } from './command-tail.js';
import { correctedUnit } from './corrections.js';
import { DECISION, DOUBTED_ACTION, NON_REQUESTS, SURE_ACTION, scoreOf } from './decision-lines.js';
import { everydayHoldingsAsked, whatsOnIdiom } from './everyday-asked.js';
import { kindOfferedThenChosen } from './key-kind.js';
import { changeOnAnswer } from './later-condition.js';
import { leakReported } from './leak-reported.js';
import { foreignObject, ownNeedOfOurs, toldToGet } from './mood.js';
import { needAfterDone } from './need-after-done.js';
import { removalWithReason } from './no-longer-needed.js';
import { keysOfUnitListed, politeUnitKeyAsked, politeUnitKeyClosed } from './one-unit-read.js';
import { ownTokenLeakedEnd } from './own-token-leaked.js';
import { ownerChangeAfterInfo } from './ownership-told.js';
import type { Prepared } from './prepare.js';
import { changeProposedAsked } from './proposal-asked.js';
import { relayedRequest } from './relayed.js';
import { accessForOneUnit, longTermDeniedIn } from './rules.js';
import { tokenAskedFirst } from './token-asked-first.js';
import { keyAskedWithUnitField } from './unit-field-asked.js';
import { keyNeedsChange, unitNeedsKey } from './unit-needs-key.js';
import { UNIT_WORD_READ, unitWordNotOurs } from './unit-words.js';
import { valueLinesWithReasons } from './value-lines.js';

/** The rules' reason for everyday things that share our words (rules.ts, everyday). */
export const EVERYDAY_READ = 'about everyday things';

/** Intents that give a credential: a hedged question about getting one is for help. */
export const ACQUIRING: ReadonlySet<IntentName> = new Set<IntentName>(['token', 'create_key']);

/**
 * What a hold of the rules' reading looks at: the prepared message, the rules' reading, and the classifier's scores
 * (best first; `top` the best).
 */
export interface HoldCase {
  readonly p: Prepared;
  readonly ruled: ParseResult;
  readonly scored: Scored[];
  readonly top: Scored | undefined;
}

/**
 * A kind of message the rules read surely and the classifier, which learnt words rather than the kind, may not: the
 * rules' reading stands, at the score `at`, whatever the classifier's best reading is. The guards the kinds share are
 * fields, checked in one place (`held`); `asked` holds what is the kind's own. Each kind's examples are on its entry.
 */
export interface Hold {
  /** The rules' readings it holds (any, when absent). */
  readonly reads?: ReadonlySet<IntentName>;
  /** Only a reading the rules are sure of (CONFIDENT or more). */
  readonly sure?: true;
  /** Only a reading that names a unit. */
  readonly unit?: true;
  /** Not when the object is another system's, or a thing of another trade (mood.ts foreignObject). */
  readonly ours?: true;
  /** What the classifier's best reading must be for the hold to apply (any, when absent). */
  readonly classifier?: (top: Scored | undefined, ruled: ParseResult) => boolean;
  /** Whether the message is of the kind. */
  readonly asked: (c: HoldCase) => boolean;
  /** The score the reading holds at: a number, or worked out from the classifier's scores. */
  readonly at: number | ((c: HoldCase) => number);
  /** The reading held, when it is not the rules' own intent. */
  readonly as?: IntentName;
}

/** A hold written out in full, for kinds whose reading is more than a guard and a score. */
export type HoldRead = (c: HoldCase) => Scored | null;

export function held(hold: Hold, c: HoldCase): Scored | null {
  const { p, ruled } = c;
  if (hold.reads !== undefined && !hold.reads.has(ruled.intent)) return null;
  if (hold.sure === true && ruled.confidence < CONFIDENT) return null;
  if (hold.unit === true && ruled.businessUnit === null) return null;
  if (hold.classifier !== undefined && !hold.classifier(c.top, ruled)) return null;
  if (!hold.asked(c) || (hold.ours === true && foreignObject(p.text))) return null;
  return { intent: hold.as ?? ruled.intent, score: typeof hold.at === 'number' ? hold.at : hold.at(c) };
}

/** The classifier reads something else (or nothing). */
export const disagrees = (top: Scored | undefined, ruled: ParseResult): boolean =>
  top?.intent !== ruled.intent;
/** The classifier reads a non-request (help or nothing), less surely than DECISION.sureOther. */
export const nonRequestUnsure = (top: Scored | undefined): boolean =>
  top !== undefined && NON_REQUESTS.has(top.intent) && top.score < DECISION.sureOther;
/** The classifier leans to the rules' reading, less surely than SURE_ACTION. */
const leansLessSurely = (top: Scored | undefined, ruled: ParseResult): boolean =>
  top?.intent === ruled.intent && top.score >= 0.5 && top.score < SURE_ACTION;
/** The classifier's own odds for the rules' reading, or even odds when they are less. */
const atLeastEven = (c: HoldCase): number => Math.max(scoreOf(c.scored, c.ruled.intent), 0.5);
export const only = (...intents: IntentName[]): ReadonlySet<IntentName> => new Set(intents);

/**
 * A request relayed (relayed.ts: "my manager wants the knowledge-base key rotated, thank you!", "HR asked to offboard
 * hr-analytics"), which the rules read confidently, is the rules' action whatever the classifier makes of the story
 * around it; at even odds, so it is asked about, never carried out as it stands.
 */
export const RELAYED: Hold = {
  reads: ACTING,
  sure: true,
  asked: ({ p }) => relayedRequest(p.text) || SAID_OPENING.test(p.text),
  at: 0.5,
};
const SAID_OPENING = /^\W*(?:[a-z][\w'-]*\s+){1,3}(?:said|says|wrote|writes)\s*:/;

/**
 * merge38: a polite "is there any way I could get a token for like 2h?" with its value or unit stated (any-way-asked.ts,
 * lead34), which the rules read as the request: the rules' action whatever the classifier makes of the question (a
 * retrain moved it to help); at even odds, so it is asked about, never carried out as it stands.
 */
export const ANY_WAY: Hold = {
  reads: ACTING,
  classifier: disagrees,
  asked: ({ p, ruled }) => anyWayAsked(p.text, p.durations.length > 0 || ruled.businessUnit !== null),
  at: 0.5,
};

/**
 * The speaker's own need, now, to change a key of ours ("we have to replace the ledger key today", mood.ts
 * ownNeedOfOurs: a statement to the rules, read at 0.6), is the rules' action whatever the classifier makes of "we
 * have to …" (it learned the words from needs about other things, and a retrain moves it either way); at even odds,
 * so it is asked about, never carried out as it stands.
 */
export const OWN_NEED: Hold = {
  reads: ACTING,
  ours: true,
  asked: ({ p }) => ownNeedOfOurs(p.text, p.story),
  at: 0.5,
};

/**
 * units22: a named unit's need of a key, the whole message ("the Drug Safety Office (dso) needs a key",
 * unit-needs-key.ts): the rules' key request for the unit they found, whatever the classifier makes of "X needs a
 * key"; at even odds, so it is asked about, never carried out as it stands. Not when the classifier already reads
 * the key request ("team payments needs a key", "the kyc unit needs a key"): that one is carried out as before
 * (fix22a: the hold lowered it to a question).
 */
export const UNIT_NEEDS_KEY: Hold = {
  reads: only('create_key'),
  unit: true,
  ours: true,
  classifier: disagrees,
  asked: ({ p }) => unitNeedsKey(p.text),
  at: 0.5,
};

/**
 * known24: a unit's key said to need rotating or revoking ("the data desk's key needs rotating", unit-needs-key.ts):
 * the rules' change for the unit they found, whatever the classifier makes of a need told of a key; at even odds,
 * asked about, never carried out as it stands. (Round thirty-four: also when the classifier is sure of the change,
 * "the ads key needs to be rotated, it leaked" at 0.92: a need told is asked.)
 */
export const KEY_NEEDS_CHANGE: Hold = {
  reads: only('rotate', 'revoke'),
  unit: true,
  ours: true,
  asked: ({ p }) => keyNeedsChange(p.text),
  at: 0.5,
};

/**
 * A named unit's key reported leaked ("the concierge-bot key leaked, a contractor photographed …",
 * leak-reported.ts): the rules' rotation, whatever the classifier makes of the story; at even odds, so it is asked
 * about, never carried out as it stands.
 */
export const LEAK_REPORTED: Hold = {
  reads: only('rotate'),
  unit: true,
  ours: true,
  asked: ({ p }) => leakReported(p.text),
  at: 0.5,
};

/**
 * requests26: a token asked for first and its need told after ("Can I get token? the old one expired in the middle
 * of the call with the client", token-asked-first.ts): the rules' token, whatever the classifier makes of the story;
 * at even odds, so it is asked about, never carried out as it stands.
 */
export const TOKEN_FIRST: Hold = {
  reads: only('token'),
  classifier: disagrees,
  asked: ({ p }) => tokenAskedFirst(p.text, p.story),
  at: 0.5,
};

/**
 * Round thirty-four's retrain: a credential asked for in a line of its own, then its values with their reasons in
 * brackets ("token. sydney (close to the customers, low latency)" went to nothing at 0.57, value-lines.ts): the
 * rules' request, whatever the classifier makes of the reasons' words; at even odds unless the classifier gives it
 * more.
 */
export const VALUE_LINES: Hold = {
  reads: only('token', 'create_key'),
  classifier: disagrees,
  asked: ({ p }) => valueLinesWithReasons(p.text),
  at: atLeastEven,
};

/**
 * Round thirty-four's retrain: a unit's key asked for, another kind offered in a question and one chosen after it
 * ("I'd like an access key for sales-ops. or an api key? not sure, access key I guess" went to the unit's details at
 * 0.51, key-kind.ts kindOfferedThenChosen): the rules' key, the kind chosen, at even odds unless the classifier
 * gives it more.
 */
export const KIND_CHOSEN: Hold = {
  reads: only('create_key'),
  unit: true,
  classifier: disagrees,
  asked: ({ p, ruled }) => ruled.keyKind !== null && kindOfferedThenChosen(p.text),
  at: atLeastEven,
};

/**
 * dev26a: one's own token told leaked and its end asked ("i pushed my tok to github by mistake, pls kill it",
 * own-token-leaked.ts): the rules' revoke, whatever the classifier makes of the story (a GitHub token, a
 * screenshot); at even odds, so it is asked about, never carried out as it stands.
 */
export const OWN_LEAK_END: Hold = {
  reads: only('revoke'),
  classifier: disagrees,
  asked: ({ p }) => p.text.includes('tok') && ownTokenLeakedEnd(p.text),
  at: 0.5,
};

/**
 * dev26a: a past act told, then a new key needed after "so" ("we revoked the old one so log-triage needs a fresh
 * key", need-after-done.ts): the rules' key, whatever the classifier makes of the story; at even odds, so it is
 * asked about (the story told first), never carried out as it stands.
 */
export const NEED_AFTER_DONE: Hold = {
  reads: only('create_key'),
  unit: true,
  asked: ({ p }) => needAfterDone(p.text),
  at: 0.5,
};

/** "can you list them", "list those please": a list asked of what was named before. */
const LIST_THEM =
  /\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?list\s+(?:them|those|these)|list\s+(?:them|those|these)\s+(?:please|pls|plz))\b/;
/** Our things named before it: keys, units, teams. */
const OURS_NAMED = /\b(?:keys|units|teams)\b/;
/**
 * Round twenty-nine: "at this stage I group the keys by team, can you list them": the rules' list of what was named
 * before ("them": the keys, the units), whatever the classifier makes of the story around it (the round's retrain
 * read it as nothing). A list reads and changes nothing.
 */
export const LIST_THEM_ASKED: Hold = {
  reads: only('list'),
  asked: ({ p }) => {
    if (!p.text.includes('list')) return false;
    const m = LIST_THEM.exec(p.text);
    return m !== null && OURS_NAMED.test(p.text.slice(0, m.index));
  },
  at: 0.7,
};

/**
 * Round thirty-four: a credential asked for in so many words though not as an order, "our director told us to get a
 * key for claims-triage before the launch", or a plan told and then the bot asked to carry it out now, "the plan is
 * to create a key for payroll, can you do it now?": the rules' request, which the retrained classifier gives a little
 * less than nothing; at its odds (or even), asked about, never carried out as it stands. Not one told as done: "my
 * manager asked me to request a token yesterday, it worked fine".
 */
export const ASKED_IN_WORDS: Hold = {
  reads: ACQUIRING,
  sure: true,
  ours: true,
  classifier: nonRequestUnsure,
  asked: ({ p, ruled }) =>
    (ruled.intent !== 'create_key' || ruled.businessUnit !== null) &&
    !TOLD_AS_DONE.test(p.text) &&
    (toldToGet(p.text) || doneNowAskedOfYou(p.text)),
  at: atLeastEven,
};
const TOLD_AS_DONE =
  /\b(?:yesterday|last\s+(?:week|month|time|year)|ago|earlier\s+today|worked|went\s+(?:fine|well|through)|got\s+it)\b/;

/**
 * Round thirty-four: one of our commands with only a tail that holds nothing back ("rotate the key when you get a
 * chance", "rotate the ads key, it's scheduled to expire tomorrow", command-tail.ts), the classifier leaning to the
 * same command less surely: sure, as it was before the retrain.
 */
export const COMMAND_TAIL: Hold = {
  reads: ACTING,
  sure: true,
  ours: true,
  classifier: leansLessSurely,
  asked: ({ p }) => p.mentions.length === 0 && commandWithTail(p.text),
  at: SURE_ACTION,
};

/**
 * post40e: one of our changes to a named unit's key asked of the bot in a "can you …?" frame, the whole message
 * ("<@U0BOTID> can you rotate the ads key?"), the classifier leaning to the same change less surely than CONFIDENT
 * (round forty's retrain, 0.68): as sure as it was before the retrain, as "can you revoke the ads key?" is.
 */
export const YOU_ASKED_CHANGE: Hold = {
  reads: only('rotate', 'revoke'),
  sure: true,
  unit: true,
  ours: true,
  classifier: (top, ruled) => top?.intent === ruled.intent && top.score >= 0.5 && top.score < CONFIDENT,
  asked: ({ p }) => p.mentions.length === 0 && YOU_ASKED_CHANGE_WHOLE.test(p.text),
  at: SURE_ACTION,
};
const YOU_ASKED_CHANGE_WHOLE =
  /^\W*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:rotate|revoke)\s+(?:the\s+|our\s+)?[a-z0-9_-]+\s+(?:api_key|access_key|key)\s*(?:please|pls)?\s*\??\s*$/;

/**
 * Round thirty-five: a request weighed against doing without it and answered by the writer for the request, asked
 * again in words of ours ("token 4h? or should I just wait... yeah no, token 4h please", alternative-chosen.ts
 * requestChosen), the classifier leaning to the same request less surely (the retrain on round thirty-four's blind
 * files learnt "yeah no" as a no): as sure as the request it repeats.
 */
export const REQUEST_CHOSEN: Hold = {
  reads: ACTING,
  sure: true,
  classifier: leansLessSurely,
  asked: ({ p }) => requestChosen(p.text),
  at: SURE_ACTION,
};

/**
 * Round thirty-four: a question whether something was done, then our change on the answer ("was the ads key revoked?
 * if so, issue a new one and tell me when", later-condition.ts changeOnAnswer): the rules' change, whatever the
 * classifier makes of the question (the record of changes); at even odds, so it is asked about.
 */
export const CHANGE_ON_ANSWER: Hold = {
  reads: ACTING,
  sure: true,
  ours: true,
  classifier: disagrees,
  asked: ({ p }) => changeOnAnswer(p.text),
  at: 0.5,
};

/**
 * Round thirty-one: a removal, then that the thing is not needed after only a pause ("can you revoke the ads key?
 * um, we don't need it anymore", no-longer-needed.ts removalWithReason): the reason for the removal, which the
 * rules read in what the negation leaves, whatever the classifier makes of the "don't"; at even odds, asked about.
 */
export const REMOVAL_REASON: Hold = {
  reads: only('revoke', 'deprovision'),
  ours: true,
  asked: ({ p, ruled }) => ruled.reason.endsWith('after a negation') && removalWithReason(p.text),
  at: 0.5,
};

/**
 * Round thirty-one: a change asked, then its unit corrected ("delete the fraud-ml key? no — fraud-ops",
 * corrections.ts correctedUnit): the rules' change for the unit corrected to, whatever the classifier makes of the
 * "no" (read as a take-back); at even odds, so it is asked about.
 */
export const UNIT_CORRECTED: Hold = {
  reads: ACTING,
  sure: true,
  unit: true,
  ours: true,
  classifier: (top) => top?.intent === 'unknown',
  asked: ({ p, ruled }) => {
    if (!p.corrected) return false;
    const unit = correctedUnit(p.text);
    return unit !== null && unit.replace(/_/g, '-') === ruled.businessUnit;
  },
  at: 0.5,
};

/**
 * Round thirty-one: a token ordered with its lifetime and a bound asked by the way ("any max? get me a 6h token",
 * bound-beside-token.ts): the rules' token, whatever the classifier makes of the question; at even odds, so it is
 * asked about, never carried out as it stands.
 */
export const BOUND_BESIDE_TOKEN: Hold = {
  reads: only('token'),
  classifier: disagrees,
  asked: ({ p }) => boundBesideToken(p.text),
  at: 0.5,
};

/**
 * Round thirty-one: the rules' "about everyday things" against the classifier's reading, where the classifier
 * trained on the tuned files reads a question of what is had for an occasion as a unit's details ("what do we have
 * for lunch?", everyday-asked.ts), or a thing's "unit" word as a unit removed ("remove the unit price column and all
 * its formulas from the sheet", unit-words.ts unitWordNotOurs): nothing is asked of the bot. (post40e: also the
 * rules' own reading of such a unit word, "remove the unit test for payments please", which the classifier
 * retrained in round forty reads as a deprovision.)
 */
export const EVERYDAY: Hold = {
  classifier: (top) => top !== undefined && top.intent !== 'unknown',
  asked: ({ p, ruled, top }) =>
    (ruled.reason === EVERYDAY_READ || ruled.reason === UNIT_WORD_READ) &&
    // (top is set: the classifier's guard above)
    top !== undefined &&
    ((READS.has(top.intent) && everydayHoldingsAsked(p.text)) ||
      (ACTING.has(top.intent) && unitWordNotOurs(p.text))),
  at: 0.9,
  as: 'unknown',
};

/**
 * fix40g: "what's on your mind?", "what's in it for me?" (everyday-asked.ts whatsOnIdiom), which the rules read as
 * nothing asked and the classifier retrained in round forty reads as a unit's details: nothing is asked of the bot.
 */
export const WHATS_ON_IDIOM: Hold = {
  reads: only('unknown'),
  classifier: (top) => top !== undefined && READS.has(top.intent),
  asked: ({ p, ruled }) => ruled.businessUnit === null && whatsOnIdiom(p.text),
  at: 0.9,
  as: 'unknown',
};

/**
 * Round thirty-one: one named unit's keys or Bedrock access asked as a list ("my units, list the keys of growth",
 * "who has access to bedrock for the risk-ml unit?", one-unit-read.ts): the rules' details of the unit, whatever
 * the classifier makes of the list word. Details only reads.
 */
export const ONE_UNIT_READ: Hold = {
  reads: only('details'),
  classifier: (top) => top?.intent === 'list',
  asked: ({ p, ruled }) =>
    keysOfUnitListed(p.text, ruled.businessUnit) || accessForOneUnit(p.text, ruled.businessUnit),
  at: (c) => Math.max(scoreOf(c.scored, 'details'), 0.7),
};

/**
 * fix48e: where the asker's own machine is told, then a plain token asked for with "please" ("my laptop's in the
 * meeting room, token 2h please", "my phone is at home. token for 3h pls"): the asker's own token, now, as the request
 * alone reads; the place told is why, no one else is asked (round thirty-eight). Held as sure as the request alone,
 * which the classifier, reading the machine's words, put just under it after a retrain.
 */
const OWN_MACHINE_THEN_TOKEN =
  /^\W*my\s+(?:laptop|phone|computer|pc|mac|macbook|machine|desktop|work\s+laptop)(?:['’]s|\s+is|\s+was)\s+[a-z][^,.;:?!<@\n]{1,40}[,.;]\s*(?:a\s+)?token\s+(?:for\s+)?(?:\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)|xxdur)\s+(?:please|pls|plz)\W*$/;
export const OWN_MACHINE_TOKEN: Hold = {
  reads: only('token'),
  classifier: (top) => top?.intent === 'token' && top.score >= CONFIDENT && top.score < SURE_ACTION,
  asked: ({ p }) => p.text.includes('my ') && OWN_MACHINE_THEN_TOKEN.test(p.text),
  at: SURE_ACTION,
};

/**
 * fix48e: the speaker's own need, now, to deprovision a named unit, opening its sentence ("we need to deprovision
 * tarifas-2024", Spanish "hay que dar de baja tarifas-2024 en bedrock, ya no se usa", read "we need to deprovision
 * …"): the rules' deprovision, as OWN_NEED holds a key's change, whatever the classifier makes of the reason after it
 * (a retrain leant to nothing); at even odds, so it is asked about, never carried out as it stands.
 */
const NEED_DEPROVISION =
  /(?:^|[.!;:\n]\s*)(?:(?:so|ok|okay|hi|hey|folks|team|all|fyi)\W+)*we\s+(?:really\s+)?(?:must|need\s+to|have\s+to)\s+(?:deprovision|offboard|decommission)\s+(?:the\s+)?[a-z0-9][\w.-]*/;
export const OWN_NEED_DEPROVISION: Hold = {
  reads: only('deprovision'),
  unit: true,
  ours: true,
  classifier: disagrees,
  asked: ({ p }) => p.text.includes('we ') && NEED_DEPROVISION.test(p.text),
  at: 0.5,
};

/**
 * fix48e: how many keys one may have, asked for a named unit ("how many keys can we have for the mortgage pipeline?",
 * "how many api keys can growth have?"): the most allowed, which help answers (README "Help topics": how many, at
 * most → limits), not what the unit has now ("how many keys does growth have?" asks its details).
 */
const HOW_MANY_MAY_HAVE =
  /\bhow\s+many\s+(?:(?:api|access|long[\s-]term|bedrock)\s+)?keys\s+(?:can|could|may|are\s+we\s+allowed\s+to)\s+(?:we|i|a\s+unit|one\s+unit|[a-z][\w-]*)\s+(?:have|get|hold|own)\b/;
// (fix49i: whatever the classifier says: round forty-nine's retrain came to agree with the rules' details, and the kind,
// the most allowed, is help's all the same.)
export const HOW_MANY_ALLOWED: Hold = {
  reads: only('details'),
  asked: ({ p }) => p.text.includes('how many') && HOW_MANY_MAY_HAVE.test(p.text),
  at: (c) => Math.max(scoreOf(c.scored, 'help'), 0.7),
  as: 'help',
};

/**
 * fix49i: which Regions the bot offers, asked first ("what regions do you support? The ANZ partner needs the data kept
 * local", "is there a Vietnam region? dữ liệu … có cần ở VN không", "do you have a Frankfurt region? legal wants EU
 * only"): help on Regions, whatever the reason told after it (a need of a partner read as credentials, words of
 * another language read as nothing); a credential named after the question asks for more and is left to the rest.
 */
const REGIONS_OFFERED_FIRST =
  /^\W*(?:(?:hi|hey|hello|quick\s+q(?:uestion)?)\W+)?(?:(?:what|which)\s+regions\s+(?:do|does|can|will)\s+(?:you|u|the\s+bot|bedrock|this\s+bot)\s+(?:support|offer|cover|have|run\s+in|work\s+in)|(?:is|are)\s+there\s+(?:an?\s+)?(?!sales\b)[a-z]+\s+regions?|do\s+(?:you|u)\s+(?:have|support|offer)\s+(?:an?\s+)?(?!sales\b)[a-z]+\s+regions?)\s*\?/;
const CREDENTIAL_AFTER =
  /\b(?:tok(?:en|n)?s?|tkn|keys?|api_key|creds?|credentials?|rotate|revoke|deprovision)\b/;
export const REGIONS_OFFERED: Hold = {
  asked: ({ p }) => {
    // (The question put first may have been set aside as the story, "what regions do you support?", the reason read.)
    const whole = p.story === undefined ? p.text : `${p.story} ${p.text}`;
    if (!whole.includes('region')) return false;
    const m = REGIONS_OFFERED_FIRST.exec(whole);
    return m !== null && !CREDENTIAL_AFTER.test(whole.slice(m[0].length));
  },
  at: (c) => Math.max(scoreOf(c.scored, 'help'), 0.7),
  as: 'help',
};

/**
 * fix48e: who owns, runs or manages a named unit, the whole question ("who runs search-ranking nowadays", "who manages
 * the claims-ocr unit these days?", "who owns menu-planner?"): the rules' details of the unit, which shows its owner,
 * whatever the classifier makes of "runs" (a retrain leant to nothing); a story after it ("… CODEOWNERS points at a team
 * that no longer exists") or "who here …" leaves it to the people.
 */
const WHO_RUNS_UNIT =
  /^\W*who(?:['’]s|\s+is)?\s+(?:owns|runs|running|manages|managing|in\s+charge\s+of|looks\s+after|owning)\s+(?:the\s+)?[a-z][\w.-]*(?:\s+(?:unit|key|team))?(?:\s+(?:nowadays|now|these\s+days|today|currently|at\s+the\s+moment))?\s*\?*\s*$/;
export const WHO_RUNS: Hold = {
  reads: only('details'),
  unit: true,
  classifier: disagrees,
  asked: ({ p }) => p.text.includes('who') && WHO_RUNS_UNIT.test(p.text),
  at: (c) => Math.max(scoreOf(c.scored, 'details'), 0.7),
};

/**
 * post40f: who owns what told for information, then the change of owner asked in so many words ("fyi Nadia owns
 * care-drafts now, please update the owner to nadia@corp.com", ownership-told.ts ownerChangeAfterInfo): the rules'
 * details of the named unit, which the retrained classifier leaned from to nothing by a hair. A read, never an action.
 */
export const OWNER_CHANGE_AFTER_INFO: Hold = {
  reads: only('details'),
  unit: true,
  classifier: (top) => top?.intent === 'unknown',
  asked: ({ p }) => ownerChangeAfterInfo(p.text),
  at: (c) => Math.max(scoreOf(c.scored, 'details'), 0.5),
};

/**
 * Round thirty-one: "could payroll-ml please have a key?" (one-unit-read.ts politeUnitKeyAsked): a key asked for a
 * named unit with "please", which the classifier reads as a question of what the unit has: the rules' key request,
 * at even odds, so that it is asked about, never carried out as it stands.
 */
export const POLITE_UNIT_KEY: Hold = {
  reads: only('create_key'),
  unit: true,
  classifier: (top) => top !== undefined && READS.has(top.intent),
  asked: ({ p }) => politeUnitKeyAsked(p.text),
  at: 0.5,
};

/**
 * fix34a: "could risk-models get a new api key please" (one-unit-read.ts politeUnitKeyClosed): a key for a named unit
 * asked politely, "please" closing it, which the classifier reads as the same key request but, after round
 * thirty-four's retrain, just short of SURE_ACTION (0.89): as sure as the imperative it stands for.
 */
export const POLITE_KEY_CLOSED: Hold = {
  reads: only('create_key'),
  sure: true,
  unit: true,
  classifier: (top) => top?.intent === 'create_key' && top.score >= CONFIDENT,
  asked: ({ p }) => politeUnitKeyClosed(p.text),
  at: ({ top }) => Math.max(top?.score ?? 0, SURE_ACTION),
};

/**
 * fix34a: "do we rotate the growth key?" (proposal-asked.ts): a change to a unit's key proposed as a question, which
 * the classifier trained on the tuned files reads as nothing: the rules' change, asked about (at DOUBTED_ACTION, so
 * that the question offers it first), never carried out as it stands.
 */
export const PROPOSAL: Hold = {
  reads: ACTING,
  sure: true,
  unit: true,
  classifier: disagrees,
  asked: ({ p }) => changeProposedAsked(p.text),
  at: DOUBTED_ACTION,
};

/**
 * fix34a: "Could the Investor Relations team get a key? (team: investor-relations)" (unit-field-asked.ts): the rules'
 * key for the unit the field names, at DOUBTED_ACTION, whatever the classifier's doubt of the question; asked about.
 */
export const UNIT_FIELD: Hold = {
  reads: only('create_key'),
  sure: true,
  unit: true,
  classifier: (top) => top?.intent !== 'create_key' || top.score < DOUBTED_ACTION,
  asked: ({ p }) => keyAskedWithUnitField(p.text),
  at: DOUBTED_ACTION,
};

/**
 * Round thirty-one: "a key for 4 hours please, no permanent stuff": a key for hours with every long-term word denied
 * is a token (rules.ts longTermDenied), whatever the classifier makes of the long-term word itself.
 */
export const SHORT_KEY: Hold = {
  reads: only('token'),
  classifier: (top) => top?.intent === 'create_key',
  asked: ({ p, ruled }) => ruled.ttlSeconds !== null && longTermDeniedIn(p.text),
  at: atLeastEven,
};

/**
 * post41a: an error pasted first, then a credential asked of the bot with its lifetime ("SignatureDoesNotMatch: …
 * my SDK is old and only does SigV4. can you give me temporary sigv4 creds instead of the bearer thing? 1 hour"): the
 * rules' token, whatever the classifier makes of the error's words (help); at even odds, so it is asked about, never
 * carried out as it stands.
 */
const PASTED_ERROR =
  /(?:^|\n)\s*[a-z][a-z0-9_.]*(?:exception|error|doesnotmatch|denied|forbidden|expired|failure)\s*:/;
const GIVE_ASKED =
  /\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:give|get|issue|send)\s+(?:me|us)\b/;
export const ERROR_THEN_ASKED: Hold = {
  reads: only('token'),
  sure: true,
  ours: true,
  classifier: (top) => top !== undefined && NON_REQUESTS.has(top.intent),
  asked: ({ p }) => p.durations.length > 0 && PASTED_ERROR.test(p.text) && GIVE_ASKED.test(p.text),
  at: 0.5,
};
