/**
 * Durations as people type them ("6h", "90 mins", "1.5 hours", "1,5h", "an hour and a half",
 * "four and a half hours", "three quarters of an hour", "1h30m", "twenty-five minutes",
 * "expires in 90 days", "30-day"), found in lowercase text and replaced by a placeholder word.
 * A key's age ("it's 60 days old", "created 90 days ago", "older than 30 days") or a period to
 * look back over ("in the last 7 days") is no lifetime: it is removed from the text and not reported.
 * Values are reported as stated, also when they cannot be right ("-1h", "0m"): the parser says so.
 */
import { withOursAsHours } from './ours-as-hours.js';
import { withUnitTypos } from './unit-typos.js';
import { withJokeTakenBack } from './joke-taken-back.js';
import { withBareCommandDays } from './bare-command-days.js';
import { matchesOf } from './match-all.js';
import { DURATION_MARK, markedValue } from './marks.js';

export interface DurationFound {
  seconds: number;
  /** True when the largest unit stated is a day or longer (a key lifetime rather than a token TTL). */
  dayUnit: boolean;
  /** The duration as written, for messages ("-1h", "48 hours"). */
  stated: string;
  /** Seconds in the unit it was stated in (3600 for "6h"): a bare number correcting it takes this unit. */
  unitSeconds: number;
}

/** Number words one to nineteen (shared with surface.ts). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  // ("a token for zero minutes": stated, so reported as no lifetime.)
  zero: 0,
  ...NUMBER_WORDS,
  couple: 2,
  few: 3,
  several: 3,
};
/** Tens as words (shared with surface.ts). */
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SMALL_WORDS = Object.keys(SMALL)
  .filter((w) => !['a', 'an', 'couple', 'few', 'several'].includes(w))
  .join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
/** A number: digits (1.5, 1,5, -1), a word number ("twenty-five", "forty five"), "a couple of", "a few". */
const NUM = String.raw`(-?\d+(?:[.,]\d+)?|(?:${TENS_WORDS})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS}|an?|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+)?hundred)`;
// (units27: Welsh "awr" (hours) and "munud" (minutes), as German "stunden" or Polish "godziny": "token am 3 awr";
// not Oracle's AWR report, "the last 3 awr reports". Czech "na 2 hodiny", "na 30 minut" are the glossary's,
// more-languages.ts, and "na hodinu", "na půl hodiny" surface.ts foreignHours'.)
// (fix34a, tuned-met: the Nordic hours and minutes, accents folded: Icelandic "3 klst", "2 tímar"; Norwegian and Danish
// "90 minutter", "3 timer"; Swedish "2 timmar", "30 minuter"; Finnish "4 tunniksi", "2 tuntia", "45 minuuttia".)
const UNIT = String.raw`(s|secs?|seconds?|m|mn|mins?|minutes?|minuts|minuets|mintues|munud|minutter|minuter|minuuttia|minuutiksi|h|hrs?|hours?|horus|hors|hous|hs|std|stunden|horas|ghante|ghanta|godz|godzin[ay]?|klst|timar|timmar|tunniksi|tuntia|awr(?![-\s]+(?:reports?|snapshots?|files?))|d|days?|dayz|dys|dsys|dyas|dasy|tage|dias|dni|dzien|w|wks?|weeks?|tydzien|tygodni[e]?|fortnights?|mo|mos|mths?|months?|miesiac[e]?|miesiecy|quarters?|y|yrs?|years?|saal|jahre?|rok|lata|lat)`;

const UNIT_SECONDS: [RegExp, number, boolean][] = [
  [/^(s|sec|secs|second|seconds)$/, 1, false],
  [
    /^(m|mn|min|mins|minute|minutes|minuts|minuets|mintues|munud|minutter|minuter|minuuttia|minuutiksi)$/,
    60,
    false,
  ],
  [
    /^(h|hr|hrs|hour|hours|horus|hors|hous|hs|std|stunden|horas|ghante|ghanta|godz|godzin[ay]?|klst|timar|timmar|tunniksi|tuntia|awr)$/,
    3600,
    false,
  ],
  [/^(d|day|days|dayz|dys|dsys|dyas|dasy|tage|dias|dni|dzien)$/, 86_400, true],
  [/^(w|wk|wks|week|weeks|tydzien|tygodnie?)$/, 604_800, true],
  [/^(fortnight|fortnights)$/, 1_209_600, true],
  [/^(quarter|quarters)$/, 7_776_000, true],
  [/^(mo|mos|mth|mths|month|months|miesiace?|miesiecy)$/, 2_592_000, true],
  [/^(y|yr|yrs|year|years|saal|jahr|jahre|rok|lata|lat)$/, 31_536_000, true],
];

function unitOf(word: string): [number, boolean] | null {
  for (const [re, secs, day] of UNIT_SECONDS) if (re.test(word)) return [secs, day];
  return null;
}

export function numberValue(raw: string): number | null {
  const w = raw
    .replace(/\s+of$/, '')
    .replace(/^a\s+/, '')
    .trim();
  // ("36,600 days": a comma before three digits and no more groups a thousand; "1,5 hours" is a decimal.)
  if (/^-?\d/.test(w)) return Number(/^-?\d{1,3},\d{3}$/.test(w) ? w.replace(',', '') : w.replace(',', '.'));
  const parts = w.split(/[\s-]+/);
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
    const tens = TENS[parts[0]];
    const unit = SMALL[parts[1]];
    return tens !== undefined && unit !== undefined ? tens + unit : null;
  }
  if (w === 'hundred') return 100;
  const hundreds = /^(\w+)[\s-]+hundred$/.exec(w)?.[1];
  if (hundreds !== undefined && SMALL[hundreds] !== undefined) return SMALL[hundreds] * 100;
  return SMALL[w] ?? TENS[w] ?? null;
}

const FRACTION = String.raw`(?:and\s+)?(?:a\s+)?(half|quarter|(?:one|a)\s+quarter|three\s+quarters?)`;
/**
 * "an hour and a half", "2 hours and a quarter", "1 hour 30 minutes", "1h30m", "1h 30". Not across a
 * line ("2. valid for 3 hours\n3. in us-west-2": the next item's number is no minutes).
 */
const COMPOUND = new RegExp(
  String.raw`(?<![\w.])${NUM}\s*(h|hrs?|hours?)[^\S\n]*(?:and\s+)?(\d+)\s*(m|mins?|minutes?)?(?![\w@])`,
  'g',
);
/** After "1h 30": what makes the 30 no minutes (another unit, a percentage). */
const BARE_MINUTES_NOT = /^(?:%|\s*(?:d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?|s|secs?|seconds?)\b)/;
/**
 * fix41e, tuned-forms: after "10h", the next item's number of a list numbered "1) 2) 3)" is no minutes ("1) token 2) 10h
 * 3) Paris"); "token (1h 30)" keeps its minutes (no numbered item before it).
 */
