/**
 * Durations as people type them ("6h", "90 mins", "1.5 hours", "an hour and a half", "1h30m",
 * "expires in 90 days", "30-day"), found in lowercase text and replaced by a placeholder word.
 */

export interface DurationFound {
  seconds: number;
  /** True when the largest unit stated is a day or longer (a key lifetime rather than a token TTL). */
  dayUnit: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fortyfive: 45,
  sixty: 60,
  ninety: 90,
  half: 0.5,
  couple: 2,
  few: 3,
};

const UNIT_SECONDS: [RegExp, number, boolean][] = [
  [/^(s|sec|secs|second|seconds)$/, 1, false],
  [/^(m|mn|min|mins|minute|minutes|minuts|minuets|mintues)$/, 60, false],
  [/^(h|hr|hrs|hour|hours|hrs\.|horus|hors|hous)$/, 3600, false],
  [/^(d|day|days|dys)$/, 86_400, true],
  [/^(w|wk|wks|week|weeks)$/, 604_800, true],
  [/^(mo|mos|mth|mths|month|months)$/, 2_592_000, true],
  [/^(y|yr|yrs|year|years)$/, 31_536_000, true],
];

function unitOf(word: string): [number, boolean] | null {
  for (const [re, secs, day] of UNIT_SECONDS) if (re.test(word)) return [secs, day];
  return null;
}

const NUM = String.raw`(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-?five)?|sixty|ninety|half(?:\s+an?)?|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)`;
const UNIT = String.raw`(s|secs?|seconds?|m|mn|mins?|minutes?|minuts|minuets|mintues|h|hrs?|hours?|horus|hors|hous|d|days?|dys|w|wks?|weeks?|mo|mos|mths?|months?|y|yrs?|years?)`;
// "1h30m", "1h 30m", "1 hour 30 minutes", "2 hours and 15 minutes"
const COMPOUND = new RegExp(
  String.raw`\b(\d+)\s*(h|hrs?|hours?)\s*(?:and\s+)?(\d+)\s*(m|mins?|minutes?)\b`,
  'g',
);
const HOUR_AND_HALF = new RegExp(String.raw`\b(an?|one|\d+)\s+(?:hour|hr)s?\s+and\s+a\s+half\b`, 'g');
const SIMPLE = new RegExp(String.raw`(?<![\w.])${NUM}(?:\s*-\s*|\s*)${UNIT}(?![\w@])`, 'g');

function numberValue(raw: string): number | null {
  const w = raw
    .replace(/\s+of$/, '')
    .replace(/^a\s+/, '')
    .replace(/\s+an?$/, '')
    .trim();
  if (/^\d/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

export interface DurationScan {
  text: string;
  found: DurationFound[];
}

/** Finds durations in lowercase text; each is replaced by ` xxdur `. */
export function scanDurations(lower: string): DurationScan {
  const found: DurationFound[] = [];
  let text = lower.replace(COMPOUND, (_a, h: string, _u: string, m: string) => {
    found.push({ seconds: Number(h) * 3600 + Number(m) * 60, dayUnit: false });
    return ' xxdur ';
  });
  text = text.replace(HOUR_AND_HALF, (_a, n: string) => {
    const v = numberValue(n) ?? 1;
    found.push({ seconds: Math.round(v * 3600 + 1800), dayUnit: false });
    return ' xxdur ';
  });
  text = text.replace(SIMPLE, (all, n: string, u: string) => {
    const v = numberValue(n);
    const unit = unitOf(u);
    if (v === null || unit === null || !Number.isFinite(v)) return all;
    // A lone "a"/"an" before a one-letter unit is a word, not a duration ("a m…").
    if (/^[a-z]/.test(n) && u.length === 1) return all;
    found.push({ seconds: Math.round(v * unit[0]), dayUnit: unit[1] });
    return ' xxdur ';
  });
  return { text, found };
}
