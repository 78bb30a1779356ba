/**
 * A named event with a qualifier that owns keys (units21): "tear down everything for the Q2 hackathon",
 * "shut down everything for the 2025 summit", "everything for the spring-launch pilot". The unit set up
 * for the event is named by it whole (README, "Units": a unit set up for an occasion is named by it), as
 * "hack week" is; the qualifier (a quarter, a year, a hyphenated name, a season with a year, a trade's acronym:
 * "the ota hackathon", "the STEM fair") makes it one event, not a season.
 * A period or an occasion alone is no unit: "for the summer", "for the storm", "for the fire drill",
 * "for the maintenance window" (no event noun closes them), nor "for the hackathon" (no qualifier).
 * Only after "everything"/"it all"/"all of it" for: the whole setup of a unit, removed; never an order told,
 * quoted or put to a person ("ops said: tear down everything for the Q2 hackathon").
 */
import { isNameWord } from './business-unit.js';
import { NAME_ACRONYMS } from './name-words.js';
import { toldOrAddressed } from './lay-words.js';
import { WHOLE_THINGS } from './lexicon.js';
import { systemTail } from './system-run.js';
import { TEAM_NOUNS } from './group-nouns.js';

/** Nouns of an event that a unit may be set up for. */
const EVENT_NOUNS = new Set(
  // (fix54a, tuned-adtech: "shut down everything for the Cannes demo", a demo with its qualifier, as a pilot is.)
  'hackathon hackathons summit conference offsite bootcamp workshop jam pilot trial poc sprint launch festival expo roadshow fair showcase demo'.split(
    ' ',
  ),
);
/**
 * fix48d, tuned-styles-africa: a week or a campaign named by what it is for ("shut down everything for the hackathon
 * week", "… for the spring-promo campaign"), an event as a pilot is; an event noun names it ("the hackathon week"), a
 * time does not ("the next week": NOT_NAMING). (Not a drive: "the google drive" is a system, not ours, mood.ts.)
 */
const CAMPAIGN_NOUNS = new Set(['campaign', 'week']);
/** Whether a word closes an event's name: an event noun, or a campaign's after a word that is no time. */
function eventNounAt(m: RegExpExecArray, k: number): boolean {
  const w = m[k] ?? '';
  if (EVENT_NOUNS.has(w)) return true;
  return CAMPAIGN_NOUNS.has(w) && !PERIODS.has(m[k - 1] ?? '');
}
/**
 * What opens the setup removed: "everything for", "it all for", "all of it for", "the whole setup for"
 * (requests23: "kill the whole setup for the drone scouting pilot").
 */
const WHOLE = new RegExp(
  String.raw`(?<![\w-])(?:everything|it all|all of it|the whole (?:${WHOLE_THINGS.join('|')}))\s+for\s+the\s+`,
);
/** The words after it, up to three ("q2 hackathon", "2025 spring summit"). */
const WORDS = /^([a-z0-9][a-z0-9-]*)\s+([a-z0-9][a-z0-9-]*)(?:\s+([a-z0-9][a-z0-9-]*))?/;
/**
 * Words that may follow the event: the end of the message or its sentence, or a courtesy (fix21c: after a
 * comma only a courtesy, "…, the booth and banners go back to storage" tells of other things; requests22: or
 * that the event is over, "…, it was last weekend").
 */
const AFTER =
  /^\s*(?:$|[.!?)]|[,;:]\s*(?:$|(?:please|pls|plz|now|asap|today|thanks|thx|ty)\b|it\s+(?:was|ended|finished|wrapped)\b)|(?:please|pls|plz|now|too|asap|today)\b)/;
/** A qualifier of an event: a quarter or a year ("Q2", "2025"). */
const DATED = /^(?:q[1-4]|h[12]|fy\d{2,4}|(?:19|20)\d{2})$/;
/**
 * The shorthand of a line of work that names an event (requests22: "the ota hackathon", "the STEM fair",
 * "the EV summit", "the GxP pilot", "the AI hackathon"): the trades' acronyms here and the names' acronyms
 * (name-words.ts), less the everyday words among them (fix22c: "the us launch", "the it fair", "go", "dev"
 * name no one event); not adjectives ("the big hackathon", "the first hackathon").
 */
