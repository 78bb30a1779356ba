/**
 * Periods: the span of time a spend or history request looks back over ("last month", "this month",
 * "in the last 30 days", "past week", "in March", "in march 2025", "two months ago", "this quarter", "in Q3"), found in
 * lowercase text and replaced by the placeholder word `xxperiod`. A period is no lifetime: it is
 * lifted out before durations are read, so "last 30 days" never becomes a key's expiry.
 */
import type { StatedPeriod } from '../core/request.js';
import { MONTH_NAMES } from '../core/calendar.js';
import { anyOf, CORRECTS, markersOf, WITHDRAWS } from './correction-markers.js';
import { numberValue } from './durations.js';
import { markedValue, PERIOD_MARK } from './marks.js';

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/** Short forms, read only after a preposition ("in jan", "for sept"). */
const SHORT_MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER = String.raw`(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+few)`;
/** "last" after a subject or an auxiliary is a verb ("make the new one last 60 days", "keys that last a week"). */
const LAST_AS_VERB = String.raw`(?<!\b(?:one|it|they|should|will|would|to|can|could|must|might|which|that|shall)\s+)`;
const LOOK_BACK = String.raw`(?:(?:in|over|during|for|from|within)\s+)?(?:the\s+)?(?:${LAST_AS_VERB}(?:last|past|previous|prior)|since)`;

/** What a month name before it names the cost or record of: "October Bedrock cost", "sept's spend". */
const BEFORE_COST_WORD = String.raw`(?:(?=((?:'s)?\s+(?:(?:bedrock|aws|ai|llm|total)\s+)?(?:spend|spending|costs?|bill|billing|invoice|usage|charges)\b))|)`;

const DAYS_OF_UNIT: Record<string, number> = {
  d: 1,
  day: 1,
  // "past 2w", "last 3w": the terse engineer's week.
  w: 7,
  week: 7,
  wk: 7,
  // (fix52e, tuned-hotels: "the past fortnight", "over the last 2 fortnights": two weeks, as British and Australian
  // English count them.)
  fortnight: 14,
  month: 30,
  mo: 30,
  year: 365,
  yr: 365,
};

function unitDays(unit: string): number | undefined {
  return DAYS_OF_UNIT[unit.replace(/s$/, '')];
}

interface Rule {
  /** A cheap test of the words any match needs: the rule is skipped for a text without them. */
  when: RegExp;
  re: RegExp;
  read: (m: RegExpExecArray) => StatedPeriod | null;
  /**
   * The period is read but its words stay in the text, and it is stated only when no other period is (`quarter`, apart
   * from `found`, so that no rule takes it as a sign of a spend or history request): a quarter
   * ("this quarter", "in Q3"), which people name far more often as the time of something else ("the standard changed
   * last quarter", "we'll need a key sometime in Q1", "spend on outside counsel this quarter") than as the span they
   * ask about. Left in the text, those read as before; asked about, its span is the answer's.
   */
  keepsWords?: true;
}