export function nextListItem(text: string, at: number, end: number): boolean {
  if (text[end] !== ')') return false;
  // (post41b) Only the next item's own number ("1) … 10h 2)"), with no "(" left open that the ")" closes ("1) token
  // for payments (1h 30) 2) list my keys" keeps its minutes).
  const before = text.slice(0, at);
  const items = [...before.matchAll(/(?:^|\s)(\d)\)\s/g)];
  const last = items[items.length - 1];
  const bare = /(\d+)\s*$/.exec(text.slice(at, end));
  if (last === undefined || bare === null || Number(bare[1]) !== Number(last[1]) + 1) return false;
  const since = text.slice(last.index + last[0].length, end);
  return (since.match(/\(/g) ?? []).length <= (since.match(/\)/g) ?? []).length;
}
/** "two hours and twenty minutes", "1 hour and 15 minutes". */
const HOURS_AND_MINUTES = new RegExp(
  String.raw`(?<![\w.])${NUM}\s*(?:h|hrs?|hours?)\s+(?:and\s+)?${NUM}\s*(?:m|mins?|minutes?)(?![\w@])`,
  'g',
);
/**
 * fix53f (English styles): "token for 2 hrs, 30 mins", "1h, 15m": the hours and the minutes of one lifetime set apart by
 * a comma, the minutes' unit written and the lifetime ending there ("2h, 30 min break included", "1h, 45 min would do"
 * are not).
 */
const HOURS_COMMA_MINUTES = new RegExp(
  String.raw`(?<![\w.])${NUM}\s*(?:h|hrs?|hours?)[^\S\n]*,[^\S\n]*${NUM}\s*(?:m|mins?|minutes?)(?=[^\S\n]*(?:$|[.!?)\n]|,|(?:please|pls|plz|thanks|thx|ty)\b))`,
  'g',
);
/**
 * "2 hours and a half", "4h and a half" (a unit glued to its digits too); not "4h and a half-page summary" (the half is
 * the page's).
 */
const UNIT_AND_FRACTION = new RegExp(
  String.raw`(?<![\w.])${NUM}(?:\s+|(?<=\d))${UNIT}\s+${FRACTION}\b(?!-)`,
  'g',
);
/** "four and a half hours", "2 and a half hours", "one and a quarter hours". */
const NUMBER_AND_FRACTION = new RegExp(
  String.raw`(?<![\w.])${NUM}\s+and\s+(?:an?\s+)?(half|quarter)\s+${UNIT}\b`,
  'g',
);
/** "half an hour", "a quarter of an hour", "three quarters of an hour", "half a day", "half an hr". */
const FRACTION_OF = new RegExp(
  String.raw`(?<![\w.])(?:an?\s+)?(half|quarter|three[\s-]+quarters?)[\s-]+(?:of\s+)?(?:an?\s+)?(hour|hr|day|minute|min|week|month|year)\b`,
  'g',
);
/**
 * What stands before "a day", "an hour" in a rate: a count of things, or "once", "twice", "N times"; fix46c,
 * tuned-styles-long: also a bare count, the things named before it ("wheelchair cabin requests, 200-ish a day", "we
 * run 300 a day", "~50+ an hour").
 */
const RATE_BEFORE =
  /(?:\b(?:once|twice|thrice|times|per)|\d[\d.,]*k?\s+[a-z]+s|\d[\d.,]*k?(?:\s*-?\s*ish|\+)?)\s+$/;

/**
 * (A unit before "/" and another measure's unit is a rate, no lifetime: "cranes stop above 20 m/s", "5 h/day";
 * "token for 4h/growth team", "2h/please" keep theirs, fix23a.)
 */
const SIMPLE = new RegExp(
  String.raw`(?<![\w.])${NUM}(?:ish)?(?:\s*-\s*|\s*)(?:(?:more|extra|additional|further|whole|full|entire)\s+)?${UNIT}(?![\w@]|\/(?:s|secs?|m|mins?|h|hrs?|hours?|d|days?|wk|weeks?|mo|months?|y|yrs?|years?|shift|person|head|user|run|job|load|unit|km|mi|kg|t)\b)`,
  'g',
);

/**
 * A span named whole, after "for": "for the whole week", "for the entire day", "for the next hour".
 * (Not "in the next hour", a time, nor "I spent the whole day", a story: only after "for".)
 */
const WHOLE_SPAN =
  /(?<=\bfor\s+)the\s+(?:(?:whole|entire|full)\s+|(?:next|coming)\s+(?=hour\b))(day|week|weekend|month|hour)\b(?!\s+or\b)/g;
const WHOLE_SPAN_GUARD = /\b(?:entire|full|next|coming)\b/;
const SPAN_SECONDS: Record<string, [number, boolean]> = {
  day: [86_400, true],
  week: [604_800, true],
  weekend: [172_800, true],
  month: [2_592_000, true],
  hour: [3600, false],
};

/** Parameters: "days: 30", "--days 30", "hours=2", "ttl_hours: 4". */
const PARAMETER = new RegExp(
  String.raw`(?<![\w-])(?:--?|ttl_|expiry_)?(days?|hours?|hrs?|minutes?|mins?|weeks?|months?)(?:\s*[:=]\s*|(?<=--\S+)\s+)(\d+(?:[.,]\d+)?)(?![\w.])`,
  'g',
);

const DIGIT = /\d/;

/**
 * A fraction written with a slash: "3/4h", "3/4 of an hour", "1/2 an hour", "1 1/2 hours", "1/2 day"
 * (the numerator below the denominator; a date such as "3/4" has no unit after it).
 */
/**
 * fix38a, tuned-ocean: a decimal part of an hour or a day, "0.75 of an hour", "0.5 of a day", also as prepare.ts writes a
 * fraction character ("a token for ¾ of an hour" → "0.75 of an hour"): that many hours or days.
 */
const DECIMAL_OF_UNIT = /(?<![\w.,])(\d*[.,]\d+)\s+of\s+an?\s+(hour|day)\b/g;

/** The text with its fractions of a unit ("3/4h", "0.75 of an hour") written as the unit's number. */
function withFractions(lower: string): string {
  const decimal = lower.includes(' of a') ? lower.replace(DECIMAL_OF_UNIT, '$1 $2s') : lower;
  return decimal.includes('/') ? decimal.replace(SLASH_FRACTION, slashFraction) : decimal;
}

