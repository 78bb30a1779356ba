/**
 * Round sixty, fix60 imperatives: a clear imperative of ours aimed at a unit whose name sounds like an event, a crew
 * or an everyday thing, which the quiet guards ("about something not ours", "about everyday things") overturn:
 *  - "tear down everything for renewals week", "shut down everything for summer interns", "tear down everything for
 *    the rainy season drive": the whole of a unit set up for an occasion (README "Lay names": "shut down everything
 *    for X" is `deprovision`; "Units": a unit set up for an occasion is named by it);
 *  - "deprovision the Lyon Bikes Pilot", "decommission the data science assistant poc", "deprovision the Night Carers
 *    crew": our own verb on a name ending in a group noun or a trial's noun (README "Units": group nouns are kept);
 *  - "take away the key from the parking squad": "take away" a key is `revoke` (README "Lay names");
 *  - "rotate the invoice extract key once the new deploy is live", "create an api key for facilities tickets": our verb on
 *    a key named by a unit's words (README "Names said in words": joined as the unit's name; "Later": a condition not
 *    met yet is still the request, asked about first), unless the words name a key of the everyday world or another
 *    system ("the car key", "the front door", "the coffee desk key", "the ssh key").
 * Only an imperative at the head of a clause (not "we'll tear down …", "don't …", "should we …"), not under a quote,
 * with no question after it, and a name of ordinary words that is not a time or a reason the things are shut for ("for
 * the night", "for the weekend", "for the maintenance window"). Read on the raw text, lower-cased; parse-request.ts
 * reads it only where the rules' or the classifier's reading was one of those two guards, so nothing read otherwise
 * moves, and the classifier's features (the rules' reading) are untouched.
 */

import { eventSetUpOnly } from './event-unit.js';
import { unquotedLines } from './discourse.js';

/** What an imperative of ours asks for here: the intent and the unit named. */
export interface TakenDown {
  readonly intent: 'deprovision' | 'revoke' | 'rotate' | 'create_key';
  readonly unit: string;
  /** Read from a key named by words ("the invoice extract key"), the weakest of these readings. */
  readonly byKey?: boolean;
  /** Read from "everything for <name>": the whole name is the unit's. */
  readonly whole?: boolean;
}

/** The head of a clause: the text's start, a clause mark, or a word that only leads into an imperative. */
const CLAUSE_HEAD = String.raw`(?:^|[.!;:,—–]\s*|\s-\s|\b(?:so|ok|okay|now|then|and)\s+)(?:(?:pls|plz|please|kindly|can\s+you|could\s+you|bot,?)\s+)?`;

/** "tear down everything for", "shut down all of it for", "close down the lot for". */
const EVERYTHING_FOR = new RegExp(
  `${CLAUSE_HEAD}(?:tear|shut|close|wind)\\s+down\\s+(?:everything|all(?:\\s+of\\s+it)?|it\\s+all|the\\s+lot|the\\s+whole\\s+(?:setup|thing))\\s+for\\s+`,
  'g',
);

/** "deprovision the", "decommission the old". */
const OUR_VERB_THE = new RegExp(`${CLAUSE_HEAD}(?:deprovision|decommission)\\s+the\\s+`, 'g');

/** "take away the key from the", "take away the key we gave the". */
const TAKE_AWAY_KEY = new RegExp(
  `${CLAUSE_HEAD}take\\s+away\\s+(?:the|their)\\s+(?:bedrock\\s+|api\\s+|access\\s+)?keys?\\s+(?:from|of|we\\s+gave(?:\\s+to)?)\\s+(?:the\\s+)?`,
  'g',
);

/** "rotate the", "revoke our": our verb on a key named by the words that follow. */
const VERB_THE_KEY = new RegExp(`${CLAUSE_HEAD}(rotate|revoke)\\s+(?:the|our)\\s+`, 'g');

/**
 * "create an api key for", "make a bedrock key for": a key of ours asked for the words that follow. (The kind is named:
 * a bare "key for the samples" may be a legend or a code book.)
 */
const KEY_FOR = new RegExp(
  `${CLAUSE_HEAD}(?:create|make|generate|issue|set\\s+up)\\s+(?:a|an|one)\\s+(?:new\\s+)?(?:api|access|bedrock|long[-\\s]term)\\s+key\\s+for\\s+`,
  'g',
);

/** Words of a key's kind or state, never a unit's name: "api", "access", "test", "old". */
const KIND_WORDS = new Set([
  'night',
  'shift',
  'box',
  'api',
  'access',
  'secret',
  'service',
  'personal',
  'test',
  'old',
  'new',
  'current',
  'main',
  'prod',
  'staging',
  'dev',
]);

/** A note or reminder the writer keeps for later: "note to self: revoke …", "todo: rotate …". */
const NOTE_HEAD = /^\s*(?:note\s+to\s+self|notes?|todo|to-do|reminder|remind\s+me|memo|fyi)\b/;

/** A system a key is made in: "an api key for the payroll team in Workday". */
const OTHER_SYSTEM =
  /\b(?:in|on|for)\s+(?:workday|salesforce|jira|github|gitlab|slack|notion|hubspot|zendesk|stripe|shopify|sap|servicenow)\b/;