const NOT_A_TRADE = new Set([
  'it',
  'us',
  'uk',
  'eu',
  'go',
  'io',
  'dev',
  'ops',
  'gen',
  'fin',
  'sec',
  'hq',
  'nyc',
]);
const TRADE_ACRONYMS: ReadonlySet<string> = new Set([
  ...'ota adas ev evs hmi ecu v2x gxp gmp cmc hta rwe stem steam send ell esl ict gcse genai'.split(' '),
  ...[...NAME_ACRONYMS].filter((w) => !NOT_A_TRADE.has(w)),
]);
/**
 * requests23: words that say which or what kind of event rather than naming one ("the big hackathon", "the
 * first hackathon", "the upcoming workshop", "the company offsite"): a plain word before the event noun
 * names it ("the berth hackathon", "the drone scouting pilot"), these do not.
 */
const NOT_NAMING = new Set(
  (
    'big small huge little great first second third fourth fifth last next upcoming recent previous past old new ' +
    'annual yearly monthly weekly quarterly internal external whole same other latest final current main official ' +
    'company team our your their this that entire usual regular mini short long early late ' +
    // (fix23b: a judgement or a state, "the boring workshop", "the abandoned poc", "the cancelled hackathon".)
    'boring fun cool awesome amazing successful failed abandoned cancelled canceled finished completed done ' +
    'planned postponed ongoing stalled dead'
  ).split(' '),
);
/** Seasons, which qualify an event only with a year ("the summer 2025 hackathon"). */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
/** A season joined to its year, as prepare.ts joins a number to the name before it. */
const SEASON_JOINED = /^(spring|summer|autumn|fall|winter)_((?:19|20)\d\d)(?![\w-])/;
/** Times an event may be held in, which name none ("the weekend hackathon", "the night sprint"). */
const PERIODS = new Set(
  'weekend weekday night evening morning afternoon day week month year holiday holidays christmas easter'.split(
    ' ',
  ),
);

/**
 * Can the words qualify an event: a quarter or a year ("q2", "2025"), a hyphenated name ("spring-launch"),
 * a season with a year ("summer 2025")? (fix21c: not any adjective, "the first hackathon", "the big
 * hackathon", "the upcoming workshop": those name no one event.)
 */
function qualifies(words: string[]): boolean {
  return words.every(
    (w) =>
      DATED.test(w) ||
      TRADE_ACRONYMS.has(w) ||
      ((w.includes('-') || w.includes('_')) && isNameWord(w) && /^[a-z]/.test(w)) ||
      // (requests23: a plain word names the event too, "the berth hackathon": not a word of which or what
      // kind, nor a season or a time without its year, "the summer pilot", "the weekend sprint".)
      (/^[a-z]{3,}$/.test(w) &&
        !NOT_NAMING.has(w) &&
        !SEASONS.has(w) &&
        !EVENT_NOUNS.has(w) &&
        !PERIODS.has(w) &&
        isNameWord(w)) ||
      (SEASONS.has(w) && (words.some((x) => DATED.test(x)) || namedBesideSeason(words))),
  );
}

/**
 * req29: a season with a plain name word beside it is part of the event's name ("the summer lates pilot", "the
 * winter lights festival"): the other word says which one; a season alone ("the summer pilot") names none.
 */
function namedBesideSeason(words: string[]): boolean {
  return words.some(
    (w) =>
      /^[a-z]{3,}$/.test(w) &&
      !SEASONS.has(w) &&
      !NOT_NAMING.has(w) &&
      !KIND_OF_EVENT.has(w) &&
      !EVENT_NOUNS.has(w) &&
      !PERIODS.has(w) &&
      isNameWord(w),
  );
}

/**
 * known24: occasions of everyday or public life ("the wedding reception", "the summer fete", "the gala dinner"):
 * their set-up torn down is a venue's, not a unit's. Named as an event only by a year, a quarter, a trade's
 * acronym or a hyphenated name ("the 2025 gala", "the GxP trial"); a plain word before one says which kind.
 */
