/**
 * A team named in plain words of a trade before its group noun ("the gate ops crew", "the plant team",
 * "the temporary works desk", "the works planning cell"): words that elsewhere are everyday things
 * ("gate", "plant", "desk"), a verb ("works", "hire") or a lifetime ("temporary works", "permanent
 * works") name the team there, when something of ours is asked in the text. The rules (rules.ts read)
 * take the run as the unit's name and read its words as the name's, not as everyday things or a token.
 * ("the plant room key is in the drawer", "gate 4's key safe", "the temporary works register": no group
 * noun closes the run; "the plant team is meeting at 3": a verb follows the noun; "the works desk is
 * closed till monday": nothing of ours is asked. Neither names a team here.)
 */
import { isNameWord } from './business-unit.js';
import { premisesWord } from './group-nouns.js';
import { ACTION_TAGS, FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { scanRegions } from './regions.js';
import type { Term } from './terms.js';

/** The group nouns that close such a name ("unit" closes it but is not kept: README, "the doc-intel unit"). */
const GROUP_NOUNS = new Set('team crew desk squad pod cell hub office unit'.split(' '));
/** What opens the name before it: "the gate ops crew", "for our plant team". */
// ("teh", "hte": "the" mistyped, units17.)
const OPENERS = new Set(['the', 'our', 'their', 'for', 'of', 'teh', 'hte']);
/** Words of a trade that are no name word elsewhere ("site works", "plant hire"). */
// (units23: "a permanent AI login for the board office": the board of directors' office.)
const TRADE_WORDS = new Set(['works', 'hire', 'gate', 'gates', 'plant', 'board']);
/** Words of a lifetime that, before "works", name a trade ("temporary works", "permanent works"). */
const BEFORE_WORKS = new Set(['temporary', 'permanent']);
/** Words after the group noun that end the name: "unit", a request's courtesy, "altogether". */
// (units23: or a condition or a time that opens after it, "revoke the key for the contractor onboarding squad
// after the audit", as group-nouns.ts reads "the exams office once the budget is approved".)
const AFTER_WORDS = new Set([
  'unit',
  'pls',
  'please',
  'plz',
  'altogether',
  'after',
  'once',
  'when',
  'because',
  'since',
  'today',
  'asap',
]);
/** Tags of the words that may follow the name: its key, token or kind of key. */
const KEY_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws']);
/** At most this many name words before the group noun. */
const MAX_WORDS = 3;

/** What a team's possessive may own here: a key, token, access or its whole setup ("the plant team's key"). */
const OURS_WORDS = new Set(['access', 'everything', 'setup', 'bedrock', 'unit', 'account', 'accounts']);
/** Words after the owned key that make it the subject of a story ("the plant team's keys are in the safe"). */
const STORY_WORDS = new Set([
  'are',
  'is',
  'was',
  'were',
  'in',
  'on',
  'at',
  'hang',
  'hangs',
  'live',
  'lives',
  'sit',
  'sits',
]);

/** Is the term after a team's possessive a thing of ours, not told of? */
function oursAfter(after: Term | undefined, next: Term | undefined): boolean {
  if (after === undefined) return false;
  if (!OURS_WORDS.has(after.w) && !KEY_TAGS.has(after.tag ?? '')) return false;
  return after.stop || next === undefined || !STORY_WORDS.has(next.w);
}

/**
 * Tags an everyday word may carry inside a name of several plain words (units21): "the contact centre
 * assist unit" ("contact" is an owner's word elsewhere), "the Block Management Office" ("block" a verb),
 * "the service charge office", "the ad ops pod" ("ad" and "centre" no name words alone).
 */
const LINE_TAGS = new Set<string | undefined>([undefined, 'Owner', 'Service', 'Revoke']);

/** Can this everyday word stand in a name of several words before a group noun? */
function lineWord(w: string): boolean {
  return (
    /^[a-z]{2,}$/.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !OPENERS.has(w) &&
    LINE_TAGS.has(LEXICON[w]) &&
    !premisesWord(w) &&
    scanRegions(` ${w} `).found.length === 0
  );
}

/**
 * fix40a, tuned-airport: a premises word naming the trade of the squad right after it ("the parking squad",
 * "spend for the catering squad"): a squad is people at work, never a room or a desk, so the word says what
 * they work on ("the parking office", "the cleaning crew" stay premises and the people a door's key is for).
 */
const PREMISES_SQUAD = 'squad';
/**
 * post40a: and only where the text says the key is one of ours, a premises squad's plain key being a door's or a
 * barrier's ("key for the kitchen squad please", "rotate the key for the cleaning squad, someone copied it"): a
 * kind of ours (an API or AWS key, a token, a long-term or permanent key), Bedrock, what was spent, or a key leaked
 * where a secret is ("it was pasted in a ticket", "someone screenshotted it").
 */
const OURS_SAID_TAGS = new Set(['Api', 'Aws', 'TokenNoun', 'LongTerm', 'Bedrock', 'Spend']);
const SECRET_LEAKED = new Set([
  'api_key',
  'pasted',
  'screenshotted',
  'screenshot',
  'leaked',
  'committed',
  'posted',
  'exposed',
]);
/** Whether the text says the key is ours (OURS_SAID_TAGS, an API key, SECRET_LEAKED). */
function oursSaid(terms: Term[]): boolean {
  return terms.some((t) => OURS_SAID_TAGS.has(t.tag ?? '') || SECRET_LEAKED.has(t.w));
}

/** Can this word stand inside a trade team's name, before the word after it? */
function tradeWord(w: string, next: string, ours: boolean): boolean {
  if (premisesWord(w)) return ours && next === PREMISES_SQUAD;
  if (TRADE_WORDS.has(w)) return true;
  // (units23: "the contractor onboarding squad": a team's work in -ing, though our verb elsewhere.)
  if (LEXICON[w] === 'Onboard' && w.endsWith('ing')) return true;
  if (BEFORE_WORKS.has(w)) return next === 'works';
  return /^[a-z][a-z-]*$/.test(w) && isNameWord(w) && scanRegions(` ${w} `).found.length === 0;
}

/** Group nouns that are premises as often as people: two everyday words before them name no team alone. */
const PLACE_GROUPS = new Set(['desk', 'office', 'lab', 'studio', 'cell']);
/** Two or three everyday words before a group of people ("the call centre hub", "the night shift crew"). */
function everydayPair(run: Term[], noun: string): boolean {
  return run.length >= 2 && !PLACE_GROUPS.has(noun);
}

/** A trade team found: where its words start and where its group noun stands. */
export interface TradeTeam {
  from: number;
  noun: number;
  /** The name, kebab-case, with its group noun ("gate-ops-crew"). */
  name: string;
}

/**
 * The first trade team named where something of ours is asked (an action or a key's noun), with a word that is no
 * plain name word in it (else the unit finder reads it already); null when none. (post40a: fix40a's "what do we
 * have for the gate squad" backed out: "what do we have for the cleaning squad? mops?" asks of no unit of ours.)
 */
export function tradeTeam(terms: Term[]): TradeTeam | null {
  if (!terms.some((t) => GROUP_NOUNS.has(t.w))) return null;
  if (!terms.some((t) => t.tag !== undefined && (KEY_TAGS.has(t.tag) || ACTION_TAGS.includes(t.tag))))
    return null;
  const ours = oursSaid(terms);
  for (let i = 1; i < terms.length; i++) {
    const noun = terms[i];
    if (noun === undefined || !GROUP_NOUNS.has(noun.w)) continue;
    const after = terms[i + 1];
    const ends =
      noun.possessive ||
      noun.stop ||
      after === undefined ||
      AFTER_WORDS.has(after.w) ||
      KEY_TAGS.has(after.tag ?? '') ||
      // ("what did the contact centre assist unit cost us": what the unit spent, asked.)
      after.tag === 'Spend';
    if (!ends) continue;
    // fix20d: "the plant team's tablets", "the plant team's keys are in the safe": after a team's
    // possessive only a thing of ours, and a key that is not the subject of a story.
    if (noun.possessive && !oursAfter(after, terms[i + 2])) continue;
    let k = i - 1;
    let everyday = 0;
    while (k >= 0 && i - 1 - k < MAX_WORDS) {
      const t = terms[k];
      if (t === undefined || t.stop || t.possessive) break;
      if (!tradeWord(t.w, terms[k + 1]?.w ?? '', ours)) {
        if (!lineWord(t.w)) break;
        everyday++;
      }
      k--;
    }
    const from = k + 1;
    if (from === i || !OPENERS.has(terms[k]?.w ?? '')) continue;
    const run = terms.slice(from, i);
    // (An everyday word names a team only among other words of the name: "the ad ops pod", not "the ad pod".)
    // (fix43a, tuned-lifts: or with another everyday word before a group of people, "the call centre hub":
    // two plain words of a trade are its name, where "the centre hub" or "the call desk" name no team.)
    if (everyday > 0 && (run.length < 2 || (everyday === run.length && !everydayPair(run, noun.w)))) continue;
    // Only a run with a word the unit finder does not take as a name's ("gate", "works", "temporary").
    if (run.every((t) => isNameWord(t.w) && t.tag === undefined)) continue;
    const words = run.map((t) => t.w);
    return { from, noun: i, name: (noun.w === 'unit' ? words : [...words, noun.w]).join('-') };
  }
  return null;
}