const SLASH_FRACTION =
  /(?<![\w./])(?:(\d{1,2})\s+)?([1-7])\/([2-8])\s*(?:of\s+)?(?:an?\s+)?(h|hrs?|hours?|days?)\b/g;

function slashFraction(all: string, whole: string | undefined, p: string, q: string, unit: string): string {
  if (Number(p) >= Number(q)) return all;
  const value = Number(whole ?? 0) + Number(p) / Number(q);
  return unit.startsWith('d') ? ` ${value} days` : ` ${value}h`;
}

/** "Expiry (days): 90", "lifetime (d) = 60", "TTL (hours): 4": the unit in brackets, the number after. */
const FIELD_WITH_UNIT =
  /\b(?:expiry|expires|expiration|lifetime|validity|valid|duration|ttl|life)\s*\(\s*(days?|d|hours?|hrs?|h|minutes?|mins?|weeks?|months?)\s*\)\s*[:=-]?\s*(-?\d+(?:[.,]\d+)?)(?!\w|[.,]\d)/g;

const CLOCK_HOURS = /(?<![\w:.])(\d{1,2}):([0-5]\d)\s*(?:h|hrs?|hours?)\b/g;
/** Words before a clock time that make it a time of day, not a length. */
const TIME_OF_DAY_BEFORE =
  /\b(?:at|until|till|til|by|from|since|around|before|after|@|standup|stand-up|meeting|call|sync|starts?|ends?|begins?)\s*$/;

function fractionValue(word: string): number {
  if (/^three/.test(word)) return 0.75;
  if (/quarter/.test(word)) return 0.25;
  return 0.5;
}

/**
 * Durations that are no lifetime: a key's age ("60 days old", "younger than 90 days"), a span
 * looked back over ("in the last 7 days"), time spent in a story ("I spent 4 hours fighting IAM",
 * "it ran for 4 hours", "expired after like 1 hour") and a policy's cadence ("our 90-day rotation
 * policy"). `xxdurN` stands for the N-th duration found.
 */
const AGES = [
  /xxdur(\d+)\s*(?:-\s*)?(?:old|ago|older|back)\b/g,
  /\b(?:older\s+than|younger\s+than|newer\s+than|(?:in|over|during|for|from)\s+the\s+(?:last|past|previous)|the\s+(?:last|past)|(?<!\b(?:one|it|they|should|will|would|to|can|could|must|might|which|that|shall)\s+)(?:last|past)|since)\s+xxdur(\d+)/g,
  // What takes or runs that long is not the credential: "the hackathon runs 24 hours", "our batch job
  // takes 11 hours" (but "a token that lasts 2h" is the request).
  /(?<!\b(?:that|which|tokens?|keys?|creds?|credentials?)\s+)\b(?:runs|takes|lasts)\s+(?:(?:about|around|like|almost|nearly|over|for|only|just|maybe|roughly|some)\s+){0,2}xxdur(\d+)/g,
  /\b(?:spent|spend|spending|took|wasted|lost|waited|waiting|ran|worked|fought|fighting|debugged|debugging|trained|training|cleaning|cleaned|stuck|been|was|were|lasted|expired|died|stopped|failed|broke|timed\s+out|crashed)\s+(?:(?:about|around|like|almost|nearly|over|for|after|the|a|an|me|us|only|just|maybe|roughly|some)\s+){0,3}xxdur(\d+)/g,
  // How long the old key has been somewhere, not the new one's lifetime: "the old one has been sitting in
  // the van tablets for a year", "it has sat in the config for 90 days" (but "… for a 2h token" is asked).
  // (fix21d: not an approval, "my access has been approved for 4 hours, token please", nor a credential
  // between, "has been ok with a token for 4 hours": that lifetime is the asker's.)
  /(?:\b(?:has|have|had)|'s|’s)\s+(?:been|sat|lived|stayed)\b(?:\s+(?!(?:approved|granted|signed|ok(?:'d|’d)?|okay|okd|authori[sz]ed|cleared|allowed|fine|agreed|green-?lit|tokens?|keys?|creds?|credentials?|passwords?)(?![\w'’-]))[a-z_'’]+){0,6}?\s+for\s+(?:(?:about|around|over|almost|nearly|like)\s+)?xxdur(\d+)(?!\s*-?\s*(?:tokens?|keys?|creds?)\b)/g,
  /xxdur(\d+)\s+(?:(?:rotation|retention|expiry|renewal|review|key|credential)\s+)?(?:policy|policies|rule|rules|requirement|requirements|cadence|cycle|sla|notice|warning|grace|reminder)\b/g,
  // A key's state now, not the new one's lifetime: "the fraud-ds key expires in 5 days", "it runs out
  // in a week anyway", "not rotated in 412 days" (but "a key that expires in 90 days" is the request).
  /(?<!\b(?:long\s+as|if|so|provided|that|which|make\s+sure|ensure)\s+)\b(?:keys?|it|creds?|credentials?|one)\s+(?:already\s+)?(?:expires|expiring|runs\s+out|is\s+expiring|will\s+expire)\s+in\s+(?:(?:about|around|like|only|just|roughly)\s+)?xxdur(\d+)/g,
  /\b(?:expires|expiring|runs\s+out)\s+in\s+xxdur(\d+)\s+anyway\b/g,
  /(?:\bnot|\bnever|n't)\s+(?:been\s+)?(?:rotated|used|touched|changed|renewed)\s+(?:in|for)\s+(?:(?:over|about|around|almost|nearly)\s+)?xxdur(\d+)/g,
  // When something happens, not how long: "our demo is in 3 hours", "a panel in an hour", "50 times a day".
  /\b(?:is|are|starts?|begins?|due|ends?|leave|leaving)\s+in\s+xxdur(\d+)/g,
  /\b(?:times|per|once|twice)\s+xxdur(\d+)/g,
  // A cadence, not a lifetime: "rotation every 90 days", "policy says every 60 days", "every 2h".
  /\bevery\s+(?:(?:single|other)\s+)?xxdur(\d+)/g,
  // How long something else is kept: "the logs are retained 15 days", "backups are kept for 30 days".
  /\b(?:retained|(?:are|is|get|gets)\s+(?:kept|stored|archived))\s+(?:(?:for|about|around|only|up\s+to)\s+){0,2}xxdur(\d+)/g,
  // A bound, not a lifetime: "credentials that last longer than a day", "can a token be more than 12h".
  // ("a temporary token (no more than 60 minutes)", "not longer than 2h": the asker's own cap is the
  // lifetime; "no less than 4 hours", "no fewer than 8 hours" stay a bound, asked about.)
  /\b(?<!\b(?:no|not)\s+)(?:longer|more)\s+than\s+xxdur(\d+)|\b(?:less|shorter|fewer)\s+than\s+xxdur(\d+)/g,
  // "rot claims-vision, >90d", "keys ≥ 60 days": a comparison, the age of the keys meant.
  /(?:>|≥)\s*=?\s*xxdur(\d+)/g,
  // "why only 12 hours max?", "tokens max out at 12 hours": the bot's bound, asked about.
  /\bmax(?:imum)?\s+(?:out\s+)?(?:at|is)\s+xxdur(\d+)|\bwhy\s+(?:only\s+)?xxdur(\d+)/g,
  // "my token stops working after an hour": what happens, not what is asked for.
  /\b(?:stops?|dies?|fails?|ends?)\s+(?:working\s+)?(?:after|within|at)\s+(?:(?:about|around|like|only|just|roughly)\s+)?xxdur(\d+)/g,
  // "policy says 90 days max": a rule's bound, not the request.
  /\b(?:policy|policies|rule|rules|compliance|security|audit)\s+(?:says|requires|wants|allows|is|demands)\s+xxdur(\d+)/g,
  // Review fix seventeen: a cap that picks keys, not the asker's lifetime: "with no more than 90 days
  // left", "not more than 30 days old", and any such cap in a rotation or revocation ("rotate the growth
  // keys, not more than 30 days": which keys).
  /\b(?:no|not)\s+(?:more|longer)\s+than\s+xxdur(\d+)(?=\s+(?:left|remaining|old|until|to\s+(?:go|expiry)|before)\b)/g,
  /\b(?:rotate|rotating|revoke|revoking|rot)\b[^.?!]*?\b(?:no|not)\s+(?:more|longer)\s+than\s+xxdur(\d+)/g,
  // (fix23a) How long a thing takes to change its state, no lifetime: "the ground power unit needs 2h to
  // charge", "the dough needs 3 days to rest", "the cooling unit needs 4h to cool down".
  /\b(?:needs?|needed|requires?|required)\s+(?:(?:about|around|at\s+least|like|roughly)\s+)?xxdur(\d+)\s+to\s+(?:re)?(?:charge|cool|warm|heat|settle|rest|dry|cure|set|bake|prove|proof|thaw|defrost|boot|reboot|restart|ferment|rise|melt|freeze|chill|fill|drain|defrost|dry\s+out|spin\s+up|power\s+up)\b/g,
  // known25: how long the asker has been at something, told of the person, no lifetime: "can I get a token,
  // I have been working over 12 hours", "been on shift for 10 hours", "been up for 14 hours", "been
  // debugging this for 3 hours" (but "token for 2h, I've been waiting 3 hours" keeps its 2h).
  /\bbeen\s+(?:[a-z]+ing\s+)?(?:(?:on|at|in|up|awake|here|this|it|that|away|out|off)\s+)?(?:(?:shift|call|site|duty|work|it|this|that)\s+)?(?:(?:about|around|like|almost|nearly|over|for|only|just|maybe|roughly|some|the|a|an|straight)\s+){0,3}xxdur(\d+)/g,
  // fix50e, tuned-aircargo: how long the writer has waited, the noun after the count ("how long does overtime
  // approval take in the new HR system? 3 days waiting", "2 hours and counting", "4 days so far", "a week overdue").
  /xxdur(\d+)\s+(?:of\s+)?(?:waiting|waited|and\s+counting|so\s+far|overdue|delayed|late|in\s+the\s+queue|pending)\b/g,
];