const OCCASION_NOUNS = new Set(
  'hearing reception party fete gala dinner wedding funeral concert tournament parade picnic barbecue bbq ceremony graduation exhibition'.split(
    ' ',
  ),
);
/** Words that say what kind of trial or pilot is meant, as NOT_NAMING's do ("the jury trial", "the free trial"). */
const KIND_OF_EVENT = new Set('jury court criminal civil murder free drug'.split(' '));

/**
 * known24: "tear down everything for the big pilot", "… for the jury trial", "… for the wedding reception":
 * after "everything for the", an event or an occasion whose words before it name no one event (a word of
 * which or what kind, a season without its year; for an occasion, any plain word). The set-up of an event,
 * no unit of ours. (Not "the berth hackathon", "the drone scouting pilot", "the Q2 hackathon": named.)
 */
export function eventSetUpOnly(text: string): boolean {
  if (!text.includes(' for the ')) return false;
  const whole = WHOLE.exec(text);
  if (whole === null) return false;
  const m = WORDS.exec(text.slice(whole.index + whole[0].length));
  if (m === null) return false;
  const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
  const at = words.findIndex((w, k) => k > 0 && (EVENT_NOUNS.has(w) || OCCASION_NOUNS.has(w)));
  if (at < 0) return false;
  // (fix24a: not a system or a team named after the occasion, "the gala dinner bot", "the summer fete team".)
  if (words.slice(at + 1).some((w) => systemTail(w) || TEAM_NOUNS.has(w))) return false;
  const before = words.slice(0, at);
  // (An event: only a word of which or what kind, a season without its year or a time before it names none;
  // "the launch readiness sprint", "the PIS trial" are named.)
  if (!OCCASION_NOUNS.has(words[at] ?? ''))
    return before.some(
      (w) =>
        NOT_NAMING.has(w) ||
        KIND_OF_EVENT.has(w) ||
        PERIODS.has(w) ||
        (SEASONS.has(w) && !before.some((x) => DATED.test(x)) && !namedBesideSeason(before)),
    );
  return !before.every(
    (w) =>
      DATED.test(w) ||
      TRADE_ACRONYMS.has(w) ||
      ((w.includes('-') || w.includes('_')) && isNameWord(w)) ||
      (SEASONS.has(w) && before.some((x) => DATED.test(x))),
  );
}

/** The unit named by an event after "everything for the", kebab-case, or null. */
export function eventUnit(text: string): string | null {
  if (
    !text.includes(' for the ') ||
    !(text.includes('everything') || text.includes(' all') || text.includes(' whole '))
  )
    return null;
  const whole = WHOLE.exec(text);
  if (whole === null) return null;
  // (sweep24b: "the summer 2025 hackathon" comes here joined as a numbered name, "summer_2025"; its year is its own word.)
  const rest = text.slice(whole.index + whole[0].length).replace(SEASON_JOINED, '$1 $2');
  const m = WORDS.exec(rest);
  if (m === null) return null;
  // The event noun second or third: "q2 hackathon", "2025 spring summit".
  const at = eventNounAt(m, 2) ? 2 : eventNounAt(m, 3) ? 3 : 0;
  if (at === 0) return null;
  const words = m.slice(1, at + 1) as string[];
  let end = 0;
  for (const w of words) end = rest.indexOf(w, end) + w.length;
  if (!AFTER.test(rest.slice(end))) return null;
  const eventsWeek =
    words.length === 2 && CAMPAIGN_NOUNS.has(words[1] ?? '') && EVENT_NOUNS.has(words[0] ?? '');
  if (!eventsWeek && !qualifies(words.slice(0, -1))) return null;
  // ("ops said: tear down everything for the Q2 hackathon", "Dave, can you …": someone else's order.)
  if (toldOrAddressed(text)) return null;
  // (known24: a trial of a kind, "the jury trial", is no event of ours.)
  if (eventSetUpOnly(text)) return null;
  return words.join('-');
}
