/**
 * A unit's name of several plain words, typed with no hyphen, between an article and its key ("rotate the road works
 * notices key", "how old is the delay notices key", "revoke the bid writer key"): written with hyphens on the prepared
 * text, so the unit readings see the name whole as they do when it is typed "road-works-notices". Read only where one
 * of its words alone could never be a name (a story's word, "works", "notices", "incident"; a provider's word ending it,
 * "writer"; "model"): a run of plain name words is already read whole. Never a run holding a word of a credential, a
 * time, a lifetime, a Region, one of our verbs, a person or group, or a word that describes the key ("the old growth
 * key", "the shared prod key", "the anthropic claude key" keep their reading); describing words before the name stay
 * outside it ("the old road works key" → "the old road-works key"). A review's or an audit's word ending the run is the
 * occasion the key is for ("the compliance audit key" stays compliance's).
 *
 * After a key's "for" (round fifty-eight, fix58 units), the run is left to the unit readings where it is no unit's name
 * (plain-unit-guards.ts): a unit named elsewhere wins, a person, a name given in brackets or after a colon, a time, an
 * occasion, a place or a thing; and a system's noun after "the" stays outside the name ("the churn model" → churn).
 *
 * Also the speaker's own team in an opening greeting ("Priya here from finance, …", "Hi, Marek from procurement: …") is
 * who asks, no unit asked about (README "No unit" and round fifty-seven's units brief): the introduction is dropped.
 */
import { isNameWord } from './business-unit.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { NOT_NAME_TAGS } from './name-stop-tags.js';
import { nameGivenAfter, personRun, timePlaceOrThing, unitNamedElsewhere } from './plain-unit-guards.js';

/** Between the article and the key: one to three words of two letters or more, then the key's or unit's noun. */
const BEFORE_KEY =
  /\b(the|our|their)[^\S\n]+((?:[a-z][a-z]+[^\S\n]+){1,3}[a-z][a-z]+)(?=[^\S\n]+(?:key|keys|unit|creds|credentials)\b)/g;

/** Words that describe a key or say when, kept before the name and never in it. */
const DESCRIBING = new Set(
  (
    'old new current existing latest previous last next other same whole entire main primary secondary personal shared ' +
    'temp temporary permanent spare backup master root admin default prod production staging dev test sandbox legacy ' +
    'big small long short live real fake dummy full remaining outstanding missing leaking leaky stale exposed expiring ' +
    'working pending active inactive original extra second first third only example sample'
  ).split(' '),
);
/** Words of credentials, times, people and groups: a run holding one is no name. */
const NEVER_IN_NAME = new Set(
  (
    'key keys token tokens api access secret secrets credential credentials creds iam aws bedrock akia absk asia ' +
    'hour hours day days week weeks month months year years minute minutes quarter today tomorrow yesterday tonight ' +
    'daily weekly monthly quarterly yearly annual ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december ' +
    'me my our your their his her its everyone someone anyone people users user staff person ' +
    'bot bots admin admins owner owners folks lead manager boss intern interns contractor contractors vendor vendors ' +
    'desk desks team teams squad squads pod crew guild chapter tribe cell studio bureau lab office practice circle hub ' +
    'group groups unit units project projects ' +
    // (fix58: what a person does to a unit is no word of its name, "for whoever runs search", "manages growth".)
    'runs manages maintains handles leads looks oversees'
  ).split(' '),
);
/** Tags of our verbs and nouns that never stand in a name: the shared list, and a placeholder's and a purpose's. */
const STOP_TAGS = new Set([...NOT_NAME_TAGS, 'Placeholder', 'Purpose']);
/** Adverbs and verbs of a story that may follow a name ("a key for analytics instead", "the unit itself stays"). */
const STORY = new Set(
  (
    'instead someday stays stay away itself goes go gone ya mana vs versus later now today soon again too also anyway ' +
    'maybe though already still yet here there account accounts system systems sistem'
  ).split(' '),
);
/** Of the providers' words, those that are also plain nouns of a name ("the bid writer key"); others are a model's. */
const PROVIDER_NOUNS = new Set(['writer']);
/** Tags of our words a name may hold after its first word, as a plain noun ("writer", "model", "check", "menu"). */
const NAMED_TAGS = new Set(['Provider', 'Models', 'Show', 'Help', 'List', 'Details', 'History']);
/** The occasion a key is for, ending the run: the unit is the word before it ("the compliance audit key"). */
const OCCASIONS = new Set('review reviews audit audits report reports invoice invoices'.split(' '));

/** A run of plain name words left to the unit readings: a person, a time, a place, a thing, or a unit named elsewhere. */
function plainRunLeft(words: string[], at: number, length: number, whole: string): boolean {
  if (personRun(words) || timePlaceOrThing(words)) return true;
  const end = at + length;
  // (Before "unit" a run of plain words may be a machine, "the air handling unit", "the intensive care unit": left.)
  if (/^[^\S\n]+units?\b/.test(whole.slice(end))) return true;
  return (
    nameGivenAfter(whole.slice(end)) || unitNamedElsewhere(`${whole.slice(0, at)} \n ${whole.slice(end)}`)
  );
}