/** "I have 30 years", "I've got nearly 20 years": years the writer has, checked to be years where it is used. */
const YEARS_HAD =
  /\bi\s+(?:have|'ve\s+got|’ve\s+got|got)\s+(?:(?:almost|nearly|over|about|like)\s+)?xxdur(\d+)(?!\s*-?\s*(?:tokens?|keys?|creds?|credentials?|expiry|lifetime)\b)/g;
/**
 * fix49g: "I have 30 years", a person's age or years at work as other languages say it ("I have 30 years in this job,
 * token for 2h"): years the writer has, no lifetime, added to the ages; only in years, so "I have 2h before the demo"
 * is still read.
 */
function addYearsHad(probe: string, marks: readonly DurationFound[], ages: Set<number>): void {
  if (!probe.includes('i') || !probe.includes('xxdur')) return;
  for (const m of matchesOf(probe, YEARS_HAD))
    if ((marks[Number(m[1])]?.unitSeconds ?? 0) >= 31_536_000) ages.add(Number(m[1]));
}

/**
 * A word that every match of AGES[i] has (a pattern that opens with a look-behind is tried at every
 * position of the text; one literal test first skips most texts): a text without it skips the pattern.
 */
const AGE_GATES: readonly (RegExp | undefined)[] = [
  undefined,
  /than|last|past|previous|since/,
  /runs|takes|lasts/,
  undefined,
  /been|sat|lived|stayed/,
  undefined,
  /expir|runs/,
];

/**
 * In a rotation, what the key (or "it") is, said alone, is the old key's age ("regen the claims key,
 * it's 91 days": "old" left out); elsewhere it may be the lifetime asked for ("a token for the
 * offsite? it's two days").
 */
const ROTATION_WORD = /\b(?:rotat|regen|roll|renew|refresh|rot\b|cycle)/;
const ROTATED_AGE =
  /\b(?:it'?s|it\s+is|it\s+was|its|key\s+is|key'?s)\s+(?:already\s+|now\s+|over\s+|almost\s+|nearly\s+)?xxdur(\d+)(?=\s*(?:[,.;!?)]|$|since\b|now\b|already\b))/g;

/**
 * fix39f, train: a lifetime naming a rotation is its schedule, no lifetime asked for ("time for the 90-day rotation on
 * the legal-ops key", "the 60 day rotation is due on ads, rotate"), as a rotation policy's is (AGES).
 */
const ROTATION_CADENCE = /xxdur(\d+)\s*(?:-\s*)?rotations?\b/g;
/**
 * post39c: a text that asks of a key's making or its expiry ("create a key for growth on a 90 day rotation", "set up a
 * key … with 90-day rotation", "new one for 60 days rotation period") keeps the lifetime: the cadence is only the
 * schedule where nothing of a new key is asked.
 */
const CADENCE_ASKS_KEY =
  /\b(?:creat\w*|set\s*up|setup|make|generate|issue|provision|need|want|(?:new|fresh|replacement|next)\s+(?:one|key)|expir\w*|valid|lasts?|lasting)\b|\b(?:a|an)\s+(?:new\s+)?(?:api\s+|access\s+)?key\s+for\b/;