/** Words of a key of the everyday world or of another system: no unit of ours. */
const OTHER_KEYS = new Set([
  'car',
  'house',
  'home',
  'door',
  'front',
  'back',
  'side',
  'shed',
  'flat',
  'room',
  'locker',
  'lockers',
  'cabinet',
  'desk',
  'desks',
  'drawer',
  'drawers',
  'safe',
  'gate',
  'garage',
  'bike',
  'van',
  'truck',
  'padlock',
  'mailbox',
  'storeroom',
  'store',
  'office',
  'spare',
  'master',
  'hotel',
  'guest',
  'guests',
  'kids',
  'cleaner',
  'neighbour',
  'neighbor',
  'tenant',
  'tenants',
  'wifi',
  'vpn',
  'ssh',
  'gpg',
  'pgp',
  'tls',
  'ssl',
  'signing',
  'encryption',
  'license',
  'licence',
  'product',
  'windows',
  'music',
  'piano',
  'answer',
  'map',
  'legend',
  'colour',
  'color',
  'musical',
  'minor',
  'major',
  'stripe',
  'github',
  'jira',
  'slack',
  'google',
  'aws',
  'iam',
  'kms',
  'crypto',
  'wallet',
  'card',
  'fob',
  'vault',
  'cert',
  'certificate',
  'root',
  // (A legend or a code book: "the plate map key", "the wiring diagram key", "the blinded samples key".)
  'chart',
  'diagram',
  'plan',
  'plans',
  'drawing',
  'drawings',
  'symbols',
  'codes',
  'code',
  'samples',
  'sample',
  'plate',
  'colours',
  'colors',
  'wiring',
  'schematic',
  'spreadsheet',
  'table',
  'graph',
  'figure',
  'exam',
  'quiz',
  'blinded',
  'blinding',
  'cipher',
  'lock',
  'locks',
  'panel',
  'thermostat',
  'boiler',
  'meter',
  'cupboard',
  'freezer',
  'fridge',
]);

/** Words that end a name: function words, verbs of the story, a condition. */
const NOT_NAME = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'because',
  'since',
  'as',
  'so',
  'that',
  'this',
  'these',
  'those',
  'it',
  "it's",
  'its',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'we',
  "we're",
  'they',
  "they're",
  'them',
  'our',
  'my',
  'your',
  'their',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'until',
  'till',
  'after',
  'before',
  'when',
  'once',
  'if',
  'now',
  'pls',
  'plz',
  'please',
  'asap',
  'today',
  'too',
  'thanks',
  'thx',
  'ty',
  'for',
  'of',
  'good',
  'all',
  'done',
  'over',
  'finished',
  'ended',
  'who',
  'which',
  'while',
  'then',
  'also',
  'again',
  'not',
  'no',
  'yes',
  'ok',
  'okay',
  'just',
  'still',
  'right',
  'away',
  'i',
  'you',
  'he',
  'she',
  // (A word of politeness or address in the Englishes of the corpus: "… for the hackathon week abeg".)
  'abeg',
  'biko',
  'lah',
  'la',
  'leh',
  'lor',
  'yaar',
  'ji',
  'po',
  'naman',
  'porfa',
  'svp',
  'stp',
  'bitte',
  'kindly',
  'mate',
  'guys',
  'folks',
  'bro',
  'boss',
  'sir',
  'madam',
]);

/** A name that is only a time things are shut for ("the night", "the weekend", "christmas", "summer"). */
const TIME_ONLY =
  /^(?:(?:long|bank|public|school|summer|winter|easter|christmas|xmas)\s+)?(?:night|nights|weekend|weekends|day|days|today|tonight|holiday|holidays|break|summer|winter|spring|autumn|fall|christmas|xmas|easter|evening|morning|afternoon|week|month|year|season|vacation|shutdown|closure)$/;

/** A reason or an event things are shut down for, as the name's last word ("the maintenance window", "the storm"). */
const REASON_LAST =
  /(?:^|\s)(?:day|reasons?|quarter|play|fair|reception|fete|decorations|stands|booth|maintenance|window|outage|drill|inspection|upgrade|migration|cut|cleaning|clean|storm|move|reboot|patching|patch|update|updates|evacuation|audit|renovation|repairs?|strike|shift|night|tonight|today|demo\s+day)$/;

/** Nouns a unit's name may end in after our verb: a team or group, or a trial that got a unit of its own. */
const UNIT_HEAD =
  /\s(?:team|crew|squad|group|pod|guild|tribe|desk|hub|cell|bureau|circle|lab|pilot|poc|trial|study|campaign|programme|program|drive|interns)$/;

/** A unit's own noun after its name, which the name is written without. */
const UNIT_NOUN_LAST = /\s+(?:business\s+unit|unit|bu|project)$/;

/** Leading words that describe the unit rather than name it ("the old churn predictor team"). */
const DESCRIBING = /^(?:old|former|retired|legacy|whole|entire)\s+/;