function plainRun(m: string, det: string, run: string, at: number, whole: string): string {
  const all = run.split(/[^\S\n]+/);
  let lead = 0;
  while (lead < all.length && DESCRIBING.has(all[lead] ?? '')) lead++;
  const words = all.slice(lead);
  if (words.length < 2 || OCCASIONS.has(words[words.length - 1] ?? '')) return m;
  let ours = 0;
  for (const [k, w] of words.entries()) {
    if (FUNCTION_WORDS.has(w) || NEVER_IN_NAME.has(w) || DESCRIBING.has(w) || STORY.has(w) || /ed$/.test(w))
      return m;
    const tag = LEXICON[w];
    if (tag === undefined) continue;
    if (STOP_TAGS.has(tag) && !NAMED_TAGS.has(tag)) return m;
    if (tag === 'Provider' && !PROVIDER_NOUNS.has(w)) return m;
    // (One word of ours only after the name's first word: "the bid writer key", "the fall risk model key", "the manifest
    // check"; "the claude sonnet key" is a model's.)
    if (NAMED_TAGS.has(tag) && k > 0 && ++ours === 1) continue;
    return m;
  }
  // (A run of plain name words is read whole already; fix59 units: not always, "the maint triage key" and "the ops
  // ledger key" lost a word, so before a key it is written with hyphens here, unless it is a person, a time, a place or
  // a thing a locksmith's key opens, or a unit is named elsewhere or given right after it, where the readers weigh it as
  // before; before "unit" it is left as it was, a machine's name there is no unit's.)
  if (words.every((w) => isNameWord(w)) && plainRunLeft(words, at, m.length, whole)) return m;
  const kept = all.slice(0, lead);
  return `${det} ${kept.length > 0 ? `${kept.join(' ')} ` : ''}${words.join('-')}`;
}

/** A run's words each may stand in a name (no describing word, credential, time, person, verb or lifetime). */
function plainWords(words: string[]): boolean {
  let ours = 0;
  for (const [k, w] of words.entries()) {
    if (
      FUNCTION_WORDS.has(w) ||
      NEVER_IN_NAME.has(w) ||
      DESCRIBING.has(w) ||
      STORY.has(w) ||
      /(?:ed|ing)$/.test(w)
    )
      return false;
    const tag = LEXICON[w];
    if (tag === undefined) continue;
    if (tag === 'Provider' && !PROVIDER_NOUNS.has(w)) return false;
    if (NAMED_TAGS.has(tag) && k > 0 && ++ours === 1) continue;
    return false;
  }
  return true;
}

/**
 * After a key's "for" or the word "unit", a run of two or three plain words that ends where the sentence goes on (a
 * mark, the text's end, "please", a place's "in", "and", "owner", a tool's noun): the whole run is the name ("rotate the
 * key for fall risk model", "api key for hut menus in ireland, 120 days", "deprovision unit road works notices",
 * "key for the self exclusion check job").
 */
const AFTER_FOR =
  /\b((?:keys?|creds|credentials?|history|spend|details|info)[^\S\n]+(?:for|of|on)[^\S\n]+(?:the[^\S\n]+)?|\b(?:deprovision|offboard|decommission|remove|delete|describe|details|info|for|of)[^\S\n]+(?:the[^\S\n]+)?unit[^\S\n]+)((?:[a-z][a-z]+[^\S\n]+){1,2}[a-z][a-z]+)(?=[^\S\n]*(?:$|[.,;:!?()—–]|-[^\S\n]|(?:please|pls|plz|thanks|thx|asap|in|and|owner|with|expiry|unit|team|squad|project)\b|(?:job|tool|bot|app|service)[^\S\n]*(?:$|[.,;:!?]|please|pls)))/g;
/** A group's noun elsewhere in the text: the team named there may be the unit (README: the owning team wins). */
const GROUP_WORD =
  /\b(?:team|teams|studio|squad|group|department|dept|crew|desk|office|guild|owned|lab|bureau|pod|tribe|practice)\b/g;
/**
 * fix58: a system's or a client's noun ending a run after "the" is what the key is for, not the name ("the churn model"
 * → churn, "the parts returns model" → parts-returns, "the risk client"; README: a tool noun after a name is not the
 * name's); typed bare it is the name as given ("key for fall risk model"), but a record's noun after one word is the
 * record ("history for payments log").
 */
const SYSTEM_ENDS = new Set(
  // (fix59 units: a tool's or a job's noun too, "a key for the review replies tool", "keys for the review miner job pls"
  // → review-replies, review-miner, as a tool noun after a hyphenated name is not the name's; a bot's and an app's
  // nouns stay in the name, "support-bot", "driver-app".)
  'model models client clients account accounts log logs tool tools job jobs'.split(' '),
);
const RECORD_ENDS = new Set('log logs history record records report reports'.split(' '));