/**
 * In a rotation, when the key to rotate runs out is its state now: "rotate the api key of analytics
 * which expires in ten days" (but "… and make the new one expire in 30 days" is the new key's).
 */
const ROTATED_EXPIRY =
  /(?<!\b(?:new|fresh|replacement|next)\s+(?:one|key)\s+)\b(?:which|that)\s+(?:already\s+)?(?:expires|expiring|runs\s+out|will\s+expire|is\s+expiring|is\s+due\s+to\s+expire)\s+in\s+(?:(?:about|around|like|only|just|roughly)\s+)?xxdur(\d+)/g;
/** What, in a rotation, is the old key's or the schedule's, never the new key's lifetime. */
const ROTATION_STATES = [ROTATED_AGE, ROTATED_EXPIRY, ROTATION_CADENCE];
/** ROTATION_STATES that hold in the text: the cadence not where a new key is asked (CADENCE_ASKS_KEY). */
const rotationStatesOf = (probe: string): RegExp[] =>
  CADENCE_ASKS_KEY.test(probe) ? [ROTATED_AGE, ROTATED_EXPIRY] : ROTATION_STATES;

/**
 * A command written as the bot's syntax, "create_key <unit> <kind> <n>" ("/bedrock create-key
 * customer-comms api-key 90"): a bare number after the kind is the key's lifetime in days. Also with
 * the command's words apart and its arguments split by slashes, an owner last ("create key fuel-analytics
 * api-key 90", "create key: clause-library / api-key / 90 / <@U…>"), a Region code after it ("create_key ads
 * access-key 30 us-east-1") or before the kind (fix38a, tuned-ocean: "create-key reef-watch eu-west-1 api-key 30"), and a
 * command after a sentence ("the printer jammed. unrelated: /bedrock
 * create-key menu-ocr api-key 45").
 */
const COMMAND_DAYS =
  /^(\s*(?:\/[a-z0-9_-]+\s+)?(?:create|new|rotate)(?:[-_]|\s+)key\s*:?\s+[a-z0-9][a-z0-9_.-]*(?:\s+|\s*\/\s*)(?:(?:xxregion|[a-z]{2}(?:-gov)?-[a-z]+-\d)(?:\s+|\s*\/\s*))?(?:api|access)[-_\s]key(?:\s+|\s*\/\s*))(\d{1,5})(\s*(?:(?:xxregion|[a-z]{2}(?:-gov)?-[a-z]+-\d)\s*)?(?:\/?\s*(?:owner\s*[:=]?\s*)?(?:<@[a-z0-9]+(?:\|[^>]*)?>|<mailto:[^>]*>|xxuser|xxemail|[\w.+-]+@[\w.-]+|me)\s*)?(?:please|pls|plz)?\s*)$/;

/** Where a command may start: its words ("create key", "/bedrock create-key", "new_key"). */
const COMMAND_START = /(?:\/[a-z0-9_-]+\s+)?(?:create|new|rotate)[-_\s]+key/g;

/** An aside before a command after a sentence ("the printer jammed. unrelated: /bedrock create-key …"). */
const COMMAND_ASIDE = /(?<![a-z])(?:btw|anyway|also|unrelated|ps|fyi)\s*[,:]?$/;

/**
 * A sentence that tells of a command rather than asking for it ("don't run this", "the docs example is",
 * "the old command was", "I tried"): the command after it is told or quoted.
 */
const TOLD_COMMAND =
  /\b(?:not|never(?!\s+mind)|don'?t|dont|example|examples|e\.g|docs?|documentation|manual|readme|tried|used\s+to|(?:command|syntax|usage|invocation)\s+(?:was|is|were))\b|n't\b/;

/**
 * Whether the text before a command lets it be asked for: nothing, or a sentence ended by ".", "!", ";"
 * or a line break, then at most one aside ("btw", "unrelated:"); never a ":" or "?" ("what does this
 * do? /bedrock …", "the old command was: create key …"), and never after a sentence that tells of the
 * command (TOLD_COMMAND). String steps, not a lookbehind: `(?<=[.!?]\s*)\s*` took seconds on a run of
 * spaces (round nineteen's review).
 */
function commandMayStart(before: string): boolean {
  let rest = before.trimEnd();
  if (rest === '') return true;
  let gap = before.slice(rest.length);
  const aside = COMMAND_ASIDE.exec(rest.slice(-40));
  if (aside !== null) {
    const kept = rest.slice(0, rest.length - aside[0].length);
    rest = kept.trimEnd();
    if (rest === '') return true;
    gap = kept.slice(rest.length);
  }
  if (!/[.!;]$/.test(rest) && !gap.includes('\n')) return false;
  return !TOLD_COMMAND.test(sentenceBefore(rest));
}

/** The sentence that ends where a command starts (its ending stop, colon or question mark dropped). */
function sentenceBefore(before: string): string {
  const sentence = before.trimEnd().replace(/[.!?:;]+$/, '');
  const cut = Math.max(
    sentence.lastIndexOf('.'),
    sentence.lastIndexOf('!'),
    sentence.lastIndexOf('?'),
    sentence.lastIndexOf(';'),
    sentence.lastIndexOf('\n'),
  );
  return sentence.slice(cut + 1);
}

/** A command asked once more, at the end of the sentence before it: "so again with one:", "trying again:". */
const ASKED_AGAIN =
  /\b(?:so|trying|try(?:ing)?\s+it|here\s+it\s+is|here\s+goes)\s+again(?:\s+with\s+(?:one|it|that|an?\s+\w+))?\s*$/;

/**
 * A bot command told or quoted, not asked for: after a sentence that tells of it ("don't run this:
 * /bedrock create-key ads api-key 90", "the docs example is: …", "fyi the old command was: create key …",
 * "what does this do? /bedrock create-key …"). Round nineteen's review.
 */
export function toldCommand(lower: string): boolean {
  if (!lower.includes('key') || !COMMAND_KIND.test(lower)) return false;
  for (const start of lower.matchAll(COMMAND_START)) {
    const before = lower.slice(0, start.index);
    // (fix46c, tuned-styles-long: a command asked again after the try told, "I tried yesterday and the bot said no
    // owner, so again with one: create key for …", "tried it, didn't work, trying again: …", is asked now.)
    if (before.includes('again') && ASKED_AGAIN.test(sentenceBefore(before))) continue;
    if (
      before.trim() !== '' &&
      COMMAND_KIND.test(lower.slice(start.index)) &&
      (TOLD_COMMAND.test(sentenceBefore(before)) ||
        (before.trimEnd().endsWith('?') && /\b(?:what|how|why)\b/.test(sentenceBefore(before))))
    )
      return true;
  }
  return false;
}

/** Where the text's last part is a command with days (COMMAND_DAYS), and its match; null when none. */
function commandWithDays(lower: string): { at: number; m: RegExpExecArray } | null {
  if (!lower.includes('key') || !COMMAND_KIND.test(lower)) return null;
  for (const start of lower.matchAll(COMMAND_START)) {
    const at = start.index;
    const m = COMMAND_DAYS.exec(lower.slice(at));
    if (m !== null && commandMayStart(lower.slice(0, at))) return { at, m };
  }
  return null;
}

/**
 * "expiry 90", "expires in 60.": a bare number after a key's expiry, ending the phrase. At most three
 * digits and no date: "expiry 2025", "expiring in 2026" (a year) and "expiry 31.12.2025" state no
 * number of days. (fix38c, tuned-pension: and without "in", as a command's argument: "key esg-screening access-key
 * expires 180".)
 */
// (fix45b, tuned-solar: a form's "Rotation period: 45", the key's expiry field by its other name; only with the colon of
// a field, "rotation period 45" may count rotations.)
const BARE_EXPIRY =
  /\b((?:expiry|expiration|(?:expires|expire|expiring)(?:\s+in)?|rotation\s+period\s*:)\s*(?:of\s+)?(?<![\d.])\d{1,3})(?!\d|[.,/-]\d)(?=\s*(?:[,.;!?)]|$|\s+(?:please|pls|and|owner|on|for|then)\b))/g;