const RULES: Rule[] = [
  // "in the last 30 days", "past 2 weeks", "over the last three months", "last 90d".
  {
    when: /last|past|previous|prior|since/,
    re: new RegExp(
      String.raw`\b${LOOK_BACK}\s+${NUMBER}\s*(d|w|days?|weeks?|wks?|fortnights?|months?|mos?|years?)\b`,
      'g',
    ),
    read: (m) => {
      const n = numberValue(m[1] ?? '');
      const per = unitDays(m[2] ?? '');
      return n !== null && per !== undefined && Number.isInteger(n) && n > 0
        ? { kind: 'days', days: n * per }
        : null;
    },
  },
  // "this month", "so far this month", "month to date", "mtd", "the current month".
  {
    when: /month|mtd/,
    re: /\b(?:(?:so\s+far\s+)?this\s+month(?:\s+so\s+far)?|(?:the\s+)?current\s+month|month[\s-]+to[\s-]+date|mtd)\b/g,
    read: () => ({ kind: 'month', monthsAgo: 0 }),
  },
  // "last month", "the previous month", "in the last month", "last mo" (the calendar month before this one);
  // "over the last month" is a span up to now, like "past month" (below).
  {
    when: /mo/,
    re: /(?<!\b(?:over|within)\s+(?:the\s+)?)\b(?:(?:in|for|during|from)\s+)?(?:the\s+)?(?:last|previous|prev|prior)\s+(?:month|mo|mth)\b/g,
    read: () => ({ kind: 'month', monthsAgo: 1 }),
  },
  // "two months ago", "3 months back".
  {
    when: /month/,
    re: new RegExp(String.raw`\b${NUMBER}\s+months?\s+(?:ago|back)\b`, 'g'),
    read: (m) => {
      const n = numberValue(m[1] ?? '');
      return n !== null && Number.isInteger(n) && n > 0 && n < 120 ? { kind: 'month', monthsAgo: n } : null;
    },
  },
  // "past month" / "last week" / "last wk" / "past year": the last days up to now.
  {
    when: /last|past|previous|prior|since|this/,
    re: new RegExp(
      String.raw`\b${LOOK_BACK}\s+(day|week|wk|fortnight|month|year|yr)\b|\b(?:this|past)\s+(week|wk|fortnight)\b`,
      'g',
    ),
    read: (m) => {
      const days = unitDays(m[1] ?? m[2] ?? '');
      return days === undefined ? null : { kind: 'days', days };
    },
  },
  // "hist growth 7d", "spend ads 30 days": a bare span right after a history or spend command. (fix54b: not one
  // joined to a name by a hyphen, "cost of 8d-writer", durations.ts GLUED_HYPHEN_NAME.)
  {
    when: /hist|audit|spen|cost/,
    re: /(?<=\b(?:hist|history|audit|spend|spent|costs?)\s+(?:(?:for|of)\s+)?(?:[a-z][a-z0-9_-]*\s+)?)(\d{1,3})\s*(d|days?|w|wks?|weeks?)\b(?!\s+(?:ago|old)|[-_][a-z])/g,
    read: (m) => {
      const n = Number(m[1]);
      const per = /^w/.test(m[2] ?? '') ? 7 : 1;
      return n > 0 ? { kind: 'days', days: n * per } : null;
    },
  },
  // "this quarter", "so far this quarter", "the current quarter", "quarter to date", "qtd", "this qtr".
  {
    when: /quarter|qtr|qtd/,
    re: /\b(?:(?:so\s+far\s+)?this\s+(?:quarter|qtr)(?:\s+so\s+far)?|(?:the\s+)?current\s+(?:quarter|qtr)|quarter[\s-]+to[\s-]+date|qtd)\b/g,
    read: () => ({ kind: 'quarter', quartersAgo: 0 }),
    keepsWords: true,
  },
  // "last quarter", "the previous quarter", "last qtr"; "two quarters ago".
  {
    when: /quarter|qtr/,
    re: new RegExp(
      String.raw`\b(?:(?:in|for|during|from|over)\s+)?(?:the\s+)?(?:last|previous|prev|prior)\s+(?:quarter|qtr)\b|\b${NUMBER}\s+(?:quarters?|qtrs?)\s+(?:ago|back)\b`,
      'g',
    ),
    read: (m) => {
      if (m[1] === undefined) return { kind: 'quarter', quartersAgo: 1 };
      const n = numberValue(m[1]);
      return n !== null && Number.isInteger(n) && n > 0 && n < 40
        ? { kind: 'quarter', quartersAgo: n }
        : null;
    },
    keepsWords: true,
  },
  // "in Q3", "for q2 2026", "during Q4", "Q1 2026", "Q3 spend": a quarter by name, with a preposition, a year or a word
  // of cost after it, and ending its clause ("for the Q3 accruals", "in Q3 planning" are a piece of work, no period).
  {
    when: /q[1-4]/,
    re: new RegExp(
      String.raw`\b(?:(in|during|for|since|from|of)\s+)?q([1-4])(?:\s+(20\d\d))?\b${BEFORE_COST_WORD}`,
      'g',
    ),
    read: (m) => {
      const quarter = Number(m[2]);
      const year = m[3] === undefined ? null : Number(m[3]);
      if (m[4] !== undefined && m[1] === undefined) return { kind: 'named-quarter', quarter, year };
      if (m[1] === undefined && year === null) return null;
      const after = m.input.slice(m.index + m[0].length);
      return QUARTER_ENDS.test(after) ? { kind: 'named-quarter', quarter, year } : null;
    },
    keepsWords: true,
  },
  // "in march", "during october 2025", "for sept", "march 2026", "last march", "October Bedrock cost".
  {
    when: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
    re: new RegExp(
      String.raw`\b(?:(in|during|for|since|from|of|last)\s+)?(${MONTHS.join('|')}|${Object.keys(SHORT_MONTHS).join('|')})(?:\s+(20\d\d))?\b${BEFORE_COST_WORD}`,
      'g',
    ),
    read: (m) => {
      const word = m[2] ?? '';
      const full = MONTHS.indexOf(word) + 1;
      const year = m[3] === undefined ? null : Number(m[3]);
      // A month before what it cost names it ("October Bedrock cost", "sept spend", "march costs"), but
      // "we may spend more" (a verb) and "mar" (too short to tell) do not.
      if (m[1] === undefined && year === null && m[4] !== undefined && word !== 'may' && word !== 'mar') {
        const month = full > 0 ? full : (SHORT_MONTHS[word] ?? 0);
        return month === 0 ? null : { kind: 'named-month', month, year: null };
      }
      // (fix54c, tuned-marketplace: a month something ends or is due in is that deadline's date, not a period
      // asked about: "our scheduling project ends in March and I'd love to know what it's cost so far this month".)
      if (m[1] === 'in' && EVENT_IN_MONTH.test(m.input.slice(Math.max(0, m.index - 40), m.index)))
        return null;
      // A month needs a preposition or a year: "may I have a token" names no month; right after a
      // correction marker, with a month said before, it is the month corrected to ("history for
      // march, sorry, I meant april").
      if (
        m[1] === undefined &&
        year === null &&
        !monthCorrected(m.input.slice(0, m.index), word, m.input.slice(m.index + m[0].length))
      )
        return null;
      // (A short month needs "in"/"during"/"since" or a year: "for sept 2026", not "for sept".)
      if (full === 0 && year === null && !['in', 'during', 'since'].includes(m[1] ?? '')) return null;
      const month = full > 0 ? full : (SHORT_MONTHS[word] ?? 0);
      return month === 0 ? null : { kind: 'named-month', month, year };
    },
  },
];