function runAfterFor(m: string, opener: string, run: string, at: number, whole: string): string {
  const all = run.split(/[^\S\n]+/);
  const last = all[all.length - 1] ?? '';
  const articled = /\bthe[^\S\n]+$/.test(opener);
  const words = articled && SYSTEM_ENDS.has(last) ? all.slice(0, -1) : all;
  if (words.length < 2 || (!articled && all.length === 2 && RECORD_ENDS.has(last))) return m;
  if (OCCASIONS.has(words[words.length - 1] ?? '') || !plainWords(words)) return m;
  if (personRun(words) || timePlaceOrThing(words)) return m;
  const end = at + m.length;
  if (nameGivenAfter(whole.slice(end))) return m;
  for (const g of whole.matchAll(GROUP_WORD))
    if (g.index !== undefined && (g.index < at || g.index > end + 1)) return m;
  if (unitNamedElsewhere(`${whole.slice(0, at)} \n ${whole.slice(end)}`)) return m;
  return `${opener}${words.join('-')}${words.length < all.length ? ` ${last}` : ''}`;
}

/**
 * A name of plain words opening the text as its topic, then a dash, comma or colon and a question about its keys
 * ("dock scheduler — what keys does it have?", "caster desk, what's set up for them?", "tenant screening: when do its
 * keys expire?"): the name written with hyphens, as typed "caster-desk"; a group noun ending it is the name's.
 */
const HEADED =
  /^(?:the[^\S\n]+)?((?:[a-z][a-z]+[^\S\n]+){1,3}[a-z][a-z]+)(?=[^\S\n]*(?:—|–|-[^\S\n]|,|:)[^\S\n]*(?:what|which|when|how|any|do|does|are|is|has|have)\b[^\n]*\b(?:keys?|creds|credentials?|set[^\S\n]?up|spend|spent|expire|expiry)\b)/;
/** Words of a greeting or an aside that open a text before its question: never a topic's name. */
const NOT_HEADING = new Set(
  (
    'good morning afternoon evening night day quick question thing sorry hello hi hey hiya dear all folks everyone ' +
    'colleagues guys there also another one more ok okay so well right anyway btw fyi update reminder note context ' +
    'urgent important audit finance security compliance legal'
  ).split(' '),
);
const GROUP_ENDS = new Set(
  'desk team squad pod crew guild chapter tribe cell studio bureau lab office practice circle hub'.split(' '),
);
function headedName(m: string, run: string): string {
  const words = run.split(/[^\S\n]+/);
  const named = GROUP_ENDS.has(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
  if (named.length === 0 || words.some((w) => NOT_HEADING.has(w)) || !plainWords(named)) return m;
  return m.replace(run, words.join('-'));
}

/**
 * The speaker introduced by name and team at the text's start: "priya here from finance", "hi, marek from procurement",
 * "tom from legal here", each followed by a mark.
 */
const INTRODUCED =
  /^(?:(?:hi|hey|hello|morning|good morning|good afternoon|hiya)[,!]?[^\S\n]+)?(?:(?:it'?s|this is)[^\S\n]+)?([a-z]{2,})(?:[^\S\n]+here)?[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?[a-z][a-z-]*(?:[^\S\n]+(?:team|dept|department))?(?:[^\S\n]+here)?[^\S\n]*(?:[,:;!]|[—–]|-[^\S\n])[^\S\n]*/;

function withoutIntroduction(s: string): string {
  const m = INTRODUCED.exec(s);
  if (m === null) return s;
  const name = m[1] ?? '';
  // (Only a person's name: not one of our words, "key from finance", "spend from sales".)
  if (FUNCTION_WORDS.has(name) || LEXICON[name] !== undefined || NEVER_IN_NAME.has(name)) return s;
  // (Said as an introduction: "here", or a greeting before it.)
  if (!/\bhere\b/.test(m[0]) && !/^(?:hi|hey|hello|morning|good|hiya|it'?s|this is)\b/.test(m[0])) return s;
  const rest = s.slice(m[0].length);
  return rest.length > 0 ? rest : s;
}

/**
 * A unit described by its owner, "a key for whoever owns billing disputes", "api key for whoever owns eta-explainer
 * these days": the key is for the unit owned, named after "owns" ("for billing disputes").
 */
const WHOEVER_OWNS =
  /\bfor[^\S\n]+(?:whoever|whomever|the[^\S\n]+(?:person|people|folks|team)[^\S\n]+(?:who|that))[^\S\n]+owns[^\S\n]+/g;

/** The text with plain-words names before their key written with hyphens, and a greeting's introduction dropped. */
export function withPlainUnitNames(s: string): string {
  if (s.includes(' owns ')) s = s.replace(WHOEVER_OWNS, 'for ');
  if (s.includes(' from ')) s = withoutIntroduction(s);
  if (s.includes('the ') || s.includes('our ') || s.includes('their ')) s = s.replace(BEFORE_KEY, plainRun);
  if (s.length < 200) s = s.replace(HEADED, headedName);
  if (/\b(?:for|of|unit) /.test(s)) s = s.replace(AFTER_FOR, runAfterFor);
  return s;
}