/** Cheap look before BARE_EXPIRY: a key's expiry or rotation period named, and no token. */
const mayStateBareExpiry = (lower: string): boolean =>
  (lower.includes('expir') || lower.includes('rotation period')) &&
  lower.includes('key') &&
  !lower.includes('token');

/** The key's kind as a command writes it: "api-key", "access_key", "access key". */
const COMMAND_KIND = /(?:api|access)[-_\s]key/;

/** Whether the text is a command whose last argument, after the key's kind, is its days ("rotate-key ads api-key 90"). */
export function isCommandWithDays(lower: string): boolean {
  return commandWithDays(lower) !== null;
}

export interface DurationScan {
  text: string;
  found: DurationFound[];
  /** The unit (seconds) of the last duration dropped as an age or story ("the last one lasted 90 days"). */
  droppedUnit?: number;
}

/**
 * A number glued to a one-letter unit that names a thing, not a time: dimensions and methods ("3D model",
 * "an 8D report", "a 2d game", "a 5S audit"), millions ("a 1m budget", "the 10m dataset"), also of money or of
 * a digital asset named by its currency code (notours28: "40M SOL", "2m USD", "10M tokens"). Read from
 * the word after it; "token 8h", "key 90d for ads", "a 7d token" stay lifetimes.
 */
const THING_AFTER =
  /^[\s-]*(?:reports?|models?|modell?ing|modell?ers?|print(?:s|ing|ers?|ed)?|plots?|graphs?|charts?|games?|art(?:work)?|scans?|scanners?|render(?:s|ing)?|animations?|movies?|films?|glasses|designs?|designers?|cad|assets?|viewers?|engines?|meshes|mesh|effects?|audio|sound|visuali[sz]ations?|reconstructions?|imag(?:es?|ing)|vision|maps?|mapping|shapes?|objects?|geometry|worlds?|scenes?|characters?|sprites?|secure|investigations?|methodology|method|analysis|templates?|cameras?|ultrasound|textures?|audits?|budgets?|contracts?|deals?|revenue|funding|valuation|datasets?|rows|records|downloads|views|followers|customers|users|parameters|params|documents|pages|lines|words|tokens|coins|shares|dollars|euros|pounds|usd|usdt|usdc|eur|gbp|chf|jpy|btc|eth|sol|dai)\b/;

/**
 * The word after a hyphenated length ("10-year …") when it names something other than a credential or its
 * lifetime: a noun that is none of the credential's words ("key", "token", "expiry", "lifetime", "one", …)
 * and no word that ends or joins the phrase ("please", "for", "and").
 */
const OTHER_THING_AFTER =
  /^[ \t]+(?!(?:keys?|tokens?|api_keys?|access_keys?|api|access|creds?|credentials?|logins?|pass(?:es)?|expiry|expiration|expiring|expires?|lifetime|life|lifespan|life-span|ttl|validity|valid|window|term|limit|max|maximum|duration|period|rotation|rotations|cycle|one|ones|please|pls|plz|for|and|or|then|with|on|in|to|of|is|as|at|by|from|owner|max|tops|only|please|unit|bu|xx[a-z]+)\b)[a-z]{3,}\b/;

/**
 * A credential named within the noun phrase a hyphenated length opens, after up to three more words
 * and before a word that ends or joins the phrase: "a 90-day bedrock key", "a 30-day read-only api
 * key", "a 1-year service key" (the length is the credential's), not "a 30-day reconciliation job
 * for the key" (round eighteen's review).
 */