/** The words of a name read from `at` on: ordinary words up to a clause mark or a word that is no name's. */
function nameFrom(text: string, at: number): string | null {
  const raw = text.slice(at);
  const rest = raw.replace(/^\s*the\s+/, '');
  // (One word after "the", "for the demo", "for the hackathon", is an occasion named by no one.)
  const after = rest !== raw;
  const clause = /^[^,.;:!?()\n—–]*/.exec(rest)?.[0] ?? '';
  const words: string[] = [];
  for (const raw of clause.trim().split(/\s+/)) {
    const w = raw.replace(/^[`'"*_]+|[`'"*_]+$/g, '');
    if (w === '' || NOT_NAME.has(w) || !/^[a-z0-9][a-z0-9-]*$/.test(w)) break;
    words.push(w);
  }
  if (words.length === 0 || words.length > 5 || (after && words.length === 1)) return null;
  // ("the next week", "the 2025 expo", "the wedding day decorations": a time, a year's event, a day's things.)
  if (/^(?:next|last|this|coming|following|\d+)$/.test(words[0] ?? '') || words.includes('day')) return null;
  return words.join(' ').replace(DESCRIBING, '');
}

/** A name fit for a unit: not a time, not a reason, a few words. */
function unitName(named: string | null, needsHead: boolean): string | null {
  // ("the export docs team unit", "the branch closures project": README "Units", "unit" and "project" are not kept.)
  const name = named?.replace(UNIT_NOUN_LAST, '') ?? null;
  if (name === null || name === '' || TIME_ONLY.test(name) || REASON_LAST.test(name)) return null;
  if (needsHead && (!UNIT_HEAD.test(name) || name.split(' ').length < 2)) return null;
  return name.replace(/\s+/g, '-');
}

/** The words before "key" right after `at` ("invoice extract" in "invoice extract key once …"), or null. */
function keyNameAt(text: string, at: number): string | null {
  const m = /^((?:[a-z0-9][a-z0-9-]*\s+){2,3})keys?\b(?![-'])/.exec(text.slice(at));
  const words = m?.[1]?.trim().split(/\s+/) ?? [];
  // (Two words or three, as a unit said in words is: one word before "key" is left to the readers of units; a kind's
  // word, "the grafana api key", makes the key a system's own.)
  if (
    words.length < 2 ||
    words.some((w) => NOT_NAME.has(w) || OTHER_KEYS.has(w) || KIND_WORDS.has(w) || /\d/.test(w))
  )
    return null;
  return words.join('-');
}

/** The first key named by a unit's words after one of VERB_THE_KEY's matches, with its verb (null: none). */
function keyOfNamedUnit(text: string): TakenDown | null {
  VERB_THE_KEY.lastIndex = 0;
  for (let m = VERB_THE_KEY.exec(text); m !== null; m = VERB_THE_KEY.exec(text)) {
    const unit = keyNameAt(text, m.index + m[0].length);
    if (unit !== null) return { intent: m[1] === 'revoke' ? 'revoke' : 'rotate', unit, byKey: true };
  }
  return null;
}

/** The first name after one of `re`'s matches
/** The first name after one of `re`'s matches that makes a unit (null: none). */
function firstAfter(text: string, re: RegExp, needsHead: boolean): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const unit = unitName(nameFrom(text, m.index + m[0].length), needsHead);
    if (unit !== null) return unit;
  }
  return null;
}

/**
 * The imperative of ours the text makes on a unit whose name sounds like something else, or null. Quoted lines (`> …`)
 * are not the request; a question mark after it makes it no plain imperative.
 */
export function unitTakenDown(input: string): TakenDown | null {
  if (!/\b(?:down|deprovision|decommission|away|key|keys)\b/i.test(input)) return null;
  const text = unquotedLines(input).toLowerCase();
  if (text.includes('?') || NOTE_HEAD.test(text)) return null;
  // (Not an occasion named by no one, event-unit.ts: "for the big pilot", "for the school play", "for the hackathon".)
  const everything = eventSetUpOnly(text) ? null : firstAfter(text, EVERYTHING_FOR, false);
  if (everything !== null) return { intent: 'deprovision', unit: everything, whole: true };
  const ours = firstAfter(text, OUR_VERB_THE, true);
  if (ours !== null) return { intent: 'deprovision', unit: ours };
  const taken = firstAfter(text, TAKE_AWAY_KEY, false);
  // (A key taken from a team or a group of people: "from the parking squad", "from the summer interns"; not a
  // single word, "from the kids".)
  if (taken !== null && taken.includes('-') && UNIT_HEAD.test(` ${taken.replace(/-/g, ' ')}`))
    return { intent: 'revoke', unit: taken };
  const keyed = keyOfNamedUnit(text);
  if (keyed !== null) return keyed;
  // (Not a key in another system, "… in Workday".)
  const asked = OTHER_SYSTEM.test(text) ? null : firstAfter(text, KEY_FOR, false);
  return asked !== null && !asked.split('-').some((w) => OTHER_KEYS.has(w))
    ? { intent: 'create_key', unit: asked, byKey: true }
    : null;
}