/**
 * What may follow a quarter named as a period: the end of its clause or a word that closes it ("in Q3?", "for Q2
 * please", "in Q3 for payments"), not a noun it qualifies ("for Q3 accruals", "in Q4 planning").
 */
const QUARTER_ENDS =
  /^\s*(?:$|[,.;:!?)\n]|(?:please|pls|plz|so\s+far|to\s+date|then|thanks|thx|ty|for|in|of|on|by|and|or|spend|costs?|history|only|alone)\b)/;

/** A verb of a deadline right before "in <month>": "ends in", "is due in", "expires in" (not "back in march", a past asked about). */
const EVENT_IN_MONTH = /\b(?:ends?|ending|finish(?:es|ing)?|due|closes?|closing|expires?|wraps?\s+up)\s*$/;

/** A correction marker right before ("…, sorry, I meant ", "… no wait "), with a month or period stated before it. */
const MONTH_CORRECTION_BEFORE = new RegExp(
  String.raw`(?:${PERIOD_MARK}\d+${PERIOD_MARK}|\b(?:${MONTHS.join('|')}|month)\b).*\b${anyOf(markersOf(CORRECTS, 'shouldBe', 'edit', 'rather'), markersOf(WITHDRAWS), 'no')}[\s,.:;!-]+(?:i\s+meant\s+)?$`,
);

/** Is the month word at the end of `before` a month corrected to (not "may", not "mar": words of their own)? */
function monthCorrected(before: string, word: string, after: string): boolean {
  return (
    word !== 'may' &&
    word !== 'mar' &&
    MONTH_CORRECTION_BEFORE.test(before) &&
    MONTH_ENDS_CORRECTION.test(after)
  );
}
/**
 * What may follow a month corrected to: the end of its clause or a word that closes the correction
 * ("…, sorry, april please", "…, no wait, april for growth"); not more of a sentence ("sorry, june from
 * finance asked me", a person).
 */
const MONTH_ENDS_CORRECTION =
  /^\s*(?:$|[,.;:!?)\n]|(?:instead|then|please|pls|plz|actually|is\s+(?:fine|ok|okay|right|what\s+i\s+meant)|not\b|(?:20\d\d)\b|one\b|spend|costs?|history|thanks|thx|ty|for|in|of|on|last|this|next)\b)/;

export interface PeriodScan {
  text: string;
  found: StatedPeriod[];
  /** The first quarter named (its words left in the text): the period only where no other is, and no evidence of one. */
  quarter?: StatedPeriod;
}

const MARKED_PERIOD = markedValue(PERIOD_MARK);

/** Finds periods in lowercase text; each becomes ` xxperiod `, in text order. */
export function scanPeriods(lower: string): PeriodScan {
  if (
    !/last|past|previous|prev|prior|this|current|month|mtd|ago|hist|spen|cost|audit|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|quarter|qtr|qtd|q[1-4]/.test(
      lower,
    )
  )
    return { text: lower, found: [] };
  const marks: { at: number; period: StatedPeriod }[] = [];
  const kept: StatedPeriod[] = [];
  let text = lower;
  for (const rule of RULES) {
    if (!rule.when.test(text)) continue;
    text = text.replace(rule.re, (...args: unknown[]) => {
      const all = String(args[0]);
      const match = Object.assign([...(args.slice(0, -2) as string[])], {
        index: args[args.length - 2] as number,
        input: String(args[args.length - 1]),
      }) as unknown as RegExpExecArray;
      const period = rule.read(match);
      if (period === null) return all;
      if (rule.keepsWords) {
        kept.push(period);
        return all;
      }
      marks.push({ at: match.index, period });
      return ` ${PERIOD_MARK}${marks.length - 1}${PERIOD_MARK} `;
    });
  }
  const quarter = kept[0];
  if (marks.length === 0)
    return quarter === undefined ? { text: lower, found: [] } : { text: lower, found: [], quarter };
  const found: StatedPeriod[] = [];
  text = text.replace(MARKED_PERIOD, (_a, i: string) => {
    const mark = marks[Number(i)];
    if (mark !== undefined) found.push(mark.period);
    return 'xxperiod';
  });
  return quarter === undefined ? { text, found } : { text, found, quarter };
}