const CREDENTIAL_IN_PHRASE =
  /^(?:[ \t]+(?!(?:for|of|with|to|in|on|at|by|from|and|or|but|then|that|which|is|are|was|were)\b)[a-z][\w'-]*){1,3}?[ \t]+(?:keys?|tokens?|api_keys?|access_keys?|creds?|credentials?|logins?|lifespan|life-span)\b/;

/**
 * fix54b, tuned-autoparts: a number glued to a one-letter unit and joined by a hyphen to a word, "8d-writer",
 * "4d-planning", "5s-audit", "2m-scanner", "8w-team": one name (a method, a product, a team), written as units
 * are, no lifetime, in a request of any language ("revoca la key de 8d-writer", "8d-writer ka kya status hai").
 * Not a word of the credential or its lifetime after the hyphen ("a 90d-key", "30d-expiry", "2d-ish", "7d-old"),
 * and not hours: "token 8h-shift" is read as before.
 */
const GLUED_HYPHEN_NAME =
  /^-(?!(?:keys?|tokens?|api|access|creds?|credentials?|logins?|expiry|expiration|expiring|expires?|lifetime|life|lifespan|ttl|validity|valid|window|term|limit|max|min|maximum|minimum|duration|period|rotation|cycle|ish|long|old|ago|ahead|later|from|plus|rolling|one|ones|only|tops|xx[a-z]+)(?![a-z]))[a-z]{3,}/;

/**
 * A determiner before a number glued to a letter ("the 8D assistant", "our 5S board", "the 4K encoder"):
 * with another thing's noun after it (otherThingAfter) the number and letter are that thing's name, no
 * lifetime; "a 7d key", "the 90d one" stay lifetimes.
 */
const GLUED_NAME_BEFORE = /\b(?:the|an?|our|their|my|your|this|that)\s+$/;

/** Does a hyphenated length name another thing's length (OTHER_THING_AFTER, no CREDENTIAL_IN_PHRASE)? */
const otherThingAfter = (rest: string): boolean =>
  OTHER_THING_AFTER.test(rest) && !CREDENTIAL_IN_PHRASE.test(rest);

/** The text with a command's last number marked as days ("create_key ads access-key 90 days"). */
function withCommandDays(lower: string): string {
  const command = commandWithDays(lower);
  if (command === null) return lower;
  const { at, m } = command;
  return `${lower.slice(0, at)}${m[1]}${m[2]} days${m[3]}`;
}

/**
 * "would be nice to have it one day", "maybe one day" at a clause's end: "one day" in prose is some day,
 * no lifetime (fix21e); rewritten to "someday", the same length, so positions hold.
 */
const SOME_DAY = /\b((?:nice|it|them|this|that|maybe|hopefully|perhaps)\s)one\sday(?=\s*(?:[.!?,;)]|$))/gi;
const withSomeDay = (lower: string): string =>
  lower.includes('one day') ? lower.replace(SOME_DAY, '$1someday') : lower;

const MARKED_DURATION = markedValue(DURATION_MARK);

/** Finds durations in lowercase text; each is replaced by ` xxdur ` (ages are dropped). */
/**
 * Hours and minutes of one lifetime marked as one: "2 hours 30 minutes", "an hour and 15 mins", and with a comma
 * between them when the minutes end the lifetime ("2 hrs, 30 mins"; fix53f).
 */
function withHoursAndMinutes(
  text: string,
  mark: (seconds: number, dayUnit: boolean, stated: string) => string,
): string {
  const marked = (all: string, h: string, m: string, noZero: boolean): string => {
    const hv = numberValue(h);
    const mv = numberValue(m);
    return hv === null || mv === null || mv > 59 || (noZero && mv === 0)
      ? all
      : mark(hv * 3600 + mv * 60, false, all);
  };
  let out = text;
  if (/\bh(?:ou)?rs?\b/.test(out) && out.includes('min'))
    out = out.replace(HOURS_AND_MINUTES, (all, h: string, m: string) => marked(all, h, m, false));
  if (out.includes(',') && /\bh(?:ou)?rs?\b|\dh\b/.test(out))
    out = out.replace(HOURS_COMMA_MINUTES, (all, h: string, m: string) => marked(all, h, m, true));
  return out;
}

export function scanDurations(input: string): DurationScan {
  // (" ours": "token for two ours", hours typed by sound after a number said in words; ours-as-hours.ts.)
  if (!/\d|hour|min|day|week|month|year|sec|\bhr|quarter|fortnight|another| ours/.test(input))
    return { text: input, found: [] };
  // "minus 30 minutes" / "minus one hour" are negative; "one (1) hour" and "2 (two) hours" state the
  // number twice; "3/4h" is 0.75h; "for to hours" and "for for hours" are two and four.
  // (Each rewrite runs only when the text has a word or character it needs: most texts have none.)
  let lower = input;
  // "create_key acme-retail access-key 90": a command's last argument after the key kind is its days.
  // ("create key tender-assistant-prod 90": a usual lifetime after a bare command's unit, too.)
  lower = withBareCommandDays(withCommandDays(lower));
  // "api key for forum-summarizer. Expiry 90.", "a key for ads, expires in 60": a bare number after a key's
  // expiry is its days (README: a bare number in an expiry field is days); not for a token.
  if (mayStateBareExpiry(lower)) lower = lower.replace(BARE_EXPIRY, '$1 days');
  // "100000 days lol (joking, 90)" corrects the value; "tokin for 2 ours": "ours" after a number is hours.
  // ("would be nice to have it one day": some day, no lifetime.)
  lower = withSomeDay(withUnitTypos(withOursAsHours(withJokeTakenBack(lower))));
  // "2 and 1/2 hours" is two and a half; "another hour" is one more hour.
  if (lower.includes('1/2')) lower = lower.replace(/\band\s+1\/2\s+(?=[a-z])/g, 'and a half ');
  if (lower.includes('another'))
    lower = lower.replace(/\banother\s+(?=(?:hour|hr|half\s+(?:an\s+)?hour)\b)/g, 'an ');
  // fix54a (tuned-adtech): "for the next hour and a half", "over the coming hour and a quarter": the span named whole
  // with its fraction is an hour and a half (WHOLE_SPAN below would read the bare hour and leave the half).
  if (lower.includes(' and a ') && (lower.includes('next') || lower.includes('coming')))
    lower = lower.replace(/\bthe\s+(?:next|coming)\s+(?=(?:hour|hr)\s+and\s+a\s+(?:half|quarter)\b)/g, 'an ');
  if (lower.includes('minus') || lower.includes('negative'))
    lower = lower.replace(/\b(?:minus|negative)\s+(\d|[a-z]+\b)/g, (all, n: string) => {
      const v = numberValue(n);
      return v === null ? all : `-${v}`;
    });
  lower = withFractions(lower);
  // "1:30h", "2:15 hours": hours and minutes.
  // (Not a time of day: "standup 09:15h", "the meeting is at 10:30 hrs", "until 17:00h".)
  if (lower.includes(':'))
    lower = lower.replace(CLOCK_HOURS, (all, h: string, m: string, at: number) =>
      h.startsWith('0') || Number(h) > 12 || TIME_OF_DAY_BEFORE.test(lower.slice(Math.max(0, at - 24), at))
        ? all
        : `${h}h${m}m`,
    );
  if (lower.includes('for') && (lower.includes('hour') || lower.includes('hr')))
    lower = lower.replace(
      /\bfor\s+(to|too|for)\s+(hours?|hrs?)\b/g,
      (_a, n: string, u: string) => `for ${n === 'for' ? 4 : 2} ${u}`,
    );
  // A form's field with its unit in brackets: "Expiry (days): 90", "TTL (hours): 4".
  if (lower.includes('(')) lower = lower.replace(FIELD_WITH_UNIT, ' for $2 $1 ');
  if (lower.includes('('))
    lower = lower.replace(/\s*\(\s*(\d+|[a-z]+)\s*\)(?=\s*[a-z])/g, (all, n: string) =>
      numberValue(n) === null ? all : ' ',
    );
  const marks: DurationFound[] = [];
  const mark = (seconds: number, dayUnit: boolean, stated: string, unitSeconds = 3600): string => {
    marks.push({ seconds: Math.round(seconds), dayUnit, stated: stated.trim(), unitSeconds });
    return ` ${DURATION_MARK}${marks.length - 1}${DURATION_MARK} `;
  };
  let text = lower;
  if (text.includes('pt'))
    text = text.replace(
      /\bpt(?:(\d+)h)?(?:(\d+)m)?\b/g,
      (all, h: string | undefined, m: string | undefined) =>
        h === undefined && m === undefined
          ? all
          : mark(Number(h ?? 0) * 3600 + Number(m ?? 0) * 60, false, all),
    );
  if (DIGIT.test(text))
    text = text.replace(
      COMPOUND,
      (all, n: string, _u: string, m: string, mu: string | undefined, at: number) => {
        const h = numberValue(n);
        // "1h 30", "1hr 30" read as 1h30m when the minutes are under an hour, on the same line and not
        // a list's next number ("valid for 3 hours\n3. in us-west-2") or another value ("1h 30 days").
        if (h === null) return all;
        if (
          mu === undefined &&
          (Number(m) > 59 ||
            all.includes('\n') ||
            nextListItem(text, at, at + all.length) ||
            BARE_MINUTES_NOT.test(text.slice(at + all.length, at + all.length + 12)))
        )
          return all;
        return mark(h * 3600 + Number(m) * 60, false, all);
      },
    );
  text = withHoursAndMinutes(text, mark);
  const fraction = text.includes('half') || text.includes('quarter');
  if (fraction)
    text = text.replace(UNIT_AND_FRACTION, (all, n: string, u: string, f: string) => {
      const v = numberValue(n);
      const unit = unitOf(u);
      if (v === null || unit === null) return all;
      return mark((v + fractionValue(f)) * unit[0], unit[1], all, unit[0]);
    });
  if (fraction)
    text = text.replace(NUMBER_AND_FRACTION, (all, n: string, f: string, u: string) => {
      const v = numberValue(n);
      const unit = unitOf(u);
      if (v === null || unit === null) return all;
      return mark((v + fractionValue(f)) * unit[0], unit[1], all, unit[0]);
    });
  if (fraction)
    text = text.replace(FRACTION_OF, (all, f: string, u: string) => {
      const unit = unitOf(u === 'minute' || u === 'min' ? 'm' : u);
      // "half a year" is 180 days and "a quarter of a year" 90, as people count key lifetimes.
      if (u === 'year') return mark(fractionValue(f) * 360 * 86_400, true, all, 86_400);
      if (unit === null) return all;
      return mark(fractionValue(f) * unit[0], unit[1], all, unit[0]);
    });
  if (text.includes(':') || text.includes('=') || text.includes('--'))
    text = text.replace(PARAMETER, (all, u: string, n: string) => {
      const unit = unitOf(u);
      const v = numberValue(n);
      return unit === null || v === null ? all : mark(v * unit[0], unit[1], all, unit[0]);
    });
  if (text.includes('for the') && (text.includes('whole') || WHOLE_SPAN_GUARD.test(text)))
    text = text.replace(WHOLE_SPAN, (all, span: string) => {
      const [seconds, day] = SPAN_SECONDS[span] ?? [0, false];
      return seconds === 0 ? all : mark(seconds, day, all, day ? 86_400 : 3600);
    });
  text = text.replace(SIMPLE, (all, n: string, u: string, at: number, whole: string) => {
    // "3k generations a week", "twice a day", "500 calls an hour": a rate, not a lifetime.
    if ((n === 'a' || n === 'an') && RATE_BEFORE.test(whole.slice(Math.max(0, at - 32), at))) return all;
    const v = numberValue(n);
    const unit = unitOf(u);
    if (v === null || unit === null || !Number.isFinite(v)) return all;
    // "3D model", "an 8D report", "a 1m budget": a thing the number is glued to, no lifetime.
    if (
      u.length === 1 &&
      u !== 'h' &&
      /^\d/.test(all) &&
      /^[\d.]+[a-z]$/.test(all) &&
      (THING_AFTER.test(whole.slice(at + all.length)) ||
        GLUED_HYPHEN_NAME.test(whole.slice(at + all.length)) ||
        (GLUED_NAME_BEFORE.test(whole.slice(Math.max(0, at - 8), at)) &&
          otherThingAfter(whole.slice(at + all.length))))
    )
      return all;
    // "the 10-year load models", "our 5-year forecast", "a 30-day reconciliation job": a length in days or
    // more written as an adjective of another thing is that thing's, no lifetime; "a 90-day key", "a
    // 30-day expiry", "a 1-year one" stay lifetimes (round eighteen).
    if (unit[1] && all.includes('-') && otherThingAfter(whole.slice(at + all.length))) return all;
    // "403s", "500s": HTTP status codes, not seconds ("300s" and "3600s" are seconds).
    if (u === 's' && /^[1-5]\d\d$/.test(n) && Number(n) % 60 !== 0) return all;
    // "when you get a sec", "give me a minute": an idiom, not a lifetime.
    if ((n === 'a' || n === 'an') && /^(?:s|secs?|seconds?|mins?|minutes?)$/.test(u)) return all;
    // A lone "a"/"an" before a one-letter unit is a word, not a duration ("a m…").
    if (/^[a-z]/.test(n) && u.length <= 2 && !/^(?:hr|hs|mn)$/.test(u)) return all;
    // "5 s" or "3 m" after a word number reads as words; digits stand ("6h", "90m").
    return mark(v * unit[0], unit[1], all, unit[0]);
  });
  if (marks.length === 0) return { text: lower, found: [] };
  // Ages and look-back periods are dropped; every other mark becomes a placeholder, in text order.
  const ages = new Set<number>();
  const probe = text.replace(MARKED_DURATION, 'xxdur$1');
  for (let i = 0; i < AGES.length; i++) {
    const gate = AGE_GATES[i];
    if (gate !== undefined && !gate.test(probe)) continue;
    for (const m of matchesOf(probe, AGES[i] as RegExp)) ages.add(Number(m[1] ?? m[2]));
  }
  if (ROTATION_WORD.test(probe)) {
    for (const re of rotationStatesOf(probe)) for (const m of matchesOf(probe, re)) ages.add(Number(m[1]));
  }
  addYearsHad(probe, marks, ages);
  const found: DurationFound[] = [];
  let droppedUnit: number | undefined;
  text = text.replace(MARKED_DURATION, (_a, i: string) => {
    const n = Number(i);
    const d = marks[n];
    if (d === undefined) return ' ';
    if (ages.has(n)) {
      droppedUnit = d.unitSeconds;
      return ' ';
    }
    found.push(d);
    return 'xxdur';
  });
  return droppedUnit === undefined ? { text, found } : { text, found, droppedUnit };
}
